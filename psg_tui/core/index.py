"""The group's index: what the home screen showed last time, so it can show it again at once.

Opening a group validates ``group.toml`` and every meeting file with pydantic, and
importing pydantic and the models alone takes longer than the rest of start-up (issue 14).
So after each full read the home screen keeps, in ``<group>/.psg-index.json``, each file's
stamp (modification and change times in nanoseconds, size, inode) with the
:mod:`~psg_tui.core.facts` the tables are drawn from, or, for a file that did not load, its
problems. The next time the group opens, :func:`quick_look` compares the stamps with the
files on disk, without reading them: if every file is exactly as indexed and no file came
or went, home draws its first frame with the tables filled from the index. The full read
follows at once, as before, and what it finds is what stays on screen (and is indexed).

Trust: the index is only ever a faster first look. It is never read for anything that is
written, exported or counted; every action waits for the validated files. Reading it is
strict (:meth:`~psg_tui.core.facts.MeetingFacts.from_json`): a wrong type, an unknown
format or version, a missing or extra file, a stamp that differs, or any error at all, and
it is not used. Its text gets the models' rule for control characters, so an edited index
cannot reach the terminal raw. It holds what the meeting files hold (names, registration
numbers, topics), so it is written as they are, 0600 in the group's own folder (through the
store), never to a cache folder elsewhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psg_tui import __version__
from psg_tui.core.facts import GroupFacts, MeetingFacts
from psg_tui.core.files import (
    GROUP_FILE,
    MAX_FILE_BYTES,
    Problem,
    StoreError,
    meeting_paths,
    read_bytes,
)
from psg_tui.core.vocab import MAX_ITEMS, neutralise_controls

INDEX_FILE = ".psg-index.json"
"""The index's name in the group folder (hidden: never a group or meeting file)."""

INDEX_FORMAT = 1
"""The layout of the index; an index of another layout (or written by another version of
psg-tui, whose facts may be worked out differently) is not used."""

MAX_INDEX_BYTES = 4 * MAX_FILE_BYTES
"""The largest index read or written (1 MB: about 1,200 meetings at 0.8 KB each); a
group with more opens without the first look, as when the index is missing."""

Stamp = tuple[int, int, int, int]
"""A file's modification time and change time (ns), size and inode: any write, a rename
over it or a restored modification time changes one of them."""


def stamp(path: Path) -> Stamp | None:
    """The file's :data:`Stamp`, or None when it cannot be looked at."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino)


@dataclass(frozen=True)
class Indexed:
    """One meeting file as indexed: its facts, or why it did not load."""

    stamp: Stamp
    facts: MeetingFacts | None
    problems: tuple[tuple[int | None, str], ...] = ()
    """(line, message) of each problem of a file that did not load."""

    def error(self, path: Path) -> StoreError:
        """The problems as the store's error for ``path``."""
        return StoreError([Problem(path, message, line) for line, message in self.problems])


@dataclass(frozen=True)
class QuickLook:
    """The group as the index has it, every file's stamp checked against the disk."""

    group: GroupFacts
    meetings: list[tuple[Path, MeetingFacts]]
    """The meeting files that loaded, oldest first."""
    errors: list[StoreError]
    """The meeting files that did not, with their problems."""


def quick_look(root: Path) -> QuickLook | None:
    """The group as last indexed, if not one file changed, came or went since; else None.

    Reads the index and looks at each file's stamp; reads no group or meeting file. Never
    raises: an index that is missing, unreadable, too large, of another version or not
    exactly as written is simply not used.
    """
    root = Path(root)
    try:
        data = json.loads(read_bytes(root / INDEX_FILE, MAX_INDEX_BYTES))
        return _check(root, data)
    except (StoreError, ValueError, TypeError, KeyError, RecursionError):
        return None


def _check(root: Path, data: Any) -> QuickLook | None:
    if not isinstance(data, dict) or set(data) != {"format", "version", "group", "meetings"}:
        return None
    if data["format"] != INDEX_FORMAT or data["version"] != __version__:
        return None
    group = data["group"]
    if not isinstance(group, dict) or _stamp_from(group.get("stamp")) != stamp(root / GROUP_FILE):
        return None
    facts = GroupFacts.from_json(group.get("facts"))
    indexed = data["meetings"]
    paths = meeting_paths(root)
    if not isinstance(indexed, dict) or sorted(indexed) != sorted(p.name for p in paths):
        return None
    meetings: list[tuple[Path, MeetingFacts]] = []
    errors: list[StoreError] = []
    for path in paths:
        entry = _indexed_from(indexed[path.name])
        if entry.stamp != stamp(path):
            return None
        if entry.facts is not None:
            meetings.append((path, entry.facts))
        else:
            errors.append(entry.error(path))
    return QuickLook(group=facts, meetings=meetings, errors=errors)


def index_bytes(group_stamp: Stamp, group: GroupFacts, meetings: dict[str, Indexed]) -> bytes:
    """The index of a group just read in full: ``meetings`` by file name."""
    return json.dumps(
        {
            "format": INDEX_FORMAT,
            "version": __version__,
            "group": {"stamp": list(group_stamp), "facts": group.to_json()},
            "meetings": {name: _indexed_json(entry) for name, entry in sorted(meetings.items())},
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def _indexed_json(entry: Indexed) -> dict[str, Any]:
    if entry.facts is not None:
        return {"stamp": list(entry.stamp), "facts": entry.facts.to_json()}
    return {"stamp": list(entry.stamp), "problems": [list(p) for p in entry.problems]}


def _indexed_from(data: object) -> Indexed:
    if not isinstance(data, dict) or not (
        {"stamp", "facts"} == set(data)
        or {
            "stamp",
            "problems",
        }
        == set(data)
    ):
        raise ValueError("not an index entry")
    found = _stamp_from(data["stamp"])
    if found is None:
        raise ValueError("not a stamp")
    if "facts" in data:
        return Indexed(found, MeetingFacts.from_json(data["facts"]))
    problems = data["problems"]
    if not isinstance(problems, list) or not 0 < len(problems) <= MAX_ITEMS:
        raise ValueError("not a list of problems")
    return Indexed(found, None, tuple(_problem_from(p) for p in problems))


def _problem_from(data: object) -> tuple[int | None, str]:
    if not isinstance(data, list) or len(data) != 2:
        raise ValueError("not a problem")
    line, message = data
    if not (line is None or (type(line) is int and line > 0)) or not isinstance(message, str):
        raise ValueError("not a problem")
    return line, neutralise_controls(message[:2000])


def _stamp_from(data: object) -> Stamp | None:
    if (
        not isinstance(data, list)
        or len(data) != 4
        or not all(type(n) is int and n >= 0 for n in data)
    ):
        return None
    return (data[0], data[1], data[2], data[3])
