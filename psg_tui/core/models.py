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

from psg_tui.core.vocab import (
    MAX_ITEMS,
    MAX_SHORT_CHARS,
    MAX_TEXT_CHARS,
    PSG_MINIMUM_ATTENDEES,
    TOPIC_LABELS,
    MeetingStatus,
    Modality,
    SlotState,
    TopicType,
    neutralise_controls,
    normalise_newlines,
)

__all__ = [  # re-exported from vocab: the models' own words, importable from here
    "MAX_ITEMS",
    "MAX_SHORT_CHARS",
    "MAX_TEXT_CHARS",
    "PSG_MINIMUM_ATTENDEES",
    "TOPIC_LABELS",
    "MeetingStatus",
    "Modality",
    "SlotState",
    "TopicType",
    "neutralise_controls",
    "normalise_newlines",
]

SCHEMA_VERSION = 1
"""The newest meeting and group file format this version of psg-tui reads and writes."""

CHECK_CAPS = {"caps": True}
"""Validation context that enforces :data:`MAX_TEXT_CHARS` (``model_validate(...,
context=CHECK_CAPS)``): the store passes it for every file it reads and every meeting it
writes, so a file over a cap is refused with its line and never written. Typing in the app
(an assignment) is not refused on the spot, which would lose the keystrokes: the save says
what is too long instead, and the notes stay on screen."""


def _cap(limit: int) -> AfterValidator:
    def check(text: str, info: ValidationInfo) -> str:
        if len(text) > limit and info.context and info.context.get("caps"):
            raise ValueError(
                f"is {len(text):,} characters long; a field holds at most {limit:,} (notes are "
                "brief: put long documents in references instead)"
            )
        return text

    return AfterValidator(check)


Text = Annotated[
    str,
    AfterValidator(normalise_newlines),
    AfterValidator(neutralise_controls),
    _cap(MAX_TEXT_CHARS),
]
"""Free text typed by a person: any printable characters, newlines normalised, control
characters shown as control pictures, at most :data:`MAX_TEXT_CHARS`."""

ShortText = Annotated[str, AfterValidator(neutralise_controls), _cap(MAX_SHORT_CHARS)]
"""A one-line value (a time zone, a key): control characters shown, at most 500 characters."""

MIN_YEAR, MAX_YEAR = 1900, 2999
"""Dates outside these years are refused: far enough for any meeting, and every date the
app computes from one (a UTC offset, a recertification year, the next meeting) stays a
date Python can hold."""


def _check_year(value: dt.date) -> dt.date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"the year must be between {MIN_YEAR} and {MAX_YEAR}, not {value.year}")
    return value


MeetingDate = Annotated[dt.date, AfterValidator(_check_year)]
"""A calendar date in the years :data:`MIN_YEAR` to :data:`MAX_YEAR`."""

MAX_SECONDS = 366 * 24 * 3600
"""The longest duration a timer holds (a year, so a laptop left asleep for weeks with a timer
running still resumes): more is a corrupted file, not a meeting, and ``1e308`` or ``inf``
could not be shown."""

Seconds = Annotated[int, Field(ge=0, le=MAX_SECONDS)]
"""Whole seconds of a duration, 0 to a week."""

TimerSeconds = Annotated[float, Field(ge=0, le=MAX_SECONDS, allow_inf_nan=False)]
"""Seconds on a live timer: finite, 0 to a week (``inf`` or ``1e308`` are refused)."""

_REGISTRATION_RE = re.compile(r"[0-9]+")


