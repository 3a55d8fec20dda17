"""``psg attendance``: who has their two PSG meetings this recertification year."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the real imports happen in run(): building the parser stays cheap
    from psg_tui.core.attendance import AttendanceReport

HELP = (
    "Attendance for a recertification year (year N starts on 1 April N unless the group says "
    "otherwise): each member's counting meetings (complete, at least four attendees) and "
    "status: met (two or more), on track (the meetings still planned this year would bring "
    "them to two), at risk (they would not), not met (the year is over). Then each meeting, "
    "and any meeting file that could not be read (skipped, never counted). Exit 0; exit 2 "
    "when the group folder or group.toml cannot be read."
)

FORMATS = ("table", "csv", "json")


def add_group_argument(parser: argparse.ArgumentParser) -> None:
    """``--group DIR`` after the subcommand too (``psg attendance --group DIR``)."""
    parser.add_argument(
        "--group",
        dest="group_dir",
        metavar="DIR",
        help="group folder (default: the global --group, then $PSG_GROUP, then the only "
        "group in the data folder)",
    )


def add_year_argument(parser: argparse.ArgumentParser) -> None:
    """``--year N``: the recertification year that starts in N."""
    parser.add_argument(
        "--year",
        type=_year,
        metavar="N",
        help="recertification year, named by the year it starts in (default: the current one)",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``[--group DIR] [--year N] [--as-of DATE] [--format table|csv|json]``."""
    add_group_argument(parser)
    add_year_argument(parser)
    parser.add_argument(
        "--as-of",
        dest="as_of",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="report as if today were this date (default: today)",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year such as 2026") from None
    if not 1900 <= year <= 9998:
        raise argparse.ArgumentTypeError(f"{year} is not a plausible year")
    return year


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-04-01") from None


def resolve_group(args: argparse.Namespace) -> Path | None:
    """The group folder: this command's ``--group``, the global one, ``$PSG_GROUP``, or the
    only group in the data folder. None (after printing why) when there is no way to tell."""
    from psg_tui import paths

    explicit = getattr(args, "group_dir", None) or getattr(args, "group", None)
    found = paths.resolve_group_dir(explicit)
    if found is not None:
        return found
    groups = paths.list_group_dirs()
    if len(groups) == 1:
        return groups[0]
    where = f" ({len(groups)} groups in {paths.groups_dir()})" if groups else ""
    print(f"psg: which group? Use --group DIR or set $PSG_GROUP{where}", file=sys.stderr)
    return None


def run(args: argparse.Namespace) -> int:
    """Load the group folder, build the report, print it in the chosen format."""
    from psg_tui.core.attendance import load_attendance
    from psg_tui.core.store import SafeWriter, StoreError
    from psg_tui.core.store import safe_print as print

    group_dir = resolve_group(args)
    if group_dir is None:
        return 2
    try:
        report = load_attendance(group_dir, args.year, args.as_of)
    except StoreError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    out = SafeWriter(sys.stdout)  # no control character from a file reaches the terminal
    if args.format == "json":
        import json

        json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        write_csv(report, out)
        # stdout stays machine-readable; the skipped files still reach the person.
        for skipped in report.skipped:
            print(
                f"skipped (not counted): {skipped.path}: {'; '.join(skipped.reasons)}",
                file=sys.stderr,
            )
        for note in report.file_notes():
            print(note, file=sys.stderr)
    else:
        out.write(format_table(report))
    return 0


# -- formats ----------------------------------------------------------------------------

CSV_COLUMNS = (
    "registration_number",
    "name",
    "profession",
    "current_member",
    "status",
    "counting_meetings",
    "needed",
    "planned_left",
    "next_planned",
    "attended",
    "presented_minutes",
)


def write_csv(report: AttendanceReport, out: TextIO) -> None:
    """One row a member; ``attended`` lists dates, ``*`` marking ones that do not count."""
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in report.members:
        writer.writerow(
            [
                m.registration_number,
                m.name,
                m.profession,
                "yes" if m.current else "no",
                m.status.value,
                m.counting_count,
                m.needed,
                m.planned_left,
                m.next_planned.isoformat() if m.next_planned else "",
                " ".join(a.date.isoformat() + ("" if a.counts else "*") for a in m.attended),
                m.presented_minutes,
            ]
        )


def format_table(report: AttendanceReport) -> str:
    """The human report: members, meetings, then skipped files. Plain text, no colour."""
    from psg_tui.core.attendance import counting_text
    from psg_tui.core.models import PSG_MINIMUM_ATTENDEES

    lines = [
        f"{report.group_name}: attendance, recertification year {report.year} "
        f"({report.year_label})",
        f"A meeting counts when it is complete with at least {PSG_MINIMUM_ATTENDEES} "
        f"attendees; each member needs {report.required}.",
        "",
    ]
    rows = [("Member", "Reg no", "Counting", "Status", "Next planned", "Presented")]
    for m in report.members:
        name = m.name if m.current else f"{m.name} (left the group)"
        rows.append(
            (
                name,
                m.registration_number,
                counting_text(m.counting_count, report.required),
                # Capitals make the ones needing action stand out without colour.
                m.status.label.upper() if m.status.value in _ACTION else m.status.label,
                _day(m.next_planned) if m.next_planned else "none planned",
                f"{m.presented_minutes} min",
            )
        )
    lines += _columns(rows)
    counts = report.status_counts()
    lines.append("")
    lines.append(
        ", ".join(f"{n} {status.label}" for status, n in counts.items() if n) or "no members"
    )
    if report.next_planned:
        lines.append(f"Next planned meeting: {_day(report.next_planned)}")
    else:
        lines.append("Next planned meeting: none planned")

    lines.append("")
    if report.meetings:
        rows = [("Meeting", "Status", "Attendees", "Counts", "Minimum data", "Notes")]
        for mt in report.meetings:
            rows.append(
                (
                    mt.name,
                    mt.status.value.replace("_", " "),
                    f"{mt.attendee_count}" + ("" if mt.meets_minimum else " (<4)"),
                    "yes" if mt.counts else "no",
                    "complete"
                    if mt.minimum_data_complete
                    else "missing " + ", ".join(mt.missing_minimum_data),
                    "complete" if mt.notes_complete else "incomplete",
                )
            )
        lines += _columns(rows)
    else:
        lines.append("No meetings recorded in this year.")

    if report.not_read:
        lines.append("")
        n = report.not_read
        lines.append(
            f"{n} meeting file{'s' if n != 1 else ''} dated outside this year "
            f"{'were' if n != 1 else 'was'} not read (check them all with psg validate)."
        )
    if report.skipped:
        lines.append("")
        n = len(report.skipped)
        lines.append(f"{n} meeting file{'s' if n != 1 else ''} skipped (not counted):")
        for skipped in report.skipped:
            lines.append(f"  {skipped.path}: {'; '.join(skipped.reasons)}")
    notes = report.file_notes()
    if notes:
        lines.append("")
        lines.append("Meeting files to look at:")
        lines += [f"  {note}" for note in notes]
    return "\n".join(lines) + "\n"


_ACTION = ("at_risk", "not_met")


def _day(day: dt.date) -> str:
    return day.isoformat()


def _columns(rows: list[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns two spaces apart, a rule under the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for index, row in enumerate(rows):
        out.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            out.append("  ".join("-" * w for w in widths))
    return out
