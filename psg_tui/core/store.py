"""The group folder on disk: ``group.toml`` and ``meetings/<date>.toml``.

Safety rules, all enforced here:
- every write is atomic (temp file in the same folder, fsync, ``os.replace``, fsync the folder);
- files are created 0600 and folders 0700: these are confidential notes;
- a file that fails to parse or validate, or that has a newer ``schema_version`` than this
  app knows, is reported with its name (and line, where known) and is never overwritten;
- every file name is made here (:func:`meeting_file_name`, :func:`output_path`,
  :func:`summary_output_path`), and every output is written through :func:`write_output`,
  which never writes over a group or meeting file;
- every save first compares the file on disk with what this store last read or wrote: a
  file changed since (another psg window, a hand edit, ``psg render``) is never overwritten
  (:class:`ConflictError`; :meth:`GroupStore.keep_mine` keeps both versions);
- a running meeting is held by a lock file (:func:`acquire_lock`): a second psg opens it
  read-only and names the holder; a lock whose process died is taken over;
- only regular files of at most :data:`MAX_FILE_BYTES` are read (a FIFO or ``/dev/zero``
  is refused at once), and nothing larger, or over a field cap, is written;
- stale temp files of killed saves are removed when a group folder is opened.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import hashlib
import os
import re
import socket
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import tomli_w
from pydantic import BaseModel, ValidationError

from psg_tui.core.files import (  # the folder's reading primitives, re-exported here
    _CONFLICT_MARK,
    GROUP_FILE,
    MAX_FILE_BYTES,
    MEETINGS_DIR,
    Problem,
    StoreError,
    meeting_name_date,
    meeting_paths,
    neutralise_output,
    read_bytes,
)
from psg_tui.core.files import meeting_sort_key as meeting_sort_key
from psg_tui.core.index import INDEX_FILE, MAX_INDEX_BYTES
from psg_tui.core.models import (
    CHECK_CAPS,
    MAX_ITEMS,
    MAX_TEXT_CHARS,
    SCHEMA_VERSION,
    Group,
    Meeting,
)

FILE_MODE = 0o600
DIR_MODE = 0o700

M = TypeVar("M", bound=BaseModel)

OutputKind = Literal["pdf", "md", "ics"]
"""An output written beside a meeting file: its PDF, its Markdown, or the next meeting's
invitation."""


def safe_print(*values: object, sep: str = " ", end: str = "\n", file: Any = None) -> None:
    """``print``, neutralised (:func:`neutralise_output`): what every CLI command prints."""
    text = sep.join(str(value) for value in values)
    print(neutralise_output(text), end=end, file=file if file is not None else sys.stdout)


class SafeWriter:
    """A text stream that neutralises what is written to it (the CSV and table outputs)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(neutralise_output(text))

    def flush(self) -> None:
        self.stream.flush()


class SchemaTooNewError(StoreError):
    """The file was written by a newer psg-tui; it is refused and left untouched."""


# -- migrations ------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _migrate_0_to_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 0 is a hand-written file without ``schema_version`` (or with
    ``schema_version = 0``): same keys as version 1. The new version comes last, so the
    file's own 0 cannot override it."""
    return {**raw, "schema_version": 1}


MIGRATIONS: dict[int, Migration] = {0: _migrate_0_to_1}
"""``MIGRATIONS[n]`` turns a raw version-n dict into version n+1. Add one per format change."""


def migrate(raw: dict[str, Any], path: Path, text: str = "") -> dict[str, Any]:
    """Step a raw file dict up to ``SCHEMA_VERSION``; refuse a newer or malformed version.

    ``text`` is the file's text, used only to name the line of a bad ``schema_version``.
    """
    version = raw.get("schema_version", 0)

    def line() -> int | None:  # only on the error paths: it scans the whole text
        return locate_line(text, ("schema_version",)) if text else None

    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise StoreError.one(
            path, f"schema_version must be a whole number, not {version!r}", line()
        )
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError.one(
            path,
            f"schema_version {version} is newer than this psg-tui understands ({SCHEMA_VERSION}); "
            "upgrade psg-tui. The file was not changed.",
            line(),
        )
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        if raw.get("schema_version") != version + 1:  # a migration must step exactly one
            raise RuntimeError(f"migration from schema_version {version} did not step up")
        version = raw["schema_version"]
    return raw


# -- reading ----------------------------------------------------------------------------

_TOML_LINE_RE = re.compile(r"\(at line (\d+), column (\d+)\)")


MAX_NESTING = 32
"""Deepest nesting of arrays and tables read: a meeting needs 4; 500 deep would exhaust the
recursion of the TOML parser."""


