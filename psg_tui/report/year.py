"""A member's year (``psg year``) drawn as safe HTML, then PDF, or as Markdown; and the one
way out for it: gate -> render -> store write.

This module only draws a :class:`~psg_tui.core.year.MemberYear`; what it holds is decided in
:mod:`psg_tui.core.year` (the member's own topics, takeaways, reflections and follow-ups from
each counting meeting, and the hours). Same safety as the meeting PDF: plain fields through
:func:`psg_tui.report.html.escape`, Markdown fields through
:func:`psg_tui.report.markup.markdown_to_html` (raw HTML off, images off, links as text),
no stylesheet, script or URL in the HTML; :func:`psg_tui.report.pdf.html_to_pdf` renders it
with ``report.css`` and the locked-down fetcher. In Markdown, plain fields go through
:func:`~psg_tui.report.markup.escape_markdown` and notes through
:func:`~psg_tui.report.markup.neutralise_markdown`.

The privacy gate is :func:`psg_tui.core.gate.check_output` with ``Output("year", REG)`` for
each meeting in the year; the file name is the store's
(:func:`psg_tui.core.store.year_output_path`) and the write is the store's
(:func:`psg_tui.core.store.write_output`). The app's home screen calls
:func:`psg_tui.core.year.load_member_year` then :func:`prepare_year`, asks about
:meth:`YearExport.gate` findings, and runs :meth:`YearExport.render_and_write` in a worker.

No textual here; weasyprint only inside :meth:`YearExport.render` for a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from psg_tui.core.gate import Output, check_output
from psg_tui.core.store import check_output_path, write_output, year_output_path
from psg_tui.core.words import format_date, format_minutes, format_time_range, plural
from psg_tui.core.year import MemberYear, YearMeeting

if TYPE_CHECKING:
    from psg_tui.core.models import Group
    from psg_tui.core.privacy import Finding

__all__ = [
    "YearExport",
    "member_year_html",
    "member_year_markdown",
    "member_year_metadata",
    "prepare_year",
    "render_member_year_pdf",
]

STDOUT = "-"
"""The output name that means standard output (the CLI's ``-o -``)."""

YEAR_NOTE = (
    "Your own record, for your written reflective account and professional development "
    "plan: your topics, takeaways, reflections and follow-ups from each peer support group "
    "meeting that counts this year, and the hours the group met. It holds nothing of other "
    "members' "
    "reflections and no check-in or check-out notes."
)

YEAR_CSS = """
header p.who { margin: -2mm 0 1mm; }
header p.year { margin: 0 0 1mm; }
table.details th { width: 58mm; }
section.year-meeting { margin-top: 6mm; break-inside: auto; }
section.year-meeting h2 { margin-bottom: 1mm; }
section.year-meeting h2, section.year-meeting h3, section.year-meeting p.slot-meta,
section.year-topic h4, section.year-topic h5 { break-after: avoid; }
section.year-topic { margin: 2mm 0 0 0; break-inside: avoid; }
p.note { color: #333; font-size: 8.5pt; margin: 4mm 0 1mm; }
"""
"""Rules the meeting PDF does not need (added after report.css)."""


# -- words ------------------------------------------------------------------------------


def _hours(minutes: int) -> str:
    """``4 hours 31 minutes (4.52 hours)``: in words, and as the decimal a form asks for."""
    return f"{format_minutes(minutes)} ({minutes / 60:.2f} hours)"


def _when(meeting: YearMeeting) -> str:
    times = format_time_range(meeting.start, meeting.end)
    length = format_minutes(meeting.minutes) if meeting.minutes is not None else ""
    if times and length:
        return f"{times} ({length})"
    return times or "times not recorded (not in the hours)"


def _running(year: MemberYear) -> str:
    return f"Peer support group year {year.year}: {year.name} ({year.registration_number})"


def _counting_line(year: MemberYear) -> str:
    n = len(year.meetings)
    return f"{n} (a recertification year asks for {year.required})"


def _time_line(year: MemberYear) -> str:
    text = _hours(year.total_minutes)
    if year.untimed:
        text += f"; {plural(len(year.untimed), 'meeting')} with no times recorded not included"
    return text


# -- HTML -------------------------------------------------------------------------------


def _notes_html(text: str, empty: str, heading_level: int) -> str:
    from psg_tui.report.html import escape
    from psg_tui.report.markup import markdown_to_html

    html = markdown_to_html(text, heading_level=heading_level)
    return html if html else f"<p class='empty'>{escape(empty)}</p>"


def _meeting_html(meeting: YearMeeting) -> str:
    from psg_tui.report.html import escape

    parts = [
        "<section class='year-meeting'>",
        f"<h2>{escape(format_date(meeting.date))}</h2>",
        f"<p class='slot-meta'>{escape(meeting.modality)} &#183; {escape(_when(meeting))}</p>",
        "<h3>My topics</h3>",
    ]
    for topic in meeting.topics:
        title = (
            escape(topic.title)
            if topic.titled
            else f"<span class='empty'>{escape(topic.title)}</span>"
        )
        minutes = f" &#183; {escape(format_minutes(topic.minutes))}" if topic.minutes else ""
        parts += [
            "<section class='year-topic'>",
            f"<h4>{title}</h4>",
            f"<p class='slot-meta'><span class='label'>Topic type:</span> "
            f"{escape(topic.topic_type)}{minutes}</p>",
            "<h5>My takeaways</h5>",
            _notes_html(topic.takeaways, "No takeaways recorded.", 5),
            "</section>",
        ]
    if not meeting.topics:
        parts.append("<p class='empty'>I did not present at this meeting.</p>")
    parts.append("<h3>My reflection</h3>")
    if meeting.reflection_model:
        parts.append(
            f"<p class='framework'>Reflective model: {escape(meeting.reflection_model)}</p>"
        )
    for heading, text in meeting.reflection_parts:
        parts.append(f"<h4>{escape(heading)}</h4>")
        parts.append(_notes_html(text, "", 4))
    if meeting.reflection.strip() or not meeting.reflection_parts:
        parts.append(_notes_html(meeting.reflection, "No reflection recorded.", 3))
    if meeting.reflection_ticks:
        parts.append("<p class='ticks-intro'>This reflection:</p><ul class='ticks'>")
        parts += [f"<li>{escape(tick)}</li>" for tick in meeting.reflection_ticks]
        parts.append("</ul>")
    for follow_up in meeting.follow_ups:
        parts.append(f"<h3>{escape(follow_up.heading)}</h3>")
        if follow_up.takeaways.strip():
            parts.append(f"<blockquote>{_notes_html(follow_up.takeaways, '', 4)}</blockquote>")
        parts.append(f"<p class='follow-up'>{escape(follow_up.answer)}</p>")
    parts.append("</section>")
    return "".join(parts)


def member_year_html(year: MemberYear) -> str:
    """The member's year as one safe HTML document (no stylesheet, no URLs). Nothing in it
    comes from the clock: the same records give the same bytes."""
    from psg_tui.report.html import escape

    group = year.group_name.strip() or "Peer support group"
    profession = f" &#183; {escape(year.profession)}" if year.profession else ""
    left = "" if year.current else f" &#183; no longer a member of {escape(group)}"
    rows = [
        ("Counting meetings attended", _counting_line(year)),
        ("PSG time", _time_line(year)),
        ("Topics I presented", str(sum(len(m.topics) for m in year.meetings))),
    ]
    body = [
        f"<header data-running='{escape(_running(year), quote=True)}'>",
        f"<p class='group'>{escape(group)}</p>",
        f"<h1>My peer support group year: {escape(year.name)}</h1>",
        f"<p class='who'>Registration number <span class='reg'>"
        f"{escape(year.registration_number)}</span>{profession}{left}</p>",
        f"<p class='year'>Recertification year {year.year}: {escape(year.year_label)}</p>",
        "</header>",
        "<section class='details' aria-label='The year in figures'><table class='details'>",
        *(
            f"<tr><th scope='row'>{escape(label)}</th><td>{escape(value)}</td></tr>"
            for label, value in rows
        ),
        "</table></section>",
        f"<p class='member-note'>{escape(YEAR_NOTE)}</p>",
    ]
    body += [_meeting_html(m) for m in year.meetings]
    if not year.meetings:
        body.append("<p class='empty'>No counting meetings attended in this year.</p>")
    if year.not_counted:
        items = "".join(
            f"<li>{escape(format_date(n.date))}: {escape(n.reason)}</li>" for n in year.not_counted
        )
        body.append(
            "<section class='not-counted'><h2>Also attended, not counting</h2>"
            f"<ul>{items}</ul></section>"
        )
    body += [f"<p class='note'>{escape(note)}</p>" for note in _notes(year)]
    title = f"My peer support group year {year.year}: {year.name}"
    return (
        "<!DOCTYPE html>\n"
        "<html lang='en-NZ'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head>\n"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _notes(year: MemberYear) -> list[str]:
    notes = [
        "Hours are from the times each meeting was held (recorded by psg-tui where it was "
        "timed, else as booked)."
    ]
    if year.skipped:
        names = ", ".join(s.path.name for s in year.skipped)
        notes.append(
            f"{plural(len(year.skipped), 'meeting file')} could not be read and "
            f"{'is' if len(year.skipped) == 1 else 'are'} not included: {names}."
        )
    notes.append("Made by psg-tui from the group's meeting records.")
    return notes


# -- Markdown ---------------------------------------------------------------------------


def member_year_markdown(year: MemberYear) -> str:
    """The same content as the PDF, as Markdown safe in any viewer."""
    from psg_tui.report.markup import escape_markdown, neutralise_markdown

    def block(text: str, empty: str) -> str:
        return neutralise_markdown(text.strip()) if text.strip() else f"_{empty}_"

    group = year.group_name.strip() or "Peer support group"
    who = f"Registration number {escape_markdown(year.registration_number)}"
    if year.profession:
        who += f" · {escape_markdown(year.profession)}"
    if not year.current:
        who += f" · no longer a member of {escape_markdown(group)}"
    out = [
        f"# My peer support group year: {escape_markdown(year.name)}",
        "",
        f"{escape_markdown(group)}  ",
        f"{who}  ",
        f"Recertification year {year.year}: {escape_markdown(year.year_label)}",
        "",
        f"- **Counting meetings attended:** {escape_markdown(_counting_line(year))}",
        f"- **PSG time:** {escape_markdown(_time_line(year))}",
        f"- **Topics I presented:** {sum(len(m.topics) for m in year.meetings)}",
        "",
        f"_{escape_markdown(YEAR_NOTE)}_",
        "",
    ]
    for meeting in year.meetings:
        out += [
            f"## {format_date(meeting.date)}",
            "",
            f"{escape_markdown(meeting.modality)} · {escape_markdown(_when(meeting))}",
            "",
            "### My topics",
            "",
        ]
        for topic in meeting.topics:
            minutes = f" · {format_minutes(topic.minutes)}" if topic.minutes else ""
            title = escape_markdown(topic.title) if topic.titled else f"_{topic.title}_"
            out += [
                f"#### {title}",
                "",
                f"**Topic type:** {escape_markdown(topic.topic_type)}{minutes}",
                "",
                "**My takeaways**",
                "",
                block(topic.takeaways, "No takeaways recorded."),
                "",
            ]
        if not meeting.topics:
            out += ["_I did not present at this meeting._", ""]
        out += ["### My reflection", ""]
        if meeting.reflection_model:
            out += [f"_Reflective model: {escape_markdown(meeting.reflection_model)}_", ""]
        for heading, text in meeting.reflection_parts:
            out += [f"#### {escape_markdown(heading)}", "", block(text, ""), ""]
        if meeting.reflection.strip() or not meeting.reflection_parts:
            out += [block(meeting.reflection, "No reflection recorded."), ""]
        if meeting.reflection_ticks:
            out += ["This reflection:", ""]
            out += [f"- {escape_markdown(tick)}" for tick in meeting.reflection_ticks]
            out.append("")
        for follow_up in meeting.follow_ups:
            out += [f"### {escape_markdown(follow_up.heading)}", ""]
            if follow_up.takeaways.strip():
                out += ["> " + line for line in block(follow_up.takeaways, "").splitlines()]
                out.append("")
            out += [escape_markdown(follow_up.answer), ""]
    if not year.meetings:
        out += ["_No counting meetings attended in this year._", ""]
    if year.not_counted:
        out += ["## Also attended, not counting", ""]
        out += [f"- {format_date(n.date)}: {escape_markdown(n.reason)}" for n in year.not_counted]
        out.append("")
    out += [f"_{escape_markdown(note)}_" + "  " for note in _notes(year)]
    out += ["", "Confidential to the group.", ""]
    return "\n".join(out)


# -- PDF --------------------------------------------------------------------------------


def member_year_metadata(year: MemberYear) -> dict[str, Any]:
    """The keyword arguments of ``html_to_pdf``. ``created`` comes from the records, never
    the clock: the end of the latest meeting in the year, else midnight at the start of the
    year in New Zealand."""
    from psg_tui.report.pdf import meeting_created

    held = [m.meeting for m in year.meetings if m.meeting is not None]
    if held:
        created = max(meeting_created(m) for m in held)
    else:
        from zoneinfo import ZoneInfo

        created = dt.datetime.combine(
            year.first_day, dt.time(0, 0), tzinfo=ZoneInfo("Pacific/Auckland")
        )
    return {
        "title": f"My peer support group year {year.year}: {year.name} "
        f"({year.registration_number})",
        "author": year.name,
        "subject": f"Own topics, takeaways, reflections and PSG hours in recertification year "
        f"{year.year} ({year.year_label})",
        "keywords": [
            "peer support group",
            "PSG",
            "recertification",
            "reflective account",
            "professional development plan",
            year.group_name,
            str(year.year),
            year.registration_number,
        ],
        "created": created,
        "lang": "en-NZ",
    }


def render_member_year_pdf(year: MemberYear, *, variant: str = "ua") -> bytes:
    """The member's year as PDF (weasyprint, a few hundred milliseconds: a worker thread in
    the app)."""
    from psg_tui.report.pdf import html_to_pdf, variant_name

    variant_name(variant)  # an unknown variant fails before any rendering work
    return html_to_pdf(
        member_year_html(year), variant=variant, extra_css=YEAR_CSS, **member_year_metadata(year)
    )


# -- the way out ------------------------------------------------------------------------


@dataclass
class YearExport:
    """A member's year, ready to gate, render and write."""

    year: MemberYear
    kind: Literal["pdf", "md"]
    target: Path | None
    """Where it is written; None: standard output."""
    variant: str = "ua"
    group: Group | None = None
    """The member's group, for the gate: its members' names are allowed and its "not an
    identifier" list honoured, as for every other output (None: the meetings alone)."""

    @property
    def output(self) -> Output:
        """This output, as the privacy gate knows it."""
        return Output("year", self.year.registration_number)

    def gate(self) -> list[tuple[YearMeeting, Finding]]:
        """The privacy check over the text this output carries from each meeting (the
        member's own topic titles and takeaways, reflection and platform), each finding with
        the meeting it is in."""
        found = []
        for meeting in self.year.meetings:
            if meeting.meeting is None:
                continue
            result = check_output(meeting.meeting, self.output, group=self.group)
            found.extend((meeting, finding) for finding in result.findings)
        return found

    def render(self) -> bytes:
        """The bytes: Markdown (UTF-8), or the PDF (weasyprint)."""
        if self.kind == "md":
            return member_year_markdown(self.year).encode("utf-8")
        return render_member_year_pdf(self.year, variant=self.variant)

    def write(self, data: bytes) -> Path:
        """Write the bytes through the store (atomic, 0600)."""
        if self.target is None:
            raise ValueError("this output goes to standard output: the caller writes it")
        return write_output(self.target, data)

    def render_and_write(self) -> tuple[Path, bytes]:
        """Render, then write (worker-thread work in the app)."""
        data = self.render()
        return self.write(data), data


def prepare_year(
    year: MemberYear,
    group_dir: Path,
    *,
    kind: Literal["pdf", "md"] = "pdf",
    output: Path | str | None = None,
    variant: str = "ua",
    group: Group | None = None,
) -> YearExport:
    """Where the member's year goes: ``output``, ``"-"`` (standard output), or the store's
    name in the group folder (``year-2026-70231.pdf``). Never over a group or meeting file
    (``OutputRefusedError``, naming the file). Nothing is written. ``group``: see
    :attr:`YearExport.group`."""
    if output is not None and str(output) == STDOUT:
        target = None
    else:
        target = (
            Path(output)
            if output is not None
            else year_output_path(group_dir, year.year, year.registration_number, kind)
        )
        check_output_path(target)
    return YearExport(year, kind, target, variant, group)
