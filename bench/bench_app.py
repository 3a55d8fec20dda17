"""The app: start-up to a painted and to a filled home screen, and the cost of an autosave.

- Start-up (issue 14): whole ``python`` processes started the way ``psg --group DIR``
  starts (the CLI, then the app), headless at 80x24 on the demo group, in turn with the
  baseline round after round, timed from starting the process to the moment
  - of first paint: the first frame of the home screen;
  - when filled: the first frame with both tables drawn. When no file changed since the
    group was last read in full, that is the first frame itself, drawn from the group's
    index (psg_tui/core/index.py);
  - without the index (the first open, or after a hand edit): the first paint (the name
    and an empty skeleton), and the tables filled once the files are validated;
  - when the files are validated and the keys live (after the filled frame);
  against a bare Textual app (Header, a Static, Footer) timed to its first paint. What
  happens after that moment (exiting, threads finishing) is not counted. Bytecode is
  cached as in an installed app (``harness.installed_env``). Medians of 7 runs.
  Targets: first paint <= 1.1x, filled <= 1.3x.
- Where the start-up time goes (no targets, so the next person knows where to look):
  imports on the first-paint path, the stylesheets, the quick look at group.toml, the work
  after the first paint (pydantic and the models imported, the worker thread validating the
  files and working out attendance), and the time each kind of widget takes to compose
  and mount (Compose + Mount handlers, children included, so the rows overlap).
- Autosave of a 2-hour meeting with ~30 KB of notes: the part on the event loop (the
  model dump that makes the snapshot) and the part in the worker thread (TOML, temp file,
  fsync, rename). Target: under 5 ms a save, and only the dump on the loop.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.bench_store import two_hour_meeting
from bench.harness import PYTHON, Figure, installed_env, median_process_marks, median_time
from psg_tui.core.store import GroupStore
from psg_tui.resources import sample_data_dir, styles_dir

FIRST_PAINT_TARGET = 1.1
FILLED_TARGET = 1.3
SAVE_TARGET_S = 0.005
RUNS = 7

_BARE_APP = """
import time
from textual.app import App
from textual.widgets import Footer, Header, Static

marks = []

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("a group")
        yield Footer()
    def on_mount(self):
        self.call_after_refresh(self.painted)
    def painted(self):
        marks.append(time.perf_counter())
        self.exit()

Bare().run(headless=True, size=(80, 24))
print(marks[0])
"""

# ``psg --group DIR`` as the console script runs it, headless, stopped at a point of the
# home screen's life: "paint" (its first frame), "filled" (the first frame with the tables
# drawn, from the index or the files) or "validated" (the files read and validated, the
# keys live); "cold-paint" and "cold-filled" are the same without the group's index, as on
# the first open or after a hand edit.
_PSG_APP = """
import os, sys, time
stop_at, group = sys.argv[1], sys.argv[2]
if stop_at.startswith("cold-"):
    stop_at = stop_at.removeprefix("cold-")
    try:
        os.remove(os.path.join(group, ".psg-index.json"))
    except FileNotFoundError:
        pass
from psg_tui.tui.app import PsgApp
from psg_tui.tui.screens.home import HomeScreen

run = PsgApp.run
marks = []

def headless_run(self, **kwargs):
    return run(self, headless=True, size=(80, 24))

def stop_after_refresh(screen):
    def drawn():
        marks.append(time.perf_counter())
        screen.app.exit()
    screen.call_after_refresh(drawn)

if stop_at == "paint":
    mounted = HomeScreen.on_mount
    def on_mount(self):
        stop_after_refresh(self)  # first: the mark is the first frame, before anything after
        mounted(self)
    HomeScreen.on_mount = on_mount
elif stop_at == "validated":
    fill = HomeScreen.fill
    def filled(self, data):
        fill(self, data)
        stop_after_refresh(self)
    HomeScreen.fill = filled
else:
    tables_filled = HomeScreen.tables_filled
    def first_filled(self, source):
        tables_filled(self, source)
        if not marks:
            stop_after_refresh(self)
    HomeScreen.tables_filled = first_filled
