"""``psg sheet MEETING.toml [-o OUT.pdf]``: a printable attendance sheet for the meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from psg_tui.commands import add_meeting_output_argument, add_variant_argument

HELP = (
    "Write a printable A4 attendance sheet for an in-person meeting: the group, date, time "
    "and venue, each expected member's name and registration number with a column to sign, "
    "rows for visitors, and the apologies received, so the group keeps paper evidence too. "
    "Expected: the meeting's attendees, else the group's members, less apologies. Default "
    "output: beside the meeting file (meetings/2026-12-09-sheet.pdf). Exit 1 when the privacy "
    "check flags the venue (or pass --allow-findings); 2 for an unreadable meeting file or an "
    "output that cannot be written."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``MEETING [-o OUT.pdf] [--variant ua|a3b] [--allow-findings]``."""
    parser.add_argument("meeting", type=Path, metavar="MEETING.toml", help="the meeting file")
    add_meeting_output_argument(parser, "OUT.pdf")
    add_variant_argument(parser)
    parser.add_argument(
        "--allow-findings",
        action="store_true",
        help="write although the privacy check flagged the venue or platform",
    )


def _error(message: object) -> None:
    print(f"psg sheet: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Load the meeting (and its group's members), gate, render, write."""
    from psg_tui.core.gate import Output, check_output
    from psg_tui.core.store import (
        GroupStore,
        StoreError,
        check_output_path,
        sheet_output_path,
        write_output,
    )
    from psg_tui.report.sheet import expected_members, is_in_person, render_sheet_pdf

    path: Path = args.meeting
    store = GroupStore.for_meeting_file(path)
    try:
        meeting = store.load_meeting(path)
    except StoreError as exc:
        for problem in exc.problems:
            _error(problem)
        return 2
    group_members = []
    group_name = ""
    if store.group_path.exists():
        try:
            group = store.load_group()
        except StoreError as exc:
            if not meeting.attendees:  # the group's members are the only list there is
                for problem in exc.problems:
                    _error(problem)
                return 2
        else:
            group_members, group_name = list(group.members), group.name
    if not is_in_person(meeting):
        _error(f"note: {path.name} is a videoconference; the sheet is for signing in person")
    if not expected_members(meeting, group_members):
        _error(f"note: {path.name} lists nobody expected; the sheet has only blank rows")

    target: Path | None
    if args.output is not None and str(args.output) == "-":
        target = None
    else:
        target = Path(args.output) if args.output else sheet_output_path(path)
        try:
            if target.resolve() == path.resolve():
                raise StoreError.one(target, "that is the meeting file itself; choose another -o")
            check_output_path(target)
        except StoreError as exc:
            for problem in exc.problems:
                _error(problem)
            return 2

    gate = check_output(meeting, Output("sheet"))
    if gate.findings and not args.allow_findings:
        _error(f"{path}: the privacy check found {gate.describe()}; nothing was written:")
        for finding in gate.findings:
            print(f"  {finding.where}: {finding.label}: {finding.excerpt}", file=sys.stderr)
        print("Fix the venue in the meeting file, or pass --allow-findings.", file=sys.stderr)
        return 1

    data = render_sheet_pdf(meeting, group_members, group_name, variant=args.variant)
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        out = write_output(target, data)
    except StoreError as exc:
        for problem in exc.problems:
            _error(problem)
        return 2
    except OSError as exc:
        _error(f"{target}: cannot write: {exc.strerror or exc}")
        return 2
    n = len(expected_members(meeting, group_members))
    print(f"wrote {out} ({n} member{'s' if n != 1 else ''} to sign)")
    return 0
