"""Rendering the minimum-data-set PDF: the whole `psg render` process, and a warm render.

1. ``psg render MEETING.toml`` for a typical meeting (the 2026-02-18 sample: 6 attendees,
   3 topics), start to exit, against a bare python process that imports weasyprint and
   renders the same HTML with the same stylesheet and PDF options. The difference is what
   psg-tui adds: its imports (pydantic, the model), reading and validating the TOML, the
   privacy check, building the HTML, writing atomically. Target: at most 1.2x.
2. The warm, in-process render of a 2-hour meeting's notes (8 attendees, 6 topics with full
   summaries, takeaways and references), against weasyprint rendering the same HTML in the
   same process: the cost of building the HTML and Markdown on top of weasyprint itself.
   Reported with its absolute time (the app renders in a worker thread; under a second or
   two keeps the wrap-up screen responsive).
"""

from __future__ import annotations

import datetime as dt
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.harness import PYTHON, Figure, median_time
from psg_tui.core.models import (
    Meeting,
    Member,
    NextMeeting,
    Reflection,
    Roles,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.store import parse_model
from psg_tui.report.html import meeting_html
from psg_tui.report.pdf import (
    html_to_pdf,
    meeting_pdf_metadata,
    render_meeting_pdf,
    report_stylesheet_path,
)
from psg_tui.resources import sample_data_dir, styles_dir

TYPICAL = "2026-02-18.toml"

# The bare process: import weasyprint, render the same HTML with the same CSS and options.
_BARE = """
import sys
import weasyprint
html, css, base, out = sys.argv[1:5]
document = weasyprint.HTML(string=open(html, encoding="utf-8").read(), base_url=base)
document.write_pdf(
    out,
    stylesheets=[weasyprint.CSS(filename=css)],
    pdf_variant="pdf/ua-1",
    pdf_tags=True,
    pdf_identifier=True,
)
"""

_SUMMARY = (
    "The presenter described a de-identified situation from their practice and what they "
    "wanted from the group. Members acknowledged the work that had gone into it. Clarifying "
    "questions covered who else was involved in the person's care and what had been tried. "
    "Probing questions explored the presenter's reasoning, how the conversation felt and what "
    "they might do differently.\n\n"
    "- Options discussed in general terms, without identifying details\n"
    "- How each member's pharmacy handles the same situation\n"
    "- Documentation and follow-up with the prescriber\n\n"
    "| Option | When it helps |\n|---|---|\n| Shared plan | Several prescribers |\n"
    "| Teach-back | New medicines |\n\n"
    "The group agreed the topic is worth returning to once the change has settled in; the "
    "presenter will report back on how the follow-up went at the next meeting."
)


def two_hour_meeting() -> Meeting:
    """A full 2-hour meeting: 8 attendees, 6 topics with summaries, takeaways, references."""
    names = ["Anahera Kōwhai", "Daniel Okafor", "Priya Raman", "Tomasi Fifita",
             "Sarah McAllister", "Wiremu Tāne", "Lucy Chen", "Mere Pōmare"]  # fmt: skip
    attendees = [
        Member(name=name, registration_number=str(70000 + i)) for i, name in enumerate(names)
    ]
    regs = [a.registration_number for a in attendees]
    topics = list(TopicType)
    slots = [
        Slot(
            presenter=regs[i],
            topic_type=topics[i % len(topics)],
            title=f"Topic {i + 1}: learning from a de-identified case",
            state=SlotState.DONE,
            summary=_SUMMARY,
            takeaways="Start with what matters to the person. Agree one change at a time, "
            "write down who does what, and set a review date.",
            references=[
                "O'Mahony D, et al. STOPPFrail version 2. Age Ageing 2021;50(3):772-9.",
                "Pharmacy Council of New Zealand. Competence standards for the pharmacy "
                "profession. 2022.",
            ],
        )
        for i in range(6)
    ]
    return Meeting(
        group_name="Waitaha Primary Care Pharmacists PSG",
        date=dt.date(2026, 5, 20),
        venue="Meeting room 2, Hagley Health Centre (fictional)",
        attendees=attendees,
        roles=Roles(facilitator=regs[0], timekeeper=regs[1], note_taker=regs[2]),
        slots=slots,
        summary="Six topics over two hours. " + _SUMMARY.split("\n\n")[0],
        confidentiality_note="Cases were discussed without patient identifiers.",
        next_meeting=NextMeeting(date=dt.date(2026, 8, 19), focus="Antimicrobial stewardship"),
        reflections=[Reflection(registration_number=regs[0], text=_SUMMARY)],
        ended_at=dt.datetime(2026, 5, 20, 20, 35, tzinfo=dt.timezone(dt.timedelta(hours=12))),
    )


def _interleaved(
    first: Sequence[str], second: Sequence[str], repeat: int = 7
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median wall and CPU times of two whole processes, run turn about.

    The machine is shared: alternating the two commands gives both the same background
    load, so their ratio means something even when the absolute times wander. CPU time
    (user + system, from the kernel's accounting of the child) is reported as well: it
    hardly moves with other people's load. Returns ((wall 1, wall 2), (cpu 1, cpu 2)).
    """
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, argv in enumerate((first, second)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True)
            wall[index].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[index].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    median = statistics.median
    return (median(wall[0]), median(wall[1])), (median(cpu[0]), median(cpu[1]))


def _bare_weasyprint(html: str) -> bytes:
    """weasyprint alone, in this process, on the same HTML, CSS and options."""
    import weasyprint

    document = weasyprint.HTML(string=html, base_url=styles_dir().as_uri() + "/")
    return document.write_pdf(
        stylesheets=[weasyprint.CSS(filename=str(report_stylesheet_path()))],
        pdf_variant="pdf/ua-1",
        pdf_tags=True,
        pdf_identifier=True,
    )


def run() -> list[Figure]:
    """Both figures."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="psg-bench-render-") as tmp:
        folder = Path(tmp)
        group = folder / "group"
        shutil.copytree(sample_data_dir(), group)
        meeting_path = group / "meetings" / TYPICAL
        html_path = folder / "meeting.html"
        html_path.write_text(meeting_html(parse_model(Meeting, meeting_path)), encoding="utf-8")
        base = styles_dir().as_uri() + "/"
        css = str(report_stylesheet_path())

        (psg, bare), (psg_cpu, bare_cpu) = _interleaved(
            [PYTHON, "-m", "psg_tui", "render", str(meeting_path), "-o", str(folder / "a.pdf")],
            [PYTHON, "-c", _BARE, str(html_path), css, base, str(folder / "b.pdf")],
        )
        figures.append(
            Figure(
                "psg render (typical meeting, whole process, wall)",
                psg,
                "python + import weasyprint + render same HTML",
                bare,
                target="ratio <= 1.2",
                ok=psg / bare <= 1.2,
            )
        )
        figures.append(
            Figure(
                "psg render (typical meeting, whole process, CPU user+sys)",
                psg_cpu,
                "the same bare process, CPU",
                bare_cpu,
                target="ratio <= 1.2",
                ok=psg_cpu / bare_cpu <= 1.2,
            )
        )

    meeting = two_hour_meeting()
    html = meeting_html(meeting)
    metadata = meeting_pdf_metadata(meeting)
    assert html_to_pdf(html, **metadata)  # warm caches (fonts, stylesheet) before timing
    warm_times: list[float] = []
    weasy_times: list[float] = []
    for _ in range(5):  # turn about, as above
        warm_times.append(median_time(lambda: render_meeting_pdf(meeting), repeat=1, warmup=0))
        weasy_times.append(median_time(lambda: _bare_weasyprint(html), repeat=1, warmup=0))
    warm, weasy = statistics.median(warm_times), statistics.median(weasy_times)
    figures.append(
        Figure(
            "warm render_meeting_pdf (2-hour meeting, 8 attendees, 6 topics)",
            warm,
            "weasyprint alone on the same HTML, same process",
            weasy,
            target="ratio <= 1.2",
            ok=warm / weasy <= 1.2,
        )
    )
    return figures
