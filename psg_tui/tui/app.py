"""The psg-tui Textual app and the factory the CLI and the tests both use.

The app owns the navigation between screens and the clocks; screens change the meeting
model through core functions and the :class:`~psg_tui.tui.session.MeetingSession` saves it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from psg_tui import paths
from psg_tui.core.models import Meeting
from psg_tui.core.store import GroupStore
from psg_tui.resources import styles_dir
from psg_tui.tui.exporter import Exporter
from psg_tui.tui.messages import ExportRequested
from psg_tui.tui.palette import MeetingPalette
from psg_tui.tui.session import MeetingSession

Clock = Callable[[], float]
"""Monotonic seconds (``time.monotonic``); tests pass a fake."""
WallClock = Callable[[], dt.datetime]
"""The aware wall-clock time now; tests pass a fake."""


def system_now() -> dt.datetime:
    """The local wall-clock time, timezone-aware."""
    return dt.datetime.now().astimezone()


class PsgApp(App[int]):
    """Runs a peer support group meeting: home, setup, rounds, slots, wrap-up."""

    CSS_PATH = str(styles_dir() / "app.tcss")
    COMMANDS = App.COMMANDS | {MeetingPalette}
    TITLE = "psg-tui"
    SUB_TITLE = "peer support group"
    BINDINGS = [
        Binding("f1", "help", "Help", priority=True, id="help", tooltip="List every key"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="quit", tooltip="Save and quit"),
    ]

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
        self.store: GroupStore | None = GroupStore(group_dir) if group_dir else None
        """The open group's folder, once one is chosen."""
        self.bell_override = bell
        """None: follow the group's setting; False: never ring (tests)."""
        self.session: MeetingSession | None = None
        """The meeting being run, while one runs."""
        self.exporter = Exporter(self)
        """Writes every output a screen asks for (PDF, .ics): gate, worker, store."""

    @property
    def group_dir(self) -> Path | None:
        """The open group's folder."""
        return self.store.root if self.store else None

    # -- navigation ------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.store is not None and self.store.exists():
            self.open_group(self.store.root)
        else:
            self.show_group_picker(suggested=self.store.root if self.store else None)

    def show_group_picker(self, suggested: Path | None = None) -> None:
        """Pick one of the person's groups, or create the first one."""
        from psg_tui.tui.screens.pick_group import PickGroupScreen

        self.switch_to(PickGroupScreen(self.groups_root, suggested=suggested))

    def open_group(self, folder: Path) -> None:
        """Open a group's home screen (offering to resume an unfinished meeting)."""
        from psg_tui.tui.screens.home import HomeScreen

        self.store = GroupStore(folder)
        self.switch_to(HomeScreen(self.store))

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
        from psg_tui.tui.flow import run_meeting

        assert self.store is not None
        run_meeting(self, self.store, meeting, path)

    def open_meeting_readonly(self, path: Path, meeting: Meeting) -> None:
        """Show a past meeting without changing it (a member may add their reflection)."""
        from psg_tui.tui.screens.past_meeting import PastMeetingScreen

        assert self.store is not None
        self.push_screen(PastMeetingScreen(self.store, path, meeting))

    def on_export_requested(self, message: ExportRequested) -> None:
        self.exporter.export(message)

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
        if self.session is not None:
            from psg_tui.tui.flow import flush_notes

            flush_notes(self)
        if self.session is not None and not self.session.save_now():
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

    def ring(self) -> None:
        """The bell for a warning-level change, unless turned off."""
        if self.bell_override is False:
            return
        if self.session is not None and not self.session.bell:
            return
        self.bell()


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
