"""One meeting record: what the notes of a meeting say, worked out once.

The PDF (through HTML), the Markdown export and the past-meeting screen all show the same
record. :func:`build_record` decides everything they have in common, so no view re-derives
it: which topics were presented and which were skipped, what an untitled topic is called, the
draft notice, the PSG-criteria and privacy-acknowledgement sentences, the next meeting, and
what a member's own copy adds. The views only draw the :class:`MeetingRecord`; each chooses
its layout and which parts it shows (the screen, for one, shows no acknowledgement).

What is never in a record, whoever asks: check-in and check-out notes (personal), any
reflection or follow-up but the asking member's own, and the join link of a videoconference.

Plain frozen dataclasses and strings: no Textual, HTML or Markdown here. Free text that the
note taker typed as Markdown is kept as typed (:class:`Notes`); a view renders it safely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from psg_tui.core import words
from psg_tui.core.airtime import TimingRow, planned_vs_actual
from psg_tui.core.followup import follow_up_text
from psg_tui.core.gate import Output, current_acknowledgement
from psg_tui.core.models import (
    GroupDefaults,
    Meeting,
    MeetingStatus,
    Modality,
    Slot,
    SlotState,
    is_guest_key,
)
from psg_tui.core.privacy import KIND_LABELS
from psg_tui.core.signoff import sign_off_sentence, stale_sentence

__all__ = [
    "Acknowledgement",
    "Details",
    "FollowUpPart",
    "MeetingRecord",
    "MemberPart",
    "NextMeetingRecord",
    "Notes",
    "OwnTakeaways",
    "Person",
    "Role",
    "SkippedTopic",
    "Topic",
    "UnknownMemberError",
    "Venue",
    "build_record",
    "check_member",
    "finding_kinds_in_words",
    "report_title",
]

DEFAULT_GROUP_NAME = "Peer support group"
"""What an unnamed group is called."""


class UnknownMemberError(ValueError):
    """A member's copy was asked for someone who did not attend this meeting."""


@dataclass(frozen=True)
class Person:
    """Someone the record names: an attendee, a presenter, a role holder or an apology."""

    name: str
    """Their name; the registration number itself when the record knows no name for it."""
    registration_number: str = ""
    """Shown beside the name; empty when none was recorded (an apology may have none) or
    when the number stands in for the name."""
    profession: str = ""
    attendance: str = ""
    """``arrived 7:05 pm``, ``left 8:10 pm``: an attendee who came late or left early."""
    guest: bool = False
    """A guest or other non-member attendee: not counted for recertification."""

    @property
    def named(self) -> str:
        """The name, marked as a guest's, with a late arrival or an early leaving after it."""
        notes = [n for n in ("guest" if self.guest else "", self.attendance) if n]
        return f"{self.name} ({'; '.join(notes)})" if notes else self.name

    @property
    def text(self) -> str:
        """``Name (12345)``, or the name alone when there is no number to add."""
        number = self.registration_number
        return f"{self.name} ({number})" if number else self.name


@dataclass(frozen=True)
class Role:
    """A meeting role and who held it (``None``: not recorded)."""

    label: str
    person: Person | None


@dataclass(frozen=True)
class Notes:
    """Free text the note taker typed (Markdown, as typed) and what to say when it is empty.

    Kept unstripped: leading spaces can mean something in Markdown (an indented code block),
    so each view decides how it trims."""

    text: str
    empty: str

    @property
    def blank(self) -> bool:
        """Nothing but white space was written."""
        return not self.text.strip()


@dataclass(frozen=True)
class Venue:
    """Where the group meets: how (``In person``), where (stripped; empty when not
    recorded) and what to say when it was not recorded. Never the join link."""

    how: str
    where: str
    missing: str

    @property
    def text(self) -> str:
        """``In person: Hall`` or ``In person: venue not recorded``."""
        return f"{self.how}: {self.where or self.missing}"


@dataclass(frozen=True)
class Details:
    """The facts a verifier looks for first."""

    date: str
    """The date in words."""
    time: str
    """``6:30 pm to 8:00 pm`` as held (else as booked); empty when unknown."""
    venue: Venue
    roles: tuple[Role, ...]
    """Facilitator, timekeeper and note taker, in that order."""
    attendee_count: int
    """Attendees, or (in a draft) people expected."""
    attendee_label: str
    """``Attendees``, or ``Expected`` in a draft: nobody has attended a planned meeting."""
    meets_criteria: bool
    """Never true for a draft."""
    criteria: str
    """The PSG-criteria sentence; in a draft, that it is not known yet."""
    missing: tuple[str, ...]
    """What the minimum data set still lacks (empty when complete)."""


