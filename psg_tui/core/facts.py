"""What attendance and the home screen need to know of a group and its meetings, and nothing
more: small, frozen, and free of pydantic.

A :class:`MeetingFacts` is taken from a validated :class:`~psg_tui.core.models.Meeting`
(:meth:`MeetingFacts.of`), never from a file directly. Attendance
(:mod:`psg_tui.core.attendance`) is worked out from facts only, so the home screen can show
this year's attendance from the group's index (:mod:`psg_tui.core.index`) before pydantic
and the models are imported, and the CLI gets the same answer from the same code.

Facts also travel through the index as JSON (:meth:`MeetingFacts.to_json`,
:meth:`MeetingFacts.from_json`). The index is a file in the group folder that anyone with
the folder can edit, so reading facts back is strict: every type is checked, every text
gets the models' rule for control characters (:func:`~psg_tui.core.vocab.neutralise_controls`)
and the models' caps; anything else is a :class:`ValueError`, and the index is not used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psg_tui.core.vocab import (
    MAX_ITEMS,
    MAX_TEXT_CHARS,
    PSG_MINIMUM_ATTENDEES,
    MeetingStatus,
    SlotState,
    neutralise_controls,
)

if TYPE_CHECKING:
    from psg_tui.core.models import Group, Meeting


# -- rules of one meeting (on the validated model) ------------------------------------------


def presented_seconds(meeting: Meeting, registration_number: str) -> int:
    """Seconds the member's own topics took at ``meeting``: the three phases of each slot
    they presented, as timed (a skipped or untimed slot adds nothing)."""
    return sum(
        s.phase_seconds.total
        for s in meeting.slots
        if s.presenter == registration_number and s.state is not SlotState.SKIPPED
    )


def counts_for_recertification(meeting: Meeting) -> bool:
    """Complete, with at least four attendees: the meeting counts toward each attendee's two."""
    return meeting.status is MeetingStatus.COMPLETE and meeting.meets_psg_minimum


def notes_complete(meeting: Meeting) -> bool:
    """The meeting is complete and every slot that ran has its discussion summary.

    A complete meeting with no slots that ran needs an overall summary instead: notes with
    nothing in them are not complete.
    """
    if meeting.status is not MeetingStatus.COMPLETE:
        return False
    discussed = [s for s in meeting.slots if s.state is not SlotState.SKIPPED]
    if not discussed:
        return bool(meeting.summary.strip())
    return all(s.summary.strip() for s in discussed)


def topics_line(meeting: Meeting) -> str:
    """The meeting's topics in one line: slot titles, or the topic type where untitled."""
    return "; ".join(slot.title or slot.topic_type.label for slot in meeting.slots)


# -- facts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A member of the group, or an attendee who counts (never a guest)."""

    registration_number: str
    name: str
    profession: str


