"""Timing: a stalled display still shows the true remaining time (max error vs tick counting).

A refresh loop that should tick every 0.25 s is stalled by a blocking 1 s call after every
fourth tick, for about 21 s, on the real monotonic clock. At each refresh the remaining time
the timer displays is compared with the truth, measured independently with
``time.perf_counter`` from the moment the timer started. A naive timer that subtracts 0.25 s
per tick (what ``set_interval`` would have it believe) runs alongside as the baseline: it
drifts by about a second per stall. The target is the issue's: within 50 ms of the truth.
"""

from __future__ import annotations

import datetime as dt
import time

from bench.harness import Figure, median_time
from psg_tui.core.models import GroupDefaults, Meeting
from psg_tui.core.timing import MeetingEngine, Timer

TICK_S = 0.25
STALL_S = 1.0
TICKS_PER_STALL = 4
DURATION_S = 21.0
PLANNED_S = 20 * 60


def _stalled_display() -> tuple[float, float, int]:
    """Max error of the clock-based timer and of a tick counter; and how many refreshes."""
    timer = Timer([PLANNED_S], clock=time.monotonic, label="Bench")
    timer.start()
    truth_origin = time.perf_counter()
    naive_remaining = float(PLANNED_S)
    worst = worst_naive = 0.0
    refreshes = 0
    while time.perf_counter() - truth_origin < DURATION_S:
        time.sleep(TICK_S)
        refreshes += 1
        naive_remaining -= TICK_S  # counts ticks: believes each refresh is TICK_S apart
        before = time.perf_counter()
        shown = timer.view().remaining
        after = time.perf_counter()
        # The truth at the instant of the read: the midpoint of the bracketing readings.
        truth = PLANNED_S - ((before + after) / 2 - truth_origin)
        worst = max(worst, abs(shown - truth))
        worst_naive = max(worst_naive, abs(naive_remaining - truth))
        if refreshes % TICKS_PER_STALL == 0:
            time.sleep(STALL_S)  # a blocking call in the event loop: no refresh meanwhile
    return worst, worst_naive, refreshes


def _meeting() -> Meeting:
    people = [
        {"name": f"Bench Person {i}", "registration_number": str(90000 + i)} for i in range(8)
    ]
    return Meeting.model_validate(
        {
            "date": "2026-03-04",
            "start_time": "18:30:00",
            "end_time": "20:30:00",
            "attendees": people,
            "slots": [{"presenter": p["registration_number"]} for p in people[:5]],
        }
    )


def _refresh_cost() -> tuple[float, float]:
    """Median cost of one screen refresh (view + poll) of a whole meeting, and of one timer."""
    wall = [dt.datetime(2026, 3, 4, 18, 30).astimezone()]
    meeting_clock = MeetingEngine(
        _meeting(), GroupDefaults(), clock=time.monotonic, wall_clock=lambda: wall[0]
    )
    meeting_clock.plan()
    meeting_clock.start_meeting()
    meeting_clock.start_slot()
    timer = Timer([600, 1100, 300], clock=time.monotonic)
    timer.start()

    def refresh() -> None:
        meeting_clock.view()
        meeting_clock.poll()

    def timer_only() -> None:
        timer.view()
        timer.poll()

    return median_time(refresh, repeat=200), median_time(timer_only, repeat=200)


def run() -> list[Figure]:
    """The figures for ``python -m bench timing``."""
    worst, worst_naive, refreshes = _stalled_display()
    refresh, timer_only = _refresh_cost()
    return [
        Figure(
            name=f"max error of displayed remaining time, stalled display ({refreshes} refreshes)",
            value_s=worst,
            baseline_name="tick-counting timer",
            baseline_s=worst_naive,
            target="< 50 ms",
            ok=worst < 0.050,
        ),
        Figure(
            name="one meeting-screen refresh (MeetingEngine.view + poll, 5 slots)",
            value_s=refresh,
            baseline_name="one Timer.view + poll",
            baseline_s=timer_only,
            target="< 5 ms (refreshing 4 times a second stays cheap)",
            ok=refresh < 0.005,
        ),
    ]
