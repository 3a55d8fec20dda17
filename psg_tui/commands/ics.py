"""``psg ics MEETING.toml [-o OUT.ics]``: an invitation to the meeting's next meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = (
    "Write an iCalendar (.ics) invitation for the next meeting set at MEETING.toml: date, "
    "time in the meeting's time zone, length, venue or video link, focus, and the group's "
    "members as attendees. The same meeting always gives the same file. Default output: "
    "<meeting>-next-meeting.ics beside the meeting file; '-o -' writes to standard output. "
    "Exit 2 when the file cannot be read or has no next meeting."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``MEETING.toml [-o OUT.ics]``."""
    parser.add_argument("meeting", type=Path, metavar="MEETING.toml", help="a meeting file")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.ics",
        help="where to write (default: beside the meeting file; '-' for standard output)",
    )


def run(args: argparse.Namespace) -> int:
    """Read the meeting (and its group, for the member list), write the invitation."""
    from psg_tui.core.store import (
        GroupStore,
        StoreError,
        load_group_file,
        load_meeting_file,
    )
    from psg_tui.report import export
    from psg_tui.report.calendar import NoNextMeetingError

    path: Path = args.meeting
    try:
        meeting = load_meeting_file(path)
    except StoreError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2

    # A meeting file lives in <group>/meetings/: invite the group's current members when
    # group.toml is there and reads; otherwise the people recorded in the meeting itself.
    group_name, members = meeting.group_name, None
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
            meeting, path, "ics", output=args.output, group_name=group_name, members=members
        )
        data = export.render(job)
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
