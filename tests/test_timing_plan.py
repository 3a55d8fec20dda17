"""The meeting plan: fair shares, requested minutes, plain refusals, phase splits."""

from __future__ import annotations

import datetime as dt

import pytest
from test_timing_support import NZ, make_meeting

from psg_tui.core.models import GroupDefaults, PhaseShares, SlotState
from psg_tui.core.timing import (
    PlanError,
    PlanRules,
    Presenter,
    ShareMode,
    make_plan,
    phase_share_tuple,
    phase_split,
    plan_for_meeting,
    share_time,
)

START = dt.datetime(2026, 3, 4, 18, 30, tzinfo=NZ)


def test_equal_shares_fit_and_explain_themselves() -> None:
    plan = make_plan(90, ["1", "2", "3"], attendees=6, start=START)
    # 90 - (6x2 check-in + 6x1 check-out + 10 wrap-up = 28) = 62 min; 62/3 = 20.7 -> 20 each.
    assert [s.planned_seconds for s in plan.slots] == [1200, 1200, 1200]
    assert plan.spare_seconds == 2 * 60
    assert plan.used_seconds + plan.spare_seconds == plan.total_seconds
    assert plan.mode is ShareMode.EQUAL
    text = "\n".join(plan.explain())
    assert "take 28 min, which leaves 62 min for 3 presenters" in text
    assert "rounded down to 20 min" in text
    assert "18:42  1: 20 min (present 6:00, discussion 11:00, takeaways 3:00)" in text
    assert "2 min spare" in text
    assert plan.planned_end == START + dt.timedelta(minutes=90)


def test_equal_shares_are_capped_at_the_maximum() -> None:
    plan = make_plan(120, ["1", "2"], attendees=4)
    assert [s.planned_seconds for s in plan.slots] == [1800, 1800]
    assert plan.spare_seconds == (120 - 22 - 60) * 60
    assert any("capped at the 30 min maximum" in line for line in plan.explain())


def test_the_example_from_the_issue_is_refused_plainly() -> None:
    rules = PlanRules(
        check_in_minutes_per_person=0, check_out_minutes_per_person=0, wrap_up_minutes=20
    )
    with pytest.raises(PlanError) as caught:
        make_plan(90, [str(i) for i in range(6)], attendees=6, rules=rules)
    assert str(caught.value) == (
        "6 presenters x 15 min does not fit in 90 min (wrap-up (20 min) takes 20 min): "
        "drop 2 presenters or extend to 110 min"
    )


def test_refusal_counts_the_rounds_and_suggests_one_drop() -> None:
    with pytest.raises(PlanError, match=r"drop a presenter or extend to 103 min"):
        # 5 x 15 = 75 plus 28 for rounds and wrap-up = 103 > 90; 62 // 15 = 4 fit.
        make_plan(90, [str(i) for i in range(5)], attendees=6)


def test_more_presenters_than_minutes() -> None:
    with pytest.raises(PlanError, match="no presenter fits"):
        make_plan(20, [str(i) for i in range(30)], attendees=30)


