"""The one place that moves a meeting on: ground rules -> check-in -> presenter slots ->
check-out -> wrap-up -> the group's home screen.

The app owns one :class:`Navigator`; screens never call it (they post messages from
:mod:`psg_tui.tui.messages` and the app hands them here). Where the meeting is comes from
the engine (its stage is saved in ``meeting.live``), so after a crash the same screen opens
again, with the running timer where it was. Every stage change saves at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.screen import Screen

from psg_tui.core import planning
from psg_tui.core.models import Group, Meeting, MeetingStatus, SlotState
from psg_tui.core.store import GroupStore, StoreError, meeting_name_date
from psg_tui.core.timing import MeetingEngine, PlanError, Stage, TimingError
from psg_tui.tui.screens.base import MeetingScreen
from psg_tui.tui.session import MeetingSession

NEXT_STAGE: dict[Stage, Stage] = {
    Stage.CHECK_IN: Stage.SLOTS,
    Stage.SLOTS: Stage.CHECK_OUT,
    Stage.CHECK_OUT: Stage.WRAP_UP,
}
"""What follows each stage (ground rules -> check-in is the engine's ``start_meeting``)."""


class Navigator:
    """Runs one meeting at a time for the app: opens its session, shows the screen of its
    stage, moves it on, and finishes it."""

    def __init__(
        self,
        app: App[int],
        *,
        clock: Callable[[], float],
        now: Callable[[], object],
        bell: bool | None,
        show: Callable[[Screen], None],
        home: Callable[[Path], None],
    ) -> None:
        self.app = app
        self.clock = clock
        """Monotonic seconds for the engine."""
        self.now = now
        """Aware wall-clock time for the engine."""
        self.bell = bell
        """None: the group's setting; False: never ring (tests)."""
        self.show = show
        """Replace the screen stack with a screen (the app's ``switch_to``)."""
        self.home = home
        """Open a group's home screen."""
        self.session: MeetingSession | None = None
        """The meeting being run, while one runs."""

    # -- opening a meeting -----------------------------------------------------------------

    def begin(
        self,
        store: GroupStore,
        group: Group,
        meeting: Meeting,
        path: Path | None,
        *,
        replaces: Path | None = None,
        first_meeting: bool | None = None,
    ) -> None:
        """Run a meeting that was just set up: planned slot lengths, then the ground rules.

        ``replaces``: the planned meeting's old file (its date changed); it is removed only
        once the meeting is safely saved under its new name.
        """
        meeting.status = MeetingStatus.IN_PROGRESS
        session = self._open(store, group, meeting, path or store.new_meeting_path(meeting.date))
        session.first_meeting = first_meeting  # setup knew; no second read of the files
        try:
            session.engine.plan()
        except PlanError as exc:
            self.app.notify(
                f"{exc}. Slots keep their usual length; the timekeeper view shows how far behind.",
                title="The plan does not fit",
                severity="warning",
                timeout=10,
            )
        saved = self._save_and_show(wait=True)
        if saved and replaces is not None and replaces != session.path:
            try:
                store.remove_meeting(replaces)
            except (OSError, StoreError) as exc:
                self.app.notify(
                    str(exc), title="The planned meeting's old file stays", severity="warning"
                )

    def resume(self, store: GroupStore, meeting: Meeting, path: Path) -> None:
        """Carry on with an in-progress meeting at its stage, running timers included."""
        session = self._open(store, store.load_group(), meeting, path)
        if session.engine.restore_note:
            self.app.notify(
                session.engine.restore_note, title="Resumed", severity="warning", timeout=10
            )
        self._save_and_show()

    def _open(
        self, store: GroupStore, group: Group, meeting: Meeting, path: Path
    ) -> MeetingSession:
        defaults = meeting.timing_defaults(group.defaults)
        engine = MeetingEngine(meeting, defaults, clock=self.clock, wall_clock=self.now)
        session = MeetingSession(self.app, store, group, meeting, path, engine)
        if self.bell is False:
            session.bell = False
        session.on_status = self._refresh_status
        session.on_conflict = self._ask_conflict
        if self.session is not None and self.session is not session:
            self.session.close()
        if not session.take_lock():
            self.app.notify(
                f"{session.read_only}", title="Opened read-only", severity="warning", timeout=15
            )
        self.session = session
        return session

    # -- the file changed on disk ----------------------------------------------------------

    def _ask_conflict(self, side: Path) -> None:
        """A save found the meeting file changed on disk: ask which version goes on."""
        from psg_tui.tui.dialogs.conflict import ConflictDialog

        session = self.session
        if session is None:
            return

        def answered(choice: str | None) -> None:
            if self.session is not session:
                return
            if choice == "theirs":
                self._open_theirs(session)
            else:
                self._keep_mine(session)

        self.app.push_screen(ConflictDialog(session.path, side), answered)

    def _keep_mine(self, session: MeetingSession) -> None:
        self.flush_notes()
        try:
            theirs = session.keep_mine()
        except (OSError, StoreError) as exc:
            self.app.notify(str(exc), title="Could not save", severity="error", timeout=15)
            return
        kept = f"; the other version is kept as {theirs.name}" if theirs else ""
        self.app.notify(
            f"Your notes are saved in {session.path.name}{kept}.", title="Kept both", timeout=15
        )

    def _open_theirs(self, session: MeetingSession) -> None:
        self.flush_notes()
        try:
            mine = session.set_mine_aside()
            meeting = session.store.reload_meeting(session.path)
        except (OSError, StoreError) as exc:
            self.app.notify(str(exc), title="Could not open it", severity="error", timeout=15)
            return
        new = self._open(session.store, session.group, meeting, session.path)
        new.first_meeting = session.first_meeting
        self.app.notify(
            f"Opened the version on disk; your notes are kept in {mine.name if mine else '?'}.",
            title="Kept both",
            timeout=15,
        )
        if meeting.status is MeetingStatus.COMPLETE:
            self._back_home()
        else:
            self.show_stage()

    # -- moving on -------------------------------------------------------------------------

    def flush_notes(self) -> None:
        """Every meeting screen on the stack stores what its text areas hold."""
        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MeetingScreen):
                screen.flush_notes()

    def next_stage(self) -> None:
        """Move the meeting on to its next stage and show it."""
        session = self._running()
        self.flush_notes()
        engine = session.engine
        if engine.stage is Stage.NOT_STARTED:
            engine.start_meeting()
        elif engine.stage in NEXT_STAGE:
            engine.begin(NEXT_STAGE[engine.stage])
        self._save_and_show()

    def go_to_stage(self, stage: Stage) -> None:
        """Jump forward to a stage (the palette); going back is refused in words. A jump
        that passes anyone over asks first, and Enter answers no (as F7 does)."""
        session = self._running()
        self.flush_notes()
        left_out = session.engine.passed_over_by(stage)
        if not left_out:
            self._jump(stage)
            return
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        def answered(go: bool | None) -> None:
            if go:
                self._jump(stage)

        self.app.push_screen(
            ConfirmDialog(
                f"Going to {stage.label.lower()} now passes over "
                + "; ".join(left_out)
                + ". Skipped slots that used no time can come back (ctrl+p, Jump to "
                "presenter) until the slots are over. Go on?",
                yes=f"Go to {stage.label.lower()}",
                no="Stay",
                careful=True,
            ),
            answered,
        )

    def _jump(self, stage: Stage) -> None:
        session = self._running()
        try:
            session.engine.begin(stage)
        except TimingError as exc:
            self.app.notify(str(exc), severity="warning")
            return
        self._save_and_show()

    def jump_to_slot(self, index: int) -> None:
        """Make a presenter's slot the one on screen, ready for F2 (brings back a skipped
        presenter who used no time). Like every slot, it waits for F2 to start."""
        session = self._running()
        self.flush_notes()
        try:
            session.engine.restore_slot(index)
            session.engine.start_slot(index, run=False)
        except TimingError as exc:
            self.app.notify(str(exc), title="Cannot jump there", severity="warning")
            return
        session.changed()
        self.show_stage()

    def change_attendance(self, attending: tuple[str, ...], removed_as: planning.Removal) -> None:
        """A late arrival, an early leaver or a correction, while the meeting runs: the
        rounds follow (they pass by someone who left) and so does the plan (the pending
        slot of someone who is gone is skipped). Shown again at once, saved soon."""
        session = self._running()
        self.flush_notes()
        meeting, engine = session.meeting, session.engine
        try:
            changes = planning.change_attendance(
                meeting, session.group, attending, now=engine.now(), removed_as=removed_as
            )
        except ValueError as exc:
            self.app.notify(str(exc), title="Attendance not changed", severity="warning")
            return
        here = {a.registration_number for a in meeting.attendees}
        for index, slot in enumerate(meeting.slots):
            gone = slot.presenter not in here or meeting.has_left(slot.presenter)
            if gone and slot.state is SlotState.PENDING:
                engine.skip_slot(index)
                changes.append(f"{meeting.name_of(slot.presenter)}'s slot skipped")
        if not changes:
            return
        self.app.notify("; ".join(changes) + ".", title="Attendance changed")
        self._save_and_show()

    def finish(self) -> MeetingSession | None:
        """End the meeting (complete, end time recorded), save, plan the next one, and go
        back to the group. The finished meeting's session, or None when it could not be
        saved (the meeting stays open)."""
        session = self._running()
        self.flush_notes()
        if session.read_only is not None:
            self.app.notify(session.read_only, title="Not finished here", severity="warning")
            return None
        session.engine.end_meeting()
        if not session.save_now():
            return None
        self.app.notify(f"Meeting saved as complete: {session.path.name}")
        self._plan_next(session)
        self._back_home()
        return session

    def save_and_flush(self) -> bool:
        """Store every notes area and save synchronously (quit). True when it landed or
        no meeting runs."""
        if self.session is None:
            return True
        self.flush_notes()
        if self.session.read_only is not None:
            return True  # nothing is written here; the holder has the notes
        return self.session.save_now()

    # -- screens ---------------------------------------------------------------------------

    def show_stage(self) -> None:
        """Replace whatever is on screen with the current stage's screen."""
        session = self._running()
        if session.engine.stage is Stage.ENDED:
            self._back_home()
            return
        # The last stage's toasts ("Everyone has had a turn. F10: ...") would cover the new
        # screen's notes box; what still matters is on the new screen itself.
        self.app.clear_notifications()
        self.show(self.screen_for(session))

    def screen_for(self, session: MeetingSession) -> MeetingScreen:
        """The screen that runs the meeting's current stage."""
        stage = session.engine.stage
        if stage is Stage.NOT_STARTED:
            from psg_tui.tui.screens.ground_rules import GroundRulesScreen

            first = session.first_meeting
            if first is None:  # resumed before the check-in: ask the files once
                first = session.first_meeting = self._first_meeting(session)
            return GroundRulesScreen(session, editable=first)
        if stage in (Stage.CHECK_IN, Stage.CHECK_OUT):
            from psg_tui.tui.screens.round import RoundScreen

            return RoundScreen(session, check_out=stage is Stage.CHECK_OUT)
        if stage is Stage.SLOTS:
            from psg_tui.tui.screens.slot import SlotScreen

            return SlotScreen(session)
        from psg_tui.tui.screens.wrap_up import WrapUpScreen

        return WrapUpScreen(session)

    def ground_rules(self) -> MeetingScreen:
        """The purpose and ground rules, to show over the meeting (Esc goes back)."""
        from psg_tui.tui.screens.ground_rules import GroundRulesScreen

        return GroundRulesScreen(self._running(), editable=False, on_demand=True)

    # -- internals -------------------------------------------------------------------------

    def _running(self) -> MeetingSession:
        if self.session is None:
            raise RuntimeError("no meeting is running")
        return self.session

    def _save_and_show(self, *, wait: bool = False) -> bool:
        """Save, then show the stage. The save runs in the worker thread unless ``wait`` (a
        new meeting's first save, which must land before anything else happens); True when
        it landed or was handed to the worker."""
        session = self._running()
        if not wait:
            session.save_soon()
            self.show_stage()
            return True
        saved = session.save_now()
        if not saved:
            self.app.notify(
                f"The meeting runs, but {session.path} cannot be written yet: the app keeps "
                "trying.",
                severity="error",
            )
        self.show_stage()
        return saved

    def _plan_next(self, session: MeetingSession) -> None:
        """The next meeting set at wrap-up becomes a planned meeting file (once per date)."""
        planned = session.meeting.planned_next(session.group)
        if planned is None:
            return
        taken = {meeting_name_date(p) for p in session.store.meeting_paths()}
        if planned.date.isoformat() in taken:
            return  # a meeting on that date exists already: it is the group's to change
        try:
            path = session.store.save_meeting(planned)
        except (OSError, StoreError) as exc:
            self.app.notify(f"The next meeting was not planned: {exc}", severity="warning")
            return
        self.app.notify(f"Next meeting planned: {path.name}")

    def _refresh_status(self) -> None:
        screen = self.app.screen
        if isinstance(screen, MeetingScreen):
            screen.refresh_save_status()

    def _back_home(self) -> None:
        session = self._running()
        session.close()
        self.session = None
        self.home(session.store.root)

    @staticmethod
    def _first_meeting(session: MeetingSession) -> bool:
        loaded, _errors = session.store.load_meetings()
        return planning.is_first_meeting(m for path, m in loaded if path != session.path)
