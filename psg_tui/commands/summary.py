"""``psg summary --member REG [--year N] [-o OUT.pdf]``: a member's annual attendance PDF."""

from __future__ import annotations

import argparse
import sys

from psg_tui.commands import STDOUT_WRITTEN, add_variant_argument, write_rendered
from psg_tui.commands.attendance import add_group_argument, resolve_group

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


def run(args: argparse.Namespace) -> int:
    """Load the group's attendance, check the member, privacy-check the topics, write."""
    from psg_tui.core.attendance import load_attendance
    from psg_tui.core.store import StoreError
    from psg_tui.core.store import safe_print as print
    from psg_tui.report import export
    from psg_tui.report.summary import UnknownSummaryMemberError

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
        job = export.prepare_summary(
            report, args.member, group_dir, output=args.output, variant=args.variant
        )
    except UnknownSummaryMemberError as exc:
        print(f"psg summary: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:  # -o over a group or meeting file
        for problem in exc.problems:
            print(f"psg summary: {problem}", file=sys.stderr)
        return 2
    row = job.row
    for skipped in report.skipped:
        print(
            f"psg summary: skipped (not included): {skipped.path}: {'; '.join(skipped.reasons)}",
            file=sys.stderr,
        )
    for note in report.file_notes():
        print(f"psg summary: {note}", file=sys.stderr)

    findings = job.gate()
    if findings and not args.allow_findings:
        print(
            f"psg summary: the privacy check flagged {len(findings)} topic title"
            f"{'s' if len(findings) != 1 else ''}; nothing was written:",
            file=sys.stderr,
        )
        for record, finding in findings:
            print(
                f"  {record.name}: {finding.where}: {finding.label}: {finding.excerpt!r}",
                file=sys.stderr,
            )
        print(
            "Fix the titles in the meeting files, or pass --allow-findings to write anyway.",
            file=sys.stderr,
        )
        return 1

    out = write_rendered(job, job.render(), "psg summary")
    if out is None:
        return 2
    if out == STDOUT_WRITTEN:
        return 0
    print(
        f"wrote {out} ({row.name}, {row.counting_count} counting meeting"
        f"{'s' if row.counting_count != 1 else ''} in {report.year})"
    )
    return 0
