"""One CLI subcommand a module: each exposes HELP, add_arguments(parser) and run(args) -> int.

This package holds the arguments several commands share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Protocol

STDOUT_WRITTEN = "-"
"""What :func:`write_rendered` returns when the output went to standard output."""


class RenderedJob(Protocol):
    """An output ready to write: the year's, the annual summary's (report/)."""

    target: Path | None

    def write(self, data: bytes) -> Path: ...


def write_rendered(job: RenderedJob, data: bytes, command: str) -> Path | str | None:
    """Write ``data`` where ``job`` says (standard output when it has no target): the path
    written, :data:`STDOUT_WRITTEN`, or None after saying on stderr why it was not written
    (the command then exits 2)."""
    from psg_tui.core.store import StoreError

    if job.target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return STDOUT_WRITTEN
    try:
        return job.write(data)
    except StoreError as exc:
        for problem in exc.problems:
            print(f"{command}: {problem}", file=sys.stderr)
    except OSError as exc:
        print(f"{command}: {job.target}: cannot write: {exc.strerror or exc}", file=sys.stderr)
    return None


def add_meeting_output_argument(parser: argparse.ArgumentParser, metavar: str) -> None:
    """``-o/--output``: where a meeting's output goes (default beside the meeting file)."""
    parser.add_argument(
        "-o",
        "--output",
        metavar=metavar,
        help="where to write (default: beside the meeting file; '-' for standard output)",
    )


def add_variant_argument(parser: argparse.ArgumentParser) -> None:
    """``--variant ua|a3b``: the PDF flavour (see the README's "The PDF")."""
    parser.add_argument(
        "--variant",
        choices=("ua", "a3b"),
        default="ua",
        help="ua: tagged PDF/UA-1 for accessibility (default); a3b: archival PDF/A-3b",
    )
