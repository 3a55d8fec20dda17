"""``psg validate PATH...``: check group and meeting files without changing them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

HELP = (
    "Check group.toml and meeting files (or whole group folders). Exit 0 when every file "
    "is valid; exit 2 with one line per problem, 'FILE:LINE: message' where a line is known."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``PATH...``."""
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="file or group folder")


def run(args: argparse.Namespace) -> int:
    """Validate every file; print problems to stderr (control characters in a file name
    are shown, never obeyed). Notes (a file named for another date, a copy of another
    file) are printed too, but do not make a file invalid."""
    import hashlib

    from psg_tui.core.store import StoreError, check_file, read_bytes
    from psg_tui.core.store import safe_print as print

    problems = []
    notes = []
    seen: dict[str, Path] = {}
    count = 0
    for path in iter_files(args.paths):
        count += 1
        found, noted = check_file(path)
        problems.extend(found)
        notes.extend(noted)
        if found:
            continue
        try:
            digest = hashlib.sha256(read_bytes(path)).hexdigest()
        except StoreError:
            continue
        if digest in seen:
            notes.append(f"{path}: a copy of {seen[digest].name} (the same content): counted once")
        else:
            seen[digest] = path
    for problem in problems:
        print(problem, file=sys.stderr)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if problems:
        return 2
    if count == 0:
        print("no .toml files found in " + ", ".join(map(str, args.paths)), file=sys.stderr)
        return 2
    print(f"{count} file{'s' if count != 1 else ''} valid")
    return 0


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """The files to validate (see :func:`psg_tui.core.store.iter_toml_files`)."""
    from psg_tui.core.store import iter_toml_files

    return iter_toml_files(paths)
