"""The app: start-up to a ready home screen, and the cost of an autosave mid-meeting.

- Start-up: a whole ``python`` process that builds the psg-tui app on the demo group, runs it
  headless and exits as soon as the home screen has been drawn, against a bare Textual app
  (Header, a Static, Footer) started and stopped the same way. Target: at most 1.3x.
- Autosave of a 2-hour meeting with ~30 KB of notes: the part on the event loop (the
  model dump that makes the snapshot) and the part in the worker thread (TOML, temp file,
  fsync, rename). Target: under 5 ms a save, and only the dump on the loop.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.bench_store import two_hour_meeting
from bench.harness import PYTHON, Figure, median_process_time, median_time
from psg_tui.core.store import GroupStore
from psg_tui.resources import sample_data_dir

STARTUP_TARGET = 1.3
SAVE_TARGET_S = 0.005

_BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("a group")
        yield Footer()
    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run(headless=True, size=(80, 24))
"""

_PSG_APP = """
import sys
from pathlib import Path
from psg_tui.tui.app import make_app
from psg_tui.tui.screens.home import HomeScreen

app = make_app(Path(sys.argv[1]), bell=False)

def ready(screen) -> None:
    if isinstance(screen, HomeScreen):
        app.call_after_refresh(app.exit)

app.screen_stack  # noqa: B018 - make sure the app is constructed
original = app.switch_to
def switch_to(screen):
    original(screen)
    screen.call_after_refresh(lambda: ready(screen))
app.switch_to = switch_to
app.run(headless=True, size=(80, 24))
"""


def _startup() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        group = Path(tmp) / "group"
        shutil.copytree(sample_data_dir(), group)
        bare = median_process_time([PYTHON, "-c", _BARE_APP], repeat=7)
        psg = median_process_time([PYTHON, "-c", _PSG_APP, str(group)], repeat=7)
    ratio = psg / bare
    return [
        Figure(
            "start-up to a drawn home screen (whole process)",
            psg,
            "bare Textual app",
            bare,
            target=f"ratio <= {STARTUP_TARGET}",
            ok=ratio <= STARTUP_TARGET,
        )
    ]


def _autosave() -> list[Figure]:
    meeting = two_hour_meeting()
    with tempfile.TemporaryDirectory() as tmp:
        store = GroupStore(Path(tmp))
        path = store.save_meeting(meeting)

        def snapshot() -> object:
            return meeting.model_dump(mode="json", exclude_none=True)

        data = snapshot()
        on_loop = median_time(snapshot, repeat=30)
        in_thread = median_time(lambda: store.save_meeting_data(data, path), repeat=30)
        size = path.stat().st_size
    total = on_loop + in_thread
    return [
        Figure(
            f"autosave, on the event loop (model dump of a {size // 1024} KB meeting)",
            on_loop,
            "whole save",
            total,
            target="< 1 ms on the loop",
            ok=on_loop < 0.001,
        ),
        Figure(
            "autosave, whole (dump + worker-thread write with fsync)",
            total,
            target=f"< {SAVE_TARGET_S * 1000:.0f} ms",
            ok=total < SAVE_TARGET_S,
        ),
    ]


def run() -> list[Figure]:
    """Both groups of figures."""
    started = time.perf_counter()
    figures = _startup() + _autosave()
    del started
    return figures
