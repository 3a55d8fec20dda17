"""One drift-free timer: remaining from the clock, pauses, phases, levels, errors, resuming."""

from __future__ import annotations

import datetime as dt

import pytest
from test_timing_support import FakeClock

from psg_tui.core.models import SavedTimer
from psg_tui.core.timing import (
    Level,
    Timer,
    TimerError,
    TimerState,
    WarningRule,
    level_text,
)

PHASES = ("present", "discussion", "takeaways")


def slot_timer(clock: FakeClock, phases: tuple[float, ...] = (360, 660, 180)) -> Timer:
    """A 20-minute slot (6 + 11 + 3 minutes) for Aroha."""
    return Timer(phases, clock=clock.monotonic, phase_names=PHASES, label="Aroha", kind="slot")


def test_remaining_is_read_from_the_clock_not_counted() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(37.25)
    assert timer.elapsed == pytest.approx(37.25)
    assert timer.remaining == pytest.approx(1200 - 37.25)
    clock.advance(0.5)  # however seldom it is read, the answer is the same
    assert timer.remaining == pytest.approx(1200 - 37.75)
    view = timer.view()
    assert view.text == "19:23 left"  # 1162.25 s rounds up, as a countdown does
    assert view.phase is not None and view.phase.name == "present"


def test_pauses_are_left_out_and_repeats_are_no_ops() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    with pytest.raises(TimerError, match="has not started: there is nothing to pause"):
        timer.pause()
    assert timer.start() is True
    assert timer.start() is False
    clock.advance(100)
    assert timer.pause() is True
    assert timer.pause() is False  # documented no-op
    clock.advance(500)
    assert timer.elapsed == pytest.approx(100)
    assert timer.view().status == "Paused"
    assert timer.resume() is True
    assert timer.resume() is False
    clock.advance(50)
    assert timer.elapsed == pytest.approx(150)
    assert timer.toggle_pause() is TimerState.PAUSED
    assert timer.toggle_pause() is TimerState.RUNNING


@pytest.mark.parametrize(
    ("planned", "threshold"),
    [(1200, 180), (600, 120), (60, 30), (0, 0)],
)
def test_warning_threshold(planned: float, threshold: float) -> None:
    # 2 minutes or 15% whichever is larger, never earlier than half-way.
    assert WarningRule().threshold(planned) == threshold


def test_level_texts_in_words() -> None:
    rule = WarningRule()
    assert rule.level(1200, 0) is Level.ON_TRACK
    assert rule.level(1200, 1020) is Level.WARNING
    assert rule.level(1200, 1200) is Level.TIME_UP
    assert rule.level(1200, 1209) is Level.TIME_UP
    assert rule.level(1200, 1210) is Level.OVERTIME
    assert level_text(Level.WARNING, 120) == "2:00 left"
    assert level_text(Level.WARNING, 0.2) == "0:01 left"
    assert level_text(Level.TIME_UP, -3) == "TIME UP"
    assert level_text(Level.OVERTIME, -90) == "OVER +1:30"
    assert level_text(Level.ON_TRACK, 3725) == "1:02:05 left"


def test_each_crossing_is_reported_exactly_once() -> None:
    clock = FakeClock()
    timer = Timer([600], clock=clock.monotonic, label="Ben", kind="check_in")
    timer.start()
    assert timer.poll() == []
    clock.advance(479)
    assert timer.poll() == []
    clock.advance(2)  # 119 s left: warning
    events = timer.poll()
    assert [(e.previous, e.level) for e in events] == [(Level.ON_TRACK, Level.WARNING)]
    assert events[0].louder and events[0].message == "Ben: nearly time"
    assert events[0].elapsed == pytest.approx(480)
    for _ in range(5):
        clock.advance(1)
        assert timer.poll() == []
    # A display that stalls past two thresholds still hears about both, in order.
    clock.advance(200)
    events = timer.poll()
    assert [e.level for e in events] == [Level.TIME_UP, Level.OVERTIME]
    assert [e.elapsed for e in events] == [600, 610]
    assert timer.poll() == []
    # An extension lowers the level: one quiet event; crossing again rings again.
    timer.extend(300)
    events = timer.poll()
    assert [(e.level, e.louder) for e in events] == [(Level.ON_TRACK, False)]
    assert events[0].message == "Ben: back on track"
    clock.advance(224)
    assert [e.level for e in timer.poll()] == [Level.WARNING, Level.TIME_UP, Level.OVERTIME]


def test_phases_say_when_their_time_is_up() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(361)
    events = timer.poll()
    assert [(e.scope, e.phase, e.level) for e in events] == [("phase", "present", Level.TIME_UP)]
    assert events[0].message == "Aroha: present: time is up"


def test_next_phase_reshares_what_the_slot_has_left() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(240)  # presented in 4 of 6 minutes: 16 minutes left for 11 + 3
    timer.next_phase()
    assert timer.phase_index == 1
    assert timer.phase_planned(1) + timer.phase_planned(2) == 960
    assert timer.phase_planned(1) == round(960 * 11 / 14)
    clock.advance(900)  # long discussion: takeaways gets what is left
    timer.next_phase()
    assert timer.phase_planned(2) == 60
    assert timer.is_last_phase
    with pytest.raises(TimerError, match="Takeaways is the last phase: finish the slot instead"):
        timer.next_phase()
    clock.advance(120)
    timer.finish()
    assert [timer.phase_elapsed(i) for i in range(3)] == [240, 900, 120]
    assert timer.overtime == pytest.approx(60)
    assert timer.view().text == "OVER +1:00"


