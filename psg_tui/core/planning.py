"""Setting a meeting up: the rules the setup screen applies, kept here so they have one copy
and are tested without a screen.

A new meeting starts from the group's defaults; the setup form is read into a
:class:`MeetingForm` and :func:`build_meeting` turns it into a validated meeting (or a
``ValueError`` with a sentence a person can act on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal
from zoneinfo import ZoneInfo

from psg_tui.core.models import (
    Apology,
    AttendanceNote,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    Roles,
    RoundEntry,
    Slot,
    is_guest_key,
)

MEETING_MINUTES_RANGE = (15, 480)
"""Shortest and longest meeting the form accepts, in minutes."""


def local_now(meeting: Meeting, now: dt.datetime) -> dt.datetime:
    """``now`` in the meeting's own time zone (the computer's zone may be another)."""
    return now.astimezone(ZoneInfo(meeting.timezone))


def new_meeting(group: Group, now: dt.datetime) -> Meeting:
    """A new meeting today (in the meeting's time zone), from the group's defaults, with
    every member expected."""
    d = group.defaults
    meeting = Meeting(
        group_name=group.name,
        date=now.date(),
        start_time=d.start_time,
        modality=d.modality,
        venue=d.venue,
        platform=d.platform if d.modality is Modality.VIDEOCONFERENCE else "",
        attendees=[m.model_copy() for m in group.members],
        presenters_in_record=d.presenters_in_record,
    )
    meeting.date = local_now(meeting, now).date()
    return meeting


def length_minutes(meeting: Meeting, default: int) -> int:
    """The meeting's booked length in minutes (``default`` when its times do not say)."""
    if meeting.start_time and meeting.end_time:
        start = dt.datetime.combine(meeting.date, meeting.start_time)
        end = dt.datetime.combine(meeting.date, meeting.end_time)
        minutes = int((end - start).total_seconds() // 60)
        if minutes > 0:
            return minutes
    return default


@dataclass(frozen=True)
class MeetingForm:
    """What the setup form holds, already split into fields (text not yet checked)."""

    date: dt.date
    start_time: dt.time
    length_text: str
    """Minutes as typed."""
    modality: Modality
    venue: str = ""
    platform: str = ""
    video_link: str = ""
    focus: str = ""
    attending: Sequence[str] = ()
    """Registration numbers ticked as attending, in member order."""
    apologies: Sequence[str] = ()
    """Registration numbers ticked as having sent apologies."""
    roles: Mapping[str, str] = field(default_factory=dict)
    """Role name -> registration number (only attendees count)."""
    slots: Sequence[Slot] = ()
    """The presenters in order (those not attending are dropped)."""
    guests: Sequence[Member] = ()
    """Guests added in this form (``guest=True``); those ticked in ``attending`` attend."""
    timing: Mapping[str, str] = field(default_factory=dict)
    """This meeting's own minutes as typed (a :data:`TIMING_FIELDS` name -> text); empty
    text means the group's default."""


TIMING_FIELDS: dict[str, tuple[str, int, int]] = {
    "check_in_minutes_per_person": ("Check-in (min each)", 0, 30),
    "check_out_minutes_per_person": ("Check-out (min each)", 0, 30),
    "wrap_up_minutes": ("Wrap-up (min)", 0, 120),
    "min_slot_minutes": ("Shortest slot (min)", 1, 240),
    "socialise_minutes": ("Socialising (min)", 0, 120),
}
"""The minutes a meeting may set for itself: (label, lowest, highest)."""


def parse_timing(typed: Mapping[str, str]) -> dict[str, int]:
    """The minutes typed for this meeting; an empty field keeps the group's default.
    Raises ValueError naming the field."""
    own: dict[str, int] = {}
    for name, text in typed.items():
        label, low, high = TIMING_FIELDS[name]
        text = text.strip()
        if not text:
            continue
        if not text.isdigit() or not low <= int(text) <= high:
            raise ValueError(f"{label}: a whole number from {low} to {high}")
        own[name] = int(text)
    return own


def build_meeting(group: Group, base: Meeting, form: MeetingForm) -> Meeting:
    """The meeting the form describes, on top of ``base`` (a planned meeting keeps what the
    form does not show). Raises ``ValueError`` (pydantic's, or one sentence) when it is not
    a valid meeting."""
    low, high = MEETING_MINUTES_RANGE
    length = form.length_text.strip()
    if not length.isdigit() or not low <= int(length) <= high:
        raise ValueError(f"Length: minutes from {low} to {high} (most meetings are 60 to 120)")
    end = dt.datetime.combine(form.date, form.start_time) + dt.timedelta(minutes=int(length))
    members = {m.registration_number: m for m in group.members}
    known = {a.registration_number: a for a in base.attendees}
    known.update((g.registration_number, g) for g in form.guests)
    names = {reg: m.name for reg, m in {**known, **members}.items()}
    attending = list(form.attending)
    attendees = [(members.get(reg) or known[reg]).model_copy() for reg in attending]
    apologies = [
        Apology(name=names[reg], registration_number="" if is_guest_key(reg) else reg)
        for reg in form.apologies
        if reg not in attending and reg in names
    ]
    roles = Roles(**{role: reg for role, reg in form.roles.items() if reg in attending})
    data = base.model_dump()
    data.update(
        group_name=group.name,
        date=form.date,
        start_time=form.start_time,
        end_time=end.time(),
        modality=form.modality,
        venue=form.venue.strip(),
        platform=form.platform.strip(),
        video_link=form.video_link.strip(),
        focus=form.focus.strip(),
        attendees=[a.model_dump() for a in attendees],
        apologies=[a.model_dump() for a in apologies],
        roles=roles.model_dump(),
        slots=[s.model_dump() for s in form.slots if s.presenter in attending],
        timing=_own_timing(group, parse_timing(form.timing)),
    )
    return Meeting.model_validate(data)


def _own_timing(group: Group, own: dict[str, int]) -> dict[str, int] | None:
    """Only the minutes that differ from the group's defaults are the meeting's own."""
    d = group.defaults.model_dump()
    differ = {name: value for name, value in own.items() if d[name] != value}
    return differ or None


def moved_to(meeting: Meeting, now: dt.datetime, default_minutes: int) -> Meeting:
    """The meeting re-dated to today and re-timed to start now (in its own time zone),
    keeping its booked length (the group's usual length when it has none)."""
    minutes = length_minutes(meeting, default_minutes)
    now = local_now(meeting, now)
    new_start = now.replace(second=0, microsecond=0, tzinfo=None)
    data = meeting.model_dump()
    data.update(
        date=now.date(),
        start_time=new_start.time(),
        end_time=(new_start + dt.timedelta(minutes=minutes)).time(),
    )
    return Meeting.model_validate(data)


def is_first_meeting(others: Iterable[Meeting]) -> bool:
    """No other meeting of the group has taken place: its ground rules are still open."""
    return not any(m.status is MeetingStatus.COMPLETE for m in others)


# -- attendance changes during and after the meeting -------------------------------------

Removal = Literal["left", "absent"]
"""How someone unticked is recorded: they left early (they attended part), or they were
not here at all (a correction)."""


def attendance_choices(meeting: Meeting, group: Group) -> tuple[list[Member], set[str]]:
    """Who could be ticked as here (the group's members, then attendees no longer in it) and
    who is ticked now (attending and not gone)."""
    people = list(group.members)
    known = {m.registration_number for m in people}
    people += [a for a in meeting.attendees if a.registration_number not in known]
    here = {
        a.registration_number
        for a in meeting.attendees
        if not meeting.has_left(a.registration_number)
    }
    return people, here


def change_attendance(
    meeting: Meeting,
    group: Group,
    attending: Sequence[str],
    *,
    now: dt.datetime | None,
    removed_as: Removal,
) -> list[str]:
    """Make ``attending`` (registration numbers) the meeting's attendance; returns what
    changed, in words (empty: nothing did).

    A person added while the meeting runs (``now`` given, after it started) is recorded as
    arriving late; a person taken off is recorded as leaving early (``removed_as="left"``:
    they stay an attendee, the rounds pass them by) or taken off the record as never there
    (``"absent"``: refused for someone who already presented or took a turn). Raises
    ValueError with a sentence when a change cannot be made.
    """
    current = {a.registration_number: a for a in meeting.attendees}
    members = {m.registration_number: m for m in group.members}
    wanted = list(dict.fromkeys(attending))
    changes: list[str] = []
    started = meeting.started_at is not None and now is not None and now > meeting.started_at
    for reg in wanted:
        note = meeting.attendance_note(reg)
        if reg in current:
            if note is not None and note.left_at is not None:
                note.left_at = None  # back after all (or the tick was a slip)
                changes.append(f"{current[reg].name} is here again")
                _drop_empty_note(meeting, reg)
            continue
        person = members.get(reg)
        if person is None:
            raise ValueError(f"{reg} is not a member of the group")
        meeting.attendees.append(person.model_copy())
        meeting.apologies = [a for a in meeting.apologies if a.registration_number != reg]
        if started:
            _note_for(meeting, reg).arrived_at = now
            changes.append(f"{person.name} arrived late")
        else:
            changes.append(f"{person.name} added")
    for reg, person in current.items():
        if reg in wanted or meeting.has_left(reg):
            continue
        if removed_as == "left":
            _note_for(meeting, reg).left_at = now or meeting.ended_at or meeting.started_at
            changes.append(f"{person.name} left early")
            continue
        took_part = [
            what
            for what, done in (
                ("has a presenter slot", any(s.presenter == reg for s in meeting.slots)),
                ("wrote a slot's notes", any(s.written_by == reg for s in meeting.slots)),
                ("had a check-in turn", _had_turn(meeting.check_in, reg)),
                ("had a check-out turn", _had_turn(meeting.check_out, reg)),
            )
            if done
        ]
        if took_part:
            raise ValueError(
                f"{person.name} {' and '.join(took_part)}: record them as leaving early "
                "instead (or take the slot out in setup first)"
            )
        # Each step leaves a valid meeting (the model checks every assignment): roles and
        # round entries first, then the attendee.
        for role in ("facilitator", "timekeeper", "note_taker"):
            if getattr(meeting.roles, role) == reg:
                setattr(meeting.roles, role, "")
        meeting.check_in = [e for e in meeting.check_in if e.registration_number != reg]
        meeting.check_out = [e for e in meeting.check_out if e.registration_number != reg]
        meeting.attendance_notes = [
            n for n in meeting.attendance_notes if n.registration_number != reg
        ]
        meeting.attendees = [a for a in meeting.attendees if a.registration_number != reg]
        changes.append(f"{person.name} taken off the attendance (not here)")
    return changes


def _had_turn(entries: Sequence[RoundEntry], reg: str) -> bool:
    return any(
        e.registration_number == reg and (e.notes or e.elapsed_seconds >= 5) for e in entries
    )


def _note_for(meeting: Meeting, reg: str) -> AttendanceNote:
    note = meeting.attendance_note(reg)
    if note is None:
        note = AttendanceNote(registration_number=reg)
        meeting.attendance_notes.append(note)
    return note


def _drop_empty_note(meeting: Meeting, reg: str) -> None:
    meeting.attendance_notes = [
        n
        for n in meeting.attendance_notes
        if n.registration_number != reg or n.arrived_at or n.left_at
    ]