@dataclass(frozen=True)
class Acknowledgement:
    """The privacy-check acknowledgement sentence, split around who acknowledged it so a
    view can draw that person its own way: ``before`` + who + ``after``."""

    before: str
    by: Person | None
    """The member who acknowledged, when recorded by registration number."""
    by_text: str
    """Otherwise who it was, as typed (stripped); empty when not recorded."""
    by_missing: str
    """What to say when nobody was recorded."""
    after: str

    @property
    def who(self) -> str:
        """Who acknowledged, in plain words."""
        if self.by is not None:
            return self.by.text
        return self.by_text or self.by_missing

    @property
    def text(self) -> str:
        """The whole sentence in plain words."""
        return f"{self.before} {self.who} {self.after}"


@dataclass(frozen=True)
class Topic:
    """A topic presented at the meeting, numbered in the order presented."""

    number: int
    title: str
    """The title, stripped, or "Untitled topic"."""
    titled: bool
    topic_type: str
    presenter: Person
    show_presenter: bool
    """Whether the shared record names the presenter (the group or the slot may leave
    presenters out; a member's own copy always names them beside their own topics)."""
    summary: Notes
    takeaways: Notes
    references: tuple[str, ...]
    """Each stripped; empty ones left out."""
    minutes: int | None
    """Minutes spent on it, when it was timed."""
    notes_by: str = ""
    """``notes by Name``: who wrote the notes when members write their own (no note
    taker); empty when not said."""


@dataclass(frozen=True)
class SkippedTopic:
    """A topic booked for the meeting but not presented."""

    title: str
    titled: bool
    presenter: Person
    show_presenter: bool
    """As for :class:`Topic`."""


@dataclass(frozen=True)
class NextMeetingRecord:
    """The next meeting, as set at this one."""

    when: str
    """``Wednesday 20 May 2026, 6:30 pm``."""
    length: str
    """``1 hour 30 minutes``."""
    venue: Venue
    focus: str
    """Stripped; empty when none was agreed."""


@dataclass(frozen=True)
class OwnTakeaways:
    """One topic the member presented, with their takeaways."""

    title: str
    takeaways: Notes


@dataclass(frozen=True)
class FollowUpPart:
    """The member's follow-up, at this meeting's check-in, of their earlier takeaways."""

    heading: str
    """``Follow-up of my takeaways from 19 August 2026``."""
    takeaways: Notes
    """The takeaways followed up (may be blank in an older or hand-made record)."""
    answer: str
    """``What happened since: Tried it: asked the prescriber first.``"""


@dataclass(frozen=True)
class MemberPart:
    """What a member's own copy adds: their takeaways, their reflection and their
    follow-up (nobody else's)."""

    person: Person
    note: str
    """Says that this part is in their copy only."""
    takeaways: tuple[OwnTakeaways, ...]
    no_topic: str
    """What to say when they presented no topic."""
    reflection: Notes
    """The reflection's free text (with a reflective model, what was said beyond its parts)."""
    framework: str = ""
    """The reflective model used (``What? / So what? / Now what?``); empty for free text."""
    reflection_parts: tuple[tuple[str, Notes], ...] = ()
    """The model's parts written, each with its heading, in order (empty for free text)."""
    ticks: tuple[str, ...] = ()
    """The tick-boxes ticked, in words (``Informs my professional development plan``)."""
    follow_up: FollowUpPart | None = None
    """Their follow-up of earlier takeaways, given at this meeting's check-in."""


