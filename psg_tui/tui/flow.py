"""The order of a meeting: ground rules -> check-in -> presenter slots -> check-out -> wrap-up.

Where the meeting is comes from the timekeeping engine's :class:`MeetingEngine` (its stage is
saved in ``meeting.live``), so after a crash the app opens the same screen again, with the
running timer where it was. Every stage change saves at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from psg_tui.core.models import Group, Meeting, MeetingStatus
from psg_tui.core.store import GroupStore, StoreError
from psg_tui.core.timing import MeetingEngine, PlanError, Stage, TimingError
from psg_tui.tui.session import MeetingSession

if TYPE_CHECKING:
    from psg_tui.tui.app import PsgApp

NEXT_STAGE: dict[Stage, Stage] = {
    Stage.CHECK_IN: Stage.SLOTS,
    Stage.SLOTS: Stage.CHECK_OUT,
    Stage.CHECK_OUT: Stage.WRAP_UP,
}


def begin_meeting(
    app: PsgApp,
    store: GroupStore,
    group: Group,
    meeting: Meeting,
    path: Path | None,
    *,
    replaces: Path | None = None,
    first_meeting: bool | None = None,
) -> None:
    """Run a meeting that was just set up: planned slot lengths, then the ground rules.

    ``replaces``: the planned meeting's old file (its date changed); it is removed only once
    the meeting is safely saved under its new name.
    """
    meeting.status = MeetingStatus.IN_PROGRESS
    session = _open_session(
        app, store, group, meeting, path or store.new_meeting_path(meeting.date)
    )
    session.first_meeting = first_meeting  # the setup screen knew; no second read of the files
    try:
        session.engine.plan()
    except PlanError as exc:
        app.notify(
            f"{exc}. Slots keep their usual length; the timekeeper view shows how far behind.",
            title="The plan does not fit",
            severity="warning",
            timeout=10,
        )
    saved = _save_and_show(app, wait=True)
    if saved and replaces is not None and replaces != session.path:
        try:
            store.remove_meeting(replaces)
        except (OSError, StoreError) as exc:
            app.notify(str(exc), title="The planned meeting's old file stays", severity="warning")


def run_meeting(app: PsgApp, store: GroupStore, meeting: Meeting, path: Path) -> None:
    """Resume an in-progress meeting at its stage, running timers included."""
    session = _open_session(app, store, store.load_group(), meeting, path)
    if session.engine.restore_note:
        app.notify(session.engine.restore_note, title="Resumed", severity="warning", timeout=10)
    _save_and_show(app)


def _open_session(
    app: PsgApp, store: GroupStore, group: Group, meeting: Meeting, path: Path
) -> MeetingSession:
    engine = MeetingEngine(meeting, group.defaults, clock=app.clock, wall_clock=app.now)
    session = MeetingSession(app, store, group, meeting, path, engine)
    app.session = session
    return session


def _save_and_show(app: PsgApp, *, wait: bool = False) -> bool:
    """Save, then show the stage. The save runs in the worker thread unless ``wait`` (a new
    meeting's first save, which must land before anything else happens); True when it
    landed or was handed to the worker."""
    session = app.session
    assert session is not None
    if not wait:
        session.save_soon()
        show_stage(app)
        return True
    saved = session.save_now()
    if not saved:
        app.notify(
            f"The meeting runs, but {session.path} cannot be written yet: the app keeps trying.",
            severity="error",
        )
    show_stage(app)
    return saved


def flush_notes(app: PsgApp) -> None:
    """Ask the screen on show to store what its text areas hold, before anything moves on."""
    for screen in reversed(app.screen_stack):
        flush = getattr(screen, "flush_notes", None)
        if callable(flush):
            flush()


def next_stage(app: PsgApp) -> None:
    """Move the meeting on to its next stage and show it."""
    session = app.session
    assert session is not None
    flush_notes(app)
    clock = session.engine
    if clock.stage is Stage.NOT_STARTED:
        clock.start_meeting()
    elif clock.stage in NEXT_STAGE:
        clock.begin(NEXT_STAGE[clock.stage])
    _save_and_show(app)


def go_to_stage(app: PsgApp, stage: Stage) -> None:
    """Jump forward to a stage (command palette); going back is refused in words."""
    session = app.session
    assert session is not None
    flush_notes(app)
    try:
        session.engine.begin(stage)
    except TimingError as exc:
        app.notify(str(exc), severity="warning")
        return
    _save_and_show(app)


def screen_for(session: MeetingSession) -> Screen:
    """The screen that runs the meeting's current stage."""
    stage = session.engine.stage
    if stage is Stage.NOT_STARTED:
        from psg_tui.tui.screens.ground_rules import GroundRulesScreen

        first = session.first_meeting
        if first is None:  # resumed before the check-in: ask the files once
            first = session.first_meeting = is_first_meeting(session)
        return GroundRulesScreen(session.store, session.group, editable=first)
    if stage in (Stage.CHECK_IN, Stage.CHECK_OUT):
        from psg_tui.tui.screens.round import RoundScreen

        return RoundScreen(session, check_out=stage is Stage.CHECK_OUT)
    if stage is Stage.SLOTS:
        from psg_tui.tui.screens.slot import SlotScreen

        return SlotScreen(session)
    from psg_tui.tui.screens.wrap_up import WrapUpScreen

    return WrapUpScreen(session)


def show_stage(app: PsgApp) -> None:
    """Replace whatever is on screen with the current stage's screen."""
    assert app.session is not None
    if app.session.engine.stage is Stage.ENDED:
        _back_home(app)
        return
    app.switch_to(screen_for(app.session))


def finish_meeting(app: PsgApp) -> None:
    """End the meeting (complete, end time recorded), save, and go back to the group."""
    session = app.session
    assert session is not None
    flush_notes(app)
    session.engine.end_meeting()
    if session.save_now():
        app.notify(f"Meeting saved as complete: {session.path.name}")
        _plan_next(app, session)
        _back_home(app)


def _plan_next(app: PsgApp, session: MeetingSession) -> None:
    """The next meeting set at wrap-up becomes a planned meeting file (once per date)."""
    planned = session.meeting.planned_next(session.group)
    if planned is None:
        return
    taken = {p.stem[:10] for p in session.store.meeting_paths()}
    if planned.date.isoformat() in taken:
        return  # a meeting on that date exists already: it is the group's to change
    try:
        path = session.store.save_meeting(planned)
    except (OSError, StoreError) as exc:
        app.notify(f"The next meeting was not planned: {exc}", severity="warning")
        return
    app.notify(f"Next meeting planned: {path.name}")


def _back_home(app: PsgApp) -> None:
    session = app.session
    assert session is not None
    app.session = None
    app.open_group(session.store.root)


def is_first_meeting(session: MeetingSession) -> bool:
    """No meeting of this group has taken place before: the ground rules are still open."""
    loaded, _errors = session.store.load_meetings()
    return not any(m.status is MeetingStatus.COMPLETE for path, m in loaded if path != session.path)