def _check_registration_number(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("registration number is empty")
    if len(value) > 32:
        raise ValueError(f"registration number is {len(value):,} characters long; at most 32")
    if not _REGISTRATION_RE.fullmatch(value):
        raise ValueError(f"registration number {neutralise_controls(value)!r} must be digits only")
    return value


RegistrationNumber = Annotated[str, AfterValidator(_check_registration_number)]
"""An opaque string of digits (Pharmacy Council or other regulator). Never of a fixed length."""


def _check_optional_registration_number(value: str) -> str:
    return _check_registration_number(value) if value.strip() else ""


OptionalRegistrationNumber = Annotated[str, AfterValidator(_check_optional_registration_number)]
"""A registration number, or empty where it is not known (an apology from a guest)."""


GUEST_KEY_PREFIX = "guest-"
"""How a guest without a registration number is keyed inside a meeting: ``guest-1``,
``guest-2``... Never digits only, so it is never taken for (or printed as) a registration
number."""

_GUEST_KEY_RE = re.compile(r"guest-[1-9][0-9]{0,3}")


def is_guest_key(value: str) -> bool:
    """True for a guest's key (``guest-1``), not a registration number."""
    return bool(_GUEST_KEY_RE.fullmatch(value))


def _check_person_key(value: str) -> str:
    value = value.strip()
    return value if is_guest_key(value) else _check_registration_number(value)


PersonKey = Annotated[str, AfterValidator(_check_person_key)]
"""Who someone is inside a meeting: their registration number, or for a guest who has none,
a guest key (``guest-1``)."""

OptionalPersonKey = Annotated[
    str, AfterValidator(lambda value: _check_person_key(value) if value.strip() else "")
]
"""A :data:`PersonKey`, or empty for nobody."""


def _check_aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("needs a time zone (e.g. 2026-02-18T18:30:00+13:00)")
    _check_year(value.date())
    return value


AwareDatetime = Annotated[dt.datetime, AfterValidator(_check_aware)]
"""A timestamp with its UTC offset. (pydantic's own AwareDatetime pulls in pydantic.types,
which costs a noticeable part of the app's start-up.)"""


def _check_name(value: str) -> str:
    value = neutralise_controls(" ".join(value.split()))
    if not value:
        raise ValueError("name is empty")
    if len(value) > MAX_SHORT_CHARS:
        raise ValueError(f"name is {len(value):,} characters long; at most {MAX_SHORT_CHARS}")
    return value


PersonName = Annotated[str, AfterValidator(_check_name)]
"""A person's name as they write it (macrons and all); inner white space folded."""


class Model(BaseModel):
    """Base for every model: unknown keys are an error, so a typo in a file is reported."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


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
    registration_number: PersonKey
    """Registration number with their regulator (digits, any length); a guest without one
    is keyed ``guest-1``, ``guest-2``... within the meeting."""
    profession: Text = "Pharmacist"
    """Profession, for groups with other health professionals."""
    guest: bool = False
    """A guest or other non-member attendee (a visiting speaker), in a meeting only: attends
    and may present, but is never counted for recertification nor towards the PSG minimum."""

    @model_validator(mode="after")
    def _guest_key(self) -> Member:
        if is_guest_key(self.registration_number) and not self.guest:
            raise ValueError(
                f"registration number {self.registration_number!r} must be digits only "
                "(only a guest is keyed guest-N)"
            )
        return self


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
    socialise_minutes: int = Field(default=0, ge=0, le=120)
    """Time to socialise at the end, after the wrap-up (the guidance: "encourage and plan
    for socialisation - the end of the meetings is a good time for this")."""
    modality: Modality = Modality.IN_PERSON
    """Usual way of meeting."""
    venue: Text = ""
    """Usual venue (in person) or a description of the room."""
    platform: Text = ""
    """Usual videoconference platform."""
    phase_shares: PhaseShares = Field(default_factory=PhaseShares)
    """Division of each presenter slot between present, discussion and takeaways."""
    warning_seconds: int = Field(default=120, ge=0, le=MAX_SECONDS)
    """Warn when this much of a slot is left..."""
    warning_fraction: float = Field(default=0.15, ge=0, le=1)
    """...or this fraction of it, whichever is larger."""
    rebalance: RebalanceMode = RebalanceMode.ONE_WAY
    """How later slots change when one runs over or finishes early."""
    bell: bool = True
    """Ring the terminal bell when the warning level changes."""
    recert_year_start_month: int = Field(default=4, ge=1, le=12)
    """First month of the recertification year (Pharmacy Council: April)."""
    presenters_in_record: bool = True
    """Name each presenter beside their topic in the shared record (the group's PDF). The
    minimum data set does not ask for it; a group may leave presenters out. Copied into each
    new meeting; a slot may choose otherwise."""

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
    ground_rules: list[Text] = Field(
        default_factory=lambda: list(DEFAULT_GROUND_RULES), max_length=MAX_ITEMS
    )
    """Agreed ground rules, one per entry."""
    members: list[Member] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Current members."""
    defaults: GroupDefaults = Field(default_factory=GroupDefaults)
    """What new meetings start from."""
    not_identifiers: list[Text] = Field(default_factory=list)
    """Terms the privacy check must not flag in this group's notes ("Grace Hospital", a
    brand, a place): each silences a name or address finding whose text is exactly the
    term. Never an NHI number, phone number, email address or date of birth: those are
    dismissed for one meeting only."""

    @model_validator(mode="after")
    def _unique_members(self) -> Group:
        _check_unique_registrations(self.members, "member")
        for index, member in enumerate(self.members, start=1):
            if member.guest:
                raise ValueError(f"member {index} ({member.name}): a guest is not a member")
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

    registration_number: PersonKey
    """Whose turn."""
    notes: Text = ""
    """Brief notes: how work is, what they want to discuss, what help they want."""
    elapsed_seconds: int = Field(default=0, ge=0, le=MAX_SECONDS)
    """How long their turn took."""


class PhaseSeconds(Model):
    """Seconds actually spent in each phase of a slot."""

    present: int = Field(default=0, ge=0, le=MAX_SECONDS)
    """Presenting."""
    discussion: int = Field(default=0, ge=0, le=MAX_SECONDS)
    """Acknowledgement, clarifying and probing questions."""
    takeaways: int = Field(default=0, ge=0, le=MAX_SECONDS)
    """The presenter's summary of takeaways."""

    @property
    def total(self) -> int:
        """All three phases together."""
        return self.present + self.discussion + self.takeaways


class Slot(Model):
    """One presenter's slot: present, discuss, summarise takeaways."""

    presenter: PersonKey
    """The presenting attendee (a guest may present)."""
    topic_type: TopicType = TopicType.CASE_STUDY
    """What kind of topic, from the guidance's list."""
    title: Text = ""
    """A short, non-identifying title."""
    requested_minutes: int = Field(default=0, ge=0, le=240)
    """Minutes the presenter asked for (0: no request, share equally)."""
    planned_seconds: int = Field(default=0, ge=0, le=MAX_SECONDS)
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
    references: list[Text] = Field(default_factory=list, max_length=MAX_ITEMS)
    """References and supporting information, one per entry."""
    written_by: OptionalPersonKey = ""
    """Who wrote this slot's notes when the group has no note taker ("members write their
    own notes"): an attendee, by registration number (empty: the note taker, or not said)."""
    presenter_in_record: bool | None = None
    """Name the presenter beside this topic in the shared record: true or false for this
    slot; unset, the meeting's ``presenters_in_record`` decides. The presenter's own copy
    shows their own topics either way."""


class PlannedPresenter(Model):
    """Someone who will present at the next meeting, and on what (set at wrap-up)."""

    presenter: RegistrationNumber
    """The member who will present."""
    topic_type: TopicType = TopicType.CASE_STUDY
    """What kind of topic, from the guidance's list."""
    title: Text = ""
    """A short, non-identifying title."""
    requested_minutes: int = Field(default=0, ge=0, le=240)
    """Minutes they asked for (0: no request, share equally)."""

    @classmethod
    def from_slot(cls, slot: Slot) -> PlannedPresenter:
        """The plan of a slot (the presenter dialog gives a slot)."""
        return cls(
            presenter=slot.presenter,
            topic_type=slot.topic_type,
            title=slot.title,
            requested_minutes=slot.requested_minutes,
        )

    def to_slot(self) -> Slot:
        """The planned meeting's slot for this presenter."""
        return Slot(
            presenter=self.presenter,
            topic_type=self.topic_type,
            title=self.title,
            requested_minutes=self.requested_minutes,
        )


class NextMeeting(Model):
    """The meeting set before everyone leaves."""

    date: MeetingDate
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
    presenters: list[PlannedPresenter] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Who will present and on what, in order: the planned meeting's slots."""
    sequence: int = Field(default=0, ge=0, le=1_000_000)
    """The invitation's revision (iCalendar SEQUENCE): raised by one each time the
    invitation is written with different details, so calendars take the newer one."""
    sequence_key: str = ""
    """A hash of the invitation's details when ``sequence`` was last set."""


class ReflectionFramework(StrEnum):
    """How a member structures their reflection: free text, or a reflective model."""

    FREE = "free"
    """Plain free text (``text``)."""
    WHAT = "what_so_what_now_what"
    """What? / So what? / Now what? (Driscoll; Rolfe and colleagues)."""
    GIBBS = "gibbs"
    """Gibbs' reflective cycle: description, feelings, evaluation, analysis, conclusion,
    action plan."""

    @property
    def label(self) -> str:
        """The wording a person reads."""
        return REFLECTION_LABELS[self]

    @property
    def prompts(self) -> tuple[tuple[str, str], ...]:
        """(key, heading) of each part, in order; none for free text."""
        return REFLECTION_PROMPTS[self]


REFLECTION_LABELS: dict[ReflectionFramework, str] = {
    ReflectionFramework.FREE: "Free text",
    ReflectionFramework.WHAT: "What? / So what? / Now what?",
    ReflectionFramework.GIBBS: "Gibbs' reflective cycle",
}

REFLECTION_PROMPTS: dict[ReflectionFramework, tuple[tuple[str, str], ...]] = {
    ReflectionFramework.FREE: (),
    ReflectionFramework.WHAT: (
        ("what", "What?"),
        ("so_what", "So what?"),
        ("now_what", "Now what?"),
    ),
    ReflectionFramework.GIBBS: (
        ("description", "Description"),
        ("feelings", "Feelings"),
        ("evaluation", "Evaluation"),
        ("analysis", "Analysis"),
        ("conclusion", "Conclusion"),
        ("action_plan", "Action plan"),
    ),
}
"""The parts of each reflective model: the key in the file and the heading printed."""

REFLECTION_TICKS: tuple[tuple[str, str], ...] = (
    ("informs_pdp", "Informs my professional development plan"),
    ("culturally_safe_practice", "Relates to culturally safe practice"),
    ("reflective_account", "For my written reflective account"),
)
"""The reflection's tick-boxes: field name and the wording printed in the member's PDF."""


class Reflection(Model):
    """A member's personal reflection on learning. Theirs alone: only in their own PDF.

    Free text (``text``), or the parts of a reflective model (``framework`` and
    ``answers``); files written before the models existed are free text and load as such.
    """

    registration_number: RegistrationNumber
    """Whose reflection."""
    text: Text = ""
    """The reflection (Markdown); with a reflective model, anything said beyond its parts."""
    framework: ReflectionFramework = ReflectionFramework.FREE
    """``free``, ``what_so_what_now_what`` or ``gibbs``."""
    answers: list[Text] = Field(default_factory=list, max_length=6)
    """The model's parts, one entry per part in the model's order (What?, So what?, Now
    what?; or Gibbs' description, feelings, evaluation, analysis, conclusion, action plan);
    empty for free text."""
    informs_pdp: bool = False
    """Ticked: informs my professional development plan."""
    culturally_safe_practice: bool = False
    """Ticked: relates to culturally safe practice."""
    reflective_account: bool = False
    """Ticked: for my written reflective account."""
    updated_at: AwareDatetime | None = None
    """When it was last edited."""

    @model_validator(mode="after")
    def _known_parts(self) -> Reflection:
        parts = len(self.framework.prompts)
        if len(self.answers) > parts:
            raise ValueError(
                f"answers: {len(self.answers)} given, but {self.framework.label!r} has "
                f"{parts} part{'s' if parts != 1 else ''}"
                + (" (free text goes in text)" if not parts else "")
            )
        return self

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) of what was written, in order: the model's parts that have text
        (a blank part is left out), then the free text under no heading."""
        parts = [
            (heading, answer)
            for (_key, heading), answer in zip(self.framework.prompts, self.answers, strict=False)
            if answer.strip()
        ]
        if self.text.strip():
            parts.append(("", self.text))
        return parts

    def ticked(self) -> list[str]:
        """The tick-boxes ticked, in words."""
        return [label for name, label in REFLECTION_TICKS if getattr(self, name)]

    @property
    def blank(self) -> bool:
        """Nothing written and nothing ticked."""
        return not self.sections() and not self.ticked()


class FollowUpOutcome(StrEnum):
    """What happened since a member's last takeaways: the quick choices."""

    TRIED = "tried"
    CHANGED = "changed_practice"
    NOT_YET = "not_yet"
    NOT_RELEVANT = "no_longer_relevant"

    @property
    def label(self) -> str:
        """The wording a person reads."""
        return FOLLOW_UP_LABELS[self]


