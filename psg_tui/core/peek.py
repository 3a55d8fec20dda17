"""A first look at a group folder, before anything is validated: the group's name and
purpose, and how many meeting files there are.

The home screen paints these at once, then the store (:mod:`psg_tui.core.store`) reads and
validates every file in a worker thread. This module imports no pydantic (which, with the
models, costs more than the rest of start-up), writes nothing and decides nothing: a group
file that does not parse here is still reported by the store, and never overwritten.

Why not a function in ``store.py``: importing the store imports pydantic and the models,
which is exactly what the first paint must not wait for. The folder's layout is
:mod:`psg_tui.core.files`' (the store's too).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from psg_tui.core.files import GROUP_FILE, MEETINGS_DIR


@dataclass(frozen=True)
class Glance:
    """What the first paint shows of a group: unvalidated, so only ever words on screen."""

    name: str
    """The group's name, or the folder's name when group.toml has none that reads."""
    purpose: str = ""
    """The group's purpose as written (may be empty)."""
    meeting_files: int = 0
    """How many meeting files there are (read later, in a worker)."""


def has_group(root: Path) -> bool:
    """Is there a group file in ``root``? (``GroupStore.exists``, without the store.)"""
    return (Path(root) / GROUP_FILE).is_file()


def glance(root: Path) -> Glance:
    """The group's name and purpose from ``group.toml`` and the number of meeting files;
    never raises (anything unreadable falls back to the folder's name: the store says
    what is wrong once it has read the files)."""
    import tomllib  # here: the first look from the index needs none of this (about 1 ms)

    root = Path(root)
    name, purpose = root.name, ""
    try:
        with (root / GROUP_FILE).open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        data = {}
    if isinstance(data.get("name"), str) and data["name"].strip():
        name = data["name"]
    if isinstance(data.get("purpose"), str):
        purpose = data["purpose"]
    meetings = root / MEETINGS_DIR
    try:
        count = sum(
            1
            for entry in meetings.iterdir()
            if entry.suffix == ".toml" and not entry.name.startswith(".")
        )
    except OSError:
        count = 0
    return Glance(name=name, purpose=purpose, meeting_files=count)
