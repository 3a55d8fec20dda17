"""Shared helpers for the timekeeping tests: a fake clock that drives both clocks at once."""

from __future__ import annotations

import datetime as dt

from psg_tui.core.models import Meeting
from tests.clocks import NZ
from tests.clocks import FakeClock as Clocks

TIMING_DAY = dt.datetime(2026, 3, 4, 18, 30, tzinfo=NZ)
"""The evening the timing tests' meetings are held (``make_meeting``)."""


def FakeClock(wall: dt.datetime | None = None, mono: float = 5000.0) -> Clocks:
    """The suite's one fake clock, set to the timing tests' evening."""
    return Clocks(wall or TIMING_DAY, mono)


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