@dataclass(frozen=True)
class MeetingRecord:
    """What the notes of one meeting say, in the order a verifier reads them."""

    group: str
    """The group's name, or "Peer support group"."""
    date: dt.date
    title: str
    """The document title: group, what it is, date (and whose copy)."""
    heading: str
    """The main heading: ``Peer support group meeting notes: <date>``."""
    running: str
    """The running header of a printed page."""
    status: str
    """``planned``, ``in progress`` or ``complete``."""
    draft_notice: str
    """Empty when the meeting is complete."""
    draft_mark: str
    """What every page of a draft says at its top and foot; empty when complete."""
    copy_for: Person | None
    """Whose own copy this is (``None``: the group's copy)."""
    details: Details
    confidentiality: str
    """The fixed confidentiality and privacy statement."""
    confidentiality_note: Notes
    """The group's own note on confidentiality at this meeting (may be blank)."""
    acknowledgement: Acknowledgement | None
    """Set when privacy-check findings were acknowledged before the notes were produced."""
    attendees: tuple[Person, ...]
    """Who attended; in a draft, who is expected."""
    attendees_heading: str
    """``Attendees``, or in a draft ``Expected (not an attendance record)``."""
    no_attendees: str
    apologies: tuple[Person, ...]
    no_apologies: str
    summary: Notes
    """The overall summary of the meeting."""
    topics: tuple[Topic, ...]
    skipped: tuple[SkippedTopic, ...]
    skipped_heading: str
    no_topics: str
    """What to say when no topic was booked at all (none presented, none skipped)."""
    next_meeting: NextMeetingRecord | None
    no_next_meeting: str
    member: MemberPart | None
    closing: str
    """The closing line: confidential to the group."""
    sign_off: str = ""
    """``Notes confirmed by <name> (<number>) on <date>``; empty when not confirmed (or the
    notes changed since)."""
    sign_off_stale: str = ""
    """A sign-off the file records that no longer holds (the notes changed after it):
    ``Confirmed by <name> on <date>; the notes have changed since``. The screen shows it;
    the PDF and the Markdown never print it (it is no confirmation)."""
    review: str = ""
    """That the group reviewed its purpose and ground rules at this meeting (and what it
    concluded); empty when it did not."""
    timing: tuple[TimingRow, ...] = ()
    """Planned against actual time per stage, slot and phase (the screen shows it; the
    PDF does not)."""


# -- building it ------------------------------------------------------------------------------


def finding_kinds_in_words(kinds: Sequence[str]) -> str:
    """``["named_person", "phone"]`` -> ``named person, phone number`` (the privacy check's
    own wording)."""
    return ", ".join(KIND_LABELS.get(kind, kind.replace("_", " ")) for kind in kinds)


def check_member(meeting: Meeting, member: str | None) -> None:
    """Raise :class:`UnknownMemberError` unless ``member`` (a registration number) attended."""
    if member is None or meeting.attendee(member) is not None:
        return
    sent_apologies = next(
        (a for a in meeting.apologies if a.registration_number == member and member), None
    )
    when = words.format_date(meeting.date)
    if sent_apologies is not None:
        raise UnknownMemberError(
            f"{sent_apologies.name} ({member}) sent apologies for the meeting on {when}: "
            "a member's copy is only for someone who attended"
        )
    raise UnknownMemberError(
        f"registration number {member} is not an attendee of the meeting on {when}"
    )


def _group_name(meeting: Meeting) -> str:
    return meeting.group_name.strip() or DEFAULT_GROUP_NAME


def report_title(meeting: Meeting, member: str | None = None) -> str:
    """The document title: group, what it is, date (and whose copy)."""
    title = f"{_group_name(meeting)}: meeting notes, {words.format_date(meeting.date)}"
    if member is not None:
        title += f" ({meeting.name_of(member)}'s copy)"
    return title


def _person(meeting: Meeting, registration_number: str) -> Person:
    """An attendee by registration number; a number that is no attendee's is shown alone."""
    attendee = meeting.attendee(registration_number)
    if attendee is None:
        return Person(registration_number)
    return Person(attendee.name, _number(registration_number), guest=attendee.guest)


def _number(registration_number: str) -> str:
    """The registration number to print: none for a guest's key (``guest-1``)."""
    return "" if is_guest_key(registration_number) else registration_number


def _guests_sentence(meeting: Meeting) -> str:
    """``Also attended, as a guest (not counted for recertification or towards the PSG
    minimum): Name.``; empty without guests."""
    guests = meeting.guests
    if not guests:
        return ""
    what = "as a guest" if len(guests) == 1 else "as guests"
    names = ", ".join(g.name for g in guests)
    return (
        f"Also attended, {what} (not counted for recertification or towards the PSG "
        f"minimum): {names}."
    )


def _venue(modality: Modality, venue: str, platform: str) -> Venue:
    return Venue(*words.venue_parts(modality, venue, platform))


def _untitled(slot: Slot) -> tuple[str, bool]:
    title = slot.title.strip()
    return (title, True) if title else (words.UNTITLED_TOPIC, False)


def _minutes_spent(slot: Slot) -> int | None:
    spent = slot.phase_seconds.total
    return round(spent / 60) if spent else None


