"""Whole meetings walked with a fake clock: overruns, early finishes, pauses, corrections,
skips, both rebalancing modes, and a crash in the middle of a slot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_timing_support import FakeClock, make_meeting

from psg_tui.core.models import (
    GroupDefaults,
    Meeting,
    MeetingStatus,
    RebalanceMode,
    SlotState,
)
from psg_tui.core.store import dump_toml, parse_model
from psg_tui.core.timing import Level, MeetingEngine, Stage, TimerError, TimerState

CHECK_IN = [110, 150, 95, 130, 120, 140]  # 745 s: 25 s over the 12 minutes planned


def new_clock(
    mode: RebalanceMode = RebalanceMode.ONE_WAY, presenters: int = 4
) -> tuple[MeetingEngine, FakeClock]:
    fake = FakeClock()
    meeting = make_meeting(presenters=presenters, attendees=6)  # 18:30 to 20:30
    clock = MeetingEngine(
        meeting, GroupDefaults(rebalance=mode), clock=fake.monotonic, wall_clock=fake.now
    )
    clock.plan()  # 120 - 28 = 92 min for 4: 23 min each
    return clock, fake


def run_check_in(clock: MeetingEngine, fake: FakeClock) -> None:
    clock.start_meeting()
    for person, seconds in zip(clock.meeting.attendees, CHECK_IN, strict=True):
        clock.start_turn(person.registration_number)
        fake.advance(seconds)
    clock.finish()


def run_slot(clock: MeetingEngine, fake: FakeClock, *phases: float) -> int:
    timer = clock.start_slot()
    planned = round(timer.planned)
    for i, seconds in enumerate(phases):
        if i:
            clock.next_phase()
        fake.advance(seconds)
    clock.finish()
    return planned


def test_plan_and_preview_before_the_meeting() -> None:
    clock, _ = new_clock()
    assert [s.planned_seconds for s in clock.meeting.slots] == [1380] * 4
    schedule = clock.schedule()
    assert schedule.text == "On time: ends 20:30"
    assert schedule.next_slot is not None and schedule.next_slot.text == "Aroha Test: 23 min"
    assert clock.view().stage is Stage.NOT_STARTED and clock.view().timer is None


def test_two_hour_meeting_one_way() -> None:
    clock, fake = new_clock()
    meeting = clock.meeting
    run_check_in(clock, fake)
    assert [e.elapsed_seconds for e in meeting.check_in] == CHECK_IN
    assert meeting.started_at == dt.datetime(2026, 3, 4, 18, 30, tzinfo=fake.wall.tzinfo)
    assert clock.schedule().slip_seconds == pytest.approx(25)

    # Slot 1 overruns by six minutes; the display hears each level once.
    timer = clock.start_slot()
    assert meeting.slots[0].state is SlotState.RUNNING
    assert timer.planned == 1380
    levels: list[Level] = []
    for _ in range(29 * 60 // 15):
        fake.advance(15)
        levels += [e.level for e in clock.poll() if e.scope == "timer"]
        if clock.timer and clock.timer.phase_index == 0 and clock.timer.elapsed >= 480:
            clock.next_phase()
        if clock.timer and clock.timer.phase_index == 1 and clock.timer.elapsed >= 1440:
            clock.next_phase()
    assert levels == [Level.WARNING, Level.TIME_UP, Level.OVERTIME]
    assert clock.view().timer.text == "OVER +6:00"  # type: ignore[union-attr]
    clock.finish()
    slot = meeting.slots[0]
    assert slot.state is SlotState.DONE
    assert slot.phase_seconds.total == 29 * 60
    assert (slot.phase_seconds.present, slot.phase_seconds.discussion) == (480, 960)
    assert slot.ended_at - slot.started_at == dt.timedelta(minutes=29)  # type: ignore[operator]

    # One-way: the three later slots are shortened to catch up, never below 15 minutes.
    schedule = clock.schedule()
    assert schedule.slip_seconds == pytest.approx(25 + 360)
    assert schedule.text.startswith("On time: ends 20:")  # within a minute of 20:30
    assert "shorter in all to keep to time" in schedule.rebalance_text
    assert all(900 <= p.planned_seconds < 1380 for p in schedule.upcoming)
    assert "shorter to catch up" in schedule.next_slot.text  # type: ignore[union-attr]
    next_planned = schedule.next_slot.planned_seconds  # type: ignore[union-attr]

    # Slot 2 finishes early: one-way hands nothing on, later slots go back towards plan.
    assert run_slot(clock, fake, 180, 360, 120) == next_planned
    assert meeting.slots[1].planned_seconds == next_planned
    schedule = clock.schedule()
    assert all(p.planned_seconds <= 1380 for p in schedule.upcoming)
    assert schedule.behind_minutes < 0  # ahead of the booked end now

    # Slot 3: started two minutes late, then a three-minute pause for an interruption.
    timer = clock.start_slot()
    started = meeting.slots[2].started_at
    fake.advance(20)
    clock.correct_elapsed(140)
    assert meeting.slots[2].started_at == started - dt.timedelta(seconds=120)  # type: ignore[operator]
    fake.advance(300)
    clock.pause()
    assert clock.pause() is False
    fake.advance(180)
    assert clock.view().timer.status == "Paused"  # type: ignore[union-attr]
    clock.resume()
    clock.next_phase()
    fake.advance(600)
    clock.next_phase()
    fake.advance(200)
    clock.finish()
    assert meeting.slots[2].phase_seconds.total == 140 + 300 + 600 + 200

    # The fourth presenter had to leave: skipped.
    assert clock.skip_slot(3) is True
    assert clock.skip_slot(3) is False
    assert clock.schedule().upcoming == ()

    clock.begin(Stage.CHECK_OUT)
    for person in meeting.attendees:
        clock.start_turn(person.registration_number)
        fake.advance(60)
    clock.begin(Stage.WRAP_UP)
    assert clock.timer is not None and clock.timer.kind == "wrap_up"
    fake.advance(480)
    end = fake.now()
    clock.end_meeting()

    assert [e.elapsed_seconds for e in meeting.check_out] == [60] * 6
    assert [s.state for s in meeting.slots] == [SlotState.DONE] * 3 + [SlotState.SKIPPED]
    assert meeting.status is MeetingStatus.COMPLETE
    assert meeting.ended_at == end
    assert meeting.live is None
    assert clock.stage is Stage.ENDED
    # Every second of the meeting is accounted for: timed turns and slots, the wrap-up and
    # the pause add up to the time that passed, less the two corrected minutes.
    timed = (
        sum(e.elapsed_seconds for e in meeting.check_in + meeting.check_out)
        + sum(s.phase_seconds.total for s in meeting.slots)
        + 480
    )
    passed = (meeting.ended_at - meeting.started_at).total_seconds()  # type: ignore[operator]
    assert timed == passed - 180 + 120
    assert clock.schedule().text.startswith("On time") or "ahead" in clock.schedule().text


def test_two_way_hands_spare_time_on() -> None:
    one, fake_one = new_clock(RebalanceMode.ONE_WAY)
    two, fake_two = new_clock(RebalanceMode.TWO_WAY)
    for clock, fake in ((one, fake_one), (two, fake_two)):
        run_check_in(clock, fake)
        run_slot(clock, fake, 120, 300, 60)  # 8 minutes of 23: 15 minutes spare
    spare_one = one.schedule().upcoming
    spare_two = two.schedule().upcoming
    assert [p.planned_seconds for p in spare_one] == [1380, 1380, 1380]
    assert all(p.planned_seconds > 1380 for p in spare_two)
    assert all(p.planned_seconds <= 30 * 60 for p in spare_two)
    assert "more from spare time" in spare_two[0].text
    assert "spare time" in two.schedule().rebalance_text
    assert one.schedule().behind_minutes < 0
    assert two.schedule().text.startswith("On time")
    assert run_slot(two, fake_two, 60) == spare_two[0].planned_seconds


def test_when_even_the_minimum_cannot_catch_up_it_says_how_late() -> None:
    clock, fake = new_clock()
    run_check_in(clock, fake)
    clock.start_slot()
    fake.advance(60 * 60)  # an hour-long first slot
    schedule = clock.schedule()
    assert all(p.planned_seconds == 900 for p in schedule.upcoming)
    # 12:25 + 60 + 3 x 15 + 6 + 10 = 133:25 -> 13 min behind
    assert schedule.text == "13 min behind: ends 20:43"


def test_crash_in_the_middle_of_a_slot_resumes_with_the_right_time(tmp_path: Path) -> None:
    clock, fake = new_clock()
    run_check_in(clock, fake)
    clock.start_slot()
    fake.advance(400)
    clock.next_phase()
    clock.extend(60)
    fake.advance(200)
    before = clock.view().timer
    assert before is not None
    path = tmp_path / "meeting.toml"
    path.write_bytes(dump_toml(clock.meeting))
    assert b"[live.timer]" in path.read_bytes()

    # The app dies; it is restarted 90 s later, in a new process with another clock origin.
    later = FakeClock(wall=fake.now() + dt.timedelta(seconds=90), mono=3.0)
    reloaded = parse_model(Meeting, path)
    assert reloaded.live == clock.meeting.live
    again = MeetingEngine(reloaded, GroupDefaults(), clock=later.monotonic, wall_clock=later.now)
    view = again.view().timer
    assert view is not None
    assert again.stage is Stage.SLOTS and again.current_slot_index == 0
    assert view.remaining == pytest.approx(before.remaining - 90)
    assert view.extended == 60
    assert view.phase is not None and view.phase.name == "discussion"
    assert view.phase.elapsed == pytest.approx(290)
    assert again.poll() == []  # nothing is announced twice
    later.advance(30)
    again.next_phase()
    later.advance(100)
    again.finish()
    assert reloaded.slots[0].phase_seconds.total == 400 + 320 + 100
    assert reloaded.slots[0].state is SlotState.DONE


def test_crash_while_paused_and_between_turns(tmp_path: Path) -> None:
    clock, fake = new_clock()
    clock.start_meeting()
    clock.start_turn("70000")
    fake.advance(50)
    clock.pause()
    path = tmp_path / "m.toml"
    path.write_bytes(dump_toml(clock.meeting))
    again = MeetingEngine(
        parse_model(Meeting, path), GroupDefaults(), clock=fake.monotonic, wall_clock=fake.now
    )
    fake.advance(600)
    assert again.timer is not None and again.timer.state is TimerState.PAUSED
    assert again.turn_person == "70000"
    assert again.timer.elapsed == pytest.approx(50)
    again.finish()
    path.write_bytes(dump_toml(again.meeting))
    third = MeetingEngine(parse_model(Meeting, path), GroupDefaults())
    assert third.stage is Stage.CHECK_IN and third.timer is None
    assert third.meeting.check_in[0].elapsed_seconds == 50


def test_a_person_returning_to_their_turn_continues() -> None:
    clock, fake = new_clock()
    clock.start_meeting()
    clock.start_turn("70001")
    fake.advance(40)
    clock.start_turn("70002")  # finishes 70001's turn
    fake.advance(30)
    clock.start_turn("70001")
    fake.advance(20)
    clock.finish()
    assert {e.registration_number: e.elapsed_seconds for e in clock.meeting.check_in} == {
        "70001": 60,
        "70002": 30,
    }


def test_things_that_make_no_sense_are_refused_plainly() -> None:
    clock, fake = new_clock()
    with pytest.raises(TimerError, match="no timer is open"):
        clock.pause()
    with pytest.raises(TimerError, match="has not started: start it before ending it"):
        clock.end_meeting()
    clock.start_meeting()
    assert clock.start_meeting() is False
    clock.start_slot(1)
    assert clock.stage is Stage.SLOTS
    with pytest.raises(TimerError, match="finish or skip Ben Sample's slot first"):
        clock.start_slot(2)
    with pytest.raises(TimerError, match="cannot go back to check-in round"):
        clock.begin(Stage.CHECK_IN)
    with pytest.raises(TimerError, match="turns are timed in the check-in and check-out rounds"):
        clock.start_turn("70000")
    fake.advance(60)
    clock.finish()
    with pytest.raises(TimerError, match="Ben Sample's slot is done: it cannot start again"):
        clock.start_slot(1)
    with pytest.raises(TimerError, match="only a pending or running slot can be skipped"):
        clock.skip_slot(1)
    with pytest.raises(TimerError, match="there is no slot 9"):
        clock.start_slot(8)
    clock.end_meeting()
    assert clock.end_meeting() is False
    with pytest.raises(TimerError, match="has ended: it cannot start again"):
        clock.start_meeting()
    # Slots that never ran are marked skipped so the notes do not claim they happened.
    assert [s.state for s in clock.meeting.slots] == [
        SlotState.SKIPPED,
        SlotState.DONE,
        SlotState.SKIPPED,
        SlotState.SKIPPED,
    ]


def test_skipping_a_running_slot_keeps_its_time() -> None:
    clock, fake = new_clock()
    clock.start_meeting()
    clock.start_slot()
    fake.advance(75)
    clock.skip_slot(0)
    slot = clock.meeting.slots[0]
    assert slot.state is SlotState.SKIPPED
    assert slot.phase_seconds.present == 75
    assert slot.ended_at is not None
    assert clock.timer is None
    assert clock.next_pending_index() == 1


def test_a_slot_added_without_a_plan_gets_the_usual_length() -> None:
    clock, _ = new_clock(presenters=2)
    clock.meeting.slots.append(clock.meeting.slots[0].model_copy(update={"planned_seconds": 0}))
    clock.meeting.slots[-1].presenter = "70004"
    preview = clock.preview(2)
    assert preview is not None and preview.base_seconds == 20 * 60


def test_a_stale_saved_timer_does_not_stop_the_meeting(tmp_path: Path) -> None:
    clock, fake = new_clock()
    clock.start_meeting()
    clock.start_slot(3)
    fake.advance(30)
    meeting = clock.meeting.model_copy(deep=True)
    meeting.slots = meeting.slots[:2]  # someone removed the running slot by hand
    again = MeetingEngine(meeting, GroupDefaults(), clock=fake.monotonic, wall_clock=fake.now)
    assert again.timer is None
    assert (
        again.restore_note == "The saved timer was not resumed: it points at slot 4, which is gone."
    )
    assert again.stage is Stage.SLOTS
    again.start_slot(0)


def test_an_end_before_the_start_does_not_break_the_display() -> None:
    clock, _ = new_clock()
    clock.meeting.end_time = dt.time(18, 0)
    assert clock.schedule().planned_end == clock.planned_end()
    assert clock.planned_end() is not None
    assert clock.view().schedule.text


def test_a_naive_wall_clock_is_refused() -> None:
    with pytest.raises(TimerError, match="timezone-aware"):
        MeetingEngine(make_meeting(), wall_clock=lambda: dt.datetime(2026, 3, 4, 18, 30))


def test_the_group_warning_settings_reach_the_slot_timer() -> None:
    fake = FakeClock()
    defaults = GroupDefaults(warning_seconds=300, warning_fraction=0.0)
    clock = MeetingEngine(make_meeting(), defaults, clock=fake.monotonic, wall_clock=fake.now)
    clock.plan()
    clock.start_slot()  # 23 minutes: warns at 5 minutes left
    fake.advance(23 * 60 - 301)
    assert [e.level for e in clock.poll() if e.scope == "timer"] == []
    fake.advance(2)
    assert [e.level for e in clock.poll() if e.scope == "timer"] == [Level.WARNING]


def test_record_now_writes_partial_times_for_an_autosave() -> None:
    clock, fake = new_clock()
    clock.start_slot()
    fake.advance(95.4)
    clock.record_now()
    assert clock.meeting.slots[0].phase_seconds.present == 95
    assert clock.meeting.slots[0].state is SlotState.RUNNING


def test_a_meeting_run_on_another_day_is_timed_from_its_actual_start() -> None:
    """Booked for 9 December, run on 26 November: not "18466 min ahead"."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from psg_tui.core.models import Meeting
    from psg_tui.core.timing import MeetingEngine

    nz = ZoneInfo("Pacific/Auckland")
    meeting = Meeting(
        date=dt.date(2026, 12, 9), start_time=dt.time(18, 30), end_time=dt.time(20, 0)
    )
    now = [dt.datetime(2026, 11, 26, 9, 0, tzinfo=nz)]
    clock = MeetingEngine(meeting, clock=lambda: 0.0, wall_clock=lambda: now[0])
    clock.start_meeting()
    assert clock.planned_end() == dt.datetime(2026, 11, 26, 10, 30, tzinfo=nz)
    # Nothing but the 10-minute wrap-up is left: it ends at 09:10, 80 min ahead of 10:30.
    assert clock.schedule().behind_minutes == -80


