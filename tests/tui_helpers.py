"""Helpers for the app tests: a fake clock, a fixed wall clock, and app factories."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from psg_tui.tui.app import PsgApp, make_app

NZ = ZoneInfo("Pacific/Auckland")


@dataclass
class FakeClock:
    """Monotonic and wall clocks that move only when a test says so."""

    monotonic: float = 1000.0
    wall: dt.datetime = field(default_factory=lambda: dt.datetime(2026, 12, 9, 18, 30, tzinfo=NZ))

    def __call__(self) -> float:
        return self.monotonic

    def now(self) -> dt.datetime:
        """The wall clock."""
        return self.wall

    def advance(self, seconds: float) -> None:
        """Both clocks move on together."""
        self.monotonic += seconds
        self.wall += dt.timedelta(seconds=seconds)


def app_for(group_dir: Path, clock: FakeClock | None = None) -> tuple[PsgApp, FakeClock]:
    """The app on ``group_dir`` with fake clocks and no bell."""
    clock = clock or FakeClock()
    return make_app(group_dir, clock=clock, now=clock.now, bell=False), clock