def _nesting_depth(data: Any, depth: int = 0) -> int:
    """How deep ``data`` nests (stops counting past :data:`MAX_NESTING`)."""
    if depth > MAX_NESTING:
        return depth
    if isinstance(data, dict):
        return max((_nesting_depth(v, depth + 1) for v in data.values()), default=depth + 1)
    if isinstance(data, list):
        return max((_nesting_depth(v, depth + 1) for v in data), default=depth + 1)
    return depth


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; a :class:`StoreError` names the file and line on failure."""
    return toml_from_bytes(path, read_bytes(path))


def toml_from_bytes(path: Path, data: bytes) -> tuple[dict[str, Any], str]:
    """Parse the bytes of ``path`` (already read) as TOML; errors as :func:`read_toml`."""
    try:
        # utf-8-sig: a byte-order mark (Windows Notepad adds one) is not part of the TOML.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise StoreError.one(path, "not UTF-8 text", line) from None
    try:
        raw = tomllib.loads(text)
    except RecursionError:
        raise StoreError.one(
            path, f"nested too deeply (a meeting file nests at most {MAX_NESTING} levels)"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_LINE_RE.search(message)
        line = int(found.group(1)) if found else None
        message = _TOML_LINE_RE.sub("", message).strip().rstrip(".")
        raise StoreError.one(path, f"not valid TOML: {message}", line) from None
    if _nesting_depth(raw) > MAX_NESTING:
        raise StoreError.one(
            path, f"nested too deeply (a meeting file nests at most {MAX_NESTING} levels)"
        )
    return raw, text


def parse_model(model: type[M], path: Path) -> M:
    """Read, migrate and validate one file into ``model``."""
    return _parse_text(model, path, *read_toml(path))


def _parse_text(model: type[M], path: Path, raw: dict[str, Any], text: str) -> M:
    raw = migrate(raw, path, text)
    try:
        return model.model_validate(raw, context=CHECK_CAPS)
    except ValidationError as exc:
        raise StoreError(validation_problems(exc, path, text)) from None
    except (RecursionError, OverflowError, ValueError) as exc:  # never a traceback
        raise StoreError.one(path, f"cannot be read as a {model.__name__.lower()}: {exc}") from None


def load_meeting_file(path: Path) -> Meeting:
    """Read any meeting file, in a group folder or not (the CLI's ``MEETING.toml``)."""
    return parse_model(Meeting, path)


def load_group_file(path: Path) -> Group:
    """Read any ``group.toml``."""
    return parse_model(Group, path)


def tidy_message(message: str, *, alone: bool = False) -> str:
    """A pydantic validation message as words a person reads (the one copy of this rule).

    pydantic's "Value error, " prefix goes. After a place ("slot 2: duration: ..."),
    ``alone=False``, the message goes on in lower case: "input should be a valid integer".
    Shown on its own beside a form field, ``alone=True``, it is a sentence: "Must be a valid
    integer", "Registration number is empty".
    """
    message = message.removeprefix("Value error, ")
    if alone:
        message = message.replace("Input should be", "must be").replace(
            "input should be", "must be"
        )
        return message[:1].upper() + message[1:]
    if message.startswith(("Input should", "List should", "String should")):
        message = message[:1].lower() + message[1:]
    return message


def validation_problems(exc: ValidationError, path: Path, text: str = "") -> list[Problem]:
    """Turn pydantic errors into sentences a person understands, with a line where known."""
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        message = tidy_message(error["msg"])
        parts = _location_parts(loc)
        if error["type"] == "extra_forbidden":
            message = "unknown field (a typo?)"
        elif error["type"] == "missing" and parts:
            # "attendee 3: name is required" reads better than "...: name: is required".
            parts[-1] += " is required"
            message = ""
        elif error["type"] == "missing":
            message = "is required"
        found = _MESSAGE_PLACE_RE.match(message)
        if found:
            # A model-level check (duplicates, presenter not an attendee) already says where
            # in its own words; find that place in the file too.
            sentence = message
            loc = loc + _place_of(found.group("what"), found.group("n"), message)
        elif parts and message.startswith(parts[-1]):
            # "phase shares: phase shares add up to..." -> "phase shares add up to...".
            sentence = ": ".join([*parts[:-1], message])
        else:
            sentence = ": ".join([*parts, message] if message else parts)
        problems.append(Problem(path, sentence, locate_line(text, loc) if text else None))
    # pydantic reports in field order (unknown keys last); a person reads a file top down.
    problems.sort(key=lambda p: (p.line is None, p.line or 0))
    return problems


_MESSAGE_PLACE_RE = re.compile(
    r"^(?P<what>attendee|member|slot|reflection|apology) (?P<n>\d+)\b|^roles\.(?P<role>\w+):"
)
"""The start of a model-level message that names its own place: ``slot 2: ...``."""

_PLURAL = {
    "attendee": "attendees",
    "member": "members",
    "slot": "slots",
    "reflection": "reflections",
    "apology": "apologies",
}


def _place_of(what: str | None, number: str | None, message: str) -> tuple[Any, ...]:
    """The location a model-level message is about, for :func:`locate_line`."""
    if what is None:  # roles.<role>: ...
        role = message.split(":", 1)[0].removeprefix("roles.")
        return ("roles", role)
    place: tuple[Any, ...] = (_PLURAL[what], int(number or 1) - 1)
    if "presenter" in message:
        return (*place, "presenter")
    if "registration number" in message:
        return (*place, "registration_number")
    return place


_SINGULAR = {
    "attendees": "attendee",
    "members": "member",
    "slots": "slot",
    "apologies": "apology",
    "check_in": "check-in entry",
    "check_out": "check-out entry",
    "reflections": "reflection",
    "ground_rules": "ground rule",
    "references": "reference",
}


def _location_parts(loc: tuple[Any, ...]) -> list[str]:
    """``('attendees', 2, 'registration_number')`` -> ``['attendee 3', 'registration number']``."""
    parts: list[str] = []
    index = 0
    while index < len(loc):
        key = loc[index]
        nxt = loc[index + 1] if index + 1 < len(loc) else None
        if isinstance(key, str) and isinstance(nxt, int):
            parts.append(f"{_SINGULAR.get(key, key.replace('_', ' '))} {nxt + 1}")
            index += 2
            continue
        if isinstance(key, str):
            parts.append(key.replace("_", " "))
        index += 1
    return parts


def describe_location(loc: tuple[Any, ...]) -> str:
    """``('attendees', 2, 'registration_number')`` -> ``attendee 3: registration number``;
    ``('defaults', 'phase_shares')`` -> ``defaults: phase shares``."""
    return ": ".join(_location_parts(loc))


# -- finding the line of a key -------------------------------------------------------------
#
# pydantic says where an error is as a path of keys and list positions; tomllib keeps no
# positions. So, after tomllib has accepted the text, a small scanner walks the TOML
# structure (tables, arrays of tables, dotted keys, inline tables and arrays, skipping
# strings and comments) and records the line where each path starts.

_Token = tuple[int, str, str]
"""(line index, kind, value); kind is "punct", "word", "str" or "nl"."""

_BARE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+.:")


def _tokens(text: str) -> list[_Token]:
    """TOML's structure as tokens: brackets, braces, ``=``, ``,``, newlines, bare words and
    whole strings (multi-line ones too); white space and comments dropped."""
    tokens: list[_Token] = []
    i, line, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            tokens.append((line, "nl", ch))
            line += 1
            i += 1
        elif ch in " \t\r":
            i += 1
        elif ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            end = _string_end(text, i)
            tokens.append((line, "str", text[i:end]))
            line += text.count("\n", i, end)
            i = end
        elif ch in _BARE_CHARS:
            start = i
            while i < n and text[i] in _BARE_CHARS:
                i += 1
            tokens.append((line, "word", text[start:i]))
        else:
            tokens.append((line, "punct", ch))
            i += 1
    return tokens


def _string_end(text: str, start: int) -> int:
    """Index just past the TOML string that starts at ``start``."""
    quote = text[start]
    basic = quote == '"'
    if text.startswith(quote * 3, start):
        i = start + 3
        while i < len(text):
            if basic and text[i] == "\\":
                i += 2
            elif text.startswith(quote * 3, i):
                i += 3
                # A closing run may be up to five quotes: the first two belong to the text.
                for _ in range(2):
                    if i < len(text) and text[i] == quote:
                        i += 1
                return i
            else:
                i += 1
        return len(text)
    i = start + 1
    while i < len(text) and text[i] not in (quote, "\n"):
        i += 2 if basic and text[i] == "\\" else 1
    return min(i + 1, len(text))


def _key_part(token: _Token) -> list[str]:
    """The key names in one key token: ``a.b`` is two, ``"a.b"`` is one."""
    _, kind, value = token
    if kind == "str":
        return [value[1:-1]]
    return [part for part in value.split(".") if part]


@functools.lru_cache(maxsize=8)
def _line_map(text: str) -> dict[tuple[Any, ...], int]:
    """Every key path in ``text`` (``('slots', 1, 'presenter')``) -> its 1-based line."""
    tokens = _tokens(text)
    lines: dict[tuple[Any, ...], int] = {}
    arrays: dict[tuple[Any, ...], int] = {}  # array-of-tables path -> elements so far
    table: tuple[Any, ...] = ()
    pos = 0

    def record(path: tuple[Any, ...], line: int) -> None:
        for end in range(1, len(path) + 1):
            lines.setdefault(path[:end], line + 1)

    def read_key(stop: str) -> list[str]:
        nonlocal pos
        keys: list[str] = []
        while pos < len(tokens) and tokens[pos][2] != stop and tokens[pos][1] != "nl":
            if tokens[pos][1] != "punct":
                keys.extend(_key_part(tokens[pos]))
            pos += 1
        return keys

    def value(path: tuple[Any, ...]) -> None:
        nonlocal pos
        if pos >= len(tokens):
            return
        line, kind, text_ = tokens[pos]
        pos += 1
        if text_ == "[" and kind == "punct":
            index = 0
            while pos < len(tokens):
                if tokens[pos][2] in ("\n", ","):
                    pos += 1
                elif tokens[pos][2] == "]":
                    pos += 1
                    return
                else:
                    record((*path, index), tokens[pos][0])
                    value((*path, index))
                    index += 1
        elif text_ == "{" and kind == "punct":
            while pos < len(tokens):
                if tokens[pos][2] in ("\n", ","):
                    pos += 1
                elif tokens[pos][2] == "}":
                    pos += 1
                    return
                else:
                    key_line = tokens[pos][0]
                    keys = read_key("=")
                    pos += 1  # the "="
                    record((*path, *keys), key_line)
                    value((*path, *keys))
        elif (
            kind == "word"
            and pos < len(tokens)
            and tokens[pos][1] == "word"
            and tokens[pos][0] == line
            and ":" in tokens[pos][2]
        ):
            # A date-time written with a space: "1979-05-27 07:32:00" is one value.
            pos += 1

    while pos < len(tokens):
        line, kind, text_ = tokens[pos]
        if kind == "nl":
            pos += 1
        elif kind == "punct" and text_ == "[":
            is_array = pos + 1 < len(tokens) and tokens[pos + 1][2] == "["
            pos += 2 if is_array else 1
            keys = read_key("]")
            resolved: tuple[Any, ...] = ()
            for key in keys[:-1]:
                resolved = (*resolved, key)
                if resolved in arrays:  # [slots.phase_seconds] belongs to the last [[slots]]
                    resolved = (*resolved, arrays[resolved] - 1)
            resolved = (*resolved, *keys[-1:])
            if is_array:
                index = arrays.get(resolved, 0)
                arrays[resolved] = index + 1
                resolved = (*resolved, index)
            table = resolved
            record(table, line)
            while pos < len(tokens) and tokens[pos][1] != "nl":
                pos += 1
        else:
            keys = read_key("=")
            pos += 1  # the "="
            record((*table, *keys), line)
            value((*table, *keys))
    return lines


def locate_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best-effort 1-based line of the TOML key at ``loc`` (a pydantic error location).

    Works through tables, arrays of tables (``[[slots]]``, and their sub-tables such as
    ``[slots.phase_seconds]``), dotted keys, and inline tables and arrays (an element of
    ``attendees = [...]`` gets its own line). Where the exact key is not in the file (a
    missing field), the line of the nearest enclosing table or element is given instead.
    """
    if not text:
        return None
    try:
        lines = _line_map(text)
    except Exception:  # best effort: a slip here must never hide the problem being reported
        return None
    path = tuple(loc)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None


def field_file_lines(path: Path, places: Sequence[tuple[str, int]]) -> list[int | None]:
    """The line of ``path`` for each (field, line within the field's text) in ``places``.

    ``field`` is a dotted path into the model ("slots.1.summary", as a privacy finding
    names it). Best effort: None where the line cannot be told (or the file cannot be read).
    """
    try:
        text = read_bytes(Path(path)).decode("utf-8")
    except (StoreError, UnicodeDecodeError):
        return [None for _ in places]
    lines = text.splitlines()
    found: list[int | None] = []
    for field, line in places:
        loc = tuple(int(part) if part.isdigit() else part for part in field.split("."))
        key_line = locate_line(text, loc)
        if key_line is None or key_line > len(lines):
            found.append(None)
            continue
        opens_block = lines[key_line - 1].rstrip().endswith(('"""', "'''"))
        # A multi-line string starts on the line after its key; a one-line string is on it.
        found.append(key_line + line if opens_block else key_line + line - 1)
    return found


# -- file names -------------------------------------------------------------------------
#
# Every name this app gives a file is made here: meeting files, and the outputs written
# beside them (PDF, Markdown, invitation) or in the group folder (the annual summary).


def meeting_file_name(date: dt.date, n: int = 1) -> str:
    """``2026-03-12.toml``; the n-th meeting on one day ``2026-03-12-<n>.toml`` (n >= 2)."""
    return f"{date.isoformat()}.toml" if n <= 1 else f"{date.isoformat()}-{n}.toml"


def output_path(meeting_path: Path, kind: OutputKind, member: str | None = None) -> Path:
    """Where an output of a meeting goes by default: beside the meeting file.

    ``pdf``/``md``: ``2026-02-18.pdf``, a member's copy ``2026-02-18-70231.pdf``;
    ``ics``: ``2026-02-18-next-meeting.ics`` (the invitation to the meeting it set).
    """
    meeting_path = Path(meeting_path)
    if kind == "ics":
        return meeting_path.with_name(f"{meeting_path.stem}-next-meeting.ics")
    stem = meeting_path.stem + (f"-{member}" if member else "")
    return meeting_path.with_name(f"{stem}.{kind}")


def summary_output_path(group_dir: Path, year: int, registration_number: str) -> Path:
    """A member's annual attendance summary, in the group folder:
    ``<group>/attendance-2026-70231.pdf``."""
    return Path(group_dir) / f"attendance-{year}-{registration_number}.pdf"


def year_output_path(
    group_dir: Path, year: int, registration_number: str, kind: Literal["pdf", "md"] = "pdf"
) -> Path:
    """A member's year (``psg year``), in the group folder: ``<group>/year-2026-70231.pdf``
    (or ``.md``)."""
    return Path(group_dir) / f"year-{year}-{registration_number}.{kind}"


def sheet_output_path(meeting_path: Path) -> Path:
    """A meeting's printable attendance sheet, beside the meeting file:
    ``2026-12-09-sheet.pdf``."""
    meeting_path = Path(meeting_path)
    return meeting_path.with_name(f"{meeting_path.stem}-sheet.pdf")


# -- writing ----------------------------------------------------------------------------


class OutputRefusedError(StoreError):
    """An output would have replaced a group or meeting file; nothing was written."""


_RECORD_PROBE_LIMIT = 32 * 1024 * 1024
"""Existing files larger than this are not read to tell whether they are a meeting."""


def _record_kind(path: Path) -> str | None:
    """ "a group file" / "a meeting file" when ``path`` is (or would pose as) one; else None.

    By name: any ``group.toml``, any ``.toml`` in a ``meetings`` folder. By content: an
    existing regular file that reads as a group or a meeting, or carries a
    ``schema_version`` (one from a newer psg-tui, or one being fixed by hand).
    """
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: judge by the name given
        resolved = path
    for candidate in dict.fromkeys((path, resolved)):
        if candidate.name == GROUP_FILE:
            return "a group file"
        if candidate.suffix == ".toml" and candidate.parent.name == MEETINGS_DIR:
            return "a meeting file"
    try:
        # Only a regular file is read: never a FIFO or a device such as /dev/stdout.
        if not path.is_file() or path.stat().st_size > _RECORD_PROBE_LIMIT:
            return None
        raw, _text = read_toml(path)
    except (OSError, StoreError):
        return None
    if "schema_version" in raw:
        return "a group file" if "members" in raw else "a meeting file"
    for model, kind in ((Meeting, "a meeting file"), (Group, "a group file")):
        try:
            model.model_validate(migrate(raw, path))
        except (ValidationError, StoreError):
            continue
        return kind
    return None


def check_output_path(path: Path) -> None:
    """Refuse (:class:`OutputRefusedError`, naming the file) an output path that is a group
    or meeting file: ``psg ics M -o M`` must never replace the meeting with a calendar."""
    path = Path(path)
    kind = _record_kind(path)
    if kind is not None:
        raise OutputRefusedError.one(
            path,
            f"this is {kind}: an output is never written over a group or meeting file; "
            "nothing was written (choose another output)",
        )


def write_output(path: Path, data: bytes) -> Path:
    """Write an output (PDF, Markdown, invitation, summary) atomically, mode 0600, to any
    path a person chose, after :func:`check_output_path`. The one write of every export."""
    path = Path(path)
    check_output_path(path)
    atomic_write(path, data)
    return path


def atomic_write(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new, never half.

    Temp file in the same folder, flush, fsync, ``os.replace``, then fsync the folder so the
    rename itself survives a power cut.
    """
    path = Path(path)
    # The pid in the name tells a killed save's leftover (clean_temp_files) from a live one.
    fd, tmp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
    )
    tmp = Path(tmp_name)
    try:
        # fdopen first, so the descriptor is closed whatever fails next.
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """fsync a folder so a rename in it is durable (a no-op where the OS cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` and any missing parents with mode 0700, whatever the umask.

    ``Path.mkdir(parents=True)`` gives the parents it creates the default mode (often
    0755), and the umask can narrow the mode of the folder itself, so each folder made here
    is created one at a time and chmod-ed. Folders that already exist are left as they are:
    they may be the person's own (a group kept in a folder they chose).
    """
    folder = Path(folder)
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        try:
            candidate.mkdir(mode=DIR_MODE)
        except FileExistsError:  # made by someone else in the meantime: theirs, leave it
            continue
        candidate.chmod(DIR_MODE)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    return folder


def dump_toml(model: BaseModel) -> bytes:
    """The TOML bytes for a model: ``schema_version`` first, no nulls."""
    return dumps_toml(model.model_dump(mode="json", exclude_none=True)).encode("utf-8")


# tomli-w writes the document, but it escapes strings one character at a time in Python,
# which is most of a 30 KB meeting's save (~5 ms). Long strings are therefore handed to it as
# short placeholders and written by `_toml_string` (one regex pass) afterwards. The
# structure, keys, numbers, dates and short strings stay tomli-w's.
_LONG_STRING = 64
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"  # private-use characters
_PLACEHOLDER_RE = re.compile('"\ue000(\\d+)\ue001"')
_BASIC_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\r": "\\r", "\n": "\\n"}
_SINGLE_LINE_RE = re.compile(r'[\x00-\x08\x0a-\x1f\x7f"\\]')  # tab may stay as it is
_MULTI_LINE_RE = re.compile(r'[\x00-\x08\x0b-\x1f\x7f"\\]')  # so may a newline


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _BASIC_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _toml_string(text: str) -> str:
    """A TOML basic string for ``text``: multi-line (newlines kept, readable in the file)
    when it has a newline, else single-line. Quotes, backslashes and control characters are
    escaped, so no run of quotes can close the string early."""
    if "\n" in text:
        return '"""\n' + _MULTI_LINE_RE.sub(_escape, text) + '"""'
    return '"' + _SINGLE_LINE_RE.sub(_escape, text) + '"'


def dumps_toml(data: dict[str, Any]) -> str:
    """``tomli_w.dumps(data, multiline_strings=True)``, with long strings written in one
    regex pass each (the same TOML values; a test round-trips every kind of text)."""
    long_strings: list[str] = []

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            if len(value) < _LONG_STRING or _MARK_OPEN in value or _MARK_CLOSE in value:
                return value
            long_strings.append(value)
            return f"{_MARK_OPEN}{len(long_strings) - 1}{_MARK_CLOSE}"
        if isinstance(value, dict):
            return {key: swap(item) for key, item in value.items()}
        if isinstance(value, list):
            return [swap(item) for item in value]
        return value

    text = tomli_w.dumps(swap(data), multiline_strings=True)
    if not long_strings:
        return text
    return _PLACEHOLDER_RE.sub(lambda m: _toml_string(long_strings[int(m.group(1))]), text)


# -- the group folder -------------------------------------------------------------------


class ConflictError(StoreError):
    """The file changed on disk since this app read or wrote it (another psg window, a hand
    edit, ``psg render --allow-findings``): it was not overwritten."""

    def __init__(self, problems: list[Problem], path: Path | None = None) -> None:
        super().__init__(problems)
        self.path = path if path is not None else problems[0].path

    @classmethod
    def changed(cls, path: Path) -> ConflictError:
        return cls(
            [
                Problem(
                    path,
                    "changed on disk since this app read it (another psg window, a hand edit "
                    "or psg render): not overwritten",
                )
            ],
            path,
        )


@dataclass(frozen=True)
class LockHolder:
    """Who holds a meeting open (the contents of its lock file)."""

    pid: int
    host: str
    user: str
    since: str
    """ISO date-time the lock was taken (local time, with offset)."""

    def describe(self) -> str:
        """``alice on laptop (process 4242) since 18:31``."""
        since = self.since
        with contextlib.suppress(ValueError):
            since = dt.datetime.fromisoformat(self.since).strftime("%H:%M on %d %b")
        return neutralise_output(f"{self.user} on {self.host} (process {self.pid}) since {since}")


class MeetingLockedError(StoreError):
    """Another running psg holds this meeting open; it is opened read-only here."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(
            [Problem(path, f"is open in another psg: {holder.describe()}; opened read-only")]
        )
        self.holder = holder


def lock_path(meeting_path: Path) -> Path:
    """The lock file of a meeting: ``meetings/.<date>.toml.lock`` (hidden: never a meeting)."""
    meeting_path = Path(meeting_path)
    return meeting_path.with_name(f".{meeting_path.name}.lock")


def _user() -> str:
    for name in ("USER", "LOGNAME", "USERNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):
        return "someone"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    except OSError:
        return False
    return True


_HELD_LOCKS: dict[Path, MeetingLock] = {}
"""Locks this process holds, by lock file: a second open in the same process shares it."""


@atexit.register
def _release_held_locks() -> None:
    """A normal exit removes its lock files (the kernel drops the locks themselves anyway)."""
    for lock in list(_HELD_LOCKS.values()):
        lock._users = 1
        lock.release()


class MeetingLock:
    """This process holds one meeting open (:meth:`GroupStore.lock_meeting`).

    The lock is a ``flock`` on the hidden lock file, so the kernel drops it when the process
    ends, however it ends: a lock left by a process that was killed is taken over at once.
    The file says who holds it (pid, host, user, since) for the window that cannot open.
    """

    def __init__(self, path: Path, fd: int, holder: LockHolder, took_over: LockHolder | None):
        self.path = path
        self._fd: int | None = fd
        self.holder = holder
        self.took_over = took_over
        """The holder named in a lock file left by a process that no longer runs."""
        self._users = 1

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go (the lock file is removed). Safe to call twice."""
        self._users -= 1
        if self._users > 0 or self._fd is None:
            return
        _HELD_LOCKS.pop(self.path, None)
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None


def _read_holder(path: Path) -> LockHolder | None:
    try:
        raw = tomllib.loads(read_bytes(path, 64 * 1024).decode("utf-8"))
        return LockHolder(int(raw["pid"]), str(raw["host"]), str(raw["user"]), str(raw["since"]))
    except (
        StoreError,
        UnicodeDecodeError,
        tomllib.TOMLDecodeError,
        KeyError,
        TypeError,
        ValueError,
    ):
        return None


def acquire_lock(meeting_path: Path) -> MeetingLock:
    """Hold ``meeting_path`` open for this process, or raise :class:`MeetingLockedError`
    naming who holds it. A lock left by a process that no longer runs is taken over."""
    path = lock_path(meeting_path)
    held = _HELD_LOCKS.get(path)
    if held is not None and held.held:
        held._users += 1
        return held
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no lock, nothing refused
        fcntl = None  # type: ignore[assignment]
    for _attempt in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            holder = _read_holder(path) or LockHolder(0, "?", "another psg", "")
            raise MeetingLockedError(meeting_path, holder) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except OSError:
            same = False
        if not same:  # released and removed while we opened it: try again
            os.close(fd)
            continue
        before = _read_holder(path)
        took_over = None
        if before is not None and (
            before.pid != os.getpid() or before.host != socket.gethostname()
        ):
            took_over = before
        holder = LockHolder(
            os.getpid(),
            socket.gethostname(),
            _user(),
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )
        text = (
            "# psg-tui: this meeting is open in the app named here. Removed when it closes.\n"
            + dumps_toml(
                {"pid": holder.pid, "host": holder.host, "user": holder.user, "since": holder.since}
            )
        )
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8"), 0)
        lock = MeetingLock(path, fd, holder, took_over)
        _HELD_LOCKS[path] = lock
        return lock
    raise StoreError.one(path, "could not take the meeting's lock file (it keeps changing)")


_TEMP_RE = re.compile(
    r"^\.(?P<name>.+\.(?:toml|pdf|md|ics|json))\.(?:(?P<pid>\d+)\.)?[A-Za-z0-9_]{8}\.tmp$"
)
"""A temp file of :func:`atomic_write`: ``.<name>.<pid>.<random>.tmp`` (older versions
wrote no pid)."""

STALE_TEMP_SECONDS = 600
"""A temp file this old is stale whoever wrote it: no save takes ten minutes."""


def clean_temp_files(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove this app's stale temp files in ``folder`` (left by a save that was killed):
    those of a process that no longer runs, and any older than ten minutes. A temp file of
    a save still running in a live process is left. Returns what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = _TEMP_RE.match(entry.name)
        if not found:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = int(found.group("pid")) if found.group("pid") else None
        if pid is None:
            stale = age > 60
        elif pid == os.getpid():
            stale = age > STALE_TEMP_SECONDS
        else:
            stale = not _pid_alive(pid) or age > STALE_TEMP_SECONDS
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _check_caps(path: Path, data: Any, where: tuple[Any, ...] = ()) -> None:
    """Refuse to write a text over :data:`MAX_TEXT_CHARS` or a list over :data:`MAX_ITEMS`
    (typed in the app: the model lets an assignment through so no keystroke is lost), naming
    the field, so the file written always reads back."""
    if isinstance(data, str):
        if len(data) > MAX_TEXT_CHARS:
            raise StoreError.one(
                path,
                f"not saved: {describe_location(where) or 'a field'} is {len(data):,} "
                f"characters long; a field holds at most {MAX_TEXT_CHARS:,} (notes are brief: "
                "shorten it; the notes are still in the app)",
            )
    elif isinstance(data, dict):
        for key, value in data.items():
            _check_caps(path, value, (*where, key))
    elif isinstance(data, list):
        if len(data) > MAX_ITEMS:
            raise StoreError.one(
                path, f"not saved: {describe_location(where)} has more than {MAX_ITEMS} entries"
            )
        for index, value in enumerate(data):
            _check_caps(path, value, (*where, index))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class GroupStore:
    """One group's folder. Remembers the content of each file it read or wrote, and never
    overwrites a file that changed on disk since (:class:`ConflictError`), nor one that it
    never read and that does not read as a group or meeting.

    Opening a store removes the stale temp files of killed saves (:func:`clean_temp_files`).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._known: dict[Path, str] = {}
        self._pinned: set[Path] = set()
        """Meetings a session runs: a later read (the home screen, a search of the past
        meetings) does not move what their next save is checked against."""
        self.cleaned: list[Path] = []
        """Stale temp files removed when the store was opened."""
        if self.root.is_dir():
            self.cleaned = clean_temp_files(self.root)
            if self.meetings_dir.is_dir():
                self.cleaned += clean_temp_files(self.meetings_dir)

    @property
    def group_path(self) -> Path:
        """``<root>/group.toml``."""
        return self.root / GROUP_FILE

    @property
    def meetings_dir(self) -> Path:
        """``<root>/meetings``."""
        return self.root / MEETINGS_DIR

    @classmethod
    def for_meeting_file(cls, meeting_path: Path) -> GroupStore:
        """The group folder a meeting file sits in (``<group>/meetings/<date>.toml``); a
        meeting file anywhere else is its own folder's."""
        parent = Path(meeting_path).parent
        return cls(parent.parent if parent.name == MEETINGS_DIR else parent)

    def exists(self) -> bool:
        """Is there a group file here?"""
        return self.group_path.is_file()

    # reading

    def _load(self, model: type[M], path: Path) -> M:
        data = read_bytes(path)
        result = _parse_text(model, path, *toml_from_bytes(path, data))
        if path not in self._pinned or path not in self._known:
            self._known[path] = _digest(data)
        return result

    def load_group(self) -> Group:
        """Read ``group.toml``."""
        return self._load(Group, self.group_path)

    def load_meeting(self, path: Path) -> Meeting:
        """Read one meeting file."""
        return self._load(Meeting, Path(path))

    def meeting_paths(self) -> list[Path]:
        """Meeting files, oldest first (:func:`~psg_tui.core.files.meeting_paths`)."""
        return meeting_paths(self.root)

    def conflict_paths(self) -> list[Path]:
        """The conflict copies kept beside the meetings (:meth:`save_conflict_copy`)."""
        if not self.meetings_dir.is_dir():
            return []
        return sorted(
            p
            for p in self.meetings_dir.glob(f"*{_CONFLICT_MARK}*.toml")
            if not p.name.startswith(".")
        )

    def load_meetings(self) -> tuple[list[tuple[Path, Meeting]], list[StoreError]]:
        """Every meeting that loads, and an error for every one that does not (never dropped
        silently: the caller shows the errors)."""
        loaded: list[tuple[Path, Meeting]] = []
        errors: list[StoreError] = []
        for path in self.meeting_paths():
            try:
                loaded.append((path, self.load_meeting(path)))
            except StoreError as exc:
                errors.append(exc)
        return loaded, errors

    # locks

    def lock_meeting(self, path: Path) -> MeetingLock:
        """Hold a meeting open in this process (see :func:`acquire_lock`); raises
        :class:`MeetingLockedError` when another running psg holds it."""
        path = Path(path)
        ensure_private_dir(path.parent)
        lock = acquire_lock(path)
        self._pinned.add(path)
        return lock

    def release_meeting(self, path: Path, lock: MeetingLock | None) -> None:
        """The session of ``path`` ended: let go of its lock (if it held one)."""
        self._pinned.discard(Path(path))
        if lock is not None:
            lock.release()

    # writing

    def save_group(self, group: Group) -> Path:
        """Write ``group.toml`` atomically."""
        ensure_private_dir(self.root)
        data = group.model_dump(mode="json", exclude_none=True)
        self._write(self.group_path, dumps_toml(data).encode("utf-8"), data)
        return self.group_path

    def save_index(self, data: bytes) -> bool:
        """Write the group's index (:mod:`psg_tui.core.index`: made by the home screen from
        the files it just read in full), unless it already holds exactly ``data``. The index
        is derived data: a folder that cannot be written has none (False), and nothing else
        is affected. An index larger than the home screen reads is not written (False)."""
        path = self.root / INDEX_FILE
        if len(data) > MAX_INDEX_BYTES:
            return False  # never written when it could not be read back
        try:
            if read_bytes(path, len(data)) == data:
                return True
        except StoreError:
            pass  # none yet, or another: write it
        try:
            atomic_write(path, data)
        except OSError:
            return False
        return True

    def save_meeting(self, meeting: Meeting, path: Path | None = None) -> Path:
        """Write a meeting atomically; a new meeting gets ``meetings/<date>[-n].toml``."""
        if path is None:
            ensure_private_dir(self.meetings_dir)
            path = self.new_meeting_path(meeting.date)
        else:
            ensure_private_dir(path.parent)
        data = meeting.model_dump(mode="json", exclude_none=True)
        self._write(path, dumps_toml(data).encode("utf-8"), data)
        return path

    def remove_meeting(self, path: Path) -> None:
        """Delete a meeting file of this group (a planned meeting moved to another date).

        Only a file inside ``meetings/`` that still reads as a meeting, unchanged since it
        was read, is removed; anything else is refused, like an overwrite would be.
        """
        path = Path(path)
        if path.parent.resolve() != self.meetings_dir.resolve():
            raise StoreError.one(path, "not a meeting file of this group: not removed")
        self.check_overwrite(path)
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)
        self._known.pop(path, None)

    def save_meeting_data(self, data: dict[str, Any], path: Path) -> Path:
        """Write an already-dumped meeting (``model_dump(mode="json", exclude_none=True)``).

        The app dumps the model on its event loop (cheap, and the model cannot change under
        it) and calls this from a worker thread, where the TOML encoding and fsync happen.
        """
        ensure_private_dir(path.parent)
        self._write(path, dumps_toml(data).encode("utf-8"), data)
        return path

    def conflict_path(self, path: Path, when: dt.datetime | None = None) -> Path:
        """A free name for a conflict copy of ``path``:
        ``2026-03-12.conflict-20260312-183105.toml`` (never counted as a meeting)."""
        when = when or dt.datetime.now()
        stem = f"{path.stem}{_CONFLICT_MARK}{when:%Y%m%d-%H%M%S}"
        candidate = path.with_name(f"{stem}.toml")
        n = 2
        while candidate.exists():
            candidate = path.with_name(f"{stem}-{n}.toml")
            n += 1
        return candidate

    def save_conflict_copy(self, data: bytes, path: Path) -> Path:
        """Keep one version of ``path`` beside it under a conflict name; returns that name."""
        side = self.conflict_path(path)
        atomic_write(side, data)
        return side

    def write_conflict_copy(self, data: bytes, side: Path) -> None:
        """Bring a conflict copy this app made up to date (only a conflict copy)."""
        if _CONFLICT_MARK not in Path(side).name:
            raise StoreError.one(side, "not a conflict copy: not written")
        atomic_write(Path(side), data)

    def keep_mine(self, data: bytes, path: Path) -> Path | None:
        """Resolve a conflict for this app's version: the version now on disk is kept as a
        conflict copy first (returned; None when the file is gone), then ``data`` is written
        to ``path``. Neither version is lost."""
        side = None
        try:
            theirs = read_bytes(path)
        except StoreError:
            if path.exists():
                raise
        else:
            side = self.save_conflict_copy(theirs, path)
        atomic_write(path, data)
        self._known[path] = _digest(data)
        return side

    def new_meeting_path(self, date: dt.date) -> Path:
        """A free file name for a meeting on ``date`` (a second meeting that day: ``-2``)."""
        candidate = self.meetings_dir / meeting_file_name(date)
        n = 2
        while candidate.exists():
            candidate = self.meetings_dir / meeting_file_name(date, n)
            n += 1
        return candidate

    def _write(self, path: Path, data: bytes, fields: Any = None) -> None:
        if fields is not None:
            _check_caps(path, fields)
        if len(data) > MAX_FILE_BYTES:  # never write what could not be read back
            raise StoreError.one(
                path,
                f"not saved: the notes come to {len(data) / 1024:,.0f} KB, over the "
                f"{MAX_FILE_BYTES // 1024:,} KB a meeting file holds (notes are brief: "
                "shorten the longest, or move long material to references)",
            )
        self.check_overwrite(path)
        atomic_write(path, data)
        self._known[path] = _digest(data)

    def check_overwrite(self, path: Path) -> None:
        """Refuse to replace a file that changed on disk since this store read or wrote it
        (:class:`ConflictError`), or one it never read that does not read as a group or a
        meeting (edited into invalid TOML, from a newer psg-tui). Run before every write."""
        path = Path(path)
        if not os.path.lexists(path):
            return
        known = self._known.get(path)
        try:
            data = read_bytes(path)
        except StoreError as exc:
            if not os.path.lexists(path):  # removed in the meantime: nothing to lose
                return
            raise type(exc)(
                [*exc.problems, Problem(path, "not overwritten: fix or move this file first")]
            ) from None
        if known is not None and _digest(data) == known:
            return
        model: type[BaseModel] = Group if path == self.group_path else Meeting
        try:
            _parse_text(model, path, *toml_from_bytes(path, data))
        except StoreError as exc:
            raise type(exc)(
                [*exc.problems, Problem(path, "not overwritten: fix or move this file first")]
            ) from None
        if known is not None:  # a valid version this app has not seen: never lost
            raise ConflictError.changed(path)
        self._known[path] = _digest(data)

    def reload_meeting(self, path: Path) -> Meeting:
        """Read a meeting afresh, and check the next save against this version (a conflict
        resolved by taking the version on disk)."""
        path = Path(path)
        self._known.pop(path, None)
        return self.load_meeting(path)


def validate_file(path: Path) -> list[Problem]:
    """Every problem with one group or meeting file (empty: valid). Decides by file name:
    ``group.toml`` is a group, anything else a meeting."""
    return check_file(path)[0]


def check_file(path: Path) -> tuple[list[Problem], list[Problem]]:
    """(problems, notes) for one group or meeting file. Notes do not make it invalid: a
    meeting file whose name is not ``<its date>[-n].toml`` (a copy, a hand rename)."""
    model: type[BaseModel] = Group if path.name == GROUP_FILE else Meeting
    try:
        parsed = parse_model(model, path)
    except StoreError as exc:
        return exc.problems, []
    notes: list[Problem] = []
    if isinstance(parsed, Meeting) and _CONFLICT_MARK in path.name:
        notes.append(
            Problem(
                path,
                "a conflict copy psg kept when the meeting file changed under it: compare it "
                "with the meeting file, keep what you need, then delete it (it is not counted)",
            )
        )
    elif isinstance(parsed, Meeting) and meeting_name_date(path) != parsed.date.isoformat():
        day = parsed.date.isoformat()
        notes.append(
            Problem(
                path,
                f"named for another date: the meeting inside is dated {day} (name it "
                f"{day}.toml; attendance goes by the date inside)",
            )
        )
    return [], notes


def iter_toml_files(paths: list[Path]) -> Iterator[Path]:
    """The files named, and the ``.toml`` files inside any folder named (a group folder)."""
    for path in paths:
        if path.is_dir():
            if (path / GROUP_FILE).exists():
                yield path / GROUP_FILE
            meetings = path / MEETINGS_DIR if (path / MEETINGS_DIR).is_dir() else path
            yield from sorted(p for p in meetings.glob("*.toml") if p.name != GROUP_FILE)
        else:
            yield path
