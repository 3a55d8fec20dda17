"""``psg demo``: the app on a fresh copy of the fictional sample group."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from psg_tui.core.store import DIR_MODE, FILE_MODE
from psg_tui.resources import sample_data_dir

HELP = (
    "Copy the fictional sample group into a new temporary folder and open the app there. "
    "The shipped files are never touched; the copy is left behind so you can look at it."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--copy-only``: make the copy and print its folder, without opening the app."""
    parser.add_argument(
        "--copy-only",
        action="store_true",
        help="make the copy and print its folder, without opening the app",
    )


def copy_sample_group(target_parent: Path | None = None) -> Path:
    """Copy sample_data into a fresh private folder; returns the group folder."""
    parent = Path(tempfile.mkdtemp(prefix="psg-demo-", dir=target_parent))
    target = parent / "group"
    shutil.copytree(sample_data_dir(), target, ignore=shutil.ignore_patterns(".*", "__pycache__"))
    for path in [target, *target.rglob("*")]:
        path.chmod(DIR_MODE if path.is_dir() else FILE_MODE)
    parent.chmod(DIR_MODE)
    return target


def run(args: argparse.Namespace) -> int:
    """Copy, then open the app on the copy."""
    folder = copy_sample_group()
    if args.copy_only:
        print(folder)
        return 0
    from psg_tui.commands.open_app import open_app

    code = open_app(folder)
    print(f"demo group folder: {folder}")
    return code
