"""A stage's toasts do not follow the meeting onto the next stage's screen (a tester saw
"Everyone has had a turn. F10: presenter slots." cover the first slot's notes)."""

from __future__ import annotations

from pathlib import Path

from psg_tui.tui.screens.round import RoundScreen
from psg_tui.tui.screens.slot import SlotScreen
from tests.tui_helpers import app_for, start_planned


async def test_the_round_s_toasts_are_gone_on_the_first_slot(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        assert isinstance(app.screen, RoundScreen)
        await pilot.press("f2")
        for _ in app.session.meeting.attendees:
            await pilot.press("f3")
            await pilot.pause()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]  # the app's toasts
        assert any("Everyone has had a turn" in text for text in said)
        await pilot.press("f10")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SlotScreen)
        assert not list(app._notifications)
