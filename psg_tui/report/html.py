"""A meeting as safe HTML: the content of the minimum-data-set PDF.

Every field the group typed is escaped; Markdown fields go through
:func:`psg_tui.report.markdown.markdown_to_html` (raw HTML off, images off, links as text).
The HTML carries no stylesheet, no script and no URL: the PDF step adds ``report.css``.

What is in it, in the order a verifier reads it:

1. the group, the date and the meeting details (time, venue / modality, roles) and a
   sentence saying whether the meeting meets the PSG criteria (at least four attendees);
2. the confidentiality and privacy statement (the guidance's wording), the group's own note
   and, if the privacy check had findings that were acknowledged, that fact;
3. attendees (name, registration number, profession) and apologies (the roles, facilitator,
   timekeeper and note taker, are among the details in 1);
4. the summary of discussions: the meeting summary, then each presenter's topic (type, title,
   brief summary, takeaways, references); skipped topics are listed as not presented;
5. the next meeting;
6. in a member's own copy only: their personal reflection on learning and their takeaways.

Check-in and check-out notes are personal and appear nowhere. Another member's reflection
never appears. The join link of a videoconference is left out: a PDF that leaves the group
should not let a reader join its calls.
"""

from __future__ import annotations

import datetime as dt
import html as _html

from psg_tui.core.models import (
    PSG_MINIMUM_ATTENDEES,
    Meeting,
    MeetingStatus,
    Modality,
    NextMeeting,
    Slot,
    SlotState,
)
from psg_tui.report.markdown import describe_emoji, markdown_to_html

__all__ = [
    "CONFIDENTIALITY_STATEMENT",
    "UnknownMemberError",
    "check_member",
    "finding_kinds_in_words",
    "format_date",
    "format_time",
    "meeting_html",
    "psg_criteria_sentence",
    "report_title",
]