FOLLOW_UP_LABELS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.TRIED: "Tried it",
    FollowUpOutcome.CHANGED: "Changed my practice",
    FollowUpOutcome.NOT_YET: "Not yet",
    FollowUpOutcome.NOT_RELEVANT: "No longer relevant",
}


class FollowUp(Model):
    """A member's follow-up, at check-in, of the takeaways they gave at their last presented
    slot: "What happened since?". Theirs alone: only in their own PDF, under their reflection.
    Not part of the check-in notes."""

    registration_number: RegistrationNumber
    """Whose follow-up."""
    outcome: FollowUpOutcome | None = None
    """Tried it, changed my practice, not yet, or no longer relevant (unset: only a note)."""
    note: Text = ""
    """A one-line note."""
    from_date: MeetingDate | None = None
    """The date of the meeting whose takeaways are followed up."""
    takeaways: Text = ""
    """Those takeaways, copied in so the record stands alone."""

    @property
    def blank(self) -> bool:
        """No choice made and no note written."""
        return self.outcome is None and not self.note.strip()


class SignOff(Model):
    """The facilitator confirmed the shared notes (printed on the group PDF)."""

    registration_number: RegistrationNumber
    """The facilitator who confirmed."""
    name: PersonName
    """Their name, copied in."""
    confirmed_at: AwareDatetime
    """When."""
    notes_hash: ShortText = ""
    """A fingerprint of the shared notes as confirmed: when they differ, the sign-off no
    longer holds (``psg_tui.core.signoff``)."""


