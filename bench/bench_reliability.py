"""Reliability (issue 11): two app processes on one meeting, a hand edit and ``kill -9``.

Not speed targets but counts, with the time each part took:
- two real app processes (headless Textual, the real session and store) on one meeting:
  the second opens it read-only and names the first; the first keeps typing and autosaving;
  then a hand edit of the file while the first runs: its next autosave must not overwrite
  it (a conflict copy keeps the app's version). Reported: versions lost (target 0);
- ``kill -9`` of a process saving a meeting in a loop, 50 times: how many kills left a temp
  file, how many are there before the last open and after it (the store cleans a killed
  save's leftovers on open; target 0 after),
  and whether the meeting file always loads (target: always);
- every command on the largest valid meeting file (every field at its cap), against
  ``psg validate`` of the small sample meeting: each must stay under a few seconds.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from bench.harness import Figure
from psg_tui.core.models import (
    MAX_ITEMS,
    MAX_SHORT_CHARS,
    MAX_TEXT_CHARS,
    LiveMeeting,
    MeetingStatus,
    Member,
    RoundEntry,
    Slot,
)
from psg_tui.core.store import MAX_FILE_BYTES, GroupStore, dump_toml, load_meeting_file
from psg_tui.resources import sample_data_dir

ROOT = Path(__file__).resolve().parent.parent

APP_PROCESS = textwrap.dedent(
    """
    import asyncio, sys, time
    from pathlib import Path
    from psg_tui.core.store import GroupStore
    from psg_tui.tui.app import make_app

    path, seconds, tag = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]

    async def main():
        app = make_app(path.parent.parent, bell=False)
        async with app.run_test(size=(80, 24)) as pilot:
            app.resume_meeting(path, GroupStore(path.parent.parent).load_meeting(path))
            await pilot.pause()
            session = app.session
            session.autosave_seconds = 0.05
            if session.read_only:
                print("READONLY", session.read_only, flush=True)
                return
            print("RUNNING", flush=True)
            end = time.monotonic() + seconds
            n = 0
            while time.monotonic() < end:
                n += 1
                session.meeting.focus = f"{tag} note {n}"
                session.changed()
                await pilot.pause(0.05)
            session.save_now()
            await pilot.pause(0.2)
            print("LAST", f"{tag} note {n}", flush=True)
            print("CONFLICT", session.conflict_copy or "", flush=True)

    asyncio.run(main())
    """
)

SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from psg_tui.core.store import GroupStore, load_meeting_file
    path = Path(sys.argv[1])
    store = GroupStore(path.parent.parent)
    meeting = store.load_meeting(path)
    n = 0
    while True:
        n += 1
        for field in ("summary", "focus", "confidentiality_note"):
            setattr(meeting, field, f"save {n} " + "x" * 19000)  # ~60 KB a save
        store.save_meeting(meeting, path)
        if n == 1:
            print("ready", flush=True)
    """
)


def _group(tmp: Path) -> tuple[Path, Path]:
    group = tmp / "group"
    shutil.copytree(sample_data_dir(), group)
    store = GroupStore(group)
    loaded, _ = store.load_meetings()
    path, meeting = next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)
    meeting.status = MeetingStatus.IN_PROGRESS
    meeting.live = LiveMeeting(stage="check_in")
    path.write_bytes(dump_toml(meeting))
    return group, path


def _python(code: str, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )


def two_processes(tmp: Path) -> list[Figure]:
    _group_dir, path = _group(tmp)
    start = time.perf_counter()
    first = _python(APP_PROCESS, str(path), "4", "first")
    assert first.stdout is not None
    assert first.stdout.readline().startswith("RUNNING")
    second = _python(APP_PROCESS, str(path), "1", "second")
    out2, err2 = second.communicate(timeout=60)
    read_only = out2.startswith("READONLY") and f"process {first.pid}" in out2
    time.sleep(1.0)
    # A hand edit while the first app runs (a valid meeting, a different summary).
    edited = load_meeting_file(path)
    edited.summary = "typed by hand while the app ran"
    hand = dump_toml(edited)
    path.write_bytes(hand)
    out1, err1 = first.communicate(timeout=60)
    lines = dict(line.split(" ", 1) for line in out1.splitlines() if " " in line)
    last = lines.get("LAST", "").strip()
    conflict = Path(lines.get("CONFLICT", "").strip() or "/nonexistent")
    on_disk = path.read_bytes()
    hand_kept = on_disk == hand or any(
        p.read_bytes() == hand for p in path.parent.glob("*.conflict-*.toml")
    )
    ours_kept = bool(last) and (
        last.encode() in on_disk or (conflict.is_file() and last.encode() in conflict.read_bytes())
    )
    lost = (not hand_kept) + (not ours_kept)
    elapsed = time.perf_counter() - start
    return [
        Figure(
            f"two app processes: second opened read-only naming the first: {read_only}",
            elapsed,
            target="read-only",
            ok=read_only,
        ),
        Figure(
            f"hand edit during a run: versions lost {lost} (hand edit kept: {hand_kept}, "
            f"app's last note kept: {ours_kept}, conflict copy: {conflict.name})",
            elapsed,
            target="0 lost",
            ok=lost == 0 and not err1.count("Traceback") and not err2.count("Traceback"),
        ),
    ]


