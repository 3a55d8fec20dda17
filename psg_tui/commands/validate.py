"""``psg validate PATH...``: check group and meeting files without changing them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = (
    "Check group.toml and meeting files (or whole group folders). Exit 0 when every file "
    "is valid; exit 2 with one line per problem, 'FILE:LINE: message' where a line is known."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``PATH...``."""
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="file or group folder")


def run(args: argparse.Namespace) -> int:
    """Validate every file; print problems to stderr."""
    from psg_tui.core.store import iter_toml_files, validate_file

    problems = []
    count = 0
    for path in iter_toml_files(args.paths):
        count += 1
        problems.extend(validate_file(path))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 2
    if count == 0:
        print("no .toml files found in " + ", ".join(map(str, args.paths)), file=sys.stderr)
        return 2
    print(f"{count} file{'s' if count != 1 else ''} valid")
    return 0
