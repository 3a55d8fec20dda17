"""The facilitator's sign-off (issue 15, part 5): "Notes confirmed by <name, registration
number> on <date>", printed on the group PDF.

The sign-off keeps a fingerprint of the shared notes as confirmed (every free-text field
the group's copy carries, the attendees and the roles). When the shared notes change after
it, the sign-off no longer holds: the app clears it and says so, and a record never prints
one that no longer matches (a file edited by hand, say).

Pure: no textual, no report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from zoneinfo import ZoneInfo

from psg_tui.core import words
from psg_tui.core.gate import GROUP, output_fields
from psg_tui.core.models import Meeting, SignOff


class SignOffError(ValueError):
    """The notes cannot be confirmed (no facilitator recorded)."""


def notes_hash(meeting: Meeting) -> str:
    """A fingerprint of the shared notes: what the group's copy carries that people wrote,
    and who attended (late arrivals and early leavers included)."""
    shared = {
        "date": meeting.date.isoformat(),
        "fields": [(f.field, f.text) for f in output_fields(meeting, GROUP)],
        "attendees": [(a.name, a.registration_number) for a in meeting.attendees],
        "apologies": [(a.name, a.registration_number) for a in meeting.apologies],
        "roles": meeting.roles.model_dump(mode="json"),
        "slots": [(s.presenter, s.state.value, s.topic_type.value) for s in meeting.slots],
    }
    if meeting.attendance_notes:  # who arrived late or left early: the PDF says so
        # Only when there are any: a sign-off recorded before this was counted still holds.
        shared["attendance_notes"] = [n.model_dump(mode="json") for n in meeting.attendance_notes]
    data = json.dumps(shared, ensure_ascii=False, sort_keys=True).encode()
    return "sha256:" + hashlib.sha256(data).hexdigest()[:32]


def sign(meeting: Meeting, now: dt.datetime) -> SignOff:
    """The facilitator confirms the notes now (``now`` timezone-aware, in any zone: it is
    recorded in the meeting's own zone, as the timing engine records every other time, so
    the file reads ``2026-08-20T09:30:00+12:00`` whatever zone the computer is set to).
    Raises :class:`SignOffError` when the meeting records no facilitator, or ``now`` has no
    time zone. The caller saves."""
    reg = meeting.roles.facilitator
    if not reg:
        raise SignOffError(
            "no facilitator is recorded for this meeting: only the facilitator confirms the notes"
        )
    if now.tzinfo is None or now.utcoffset() is None:
        raise SignOffError("the time of the sign-off must carry a time zone")
    meeting.sign_off = SignOff(
        registration_number=reg,
        name=meeting.name_of(reg),
        confirmed_at=now.astimezone(ZoneInfo(meeting.timezone)).replace(microsecond=0),
        notes_hash=notes_hash(meeting),
    )
    return meeting.sign_off


def holds(meeting: Meeting) -> bool:
    """A sign-off is recorded and the shared notes are as confirmed."""
    sign_off = meeting.sign_off
    return sign_off is not None and sign_off.notes_hash == notes_hash(meeting)


def clear_if_changed(meeting: Meeting) -> str:
    """Clear a sign-off the shared notes no longer match; what to tell the person ("" when
    nothing was cleared). The caller saves."""
    sign_off = meeting.sign_off
    if sign_off is None or holds(meeting):
        return ""
    meeting.sign_off = None
    return (
        f"The notes changed after {sign_off.name} confirmed them: the sign-off is cleared. "
        "The facilitator can confirm them again."
    )


def _day(meeting: Meeting, sign_off: SignOff) -> str:
    """The day of the sign-off in the meeting's own zone: ``20 August 2026``."""
    return words.format_date(sign_off.confirmed_at.astimezone(ZoneInfo(meeting.timezone)).date())


def sign_off_sentence(meeting: Meeting) -> str:
    """``Notes confirmed by Sarah McAllister (55918) on 20 August 2026``; "" when there is
    no sign-off that holds."""
    if not holds(meeting):
        return ""
    sign_off = meeting.sign_off
    assert sign_off is not None
    return (
        f"Notes confirmed by {sign_off.name} ({sign_off.registration_number}) "
        f"on {_day(meeting, sign_off)}"
    )


def stale_sentence(meeting: Meeting) -> str:
    """A sign-off recorded in the file that no longer holds (the shared notes changed after
    it, say by hand): ``Confirmed by Sarah McAllister on 20 August 2026; the notes have
    changed since``. "" when there is none, or it holds.

    For the screen only: the group PDF never prints a confirmation that no longer holds."""
    sign_off = meeting.sign_off
    if sign_off is None or holds(meeting):
        return ""
    return (
        f"Confirmed by {sign_off.name} on {_day(meeting, sign_off)}; the notes have changed since"
    )
