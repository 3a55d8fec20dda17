"""``psg ics MEETING.toml [-o OUT.ics]``: an invitation to the meeting's next meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from psg_tui.commands import add_meeting_output_argument

if TYPE_CHECKING:
    from psg_tui.core.gate import GateResult
    from psg_tui.core.models import Meeting

HELP = (
    "Write an iCalendar (.ics) invitation for the next meeting set at MEETING.toml: date, "
    "time in the meeting's time zone, length, venue or video link, focus, and the group's "
    "members as attendees. Its UID stays the same, so importing it again updates the entry; "
    "SEQUENCE goes up when the details change (kept in the meeting file). Default output: "
    "<meeting>-next-meeting.ics beside the meeting file; '-o -' writes to standard output. "
    "Exit 1 when the privacy check finds possible identifiers in what it carries (fix them, "
    "or pass --allow-findings); 2 when the file cannot be read or has no next meeting."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``MEETING.toml [-o OUT.ics]``."""
    parser.add_argument("meeting", type=Path, metavar="MEETING.toml", help="a meeting file")
    add_meeting_output_argument(parser, "OUT.ics")
    parser.add_argument(
        "--allow-findings",
        action="store_true",
        help="write although the privacy check found possible identifiers in the focus, venue "
        "or platform, and record that in the meeting file (for the invitation only)",
    )
    parser.add_argument(
        "--by",
        metavar="WHO",
        help="with --allow-findings: who acknowledges (default: the meeting's note taker)",
    )


def _privacy_gate(
    args: argparse.Namespace, path: Path, meeting: Meeting, gate: GateResult
) -> int | None:
    """The one privacy gate, as for ``psg render``: stop (exit 1) on findings in what the
    invitation carries unless --allow-findings, which records who acknowledged them."""
    if gate.clear:
        return None
    if not args.allow_findings:
        from psg_tui.core.store import field_file_lines

        print(
            f"psg ics: {path}: the privacy check found {gate.describe()} that may identify "
            "someone in what the invitation carries; nothing was written:",
            file=sys.stderr,
        )
        lines = field_file_lines(path, [(f.field, f.line) for f in gate.findings])
        for finding, line in zip(gate.findings, lines, strict=True):
            where = f"{path}:{line}" if line else f"{path}"
            print(
                f"  {where}: {finding.where}: {finding.label}: {finding.excerpt}", file=sys.stderr
            )
        print(
            "Fix these in the meeting file, or pass --allow-findings to write it anyway "
            "(recorded in the meeting file).",
            file=sys.stderr,
        )
        return 1
    import datetime as dt
    from zoneinfo import ZoneInfo

    by = (args.by or "").strip() or meeting.roles.note_taker or "psg ics"
    gate.acknowledge(
        meeting, by, dt.datetime.now(ZoneInfo(meeting.timezone)).replace(microsecond=0)
    )
    return None


def run(args: argparse.Namespace) -> int:
    """Read the meeting (and its group, for the member list), write the invitation."""
    from psg_tui.core.store import (
        GroupStore,
        StoreError,
        load_group_file,
    )
    from psg_tui.report import export
    from psg_tui.report.calendar import NoNextMeetingError

    path: Path = args.meeting
    store = GroupStore.for_meeting_file(path)
    try:
        meeting = store.load_meeting(path)
    except StoreError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2

    # A meeting file lives in <group>/meetings/: invite the group's current members when
    # group.toml is there and reads; otherwise the people recorded in the meeting itself.
    group_name, members, group = meeting.group_name, None, None
    group_path = GroupStore.for_meeting_file(path.resolve()).group_path
    if group_path.is_file():
        try:
            group = load_group_file(group_path)
        except StoreError as exc:
            print(
                f"{exc.problems[0]}\n(inviting the people recorded in {path.name})", file=sys.stderr
            )
        else:
            group_name, members = group_name or group.name, group.members

    try:
        job = export.prepare(
            meeting,
            path,
            "ics",
            output=args.output,
            group_name=group_name,
            members=members,
            group=group,
        )
    except StoreError as exc:  # an output over the meeting file, or a group or meeting file
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    except NoNextMeetingError:
        print(
            f"{path}: next_meeting: no next meeting is set, so there is nothing to invite to "
            "(set it at wrap-up, or add a [next_meeting] table with a date)",
            file=sys.stderr,
        )
        return 2

    stop = _privacy_gate(args, path, meeting, job.gate())
    if stop is not None:
        return stop
    if job.meeting_changed or (args.allow_findings and meeting.output_acknowledgements):
        try:
            store.save_meeting(meeting, path)  # the SEQUENCE (and any acknowledgement)
        except StoreError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"{path}: cannot record the invitation's revision: {exc}", file=sys.stderr)
            return 2
    data = export.render(job)
    if job.target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        written = export.write(job, data)
    except StoreError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{job.target}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    assert meeting.next_meeting is not None
    print(f"wrote {written} (next meeting {meeting.next_meeting.date.isoformat()})")
    return 0
