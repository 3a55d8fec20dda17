"""Reading a group folder's files, before and without the models: the folder's layout, the
one safe way to read a file's bytes, the errors that name a file and line, and which files
are meetings.

Pure and light (no pydantic): the home screen's first look at a group
(:mod:`psg_tui.core.peek`, :mod:`psg_tui.core.index`) and attendance
(:mod:`psg_tui.core.attendance`) use these before the models are imported. Every write, and
every read that validates, is the store's (:mod:`psg_tui.core.store`), which re-exports
these names.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from psg_tui.core.vocab import neutralise_controls

GROUP_FILE = "group.toml"
MEETINGS_DIR = "meetings"


def neutralise_output(text: str) -> str:
    """Text bound for a terminal or a plain-text output with every control character shown
    as a visible picture (newline and tab kept): an ESC or OSC sequence in a file name or a
    field cannot move the cursor, retitle the window or leave the screen."""
    return neutralise_controls(text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return neutralise_output(f"{where}: {self.message}")


class StoreError(Exception):
    """A file could not be read or written. ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def one(cls, path: Path, message: str, line: int | None = None) -> StoreError:
        """An error with a single problem."""
        return cls([Problem(path, message, line)])


MAX_FILE_BYTES = 256 * 1024
"""The largest group or meeting file read or written (256 KB). A meeting's notes are brief
by the guidance: a full 2-hour meeting is about 30 KB, so this is eight times that. It keeps
every command (the PDF above all: about 13 ms a KB) within a few seconds on the largest
file (bench/bench_reliability.py). The app never writes a file it would refuse to read: a
save over the cap is refused with a message, and the notes stay in the app."""


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; a :class:`StoreError` naming
    the file otherwise. Never blocks on a FIFO, never reads a device (a symlink to
    ``/dev/zero``), never reads more than ``limit`` + 1 bytes."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise StoreError.one(path, "file not found") from None
    except IsADirectoryError:
        raise StoreError.one(path, "is a folder, not a file") from None
    except OSError as exc:
        raise StoreError.one(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise StoreError.one(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            kind = "a FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
            raise StoreError.one(path, f"is {kind}, not a regular file: not read")
        if info.st_size > limit:
            raise StoreError.one(path, _too_big(info.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise StoreError.one(path, _too_big(size, limit))
        return b"".join(chunks)
    except OSError as exc:
        raise StoreError.one(path, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _too_big(size: int, limit: int) -> str:
    return (
        f"is {size / 1024:,.0f} KB: a group or meeting file is at most "
        f"{limit // 1024:,} KB (notes are brief), so this is not read"
    )


_MEETING_NAME_RE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:-(\d+))?")


def meeting_name_date(name: str | Path) -> str | None:
    """The date a meeting file's name gives (``2026-03-12-2.toml`` -> ``"2026-03-12"``), as
    ISO text; None for a name that is not ``<date>[-n].toml`` (the date is not checked)."""
    found = _MEETING_NAME_RE.fullmatch(Path(name).stem)
    return found.group(1) if found else None


def meeting_sort_key(name: str | Path) -> tuple[str, int]:
    """``2026-03-12.toml`` before ``2026-03-12-2.toml`` before ``2026-03-12-10.toml``."""
    stem = Path(name).stem
    if len(stem) > 10 and stem[10] == "-" and stem[11:].isdigit():
        return (stem[:10], int(stem[11:]))
    return (stem, 1)


_CONFLICT_MARK = ".conflict-"


def meeting_paths(root: Path) -> list[Path]:
    """The meeting files of the group folder ``root``, oldest first (by file name:
    ``<date>[-n].toml``). Hidden files (temp, lock and index files) and conflict copies
    are not meetings."""
    meetings = Path(root) / MEETINGS_DIR
    if not meetings.is_dir():
        return []
    return sorted(
        (
            p
            for p in meetings.glob("*.toml")
            if not p.name.startswith(".") and _CONFLICT_MARK not in p.name
        ),
        key=meeting_sort_key,
    )
