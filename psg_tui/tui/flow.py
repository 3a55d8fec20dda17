"""The order of a meeting: ground rules -> check-in -> presenter slots -> check-out -> wrap-up.

The stage is stored in the meeting itself (``Meeting.stage``), so after a crash the app
opens the same screen again. Every stage change saves at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from psg_tui.core.models import Group, Meeting, MeetingStage, MeetingStatus
from psg_tui.core.store import GroupStore
from psg_tui.tui.session import MeetingSession

if TYPE_CHECKING:
    from psg_tui.tui.app import PsgApp

STAGES: tuple[MeetingStage, ...] = (
    MeetingStage.GROUND_RULES,
    MeetingStage.CHECK_IN,
    MeetingStage.SLOTS,
    MeetingStage.CHECK_OUT,
    MeetingStage.WRAP_UP,
)


def begin_meeting(
    app: PsgApp, store: GroupStore, group: Group, meeting: Meeting, path: Path | None
) -> None:
    """Start a meeting that was just set up: it is in progress from now on."""
    meeting.status = MeetingStatus.IN_PROGRESS
    meeting.stage = MeetingStage.GROUND_RULES
    if meeting.started_at is None:
        meeting.started_at = app.now()
    path = path or store.new_meeting_path(meeting.date)
    _open_session(app, store, group, meeting, path)


def run_meeting(app: PsgApp, store: GroupStore, meeting: Meeting, path: Path) -> None:
    """Resume an in-progress meeting at its stage, running timers included."""
    _open_session(app, store, store.load_group(), meeting, path)


def _open_session(
    app: PsgApp, store: GroupStore, group: Group, meeting: Meeting, path: Path
) -> None:
    from psg_tui.tui.meeting_clock import MeetingClock

    session = MeetingSession(app, store, group, meeting, path)
    session.clock = MeetingClock(session, app.clock, app.now)
    app.session = session
    if not session.save_now():
        app.notify(
            f"The meeting runs, but {path} cannot be written yet: the app keeps trying.",
            severity="error",
        )
    show_stage(app)


def next_stage(app: PsgApp) -> None:
    """Move the meeting to its next stage and show it."""
    session = app.session
    assert session is not None
    meeting = session.meeting
    index = STAGES.index(meeting.stage) if meeting.stage in STAGES else -1
    meeting.stage = STAGES[min(index + 1, len(STAGES) - 1)]
    session.save_now()
    show_stage(app)


def go_to_stage(app: PsgApp, stage: MeetingStage) -> None:
    """Jump to a stage (command palette)."""
    session = app.session
    assert session is not None
    session.meeting.stage = stage
    session.save_now()
    show_stage(app)


def screen_for(app: PsgApp, session: MeetingSession) -> Screen:
    """The screen that runs the meeting's current stage."""
    stage = session.meeting.stage
    if stage in (MeetingStage.SETUP, MeetingStage.GROUND_RULES):
        from psg_tui.tui.screens.ground_rules import GroundRulesScreen

        return GroundRulesScreen(session.store, session.group, editable=is_first_meeting(session))
    if stage in (MeetingStage.CHECK_IN, MeetingStage.CHECK_OUT):
        from psg_tui.tui.screens.round import RoundScreen

        return RoundScreen(session, check_out=stage is MeetingStage.CHECK_OUT)
    if stage is MeetingStage.SLOTS:
        from psg_tui.tui.screens.slot import SlotScreen

        return SlotScreen(session)
    from psg_tui.tui.screens.wrap_up import WrapUpScreen

    return WrapUpScreen(session)


def show_stage(app: PsgApp) -> None:
    """Replace whatever is on screen with the current stage's screen."""
    assert app.session is not None
    app.switch_to(screen_for(app, app.session))


def finish_meeting(app: PsgApp) -> None:
    """Mark the meeting complete, save it, and go back to the group's home screen."""
    session = app.session
    assert session is not None
    meeting = session.meeting
    meeting.status = MeetingStatus.COMPLETE
    meeting.stage = MeetingStage.DONE
    if meeting.ended_at is None:
        meeting.ended_at = app.now()
    if session.save_now():
        app.session = None
        app.open_group(session.store.root)
        app.notify(f"Meeting saved as complete: {session.path.name}")


def is_first_meeting(session: MeetingSession) -> bool:
    """No meeting of this group has taken place before: the ground rules are still open."""
    loaded, _errors = session.store.load_meetings()
    return not any(m.status is MeetingStatus.COMPLETE for path, m in loaded if path != session.path)
