"""Errors and the wording of times, shared by the plan, the timers and the meeting clock."""

from __future__ import annotations

import datetime as dt
import math

# ``plural`` lives with the rest of the app's words; it stays importable from here for the
# timing modules and screens that use it.
from psg_tui.core.words import plural

__all__ = [
    "PlanError",
    "TimerError",
    "TimingError",
    "clock_text",
    "countdown_seconds",
    "minutes_text",
    "plural",
    "time_of_day",
]


class TimingError(ValueError):
    """Something asked of the timekeeping engine does not make sense; the message says why
    in words a timekeeper understands. A ``ValueError``, so callers may catch either."""


class PlanError(TimingError):
    """The meeting plan cannot be made from these figures (the message says what to change)."""


class TimerError(TimingError):
    """A timer was asked to do something it cannot do in its present state."""


def clock_text(seconds: float) -> str:
    """Whole seconds as ``m:ss`` (or ``h:mm:ss`` from an hour up); never negative."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def countdown_seconds(remaining: float) -> int:
    """Remaining time as a countdown shows it: rounded up, so ``0:00`` means time is up."""
    # The tiny tolerance keeps 59.9999999 (float noise from subtracting clock readings) at 60.
    return max(0, math.ceil(remaining - 1e-6))


def minutes_text(seconds: float) -> str:
    """A length as a person says it: ``20 min``, ``95 min``, ``45 s``, ``16.5 min``.

    Meetings are booked in minutes, so lengths stay in minutes (no hours)."""
    seconds = max(0.0, float(seconds))
    if seconds < 60:
        return f"{round(seconds)} s"
    minutes = seconds / 60
    whole = round(minutes)
    if abs(minutes - whole) > 1e-6:
        # Half and odd minutes only appear after rescaling; one decimal is enough to read.
        return f"{minutes:.1f} min"
    return f"{whole} min"


def time_of_day(moment: dt.datetime) -> str:
    """``18:30``: the local time of day of an aware datetime (in its own zone)."""
    return moment.strftime("%H:%M")
