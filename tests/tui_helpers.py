"""Helpers for the app tests: app factories on fake clocks (``tests.clocks``)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from psg_tui.core.models import Meeting, MeetingStatus
from psg_tui.core.store import GroupStore
from psg_tui.tui.app import PsgApp, make_app
from tests.clocks import NZ, FakeClock  # noqa: F401  (NZ re-exported for the app tests)


def app_for(group_dir: Path, clock: FakeClock | None = None) -> tuple[PsgApp, FakeClock]:
    """The app on ``group_dir`` with fake clocks and no bell."""
    clock = clock or FakeClock()
    return make_app(group_dir, clock=clock, now=clock.now, bell=False), clock


def planned_meeting(group_dir: Path) -> tuple[Path, Meeting]:
    """The sample group's planned meeting and its file."""
    loaded, _errors = GroupStore(group_dir).load_meetings()
    return next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)


async def start_planned(
    app: PsgApp, group_dir: Path, pilot: Pilot, meeting: Meeting | None = None
) -> Path:
    """Set up the planned meeting (or ``meeting``, saved in its place), start it and pass
    the ground rules: the app is on the check-in round. Returns the meeting's file."""
    path, planned = planned_meeting(group_dir)
    app.start_meeting(meeting or planned, path)
    await pilot.pause()
    app.screen.action_start()
    await pilot.pause()
    await pilot.press("f10")  # ground rules -> check-in, a real key press
    await pilot.pause()
    return path


async def next_stages(app: PsgApp, pilot: Pilot, count: int = 1) -> None:
    """F10 on the meeting screen ``count`` times: check-in -> slots -> check-out -> wrap-up,
    answering yes where it asks (skipping a round nobody has started asks first)."""
    from psg_tui.tui.dialogs.confirm import ConfirmDialog

    for _ in range(count):
        await pilot.press("f10")
        await pilot.pause()
        if isinstance(app.screen, ConfirmDialog):
            await pilot.press("y")
            await pilot.pause()
