"""One way out of the app: gate -> render -> store write, for every output of a meeting.

``psg render``, ``psg ics``, ``psg summary`` and the app's :class:`~psg_tui.tui.exporter.Exporter`
all go through here, in three steps a caller can put its own questions between:

1. :func:`prepare` (or :func:`prepare_summary`): what is written and where. The name comes
   from the store; a member's copy is only for an attendee; an output is never the meeting
   file, nor any group or meeting file (the store refuses it, naming the file).
2. :func:`MeetingExport.gate`: the one privacy gate (:mod:`psg_tui.core.gate`) over the text
   this output carries. Stopping, asking, or recording an acknowledgement
   (:meth:`~psg_tui.core.gate.GateResult.acknowledge`) is the caller's part: the CLI
   stops unless ``--allow-findings``, the app asks.
3. :func:`render` then :func:`write` (or :func:`render_and_write`): the bytes, then the
   store's atomic 0600 write. weasyprint runs here: in the app, call it from a worker thread.

No textual here (report/ never imports the tui).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from psg_tui.core.gate import ICS, GateResult, Output, check_output
from psg_tui.core.models import MeetingStatus
from psg_tui.core.store import (
    OutputKind,
    OutputRefusedError,
    check_output_path,
    output_path,
    summary_output_path,
    write_output,
)

if TYPE_CHECKING:
    from psg_tui.core.attendance import AttendanceReport, MeetingAttendance, MemberAttendance
    from psg_tui.core.models import Group, Meeting, Member
    from psg_tui.core.privacy import Finding

STDOUT = "-"
"""The output name that means standard output (the CLI's ``-o -``)."""


@dataclass
class MeetingExport:
    """One output of one meeting, ready to gate, render and write."""

    meeting: Meeting
    meeting_path: Path
    """The meeting's file: the output is named from it, and is never it."""
    kind: OutputKind
    """``pdf``, ``md`` or ``ics``."""
    target: Path | None
    """Where it is written; None: standard output."""
    member: str | None = None
    """A member's own copy (registration number); None: the group's."""
    variant: str = "ua"
    """PDF flavour: ``ua`` or ``a3b``."""
    group_name: str = ""
    """For the invitation: the group's name (default: the one copied into the meeting)."""
    members: Sequence[Member] | None = None
    """For the invitation: who is invited (default: the meeting's own people)."""
    group: Group | None = None
    """The meeting's group, when known: its members' names are allowed and its "not an
    identifier" list honoured by the gate, as in ``psg check`` and the wrap-up screen."""
    meeting_changed: bool = False
    """:func:`prepare` changed the meeting (an invitation's SEQUENCE was raised): the
    caller saves it (the CLI through the store; the app with ``session.changed()``), so the
    next invitation with the same details has the same SEQUENCE."""

    @property
    def output(self) -> Output:
        """This output, as the privacy gate knows it."""
        return ICS if self.kind == "ics" else Output.copy_for(self.member)

    @property
    def gated(self) -> bool:
        """Whether this output waits on the privacy gate: every output does, the invitation
        included (its focus, venue and platform are checked)."""
        return True

    @property
    def draft(self) -> bool:
        """Notes of a meeting that is not complete: the PDF says DRAFT on every page and
        claims nothing about the PSG criteria. (An invitation is never a draft.)"""
        return self.kind != "ics" and self.meeting.status is not MeetingStatus.COMPLETE

    def gate(self) -> GateResult:
        """The privacy check over what this output carries."""
        return check_output(self.meeting, self.output, group=self.group)


def prepare(
    meeting: Meeting,
    meeting_path: Path,
    kind: OutputKind,
    *,
    member: str | None = None,
    output: Path | str | None = None,
    variant: str = "ua",
    group_name: str = "",
    members: Sequence[Member] | None = None,
    group: Group | None = None,
) -> MeetingExport:
    """Decide what is written where, and refuse what must never be.

    ``output``: a path a person chose, ``"-"`` for standard output, or None for the store's
    name beside the meeting file. Raises ``UnknownMemberError`` (a ValueError) when
    ``member`` did not attend, and :class:`~psg_tui.core.store.OutputRefusedError` (a
    StoreError naming the file) for an output over the meeting file or any group or
    meeting file. Nothing is written or recorded.
    """
    if member is not None and kind != "ics":
        from psg_tui.report.html import check_member

        check_member(meeting, member)
    if output is not None and str(output) == STDOUT:
        target = None
    else:
        target = Path(output) if output is not None else output_path(meeting_path, kind, member)
        if target.resolve() == Path(meeting_path).resolve():
            raise OutputRefusedError.one(
                target, "that is the meeting file itself; choose another output with -o"
            )
        check_output_path(target)
    changed = False
    if kind == "ics":
        from psg_tui.report.calendar import update_sequence

        changed = update_sequence(meeting, group_name, members=members)
    return MeetingExport(
        meeting=meeting,
        meeting_path=Path(meeting_path),
        kind=kind,
        target=target,
        member=member,
        variant=variant,
        group_name=group_name,
        members=members,
        group=group,
        meeting_changed=changed,
    )


class NotCompleteError(ValueError):
    """The final notes were asked for a meeting that is not complete."""


def prepare_final(meeting: Meeting, meeting_path: Path, *, variant: str = "ua") -> MeetingExport:
    """The group's final PDF, for the app to write once the meeting is finished.

    The PDF written at wrap-up, before finishing, is a draft (DRAFT on every page, no claim
    about the PSG criteria); it has the store's name beside the meeting file, and this job
    writes the final notes to the same name, replacing it. Call it right after the meeting's
    status becomes complete (and the meeting is saved), then as for any output: :meth:`gate`
    (ask, or :meth:`~psg_tui.core.gate.GateResult.acknowledge`, when it has findings) and
    :func:`render_and_write` in a worker thread. Raises :class:`NotCompleteError` when the
    meeting is not complete, and what :func:`prepare` raises.
    """
    if meeting.status is not MeetingStatus.COMPLETE:
        raise NotCompleteError(
            f"the meeting of {meeting.date.isoformat()} is not complete: its notes are a draft"
        )
    return prepare(meeting, meeting_path, "pdf", variant=variant)


def render(export: MeetingExport) -> bytes:
    """The output's bytes. PDF: weasyprint, 0.3 to 1 s. Raises ``NoNextMeetingError`` (a
    ValueError) for an invitation when no next meeting is set. An invitation's DTSTAMP is
    now (when it is written)."""
    if export.kind == "ics":
        import datetime as dt

        from psg_tui.report.calendar import next_meeting_ics

        return next_meeting_ics(
            export.meeting, export.group_name, members=export.members, stamp=dt.datetime.now(dt.UTC)
        )
    if export.kind == "md":
        from psg_tui.report import render_meeting_markdown

        return render_meeting_markdown(export.meeting, member=export.member).encode("utf-8")
    from psg_tui.report import render_meeting_pdf

    return render_meeting_pdf(export.meeting, member=export.member, variant=export.variant)


def write(export: MeetingExport, data: bytes) -> Path:
    """Write the bytes where :func:`prepare` said, through the store (atomic, 0600)."""
    if export.target is None:
        raise ValueError("this output goes to standard output: the caller writes it")
    return write_output(export.target, data)


def render_and_write(export: MeetingExport) -> tuple[Path, bytes]:
    """Render, then write; the path written and the bytes (worker-thread work)."""
    data = render(export)
    return write(export, data), data


# -- a member's annual summary ---------------------------------------------------------------


@dataclass
class SummaryExport:
    """One member's annual attendance PDF, ready to gate, render and write."""

    report: AttendanceReport
    row: MemberAttendance
    """The member's row of the attendance report."""
    target: Path | None
    """Where it is written; None: standard output."""
    variant: str = "ua"

    def gate(self) -> list[tuple[MeetingAttendance, Finding]]:
        """The privacy check over the topic line of each meeting the member attended (the
        only free text the summary prints), each with the meeting it is in."""
        from psg_tui.report.summary import meeting_topics

        output = Output("summary", self.row.registration_number)
        found = []
        for record in self.row.attended:
            result = check_output(record.loaded, output, topics=meeting_topics)
            found.extend((record, finding) for finding in result.findings)
        return found

    def render(self) -> bytes:
        """The one-page PDF (weasyprint)."""
        from psg_tui.report.summary import render_annual_summary_pdf

        return render_annual_summary_pdf(
            self.report, self.row.registration_number, variant=self.variant
        )

    def write(self, data: bytes) -> Path:
        """Write it through the store (atomic, 0600)."""
        if self.target is None:
            raise ValueError("this output goes to standard output: the caller writes it")
        return write_output(self.target, data)


def prepare_summary(
    report: AttendanceReport,
    registration_number: str,
    group_dir: Path,
    *,
    output: Path | str | None = None,
    variant: str = "ua",
) -> SummaryExport:
    """The member's row (``UnknownSummaryMemberError``, a ValueError, when there is none)
    and where the PDF goes: ``output``, ``"-"``, or the store's name in the group folder
    (never over a group or meeting file: ``OutputRefusedError``)."""
    from psg_tui.report.summary import summary_member

    row = summary_member(report, registration_number)
    if output is not None and str(output) == STDOUT:
        target = None
    else:
        target = (
            Path(output)
            if output is not None
            else summary_output_path(group_dir, report.year, row.registration_number)
        )
        check_output_path(target)
    return SummaryExport(report, row, target, variant)