@dataclass(frozen=True)
class GroupFacts:
    """What attendance and home show of ``group.toml``."""

    name: str
    purpose: str
    start_month: int
    """First month of the recertification year (``defaults.recert_year_start_month``)."""
    members: tuple[Person, ...]
    """Current members, in the file's order."""

    @classmethod
    def of(cls, group: Group) -> GroupFacts:
        """The facts of a validated group."""
        return cls(
            name=group.name,
            purpose=group.purpose,
            start_month=group.defaults.recert_year_start_month,
            members=tuple(_person(m) for m in group.members),
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (:meth:`from_json` reads it back)."""
        return {
            "name": self.name,
            "purpose": self.purpose,
            "start_month": self.start_month,
            "members": [_person_json(p) for p in self.members],
        }

    @classmethod
    def from_json(cls, data: object) -> GroupFacts:
        """Read :meth:`to_json`'s dict back, strictly (:class:`ValueError` otherwise)."""
        d = _dict(data, {"name", "purpose", "start_month", "members"})
        month = _int(d["start_month"])
        if not 1 <= month <= 12:
            raise ValueError(f"start_month {month} is not a month")
        return cls(
            name=_text(d["name"]),
            purpose=_text(d["purpose"]),
            start_month=month,
            members=tuple(_person_from(p) for p in _list(d["members"])),
        )


@dataclass(frozen=True)
class MeetingFacts:
    """What attendance and home show of one meeting file."""

    date: dt.date
    status: MeetingStatus
    attendee_count: int
    """Everyone who attended, guests included (the home screen's "Att.")."""
    members_attending: tuple[Person, ...]
    """The attendees who count: everyone but guests."""
    missing_minimum_data: tuple[str, ...]
    """What the minimum data set still lacks (empty: complete)."""
    notes_complete: bool
    """Complete, and every slot that ran has a summary (:func:`notes_complete`)."""
    apologies: frozenset[str]
    """Registration numbers of those who sent apologies."""
    next_meeting: dt.date | None
    """The date of the next meeting set at this one, if any."""
    presented: tuple[tuple[str, int], ...]
    """(registration number, seconds) of each presenter's own topics, as timed."""
    topics: str
    """The topics in one line (:func:`topics_line`)."""
    digest: str = field(default="", compare=False, repr=False)
    """:attr:`content`, once worked out (read from the index, or digested on first use)."""
    source: Meeting | None = field(default=None, compare=False, repr=False)
    """The validated meeting these facts were taken from (None: read from the index)."""

    @property
    def content(self) -> str:
        """A digest of the whole validated meeting: two files with the same digest hold the
        same meeting (a copy, counted once). Worked out when first asked for (only files of
        the same date are compared, and the index stores it): about 30 us a meeting."""
        if not self.digest and self.source is not None:
            import hashlib  # here: the first look never digests (about 1 ms to import)

            digest = hashlib.sha256(self.source.model_dump_json().encode()).hexdigest()
            object.__setattr__(self, "digest", digest)  # a cache: frozen to everyone else
        return self.digest

    @property
    def meets_psg_minimum(self) -> bool:
        """At least four attendees, guests not counted: the PSG criterion."""
        return len(self.members_attending) >= PSG_MINIMUM_ATTENDEES

    @property
    def counts(self) -> bool:
        """Counts for recertification (:func:`counts_for_recertification`)."""
        return self.status is MeetingStatus.COMPLETE and self.meets_psg_minimum

    def presented_seconds(self, registration_number: str) -> int:
        """Seconds ``registration_number``'s own topics took (:func:`presented_seconds`)."""
        return sum(s for reg, s in self.presented if reg == registration_number)

    @classmethod
    def of(cls, meeting: Meeting) -> MeetingFacts:
        """The facts of a validated meeting."""
        presenters = dict.fromkeys(s.presenter for s in meeting.slots)
        return cls(
            date=meeting.date,
            status=meeting.status,
            attendee_count=len(meeting.attendees),
            members_attending=tuple(_person(a) for a in meeting.members_attending),
            missing_minimum_data=tuple(meeting.missing_minimum_data()),
            notes_complete=notes_complete(meeting),
            apologies=frozenset(
                a.registration_number for a in meeting.apologies if a.registration_number
            ),
            next_meeting=meeting.next_meeting.date if meeting.next_meeting else None,
            presented=tuple((reg, presented_seconds(meeting, reg)) for reg in presenters),
            topics=topics_line(meeting),
            source=meeting,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (:meth:`from_json` reads it back)."""
        return {
            "date": self.date.isoformat(),
            "status": self.status.value,
            "attendee_count": self.attendee_count,
            "members_attending": [_person_json(p) for p in self.members_attending],
            "missing_minimum_data": list(self.missing_minimum_data),
            "notes_complete": self.notes_complete,
            "apologies": sorted(self.apologies),
            "next_meeting": self.next_meeting.isoformat() if self.next_meeting else None,
            "presented": [[reg, seconds] for reg, seconds in self.presented],
            "topics": self.topics,
            "content": self.content,
        }

    @classmethod
    def from_json(cls, data: object) -> MeetingFacts:
        """Read :meth:`to_json`'s dict back, strictly (:class:`ValueError` otherwise)."""
        d = _dict(data, set(_MEETING_KEYS))
        people = tuple(_person_from(p) for p in _list(d["members_attending"]))
        count = _int(d["attendee_count"])
        if not len(people) <= count <= MAX_ITEMS:
            raise ValueError(f"attendee_count {count} does not fit the attendees")
        presented = []
        for pair in _list(d["presented"]):
            reg, seconds = _list(pair)
            presented.append((_text(reg), _int(seconds)))
        digest = _text(d["content"])
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise ValueError("content is not a digest")
        nxt = d["next_meeting"]
        return cls(
            date=_date(d["date"]),
            status=MeetingStatus(_text(d["status"])),
            attendee_count=count,
            members_attending=people,
            missing_minimum_data=tuple(_text(t) for t in _list(d["missing_minimum_data"])),
            notes_complete=_bool(d["notes_complete"]),
            apologies=frozenset(_text(t) for t in _list(d["apologies"])),
            next_meeting=None if nxt is None else _date(nxt),
            presented=tuple(presented),
            topics=_text(d["topics"], MAX_ITEMS * MAX_TEXT_CHARS),
            digest=digest,
        )


_MEETING_KEYS = (
    "date",
    "status",
    "attendee_count",
    "members_attending",
    "missing_minimum_data",
    "notes_complete",
    "apologies",
    "next_meeting",
    "presented",
    "topics",
    "content",
)


def _person(member: Any) -> Person:
    return Person(member.registration_number, member.name, member.profession)


def _person_json(person: Person) -> list[str]:
    return [person.registration_number, person.name, person.profession]


def _person_from(data: object) -> Person:
    reg, name, profession = _list(data)
    return Person(_text(reg), _text(name), _text(profession))


# -- strict readers ------------------------------------------------------------------------


def _dict(data: object, keys: Iterable[str]) -> dict[str, Any]:
    if not isinstance(data, dict) or set(data) != set(keys):
        raise ValueError("not the expected fields")
    return data


def _list(data: object) -> list[Any]:
    if not isinstance(data, list) or len(data) > MAX_ITEMS:
        raise ValueError("not a list of at most MAX_ITEMS")
    return data


def _text(data: object, limit: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(data, str) or len(data) > limit:
        raise ValueError("not a text within the caps")
    return neutralise_controls(data)


def _int(data: object) -> int:
    if not isinstance(data, int) or isinstance(data, bool) or not 0 <= data <= 10**9:
        raise ValueError("not a whole number")
    return data


def _bool(data: object) -> bool:
    if not isinstance(data, bool):
        raise ValueError("not true or false")
    return data


def _date(data: object) -> dt.date:
    if not isinstance(data, str):
        raise ValueError("not a date")
    return dt.date.fromisoformat(data)