PsgApp.run = headless_run

from psg_tui.cli import main
main(["--group", group])
print(marks[0])
"""

# Time each widget class spends in its Compose and Mount handlers (summed per class), the
# stylesheet's parse, and the time to first paint and to filled, in one headless run.
_PROFILE_APP = """
import json, sys, time
started = time.perf_counter()
from textual.app import App
textual_imported = time.perf_counter()
from textual import events
from textual.css.stylesheet import Stylesheet
from textual.message_pump import MessagePump
from psg_tui.tui.app import PsgApp
from psg_tui.tui.screens.home import HomeScreen
psg_imported = time.perf_counter()

spent = {}
dispatch = MessagePump._dispatch_message
async def timed(self, message):
    if not isinstance(message, (events.Compose, events.Mount)):
        return await dispatch(self, message)
    start = time.perf_counter()
    try:
        return await dispatch(self, message)
    finally:
        key = type(self).__name__
        total, count = spent.get(key, (0.0, 0))
        spent[key] = (total + time.perf_counter() - start, count + 1)
MessagePump._dispatch_message = timed

css = [0.0]
parse = Stylesheet.parse
def timed_parse(self):
    start = time.perf_counter()
    parse(self)
    css[0] += time.perf_counter() - start
Stylesheet.parse = timed_parse

marks = {}
mounted = HomeScreen.on_mount
def on_mount(self):
    self.call_after_refresh(lambda: marks.setdefault("paint", time.perf_counter()))
    mounted(self)
HomeScreen.on_mount = on_mount
tables_filled = HomeScreen.tables_filled
def first_filled(self, source):
    tables_filled(self, source)
    self.call_after_refresh(lambda: marks.setdefault("filled", time.perf_counter()))
HomeScreen.tables_filled = first_filled
fill = HomeScreen.fill
def validated(self, data):
    fill(self, data)
    def done():
        marks["validated"] = time.perf_counter()
        self.app.exit()
    self.call_after_refresh(done)
HomeScreen.fill = validated