def test_next_phase_while_paused_stays_paused() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(60)
    timer.pause()
    timer.next_phase()
    clock.advance(100)
    assert timer.state is TimerState.PAUSED
    assert timer.phase_elapsed(1) == 0


def test_extend_adds_to_slot_and_phase() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    timer.extend(60)
    timer.extend(300)
    assert timer.planned == 1560
    assert timer.phase_planned(0) == 720
    assert timer.extended == 360
    with pytest.raises(TimerError, match="positive number of seconds"):
        timer.extend(0)
    with pytest.raises(TimerError, match="positive number of seconds"):
        timer.extend(-60)
    clock.advance(10)
    timer.finish()
    with pytest.raises(TimerError, match="Aroha's slot is finished: it cannot be extended"):
        timer.extend(60)


def test_correct_elapsed_when_the_clock_was_started_late() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(30)
    timer.correct_elapsed(210)  # they had been going three minutes already
    assert timer.elapsed == pytest.approx(210)
    assert timer.corrected == pytest.approx(180)
    clock.advance(10)
    assert timer.elapsed == pytest.approx(220)
    timer.next_phase()
    clock.advance(60)
    with pytest.raises(TimerError, match="earlier phases already took 3:40"):
        timer.correct_elapsed(100)
    with pytest.raises(TimerError, match="must be 0 or more seconds"):
        timer.correct_elapsed(-1)
    timer.correct_elapsed(250)
    assert timer.phase_elapsed(1) == pytest.approx(30)


def test_finish_and_skip() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    with pytest.raises(TimerError, match="has not started: skip it instead"):
        timer.finish()
    timer.start()
    clock.advance(5)
    assert timer.finish() is True
    assert timer.finish() is False
    with pytest.raises(TimerError, match="is finished: it cannot be skipped"):
        timer.skip()
    with pytest.raises(TimerError, match="cannot be paused"):
        timer.pause()
    assert timer.poll() == []
    other = slot_timer(clock)
    assert other.skip() is True
    assert other.skip() is False
    assert other.view().status == "Skipped"


def test_nonsense_plans_are_refused() -> None:
    with pytest.raises(TimerError, match="must be 0 or more seconds"):
        Timer([-5])
    with pytest.raises(TimerError, match="at least one phase"):
        Timer([])


def test_a_zero_length_turn_is_simply_time_up() -> None:
    clock = FakeClock()
    timer = Timer([0], clock=clock.monotonic, kind="check_out")
    timer.start()
    assert timer.view().text == "TIME UP"
    assert [e.level for e in timer.poll()] == [Level.TIME_UP]


def test_saved_running_timer_resumes_with_wall_time_counted() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(200)
    timer.next_phase()
    clock.advance(100)
    live = timer.to_live(clock.now(), index=2)
    assert live.state == "running"
    assert live.running_since == clock.now() - dt.timedelta(seconds=100)
    # The app crashes; 45 s later a new process (another monotonic origin) reloads it.
    saved = SavedTimer.model_validate_json(live.model_dump_json())
    later = FakeClock(wall=clock.now() + dt.timedelta(seconds=45), mono=12.0)
    again = Timer.from_live(saved, later.now(), clock=later.monotonic, phase_names=PHASES)
    assert again.elapsed == pytest.approx(345)
    assert again.phase_index == 1
    assert again.remaining == pytest.approx(timer.remaining - 45)
    assert again.poll() == []  # levels already reached are not announced twice
    later.advance(10)
    assert again.elapsed == pytest.approx(355)


def test_saved_paused_timer_does_not_count_the_gap() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(90)
    timer.pause()
    live = timer.to_live(clock.now())
    assert live.running_since is None
    again = Timer.from_live(live, clock.now() + dt.timedelta(hours=1), clock=clock.monotonic)
    assert again.elapsed == pytest.approx(90)
    assert again.state is TimerState.PAUSED


def test_wall_clock_set_backwards_counts_as_no_time() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    clock.advance(30)
    live = timer.to_live(clock.now())
    again = Timer.from_live(live, clock.now() - dt.timedelta(minutes=5), clock=clock.monotonic)
    assert again.elapsed == pytest.approx(0)


def test_finished_timer_cannot_be_saved_as_live() -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.skip()
    with pytest.raises(TimerError, match="nothing to resume"):
        timer.to_live(clock.now())


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -1.0])
def test_non_numbers_are_refused(bad: float) -> None:
    clock = FakeClock()
    timer = slot_timer(clock)
    timer.start()
    with pytest.raises(TimerError):
        timer.extend(bad)
    with pytest.raises(TimerError):
        timer.correct_elapsed(bad)
    with pytest.raises(TimerError):
        Timer([bad])
    assert timer.planned == 1200


def test_live_state_must_be_consistent() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="running_since is set exactly when"):
        SavedTimer(kind="slot", state="running")
    with pytest.raises(ValidationError, match="differ in length"):
        SavedTimer(kind="slot", phase_planned_seconds=[1, 2], phase_elapsed_seconds=[0])
    with pytest.raises(ValidationError, match="phase 2 does not exist"):
        SavedTimer(kind="slot", phase=2, phase_planned_seconds=[1], phase_elapsed_seconds=[0])
    with pytest.raises(ValidationError):
        SavedTimer(
            kind="slot",
            state="running",
            running_since=dt.datetime(2026, 3, 4, 18, 30),  # naive: refused
        )


def test_warning_rule_comes_from_the_group() -> None:
    from psg_tui.core.models import GroupDefaults

    rule = WarningRule.from_defaults(GroupDefaults(warning_seconds=300, warning_fraction=0.1))
    assert rule.threshold(1200) == 300
    assert rule.threshold(4000) == 400
