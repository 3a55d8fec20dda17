"""One module of words: how psg-tui writes dates, times, lengths, venues, counts and the fixed
statements of a meeting record, in New Zealand English.

Everything here is locale-independent on purpose: the PDF a verifier reads, the Markdown and
the screen must say "Wednesday 9 December 2026" and "6:30 pm" on every computer, so month and
day names are our own and ``strftime``'s ``%A``, ``%B`` and ``%p`` (which follow the locale)
are never used.

Plain strings only: no Textual, no HTML, no Markdown. A view escapes what it draws.
"""

from __future__ import annotations

import datetime as dt
import re

from psg_tui.core.vocab import PSG_MINIMUM_ATTENDEES, MeetingStatus, Modality

__all__ = [
    "CONFIDENTIALITY_STATEMENT",
    "CONFIDENTIAL_TO_THE_GROUP",
    "DRAFT_MARK",
    "MEMBER_COPY_NOTE",
    "MONTHS",
    "NOT_PRESENTED",
    "NOT_RECORDED",
    "UNTITLED_TOPIC",
    "WEEKDAYS",
    "acknowledgement_sentence",
    "draft_criteria_sentence",
    "draft_notice",
    "format_date",
    "format_date_and_time",
    "format_day",
    "format_minutes",
    "format_modality",
    "format_short_date",
    "format_time",
    "format_time_range",
    "format_venue",
    "plural",
    "plural_word",
    "printable",
    "psg_criteria_sentence",
    "status_text",
    "strip_links",
    "venue_parts",
]

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""Month names in English (the records' language, whatever the computer's locale)."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Day names in English, Monday first (as :meth:`datetime.date.weekday` counts)."""


