"""A member's year at scale: ``psg year`` over 240 meeting files against ``psg attendance``.

Target (issue 15): ``psg year`` within 1.2x of ``psg attendance`` on the same 240 files, both
measured in this run. Both read the same files (the year's, through ``load_attendance``), so
what ``psg year`` adds is gathering the member's own notes and drawing them. Measured with
``--format md``: the PDF adds weasyprint (its import alone is ~350 ms and rendering a few
hundred more), which no text report pays; that figure is printed too, for scale, with no
target. In process: ``load_member_year`` against ``load_attendance``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_attendance import FIRST_YEAR, YEARS, make_group, median_process_cpu
from bench.harness import PYTHON, Figure, median_process_time, median_time
from psg_tui.core.attendance import load_attendance
from psg_tui.core.store import MEETINGS_DIR
from psg_tui.core.year import load_member_year

TARGET_RATIO = 1.2
MEMBER = "60001"


def run() -> list[Figure]:
    """Whole-process and in-process figures on a freshly generated 240-file group."""
    year = FIRST_YEAR + YEARS - 1
    with tempfile.TemporaryDirectory(prefix="psg-bench-year-") as tmp:
        root = make_group(Path(tmp) / "group")
        files = len(list((root / MEETINGS_DIR).glob("*.toml")))
        common = ["--group", str(root), "--year", str(year)]
        attendance = [PYTHON, "-m", "psg_tui", "attendance", *common]
        year_md = [PYTHON, "-m", "psg_tui", "year", "--member", MEMBER, *common]
        year_md += ["--format", "md", "-o", "-"]
        year_pdf = [PYTHON, "-m", "psg_tui", "year", "--member", MEMBER, *common, "-o", "-"]
        for argv in (attendance, year_md, year_pdf):  # warm the bytecode and file caches
            median_process_time(argv, repeat=1)
        base = median_process_time(attendance, repeat=9)
        md = median_process_time(year_md, repeat=9)
        base_cpu = median_process_cpu(attendance, repeat=9)
        md_cpu = median_process_cpu(year_md, repeat=9)
        pdf = median_process_time(year_pdf, repeat=3)

        today = dt.date.today()
        load = median_time(lambda: load_attendance(root, year, today), repeat=9, warmup=1)
        gather = median_time(
            lambda: load_member_year(root, MEMBER, year, today), repeat=9, warmup=1
        )

    target = f"ratio <= {TARGET_RATIO}"
    return [
        Figure(
            f"psg year --format md, whole process ({files} files)",
            md,
            "psg attendance",
            base,
            target=target,
            ok=md / base <= TARGET_RATIO,
        ),
        Figure(
            "psg year --format md, whole process CPU time",
            md_cpu,
            "psg attendance CPU time",
            base_cpu,
            target=target,
            ok=md_cpu / base_cpu <= TARGET_RATIO,
        ),
        Figure("psg year (PDF, weasyprint), whole process, for scale", pdf, "psg attendance", base),
        Figure("load_member_year in process", gather, "load_attendance", load),
    ]


if __name__ == "__main__":  # pragma: no cover
    start = time.perf_counter()
    for figure in run():
        print(figure.line())
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)