class GroundRulesReview(Model):
    """The group reviewed its purpose and ground rules (first meeting of a recertification
    year): is the group achieving its purpose?"""

    reviewed_at: AwareDatetime
    """When."""
    note: Text = ""
    """What the group concluded, briefly (optional)."""


class PrivacyAcknowledgement(Model):
    """Someone wrote one output (the group's notes, a member's own copy, the invitation)
    although the privacy check had findings in the text that output carries."""

    acknowledged_at: AwareDatetime
    """When."""
    by: Text = ""
    """Who acknowledged (registration number or name)."""
    output: Literal["group", "member", "ics"] = "group"
    """Which output it was given for: the group's notes (PDF or Markdown), one member's own
    copy, or the next meeting's invitation. It is stated only in that output."""
    member: OptionalRegistrationNumber = ""
    """Whose own copy, for ``output = "member"``."""
    findings: int = Field(default=0, ge=0, le=1_000_000)
    """How many findings were acknowledged."""
    kinds: list[Text] = Field(default_factory=list, max_length=MAX_ITEMS)
    """The kinds of the findings (nhi, phone, ...)."""


class DismissedFinding(Model):
    """Someone answered a privacy-check finding "not an identifier: dismiss for this
    meeting" (the meeting's own counterpart of the group's ``not_identifiers``). Like an
    acknowledgement it is an internal answer: it is printed in no output."""

    text: Text
    """The finding's words, exactly as found (spaces collapsed): "Grace Kereama"."""
    acknowledged_at: AwareDatetime
    """When."""
    by: Text = ""
    """Who dismissed it (registration number or name)."""

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a dismissed finding needs its text")
        return value


