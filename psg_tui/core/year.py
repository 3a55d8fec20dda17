"""A member's year: what one member brought to and took from their group in one
recertification year, gathered for their written reflective account and their professional
development plan (``psg year``; issue 15, part 3).

Pure: no textual, no weasyprint, no report/. :mod:`psg_tui.report.year` draws it.

Built on the attendance report (:mod:`psg_tui.core.attendance`), so the year and what counts
are the same everywhere: recertification year N starts on the 1st of the group's first month
in N, and a meeting **counts** when it is complete with at least four attendees. The member's
year holds, for each counting meeting they attended, oldest first:

- the date, modality and the times the meeting was actually held
  (:meth:`~psg_tui.core.models.Meeting.times_held`: recorded start and end where the app
  timed it, else the booked times), and from them its length in minutes: the member's hours
  of PSG time (other professions in a multidisciplinary group count hours);
- the topics they presented themselves (skipped ones left out): type, title and takeaways;
- their own personal reflection on learning: free text, or the parts of the reflective
  model they chose (What? / So what? / Now what?, Gibbs' cycle) under its headings, and the
  tick-boxes they ticked (professional development plan, culturally safe practice, written
  reflective account);
- their own follow-up, at that meeting's check-in, of the takeaways they gave earlier
  (:func:`own_follow_ups`): the takeaways followed up and what happened since.

Nothing else of the meeting: no other member's topics or reflection, no discussion summaries,
no check-in or check-out notes. :func:`psg_tui.core.gate.output_fields` (kind ``year``) lists
exactly this text for the privacy check; a test holds the two together.

Attended meetings that do not count (not complete, or fewer than four attendees) are listed
by date with the reason, and are in no total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from psg_tui.core.attendance import (
    AttendanceReport,
    MeetingAttendance,
    SkippedFile,
    load_attendance,
)
from psg_tui.core.followup import follow_up_text
from psg_tui.core.models import Meeting, SlotState
from psg_tui.core.words import UNTITLED_TOPIC, format_date, format_modality

__all__ = [
    "MemberYear",
    "OwnFollowUp",
    "OwnTopic",
    "UnknownYearMemberError",
    "YearMeeting",
    "held_minutes",
    "load_member_year",
    "member_year",
    "own_follow_ups",
    "own_topics",
]


class UnknownYearMemberError(ValueError):
    """The registration number is neither a member of the group nor attended a meeting in
    the year."""


@dataclass(frozen=True)
class OwnTopic:
    """A topic the member presented."""

    title: str
    """The title as typed, or the words for an untitled topic (``titled`` False)."""
    titled: bool
    """The presenter gave it a title."""
    topic_type: str
    """The topic type in words ("Case study / presentation")."""
    takeaways: str
    """Their takeaway learnings (Markdown, as typed; may be empty)."""
    minutes: int | None
    """Minutes the slot actually took (present, discussion, takeaways), None if not timed."""


@dataclass(frozen=True)
class OwnFollowUp:
    """The member's follow-up, at a meeting's check-in, of takeaways they gave earlier."""

    heading: str
    """``Follow-up of my takeaways from 20 May 2026`` (no date when the file has none)."""
    takeaways: str
    """The takeaways followed up, as copied into the meeting file (Markdown; may be empty
    in an older or hand-made record)."""
    answer: str
    """What happened since: the choice and the note (``Tried it: asked the prescriber``)."""


@dataclass(frozen=True)
class YearMeeting:
    """One counting meeting the member attended, as their year shows it."""

    date: dt.date
    """Date of the meeting."""
    path: Path | None
    """The meeting file (None when built from bare meetings)."""
    modality: str
    """How the group met, in words ("In person", "Videoconference (Zoom)")."""
    start: dt.time | None
    """Start as held (recorded) where known, else as booked; None if neither."""
    end: dt.time | None
    """End as held where known, else as booked; None if neither."""
    minutes: int | None
    """Length of the meeting from ``start`` and ``end``; None when either is unknown."""
    topics: tuple[OwnTopic, ...]
    """Topics the member presented (skipped ones left out), in order."""
    reflection: str
    """Their personal reflection's free text (Markdown, as typed; may be empty). With a
    reflective model, what they said beyond its parts."""
    reflection_model: str = ""
    """The reflective model they used (``What? / So what? / Now what?``); empty for free
    text."""
    reflection_parts: tuple[tuple[str, str], ...] = ()
    """The model's parts they wrote, each as (heading, Markdown text), in the model's order
    (blank parts left out)."""
    reflection_ticks: tuple[str, ...] = ()
    """The reflection's tick-boxes ticked, in words (``Informs my professional development
    plan``)."""
    follow_ups: tuple[OwnFollowUp, ...] = ()
    """Their follow-ups of earlier takeaways (see :func:`own_follow_ups`)."""
    meeting: Meeting | None = field(default=None, repr=False, compare=False)
    """The loaded meeting (for the privacy gate and the PDF's creation date)."""


@dataclass(frozen=True)
class NotCounted:
    """A meeting the member attended in the year that does not count, and why."""

    date: dt.date
    reason: str
    """In words: "not complete (in progress)", "3 attendees, fewer than 4"."""


@dataclass(frozen=True)
class MemberYear:
    """One member's recertification year in their group."""

    group_name: str
    year: int
    """Recertification year: the calendar year it starts in."""
    year_label: str
    """``1 Apr 2026 to 31 Mar 2027``."""
    first_day: dt.date
    last_day: dt.date
    registration_number: str
    name: str
    profession: str
    current: bool
    """Still a member of the group (False: attended this year, has since left)."""
    meetings: tuple[YearMeeting, ...]
    """Counting meetings attended, oldest first."""
    not_counted: tuple[NotCounted, ...] = ()
    """Attended meetings that do not count, oldest first."""
    required: int = 2
    """Counting meetings a recertification year asks for."""
    skipped: tuple[SkippedFile, ...] = ()
    """Meeting files that could not be read (so are not in this year)."""

    @property
    def total_minutes(self) -> int:
        """PSG time over the counting meetings whose times are known."""
        return sum(m.minutes for m in self.meetings if m.minutes is not None)

    @property
    def untimed(self) -> tuple[YearMeeting, ...]:
        """Counting meetings with no start or end time recorded or booked: not in the total."""
        return tuple(m for m in self.meetings if m.minutes is None)

    @property
    def hours(self) -> float:
        """:attr:`total_minutes` in hours (for the decimal figure a form asks for)."""
        return self.total_minutes / 60

    @property
    def presented_minutes(self) -> int:
        """Minutes the member's own topics took, where they were timed."""
        return sum(t.minutes or 0 for m in self.meetings for t in m.topics)


# -- one meeting ------------------------------------------------------------------------


def held_minutes(meeting: Meeting) -> int | None:
    """The meeting's length in whole minutes from the times it was held
    (:meth:`~psg_tui.core.models.Meeting.times_held`), None when a time is missing. An end
    earlier than the start is taken as past midnight."""
    start, end = meeting.times_held()
    if start is None or end is None:
        return None
    begin = start.hour * 60 + start.minute
    finish = end.hour * 60 + end.minute
    if finish < begin:
        finish += 24 * 60
    return finish - begin


def own_topics(meeting: Meeting, registration_number: str) -> tuple[OwnTopic, ...]:
    """The topics ``registration_number`` presented at ``meeting`` (not the skipped ones)."""
    topics = []
    for slot in meeting.slots:
        if slot.presenter != registration_number or slot.state is SlotState.SKIPPED:
            continue
        title = slot.title.strip()
        spent = slot.phase_seconds.total
        topics.append(
            OwnTopic(
                title=title or UNTITLED_TOPIC,
                titled=bool(title),
                topic_type=slot.topic_type.label,
                takeaways=slot.takeaways,
                minutes=round(spent / 60) if spent else None,
            )
        )
    return tuple(topics)


def own_follow_ups(meeting: Meeting, registration_number: str) -> tuple[OwnFollowUp, ...]:
    """The member's own follow-ups of earlier takeaways recorded at ``meeting`` (issue 15,
    part 1; ``Meeting.follow_ups``), as their year prints them: never another member's, and
    not a blank one (no choice, no note).

    The year prints each one's takeaways and note, so the ``year`` rule of
    :func:`psg_tui.core.gate.output_fields` scans the same ``follow_ups.*`` fields.
    """
    found = []
    for follow_up in meeting.follow_ups:
        if follow_up.registration_number != registration_number or follow_up.blank:
            continue
        since = f" from {format_date(follow_up.from_date)}" if follow_up.from_date else ""
        found.append(
            OwnFollowUp(
                heading=f"Follow-up of my takeaways{since}",
                takeaways=follow_up.takeaways,
                answer=f"What happened since: {follow_up_text(follow_up)}",
            )
        )
    return tuple(found)


def _year_meeting(record: MeetingAttendance, registration_number: str) -> YearMeeting:
    meeting = record.loaded
    start, end = meeting.times_held()
    reflection = meeting.reflection_of(registration_number)
    structured = reflection is not None and bool(reflection.framework.prompts)
    return YearMeeting(
        date=record.date,
        path=record.path,
        modality=format_modality(meeting.modality, meeting.platform),
        start=start,
        end=end,
        minutes=held_minutes(meeting),
        topics=own_topics(meeting, registration_number),
        reflection=reflection.text if reflection else "",
        reflection_model=reflection.framework.label if reflection and structured else "",
        reflection_parts=tuple(
            (heading, text)
            for heading, text in (reflection.sections() if reflection else [])
            if heading
        ),
        reflection_ticks=tuple(reflection.ticked()) if reflection else (),
        follow_ups=own_follow_ups(meeting, registration_number),
        meeting=meeting,
    )


# -- the year ---------------------------------------------------------------------------


def member_year(report: AttendanceReport, registration_number: str) -> MemberYear:
    """The member's year from the group's attendance report for that year. Raises
    :class:`UnknownYearMemberError` when the number is not a member's and attended nothing
    in the year."""
    reg = registration_number.strip()
    row = report.member(reg)
    if row is None:
        raise UnknownYearMemberError(
            f"registration number {registration_number} is not a member of "
            f"{report.group_name} and attended no meeting in recertification year "
            f"{report.year} ({report.year_label})"
        )
    return MemberYear(
        group_name=report.group_name,
        year=report.year,
        year_label=report.year_label,
        first_day=report.first_day,
        last_day=report.last_day,
        registration_number=row.registration_number,
        name=row.name,
        profession=row.profession,
        current=row.current,
        meetings=tuple(_year_meeting(r, reg) for r in row.attended if r.counts),
        not_counted=tuple(
            NotCounted(r.date, r.why_not_counted) for r in row.attended if not r.counts
        ),
        required=report.required,
        skipped=report.skipped,
    )


def load_member_year(
    group_dir: Path,
    registration_number: str,
    year: int | None = None,
    today: dt.date | None = None,
) -> MemberYear:
    """Read the group folder and gather the member's year (default: the recertification
    year containing ``today``, itself default the local date). Reads the same files as
    :func:`~psg_tui.core.attendance.load_attendance`; raises what it raises (a
    ``StoreError`` naming the file) and :class:`UnknownYearMemberError`.

    What the app's home screen calls (in a worker thread) before
    :func:`psg_tui.report.year.prepare_year`.
    """
    return member_year(load_attendance(group_dir, year, today), registration_number)
