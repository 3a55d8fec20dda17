"""The one fake clock of the test suite: a monotonic and a wall clock that move together,
and only when a test says so."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

NZ = ZoneInfo("Pacific/Auckland")

APP_DAY = dt.datetime(2026, 12, 9, 18, 30, tzinfo=NZ)
"""The evening the app tests run their meetings (the sample group's planned meeting)."""


class FakeClock:
    """Call it (or ``monotonic()``) for monotonic seconds; ``now()`` for the aware wall clock."""

    def __init__(self, wall: dt.datetime | None = None, mono: float = 1000.0) -> None:
        self.mono = mono
        """Monotonic seconds now."""
        self.wall = wall or APP_DAY
        """Wall-clock time now."""

    def monotonic(self) -> float:
        """The fake ``time.monotonic``."""
        return self.mono

    __call__ = monotonic

    def now(self) -> dt.datetime:
        """The fake wall clock."""
        return self.wall

    def advance(self, seconds: float) -> None:
        """Let time pass on both clocks."""
        self.mono += seconds
        self.wall += dt.timedelta(seconds=seconds)
