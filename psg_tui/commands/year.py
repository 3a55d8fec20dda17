"""``psg year --member REG [--year Y] [--group DIR] [-o OUT] [--format pdf|md]``."""

from __future__ import annotations

import argparse
import sys

from psg_tui.commands import STDOUT_WRITTEN, add_variant_argument, write_rendered
from psg_tui.commands.attendance import add_group_argument, add_year_argument, resolve_group

HELP = (
    "Write one member's year: every counting peer support group meeting they attended in a "
    "recertification year (complete, at least four attendees), with their own topics, "
    "takeaways and reflections, and the hours of PSG time from the times each meeting was "
    "held: a draft for their written reflective account and professional development plan. "
    "Nothing of other members' reflections, no check-in or check-out notes. Default output: "
    "year-<year>-<REG>.pdf (or .md) in the group folder. The text goes through the privacy "
    "check first: exit 1 listing findings (or pass --allow-findings). Exit 2 for an "
    "unreadable group folder, an unknown member or an unwritable output."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--member REG [--year N] [--group DIR] [-o OUT] [--format pdf|md] [--variant ...]``."""
    parser.add_argument("--member", required=True, metavar="REG", help="registration number")
    add_year_argument(parser)
    add_group_argument(parser)
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="where to write ('-' for standard output)"
    )
    parser.add_argument("--format", choices=("pdf", "md"), default="pdf", help="output format")
    add_variant_argument(parser)
    parser.add_argument(
        "--allow-findings",
        action="store_true",
        help="write although the privacy check flagged something in the member's notes",
    )


def run(args: argparse.Namespace) -> int:
    """Gather the member's year, privacy-check it, write it."""
    from psg_tui.core.store import GroupStore, StoreError
    from psg_tui.core.year import UnknownYearMemberError, load_member_year
    from psg_tui.report.year import prepare_year

    group_dir = resolve_group(args)
    if group_dir is None:
        return 2
    try:
        year = load_member_year(group_dir, args.member, args.year)
        job = prepare_year(
            year,
            group_dir,
            kind=args.format,
            output=args.output,
            variant=args.variant,
            group=GroupStore(group_dir).load_group(),  # read (and checked) just above
        )
    except UnknownYearMemberError as exc:
        print(f"psg year: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        for problem in exc.problems:
            print(f"psg year: {problem}", file=sys.stderr)
        return 2
    for skipped in year.skipped:
        print(
            f"psg year: skipped (not included): {skipped.path}: {'; '.join(skipped.reasons)}",
            file=sys.stderr,
        )

    findings = job.gate()
    if findings and not args.allow_findings:
        n = len(findings)
        print(
            f"psg year: the privacy check flagged {n} possible identifier"
            f"{'s' if n != 1 else ''}; nothing was written:",
            file=sys.stderr,
        )
        for meeting, finding in findings:
            name = meeting.path.name if meeting.path else meeting.date.isoformat()
            print(
                f"  {name}: {finding.where}: line {finding.line}: {finding.label}: "
                f"{finding.excerpt!r}",
                file=sys.stderr,
            )
        print(
            "Fix the notes in the meeting files, or pass --allow-findings to write anyway.",
            file=sys.stderr,
        )
        return 1

    out = write_rendered(job, job.render(), "psg year")
    if out is None:
        return 2
    if out == STDOUT_WRITTEN:
        return 0
    from psg_tui.core.words import plural

    n = len(year.meetings)
    print(
        f"wrote {out} ({year.name}, {plural(n, 'counting meeting')}, "
        f"{year.total_minutes / 60:.2f} hours of PSG time in the recertification year "
        f"{year.year_label})"
    )
    return 0