# -- what may reach a printed file -----------------------------------------------------------

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Unicode direction controls (embeddings, overrides, isolates, marks): a name with an
override prints reversed, so no printed field keeps one."""

_UNPRINTABLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_LINE_SEPARATORS = re.compile("\r\n?|[\u2028\u2029\x85]")


def printable(text: str) -> str:
    """``text`` fit for a printed file (PDF, Markdown, .ics): C0 and C1 control characters
    (ESC, OSC, BEL, backspace...) and Unicode bidi controls removed, a tab made a space,
    line and paragraph separators made newlines. Newlines stay: a view decides what a line
    break means."""
    if text.isascii() and text.isprintable():
        return text
    text = _LINE_SEPARATORS.sub("\n", text).replace("\t", " ")
    return _UNPRINTABLE.sub("", text)


_URL = re.compile(
    r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.|mailto:|tel:)\S*"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|nz|us|io|me|ly|gl|co|app)(?:/\S*)?"
)

LINK_LEFT_OUT = "(link left out)"
"""Said where a link typed into a printed field (the platform, the venue) was removed."""


def strip_links(text: str) -> tuple[str, bool]:
    """``text`` without any link in it (``https://...``, ``www.``, ``zoom.us/j/...``) and
    whether one was removed: a join link pasted into the platform never prints."""
    cleaned, count = _URL.subn("", text)
    if not count:
        return text, False
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned).strip(" \t:;,-()[]<>")
    return cleaned, True


# -- counts ---------------------------------------------------------------------------------


def plural_word(count: int, word: str, many: str | None = None) -> str:
    """The word that agrees with ``count``: ``meeting``/``meetings``, ``is``/``are`` (pass
    ``many`` when the plural is not ``word + "s"``)."""
    return word if count == 1 else (many or word + "s")


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 presenter``, ``3 presenters``."""
    return f"{count} {plural_word(count, word, many)}"


# -- dates, times and lengths ---------------------------------------------------------------


def format_date(day: dt.date) -> str:
    """``Wednesday 18 February 2026``: written out in New Zealand order."""
    return f"{WEEKDAYS[day.weekday()]} {format_day(day)}"


def format_day(day: dt.date) -> str:
    """``18 February 2026``: the date without its weekday."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_short_date(day: dt.date) -> str:
    """``18 Feb 2026``: fits a narrow table column on one line."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def format_time(time: dt.time) -> str:
    """``6:30 pm``: the way people in New Zealand write a time of day."""
    hour = time.hour % 12 or 12
    suffix = "am" if time.hour < 12 else "pm"
    return f"{hour}:{time.minute:02d} {suffix}"


def format_time_range(start: dt.time | None, end: dt.time | None) -> str:
    """``6:30 pm to 8:00 pm``; ``from 6:30 pm`` when only the start is known; else empty."""
    if start and end:
        return f"{format_time(start)} to {format_time(end)}"
    if start:
        return f"from {format_time(start)}"
    return ""


def format_date_and_time(day: dt.date, time: dt.time | None) -> str:
    """``Wednesday 20 May 2026, 6:30 pm``, or just the date when no time is set."""
    when = format_date(day)
    return f"{when}, {format_time(time)}" if time else when


def format_minutes(minutes: int) -> str:
    """``1 hour 30 minutes``, ``2 hours``, ``45 minutes``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(plural(hours, "hour"))
    if rest or not hours:
        parts.append(plural(rest, "minute"))
    return " ".join(parts)


# -- where the group meets ------------------------------------------------------------------


def venue_parts(modality: Modality, venue: str, platform: str) -> tuple[str, str, str]:
    """``(how, where, missing)``: ``("In person", "Hall", "venue not recorded")``.

    ``where`` is the venue (in person) or the platform (videoconference), stripped, and empty
    when nothing was recorded; ``missing`` is what to say then. A view that marks the missing
    words (muted in the PDF, italic in Markdown) draws the parts; others use
    :func:`format_venue`. The join link is never part of it: a record that leaves the group
    must not let a reader join its calls.
    """
    if modality is Modality.VIDEOCONFERENCE:
        where, missing = platform, "platform not recorded"
    else:
        where, missing = venue, "venue not recorded"
    # A join link pasted into the platform (or the venue) is left out, and the record says so.
    where, had_link = strip_links(" ".join(printable(where).split()))
    if had_link:
        where = f"{where} {LINK_LEFT_OUT}" if where else LINK_LEFT_OUT
    return modality.label, where, missing


def format_venue(modality: Modality, venue: str, platform: str) -> str:
    """``In person: Hall``, ``Videoconference: Zoom``, ``In person: venue not recorded``."""
    how, where, missing = venue_parts(modality, venue, platform)
    return f"{how}: {where or missing}"


def format_modality(modality: Modality, platform: str) -> str:
    """``In person``, ``Videoconference (Zoom)`` or ``Videoconference``: how the group met,
    without the venue (for a one-line table cell or a calendar entry)."""
    platform = platform.strip()
    if modality is Modality.VIDEOCONFERENCE and platform:
        return f"{modality.label} ({platform})"
    return modality.label


# -- the fixed statements of a meeting record -----------------------------------------------

CONFIDENTIALITY_STATEMENT = (
    "These notes are a brief summary of the topics discussed. They are confidential to the "
    "group. The detail recorded is appropriate to share with people outside the group, such "
    "as verifiers or auditors, and does not breach the privacy and confidentiality of group "
    "members or of any patients discussed."
)
"""The guidance's wording on what meeting notes may contain, as one short statement."""

CONFIDENTIAL_TO_THE_GROUP = "Confidential to the group."
"""The closing line of a record that is not a PDF (the PDF says it in its running footer)."""

UNTITLED_TOPIC = "Untitled topic"
"""What a topic with no title is called."""

NOT_PRESENTED = "Not presented at this meeting"
"""The heading over skipped topics: booked, but not reached."""

NOT_RECORDED = "Not recorded"
"""A role or field nobody filled in."""

MEMBER_COPY_NOTE = "This section is in this member's own copy only."
"""Said above the personal part of a member's own copy."""


def status_text(status: MeetingStatus) -> str:
    """``planned``, ``in progress`` or ``complete``."""
    return status.value.replace("_", " ")


def draft_notice(status: MeetingStatus) -> str:
    """The warning on notes that are not final; empty for a complete meeting."""
    if status is MeetingStatus.COMPLETE:
        return ""
    state = "planned" if status is MeetingStatus.PLANNED else "still in progress"
    return f"Draft: this meeting is {state}, so these notes are not final."


DRAFT_MARK = "DRAFT: not final"
"""Printed at the top and the foot of every page of notes that are not final."""


def draft_criteria_sentence(status: MeetingStatus, expected: int) -> str:
    """What notes that are not final say in place of the PSG-criteria sentence: who attends
    is not known until the meeting is complete, so nothing is claimed."""
    state = "planned" if status is MeetingStatus.PLANNED else "still in progress"
    return (
        f"Not yet known: this meeting is {state}. The PSG criteria (at least "
        f"{PSG_MINIMUM_ATTENDEES} attendees) are assessed when it is complete; "
        f"{plural(expected, 'person', 'people')} {plural_word(expected, 'is', 'are')} expected."
    )


def psg_criteria_sentence(attendee_count: int) -> str:
    """Whether a meeting with this many attendees meets the PSG criteria, in a full sentence."""
    people = plural(attendee_count, "attendee")
    if attendee_count >= PSG_MINIMUM_ATTENDEES:
        return (
            f"This meeting meets the PSG criteria: {people} "
            f"(at least {PSG_MINIMUM_ATTENDEES} are required)."
        )
    return (
        f"This meeting does not meet the PSG criteria: {people}, "
        f"and at least {PSG_MINIMUM_ATTENDEES} are required."
    )


def acknowledgement_sentence(findings: int, kinds: str, by: str, on: dt.date) -> str:
    """``Privacy check: 2 possible identifiers (phone number) flagged in these notes were
    reviewed and acknowledged by <by> on <date> before the notes were produced.``

    ``kinds`` is the kinds of finding in words (may be empty); ``by`` who acknowledged them.
    """
    kinds_text = f" ({kinds})" if kinds else ""
    return (
        f"Privacy check: {plural(findings, 'possible identifier')}{kinds_text} flagged in "
        f"these notes {plural_word(findings, 'was', 'were')} reviewed and acknowledged by "
        f"{by} on {format_date(on)} before the notes were produced."
    )
