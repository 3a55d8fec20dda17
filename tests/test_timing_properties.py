"""Property tests: the plan never exceeds the meeting, no slot below its minimum, and the
time recorded always equals the time that passed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_timing_support import FakeClock, make_meeting

from psg_tui.core.models import GroupDefaults, RebalanceMode, SlotState
from psg_tui.core.timing import (
    MeetingEngine,
    PlanError,
    PlanRules,
    Presenter,
    ShareMode,
    Stage,
    Timer,
    TimerError,
    TimerState,
    make_plan,
    share_time,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def plan_inputs(draw: st.DrawFn) -> dict[str, object]:
    minimum = draw(st.integers(1, 40))
    rules = PlanRules(
        check_in_minutes_per_person=draw(st.integers(0, 5)),
        check_out_minutes_per_person=draw(st.integers(0, 5)),
        wrap_up_minutes=draw(st.integers(0, 30)),
        min_slot_minutes=minimum,
        max_slot_minutes=draw(st.integers(minimum, 60)),
        slot_minutes=draw(st.integers(1, 60)),
    )
    attendees = draw(st.integers(0, 12))
    count = draw(st.integers(0, attendees))
    requests = draw(st.lists(st.integers(0, 120), min_size=count, max_size=count))
    return {
        "meeting_minutes": draw(st.integers(1, 300)),
        "presenters": [Presenter(str(1000 + i), r) for i, r in enumerate(requests)],
        "attendees": attendees,
        "rules": rules,
        "mode": draw(st.sampled_from([None, ShareMode.EQUAL, ShareMode.REQUESTED])),
    }


@FAST
@given(plan_inputs())
def test_plan_fits_or_says_why(inputs: dict[str, object]) -> None:
    rules: PlanRules = inputs["rules"]  # type: ignore[assignment]
    count = len(inputs["presenters"])  # type: ignore[arg-type]
    attendees: int = inputs["attendees"]  # type: ignore[assignment]
    total: int = inputs["meeting_minutes"]  # type: ignore[assignment]
    fixed = (
        rules.check_in_minutes_per_person + rules.check_out_minutes_per_person
    ) * attendees + rules.wrap_up_minutes
    try:
        plan = make_plan(**inputs)  # type: ignore[arg-type]
    except PlanError as error:
        # It refuses only when the minimum slots truly cannot fit, and says by how much.
        assert fixed + count * rules.min_slot_minutes > total
        assert f"extend to {fixed + count * rules.min_slot_minutes} min" in str(error)
        return
    assert fixed + count * rules.min_slot_minutes <= total
    assert plan.used_seconds <= plan.total_seconds
    assert plan.used_seconds + plan.spare_seconds == plan.total_seconds
    for slot in plan.slots:
        assert slot.planned_seconds >= rules.min_slot_minutes * 60
        assert sum(slot.phase_seconds) == slot.planned_seconds
        assert min(slot.phase_seconds) >= 0
    if plan.mode is ShareMode.EQUAL and plan.slots:
        assert len({s.planned_seconds for s in plan.slots}) == 1
        assert plan.slots[0].planned_seconds <= rules.max_slot_minutes * 60
    assert plan.explain()


@FAST
@given(
    budget=st.integers(-100, 20_000),
    bases=st.lists(st.integers(1, 60), min_size=1, max_size=8),
    minimum=st.integers(1, 30),
)
def test_share_time_stays_in_bounds(budget: int, bases: list[int], minimum: int) -> None:
    base = [b * 60 for b in bases]
    floors = [min(minimum * 60, b) for b in base]
    parts = share_time(budget, base, floors, base)
    assert all(f <= p <= b for p, f, b in zip(parts, floors, base, strict=True))
    if budget >= sum(floors):
        assert sum(parts) <= budget
    else:
        assert parts == floors


OPS = st.lists(
    st.tuples(
        st.sampled_from(["advance", "pause", "resume", "next", "extend", "correct"]),
        st.floats(0, 900, allow_nan=False),
    ),
    max_size=40,
)


@FAST
@given(planned=st.lists(st.integers(0, 1800), min_size=1, max_size=3), ops=OPS)
def test_timer_elapsed_is_exactly_the_running_time(planned: list[int], ops: list) -> None:
    clock = FakeClock()
    timer = Timer(planned, clock=clock.monotonic)
    timer.start()
    running = 0.0
    corrected = 0.0
    for op, amount in ops:
        if op == "advance":
            clock.advance(amount)
            if timer.state is TimerState.RUNNING:
                running += amount
        elif op == "pause":
            timer.pause()
        elif op == "resume":
            timer.resume()
        elif op == "next" and not timer.is_last_phase:
            timer.next_phase()
        elif op == "extend" and amount > 0:
            timer.extend(amount)
        elif op == "correct":
            before = timer.elapsed
            earlier = before - timer.phase_elapsed(timer.phase_index)
            if amount < earlier:
                with pytest.raises(TimerError):
                    timer.correct_elapsed(amount)
            else:
                timer.correct_elapsed(amount)
                corrected += amount - before
        assert timer.elapsed == pytest.approx(running + corrected, abs=1e-6)
        assert timer.remaining == pytest.approx(timer.planned - timer.elapsed, abs=1e-6)
        assert timer.planned >= 0
        assert all(timer.phase_planned(i) >= 0 for i in range(timer.phase_count))
        assert sum(timer.phase_elapsed(i) for i in range(timer.phase_count)) == pytest.approx(
            timer.elapsed, abs=1e-6
        )
        assert timer.poll() is not None


@settings(max_examples=60, deadline=None)
@given(
    mode=st.sampled_from(list(RebalanceMode)),
    slots=st.lists(
        st.tuples(st.integers(60, 3600), st.integers(0, 600), st.booleans()),
        min_size=4,
        max_size=4,
    ),
    turns=st.lists(st.integers(0, 400), min_size=6, max_size=6),
)
def test_whole_meeting_accounts_for_every_second(
    mode: RebalanceMode, slots: list[tuple[int, int, bool]], turns: list[int]
) -> None:
    fake = FakeClock()
    meeting = make_meeting(presenters=4, attendees=6)
    defaults = GroupDefaults(rebalance=mode)
    clock = MeetingEngine(meeting, defaults, clock=fake.monotonic, wall_clock=fake.now)
    clock.plan()
    bases = [s.planned_seconds for s in meeting.slots]
    clock.start_meeting()
    paused = 0
    for person, seconds in zip(meeting.attendees, turns, strict=True):
        clock.start_turn(person.registration_number)
        fake.advance(seconds)
    clock.finish()
    for index, (seconds, pause, skip) in enumerate(slots):
        preview = clock.schedule().next_slot
        assert preview is not None and preview.index == index
        # Never below the minimum; one-way never above the plan; two-way within the max.
        assert preview.planned_seconds >= defaults.min_slot_minutes * 60
        if mode is RebalanceMode.ONE_WAY:
            assert preview.planned_seconds <= bases[index]
        else:
            assert preview.planned_seconds <= max(bases[index], defaults.max_slot_minutes * 60)
        if skip:
            clock.skip_slot(index)
            continue
        timer = clock.start_slot()
        assert timer.planned == preview.planned_seconds
        fake.advance(seconds // 2)
        clock.pause()
        fake.advance(pause)
        paused += pause
        clock.resume()
        clock.next_phase()
        fake.advance(seconds - seconds // 2)
        clock.finish()
        assert meeting.slots[index].phase_seconds.total == seconds
    clock.begin(Stage.CHECK_OUT)
    for person in meeting.attendees:
        clock.start_turn(person.registration_number)
        fake.advance(45)
    clock.end_meeting()
    recorded = sum(e.elapsed_seconds for e in meeting.check_in + meeting.check_out) + sum(
        s.phase_seconds.total for s in meeting.slots
    )
    passed = (meeting.ended_at - meeting.started_at).total_seconds()  # type: ignore[operator]
    assert recorded == passed - paused
    assert all(s.state in (SlotState.DONE, SlotState.SKIPPED) for s in meeting.slots)
    assert meeting.live is None
