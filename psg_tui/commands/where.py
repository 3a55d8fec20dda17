"""``psg where``: the folders psg-tui reads and writes."""

from __future__ import annotations

import argparse

from psg_tui import paths
from psg_tui.resources import sample_data_dir, styles_dir

HELP = "Print the data folder, the group folder in use, and where the shipped files are."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments of its own (``--group`` is global)."""


def run(args: argparse.Namespace) -> int:
    """Print one ``label: path`` line per folder."""
    group = paths.resolve_group_dir(args.group)
    print(f"data folder:   {paths.data_dir()}")
    print(f"groups folder: {paths.groups_dir()}")
    if group is not None:
        print(f"group folder:  {group}")
    for found in paths.list_group_dirs():
        print(f"group:         {found}")
    print(f"styles:        {styles_dir()}")
    print(f"sample data:   {sample_data_dir()}")
    return 0
