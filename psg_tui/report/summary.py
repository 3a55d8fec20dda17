"""One member's annual PSG attendance record: safe HTML, then a one-page PDF.

The record a verifier asks for: who (name, registration number), which recertification year,
and each peer support group meeting they attended in it, one line each (date, modality,
attendee count, topics, whether it meets the PSG criteria), with a sentence saying whether
the two-meeting requirement is met.

Same safety as the meeting PDF: every field is escaped with :func:`html.escape`, the HTML has
no URL, script or stylesheet, and :func:`psg_tui.report.pdf.html_to_pdf` renders it with the
locked-down fetcher. Nothing personal is in it: no check-in notes, no reflections, no
discussion summaries (those stay in each meeting's own notes); only topic titles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from psg_tui.core.attendance import (
    AttendanceReport,
    ComplianceStatus,
    MeetingAttendance,
    MemberAttendance,
    status_sentence,
)
from psg_tui.core.models import PSG_MINIMUM_ATTENDEES, Meeting, Modality, SlotState
from psg_tui.core.words import (
    format_day,
    format_modality,
    format_short_date,
    plural,
    plural_word,
    status_text,
)

__all__ = [
    "UnknownSummaryMemberError",
    "annual_summary_html",
    "annual_summary_metadata",
    "fit_table",
    "meeting_topics",
    "render_annual_summary_pdf",
    "shorten",
    "summary_member",
]

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _number(n: int) -> str:
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


# The page has to stay one page for a group that meets monthly or even fortnightly, so the
# meetings table is fitted to it: each meeting is one row, the font size and the number of
# lines its topics may take are chosen from the number of meetings and the length of their
# topics (an estimate in millimetres, from DejaVu Sans metrics), and a topic line longer than
# its share is shortened with an ellipsis. Each meeting's own notes have the topics in full.
_TABLE_BUDGET_MM = 165.0
"""Height left for the table body on an A4 page under the title block and above the notes."""
_TOPICS_WIDTH_MM = 67.0
"""Text width of the topics column: the page less the other columns and all the padding."""
_CHAR_EM = 0.55
"""Average DejaVu Sans advance in em for mixed-case text, rounded up (a wide face)."""
_PT_MM = 0.3528
_SIZES: tuple[tuple[float, float], ...] = (
    (9.0, 2.4), (8.5, 2.4), (8.0, 2.0), (7.5, 1.6), (7.0, 1.2), (6.5, 1.0),
)  # fmt: skip
"""(font size in pt, vertical cell padding in mm), largest first."""
_MAX_LINES = 5
_ENOUGH_CHARS = 100
"""A topic line this long says enough; past it, a larger font matters more than more text."""
_MAX_TOPIC_CHARS = 70
"""A single topic title is shortened past this, so one long title cannot crowd the rest."""


@dataclass(frozen=True)
class TableFit:
    """How the meetings table is set: font size, cell padding, and topic characters a row."""

    font_pt: float
    padding_mm: float
    max_chars: int

    @property
    def css_class(self) -> str:
        """``fit-85``: the SUMMARY_CSS rule for this font size."""
        return f"fit-{round(self.font_pt * 10)}"


def fit_table(rows: Sequence[tuple[int, int]]) -> TableFit:
    """How to set the meetings table so it fits the page.

    ``rows`` holds, for each meeting, the length of its topic line and the lines its other
    cells need (2 when "Videoconference (platform)" or a "No: ..." reason wraps, else 1).
    The largest font at which every topic line fits whole, or at least ``_ENOUGH_CHARS`` of
    it, wins; failing that, whichever setting shows the most of the topics.
    """
    longest = max((n for n, _ in rows), default=0)
    target = min(longest, _ENOUGH_CHARS)
    best: TableFit | None = None
    for font_pt, padding in _SIZES:
        line_mm = 1.4 * font_pt * _PT_MM
        per_line = int(_TOPICS_WIDTH_MM / (_CHAR_EM * font_pt * _PT_MM))
        for lines in range(_MAX_LINES, 0, -1):
            # Word wrapping wastes the end of most lines: count 85% of each as usable.
            max_chars = int(per_line * lines * 0.85)
            needed = sum(
                max(other, min(lines, -(-min(n, max_chars) // per_line))) for n, other in rows
            )
            if needed * line_mm + len(rows) * (padding + 0.4) > _TABLE_BUDGET_MM:
                continue
            fit = TableFit(font_pt, padding, max_chars)
            if max_chars >= target:
                return fit
            if best is None or max_chars > best.max_chars:
                best = fit
            break  # fewer lines at this size only shows less
    if best is not None:
        return best
    # More meetings than one page holds (weekly): the table runs on to a second page.
    font_pt, padding = _SIZES[-1]
    per_line = int(_TOPICS_WIDTH_MM / (_CHAR_EM * font_pt * _PT_MM))
    return TableFit(font_pt, padding, int(per_line * 0.85))


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ;,:") + "\N{HORIZONTAL ELLIPSIS}"


SUMMARY_CSS = """
header p.who { margin: -2mm 0 1mm; }
header p.year { margin: 0 0 1mm; }
table.attendance { table-layout: fixed; }
table.attendance th.date { width: 22mm; }
table.attendance th.modality { width: 26mm; }
table.attendance th.count { width: 18mm; }
table.attendance th.counts { width: 22mm; }
table.attendance td.date, table.attendance td.count { white-space: nowrap; }
table.attendance td.count { text-align: right; }
table.attendance td.topics { overflow-wrap: anywhere; }
p.statement { margin: 3mm 0 4mm; }
p.note { color: #333; font-size: 8.5pt; margin: 0 0 1mm; }
""" + "".join(
    f"table.attendance.fit-{round(pt * 10)} {{ font-size: {pt}pt; }}\n"
    f"table.attendance.fit-{round(pt * 10)} td, table.attendance.fit-{round(pt * 10)} th "
    f"{{ padding: {pad / 2}mm 1.5mm; }}\n"
    for pt, pad in _SIZES
)
"""Rules the meeting PDF does not need (added after report.css)."""


class UnknownSummaryMemberError(ValueError):
    """The registration number is neither a member of the group nor attended a meeting in
    the year."""


def summary_member(report: AttendanceReport, registration_number: str) -> MemberAttendance:
    """The member's row, or :class:`UnknownSummaryMemberError` saying why there is none."""
    row = report.member(registration_number.strip())
    if row is None:
        raise UnknownSummaryMemberError(
            f"registration number {registration_number} is not a member of "
            f"{report.group_name} and attended no meeting in recertification year "
            f"{report.year} ({report.year_label})"
        )
    return row


def _topics(meeting: Meeting) -> list[str]:
    topics = [
        " ".join(slot.title.split()) or slot.topic_type.label
        for slot in meeting.slots
        if slot.state is not SlotState.SKIPPED
    ]
    if topics:
        return topics
    first = meeting.summary.strip().splitlines()[0] if meeting.summary.strip() else ""
    return [" ".join(first.split())] if first else []


def meeting_topics(meeting: Meeting) -> str:
    """The topics presented, in one line: each slot's title (or its topic type when untitled),
    skipped slots left out; else the meeting summary's first line; else empty."""
    return "; ".join(_topics(meeting))


def _topic_line(meeting: Meeting) -> str:
    """:func:`meeting_topics` with each title shortened to its fair share."""
    return "; ".join(shorten(t, _MAX_TOPIC_CHARS) for t in _topics(meeting))


def _other_lines(record: MeetingAttendance) -> int:
    """Lines the row needs besides its topics: its modality or "No" reason may wrap."""
    video = record.loaded.modality is Modality.VIDEOCONFERENCE and record.loaded.platform.strip()
    return 2 if video or not record.counts else 1


def _counts_text(record: MeetingAttendance) -> str:
    if record.counts:
        return "Yes"
    if record.meets_minimum:
        return f"No: {status_text(record.status)}"
    return f"No: fewer than {PSG_MINIMUM_ATTENDEES}"


def _statement(report: AttendanceReport, row: MemberAttendance) -> tuple[str, str]:
    """The sentence a verifier reads first, and its CSS class."""
    count = row.counting_count
    said = _NUMBERS[count] if count < len(_NUMBERS) else str(count)
    sentence = (
        f"{row.name} ({row.registration_number}) attended {said} peer support group "
        f"{plural_word(count, 'meeting')} that {plural_word(count, 'meets', 'meet')} the PSG "
        f"criteria (complete, with at least {PSG_MINIMUM_ATTENDEES} attendees) in "
        f"recertification year {report.year} ({report.year_label})."
    )
    required = _NUMBERS[report.required]
    if count >= report.required:
        return sentence + f" This meets the requirement of at least {required}.", "meets"
    # The status in the words ``psg attendance`` uses: a finished year is "not met", never
    # "one more is needed".
    verb = "does not meet" if row.status is ComplianceStatus.NOT_MET else "does not yet meet"
    return (
        sentence
        + f" This {verb} the requirement of at least {required}. "
        + status_sentence(row.status, count, report.required, _number),
        "does-not-meet",
    )


def annual_summary_html(report: AttendanceReport, registration_number: str) -> str:
    """The member's annual attendance record as one safe HTML document.

    Nothing in it comes from the clock, so the same records give the same bytes. Raises
    :class:`UnknownSummaryMemberError` for an unknown registration number.
    """
    row = summary_member(report, registration_number)
    group = report.group_name.strip() or "Peer support group"
    title = f"Peer support group attendance {report.year}: {row.name}"
    statement, statement_class = _statement(report, row)

    profession = f" &#183; {escape(row.profession)}" if row.profession else ""
    left = "" if row.current else f" &#183; no longer a member of {escape(group)}"
    body = [
        "<header>",
        f"<p class='group'>{escape(group)}</p>",
        f"<h1>Peer support group attendance: {escape(row.name)}</h1>",
        f"<p class='who'>Registration number <span class='reg'>"
        f"{escape(row.registration_number)}</span>{profession}{left}</p>",
        f"<p class='year'>Recertification year {report.year}: "
        f"{escape(format_day(report.first_day))} to {escape(format_day(report.last_day))}</p>",
        "</header>",
        f"<p class='statement'><span class='{statement_class}'>{escape(statement)}</span></p>",
        "<section class='meetings'>",
        "<h2>Meetings attended</h2>",
    ]
    shortened = False
    if row.attended:
        lines = [_topic_line(record.loaded) for record in row.attended]
        fit = fit_table(
            [
                (len(line), _other_lines(record))
                for line, record in zip(lines, row.attended, strict=True)
            ]
        )
        body.append(
            f"<table class='people attendance {fit.css_class}'><thead><tr>"
            "<th scope='col' class='date'>Date</th>"
            "<th scope='col' class='modality'>Modality</th>"
            "<th scope='col' class='count'>Attendees</th>"
            "<th scope='col' class='topics'>Topics</th>"
            "<th scope='col' class='counts'>Meets PSG criteria</th></tr></thead><tbody>"
        )
        for record, line in zip(row.attended, lines, strict=True):
            held = record.loaded
            topics = shorten(line, fit.max_chars)
            shortened = shortened or topics != meeting_topics(record.loaded)
            topics_html = escape(topics) if topics else "<span class='empty'>Not recorded</span>"
            body.append(
                "<tr>"
                f"<td class='date'>{escape(format_short_date(record.date))}</td>"
                f"<td>{escape(format_modality(held.modality, held.platform))}</td>"
                f"<td class='count'>{record.attendee_count}</td>"
                f"<td class='topics'>{topics_html}</td>"
                f"<td>{escape(_counts_text(record))}</td>"
                "</tr>"
            )
        body.append("</tbody></table>")
    else:
        body.append("<p class='empty'>No meetings attended in this year.</p>")
    body.append("</section>")

    notes = [
        "Each meeting's own notes (the minimum data set: date, venue or modality, attendees "
        "and registration numbers, summary of discussions) are kept by the group"
        + (
            ", with the topics in full (long topic lists are shortened here)." if shortened else "."
        ),
    ]
    if report.skipped:
        names = ", ".join(s.path.name for s in report.skipped)
        n = len(report.skipped)
        notes.append(
            f"{plural(n, 'meeting file')} in the group's records could not be read when this "
            f"summary was made and {plural_word(n, 'is', 'are')} not included: "
            f"{names}."
        )
    notes.append("Made by psg-tui from the group's meeting records.")
    body += [f"<p class='note'>{escape(note)}</p>" for note in notes]

    return (
        "<!DOCTYPE html>\n"
        "<html lang='en-NZ'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head>\n"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def annual_summary_metadata(report: AttendanceReport, registration_number: str) -> dict[str, Any]:
    """The keyword arguments of ``html_to_pdf`` (title, author, subject, keywords, created).

    ``created`` comes from the records, never the clock: the end of the member's latest
    attended meeting in the year, else midnight at the start of the year in New Zealand.
    """
    from psg_tui.report.pdf import meeting_created

    row = summary_member(report, registration_number)
    if row.attended:
        created = max(meeting_created(r.loaded) for r in row.attended)
    else:
        from zoneinfo import ZoneInfo

        created = dt.datetime.combine(
            report.first_day, dt.time(0, 0), tzinfo=ZoneInfo("Pacific/Auckland")
        )
    return {
        "title": f"Peer support group attendance {report.year}: {row.name} "
        f"({row.registration_number})",
        "author": report.group_name,
        "subject": f"Peer support group meetings attended in recertification year "
        f"{report.year} ({report.year_label}), for recertification",
        "keywords": [
            "peer support group",
            "PSG",
            "attendance",
            "recertification",
            "MyRecert",
            report.group_name,
            str(report.year),
            row.registration_number,
        ],
        "created": created,
        "lang": "en-NZ",
    }


def render_annual_summary_pdf(
    report: AttendanceReport,
    registration_number: str,
    *,
    variant: str = "ua",
) -> bytes:
    """The member's one-page annual attendance PDF (see :func:`annual_summary_html`).

    Takes a few hundred milliseconds (weasyprint): call it from a worker thread in the app.
    """
    from psg_tui.report.pdf import html_to_pdf, variant_name

    variant_name(variant)  # an unknown variant fails before any rendering work
    html = annual_summary_html(report, registration_number)
    return html_to_pdf(
        html,
        variant=variant,
        extra_css=SUMMARY_CSS,
        **annual_summary_metadata(report, registration_number),
    )
