"""``psg summary --member REG [--year N] [-o OUT.pdf]``: a member's annual attendance PDF."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from psg_tui.commands import add_variant_argument
from psg_tui.commands.attendance import add_group_argument, resolve_group

if TYPE_CHECKING:
    from psg_tui.core.attendance import MeetingAttendance
    from psg_tui.core.models import Meeting

HELP = (
    "Write a one-page PDF for one member listing the peer support group meetings they "
    "attended in a recertification year (date, modality, attendees, topics, whether each "
    "meets the PSG criteria), with their registration number: the record a verifier asks "
    "for. Default output: attendance-<year>-<REG>.pdf in the group folder. Topic titles go "
    "through the privacy check first: exit 1 listing findings (or pass --allow-findings). "
    "Exit 2 for an unreadable group folder, an unknown member or an unwritable output."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--member REG [--year N] [-o OUT.pdf] [--group DIR] [--variant ua|a3b]``."""
    from psg_tui.commands.attendance import add_year_argument

    parser.add_argument("--member", required=True, metavar="REG", help="registration number")
    add_year_argument(parser)
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", help="where to write ('-' for standard output)"
    )
    add_group_argument(parser)
    add_variant_argument(parser)
    parser.add_argument(
        "--allow-findings",
        action="store_true",
        help="write the PDF although the privacy check flagged a topic title",
    )


def default_output(group_dir: Path, year: int, registration_number: str) -> Path:
    """``<group>/attendance-2026-70231.pdf``."""
    return group_dir / f"attendance-{year}-{registration_number}.pdf"


def run(args: argparse.Namespace) -> int:
    """Load the group's attendance, check the member, privacy-check the topics, write."""
    from psg_tui.core.attendance import load_attendance
    from psg_tui.core.store import StoreError, atomic_write
    from psg_tui.report.summary import (
        UnknownSummaryMemberError,
        meeting_topics,
        render_annual_summary_pdf,
        summary_member,
    )

    group_dir = resolve_group(args)
    if group_dir is None:
        return 2
    try:
        report = load_attendance(group_dir, args.year)
    except StoreError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    try:
        row = summary_member(report, args.member)
    except UnknownSummaryMemberError as exc:
        print(f"psg summary: {exc}", file=sys.stderr)
        return 2
    for skipped in report.skipped:
        print(
            f"psg summary: skipped (not included): {skipped.path}: {'; '.join(skipped.reasons)}",
            file=sys.stderr,
        )

    findings = _topic_findings(row.attended, meeting_topics)
    if findings and not args.allow_findings:
        print(
            f"psg summary: the privacy check flagged {len(findings)} topic title"
            f"{'s' if len(findings) != 1 else ''}; nothing was written:",
            file=sys.stderr,
        )
        for line in findings:
            print(f"  {line}", file=sys.stderr)
        print(
            "Fix the titles in the meeting files, or pass --allow-findings to write anyway.",
            file=sys.stderr,
        )
        return 1

    data = render_annual_summary_pdf(report, row.registration_number, variant=args.variant)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    out = (
        Path(args.output)
        if args.output
        else default_output(group_dir, report.year, row.registration_number)
    )
    try:
        atomic_write(out, data)
    except OSError as exc:
        print(f"{out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(
        f"wrote {out} ({row.name}, {row.counting_count} counting meeting"
        f"{'s' if row.counting_count != 1 else ''} in {report.year})"
    )
    return 0


def _topic_findings(
    attended: Sequence[MeetingAttendance], meeting_topics: Callable[[Meeting], str]
) -> list[str]:
    """One line per possible identifier in the topic line of an attended meeting (the
    excerpt masks the identifier, so the warning does not repeat it)."""
    from psg_tui.core.privacy import KIND_LABELS, scan_text

    lines = []
    for record in attended:
        meeting = record.meeting
        allow = [a.name for a in meeting.attendees] + [
            a.registration_number for a in meeting.attendees
        ]
        topics = meeting_topics(meeting)
        for match in scan_text(topics, allow=allow):
            label = KIND_LABELS.get(match.kind, match.kind)
            lines.append(f"{record.name}: topics: {label}: {match.excerpt!r}")
    return lines
