"""A meeting record as Markdown (``psg render --format md``): the same content as the PDF.

This module only draws a :class:`~psg_tui.core.record.MeetingRecord`; what the record says is
decided once, in :mod:`psg_tui.core.record`. Plain fields are escaped with
:func:`~psg_tui.report.markup.escape_markdown`; the note taker's Markdown is kept but disarmed
(no raw HTML, no images; see :func:`~psg_tui.report.markup.neutralise_markdown`).

No textual and no weasyprint here: this module is cheap to import.
"""

from __future__ import annotations

from psg_tui.core.models import Meeting
from psg_tui.core.record import (
    Acknowledgement,
    MeetingRecord,
    Notes,
    Person,
    Topic,
    Venue,
    build_record,
)
from psg_tui.core.words import NOT_RECORDED
from psg_tui.report.markup import escape_markdown, neutralise_markdown

__all__ = ["record_markdown", "render_meeting_markdown"]


def _block(notes: Notes) -> str:
    """The note taker's Markdown, disarmed; or its ``empty`` wording in italics."""
    text = notes.text.strip()
    return neutralise_markdown(text) if text else f"_{notes.empty}_"


def _who(person: Person | None) -> str:
    """``Name (12345)``, escaped."""
    if person is None:
        return f"_{NOT_RECORDED}_"
    number = person.registration_number
    return escape_markdown(person.name) + (f" ({escape_markdown(number)})" if number else "")


def _venue(venue: Venue) -> str:
    return f"{venue.how}: " + (escape_markdown(venue.where) or f"_{venue.missing}_")


def _acknowledgement(ack: Acknowledgement) -> str:
    by = _who(ack.by) if ack.by is not None else escape_markdown(ack.by_text or ack.by_missing)
    return f"_{escape_markdown(ack.before)} {by} {escape_markdown(ack.after)}_"


def _topic(topic: Topic) -> list[str]:
    out = [
        f"### {topic.number}. {escape_markdown(topic.title)}",
        "",
        f"**Topic type:** {topic.topic_type}"
        + (f" · **Presenter:** {_who(topic.presenter)}" if topic.show_presenter else "")
        + (f" · {escape_markdown(topic.notes_by)}" if topic.notes_by else ""),
        "",
        "#### Discussion summary",
        "",
        _block(topic.summary),
        "",
        "#### Takeaways",
        "",
        _block(topic.takeaways),
        "",
    ]
    if topic.references:
        out += ["#### References and supporting information", ""]
        out += [f"- {escape_markdown(r)}" for r in topic.references]
        out.append("")
    return out


def record_markdown(record: MeetingRecord) -> str:
    """Draw ``record`` as one Markdown document."""
    details = record.details
    out: list[str] = [f"# {record.heading}", "", f"**{escape_markdown(record.group)}**", ""]
    if record.copy_for is not None:
        out += [f"Copy for {_who(record.copy_for)}", ""]
    if record.draft_notice:
        out += [f"**{record.draft_mark}.** **{record.draft_notice}**", ""]
    out.append(f"- **Date:** {details.date}")
    if details.time:
        out.append(f"- **Time:** {details.time}")
    out.append(f"- **Venue / modality:** {_venue(details.venue)}")
    out += [f"- **{role.label}:** {_who(role.person)}" for role in details.roles]
    out += [
        f"- **{details.attendee_label}:** {details.attendee_count}",
        f"- **PSG criteria:** {details.criteria}",
        "",
        "## Confidentiality and privacy",
        "",
        record.confidentiality,
        "",
    ]
    if not record.confidentiality_note.blank:
        out += ["### The group's note", "", _block(record.confidentiality_note), ""]
    if record.acknowledgement is not None:
        out += [_acknowledgement(record.acknowledgement), ""]

    out += [f"## {record.attendees_heading}", ""]
    if record.attendees:
        out += ["| Name | Registration number | Profession |", "| --- | --- | --- |"]
        out += [
            f"| {escape_markdown(a.named)} | {escape_markdown(a.registration_number)} "
            f"| {escape_markdown(a.profession)} |"
            for a in record.attendees
        ]
    else:
        out.append(f"_{record.no_attendees}_")
    out += ["", "### Apologies", ""]
    out += [f"- {_who(a)}" for a in record.apologies] or [f"_{record.no_apologies}_"]

    out += ["", "## Summary of discussions", "", _block(record.summary), ""]
    for topic in record.topics:
        out += _topic(topic)
    if record.skipped:
        out += [f"### {record.skipped_heading}", ""]
        out += [
            f"- {escape_markdown(s.title)}"
            + (f" ({_who(s.presenter)})" if s.show_presenter else "")
            for s in record.skipped
        ]
        out.append("")
    if record.review:
        out += ["## Purpose and ground rules", "", escape_markdown(record.review), ""]

    out += ["## Next meeting", ""]
    nxt = record.next_meeting
    if nxt is None:
        out += [f"_{record.no_next_meeting}_", ""]
    else:
        out += [
            f"- **Date:** {nxt.when}",
            f"- **Length:** {nxt.length}",
            f"- **Venue / modality:** {_venue(nxt.venue)}",
        ]
        if nxt.focus:
            out.append(f"- **Focus:** {escape_markdown(nxt.focus)}")
        out.append("")

    if record.sign_off:
        out += [f"**{record.sign_off}.**", ""]

    own = record.member
    if own is not None:
        out += [
            f"## Personal reflection on learning: {_who(own.person)}",
            "",
            f"_{own.note}_",
            "",
            "### My takeaways",
            "",
        ]
        for item in own.takeaways:
            out += [f"#### {escape_markdown(item.title)}", "", _block(item.takeaways), ""]
        if not own.takeaways:
            out += [f"_{own.no_topic}_", ""]
        out += ["### My reflection", ""]
        if own.framework:
            out += [f"_Reflective model: {escape_markdown(own.framework)}_", ""]
        for heading, notes in own.reflection_parts:
            out += [f"#### {escape_markdown(heading)}", "", _block(notes), ""]
        if not own.reflection.blank or own.reflection.empty:
            out += [_block(own.reflection), ""]
        if own.ticks:
            out += ["This reflection:", ""] + [f"- {tick}" for tick in own.ticks] + [""]
        if own.follow_up is not None:
            out += [f"### {own.follow_up.heading}", ""]
            if not own.follow_up.takeaways.blank:
                out += ["> " + line for line in _block(own.follow_up.takeaways).splitlines()]
                out.append("")
            out += [escape_markdown(own.follow_up.answer), ""]
    out += ["---", "", f"_{record.closing}_", ""]
    if record.draft_mark:
        out += [f"**{record.draft_mark}**", ""]
    return "\n".join(out)


def render_meeting_markdown(meeting: Meeting, *, member: str | None = None) -> str:
    """The same content as the PDF, as Markdown (``psg render --format md``).

    Check-in and check-out notes are left out, and only ``member``'s own reflection is
    included. Raises ``UnknownMemberError`` when ``member`` did not attend.
    """
    return record_markdown(build_record(meeting, member))
