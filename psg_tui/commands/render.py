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

from psg_tui.commands import add_variant_argument
from psg_tui.core.store import GroupStore, StoreError, atomic_write, dump_toml, locate_line

if TYPE_CHECKING:
    from psg_tui.core.models import Meeting
    from psg_tui.core.privacy import Finding

HELP = (
    "Render a meeting file to the minimum-data-set PDF each member uploads to MyRecert "
    "(or to Markdown with --format md). Without -o the file goes beside the meeting file: "
    "meetings/2026-02-18.pdf, or meetings/2026-02-18-70231.pdf for a member's copy. "
    "Exit 0 when written; 1 when the privacy check found possible identifiers (fix them, or "
    "pass --allow-findings); 2 for an invalid meeting file, an unknown member or an output "
    "that cannot be written."
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``MEETING [-o OUT] [--member REG] [--variant ua|a3b] [--format pdf|md]
    [--allow-findings]``."""
    parser.add_argument("meeting", type=Path, metavar="MEETING.toml", help="the meeting file")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="where to write (default: beside the meeting file; '-' for standard output)",
    )
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
        "in the meeting file",
    )


def default_output(meeting_path: Path, member: str | None, fmt: str) -> Path:
    """``meetings/2026-02-18.pdf``, or ``meetings/2026-02-18-70231.pdf`` for a member."""
    stem = meeting_path.stem + (f"-{member}" if member else "")
    return meeting_path.with_name(f"{stem}.{fmt}")


def _store_for(meeting_path: Path) -> GroupStore:
    """The group folder a meeting file sits in (``<group>/meetings/<date>.toml``)."""
    parent = meeting_path.parent
    return GroupStore(parent.parent if parent.name == "meetings" else parent)


def _error(message: str) -> None:
    print(f"psg render: {message}", file=sys.stderr)


def _file_line(text: str, finding: Finding) -> int | None:
    """The line in the TOML file where a finding sits (best effort)."""
    loc = tuple(int(part) if part.isdigit() else part for part in finding.field.split("."))
    key_line = locate_line(text, loc)
    if key_line is None:
        return None
    lines = text.splitlines()
    opens_block = lines[key_line - 1].rstrip().endswith(('"""', "'''"))
    # A multi-line string starts on the line after its key; a one-line string is on it.
    return key_line + finding.line if opens_block else key_line + finding.line - 1


def _privacy_gate(
    args: argparse.Namespace, store: GroupStore, path: Path, meeting: Meeting, member: str | None
) -> int | None:
    """Run the privacy check over what this output will hold. Returns the exit code to stop
    with, or None to go on (after recording an acknowledgement when --allow-findings)."""
    from psg_tui.core.privacy import acknowledge_findings, describe_findings, findings_in_output

    findings = findings_in_output(meeting, member)
    if not findings:
        return None
    if not args.allow_findings:
        _error(
            f"{path}: the privacy check found {describe_findings(findings)} that may identify "
            "someone; nothing was written:"
        )
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = ""
        for finding in findings:
            line = _file_line(text, finding) if text else None
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
    # Whoever runs the command stands in for the note taker, who owns the notes.
    by = meeting.roles.note_taker or "psg render"
    acknowledge_findings(meeting, findings, by, now)
    try:
        # Only a file that loaded fine gets here; check_overwrite also refuses one that was
        # changed into something unreadable since.
        store.check_overwrite(path)
        atomic_write(path, dump_toml(meeting))
    except StoreError as exc:
        for problem in exc.problems:
            _error(str(problem))
        return EXIT_INVALID
    except OSError as exc:
        _error(f"{path}: cannot record the acknowledgement: {exc.strerror or exc}")
        return EXIT_INVALID
    print(
        f"{path}: recorded that {describe_findings(findings)} "
        f"{'was' if len(findings) == 1 else 'were'} acknowledged",
        file=sys.stderr,
    )
    return None


def run(args: argparse.Namespace) -> int:
    """Load, check privacy, render, write atomically."""
    from psg_tui.report.html import UnknownMemberError, check_member

    path: Path = args.meeting
    store = _store_for(path)
    try:
        meeting = store.load_meeting(path)
    except StoreError as exc:
        for problem in exc.problems:
            _error(str(problem))
        return EXIT_INVALID
    member = args.member.strip() if args.member is not None else None
    try:
        check_member(meeting, member)
    except UnknownMemberError as exc:
        _error(f"{path}: --member: {exc}")
        return EXIT_INVALID
    output: Path = args.output or default_output(path, member, args.format)
    to_stdout = str(output) == "-"
    if not to_stdout and output.resolve() == path.resolve():
        _error(f"{output}: that is the meeting file itself; choose another output with -o")
        return EXIT_INVALID

    stop = _privacy_gate(args, store, path, meeting, member)
    if stop is not None:
        return stop

    if args.format == "md":
        from psg_tui.report.markdown import render_meeting_markdown

        data = render_meeting_markdown(meeting, member=member).encode("utf-8")
    else:
        from psg_tui.report.pdf import render_meeting_pdf

        data = render_meeting_pdf(meeting, member=member, variant=args.variant)

    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        atomic_write(output, data)
    except OSError as exc:
        _error(f"{output}: cannot write: {exc.strerror or exc}")
        return EXIT_INVALID
    print(f"wrote {output}")
    return EXIT_OK
