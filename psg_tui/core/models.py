"""The meeting model: a peer support group, its members and its meetings.

Pure pydantic v2; no textual, no weasyprint. Every field carries a description, which is
also the documentation of the TOML files (see ``psg_tui.core.store``).

Conventions
- Durations are whole seconds (``*_seconds``) or, for what people type, whole minutes.
- Timestamps that the app records are timezone-aware datetimes.
- No ``None`` inside lists: TOML has no null.
- Free text has its newlines normalised (CRLF and CR become LF) so a file round-trips exactly.
- A person inside a meeting is referred to by registration number; their name is copied into
  ``attendees`` so the record stands alone if the group's membership changes later.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = 1
"""The newest meeting and group file format this version of psg-tui reads and writes."""

PSG_MINIMUM_ATTENDEES = 4
"""A meeting counts as a PSG meeting only with at least this many attendees."""


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, so text typed on any system round-trips exactly."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


Text = Annotated[str, AfterValidator(normalise_newlines)]
"""Free text typed by a person: any characters, newlines normalised."""

_REGISTRATION_RE = re.compile(r"[0-9]+")


def _check_registration_number(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("registration number is empty")
    if not _REGISTRATION_RE.fullmatch(value):
        raise ValueError(f"registration number {value!r} must be digits only")
    return value


RegistrationNumber = Annotated[str, AfterValidator(_check_registration_number)]
"""An opaque string of digits (Pharmacy Council or other regulator). Never of a fixed length."""


def _check_optional_registration_number(value: str) -> str:
    return _check_registration_number(value) if value.strip() else ""


OptionalRegistrationNumber = Annotated[str, AfterValidator(_check_optional_registration_number)]
"""A registration number, or empty where it is not known (an apology from a guest)."""


def _check_aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("needs a time zone (e.g. 2026-02-18T18:30:00+13:00)")
    return value


AwareDatetime = Annotated[dt.datetime, AfterValidator(_check_aware)]
"""A timestamp with its UTC offset. (pydantic's own AwareDatetime pulls in pydantic.types,
which costs a noticeable part of the app's start-up.)"""


def _check_name(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("name is empty")
    return value


PersonName = Annotated[str, AfterValidator(_check_name)]
"""A person's name as they write it (macrons and all); inner white space folded."""


class Model(BaseModel):
    """Base for every model: unknown keys are an error, so a typo in a file is reported."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class TopicType(StrEnum):
    """What a presenter brings, in the guidance's own list of examples."""

    CASE_STUDY = "case_study"
    INTERVENTION = "intervention"
    DIFFICULT_SITUATION = "difficult_situation"
    LEARNINGS = "learnings"
    JOURNAL_ARTICLE = "journal_article"
    CULTURAL_SAFETY = "cultural_safety"
    THEME = "theme"
    COMPETENCY_EVIDENCE = "competency_evidence"
    GUEST_SPEAKER = "guest_speaker"
    CONFERENCE_FEEDBACK = "conference_feedback"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The wording a person reads on screen and in the PDF."""
        return TOPIC_LABELS[self]


TOPIC_LABELS: dict[TopicType, str] = {
    TopicType.CASE_STUDY: "Case study / presentation",
    TopicType.INTERVENTION: "Intervention",
    TopicType.DIFFICULT_SITUATION: "Difficult situation or critical incident",
    TopicType.LEARNINGS: "Learnings from successes, mistakes, innovations",
    TopicType.JOURNAL_ARTICLE: "Journal article or guideline",
    TopicType.CULTURAL_SAFETY: "Cultural competence and safety",
    TopicType.THEME: "Theme or topic",
    TopicType.COMPETENCY_EVIDENCE: "Evidence of a competency",
    TopicType.GUEST_SPEAKER: "Guest speaker",
    TopicType.CONFERENCE_FEEDBACK: "Conference feedback",
    TopicType.OTHER: "Other",
}


class Modality(StrEnum):
    """How the group meets."""

    IN_PERSON = "in_person"
    VIDEOCONFERENCE = "videoconference"

    @property
    def label(self) -> str:
        """The wording a person reads."""
        return "In person" if self is Modality.IN_PERSON else "Videoconference"


class MeetingStatus(StrEnum):
    """Where a meeting is in its life."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class SlotState(StrEnum):
    """Where a presenter's slot is."""

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


class RebalanceMode(StrEnum):
    """How the plan reacts when a slot runs over or finishes early."""

    ONE_WAY = "one_way"
    """Only shorten later slots when one runs over (never below the minimum)."""
    TWO_WAY = "two_way"
    """Also hand spare time on to later slots when one finishes early."""


class Member(Model):
    """A member of the group (or, copied into a meeting, an attendee)."""

    name: PersonName
    """Full name as the person writes it, macrons included."""
    registration_number: RegistrationNumber
    """Registration number with their regulator (digits, any length)."""
    profession: Text = "Pharmacist"
    """Profession, for groups with other health professionals."""


class PhaseShares(Model):
    """How a presenter's slot divides between its three phases, in whole percent."""

    present: int = Field(default=30, ge=0, le=100)
    """The presenter presents the case, article or situation."""
    discussion: int = Field(default=55, ge=0, le=100)
    """The group acknowledges the work and asks clarifying and probing questions."""
    takeaways: int = Field(default=15, ge=0, le=100)
    """The presenter summarises their takeaway learnings."""

    @model_validator(mode="after")
    def _sum_is_100(self) -> PhaseShares:
        total = self.present + self.discussion + self.takeaways
        if total != 100:
            raise ValueError(f"phase shares add up to {total}%, they must add up to 100%")
        return self


class GroupDefaults(Model):
    """What a new meeting of this group starts from."""

    meeting_minutes: int = Field(default=90, ge=15, le=480)
    """Total meeting length (the guidance: typically 1 to 2 hours)."""
    start_time: dt.time = dt.time(18, 30)
    """Usual start time."""
    slot_minutes: int = Field(default=20, ge=1, le=240)
    """Preferred minutes for one presenter."""
    min_slot_minutes: int = Field(default=15, ge=1, le=240)
    """Shortest fair slot (the guidance: 15 to 30 minutes per person's issue)."""
    max_slot_minutes: int = Field(default=30, ge=1, le=240)
    """Longest slot when time is shared equally."""
    check_in_minutes_per_person: int = Field(default=2, ge=0, le=30)
    """Check-in round: minutes for each attendee."""
    check_out_minutes_per_person: int = Field(default=1, ge=0, le=30)
    """Check-out round: minutes for each attendee."""
    wrap_up_minutes: int = Field(default=10, ge=0, le=120)
    """Closing block: next meeting, admin."""
    modality: Modality = Modality.IN_PERSON
    """Usual way of meeting."""
    venue: Text = ""
    """Usual venue (in person) or a description of the room."""
    platform: Text = ""
    """Usual videoconference platform."""
    phase_shares: PhaseShares = Field(default_factory=PhaseShares)
    """Division of each presenter slot between present, discussion and takeaways."""
    warning_seconds: int = Field(default=120, ge=0)
    """Warn when this much of a slot is left..."""
    warning_fraction: float = Field(default=0.15, ge=0, le=1)
    """...or this fraction of it, whichever is larger."""
    rebalance: RebalanceMode = RebalanceMode.ONE_WAY
    """How later slots change when one runs over or finishes early."""
    bell: bool = True
    """Ring the terminal bell when the warning level changes."""
    recert_year_start_month: int = Field(default=4, ge=1, le=12)
    """First month of the recertification year (Pharmacy Council: April)."""

    @model_validator(mode="after")
    def _slot_bounds(self) -> GroupDefaults:
        if self.min_slot_minutes > self.max_slot_minutes:
            raise ValueError(
                f"min_slot_minutes ({self.min_slot_minutes}) is more than "
                f"max_slot_minutes ({self.max_slot_minutes})"
            )
        return self


DEFAULT_GROUND_RULES: tuple[str, ...] = (
    "What is discussed in the group is confidential, and so are the notes: patient "
    "confidentiality and group member privacy come first.",
    "Listen actively, take a compassionate stance and stay curious.",
    "The group is a respectful, collegial space where concerns are validated.",
    "Assume people have done their best: no blame, no shame, no direct criticism.",
    "Ask clarifying and probing questions; avoid advice giving and jumping to problem solving.",
    "Keep to time so everyone has their turn.",
    "Commit to attending, and send apologies if you cannot come.",
)
"""The guidance's example ground rules, offered to a new group."""


class Group(Model):
    """A peer support group: ``group.toml`` in the group's folder."""

    schema_version: int = SCHEMA_VERSION
    """File format version; written first."""
    name: PersonName
    """The group's name."""
    purpose: Text = ""
    """What the group is for, in its own words."""
    ground_rules: list[Text] = Field(default_factory=lambda: list(DEFAULT_GROUND_RULES))
    """Agreed ground rules, one per entry."""
    members: list[Member] = Field(default_factory=list)
    """Current members."""
    defaults: GroupDefaults = Field(default_factory=GroupDefaults)
    """What new meetings start from."""

    @model_validator(mode="after")
    def _unique_members(self) -> Group:
        _check_unique_registrations(self.members, "member")
        return self

    def member(self, registration_number: str) -> Member | None:
        """The member with this registration number, if any."""
        return next((m for m in self.members if m.registration_number == registration_number), None)


def _check_unique_registrations(people: list[Member], what: str) -> None:
    seen: dict[str, int] = {}
    for index, person in enumerate(people, start=1):
        first = seen.setdefault(person.registration_number, index)
        if first != index:
            raise ValueError(
                f"{what} {index} ({person.name}): registration number "
                f"{person.registration_number} is already used by {what} {first}"
            )


class Apology(Model):
    """Someone who sent apologies for this meeting."""

    name: PersonName
    """Their name."""
    registration_number: OptionalRegistrationNumber = ""
    """Their registration number, where known."""


class Roles(Model):
    """Who held each role, by registration number (empty: nobody)."""

    facilitator: OptionalRegistrationNumber = ""
    """Steers the flow of the meeting."""
    timekeeper: OptionalRegistrationNumber = ""
    """Watches each presenter's slot."""
    note_taker: OptionalRegistrationNumber = ""
    """Writes the brief, non-identifying notes."""


class RoundEntry(Model):
    """One person's turn in the check-in or check-out round. Personal: in no PDF."""

    registration_number: RegistrationNumber
    """Whose turn."""
    notes: Text = ""
    """Brief notes: how work is, what they want to discuss, what help they want."""
    elapsed_seconds: int = Field(default=0, ge=0)
    """How long their turn took."""


class PhaseSeconds(Model):
    """Seconds actually spent in each phase of a slot."""

    present: int = Field(default=0, ge=0)
    """Presenting."""
    discussion: int = Field(default=0, ge=0)
    """Acknowledgement, clarifying and probing questions."""
    takeaways: int = Field(default=0, ge=0)
    """The presenter's summary of takeaways."""

    @property
    def total(self) -> int:
        """All three phases together."""
        return self.present + self.discussion + self.takeaways


class Slot(Model):
    """One presenter's slot: present, discuss, summarise takeaways."""

    presenter: RegistrationNumber
    """The presenting attendee."""
    topic_type: TopicType = TopicType.CASE_STUDY
    """What kind of topic, from the guidance's list."""
    title: Text = ""
    """A short, non-identifying title."""
    requested_minutes: int = Field(default=0, ge=0, le=240)
    """Minutes the presenter asked for (0: no request, share equally)."""
    planned_seconds: int = Field(default=0, ge=0)
    """Time the plan gives this slot."""
    state: SlotState = SlotState.PENDING
    """Pending, running, done or skipped."""
    started_at: AwareDatetime | None = None
    """Wall-clock time the slot started."""
    ended_at: AwareDatetime | None = None
    """Wall-clock time the slot finished."""
    phase_seconds: PhaseSeconds = Field(default_factory=PhaseSeconds)
    """Seconds actually spent in each phase."""
    summary: Text = ""
    """Brief discussion summary (Markdown), fit to show a verifier: no patient identifiers."""
    takeaways: Text = ""
    """The presenter's takeaway learnings (Markdown)."""
    references: list[Text] = Field(default_factory=list)
    """References and supporting information, one per entry."""


class NextMeeting(Model):
    """The meeting set before everyone leaves."""

    date: dt.date
    """Date of the next meeting."""
    start_time: dt.time | None = None
    """Start time (local)."""
    duration_minutes: int = Field(default=90, ge=1, le=720)
    """Planned length."""
    modality: Modality = Modality.IN_PERSON
    """In person or videoconference."""
    venue: Text = ""
    """Where (in person)."""
    platform: Text = ""
    """Which platform (videoconference)."""
    video_link: Text = ""
    """Link to join (videoconference)."""
    focus: Text = ""
    """Structure, focus or priorities agreed for the next meeting."""


class Reflection(Model):
    """A member's personal reflection on learning. Theirs alone: only in their own PDF."""

    registration_number: RegistrationNumber
    """Whose reflection."""
    text: Text = ""
    """The reflection (Markdown)."""
    updated_at: AwareDatetime | None = None
    """When it was last edited."""


class PrivacyAcknowledgement(Model):
    """The note taker rendered the notes although the privacy check had findings."""

    acknowledged_at: AwareDatetime
    """When."""
    by: Text = ""
    """Who acknowledged (registration number or name)."""
    findings: int = Field(default=0, ge=0)
    """How many findings were acknowledged."""
    kinds: list[Text] = Field(default_factory=list)
    """The kinds of the findings (nhi, phone, ...)."""


class SavedTimer(Model):
    """One open timer of a meeting in progress, saved so a crashed app resumes it exactly.

    Written by ``psg_tui.core.timing``; elapsed time is rebuilt from ``running_since`` and
    the wall clock on reload, so a crash loses no time.
    """

    kind: Literal["slot", "check_in", "check_out", "wrap_up"]
    """What is being timed: a presenter's slot, a turn in a round, or the wrap-up."""
    index: int = Field(default=0, ge=0)
    """Which slot (position in ``slots``) for a slot timer."""
    registration_number: OptionalRegistrationNumber = ""
    """Whose turn, for a check-in or check-out turn."""
    state: Literal["ready", "running", "paused"] = "ready"
    """Not yet started, running, or paused."""
    phase: int = Field(default=0, ge=0, le=2)
    """Current phase (0 present, 1 discussion, 2 takeaways; always 0 for one-phase timers)."""
    planned_seconds: float = Field(default=0, ge=0)
    """The timer's target, extensions included."""
    extended_seconds: float = Field(default=0, ge=0)
    """How much the timekeeper extended it."""
    phase_planned_seconds: list[float] = Field(default_factory=list)
    """Target of each phase."""
    phase_elapsed_seconds: list[float] = Field(default_factory=list)
    """Time banked in each phase, not counting the run since ``running_since``."""
    running_since: AwareDatetime | None = None
    """Wall-clock time the current run of the current phase began (only while running)."""

    @model_validator(mode="after")
    def _consistent(self) -> SavedTimer:
        if len(self.phase_planned_seconds) != len(self.phase_elapsed_seconds):
            raise ValueError("phase_planned_seconds and phase_elapsed_seconds differ in length")
        if self.phase_planned_seconds and self.phase >= len(self.phase_planned_seconds):
            raise ValueError(f"phase {self.phase} does not exist")
        if any(s < 0 for s in self.phase_elapsed_seconds + self.phase_planned_seconds):
            raise ValueError("phase seconds must not be negative")
        if (self.state == "running") != (self.running_since is not None):
            raise ValueError("running_since is set exactly when the timer is running")
        return self


class LiveMeeting(Model):
    """Where a meeting in progress is, and its open timer (if any)."""

    stage: Literal["check_in", "slots", "check_out", "wrap_up"] = "check_in"
    """The part of the meeting under way."""
    timer: SavedTimer | None = None
    """The open timer, if one is open."""


class Meeting(Model):
    """One meeting of the group: ``meetings/<date>.toml``."""

    schema_version: int = SCHEMA_VERSION
    """File format version; written first."""
    group_name: Text = ""
    """The group's name, copied in so the record stands alone."""
    date: dt.date
    """Date of the meeting."""
    start_time: dt.time | None = None
    """Planned start time (local)."""
    end_time: dt.time | None = None
    """Planned end time (local)."""
    timezone: str = "Pacific/Auckland"
    """IANA time zone the local times are in."""
    modality: Modality = Modality.IN_PERSON
    """In person or videoconference."""
    venue: Text = ""
    """Where the group met (in person)."""
    platform: Text = ""
    """Videoconference platform."""
    video_link: Text = ""
    """Link to join (videoconference)."""
    status: MeetingStatus = MeetingStatus.PLANNED
    """Planned, in progress or complete."""
    roles: Roles = Field(default_factory=Roles)
    """Facilitator, timekeeper and note taker."""
    attendees: list[Member] = Field(default_factory=list)
    """Who attended: name and registration number copied in."""
    apologies: list[Apology] = Field(default_factory=list)
    """Who sent apologies."""
    check_in: list[RoundEntry] = Field(default_factory=list)
    """Check-in round (personal: in no PDF)."""
    slots: list[Slot] = Field(default_factory=list)
    """Presenter slots in order."""
    check_out: list[RoundEntry] = Field(default_factory=list)
    """Check-out round (personal: in no PDF)."""
    focus: Text = ""
    """Structure, focus or priorities agreed for this meeting (set at the last wrap-up)."""
    summary: Text = ""
    """Overall summary of the meeting (Markdown)."""
    confidentiality_note: Text = ""
    """Anything the group noted about confidentiality and privacy at this meeting."""
    next_meeting: NextMeeting | None = None
    """The next meeting, set at wrap-up."""
    reflections: list[Reflection] = Field(default_factory=list)
    """Personal reflections on learning, one per member at most."""
    started_at: AwareDatetime | None = None
    """Wall-clock time the meeting started."""
    ended_at: AwareDatetime | None = None
    """Wall-clock time the meeting ended."""
    privacy_acknowledgement: PrivacyAcknowledgement | None = None
    """Set when the notes were rendered despite privacy-check findings."""
    live: LiveMeeting | None = None
    """The timekeeper's running state while the meeting is in progress (none before or after)."""

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str, info: ValidationInfo) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Meeting:
        _check_unique_registrations(self.attendees, "attendee")
        attending = {a.registration_number for a in self.attendees}
        for role in ("facilitator", "timekeeper", "note_taker"):
            reg = getattr(self.roles, role)
            if reg and reg not in attending:
                raise ValueError(f"roles.{role}: {reg} is not an attendee")
        for index, slot in enumerate(self.slots, start=1):
            if slot.presenter not in attending:
                raise ValueError(f"slot {index}: presenter {slot.presenter} is not an attendee")
        seen: set[str] = set()
        for index, reflection in enumerate(self.reflections, start=1):
            if reflection.registration_number in seen:
                raise ValueError(
                    f"reflection {index}: {reflection.registration_number} already has a reflection"
                )
            seen.add(reflection.registration_number)
        return self

    # -- look-ups used by the app and the reports ---------------------------------------

    def attendee(self, registration_number: str) -> Member | None:
        """The attendee with this registration number, if any."""
        return next(
            (a for a in self.attendees if a.registration_number == registration_number), None
        )

    def name_of(self, registration_number: str) -> str:
        """The attendee's name, or the number itself when they are not an attendee."""
        person = self.attendee(registration_number)
        return person.name if person else registration_number

    def reflection_of(self, registration_number: str) -> Reflection | None:
        """This member's personal reflection, if they wrote one."""
        return next(
            (r for r in self.reflections if r.registration_number == registration_number), None
        )

    @property
    def meets_psg_minimum(self) -> bool:
        """At least four attendees: the PSG criterion."""
        return len(self.attendees) >= PSG_MINIMUM_ATTENDEES

    def times_held(self) -> tuple[dt.time | None, dt.time | None]:
        """Start and end as the meeting was held (recorded, in its own time zone) where
        known, else as booked: a verifier reads how long the group really met."""
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(self.timezone)

        def local(moment: dt.datetime | None, booked: dt.time | None) -> dt.time | None:
            if moment is None:
                return booked
            return moment.astimezone(zone).time().replace(second=0, microsecond=0)

        return local(self.started_at, self.start_time), local(self.ended_at, self.end_time)

    def planned_next(self, group: Group) -> Meeting | None:
        """The next meeting as a planned meeting of its own, with the group's members
        expected; None when no next meeting is set."""
        nxt = self.next_meeting
        if nxt is None:
            return None
        start = nxt.start_time
        end = None
        if start is not None:
            end_at = dt.datetime.combine(nxt.date, start) + dt.timedelta(
                minutes=nxt.duration_minutes
            )
            end = end_at.time() if end_at.date() == nxt.date else None
        return Meeting(
            group_name=group.name,
            date=nxt.date,
            start_time=start,
            end_time=end,
            timezone=self.timezone,
            modality=nxt.modality,
            venue=nxt.venue,
            platform=nxt.platform,
            video_link=nxt.video_link,
            focus=nxt.focus,
            attendees=[m.model_copy() for m in group.members],
        )

    def missing_minimum_data(self) -> list[str]:
        """What the minimum data set still lacks; empty when it is complete."""
        missing: list[str] = []
        if self.modality is Modality.IN_PERSON and not self.venue.strip():
            missing.append("venue")
        if self.modality is Modality.VIDEOCONFERENCE and not self.platform.strip():
            missing.append("videoconference platform")
        if not self.attendees:
            missing.append("attendees")
        discussed = [s for s in self.slots if s.state is not SlotState.SKIPPED]
        if not self.summary.strip() and not any(s.summary.strip() for s in discussed):
            missing.append("summary of discussions")
        return missing


SlotPhase = Literal["present", "discussion", "takeaways"]
"""The three phases of a presenter slot, in order."""

SLOT_PHASES: tuple[SlotPhase, ...] = ("present", "discussion", "takeaways")
