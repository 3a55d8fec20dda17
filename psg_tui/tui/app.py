"""The psg-tui Textual app and the factory the CLI and the tests both use.

How the app runs (the tui runtime model):

- The app owns the navigation. Screens never navigate and never write files: they post a
  typed message (:mod:`psg_tui.tui.messages`) and the app's handlers below act on it.
  A screen may open a dialog or an overlay of itself (help, the timekeeper view) and
  dismiss itself; every other move is a message.
- The running meeting belongs to the app's :class:`~psg_tui.tui.navigator.Navigator`: it
  opens the :class:`~psg_tui.tui.session.MeetingSession` (model, timing engine, autosave),
  shows the screen of the meeting's stage, and moves the meeting on. A stage ends when its
  screen posts ``NextStage`` (F10), ``GoToStage`` or ``FinishMeeting``; the navigator
  stores the notes of every :class:`~psg_tui.tui.screens.base.MeetingScreen`, saves, and
  shows the next screen.
- A meeting screen changes ``session.meeting`` through the engine or plain field writes
  and calls ``session.changed()``; the session saves within 1.5 s in a worker thread.
- Outputs (PDF, .ics) go through the app's exporter: one privacy gate, one door to the
  disk (the store), rendering in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from psg_tui import paths
from psg_tui.core import peek
from psg_tui.resources import styles_dir
from psg_tui.tui import keys

# Start-up imports only what the first screen needs (issue 14): the models, the store
# (pydantic), the navigator, the exporter and the palette are imported when first used.
# The message handlers below are found by name, so the message classes need no import.
if TYPE_CHECKING:
    from textual.command import Provider

    from psg_tui.core.models import Meeting
    from psg_tui.core.store import GroupStore
    from psg_tui.tui.exporter import Exporter
    from psg_tui.tui.messages import (
        BeginMeeting,
        ChangeAttendance,
        ExportRequested,
        FinishMeeting,
        GoHome,
        GoToStage,
        JumpToSlot,
        NextStage,
        OpenGroup,
        OpenPastMeeting,
        PickGroup,
        PlanMeeting,
        ResumeMeeting,
        ShowGroundRules,
        ShowTimekeeper,
        YearRequested,
    )
    from psg_tui.tui.navigator import Navigator
    from psg_tui.tui.session import MeetingSession

Clock = Callable[[], float]
"""Monotonic seconds (``time.monotonic``); tests pass a fake."""
WallClock = Callable[[], dt.datetime]
"""The aware wall-clock time now; tests pass a fake."""


def _meeting_palette() -> type[Provider]:
    """The meeting's commands for ctrl+p, imported when the palette first opens."""
    from psg_tui.tui.palette import MeetingPalette

    return MeetingPalette


def _collect_from_now_on() -> None:
    if not gc.isenabled():  # held by ``psg`` (in tests it never is: nothing is frozen)
        gc.freeze()
        gc.enable()


def system_now() -> dt.datetime:
    """The local wall-clock time, timezone-aware."""
    return dt.datetime.now().astimezone()