class SavedTimer(Model):
    """One open timer of a meeting in progress, saved so a crashed app resumes it exactly.

    Written by ``psg_tui.core.timing``; elapsed time is rebuilt from ``running_since`` and
    the wall clock on reload, so a crash loses no time.
    """

    kind: Literal["slot", "check_in", "check_out", "wrap_up"]
    """What is being timed: a presenter's slot, a turn in a round, or the wrap-up."""
    index: int = Field(default=0, ge=0, le=MAX_ITEMS)
    """Which slot (position in ``slots``) for a slot timer."""
    registration_number: OptionalRegistrationNumber = ""
    """Whose turn, for a check-in or check-out turn."""
    state: Literal["ready", "running", "paused"] = "ready"
    """Not yet started, running, or paused."""
    phase: int = Field(default=0, ge=0, le=2)
    """Current phase (0 present, 1 discussion, 2 takeaways; always 0 for one-phase timers)."""
    planned_seconds: TimerSeconds = 0
    """The timer's target, extensions included."""
    extended_seconds: TimerSeconds = 0
    """How much the timekeeper extended it."""
    phase_planned_seconds: list[TimerSeconds] = Field(default_factory=list, max_length=3)
    """Target of each phase."""
    phase_elapsed_seconds: list[TimerSeconds] = Field(default_factory=list, max_length=3)
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


