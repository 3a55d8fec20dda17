"""``psg render MEETING.toml``: the meeting's minimum-data-set PDF (or Markdown).

Before anything leaves the app the privacy check runs over the text this output will hold
(check-in and check-out notes are in no output; a reflection only in its member's copy).
With findings the command stops (exit 1) and lists them; ``--allow-findings`` renders
anyway and records the acknowledgement in the meeting file (and in the PDF), so a later
reader knows it was a decision, not an oversight.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from psg_tui.commands import add_meeting_output_argument, add_variant_argument
from psg_tui.core.store import GroupStore, StoreError, field_file_lines

if TYPE_CHECKING:
    from psg_tui.core.gate import GateResult
    from psg_tui.core.models import Group, Meeting

HELP = (
    "Render a meeting file to the minimum-data-set PDF each member uploads to MyRecert "
    "(or to Markdown with --format md). Without -o the file goes beside the meeting file: "
    "meetings/2026-02-18.pdf, or meetings/2026-02-18-70231.pdf for a member's copy. "
    "Exit 0 when written; 1 when the privacy check found possible identifiers (fix them, or "
    "pass --allow-findings), or when the meeting is not complete (pass --draft for notes "
    "marked DRAFT on every page); 2 for an invalid meeting file, an unknown member or an "
    "output that cannot be written."
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_NOT_FINAL = 1
EXIT_INVALID = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``MEETING [-o OUT] [--member REG] [--variant ua|a3b] [--format pdf|md]
    [--allow-findings]``."""
    parser.add_argument("meeting", type=Path, metavar="MEETING.toml", help="the meeting file")
    add_meeting_output_argument(parser, "OUT")
    parser.add_argument(
        "--member",
        metavar="REG",
        help="a member's own copy (registration number): adds their reflection and takeaways",
    )
    add_variant_argument(parser)
    parser.add_argument(
        "--format",
        choices=("pdf", "md"),
        default="pdf",
        help="pdf (default) or md: the same content as Markdown",
    )
    parser.add_argument(
        "--allow-findings",
        action="store_true",
        help="render although the privacy check found possible identifiers, and record that "
        "in the meeting file (for this output only)",
    )
    parser.add_argument(
        "--by",
        metavar="WHO",
        help="with --allow-findings: who acknowledges the findings (a registration number or "
        "a name; default: the member for their own copy, else the meeting's note taker)",
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help="render a meeting that is not complete yet: the notes say DRAFT on every page "
        "and claim nothing about the PSG criteria",
    )


def _error(message: str) -> None:
    print(f"psg render: {message}", file=sys.stderr)


def _privacy_gate(
    args: argparse.Namespace, store: GroupStore, path: Path, meeting: Meeting, gate: GateResult
) -> int | None:
    """Stop on findings in what this output will hold (the exit code to stop with), or go
    on (None), after recording an acknowledgement when --allow-findings."""
    findings = gate.findings
    if not findings:
        return None
    if not args.allow_findings:
        _error(
            f"{path}: the privacy check found {gate.describe()} that may identify "
            "someone; nothing was written:"
        )
        lines = field_file_lines(path, [(f.field, f.line) for f in findings])
        for finding, line in zip(findings, lines, strict=True):
            where = f"{path}:{line}" if line else f"{path}"
            print(
                f"  {where}: {finding.where} (line {finding.line}, column {finding.column}): "
                f"{finding.label}: {finding.excerpt}",
                file=sys.stderr,
            )
        print(
            "Fix these in the meeting file (the notes must not identify patients or members), "
            "or pass --allow-findings to render anyway; that decision is recorded in the "
            "meeting file and stated in the PDF.",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    from zoneinfo import ZoneInfo

    now = dt.datetime.now(ZoneInfo(meeting.timezone)).replace(microsecond=0)
    gate.acknowledge(meeting, _acknowledged_by(args, meeting), now)
    try:
        # Only a file that loaded fine gets here; the store also refuses one that was
        # changed into something unreadable since.
        store.save_meeting(meeting, path)
    except StoreError as exc:
        for problem in exc.problems:
            _error(str(problem))
        return EXIT_INVALID
    except OSError as exc:
        _error(f"{path}: cannot record the acknowledgement: {exc.strerror or exc}")
        return EXIT_INVALID
    print(
        f"{path}: recorded that {gate.describe()} "
        f"{'was' if len(findings) == 1 else 'were'} acknowledged",
        file=sys.stderr,
    )
    return None


def _acknowledged_by(args: argparse.Namespace, meeting: Meeting) -> str:
    """Who acknowledges: ``--by``; else the member, for their own copy (their reflection);
    else the note taker, who owns the group's notes; else the person logged in."""
    by = (getattr(args, "by", None) or "").strip()
    if by:
        return by
    if args.member:
        return args.member.strip()
    if meeting.roles.note_taker:
        return meeting.roles.note_taker
    import getpass

    try:
        return f"{getpass.getuser()} (psg render)"
    except (OSError, KeyError):
        return "psg render"


def run(args: argparse.Namespace) -> int:
    """Load, check privacy, render, write atomically: all through report.export."""
    from psg_tui.report import export
    from psg_tui.report.html import UnknownMemberError

    path: Path = args.meeting
    store = GroupStore.for_meeting_file(path)
    try:
        meeting = store.load_meeting(path)
    except StoreError as exc:
        for problem in exc.problems:
            _error(str(problem))
        return EXIT_INVALID
    from psg_tui.core.models import MeetingStatus

    if meeting.status is not MeetingStatus.COMPLETE and not getattr(args, "draft", False):
        state = "planned" if meeting.status is MeetingStatus.PLANNED else "still in progress"
        _error(
            f"{path}: status: this meeting is {state}, so its notes are not final and nothing "
            "was written. Finish the meeting first, or pass --draft for notes marked DRAFT "
            "on every page."
        )
        return EXIT_NOT_FINAL
    member = args.member.strip() if args.member is not None else None
    try:
        job = export.prepare(
            meeting,
            path,
            args.format,
            member=member,
            output=args.output,
            variant=args.variant,
            group=_group_of(path),
        )
    except UnknownMemberError as exc:
        _error(f"{path}: --member: {exc}")
        return EXIT_INVALID
    except StoreError as exc:  # the meeting file itself, or another group or meeting file
        for problem in exc.problems:
            _error(str(problem))
        return EXIT_INVALID

    gate = job.gate()
    stop = _privacy_gate(args, store, path, meeting, gate) if gate is not None else None
    if stop is not None:
        return stop

    data = export.render(job)
    if job.target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        written = export.write(job, data)
    except StoreError as exc:
        for problem in exc.problems:
            _error(str(problem))
        return EXIT_INVALID
    except OSError as exc:
        _error(f"{job.target}: cannot write: {exc.strerror or exc}")
        return EXIT_INVALID
    print(f"wrote {written}")
    return EXIT_OK


def _group_of(path: Path) -> Group | None:
    """The group the meeting file sits in (``<group>/meetings/``), for the gate: its members'
    names are allowed and its "not an identifier" list honoured, as in ``psg check``. None
    when there is no readable group.toml (the gate then works from the meeting alone)."""
    store = GroupStore.for_meeting_file(path.resolve())
    if not store.group_path.is_file():
        return None
    try:
        return store.load_group()
    except (OSError, StoreError):
        return None