class PsgApp(App[int]):
    """Runs a peer support group meeting: home, setup, rounds, slots, wrap-up."""

    CSS_PATH = str(styles_dir() / "app.tcss")
    COMMANDS = App.COMMANDS | {_meeting_palette}
    TITLE = "psg-tui"
    SUB_TITLE = "peer support group"
    BINDINGS = keys.bindings(keys.HELP, keys.QUIT)

    def __init__(
        self,
        group_dir: Path | None,
        *,
        clock: Clock = time.monotonic,
        now: WallClock = system_now,
        groups_root: Path | None = None,
        bell: bool | None = None,
    ) -> None:
        super().__init__()
        self.clock = clock
        """Monotonic seconds for every timer."""
        self.now = now
        """Aware wall-clock time, recorded into the notes."""
        self.groups_root = groups_root or paths.groups_dir()
        """Where a person's groups live (one folder each)."""
        self._group_root: Path | None = Path(group_dir) if group_dir else None
        self._store: GroupStore | None = None
        self._bell = bell

    @property
    def store(self) -> GroupStore | None:
        """The open group's folder, once one is chosen. Built on first use: the store
        imports pydantic and the models, which the first paint does not wait for."""
        if self._store is None and self._group_root is not None:
            from psg_tui.core.store import GroupStore

            self._store = GroupStore(self._group_root)
        return self._store

    @store.setter
    def store(self, store: GroupStore | None) -> None:
        self._store = store
        self._group_root = store.root if store is not None else None

    @cached_property
    def navigator(self) -> Navigator:
        """Runs the meeting: its session, its stages, their screens (built on first use)."""
        from psg_tui.tui.navigator import Navigator

        return Navigator(
            self,
            clock=self.clock,
            now=self.now,
            bell=self._bell,
            show=self.switch_to,
            home=self.open_group,
        )

    @cached_property
    def exporter(self) -> Exporter:
        """Writes every output a screen asks for (PDF, .ics): gate, worker, store."""
        from psg_tui.tui.exporter import Exporter

        return Exporter(self)

    @property
    def session(self) -> MeetingSession | None:
        """The meeting being run, while one runs."""
        if "navigator" not in self.__dict__:
            return None  # no meeting has been opened yet
        return self.navigator.session

    @property
    def group_dir(self) -> Path | None:
        """The open group's folder."""
        return self._group_root

    # -- navigation ------------------------------------------------------------------------

    def on_mount(self) -> None:
        root = self._group_root
        if root is not None and peek.has_group(root):
            self.open_group(root)
        else:
            self.show_group_picker(suggested=root)

    def on_ready(self) -> None:
        """The first screen is drawn: what is alive now lives as long as the app, so it is
        frozen out of the cycle collector's way, which comes back on (``psg`` holds it
        during start-up: :func:`psg_tui.commands.open_app.open_app`)."""
        self.call_after_refresh(_collect_from_now_on)

    def show_group_picker(self, suggested: Path | None = None) -> None:
        """Pick one of the person's groups, or create the first one."""
        from psg_tui.tui.screens.pick_group import PickGroupScreen

        back_to = self.store.root if self.store is not None and self.store.exists() else None
        self.switch_to(PickGroupScreen(self.groups_root, suggested=suggested, back_to=back_to))

    def open_group(self, folder: Path) -> None:
        """Open a group's home screen (offering to resume an unfinished meeting)."""
        from psg_tui.tui.screens.home import HomeScreen

        self._group_root, self._store = Path(folder), None
        self.switch_to(HomeScreen(folder, open_store=lambda: self.store))

    def switch_to(self, screen) -> None:
        """Replace the whole screen stack with ``screen``."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        if len(self.screen_stack) == 1 and self.screen.id != "_default":
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def start_meeting(self, meeting: Meeting | None = None, path: Path | None = None) -> None:
        """Set up a new meeting (``meeting`` None) or a planned one, then run it."""
        from psg_tui.tui.screens.setup import SetupScreen

        assert self.store is not None
        self.push_screen(SetupScreen(self.store, meeting=meeting, path=path))

    def resume_meeting(self, path: Path, meeting: Meeting) -> None:
        """Carry on with an in-progress meeting where it was, timers included."""
        assert self.store is not None
        self.navigator.resume(self.store, meeting, path)

    def open_past_meeting(self, path: Path, meeting: Meeting) -> None:
        """Show a finished meeting: its record; a member may add their reflection."""
        from psg_tui.tui.screens.past_meeting import PastMeetingScreen

        assert self.store is not None
        self.push_screen(PastMeetingScreen(self.store, path, meeting))

    # -- what screens ask (messages) -------------------------------------------------------

    def on_open_group(self, message: OpenGroup) -> None:
        self.open_group(message.folder)

    def on_pick_group(self, message: PickGroup) -> None:
        self.show_group_picker()

    def on_plan_meeting(self, message: PlanMeeting) -> None:
        self.start_meeting(message.meeting, message.path)

    def on_resume_meeting(self, message: ResumeMeeting) -> None:
        self.resume_meeting(message.path, message.meeting)

    def on_open_past_meeting(self, message: OpenPastMeeting) -> None:
        self.open_past_meeting(message.path, message.meeting)

    def on_begin_meeting(self, message: BeginMeeting) -> None:
        assert self.store is not None
        self.navigator.begin(
            self.store,
            self.store.load_group(),
            message.meeting,
            message.path,
            replaces=message.replaces,
            first_meeting=message.first_meeting,
        )

    def on_next_stage(self, message: NextStage) -> None:
        self.navigator.next_stage()

    def on_go_to_stage(self, message: GoToStage) -> None:
        self.navigator.go_to_stage(message.stage)

    def on_jump_to_slot(self, message: JumpToSlot) -> None:
        self.navigator.jump_to_slot(message.index)

    def on_change_attendance(self, message: ChangeAttendance) -> None:
        removed_as = "absent" if message.removed_as == "absent" else "left"
        self.navigator.change_attendance(message.attending, removed_as)

    def on_finish_meeting(self, message: FinishMeeting) -> None:
        from psg_tui.tui.messages import ExportRequested  # not imported at start-up

        finished = self.navigator.finish()
        if finished is not None:
            # The final group PDF replaces any draft written at wrap-up (through the gate).
            self.exporter.export(ExportRequested("pdf", finished.meeting, finished.path))

    def on_show_ground_rules(self, message: ShowGroundRules) -> None:
        self.push_screen(self.navigator.ground_rules())

    def on_show_timekeeper(self, message: ShowTimekeeper) -> None:
        from psg_tui.tui.screens.base import TimedScreen
        from psg_tui.tui.screens.timekeeper import TimekeeperScreen

        if isinstance(self.screen, TimedScreen):
            self.push_screen(TimekeeperScreen(self.screen))
        else:
            self.notify("The timekeeper view opens from a meeting screen.")

    def on_export_requested(self, message: ExportRequested) -> None:
        self.exporter.export(message)

    def on_year_requested(self, message: YearRequested) -> None:
        self.exporter.export_year(message)

    def on_go_home(self, message: GoHome) -> None:
        if len(self.screen_stack) > 1 and self.store is not None:
            self.pop_screen()
        elif self.store is not None:
            self.open_group(self.store.root)

    def get_system_commands(self, screen):
        """Textual's palette commands, less "Screenshot": it writes the screen, notes and
        all, to a file outside the group's private folder. "Quit" saves first (ours)."""
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":
                continue
            if command.title == "Quit":
                command = command._replace(help="Save the notes and quit")
            yield command

    # -- actions ---------------------------------------------------------------------------

    def action_help(self) -> None:
        """F1: every binding of the current screen, with what it does."""
        from psg_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """ctrl+q: save whatever is open, then leave (after the keys already typed into a
        notes area have landed there)."""
        from textual.widgets import TextArea

        focused = self.focused
        if self.session is not None and isinstance(focused, TextArea):
            focused.call_later(self._save_and_exit)
        else:
            self._save_and_exit()

    def _save_and_exit(self) -> None:
        from psg_tui.tui.screens.base import HelpedScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, HelpedScreen) and (lost := screen.unsaved_changes()):
                self._ask_before_quitting(lost)
                return
        self._exit_saving_notes()

    def _ask_before_quitting(self, lost: str) -> None:
        """A form has changes that quitting would lose: ask (Enter answers no)."""
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        def answered(leave: bool | None) -> None:
            if leave:
                self._exit_saving_notes()

        self.push_screen(
            ConfirmDialog(
                f"Quit and lose {lost}?", yes="Quit without saving", no="Stay", careful=True
            ),
            answered,
        )

    def _exit_saving_notes(self) -> None:
        if not self.navigator.save_and_flush():
            assert self.session is not None
            from psg_tui.tui.dialogs.confirm import ConfirmDialog

            def answered(leave: bool | None) -> None:
                if leave:
                    self.exit(1)

            self.push_screen(
                ConfirmDialog(
                    f"The notes could not be saved:\n{self.session.save_error}\n\n"
                    "Quit anyway and lose the changes since the last save?",
                    yes="Quit anyway",
                    no="Stay",
                ),
                answered,
            )
            return
        self.exit(0)


def make_app(
    group_dir: Path | None = None,
    *,
    clock: Clock = time.monotonic,
    now: WallClock = system_now,
    groups_root: Path | None = None,
    bell: bool | None = None,
) -> PsgApp:
    """Build the app; the CLI and the tests both call this."""
    return PsgApp(group_dir, clock=clock, now=now, groups_root=groups_root, bell=bell)
