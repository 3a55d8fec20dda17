"""Screens ask, the app navigates: keys a person presses produce typed messages, and the
app's navigator moves the meeting on. Also the timekeeper view's keys, pressed there."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import Static

from psg_tui.core.timing import Stage, TimerState
from psg_tui.tui.messages import GoToStage, NextStage
from psg_tui.tui.screens.round import RoundScreen
from psg_tui.tui.screens.slot import SlotScreen
from psg_tui.tui.screens.timekeeper import TimekeeperScreen
from tests.tui_helpers import app_for, start_planned


async def test_f10_posts_next_stage_and_the_app_moves_on(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    seen: list[Message] = []
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await start_planned(app, sample_group, pilot)
        assert isinstance(app.screen, RoundScreen)
        seen.clear()
        await pilot.press("f10")  # nobody has had a turn: skipping the round asks nothing
        await pilot.pause()
        assert any(isinstance(m, NextStage) for m in seen)
        assert isinstance(app.screen, SlotScreen)
        assert app.session is not None and app.session.engine.stage is Stage.SLOTS


async def test_the_palette_jumps_through_a_message(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    seen: list[Message] = []
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"check-out round")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        jumps = [m for m in seen if isinstance(m, GoToStage)]
        assert {m.stage for m in jumps} == {Stage.CHECK_OUT}  # seen at the screen and the app
        assert app.session is not None and app.session.engine.stage is Stage.CHECK_OUT
        assert isinstance(app.screen, RoundScreen) and app.screen.check_out


async def test_the_timekeeper_views_keys_do_what_its_footer_says(sample_group: Path) -> None:
    """F9, then F2 / F4 / F3 / F8 pressed in the timekeeper view act on the meeting."""
    app, clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.press("f10")  # to the presenter slots
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, TimekeeperScreen)
        engine = app.session.engine
        await pilot.press("f2")  # start
        await pilot.pause()
        assert engine.timer is not None and engine.timer.state is TimerState.RUNNING
        planned = engine.timer.planned
        await pilot.press("f4")  # one more minute
        await pilot.pause()
        assert engine.timer.planned == planned + 60
        clock.advance(30)
        await pilot.press("f3")  # next phase
        await pilot.pause()
        assert engine.view().timer.phase.name == "discussion"
        await pilot.press("f2")  # pause
        await pilot.pause()
        assert engine.timer.state is TimerState.PAUSED
        words = str(app.screen.query_one("#countdown-words", Static).content)
        assert words.startswith("Paused")
        await pilot.press("f8")  # finish the slot
        await pilot.pause()
        assert engine.timer is None
        assert app.session.meeting.slots[0].state.value == "done"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SlotScreen)