def test_requests_that_fit_are_granted() -> None:
    people = [Presenter("1", 30, "Aroha"), Presenter("2", 25, "Ben"), Presenter("3")]
    plan = make_plan(120, people, attendees=6)
    assert plan.mode is ShareMode.REQUESTED
    assert [s.planned_seconds // 60 for s in plan.slots] == [30, 25, 20]
    assert "no request, taken as 20 min" in plan.slots[2].note


def test_requests_are_scaled_down_together_never_below_the_minimum() -> None:
    people = [Presenter("1", 60), Presenter("2", 30), Presenter("3", 16)]
    plan = make_plan(90, people, attendees=6)  # 62 min available for 106 asked
    minutes = [s.planned_seconds / 60 for s in plan.slots]
    assert sum(minutes) == 62
    assert minutes[2] == 15  # raised to the floor, not scaled below it
    assert minutes[0] > minutes[1] > minutes[2]
    assert minutes[0] / minutes[1] == pytest.approx(2, abs=0.15)
    assert any("scaled to about" in line for line in plan.explain())


def test_a_request_below_the_minimum_is_raised() -> None:
    plan = make_plan(120, [Presenter("1", 5)], attendees=4)
    assert plan.slots[0].planned_seconds == 15 * 60
    assert "raised to the minimum" in plan.slots[0].note


def test_equal_mode_ignores_requests_when_asked() -> None:
    people = [Presenter("1", 40), Presenter("2", 10)]
    plan = make_plan(100, people, attendees=4, mode=ShareMode.EQUAL)
    assert plan.slots[0].planned_seconds == plan.slots[1].planned_seconds


@pytest.mark.parametrize(
    ("minutes", "message"),
    [(0, "at least 1 minute"), (-5, "at least 1 minute"), (1.5, "at least 1 minute")],
)
def test_bad_meeting_lengths(minutes: object, message: str) -> None:
    with pytest.raises(PlanError, match=message):
        make_plan(minutes, ["1"], attendees=4)  # type: ignore[arg-type]


def test_bad_rules_and_requests() -> None:
    with pytest.raises(PlanError, match="at least 1 minute"):
        make_plan(90, ["1"], attendees=4, rules=PlanRules(min_slot_minutes=0))
    with pytest.raises(PlanError, match="longer than the longest"):
        make_plan(90, ["1"], attendees=4, rules=PlanRules(min_slot_minutes=40, max_slot_minutes=30))
    with pytest.raises(PlanError, match="0 or more whole minutes"):
        make_plan(90, ["1"], attendees=4, rules=PlanRules(wrap_up_minutes=-1))
    with pytest.raises(PlanError, match="asked for -3 minutes"):
        make_plan(90, [Presenter("1", -3)], attendees=4)
    with pytest.raises(PlanError, match="every presenter must be an attendee"):
        make_plan(90, ["1", "2", "3"], attendees=2)
    with pytest.raises(PlanError, match="attendees must be 0 or more"):
        make_plan(90, [], attendees=-1)


def test_rounds_alone_too_long() -> None:
    with pytest.raises(
        PlanError, match="more than the 30 min meeting: shorten them or extend to 40"
    ):
        make_plan(30, [], attendees=10)


def test_no_presenters_is_a_plan_of_rounds() -> None:
    plan = make_plan(60, [], attendees=5)
    assert plan.slots == ()
    assert [b.kind for b in plan.blocks()] == ["check_in", "check_out", "wrap_up", "spare"]


def test_phase_split_adds_up_exactly() -> None:
    assert phase_split(1001, PhaseShares()) == (300, 551, 150)
    assert sum(phase_split(1381, (33, 33, 34))) == 1381
    assert phase_split(0, (30, 55, 15)) == (0, 0, 0)
    with pytest.raises(PlanError):
        phase_split(-1, (30, 55, 15))


@pytest.mark.parametrize(
    ("shares", "message"),
    [
        ((30, 50, 15), "add up to 95%, they must add up to 100%"),
        ((30, 55), "give three phase shares"),
        ({"present": 50, "chat": 50}, "unknown phase 'chat'"),
        ((120, -10, -10), "whole percent from 0 to 100"),
    ],
)
def test_phase_shares_that_do_not_make_sense(shares: object, message: str) -> None:
    with pytest.raises(PlanError, match=message):
        phase_share_tuple(shares)  # type: ignore[arg-type]
    with pytest.raises(PlanError, match=message):
        make_plan(90, ["1"], attendees=4, rules=PlanRules(phase_shares=shares))  # type: ignore[arg-type]


def test_share_time_respects_floors_caps_and_budget() -> None:
    parts = share_time(3000, [1, 2, 3], [600, 600, 600], [3600, 3600, 3600])
    assert sum(parts) <= 3000
    assert all(600 <= p <= 3600 for p in parts)
    assert share_time(100, [1, 1], [600, 600], [900, 900]) == [600, 600]  # floors do not fit
    assert share_time(10_000, [1, 1], [600, 600], [900, 900]) == [900, 900]
    assert share_time(0, [], [], []) == []


def test_plan_for_meeting_uses_the_model_and_writes_back() -> None:
    meeting = make_meeting(presenters=3, attendees=6, start="18:30:00", end="20:00:00")
    meeting.slots[1].requested_minutes = 25
    meeting.slots[2].state = SlotState.SKIPPED
    plan = plan_for_meeting(meeting, GroupDefaults())
    assert [s.index for s in plan.slots] == [0, 1]
    assert plan.start == START.replace(day=4)
    assert plan.slots[0].who == "Aroha Test"
    plan.apply_to(meeting)
    assert meeting.slots[0].planned_seconds == plan.slots[0].planned_seconds > 0
    assert meeting.slots[2].planned_seconds == 0


def test_plan_for_meeting_refuses_an_end_before_the_start() -> None:
    meeting = make_meeting(start="18:30:00", end="18:00:00")
    with pytest.raises(PlanError, match="end time 18:00 is not after its start time 18:30"):
        plan_for_meeting(meeting, GroupDefaults())


def test_the_engine_imports_no_user_interface() -> None:
    import subprocess
    import sys

    code = (
        "import sys, psg_tui.core.timing; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'weasyprint')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
