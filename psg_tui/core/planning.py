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
from zoneinfo import ZoneInfo

from psg_tui.core.models import Apology, Group, Meeting, MeetingStatus, Modality, Roles, Slot

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
    names = {reg: m.name for reg, m in {**known, **members}.items()}
    attending = list(form.attending)
    attendees = [(members.get(reg) or known[reg]).model_copy() for reg in attending]
    apologies = [
        Apology(name=names[reg], registration_number=reg)
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
    )
    return Meeting.model_validate(data)


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