app = PsgApp(__import__("pathlib").Path(sys.argv[1]), bell=False)
app.run(headless=True, size=(80, 24))
print(json.dumps({
    "import textual.app": textual_imported - started,
    "import psg-tui's first-paint modules": psg_imported - textual_imported,
    "stylesheets parsed (Textual's and app.tcss)": css[0],
    "to first paint, after imports": marks["paint"] - psg_imported,
    "first paint to the tables filled (0: from the index, in the first frame)":
        marks["filled"] - marks["paint"],
    "tables filled to the files validated (pydantic and the models imported)":
        marks["validated"] - marks["filled"],
    "widgets": spent,
}))
"""

# What Home imports after its first paint, timed in a fresh process.
_WORKER_IMPORTS = """
import json, time
import textual.app  # already there when the worker runs
start = time.perf_counter()
import psg_tui.core.attendance, psg_tui.core.store, psg_tui.core.words
print(json.dumps(time.perf_counter() - start))
"""


def _startup(group: Path) -> list[Figure]:
    medians = median_process_marks(
        {
            "bare": [PYTHON, "-c", _BARE_APP],
            "paint": [PYTHON, "-c", _PSG_APP, "paint", str(group)],
            "filled": [PYTHON, "-c", _PSG_APP, "filled", str(group)],
            "cold-paint": [PYTHON, "-c", _PSG_APP, "cold-paint", str(group)],
            "cold-filled": [PYTHON, "-c", _PSG_APP, "cold-filled", str(group)],
            "validated": [PYTHON, "-c", _PSG_APP, "validated", str(group)],
        },
        repeat=RUNS,
    )
    bare, paint, filled = medians["bare"], medians["paint"], medians["filled"]
    cold_paint, cold = medians["cold-paint"], medians["cold-filled"]
    validated = medians["validated"]
    return [
        Figure(
            "start-up to the first paint of home (whole process, psg --group)",
            paint,
            "bare Textual app",
            bare,
            target=f"ratio <= {FIRST_PAINT_TARGET}",
            ok=paint / bare <= FIRST_PAINT_TARGET,
        ),
        Figure(
            "start-up to a filled home: meetings read, attendance shown (whole process)",
            filled,
            "bare Textual app",
            bare,
            target=f"ratio <= {FILLED_TARGET}",
            ok=filled / bare <= FILLED_TARGET,
        ),
        Figure(
            "  without the group's index (first open, or a file edited by hand): first paint",
            cold_paint,
            "bare Textual app",
            bare,
        ),
        Figure(
            "  without the group's index: filled from the files",
            cold,
            "bare Textual app",
            bare,
        ),
        Figure(
            "  to the files validated and the keys live (whole process)",
            validated,
            "bare Textual app",
            bare,
        ),
    ]


def _breakdown(group: Path) -> list[Figure]:
    """Where start-up time goes: one profiled run, plus in-process timings of the parts."""
    from textual.css.stylesheet import Stylesheet

    from psg_tui.core.peek import glance
    from psg_tui.tui.screens.home import read_home

    out = subprocess.run(
        [PYTHON, "-c", _PROFILE_APP, str(group)],
        check=True,
        capture_output=True,
        text=True,
        env=installed_env(),
    ).stdout
    profile = json.loads(out.strip().splitlines()[-1])
    widgets = profile.pop("widgets")
    figures = [Figure(f"  breakdown: {name}", seconds) for name, seconds in profile.items()]
    worker_imports = json.loads(
        subprocess.run(
            [PYTHON, "-c", _WORKER_IMPORTS],
            check=True,
            capture_output=True,
            text=True,
            env=installed_env(),
        ).stdout
    )
    figures.append(
        Figure(
            "  breakdown: imports after the first paint (pydantic, models, store, attendance)",
            worker_imports,
        )
    )

    from textual.app import App

    variables = App().get_css_variables()

    def parse_app_css() -> None:
        sheet = Stylesheet(variables=variables)
        sheet.read(styles_dir() / "app.tcss")
        sheet.parse()

    figures.append(Figure("  breakdown: parse app.tcss alone", median_time(parse_app_css, 10)))
    figures.append(
        Figure("  breakdown: quick look at group.toml (peek)", median_time(lambda: glance(group)))
    )
    figures += _index_look(group)
    import datetime as dt

    store = GroupStore(group)
    today = dt.date(2026, 9, 1)
    figures.append(
        Figure(
            "  breakdown: worker reads + validates the demo group, attendance",
            median_time(lambda: read_home(store, {}, today), 10),
        )
    )
    top = sorted(widgets.items(), key=lambda kv: kv[1][0], reverse=True)[:8]
    for name, (seconds, count) in top:
        figures.append(Figure(f"  compose+mount: {name} (x{count})", seconds))
    return figures


def _index_look(group: Path) -> list[Figure]:
    """The first look from the index (on the event loop, before the first frame) against
    the full read it stands in for (in the worker), on the demo group and on 240 files."""
    import datetime as dt

    from bench.bench_attendance import make_group
    from psg_tui.core.index import quick_look
    from psg_tui.tui.screens.home import read_home

    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        big = make_group(Path(tmp) / "group")
        for name, root in (("demo group", group), ("240 meeting files", big)):
            full = median_time(
                lambda root=root: read_home(GroupStore(root), {}, dt.date(2026, 9, 1)), 5, 1
            )
            look = median_time(lambda root=root: quick_look(root), 10)
            assert quick_look(root) is not None, "the index was not written"
            figures.append(
                Figure(
                    f"  breakdown: first look from the index, {name} (on the event loop)",
                    look,
                    "full read and validation (worker)",
                    full,
                )
            )
    return figures


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
    """Start-up, where its time goes, and the autosave."""
    with tempfile.TemporaryDirectory() as tmp:
        group = Path(tmp) / "group"
        shutil.copytree(sample_data_dir(), group)
        figures = _startup(group) + _breakdown(group)
    return figures + _autosave()
