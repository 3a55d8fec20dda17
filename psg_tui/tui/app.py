"""The psg-tui Textual app and the factory the CLI and the tests both use."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from psg_tui.core.store import GroupStore
from psg_tui.resources import styles_dir

Clock = Callable[[], float]


class PsgApp(App[int]):
    """Runs a peer support group meeting: home, setup, rounds, slots, wrap-up."""

    CSS_PATH = str(styles_dir() / "app.tcss")
    TITLE = "psg-tui"
    BINDINGS = [
        Binding("f1", "help", "Help", id="help"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="quit"),
    ]

    def __init__(self, group_dir: Path | None, clock: Clock = time.monotonic) -> None:
        super().__init__()
        self.group_dir = group_dir
        """The group folder in use (None until the person picks or creates one)."""
        self.clock = clock
        """Monotonic seconds; tests pass a fake."""
        self.store = GroupStore(group_dir) if group_dir else None
        """The group's store, once a group is chosen."""

    def on_mount(self) -> None:
        from psg_tui.tui.screens.home import HomeScreen

        if self.store is not None:
            self.push_screen(HomeScreen(self.store))


def make_app(group_dir: Path | None = None, clock: Clock = time.monotonic) -> PsgApp:
    """Build the app; the CLI and the tests both call this."""
    return PsgApp(group_dir=group_dir, clock=clock)