CONFIDENTIALITY_STATEMENT = (
    "These notes are a brief summary of the topics discussed. They are confidential to the "
    "group. The detail recorded is appropriate to share with people outside the group, such "
    "as verifiers or auditors, and does not breach the privacy and confidentiality of group "
    "members or of any patients discussed."
)
"""The guidance's wording on what meeting notes may contain, as one short statement."""

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
"""Month names in English (the PDF's language, whatever the computer's locale)."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def escape(text: str, quote: bool = False) -> str:
    """Escape ``&``, ``<`` and ``>`` for text between tags; ``quote=True`` also escapes quotes
    for an attribute value. Quotes in text stay as typed (``O'Neill``), which keeps the HTML
    readable and the PDF text identical. Emoji are written out by name (no font has them)."""
    return _html.escape(describe_emoji(text), quote=quote)


class UnknownMemberError(ValueError):
    """A member's copy was asked for someone who did not attend this meeting."""


def format_date(day: dt.date) -> str:
    """``Wednesday 18 February 2026``: written out in New Zealand order, whatever the locale."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def format_time(time: dt.time) -> str:
    """``6:30 pm``: the way people in New Zealand write a time of day."""
    hour = time.hour % 12 or 12
    suffix = "am" if time.hour < 12 else "pm"
    return f"{hour}:{time.minute:02d} {suffix}"


def format_minutes(minutes: int) -> str:
    """``1 hour 30 minutes``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def check_member(meeting: Meeting, member: str | None) -> None:
    """Raise :class:`UnknownMemberError` unless ``member`` (a registration number) attended."""
    if member is None or meeting.attendee(member) is not None:
        return
    sent_apologies = next(
        (a for a in meeting.apologies if a.registration_number == member and member), None
    )
    when = format_date(meeting.date)
    if sent_apologies is not None:
        raise UnknownMemberError(
            f"{sent_apologies.name} ({member}) sent apologies for the meeting on {when}: "
            "a member's copy is only for someone who attended"
        )
    raise UnknownMemberError(
        f"registration number {member} is not an attendee of the meeting on {when}"
    )


def finding_kinds_in_words(kinds: list[str]) -> str:
    """``["named_person", "phone"]`` -> ``named person, phone number`` (the privacy check's
    own wording)."""
    from psg_tui.core.privacy import KIND_LABELS

    return ", ".join(KIND_LABELS.get(kind, kind.replace("_", " ")) for kind in kinds)


def psg_criteria_sentence(meeting: Meeting) -> str:
    """Whether the meeting meets the PSG criteria, in a full sentence."""
    count = len(meeting.attendees)
    people = f"{count} attendee{'s' if count != 1 else ''}"
    if meeting.meets_psg_minimum:
        return (
            f"This meeting meets the PSG criteria: {people} "
            f"(at least {PSG_MINIMUM_ATTENDEES} are required)."
        )
    return (
        f"This meeting does not meet the PSG criteria: {people}, "
        f"and at least {PSG_MINIMUM_ATTENDEES} are required."
    )


def report_title(meeting: Meeting, member: str | None = None) -> str:
    """The document title: group, what it is, date (and whose copy)."""
    group = meeting.group_name or "Peer support group"
    title = f"{group}: meeting notes, {format_date(meeting.date)}"
    if member is not None:
        title += f" ({meeting.name_of(member)}'s copy)"
    return title


def _person(meeting: Meeting, registration_number: str) -> str:
    """``Name (12345)`` for someone referred to by registration number, escaped."""
    if not registration_number:
        return "Not recorded"
    name = meeting.name_of(registration_number)
    if name == registration_number:
        return escape(registration_number)
    return f"{escape(name)} <span class='reg'>({escape(registration_number)})</span>"


def _text(value: str, empty: str = "Not recorded") -> str:
    """A plain field: escaped, or a muted word when it was left empty."""
    value = value.strip()
    return escape(value) if value else f"<span class='empty'>{escape(empty)}</span>"


def _markdown(value: str, heading_level: int, empty: str = "None recorded.") -> str:
    html = markdown_to_html(value, heading_level=heading_level)
    return html if html else f"<p class='empty'>{escape(empty)}</p>"


def _row(label: str, value_html: str) -> str:
    return f"<tr><th scope='row'>{escape(label)}</th><td>{value_html}</td></tr>"


def _venue(modality: Modality, venue: str, platform: str) -> str:
    if modality is Modality.VIDEOCONFERENCE:
        where = platform.strip()
        return f"Videoconference: {_text(where, 'platform not recorded')}"
    return f"In person: {_text(venue, 'venue not recorded')}"


def _times(start: dt.time | None, end: dt.time | None) -> str:
    if start and end:
        return f"{format_time(start)} to {format_time(end)}"
    if start:
        return f"from {format_time(start)}"
    return ""


def _details(meeting: Meeting) -> str:
    rows = [_row("Date", escape(format_date(meeting.date)))]
    times = _times(*meeting.times_held())
    if times:
        rows.append(_row("Time", escape(times)))
    rows.append(_row("Venue / modality", _venue(meeting.modality, meeting.venue, meeting.platform)))
    # The roles sit here, with the other facts a verifier looks for first.
    rows.append(_row("Facilitator", _person(meeting, meeting.roles.facilitator)))
    rows.append(_row("Timekeeper", _person(meeting, meeting.roles.timekeeper)))
    rows.append(_row("Note taker", _person(meeting, meeting.roles.note_taker)))
    rows.append(_row("Attendees", escape(str(len(meeting.attendees)))))
    criteria_class = "meets" if meeting.meets_psg_minimum else "does-not-meet"
    rows.append(
        _row(
            "PSG criteria",
            f"<span class='{criteria_class}'>{escape(psg_criteria_sentence(meeting))}</span>",
        )
    )
    return (
        "<section class='details' aria-label='Meeting details'>"
        "<table class='details'>" + "".join(rows) + "</table></section>"
    )


def _status_notice(meeting: Meeting) -> str:
    if meeting.status is MeetingStatus.COMPLETE:
        return ""
    state = "planned" if meeting.status is MeetingStatus.PLANNED else "still in progress"
    return f"<p class='draft'>Draft: this meeting is {state}, so these notes are not final.</p>"


def _confidentiality(meeting: Meeting) -> str:
    parts = [
        "<section class='confidentiality' id='confidentiality'>",
        "<h2>Confidentiality and privacy</h2>",
        f"<p>{escape(CONFIDENTIALITY_STATEMENT)}</p>",
    ]
    if meeting.confidentiality_note.strip():
        parts.append("<h3>The group's note</h3>")
        parts.append(_markdown(meeting.confidentiality_note, heading_level=3))
    ack = meeting.privacy_acknowledgement
    if ack is not None:
        by = _person(meeting, ack.by) if ack.by.isdigit() else _text(ack.by, "the note taker")
        count = f"{ack.findings} possible identifier{'s' if ack.findings != 1 else ''}"
        kinds = finding_kinds_in_words(ack.kinds)
        kinds_text = f" ({escape(kinds)})" if kinds else ""
        parts.append(
            "<p class='acknowledgement'>Privacy check: "
            f"{escape(count)}{kinds_text} flagged in these notes "
            f"{'were' if ack.findings != 1 else 'was'} reviewed and acknowledged by {by} "
            f"on {escape(format_date(ack.acknowledged_at.date()))} before the notes were "
            "produced.</p>"
        )
    parts.append("</section>")
    return "".join(parts)


def _attendees(meeting: Meeting) -> str:
    parts = ["<section class='attendees'>", "<h2>Attendees</h2>"]
    if meeting.attendees:
        parts.append(
            "<table class='people'><thead><tr><th scope='col'>Name</th>"
            "<th scope='col'>Registration number</th><th scope='col'>Profession</th>"
            "</tr></thead><tbody>"
        )
        for person in meeting.attendees:
            parts.append(
                f"<tr><td>{escape(person.name)}</td>"
                f"<td class='reg'>{escape(person.registration_number)}</td>"
                f"<td>{escape(person.profession)}</td></tr>"
            )
        parts.append("</tbody></table>")
    else:
        parts.append("<p class='empty'>No attendees recorded.</p>")
    parts.append("<h3>Apologies</h3>")
    if meeting.apologies:
        items = []
        for apology in meeting.apologies:
            reg = (
                f" <span class='reg'>({escape(apology.registration_number)})</span>"
                if apology.registration_number
                else ""
            )
            items.append(f"<li>{escape(apology.name)}{reg}</li>")
        parts.append("<ul class='apologies'>" + "".join(items) + "</ul>")
    else:
        parts.append("<p class='empty'>None.</p>")
    parts.append("</section>")
    return "".join(parts)


def _references(slot: Slot) -> str:
    references = [r for r in slot.references if r.strip()]
    if not references:
        return ""
    items = "".join(f"<li>{escape(r.strip())}</li>" for r in references)
    return f"<h4>References and supporting information</h4><ul class='references'>{items}</ul>"


def _slot(meeting: Meeting, number: int, slot: Slot) -> str:
    title = slot.title.strip() or "Untitled topic"
    return (
        "<section class='slot'>"
        f"<h3>{number}. {escape(title)}</h3>"
        "<p class='slot-meta'>"
        f"<span class='label'>Topic type:</span> {escape(slot.topic_type.label)}"
        f" &#183; <span class='label'>Presenter:</span> {_person(meeting, slot.presenter)}</p>"
        "<h4>Discussion summary</h4>"
        f"{_markdown(slot.summary, heading_level=4, empty='No summary recorded.')}"
        "<h4>Takeaways</h4>"
        f"{_markdown(slot.takeaways, heading_level=4, empty='No takeaways recorded.')}"
        f"{_references(slot)}"
        "</section>"
    )


def _discussions(meeting: Meeting) -> str:
    parts = ["<section class='discussions'>", "<h2>Summary of discussions</h2>"]
    parts.append(_markdown(meeting.summary, heading_level=2, empty="No overall summary recorded."))
    discussed = [s for s in meeting.slots if s.state is not SlotState.SKIPPED]
    skipped = [s for s in meeting.slots if s.state is SlotState.SKIPPED]
    for number, slot in enumerate(discussed, start=1):
        parts.append(_slot(meeting, number, slot))
    if not meeting.slots:
        parts.append("<p class='empty'>No presenter topics recorded.</p>")
    if skipped:
        items = "".join(
            f"<li>{_text(s.title, 'Untitled topic')}: {_person(meeting, s.presenter)}</li>"
            for s in skipped
        )
        parts.append(f"<h3>Not presented at this meeting</h3><ul class='skipped'>{items}</ul>")
    parts.append("</section>")
    return "".join(parts)


def _next_meeting(next_meeting: NextMeeting | None) -> str:
    parts = ["<section class='next-meeting'>", "<h2>Next meeting</h2>"]
    if next_meeting is None:
        parts.append("<p class='empty'>Not set at this meeting.</p></section>")
        return "".join(parts)
    when = format_date(next_meeting.date)
    if next_meeting.start_time:
        when += f", {format_time(next_meeting.start_time)}"
    rows = [
        _row("Date", escape(when)),
        _row("Length", escape(format_minutes(next_meeting.duration_minutes))),
        _row(
            "Venue / modality",
            _venue(next_meeting.modality, next_meeting.venue, next_meeting.platform),
        ),
    ]
    if next_meeting.focus.strip():
        rows.append(_row("Focus", escape(next_meeting.focus.strip())))
    parts.append("<table class='details'>" + "".join(rows) + "</table></section>")
    return "".join(parts)


def _member_section(meeting: Meeting, member: str) -> str:
    name = meeting.name_of(member)
    parts = [
        "<section class='member'>",
        f"<h2>Personal reflection on learning: {escape(name)} "
        f"<span class='reg'>({escape(member)})</span></h2>",
        "<p class='member-note'>This section is in this member's own copy only.</p>",
    ]
    own = [s for s in meeting.slots if s.presenter == member and s.state is not SlotState.SKIPPED]
    parts.append("<h3>My takeaways</h3>")
    if own:
        for slot in own:
            title = slot.title.strip() or "Untitled topic"
            parts.append(f"<h4>{escape(title)}</h4>")
            parts.append(_markdown(slot.takeaways, heading_level=4, empty="No takeaways recorded."))
    else:
        parts.append("<p class='empty'>I did not present a topic at this meeting.</p>")
    parts.append("<h3>My reflection</h3>")
    reflection = meeting.reflection_of(member)
    text = reflection.text if reflection else ""
    parts.append(_markdown(text, heading_level=3, empty="No reflection recorded."))
    parts.append("</section>")
    return "".join(parts)


def meeting_html(meeting: Meeting, *, member: str | None = None) -> str:
    """The meeting as one safe HTML document (no stylesheet, no URLs).

    ``member`` is a registration number: that attendee's own copy, with their reflection and
    takeaways. Raises :class:`UnknownMemberError` when they did not attend.
    """
    check_member(meeting, member)
    group = meeting.group_name.strip() or "Peer support group"
    title = report_title(meeting, member)
    running = f"{group}: meeting notes, {format_date(meeting.date)}"
    if member is not None:
        running += f", {meeting.name_of(member)}'s copy"
    body = [
        f"<header data-running='{escape(running, quote=True)}'>",
        f"<p class='group'>{escape(group)}</p>",
        f"<h1>Peer support group meeting notes: {escape(format_date(meeting.date))}</h1>",
    ]
    if member is not None:
        body.append(
            f"<p class='copy'>Copy for {escape(meeting.name_of(member))} "
            f"<span class='reg'>({escape(member)})</span></p>"
        )
    body.append("</header>")
    body.append(_status_notice(meeting))
    body.append(_details(meeting))
    body.append(_confidentiality(meeting))
    body.append(_attendees(meeting))
    body.append(_discussions(meeting))
    body.append(_next_meeting(meeting.next_meeting))
    if member is not None:
        body.append(_member_section(meeting, member))
    return (
        "<!DOCTYPE html>\n"
        "<html lang='en-NZ'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head>\n"
        "<body>\n" + "\n".join(part for part in body if part) + "\n</body></html>\n"
    )