def _show_presenter(meeting: Meeting, slot: Slot, member: str | None) -> bool:
    """Whether the record names this slot's presenter: the slot's choice, else the
    meeting's; always in the presenter's own copy."""
    if member is not None and slot.presenter == member:
        return True
    if slot.presenter_in_record is not None:
        return slot.presenter_in_record
    return meeting.presenters_in_record


def _topic(meeting: Meeting, number: int, slot: Slot, member: str | None) -> Topic:
    title, titled = _untitled(slot)
    return Topic(
        number=number,
        title=title,
        titled=titled,
        topic_type=slot.topic_type.label,
        presenter=_person(meeting, slot.presenter),
        show_presenter=_show_presenter(meeting, slot, member),
        summary=Notes(slot.summary, "No summary recorded."),
        takeaways=Notes(slot.takeaways, "No takeaways recorded."),
        references=tuple(r.strip() for r in slot.references if r.strip()),
        minutes=_minutes_spent(slot),
        notes_by=f"notes by {meeting.name_of(slot.written_by)}" if slot.written_by else "",
    )


def _details(meeting: Meeting) -> Details:
    roles = meeting.roles
    count = len(meeting.members_attending)  # guests are never counted
    draft = meeting.status is not MeetingStatus.COMPLETE
    return Details(
        date=words.format_date(meeting.date),
        time=words.format_time_range(*meeting.times_held()),
        venue=_venue(meeting.modality, meeting.venue, meeting.platform),
        roles=tuple(
            Role(label, _person(meeting, reg) if reg else None)
            for label, reg in (
                ("Facilitator", roles.facilitator),
                ("Timekeeper", roles.timekeeper),
                ("Note taker", roles.note_taker),
            )
        ),
        attendee_count=count,
        attendee_label="Expected" if draft else "Attendees",
        meets_criteria=meeting.meets_psg_minimum and not draft,
        criteria=" ".join(
            part
            for part in (
                words.draft_criteria_sentence(meeting.status, count)
                if draft
                else words.psg_criteria_sentence(count),
                _guests_sentence(meeting),
            )
            if part
        ),
        missing=tuple(meeting.missing_minimum_data()),
    )


# A stand-in for who acknowledged, so the sentence is worded once (in core.words) and each
# view can still draw the person its own way (the PDF marks the registration number).
_WHO = "\x00"


def _acknowledgement(meeting: Meeting, member: str | None) -> Acknowledgement | None:
    # Only this output's own acknowledgement, and only while the check still finds
    # something in what this output carries (checked again now, not taken on trust).
    ack = current_acknowledgement(meeting, Output.copy_for(member))
    if ack is None:
        return None
    sentence = words.acknowledgement_sentence(
        ack.findings, finding_kinds_in_words(ack.kinds), _WHO, ack.acknowledged_at.date()
    )
    before, after = sentence.split(_WHO)
    # A registration number is a member, named from the attendance; anything else was typed.
    by = _person(meeting, ack.by) if ack.by.isdigit() else None
    return Acknowledgement(
        before=before.rstrip(),
        by=by,
        by_text="" if by else ack.by.strip(),
        by_missing="someone not recorded",
        after=after.lstrip(),
    )


def _next_meeting(meeting: Meeting) -> NextMeetingRecord | None:
    nxt = meeting.next_meeting
    if nxt is None:
        return None
    return NextMeetingRecord(
        when=words.format_date_and_time(nxt.date, nxt.start_time),
        length=words.format_minutes(nxt.duration_minutes),
        venue=_venue(nxt.modality, nxt.venue, nxt.platform),
        focus=nxt.focus.strip(),
    )


def _follow_up(meeting: Meeting, member: str) -> FollowUpPart | None:
    follow_up = meeting.follow_up_of(member)
    if follow_up is None or follow_up.blank:
        return None
    since = f" from {words.format_date(follow_up.from_date)}" if follow_up.from_date else ""
    return FollowUpPart(
        heading=f"Follow-up of my takeaways{since}",
        takeaways=Notes(follow_up.takeaways, ""),
        answer=f"What happened since: {follow_up_text(follow_up)}",
    )


def _review(meeting: Meeting) -> str:
    review = meeting.ground_rules_review
    if review is None:
        return ""
    sentence = "The group reviewed its purpose and ground rules at this meeting."
    note = " ".join(review.note.split())
    return f"{sentence} {note}" if note else sentence


