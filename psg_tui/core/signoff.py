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

from psg_tui.core import words
from psg_tui.core.gate import GROUP, output_fields
from psg_tui.core.models import Meeting, SignOff


class SignOffError(ValueError):
    """The notes cannot be confirmed (no facilitator recorded)."""


def notes_hash(meeting: Meeting) -> str:
    """A fingerprint of the shared notes: what the group's copy carries that people wrote."""
    shared = {
        "date": meeting.date.isoformat(),
        "fields": [(f.field, f.text) for f in output_fields(meeting, GROUP)],
        "attendees": [(a.name, a.registration_number) for a in meeting.attendees],
        "apologies": [(a.name, a.registration_number) for a in meeting.apologies],
        "roles": meeting.roles.model_dump(mode="json"),
        "slots": [(s.presenter, s.state.value, s.topic_type.value) for s in meeting.slots],
    }
    data = json.dumps(shared, ensure_ascii=False, sort_keys=True).encode()
    return "sha256:" + hashlib.sha256(data).hexdigest()[:32]


def sign(meeting: Meeting, now: dt.datetime) -> SignOff:
    """The facilitator confirms the notes now (``now`` timezone-aware). Raises
    :class:`SignOffError` when the meeting records no facilitator. The caller saves."""
    reg = meeting.roles.facilitator
    if not reg:
        raise SignOffError(
            "no facilitator is recorded for this meeting: only the facilitator confirms the notes"
        )
    meeting.sign_off = SignOff(
        registration_number=reg,
        name=meeting.name_of(reg),
        confirmed_at=now,
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


def sign_off_sentence(meeting: Meeting) -> str:
    """``Notes confirmed by Sarah McAllister (55918) on 20 August 2026``; "" when there is
    no sign-off that holds."""
    if not holds(meeting):
        return ""
    sign_off = meeting.sign_off
    assert sign_off is not None
    from zoneinfo import ZoneInfo

    day = sign_off.confirmed_at.astimezone(ZoneInfo(meeting.timezone)).date()
    return (
        f"Notes confirmed by {sign_off.name} ({sign_off.registration_number}) "
        f"on {words.format_date(day)}"
    )