def kill_during_saves(tmp: Path, kills: int = 50) -> list[Figure]:
    _group_dir, path = _group(tmp)
    rng = random.Random(11)
    always_loads = True
    leftovers: set[str] = set()  # every temp file a killed save left (the next open cleans)
    seen_before: set[str] = set()
    kills_leaving = 0
    start = time.perf_counter()
    for _ in range(kills):
        child = _python(SAVER, str(path))
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":  # it must be saving
            raise RuntimeError(child.stderr.read() if child.stderr else "saver failed")
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        left = {p.name for p in path.parent.glob(".*.tmp")}
        leftovers |= left
        kills_leaving += bool(left - seen_before)
        seen_before = left
        child.stdout.close()
        child.stderr.close() if child.stderr else None
        try:
            load_meeting_file(path)
        except Exception:  # any failure is what this counts
            always_loads = False
    elapsed = time.perf_counter() - start
    before = len(list(path.parent.glob(".*.tmp")))
    store = GroupStore(path.parent.parent)
    after = len(list(path.parent.glob(".*.tmp")))
    counted = len(store.meeting_paths())
    return [
        Figure(
            f"kill -9 during saves x{kills}: {kills_leaving} kills left a temp file "
            f"({len(leftovers)} in all, each removed by the next open); {before} left before "
            f"the last open, {after} after; meeting always loads: {always_loads}; meeting "
            f"files listed: {counted}",
            elapsed,
            target="0 after, always loads",
            ok=after == 0 and always_loads,
        )
    ]


def largest_valid_file(tmp: Path) -> list[Figure]:
    """Every command on the largest meeting the model accepts (every field near its cap)."""
    group_dir, path = _group(tmp)
    meeting = load_meeting_file(path)
    meeting.status = MeetingStatus.COMPLETE
    meeting.live = None
    filler = ("Discussed the approach and agreed next steps. " * 2000)[: MAX_TEXT_CHARS - 10]
    nhi_like = ("ZZZ1234 seen " * 5000)[: MAX_TEXT_CHARS - 10]
    members = meeting.attendees[:]
    extra = [
        Member(name=f"M{n} " + "a" * 40, registration_number=str(90000 + n)) for n in range(40)
    ]
    meeting.attendees = members + extra
    meeting.summary = nhi_like
    meeting.focus = filler
    meeting.confidentiality_note = filler
    meeting.venue = "v" * MAX_SHORT_CHARS
    meeting.check_in = [
        RoundEntry(registration_number=m.registration_number, notes=filler[:2000])
        for m in meeting.attendees
    ]
    meeting.slots = [
        Slot(
            presenter=m.registration_number,
            title="t" * 200,
            summary=filler,
            takeaways=filler[:5000],
        )
        for m in meeting.attendees[:12]
    ]
    data = dump_toml(meeting)
    while len(data) > MAX_FILE_BYTES:  # the largest file the store reads and writes
        meeting.slots = meeting.slots[:-1]
        data = dump_toml(meeting)
    path.write_bytes(data)
    assert len(meeting.attendees) <= MAX_ITEMS
    psg = [sys.executable, "-m", "psg_tui.cli"]

    codes: list[int] = []

    def timed(argv: list[str]) -> float:
        start = time.perf_counter()
        done = subprocess.run(psg + argv, cwd=ROOT, capture_output=True, timeout=120)
        codes.append(done.returncode)
        return time.perf_counter() - start

    sample = tmp / "sample"
    shutil.copytree(sample_data_dir(), sample)
    baseline = timed(["validate", str(sample / "meetings" / "2026-02-18.toml")])
    figures = []
    size = f"{len(data) / 1024:.0f} KB"
    for argv in (
        ["validate", str(path)],
        ["check", str(path)],
        ["render", str(path), "-o", str(tmp / "big.pdf"), "--allow-findings"],
        ["render", str(path), "--format", "md", "-o", str(tmp / "big.md"), "--allow-findings"],
        ["ics", str(path), "-o", str(tmp / "big.ics"), "--allow-findings"],
        ["attendance", "--group", str(group_dir)],
    ):
        seconds = timed(argv)
        fmt = " --format md" if "md" in argv else ""
        figures.append(
            Figure(
                f"psg {argv[0]}{fmt} on the largest valid file ({size}), exit {codes[-1]}",
                seconds,
                "psg validate, small sample",
                baseline,
                target="< 5 s",
                ok=seconds < 5,
            )
        )
    return figures


def run() -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        figures += two_processes(Path(tmp) / "a")
        figures += kill_during_saves(Path(tmp) / "b")
        figures += largest_valid_file(Path(tmp) / "c")
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
