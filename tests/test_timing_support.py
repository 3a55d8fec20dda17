"""Shared helpers for the timekeeping tests: a fake clock that drives both clocks at once."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from psg_tui.core.models import Meeting

NZ = ZoneInfo("Pacific/Auckland")


class FakeClock:
    """A monotonic clock and a wall clock that only move when a test says so."""

    def __init__(self, wall: dt.datetime | None = None, mono: float = 5000.0) -> None:
        self.mono = mono
        self.wall = wall or dt.datetime(2026, 3, 4, 18, 30, tzinfo=NZ)

    def monotonic(self) -> float:
        """The fake ``time.monotonic``."""
        return self.mono

    def now(self) -> dt.datetime:
        """The fake wall clock."""
        return self.wall

    def advance(self, seconds: float) -> None:
        """Let time pass on both clocks."""
        self.mono += seconds
        self.wall += dt.timedelta(seconds=seconds)


def make_meeting(
    presenters: int = 4,
    attendees: int = 6,
    *,
    start: str = "18:30:00",
    end: str = "20:30:00",
) -> Meeting:
    """A fictional meeting: ``attendees`` people, the first ``presenters`` of them presenting."""
    people = [
        {"name": name, "registration_number": str(70000 + i)}
        for i, name in enumerate(
            [
                "Aroha Test",
                "Ben Sample",
                "Cai Example",
                "Dana Fiction",
                "Eli Madeup",
                "Fran Invent",
                "Gus Pretend",
                "Hine Notreal",
            ][:attendees]
        )
    ]
    return Meeting.model_validate(
        {
            "date": "2026-03-04",
            "start_time": start,
            "end_time": end,
            "attendees": people,
            "slots": [{"presenter": p["registration_number"]} for p in people[:presenters]],
        }
    )
