"""A printable A4 attendance sheet for an in-person meeting (``psg sheet``; issue 15, 5b).

Paper evidence a group can keep beside its notes: the group, the date, time and venue; each
expected member's name and registration number with a box to sign; blank rows for visitors;
the apologies already received; a line for the facilitator. Same safety as the meeting PDF:
every field through :func:`psg_tui.report.html.escape`, no stylesheet, script or URL in the
HTML, rendered by :func:`psg_tui.report.pdf.html_to_pdf` with ``report.css``. Its free text
(venue, platform) passes the privacy gate as ``Output("sheet")``; its default name is the
store's (:func:`psg_tui.core.store.sheet_output_path`).

Who is expected: the meeting's attendees (a planned meeting lists the members it expects),
or, when it lists nobody, the group's members; either way, less those who sent apologies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psg_tui.core.models import Meeting, Member, Modality
from psg_tui.core.words import format_date, format_time_range, format_venue

__all__ = ["SHEET_CSS", "VISITOR_ROWS", "expected_members", "render_sheet_pdf", "sheet_html"]

VISITOR_ROWS = 4
"""Blank rows for visitors and guests."""

SHEET_CSS = """
header p.sub { margin: -2mm 0 2mm; color: #333; }
table.sign { table-layout: fixed; }
table.sign th.n { width: 8mm; }
table.sign th.name { width: 54mm; }
table.sign th.reg { width: 46mm; }
table.sign td { height: 9mm; vertical-align: middle; border-bottom: 0.6pt solid #555; }
table.sign td.n { color: #555; }
table.sign tr { break-inside: avoid; }
p.confirm { margin-top: 6mm; }
h2 { margin-top: 4mm; }
p.confirm span.line.short { width: 20mm; margin-right: 6mm; }
p.confirm span.line { display: inline-block; width: 70mm; border-bottom: 0.6pt solid #555; }
p.note { color: #333; font-size: 8.5pt; margin: 3mm 0 1mm; }
"""
"""Rules the meeting PDF does not need (added after report.css)."""


def expected_members(meeting: Meeting, group_members: Sequence[Member] = ()) -> list[Member]:
    """Who the sheet lists to sign: the meeting's attendees, else ``group_members``; less
    anyone who sent apologies (by registration number, or by name where none is given)."""
    people = list(meeting.attendees) or list(group_members)
    away_regs = {a.registration_number for a in meeting.apologies if a.registration_number}
    away_names = {a.name.casefold() for a in meeting.apologies if not a.registration_number}
    return [
        p
        for p in people
        if p.registration_number not in away_regs and p.name.casefold() not in away_names
    ]


def sheet_html(meeting: Meeting, group_members: Sequence[Member] = (), group_name: str = "") -> str:
    """The sheet as one safe HTML document (no stylesheet, no URLs)."""
    from psg_tui.report.html import escape

    group = (group_name or meeting.group_name).strip() or "Peer support group"
    people = expected_members(meeting, group_members)
    rows = [("Date", format_date(meeting.date))]
    times = format_time_range(meeting.start_time, meeting.end_time)
    if times:
        rows.append(("Time", times))
    rows.append(
        ("Venue / modality", format_venue(meeting.modality, meeting.venue, meeting.platform))
    )
    facilitator = meeting.roles.facilitator
    if facilitator:
        rows.append(("Facilitator", f"{meeting.name_of(facilitator)} ({facilitator})"))
    body = [
        "<header>",
        f"<p class='group'>{escape(group)}</p>",
        "<h1>Attendance sheet</h1>",
        "<p class='sub'>Peer support group meeting: please sign beside your name.</p>",
        "</header>",
        "<table class='details'>",
        *(f"<tr><th scope='row'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows),
        "</table>",
        "<h2>Members</h2>",
        "<table class='people sign'><thead><tr><th scope='col' class='n'>#</th>"
        "<th scope='col' class='name'>Name</th>"
        "<th scope='col' class='reg'>Registration number</th>"
        "<th scope='col' class='signature'>Signature</th></tr></thead><tbody>",
    ]
    for number, person in enumerate(people, start=1):
        body.append(
            f"<tr><td class='n'>{number}</td><td>{escape(person.name)}</td>"
            f"<td class='reg'>{escape(person.registration_number)}</td><td></td></tr>"
        )
    if not people:
        body.append("<tr><td></td><td colspan='3' class='empty'>No members listed.</td></tr>")
    body.append("</tbody></table>")
    body += [
        "<h2>Visitors and guests</h2>",
        "<table class='people sign'><thead><tr><th scope='col' class='n'>#</th>"
        "<th scope='col' class='name'>Name</th>"
        "<th scope='col' class='reg'>Registration number and profession</th>"
        "<th scope='col' class='signature'>Signature</th></tr></thead><tbody>",
        *(
            f"<tr><td class='n'>{n}</td><td></td><td></td><td></td></tr>"
            for n in range(len(people) + 1, len(people) + 1 + VISITOR_ROWS)
        ),
        "</tbody></table>",
    ]
    if meeting.apologies:
        items = "".join(
            f"<li>{escape(a.name)}"
            + (
                f" <span class='reg'>({escape(a.registration_number)})</span>"
                if a.registration_number
                else ""
            )
            + "</li>"
            for a in meeting.apologies
        )
        body.append(f"<h2>Apologies received</h2><ul class='apologies'>{items}</ul>")
    body += [
        "<p class='confirm'>Number present: <span class='line short'></span> "
        "Facilitator's signature: <span class='line'></span></p>",
        "<p class='note'>Signatures confirm attendance at this meeting. Keep this sheet with "
        "the group's records: it is confidential to the group.</p>",
    ]
    title = f"Attendance sheet: {group}, {format_date(meeting.date)}"
    return (
        "<!DOCTYPE html>\n"
        "<html lang='en-NZ'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head>\n"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def sheet_metadata(meeting: Meeting, group_name: str = "") -> dict[str, Any]:
    """The keyword arguments of ``html_to_pdf``; ``created`` from the meeting, never the
    clock (the same meeting gives the same bytes)."""
    from psg_tui.report.pdf import meeting_created

    group = (group_name or meeting.group_name).strip() or "Peer support group"
    return {
        "title": f"Attendance sheet: {group}, {format_date(meeting.date)}",
        "author": group,
        "subject": "Peer support group attendance sheet, to sign at the meeting",
        "keywords": ["peer support group", "PSG", "attendance", group, meeting.date.isoformat()],
        "created": meeting_created(meeting),
        "lang": "en-NZ",
    }


def render_sheet_pdf(
    meeting: Meeting,
    group_members: Sequence[Member] = (),
    group_name: str = "",
    *,
    variant: str = "ua",
) -> bytes:
    """The A4 sheet as PDF (weasyprint: a worker thread in the app)."""
    from psg_tui.report.pdf import html_to_pdf, variant_name

    variant_name(variant)
    return html_to_pdf(
        sheet_html(meeting, group_members, group_name),
        variant=variant,
        extra_css=SHEET_CSS,
        **sheet_metadata(meeting, group_name),
    )


def is_in_person(meeting: Meeting) -> bool:
    """A sheet to sign is for a meeting held in person."""
    return meeting.modality is Modality.IN_PERSON
