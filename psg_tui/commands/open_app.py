"""Open the Textual app (the default when ``psg`` is run without a command)."""

from __future__ import annotations

import argparse
from pathlib import Path

from psg_tui import paths


def open_app(group_dir: Path | None) -> int:
    """Run the app on ``group_dir`` (None: pick or create a group in the data folder)."""
    from psg_tui.tui.app import make_app

    app = make_app(group_dir=group_dir)
    app.run()
    return app.return_code or 0


def run_default(args: argparse.Namespace) -> int:
    """``psg [--group DIR]``."""
    return open_app(paths.resolve_group_dir(args.group))
