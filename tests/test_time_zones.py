"""One time zone, the meeting's, for every time the app records and shows, whatever zone
the computer is set to (TZ=UTC on a server, Pacific/Auckland on a laptop)."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from psg_tui.core.timing import MeetingEngine
from psg_tui.core.timing.text import time_of_day
from tests.test_timing_support import make_meeting

NZ = ZoneInfo("Pacific/Auckland")


@pytest.fixture(params=["UTC", "Pacific/Auckland", "America/New_York"])
def computer_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_the_engine_records_and_shows_the_meetings_zone(computer_zone: str) -> None:
    meeting = make_meeting()
    engine = MeetingEngine(meeting)  # the system wall clock, in the computer's zone
    engine.start_meeting()
    started = meeting.started_at
    assert started is not None
    assert started.utcoffset() == dt.datetime.now(NZ).utcoffset()
    engine.start_slot()
    assert meeting.slots[0].started_at.tzinfo is not None
    assert meeting.slots[0].started_at.utcoffset() == started.utcoffset()
    # "ends 20:15" is read off the meeting's clock, as the PDF prints it
    end = engine.view().schedule.projected_end
    assert end.utcoffset() == started.utcoffset()
    assert time_of_day(end) == end.astimezone(NZ).strftime("%H:%M")


def test_a_fake_utc_wall_clock_is_shown_in_nz(computer_zone: str) -> None:
    meeting = make_meeting()
    utc = dt.datetime(2026, 3, 4, 5, 30, tzinfo=dt.UTC)  # 6:30 pm in Auckland (NZDT)
    engine = MeetingEngine(meeting, wall_clock=lambda: utc)
    engine.start_meeting()
    assert meeting.started_at == utc
    assert meeting.started_at.astimezone(NZ).hour == 18
    assert str(meeting.started_at.utcoffset()) == "13:00:00"
    assert meeting.times_held()[0] == dt.time(18, 30)