def test_a_skipped_slot_that_used_no_time_can_come_back() -> None:
    """F7 was a slip, or the presenter arrived late: the slot returns to pending; a slot
    that had run keeps its recorded time and stays skipped."""
    import datetime as dt

    import pytest

    from psg_tui.core.models import Meeting, Member, Slot, SlotState
    from psg_tui.core.timing import MeetingEngine, Stage, TimerError

    people = [Member(name=f"P{i}", registration_number=str(1000 + i)) for i in range(4)]
    meeting = Meeting(
        date=dt.date(2026, 12, 9),
        attendees=people,
        slots=[Slot(presenter=p.registration_number) for p in people[:2]],
    )
    now = [1000.0]
    wall = dt.datetime(2026, 12, 9, 18, 30, tzinfo=dt.UTC)
    clock = MeetingEngine(meeting, clock=lambda: now[0], wall_clock=lambda: wall)
    clock.begin(Stage.SLOTS)
    clock.skip_slot(1)
    assert meeting.slots[1].state is SlotState.SKIPPED
    assert clock.restore_slot(1) is True
    assert meeting.slots[1].state is SlotState.PENDING
    assert clock.restore_slot(1) is False  # not skipped: nothing to do
    clock.start_slot(0)
    now[0] += 120
    clock.skip()
    with pytest.raises(TimerError, match="already used 2 min"):
        clock.restore_slot(0)