def _member_part(meeting: Meeting, member: str, presented: Sequence[Slot]) -> MemberPart:
    reflection = meeting.reflection_of(member)
    structured = reflection is not None and bool(reflection.framework.prompts)
    return MemberPart(
        person=_person(meeting, member),
        note=words.MEMBER_COPY_NOTE,
        takeaways=tuple(
            OwnTakeaways(_untitled(slot)[0], Notes(slot.takeaways, "No takeaways recorded."))
            for slot in presented
            if slot.presenter == member
        ),
        no_topic="I did not present a topic at this meeting.",
        # Only this member's own reflection: another member's never appears.
        reflection=Notes(
            reflection.text if reflection else "",
            "" if structured else "No reflection recorded.",
        ),
        framework=reflection.framework.label if reflection and structured else "",
        reflection_parts=tuple(
            (heading, Notes(text, ""))
            for heading, text in (reflection.sections() if reflection else [])
            if heading
        ),
        ticks=tuple(reflection.ticked()) if reflection else (),
        follow_up=_follow_up(meeting, member),
    )


def build_record(
    meeting: Meeting, member: str | None = None, *, defaults: GroupDefaults | None = None
) -> MeetingRecord:
    """The record of ``meeting``: the group's copy, or with ``member`` (a registration
    number) that attendee's own copy, which adds their takeaways, reflection and follow-up.
    ``defaults``: the group's, for the planned time of the rounds and the slots' phases.

    Raises :class:`UnknownMemberError` when ``member`` did not attend.
    """
    check_member(meeting, member)
    group = _group_name(meeting)
    date = words.format_date(meeting.date)
    running = f"{group}: meeting notes, {date}"
    if member is not None:
        running += f", {meeting.name_of(member)}'s copy"
    presented = [s for s in meeting.slots if s.state is not SlotState.SKIPPED]
    skipped = [s for s in meeting.slots if s.state is SlotState.SKIPPED]
    draft = meeting.status is not MeetingStatus.COMPLETE
    return MeetingRecord(
        group=group,
        date=meeting.date,
        title=report_title(meeting, member),
        heading=f"Peer support group meeting notes: {date}",
        running=running,
        status=words.status_text(meeting.status),
        draft_notice=words.draft_notice(meeting.status),
        draft_mark=words.DRAFT_MARK if draft else "",
        copy_for=None if member is None else _person(meeting, member),
        details=_details(meeting),
        confidentiality=words.CONFIDENTIALITY_STATEMENT,
        confidentiality_note=Notes(meeting.confidentiality_note, ""),
        acknowledgement=_acknowledgement(meeting, member),
        attendees=tuple(
            Person(
                a.name,
                _number(a.registration_number),
                a.profession,
                attendance=_arrived_or_left(meeting, a.registration_number),
                guest=a.guest,
            )
            for a in meeting.attendees
        ),
        attendees_heading="Expected (not an attendance record)" if draft else "Attendees",
        no_attendees="Nobody expected yet." if draft else "No attendees recorded.",
        apologies=tuple(Person(a.name, a.registration_number) for a in meeting.apologies),
        no_apologies="None.",
        summary=Notes(meeting.summary, "No overall summary recorded."),
        topics=tuple(
            _topic(meeting, number, slot, member) for number, slot in enumerate(presented, start=1)
        ),
        skipped=tuple(
            SkippedTopic(
                *_untitled(slot),
                _person(meeting, slot.presenter),
                _show_presenter(meeting, slot, member),
            )
            for slot in skipped
        ),
        skipped_heading=words.NOT_PRESENTED,
        no_topics="No presenter topics recorded.",
        next_meeting=_next_meeting(meeting),
        no_next_meeting="Not set at this meeting.",
        member=None if member is None else _member_part(meeting, member, presented),
        closing=words.CONFIDENTIAL_TO_THE_GROUP,
        sign_off=sign_off_sentence(meeting),
        sign_off_stale=stale_sentence(meeting),
        review=_review(meeting),
        timing=tuple(planned_vs_actual(meeting, defaults)),
    )


def _arrived_or_left(meeting: Meeting, registration_number: str) -> str:
    """``arrived 7:05 pm``, ``left 8:10 pm`` or both, in the meeting's own time zone."""
    note = meeting.attendance_note(registration_number)
    if note is None:
        return ""
    zone = ZoneInfo(meeting.timezone)
    parts = [
        f"{what} {words.format_time(moment.astimezone(zone).time())}"
        for what, moment in (("arrived", note.arrived_at), ("left", note.left_at))
        if moment is not None
    ]
    return ", ".join(parts)