class AttendanceNote(Model):
    """An attendee who arrived late or left early (times in the meeting's zone)."""

    registration_number: PersonKey
    """Whose arrival or leaving."""
    arrived_at: AwareDatetime | None = None
    """When they arrived, if after the start."""
    left_at: AwareDatetime | None = None
    """When they left, if before the end."""


class MeetingTiming(Model):
    """This meeting's own round, wrap-up and slot minutes (a short meeting, say); what is not
    set here comes from the group's defaults."""

    check_in_minutes_per_person: int | None = Field(default=None, ge=0, le=30)
    """Check-in round: minutes for each attendee."""
    check_out_minutes_per_person: int | None = Field(default=None, ge=0, le=30)
    """Check-out round: minutes for each attendee."""
    wrap_up_minutes: int | None = Field(default=None, ge=0, le=120)
    """Closing block."""
    socialise_minutes: int | None = Field(default=None, ge=0, le=120)
    """Time to socialise at the end."""
    min_slot_minutes: int | None = Field(default=None, ge=1, le=240)
    """Shortest fair slot."""


class Meeting(Model):
    """One meeting of the group: ``meetings/<date>.toml``."""

    schema_version: int = SCHEMA_VERSION
    """File format version; written first."""
    group_name: Text = ""
    """The group's name, copied in so the record stands alone."""
    date: MeetingDate
    """Date of the meeting."""
    start_time: dt.time | None = None
    """Planned start time (local)."""
    end_time: dt.time | None = None
    """Planned end time (local)."""
    timezone: ShortText = "Pacific/Auckland"
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
    attendees: list[Member] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Who attended: name and registration number copied in."""
    apologies: list[Apology] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Who sent apologies."""
    check_in: list[RoundEntry] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Check-in round (personal: in no PDF)."""
    slots: list[Slot] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Presenter slots in order."""
    check_out: list[RoundEntry] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Check-out round (personal: in no PDF)."""
    focus: Text = ""
    """Structure, focus or priorities agreed for this meeting (set at the last wrap-up)."""
    summary: Text = ""
    """Overall summary of the meeting (Markdown)."""
    confidentiality_note: Text = ""
    """Anything the group noted about confidentiality and privacy at this meeting."""
    next_meeting: NextMeeting | None = None
    """The next meeting, set at wrap-up."""
    attendance_notes: list[AttendanceNote] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Attendees who arrived late or left early (they attended: they stay in ``attendees``)."""
    reflections: list[Reflection] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Personal reflections on learning, one per member at most."""
    follow_ups: list[FollowUp] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Follow-ups of each member's last takeaways ("What happened since?"), one per member
    at most, given at check-in. Personal: only in that member's own PDF."""
    sign_off: SignOff | None = None
    """The facilitator's confirmation of the shared notes, if given (cleared when the
    shared notes change after it)."""
    ground_rules_review: GroundRulesReview | None = None
    """Set when the group reviewed its purpose and ground rules at this meeting."""
    started_at: AwareDatetime | None = None
    """Wall-clock time the meeting started."""
    ended_at: AwareDatetime | None = None
    """Wall-clock time the meeting ended."""
    privacy_acknowledgement: PrivacyAcknowledgement | None = None
    """Set when the group's notes were written despite privacy-check findings."""
    output_acknowledgements: list[PrivacyAcknowledgement] = Field(
        default_factory=list, max_length=MAX_ITEMS
    )
    """The same for the other outputs: a member's own copy, the invitation (one each)."""
    dismissed_findings: list[DismissedFinding] = Field(default_factory=list, max_length=MAX_ITEMS)
    """Finding texts dismissed as "not an identifier" for this meeting only. The privacy
    gate honours them as it honours the group's ``not_identifiers``: each silences a name or
    address finding whose text is exactly that (case, spaces and punctuation ignored), never
    an NHI number, phone number, email address or date of birth. Once the notes no longer
    hold the text the entry silences nothing; it stays in the file, harmless."""
    presenters_in_record: bool = True
    """Name presenters beside their topics in the shared record (from the group's default;
    a slot's ``presenter_in_record`` overrides it)."""
    timing: MeetingTiming | None = None
    """This meeting's own round, wrap-up and slot minutes, where they differ from the group's."""
    live: LiveMeeting | None = None
    """The timekeeper's running state while the meeting is in progress (none before or after)."""

    def timing_defaults(self, defaults: GroupDefaults) -> GroupDefaults:
        """The group's defaults with this meeting's own minutes put in (what its plan and
        timers use). A shortest slot above the group's longest raises the longest with it."""
        if self.timing is None:
            return defaults
        own = self.timing.model_dump(exclude_none=True)
        if own.get("min_slot_minutes", 0) > defaults.max_slot_minutes:
            own["max_slot_minutes"] = own["min_slot_minutes"]
        return defaults.model_copy(update=own)

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
            if slot.written_by and slot.written_by not in attending:
                raise ValueError(f"slot {index}: written_by {slot.written_by} is not an attendee")
        ack = self.privacy_acknowledgement
        if ack is not None and ack.output != "group":
            raise ValueError(
                f"privacy_acknowledgement is the group's copy's, not a {ack.output} output's "
                "(those go in output_acknowledgements)"
            )
        outputs: set[tuple[str, str]] = set()
        for index, ack in enumerate(self.output_acknowledgements, start=1):
            if ack.output == "group":
                raise ValueError(
                    f"output_acknowledgements {index}: the group's copy's goes in "
                    "privacy_acknowledgement"
                )
            if (ack.output == "member") != bool(ack.member):
                raise ValueError(
                    f"output_acknowledgements {index}: member is set exactly for a member's copy"
                )
            if (ack.output, ack.member) in outputs:
                raise ValueError(f"output_acknowledgements {index}: that output already has one")
            outputs.add((ack.output, ack.member))
        seen: set[str] = set()
        for index, reflection in enumerate(self.reflections, start=1):
            if reflection.registration_number in seen:
                raise ValueError(
                    f"reflection {index}: {reflection.registration_number} already has a reflection"
                )
            seen.add(reflection.registration_number)
        followed: set[str] = set()
        for index, follow_up in enumerate(self.follow_ups, start=1):
            if follow_up.registration_number in followed:
                raise ValueError(
                    f"follow_ups {index}: {follow_up.registration_number} already has a follow-up"
                )
            followed.add(follow_up.registration_number)
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

    def follow_up_of(self, registration_number: str) -> FollowUp | None:
        """This member's follow-up of their last takeaways, if they gave one."""
        return next(
            (f for f in self.follow_ups if f.registration_number == registration_number), None
        )

    def attendance_note(self, registration_number: str) -> AttendanceNote | None:
        """When this attendee arrived late or left early, if they did."""
        return next(
            (n for n in self.attendance_notes if n.registration_number == registration_number),
            None,
        )

    def has_left(self, registration_number: str) -> bool:
        """This attendee left before the end (the rounds pass them by)."""
        note = self.attendance_note(registration_number)
        return note is not None and note.left_at is not None

    @property
    def members_attending(self) -> list[Member]:
        """The attendees who count: everyone but guests."""
        return [a for a in self.attendees if not a.guest]

    @property
    def guests(self) -> list[Member]:
        """Guests and other non-member attendees (never counted)."""
        return [a for a in self.attendees if a.guest]

    def next_guest_key(self) -> str:
        """A key for a new guest without a registration number (``guest-1``, ...)."""
        taken = {a.registration_number for a in self.attendees}
        return next(
            f"{GUEST_KEY_PREFIX}{n}"
            for n in range(1, len(taken) + 2)
            if f"{GUEST_KEY_PREFIX}{n}" not in taken
        )

    @property
    def meets_psg_minimum(self) -> bool:
        """At least four attendees, guests not counted: the PSG criterion."""
        return len(self.members_attending) >= PSG_MINIMUM_ATTENDEES

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
        expected and the presenters planned at wrap-up as its slots (one who is no longer a
        member is left out); None when no next meeting is set."""
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
            slots=[p.to_slot() for p in nxt.presenters if group.member(p.presenter)],
            presenters_in_record=group.defaults.presenters_in_record,
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
