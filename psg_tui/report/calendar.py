"""The next meeting as an iCalendar (RFC 5545) invitation, built with the icalendar library.

Folding, escaping, parameter quoting and the VTIMEZONE are the library's job; this module only
decides what goes in. The UID comes from the meeting that set the next meeting, never from
the clock, so exporting twice (or after moving the date) updates the same calendar entry.

- DTSTAMP is when the file is written (``stamp``; RFC 5545: when the object was created).
- SEQUENCE is the next meeting's stored revision (``NextMeeting.sequence``): see
  :func:`update_sequence`. A calendar replaces an event only by one with a higher SEQUENCE,
  so a moved meeting must raise it; the same details must not (or every re-export would be
  an "update"). It is therefore a counter kept in the meeting file, raised when a hash of
  the invitation's details differs from the one stored with it: deterministic (same
  details, same number, on any computer) and only ever going up.
- Every text is stripped of control and bidi characters before it goes in.

Choices, and why:
- No ``METHOD``: the file is a plain RFC 5545 calendar object that each person imports, not
  an iTIP scheduling message. iTIP's PUBLISH forbids attendees and REQUEST starts an RSVP
  round trip to addresses nobody has; a plain object may list attendees. The ORGANIZER (the
  group itself) is there because RFC 5545 asks for one whenever attendees are listed.
- Nobody's email is known, and a made-up ``mailto:`` would invite a client to send mail to
  it. ATTENDEE and ORGANIZER values are ``urn:uuid:`` URIs (RFC 4122, a registered URN
  namespace) derived from the registration number, so they are valid, stable and send nothing;
  the person's name is in ``CN``.
- A start time gives ``DTSTART;TZID=<the meeting's zone>`` with a matching VTIMEZONE, so the
  event stays at 18:30 local across a daylight-saving change. No start time gives an all-day
  event on the date, the planned length going into the description.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress

from psg_tui.core.models import Meeting, Member, Modality
from psg_tui.core.words import format_modality, plural, printable

PRODID = "-//psg-tui//Peer support group meeting//EN"
"""Names the program that wrote the file (RFC 5545 3.7.3)."""

_NAMESPACE = uuid.UUID("5f1f6f5e-9a53-4a55-8d3e-2c8b5b0e6a11")
"""Fixed namespace for the uuid5 values below: changing it would change every UID."""


class NoNextMeetingError(ValueError):
    """The meeting has no next meeting set, so there is nothing to invite anyone to."""


def next_meeting_ics(
    meeting: Meeting,
    group_name: str = "",
    *,
    members: Sequence[Member] | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """An iCalendar file (bytes, CRLF lines) for ``meeting.next_meeting``.

    ``group_name`` defaults to the name copied into the meeting. ``members`` are the people
    to invite (the group's current members); without it, this meeting's attendees and those
    who sent apologies with a registration number are invited. ``stamp`` (aware) is the
    DTSTAMP, when the file is written; without it, one derived from the meeting (the same
    bytes every time). SEQUENCE is ``next_meeting.sequence`` (see :func:`update_sequence`).
    Raises :class:`NoNextMeetingError` when no next meeting is set.
    """
    nxt = meeting.next_meeting
    if nxt is None:
        raise NoNextMeetingError(
            f"the meeting of {meeting.date.isoformat()} has no next meeting set"
        )
    group_name = printable(group_name or meeting.group_name)
    zone = ZoneInfo(meeting.timezone)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")

    event = Event()
    event.add("uid", _uid(meeting, group_name))
    moment = stamp.astimezone(dt.UTC).replace(microsecond=0) if stamp else _stamp(meeting, zone)
    event.add("dtstamp", moment)
    event.add("sequence", nxt.sequence)
    if nxt.start_time is not None:
        start = dt.datetime.combine(nxt.date, nxt.start_time, tzinfo=zone)
        event.add("dtstart", start)
        event.add("duration", dt.timedelta(minutes=nxt.duration_minutes))
    else:
        # A DATE value with no DTEND or DURATION is a one-day event (RFC 5545 3.6.1).
        event.add("dtstart", nxt.date)
    title = "Peer support group meeting"
    event.add("summary", f"{group_name}: {title.lower()}" if group_name else title)
    location = printable(_location(nxt.modality, nxt.venue, nxt.platform, nxt.video_link))
    if location:
        event.add("location", location)
    link = " ".join(printable(nxt.video_link).split())
    if link.lower().startswith(("https://", "http://")):
        event.add("url", link)
    event.add("description", printable(_description(meeting)))
    event.add("class", "PRIVATE")  # the group's business; shared calendars show it as busy

    organizer = vCalAddress(_urn("group", group_name or meeting.date.isoformat()))
    organizer.params["CN"] = group_name or title
    event.add("organizer", organizer)
    for person in _invitees(meeting, members):
        attendee = vCalAddress(_urn("member", person[1]))
        attendee.params["CN"] = " ".join(printable(person[0]).split())
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        event.add("attendee", attendee)

    cal.add_component(event)
    if nxt.start_time is not None:
        cal.add_missing_timezones()
    return cal.to_ical()


def invitation_key(
    meeting: Meeting, group_name: str = "", *, members: Sequence[Member] | None = None
) -> str:
    """A hash of what the invitation says (everything but DTSTAMP and SEQUENCE)."""
    nxt = meeting.next_meeting
    if nxt is None:
        raise NoNextMeetingError(
            f"the meeting of {meeting.date.isoformat()} has no next meeting set"
        )
    fixed = meeting.model_copy(
        update={"next_meeting": nxt.model_copy(update={"sequence": 0, "sequence_key": ""})}
    )
    data = next_meeting_ics(fixed, group_name, members=members)
    return hashlib.sha256(data).hexdigest()[:32]


def update_sequence(
    meeting: Meeting, group_name: str = "", *, members: Sequence[Member] | None = None
) -> bool:
    """Bring ``next_meeting.sequence`` up to date before the invitation is written: raised
    by one when the invitation's details differ from those it was last written with (the
    hash in ``sequence_key``); the first invitation is 0. True when the meeting changed
    (the caller saves it, so the next export knows)."""
    nxt = meeting.next_meeting
    key = invitation_key(meeting, group_name, members=members)
    assert nxt is not None
    if nxt.sequence_key == key:
        return False
    sequence = nxt.sequence + 1 if nxt.sequence_key else nxt.sequence
    meeting.next_meeting = nxt.model_copy(update={"sequence": sequence, "sequence_key": key})
    return True


def _uid(meeting: Meeting, group_name: str) -> str:
    # Keyed on the meeting that set the next meeting, not on the next meeting's own date and
    # time: exporting again after moving the date updates the same calendar entry.
    start = meeting.start_time.isoformat() if meeting.start_time else ""
    key = f"next-meeting|{group_name}|{meeting.date.isoformat()}|{start}"
    return f"{uuid.uuid5(_NAMESPACE, key)}@psg-tui"


def _stamp(meeting: Meeting, zone: ZoneInfo) -> dt.datetime:
    """DTSTAMP in UTC, from the meeting: when it ended, else started, else its planned times."""
    moment = meeting.ended_at or meeting.started_at
    if moment is None:
        local = meeting.end_time or meeting.start_time or dt.time(0, 0)
        moment = dt.datetime.combine(meeting.date, local, tzinfo=zone)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _urn(kind: str, key: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{kind}|{key}')}"


def _location(modality: Modality, venue: str, platform: str, link: str) -> str:
    if modality is Modality.VIDEOCONFERENCE:
        # An invitation is for the group's own calendars, so it carries the join link (the
        # meeting record never does).
        where = format_modality(modality, platform)
        return f"{where}: {link.strip()}" if link.strip() else where
    return venue.strip()


def _description(meeting: Meeting) -> str:
    nxt = meeting.next_meeting
    assert nxt is not None
    lines = []
    if nxt.focus.strip():
        lines += [f"Focus: {nxt.focus.strip()}", ""]
    lines.append(f"How: {nxt.modality.label}")
    if nxt.modality is Modality.VIDEOCONFERENCE and nxt.video_link.strip():
        lines.append(f"Join: {nxt.video_link.strip()}")
    if nxt.start_time is None:
        lines.append(
            f"Start time to be confirmed; planned length {plural(nxt.duration_minutes, 'minute')}."
        )
    lines.append(f"Set at the meeting of {meeting.date.isoformat()}.")
    return "\n".join(lines)


def _invitees(meeting: Meeting, members: Sequence[Member] | None) -> list[tuple[str, str]]:
    """(name, registration number) of everyone to invite, each once, in a stable order."""
    if members is not None:
        people = [(m.name, m.registration_number) for m in members]
    else:
        people = [(a.name, a.registration_number) for a in meeting.attendees]
        people += [
            (a.name, a.registration_number) for a in meeting.apologies if a.registration_number
        ]
    seen: set[str] = set()
    unique = []
    for name, reg in people:
        if reg not in seen:
            seen.add(reg)
            unique.append((name, reg))
    return unique
