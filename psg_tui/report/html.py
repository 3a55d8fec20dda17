"""A meeting record as safe HTML: the content of the minimum-data-set PDF.

This module only draws a :class:`~psg_tui.core.record.MeetingRecord`; what the record says
(skipped topics, untitled topics, the statements, a member's own part) is decided once, in
:mod:`psg_tui.core.record`. Every field the group typed is escaped; Markdown fields go through
:func:`psg_tui.report.markup.markdown_to_html` (raw HTML off, images off, links as text).
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

import html as _html

from psg_tui.core.models import Meeting
from psg_tui.core.record import (
    Acknowledgement,
    MeetingRecord,
    MemberPart,
    NextMeetingRecord,
    Notes,
    Person,
    Topic,
    UnknownMemberError,
    Venue,
    build_record,
    check_member,
    report_title,
)
from psg_tui.core.words import NOT_RECORDED, printable
from psg_tui.report.markup import describe_emoji, markdown_to_html

__all__ = [
    # Defined in core.record; kept importable from here, where the CLI and README look.
    "UnknownMemberError",
    "check_member",
    "escape",
    "meeting_html",
    "record_html",
    "report_title",
]


def escape(text: str, quote: bool = False) -> str:
    """Escape ``&``, ``<`` and ``>`` for text between tags; ``quote=True`` also escapes quotes
    for an attribute value. Quotes in text stay as typed (``O'Neill``), which keeps the HTML
    readable and the PDF text identical. Emoji are written out by name (no font has them);
    control characters and bidi controls never reach the page (:func:`printable`)."""
    return _html.escape(describe_emoji(printable(text)), quote=quote)


def _person(person: Person | None) -> str:
    """``Name (12345)`` with the number marked, escaped."""
    if person is None:
        return escape(NOT_RECORDED)
    number = person.registration_number
    reg = f" <span class='reg'>({escape(number)})</span>" if number else ""
    return f"{escape(person.name)}{reg}"


def _muted(text: str) -> str:
    """Words the record says in place of something nobody wrote, shown muted."""
    return f"<span class='empty'>{escape(text)}</span>"


def _text(value: str, empty: str) -> str:
    """A plain field: escaped, or a muted word when it was left empty."""
    value = value.strip()
    return escape(value) if value else _muted(empty)


def _markdown(notes: Notes, heading_level: int) -> str:
    html = markdown_to_html(notes.text, heading_level=heading_level)
    return html if html else f"<p class='empty'>{escape(notes.empty)}</p>"


def _row(label: str, value_html: str) -> str:
    return f"<tr><th scope='row'>{escape(label)}</th><td>{value_html}</td></tr>"


def _venue(venue: Venue) -> str:
    return f"{escape(venue.how)}: {_text(venue.where, venue.missing)}"


def _details(record: MeetingRecord) -> str:
    details = record.details
    rows = [_row("Date", escape(details.date))]
    if details.time:
        rows.append(_row("Time", escape(details.time)))
    rows.append(_row("Venue / modality", _venue(details.venue)))
    # The roles sit here, with the other facts a verifier looks for first.
    rows += [_row(role.label, _person(role.person)) for role in details.roles]
    rows.append(_row(details.attendee_label, escape(str(details.attendee_count))))
    criteria_class = "meets" if details.meets_criteria else "does-not-meet"
    rows.append(
        _row("PSG criteria", f"<span class='{criteria_class}'>{escape(details.criteria)}</span>")
    )
    return (
        "<section class='details' aria-label='Meeting details'>"
        "<table class='details'>" + "".join(rows) + "</table></section>"
    )


def _acknowledgement(ack: Acknowledgement) -> str:
    by = _person(ack.by) if ack.by is not None else _text(ack.by_text, ack.by_missing)
    return f"<p class='acknowledgement'>{escape(ack.before)} {by} {escape(ack.after)}</p>"


def _confidentiality(record: MeetingRecord) -> str:
    parts = [
        "<section class='confidentiality' id='confidentiality'>",
        "<h2>Confidentiality and privacy</h2>",
        f"<p>{escape(record.confidentiality)}</p>",
    ]
    if not record.confidentiality_note.blank:
        parts.append("<h3>The group's note</h3>")
        parts.append(_markdown(record.confidentiality_note, heading_level=3))
    if record.acknowledgement is not None:
        parts.append(_acknowledgement(record.acknowledgement))
    parts.append("</section>")
    return "".join(parts)


def _attendees(record: MeetingRecord) -> str:
    parts = ["<section class='attendees'>", f"<h2>{escape(record.attendees_heading)}</h2>"]
    if record.attendees:
        parts.append(
            "<table class='people'><thead><tr><th scope='col'>Name</th>"
            "<th scope='col'>Registration number</th><th scope='col'>Profession</th>"
            "</tr></thead><tbody>"
        )
        for person in record.attendees:
            parts.append(
                f"<tr><td>{escape(person.named)}</td>"
                f"<td class='reg'>{escape(person.registration_number)}</td>"
                f"<td>{escape(person.profession)}</td></tr>"
            )
        parts.append("</tbody></table>")
    else:
        parts.append(f"<p class='empty'>{escape(record.no_attendees)}</p>")
    parts.append("<h3>Apologies</h3>")
    if record.apologies:
        items = "".join(f"<li>{_person(apology)}</li>" for apology in record.apologies)
        parts.append(f"<ul class='apologies'>{items}</ul>")
    else:
        parts.append(f"<p class='empty'>{escape(record.no_apologies)}</p>")
    parts.append("</section>")
    return "".join(parts)


def _references(topic: Topic) -> str:
    if not topic.references:
        return ""
    items = "".join(f"<li>{escape(r)}</li>" for r in topic.references)
    return f"<h4>References and supporting information</h4><ul class='references'>{items}</ul>"


def _presenter(person: Person, shown: bool) -> str:
    """`` · Presenter: Name (12345)``, or nothing where the record leaves presenters out."""
    if not shown:
        return ""
    return f" &#183; <span class='label'>Presenter:</span> {_person(person)}"


def _topic(topic: Topic) -> str:
    return (
        "<section class='slot'>"
        f"<h3>{topic.number}. {escape(topic.title)}</h3>"
        "<p class='slot-meta'>"
        f"<span class='label'>Topic type:</span> {escape(topic.topic_type)}"
        f"{_presenter(topic.presenter, topic.show_presenter)}"
        f"{' &#183; ' + escape(topic.notes_by) if topic.notes_by else ''}</p>"
        "<h4>Discussion summary</h4>"
        f"{_markdown(topic.summary, heading_level=4)}"
        "<h4>Takeaways</h4>"
        f"{_markdown(topic.takeaways, heading_level=4)}"
        f"{_references(topic)}"
        "</section>"
    )


def _discussions(record: MeetingRecord) -> str:
    parts = ["<section class='discussions'>", "<h2>Summary of discussions</h2>"]
    parts.append(_markdown(record.summary, heading_level=2))
    parts += [_topic(topic) for topic in record.topics]
    if not record.topics and not record.skipped:
        parts.append(f"<p class='empty'>{escape(record.no_topics)}</p>")
    if record.skipped:
        items = "".join(
            f"<li>{escape(s.title) if s.titled else _muted(s.title)}"
            f"{': ' + _person(s.presenter) if s.show_presenter else ''}</li>"
            for s in record.skipped
        )
        parts.append(f"<h3>{escape(record.skipped_heading)}</h3><ul class='skipped'>{items}</ul>")
    parts.append("</section>")
    return "".join(parts)


def _next_meeting(record: MeetingRecord, nxt: NextMeetingRecord | None) -> str:
    parts = ["<section class='next-meeting'>", "<h2>Next meeting</h2>"]
    if nxt is None:
        parts.append(f"<p class='empty'>{escape(record.no_next_meeting)}</p></section>")
        return "".join(parts)
    rows = [
        _row("Date", escape(nxt.when)),
        _row("Length", escape(nxt.length)),
        _row("Venue / modality", _venue(nxt.venue)),
    ]
    if nxt.focus:
        rows.append(_row("Focus", escape(nxt.focus)))
    parts.append("<table class='details'>" + "".join(rows) + "</table></section>")
    return "".join(parts)


def _member_section(own: MemberPart) -> str:
    parts = [
        "<section class='member'>",
        f"<h2>Personal reflection on learning: {_person(own.person)}</h2>",
        f"<p class='member-note'>{escape(own.note)}</p>",
        "<h3>My takeaways</h3>",
    ]
    for item in own.takeaways:
        parts.append(f"<h4>{escape(item.title)}</h4>")
        parts.append(_markdown(item.takeaways, heading_level=4))
    if not own.takeaways:
        parts.append(f"<p class='empty'>{escape(own.no_topic)}</p>")
    parts.append("<h3>My reflection</h3>")
    if own.framework:
        parts.append(f"<p class='framework'>Reflective model: {escape(own.framework)}</p>")
    for heading, notes in own.reflection_parts:
        parts.append(f"<h4>{escape(heading)}</h4>")
        parts.append(_markdown(notes, heading_level=4))
    if not own.reflection.blank or own.reflection.empty:
        parts.append(_markdown(own.reflection, heading_level=3))
    if own.ticks:
        parts.append("<p class='ticks-intro'>This reflection:</p><ul class='ticks'>")
        parts += [f"<li>{escape(tick)}</li>" for tick in own.ticks]
        parts.append("</ul>")
    if own.follow_up is not None:
        parts.append(f"<h3>{escape(own.follow_up.heading)}</h3>")
        if not own.follow_up.takeaways.blank:
            quoted = _markdown(own.follow_up.takeaways, heading_level=4)
            parts.append(f"<blockquote>{quoted}</blockquote>")
        parts.append(f"<p class='follow-up'>{escape(own.follow_up.answer)}</p>")
    parts.append("</section>")
    return "".join(parts)


def record_html(record: MeetingRecord) -> str:
    """Draw ``record`` as one safe HTML document (no stylesheet, no URLs)."""
    draft = f" data-draft='{escape(record.draft_mark, quote=True)}'" if record.draft_mark else ""
    body = [
        f"<header data-running='{escape(record.running, quote=True)}'{draft}>",
        f"<p class='group'>{escape(record.group)}</p>",
        f"<h1>{escape(record.heading)}</h1>",
    ]
    if record.copy_for is not None:
        body.append(f"<p class='copy'>Copy for {_person(record.copy_for)}</p>")
    body.append("</header>")
    if record.draft_notice:
        body.append(f"<p class='draft'>{escape(record.draft_notice)}</p>")
    body.append(_details(record))
    body.append(_confidentiality(record))
    body.append(_attendees(record))
    body.append(_discussions(record))
    if record.review:
        body.append(
            "<section class='review'><h2>Purpose and ground rules</h2>"
            f"<p>{escape(record.review)}</p></section>"
        )
    body.append(_next_meeting(record, record.next_meeting))
    if record.sign_off:
        body.append(f"<p class='sign-off'><strong>{escape(record.sign_off)}.</strong></p>")
    if record.member is not None:
        body.append(_member_section(record.member))
    return (
        "<!DOCTYPE html>\n"
        "<html lang='en-NZ'><head><meta charset='utf-8'>"
        f"<title>{escape(record.title)}</title></head>\n"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def meeting_html(meeting: Meeting, *, member: str | None = None) -> str:
    """The meeting as one safe HTML document (no stylesheet, no URLs).

    ``member`` is a registration number: that attendee's own copy, with their reflection and
    takeaways. Raises :class:`UnknownMemberError` when they did not attend.
    """
    return record_html(build_record(meeting, member))
