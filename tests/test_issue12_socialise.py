"""Issue 12 item 14: time to socialise at the end, in the plan. A group default and the
meeting's own minutes, taken out of the time shared between presenters, said in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_timing_support import NZ, FakeClock, make_meeting

from psg_tui.core import planning
from psg_tui.core.models import Group, GroupDefaults, Meeting, MeetingTiming, Modality
from psg_tui.core.timing import MeetingEngine, PlanRules, make_plan, plan_for_meeting

START = dt.datetime(2026, 3, 4, 18, 30, tzinfo=NZ)


def test_socialising_is_taken_out_of_the_presenters_time_and_said() -> None:
    without = make_plan(90, ["1", "2", "3"], attendees=6, start=START)
    rules = PlanRules(socialise_minutes=15)
    plan = make_plan(90, ["1", "2", "3"], attendees=6, start=START, rules=rules)
    # 90 - (12 check-in + 6 check-out + 10 wrap-up + 15 socialising = 43) = 47; 47/3 -> 15
    assert [s.planned_seconds for s in plan.slots] == [15 * 60] * 3
    assert sum(s.planned_seconds for s in plan.slots) < sum(
        s.planned_seconds for s in without.slots
    )
    assert plan.socialise_seconds == 15 * 60
    assert plan.used_seconds + plan.spare_seconds == plan.total_seconds
    text = "\n".join(plan.explain())
    assert (
        "Check-in (6 x 2 min), check-out (6 x 1 min), wrap-up (10 min) and time to "
        "socialise (15 min) take 43 min, which leaves 47 min for 3 presenters." in text
    )
    blocks = plan.blocks()
    assert [b.kind for b in blocks][-3:] == ["wrap_up", "socialise", "spare"]
    social = blocks[-2]
    assert social.label == "Time to socialise" and social.planned_seconds == 15 * 60
    assert social.starts_at == START + dt.timedelta(minutes=90 - 15 - 2)  # 2 min spare last
    assert "19:43  Time to socialise: 15 min" in text


def test_no_socialising_by_default_changes_nothing() -> None:
    assert GroupDefaults().socialise_minutes == 0
    plan = make_plan(90, ["1", "2", "3"], attendees=6)
    assert plan.socialise_seconds == 0
    assert "socialise" not in "\n".join(plan.explain())
    assert "socialise" not in [b.kind for b in plan.blocks()]


def test_socialising_that_leaves_no_room_is_refused_plainly() -> None:
    from psg_tui.core.timing import PlanError

    rules = PlanRules(
        check_in_minutes_per_person=0,
        check_out_minutes_per_person=0,
        wrap_up_minutes=0,
        socialise_minutes=30,
    )
    with pytest.raises(PlanError) as caught:
        make_plan(60, ["1", "2", "3"], attendees=4, rules=rules)
    assert str(caught.value) == (
        "3 presenters x 15 min does not fit in 60 min (time to socialise (30 min) takes "
        "30 min): drop a presenter or extend to 75 min"
    )
    with pytest.raises(PlanError, match="socialise minutes must be 0 or more"):
        make_plan(60, ["1"], attendees=4, rules=PlanRules(socialise_minutes=-1))


def test_the_meeting_sets_its_own_socialising_and_the_group_its_default(
    sample_group: Path,
) -> None:
    from psg_tui.core.store import GroupStore

    group: Group = GroupStore(sample_group).load_group()
    group.defaults.socialise_minutes = 10
    meeting = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    form = planning.MeetingForm(
        date=dt.date(2026, 12, 9),
        start_time=dt.time(18, 30),
        length_text="120",
        modality=Modality.IN_PERSON,
        venue="Room 2",
        attending=[m.registration_number for m in group.members],
        timing={"socialise_minutes": "20", "wrap_up_minutes": ""},
    )
    built = planning.build_meeting(group, meeting, form)
    assert built.timing is not None and built.timing.socialise_minutes == 20
    plan = plan_for_meeting(built, built.timing_defaults(group.defaults))
    assert plan.socialise_seconds == 20 * 60
    # the same minutes as the group's default are not the meeting's own
    same = planning.build_meeting(
        group,
        meeting,
        planning.MeetingForm(**{**form.__dict__, "timing": {"socialise_minutes": "10"}}),
    )
    assert same.timing is None
    assert plan_for_meeting(same, same.timing_defaults(group.defaults)).socialise_seconds == 600
    with pytest.raises(ValueError, match="Socialising"):
        planning.parse_timing({"socialise_minutes": "121"})


def test_old_files_without_socialising_load() -> None:
    assert GroupDefaults.model_validate({}).socialise_minutes == 0
    assert MeetingTiming.model_validate({"wrap_up_minutes": 5}).socialise_minutes is None
    meeting = Meeting.model_validate({"date": "2026-03-04"})
    assert meeting.timing_defaults(GroupDefaults()).socialise_minutes == 0


def test_the_running_meeting_keeps_the_socialising_time() -> None:
    """Rebalancing during the meeting never hands the time to socialise to a presenter: the
    schedule ends at the booked end with it."""
    fake = FakeClock()
    meeting = make_meeting(presenters=4, attendees=6)  # 18:30 to 20:30
    engine = MeetingEngine(
        meeting, GroupDefaults(socialise_minutes=20), clock=fake.monotonic, wall_clock=fake.now
    )
    engine.plan()  # 120 - (12 + 6 + 10 + 20 = 48) = 72 min for 4: 18 min each
    assert [s.planned_seconds for s in meeting.slots] == [18 * 60] * 4
    assert engine.schedule().text == "On time: ends 20:30"
