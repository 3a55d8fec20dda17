"""A meeting record as a Rich renderable: what the past-meeting screen shows.

This module only draws a :class:`~psg_tui.core.record.MeetingRecord` (the same record the
PDF and the Markdown export draw); what it says is decided in :mod:`psg_tui.core.record`.
The screen shows the group's copy: minimum data set first, then the discussions and the next
meeting; no check-in/out notes and no reflections. User text is always a :class:`Text`,
never parsed as markup.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from psg_tui.core.models import GroupDefaults, Meeting
from psg_tui.core.record import MeetingRecord, NextMeetingRecord, Notes, Topic, build_record
from psg_tui.core.words import format_minutes

__all__ = ["draw_record", "meeting_record"]

LABEL = "bold"
HEADING = "bold underline"
MUTED = "dim"


def _details(rows: list[tuple[str, str | Text]]) -> Table:
    """Label / value rows; a long value wraps under itself, not under the label."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style=LABEL, no_wrap=True, min_width=12)
    grid.add_column()
    for label, value in rows:
        grid.add_row(label, value if isinstance(value, Text) else Text(value))
    return grid


def _block(body: str, empty: str, indent: int = 3) -> RenderableType:
    """Free text as typed (never parsed as markup), indented; or a muted ``empty``."""
    body = body.strip()
    text = Text(body) if body else Text(empty, style=MUTED)
    return Padding(text, (0, 0, 0, indent))


def _notes(notes: Notes, indent: int = 3) -> RenderableType:
    return _block(notes.text, notes.empty, indent)


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style=HEADING)


def _label(text: str) -> RenderableType:
    return Padding(Text(text, style=LABEL), (0, 0, 0, 3))


def _overview(record: MeetingRecord) -> list[RenderableType]:
    details = record.details
    rows: list[tuple[str, str | Text]] = [("Date", details.date)]
    if details.time:
        rows.append(("Time", details.time))
    rows.append(("Venue", details.venue.text))
    rows.append(("PSG criteria", details.criteria))
    missing = details.missing
    rows.append(
        (
            "Minimum data",
            Text("complete")
            if not missing
            else Text("missing: " + ", ".join(missing), style="bold red"),
        )
    )
    return [
        Text(record.group, style="bold"),
        Text.assemble((f"Meeting of {details.date}", "bold"), f"  ({record.status})"),
        _details(rows),
    ]


def _people(record: MeetingRecord) -> list[RenderableType]:
    parts: list[RenderableType] = [_heading("Attendees")]
    if record.attendees:
        people = Table.grid(padding=(0, 2))
        people.add_column()
        people.add_column(style=MUTED, no_wrap=True)
        people.add_column()
        for person in record.attendees:
            people.add_row(
                Text(person.named), Text(person.registration_number), Text(person.profession)
            )
        parts.append(Padding(people, (0, 0, 0, 3)))
    else:
        parts.append(_block("", record.no_attendees))
    rows: list[tuple[str, str | Text]] = []
    if record.apologies:
        rows.append(("Apologies", ", ".join(a.text for a in record.apologies)))
    rows += [
        (role.label, role.person.name if role.person else "not recorded")
        for role in record.details.roles
    ]
    parts.append(_details(rows))
    return parts


def _topic(topic: Topic) -> list[RenderableType]:
    about = f"{topic.topic_type} · presented by {topic.presenter.name}"
    if topic.minutes is not None:
        about += f" · {format_minutes(topic.minutes)}"
    if topic.notes_by:
        about += f" · {topic.notes_by}"
    parts: list[RenderableType] = [
        Text(f"\n{topic.number}. {topic.title}", style="bold"),
        Padding(Text(about), (0, 0, 0, 3)),
        _label("Discussion summary"),
        _notes(topic.summary, indent=5),
        _label("Takeaways"),
        _notes(topic.takeaways, indent=5),
    ]
    if topic.references:
        parts.append(_label("References and supporting information"))
        parts += [_block(f"- {reference}", "", indent=5) for reference in topic.references]
    return parts


def _next_meeting(record: MeetingRecord, nxt: NextMeetingRecord | None) -> list[RenderableType]:
    parts: list[RenderableType] = [_heading("Next meeting")]
    if nxt is None:
        parts.append(_block("", record.no_next_meeting))
        return parts
    rows: list[tuple[str, str | Text]] = [
        ("Date", nxt.when),
        ("Length", nxt.length),
        ("Venue", nxt.venue.text),
    ]
    if nxt.focus:
        rows.append(("Focus", nxt.focus))
    parts.append(_details(rows))
    return parts


def _clock(seconds: int | None) -> str:
    if seconds is None:
        return "–"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


def _timing(record: MeetingRecord) -> list[RenderableType]:
    """Planned against actual time per stage, slot and phase (minutes:seconds).

    The numbers always show: only the first column gives way when the screen is narrow (a
    long slot title is cut with an ellipsis). Rich shrinks only the columns that may wrap
    before it cuts every column evenly, so the first column is the one that "may wrap"
    while each label keeps itself to one line."""
    if not record.timing:
        return []
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style=LABEL)
    table.add_column("Part", overflow="ellipsis")
    table.add_column("Planned", justify="right", no_wrap=True)
    table.add_column("Actual", justify="right", no_wrap=True)
    table.add_column("+/-", justify="right", no_wrap=True)
    for row in record.timing:
        diff = ""
        if row.planned is not None and row.actual is not None:
            delta = row.actual - row.planned
            diff = ("+" if delta >= 0 else "-") + _clock(abs(delta))
        style = "bold" if row.level == 0 else (MUTED if row.level == 2 else "")
        table.add_row(
            Text("  " * row.level + row.label, style=style, no_wrap=True, overflow="ellipsis"),
            _clock(row.planned),
            _clock(row.actual),
            diff,
        )
    return [_heading("Time: planned and actual"), Padding(table, (0, 0, 0, 3))]


def draw_record(record: MeetingRecord) -> Group:
    """Draw ``record`` for the screen, in the order the group PDF has it."""
    parts = _overview(record) + _people(record)
    parts += [_heading("Summary of discussions"), _notes(record.summary)]
    for topic in record.topics:
        parts += _topic(topic)
    if record.skipped:
        parts.append(Text(f"\n{record.skipped_heading}", style=LABEL))
        parts += [_block(f"{s.title} ({s.presenter.name})", "") for s in record.skipped]
    if not record.confidentiality_note.blank:
        parts += [_heading("Confidentiality and privacy"), _notes(record.confidentiality_note)]
    if record.review:
        parts += [_heading("Purpose and ground rules"), _block(record.review, "")]
    parts += _next_meeting(record, record.next_meeting)
    parts += _timing(record)
    parts += [_heading("Sign-off"), _block(_sign_off(record), "Not confirmed yet.")]
    return Group(*parts)


def _sign_off(record: MeetingRecord) -> str:
    """The sign-off that holds; or one the notes no longer match (edited since, by hand,
    say: the app clears it when it edits them), said plainly with what to do; or ""."""
    if record.sign_off:
        return record.sign_off + "."
    if record.sign_off_stale:
        return f"{record.sign_off_stale}: confirm again (c)."
    return ""


def meeting_record(meeting: Meeting, defaults: GroupDefaults | None = None) -> Group:
    """The meeting's record (the group's copy) as the screen shows it; ``defaults`` (the
    group's) give the planned time of the rounds and of each slot's phases."""
    return draw_record(build_record(meeting, defaults=defaults))
