"""How the meeting clock's numbers read on screen: big digits, a level in words, a colour class.

Pure formatting of :class:`~psg_tui.core.timing.TimerView`; nothing here keeps time.
"""

from __future__ import annotations

from dataclasses import dataclass

from psg_tui.core.timing import (
    ScheduleView,
    TimerState,
    TimerView,
    clock_text,
    countdown_seconds,
)


@dataclass(frozen=True)
class Face:
    """What a Countdown widget shows."""

    digits: str
    """``12:34`` counting down, ``+1:30`` counting up once over."""
    words: str
    """The level in words: ``2:00 left``, ``TIME UP``, ``OVER +1:30``, ``Paused · 3:00 left``."""
    level: str
    """CSS class: on-track, warning, time-up, overtime, paused or idle."""


IDLE = Face("--:--", "", "idle")


def face_of(view: TimerView | None, idle_words: str = "") -> Face:
    """The countdown face for a timer (or the idle face when none is open)."""
    if view is None:
        return Face(IDLE.digits, idle_words, "idle")
    if view.remaining >= 0:
        digits = clock_text(countdown_seconds(view.remaining))
    else:
        digits = "+" + clock_text(-view.remaining)
    level = view.level.value.replace("_", "-")
    words = view.text
    if view.state is TimerState.PAUSED:
        return Face(digits, f"Paused · {words}", "paused")
    if view.state is TimerState.READY:
        return Face(clock_text(view.planned), f"Ready · {words}", "idle")
    return Face(digits, words, level)


def schedule_line(schedule: ScheduleView, prefix: str = "") -> str:
    """``Slot 2 of 3 · 3 min behind: ends 20:03 · Later slots shortened by 3 min``."""
    parts = [p for p in (prefix, schedule.text, schedule.rebalance_text) if p]
    return " · ".join(parts)
