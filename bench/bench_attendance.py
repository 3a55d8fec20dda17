"""Attendance at scale: 20 years of monthly meetings for 12 members (240 files).

Target: ``psg attendance`` as a whole process (start-up, imports, reading and validating every
file, the report, the table) under 0.5 s. The baseline is a process that only parses the same
240 files with bare ``tomllib``: the least any reader of these files must do. In-process figures
split the cost: ``load_attendance`` against ``tomllib`` over the same files, and the report
alone from already-loaded meetings (what the app's home screen recomputes).

``load_attendance`` reads only the files dated in the year (and around today); parsing all
240 with tomllib alone takes most of the budget, which is why.
"""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from bench.harness import PYTHON, Figure, median_process_time, median_time
from psg_tui.core.attendance import attendance_report, load_attendance
from psg_tui.core.models import (
    Group,
    Meeting,
    MeetingStatus,
    Member,
    NextMeeting,
    RoundEntry,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.store import GROUP_FILE, MEETINGS_DIR, GroupStore, dump_toml

TARGET_S = 0.5
YEARS = 20
MEMBERS = 12
FIRST_YEAR = 2006

_SUMMARY = (
    "The presenter described a de-identified case about a supply shortage of a long-term "
    "medicine and how an alternative was agreed with the prescriber. Discussion covered "
    "equivalence, communication with the person and documentation."
)


def _members() -> list[Member]:
    return [
        Member(name=f"Member {chr(65 + i)} Example", registration_number=str(60000 + i))
        for i in range(MEMBERS)
    ]


def _meeting(date: dt.date, index: int, members: list[Member]) -> Meeting:
    """A realistic complete meeting: 6 to 12 attendees, full rounds, three summarised slots."""
    who = [m for j, m in enumerate(members) if (index + j) % 5 != 0][: 6 + index % 7]
    regs = [m.registration_number for m in who]
    return Meeting(
        group_name="Bench PSG (fictional)",
        date=date,
        start_time=dt.time(18, 30),
        end_time=dt.time(20, 0),
        venue="Meeting room 2, Health Centre (fictional)",
        status=MeetingStatus.COMPLETE,
        attendees=who,
        check_in=[
            RoundEntry(registration_number=r, notes="Busy month.", elapsed_seconds=100)
            for r in regs
        ],
        check_out=[RoundEntry(registration_number=r, elapsed_seconds=30) for r in regs],
        slots=[
            Slot(
                presenter=regs[k],
                topic_type=list(TopicType)[(index + k) % len(TopicType)],
                title=f"Topic {k + 1} of meeting {index}",
                planned_seconds=1200,
                state=SlotState.DONE,
                summary=_SUMMARY,
                takeaways="Contact the prescriber early with a specific alternative.",
                references=["Bpac NZ. Antibiotics: choices for common infections."],
            )
            for k in range(3)
        ],
        summary="Three topics; see each slot.",
        confidentiality_note="Cases were discussed without patient identifiers.",
        next_meeting=NextMeeting(date=date + dt.timedelta(days=28), start_time=dt.time(18, 30)),
    )


def make_group(root: Path) -> Path:
    """Write the group folder (plain writes: the benchmark measures reading, not fsync)."""
    members = _members()
    (root / MEETINGS_DIR).mkdir(parents=True)
    (root / GROUP_FILE).write_bytes(dump_toml(Group(name="Bench PSG (fictional)", members=members)))
    index = 0
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        for month in range(1, 13):
            meeting = _meeting(dt.date(year, month, 15), index, members)
            (root / MEETINGS_DIR / f"{meeting.date.isoformat()}.toml").write_bytes(
                dump_toml(meeting)
            )
            index += 1
    return root


_TOMLLIB_ONLY = (
    "import sys, tomllib, pathlib\n"
    "root = pathlib.Path(sys.argv[1])\n"
    "tomllib.loads((root / 'group.toml').read_text('utf-8'))\n"
    "for p in sorted((root / 'meetings').glob('*.toml')):\n"
    "    tomllib.loads(p.read_text('utf-8'))\n"
)


def _tomllib_all(root: Path) -> None:
    tomllib.loads((root / GROUP_FILE).read_text("utf-8"))
    for path in sorted((root / MEETINGS_DIR).glob("*.toml")):
        tomllib.loads(path.read_text("utf-8"))


def median_process_cpu(argv: list[str], repeat: int = 7) -> float:
    """Median CPU time (user + system) of a whole process: on a shared, busy machine the wall
    time mostly measures waiting for a core; this is what the process itself costs."""
    times = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(argv, check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(times)


def run() -> list[Figure]:
    """Whole-process and in-process figures on a freshly generated 240-file group."""
    with tempfile.TemporaryDirectory(prefix="psg-bench-attendance-") as tmp:
        root = make_group(Path(tmp) / "group")
        files = len(list((root / MEETINGS_DIR).glob("*.toml")))
        as_of = f"{FIRST_YEAR + YEARS - 1}-09-01"
        cli = [PYTHON, "-m", "psg_tui", "attendance", "--group", str(root), "--as-of", as_of]
        baseline = [PYTHON, "-c", _TOMLLIB_ONLY, str(root)]
        for argv in (cli, baseline):  # warm the bytecode and file caches
            median_process_time(argv, repeat=1)
        process = median_process_time(cli, repeat=7)
        bare = median_process_time(baseline, repeat=7)
        process_cpu = median_process_cpu(cli)
        bare_cpu = median_process_cpu(baseline)
        interpreter = median_process_time([PYTHON, "-c", "pass"], repeat=7)
        # Every psg command pays this: the parser imports each command module, the models.
        floor = median_process_time([PYTHON, "-m", "psg_tui", "--version"], repeat=7)

        today = dt.date(FIRST_YEAR + YEARS - 1, 9, 1)
        load = median_time(lambda: load_attendance(root, None, today), repeat=7, warmup=1)
        parse = median_time(lambda: _tomllib_all(root), repeat=7, warmup=1)
        group = GroupStore(root).load_group()
        loaded, _ = GroupStore(root).load_meetings()
        report = median_time(
            lambda: attendance_report(group, loaded, FIRST_YEAR + YEARS - 1, today=today),
            repeat=20,
        )

    return [
        Figure(
            f"psg attendance, whole process ({files} files, {MEMBERS} members)",
            process,
            "bare tomllib process",
            bare,
            target=f"< {TARGET_S * 1000:.0f} ms",
            ok=process < TARGET_S,
        ),
        Figure(
            "psg attendance, whole process CPU time (user + system)",
            process_cpu,
            "bare tomllib process CPU time",
            bare_cpu,
            target=f"< {TARGET_S * 1000:.0f} ms",
            ok=process_cpu < TARGET_S,
        ),
        Figure("python -c pass (interpreter start-up, for scale)", interpreter),
        Figure("psg --version (start-up floor of every psg command)", floor),
        Figure(f"load_attendance in process ({files} files)", load, "tomllib parse only", parse),
        Figure("attendance_report from loaded meetings (home screen)", report),
    ]


if __name__ == "__main__":  # pragma: no cover
    start = time.perf_counter()
    for figure in run():
        print(figure.line())
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)
