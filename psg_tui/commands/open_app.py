"""Open the Textual app (the default when ``psg`` is run without a command)."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from psg_tui import paths


def open_app(group_dir: Path | None) -> int:
    """Run the app on ``group_dir`` (None: pick or create a group in the data folder).

    Start-up builds a great many objects that live as long as the app (Textual's and
    psg-tui's modules, styles, the first screen) and almost no garbage, so the cycle
    collector waits until the first screen is drawn instead of walking them all, again and
    again, meanwhile (about 15 ms of start-up: bench/bench_app.py). The app then freezes
    what is alive and turns it back on (``PsgApp.on_ready``).
    """
    gc.disable()
    try:
        from psg_tui.tui.app import make_app

        app = make_app(group_dir=group_dir)
        app.run()
    finally:
        gc.enable()
    return app.return_code or 0


def run_default(args: argparse.Namespace) -> int:
    """``psg [--group DIR]``."""
    return open_app(paths.resolve_group_dir(args.group))
