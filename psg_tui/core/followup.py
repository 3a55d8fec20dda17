"""Takeaways followed up (issue 15, part 1): at check-in, each member hears back the
takeaways they gave at their last presented slot in this group, and may say what happened
since (tried it / changed my practice / not yet / no longer relevant, and a one-line note).

Takeaways are followed up once: when a later meeting already records the member's
follow-up of their latest takeaways, there is nothing new to follow up
(:attr:`LastTakeaways.followed_up_on`), and a follow-up given now is a note about nothing
in particular (no ``from_date``), never a second follow-up of the same takeaways.

The follow-up is stored in the meeting as its own field (``Meeting.follow_ups``), never in
the check-in notes; it is personal, like a reflection: it goes only into that member's own
PDF, under their reflection, and the privacy check scans it.

Pure: no textual, no report. The app reads past meetings in a worker and calls
:func:`last_takeaways_by_member` there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from psg_tui.core.models import (
    FollowUp,
    FollowUpOutcome,
    Meeting,
    MeetingStatus,
    SlotState,
)


@dataclass(frozen=True)
class LastTakeaways:
    """What a member took away the last time they presented in this group."""

    date: dt.date
    """The meeting's date."""
    title: str
    """The topic's title (stripped; may be empty)."""
    takeaways: str
    """Their takeaways as written (stripped; several slots that day are joined)."""
    followed_up_on: dt.date | None = None
    """The date of the later meeting (before the one asking) that already records the
    member's follow-up of these takeaways; None while they are still to be followed up."""

    @property
    def to_follow_up(self) -> bool:
        """Not yet followed up: these are the takeaways to offer at check-in."""
        return self.followed_up_on is None


def _presented(meeting: Meeting, registration_number: str) -> list[tuple[str, str]]:
    return [
        (slot.title.strip(), slot.takeaways.strip())
        for slot in meeting.slots
        if slot.presenter == registration_number
        and slot.state is not SlotState.SKIPPED
        and slot.takeaways.strip()
    ]


def last_takeaways(
    meetings: Iterable[Meeting], registration_number: str, before: dt.date
) -> LastTakeaways | None:
    """The takeaways ``registration_number`` gave at their last presented slot (with
    takeaways written) in a complete meeting dated before ``before``; None when there is
    none. ``followed_up_on`` says whether a meeting after them (and before ``before``)
    already records their follow-up."""
    return last_takeaways_by_member(meetings, [registration_number], before).get(
        registration_number
    )


def last_takeaways_by_member(
    meetings: Iterable[Meeting], registration_numbers: Sequence[str], before: dt.date
) -> dict[str, LastTakeaways]:
    """:func:`last_takeaways` for several members in one pass over the meetings."""
    wanted = set(registration_numbers)
    found: dict[str, LastTakeaways] = {}
    earlier = [m for m in meetings if m.date < before]
    complete = [m for m in earlier if m.status is MeetingStatus.COMPLETE]
    for meeting in sorted(complete, key=lambda m: m.date, reverse=True):
        for reg in wanted - found.keys():
            slots = _presented(meeting, reg)
            if slots:
                found[reg] = LastTakeaways(
                    date=meeting.date,
                    title="; ".join(t for t, _ in slots if t),
                    takeaways="\n".join(k for _, k in slots),
                )
        if found.keys() == wanted:
            break
    return _with_follow_ups(found, earlier)


def _with_follow_ups(
    found: dict[str, LastTakeaways], meetings: Sequence[Meeting]
) -> dict[str, LastTakeaways]:
    """Mark the takeaways that a later meeting already records a follow-up of: the
    member's own, non-blank, naming the takeaways' date, in a meeting held (not planned)
    after them. The earliest such meeting is the date shown."""
    held = sorted(
        (m for m in meetings if m.status is not MeetingStatus.PLANNED), key=lambda m: m.date
    )
    marked = dict(found)
    for reg, last in found.items():
        for meeting in held:
            if meeting.date <= last.date:
                continue
            given = meeting.follow_up_of(reg)
            if given is not None and not given.blank and given.from_date == last.date:
                marked[reg] = replace(last, followed_up_on=meeting.date)
                break
    return marked


def set_follow_up(
    meeting: Meeting,
    registration_number: str,
    outcome: FollowUpOutcome | None,
    note: str,
    source: LastTakeaways | None,
) -> FollowUp | None:
    """Record (or replace) the member's follow-up; a blank one (no choice, no note) removes
    it. Returns what is now recorded. The caller saves the meeting. A ``source`` already
    followed up at a later meeting is not recorded again: the follow-up then names no
    takeaways."""
    if source is not None and not source.to_follow_up:
        source = None
    others = [f for f in meeting.follow_ups if f.registration_number != registration_number]
    note = " ".join(note.split())  # one line
    if outcome is None and not note:
        meeting.follow_ups = others
        return None
    follow_up = FollowUp(
        registration_number=registration_number,
        outcome=outcome,
        note=note,
        from_date=source.date if source else None,
        takeaways=source.takeaways if source else "",
    )
    # In the order of the attendees, so the file reads like the round.
    order = {a.registration_number: i for i, a in enumerate(meeting.attendees)}
    meeting.follow_ups = sorted(
        [*others, follow_up], key=lambda f: order.get(f.registration_number, len(order))
    )
    return follow_up


def follow_up_text(follow_up: FollowUp) -> str:
    """``Tried it: asked two prescribers first.`` (the choice, then the note)."""
    choice = follow_up.outcome.label if follow_up.outcome else ""
    note = follow_up.note.strip()
    if choice and note:
        return f"{choice}: {note}"
    return choice or note


def own_follow_up_lines(meeting: Meeting, registration_number: str) -> tuple[str, ...]:
    """The member's own follow-up at ``meeting`` as printed lines (for a member's year):
    the choice and note, after what it followed up. Empty when none was given."""
    follow_up = meeting.follow_up_of(registration_number)
    if follow_up is None or follow_up.blank:
        return ()
    return (follow_up_text(follow_up),)
