"""Setting a meeting up (core/planning.py): the rules the setup screen applies."""

from __future__ import annotations

import datetime as dt

import pytest

from psg_tui.core import planning
from psg_tui.core.models import Group, Meeting, MeetingStatus, Modality, Slot
from psg_tui.core.store import GroupStore
from tests.clocks import NZ


@pytest.fixture
def group(sample_store: GroupStore) -> Group:
    return sample_store.load_group()


def _form(group: Group, **changes) -> planning.MeetingForm:
    regs = [m.registration_number for m in group.members]
    values = dict(
        date=dt.date(2026, 12, 9),
        start_time=dt.time(18, 30),
        length_text="90",
        modality=Modality.IN_PERSON,
        venue="  Room 2  ",
        attending=regs[:5],
        apologies=regs[5:],
        roles={"facilitator": regs[0], "note_taker": regs[6]},
        slots=[Slot(presenter=regs[1]), Slot(presenter=regs[6])],
    )
    values.update(changes)
    return planning.MeetingForm(**values)


def test_a_new_meeting_starts_from_the_group_defaults(group: Group) -> None:
    # 11 pm on the 4th in London is already the 5th in Auckland: the meeting's own day.
    meeting = planning.new_meeting(group, dt.datetime(2027, 1, 4, 23, 0, tzinfo=dt.UTC))
    assert meeting.date == dt.date(2027, 1, 5)
    assert meeting.group_name == group.name
    assert meeting.start_time == group.defaults.start_time
    assert [a.registration_number for a in meeting.attendees] == [
        m.registration_number for m in group.members
    ]


def test_the_form_builds_a_meeting(group: Group) -> None:
    base = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    meeting = planning.build_meeting(group, base, _form(group))
    regs = [m.registration_number for m in group.members]
    assert meeting.end_time == dt.time(20, 0)
    assert meeting.venue == "Room 2"
    assert [a.registration_number for a in meeting.attendees] == regs[:5]
    assert [a.registration_number for a in meeting.apologies] == regs[5:]
    # roles and presenters only for those attending
    assert meeting.roles.facilitator == regs[0] and not meeting.roles.note_taker
    assert [s.presenter for s in meeting.slots] == [regs[1]]


@pytest.mark.parametrize("length", ["", "abc", "14", "481", "-5"])
def test_a_length_out_of_range_is_refused_in_words(group: Group, length: str) -> None:
    base = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    with pytest.raises(ValueError, match="Length: minutes from 15 to 480"):
        planning.build_meeting(group, base, _form(group, length_text=length))


def test_length_minutes_falls_back_to_the_default(group: Group) -> None:
    meeting = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    assert planning.length_minutes(meeting, 75) == 75
    meeting.end_time = dt.time(20, 15)
    meeting.start_time = dt.time(18, 30)
    assert planning.length_minutes(meeting, 75) == 105


def test_moving_a_meeting_to_today_keeps_its_length(group: Group) -> None:
    base = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    meeting = planning.build_meeting(group, base, _form(group, length_text="100"))
    now = dt.datetime(2026, 11, 26, 19, 5, 42, tzinfo=NZ)
    moved = planning.moved_to(meeting, now, default_minutes=90)
    assert (moved.date, moved.start_time, moved.end_time) == (
        dt.date(2026, 11, 26),
        dt.time(19, 5),
        dt.time(20, 45),
    )


def test_moving_a_meeting_without_times_uses_the_groups_length(group: Group) -> None:
    meeting = Meeting(date=dt.date(2026, 12, 9))
    now = dt.datetime(2026, 11, 26, 19, 0, tzinfo=NZ)
    assert planning.moved_to(meeting, now, default_minutes=60).end_time == dt.time(20, 0)


def test_first_meeting_means_none_has_taken_place() -> None:
    planned = Meeting(date=dt.date(2026, 12, 9))
    done = Meeting(date=dt.date(2026, 8, 19), status=MeetingStatus.COMPLETE)
    assert planning.is_first_meeting([])
    assert planning.is_first_meeting([planned])
    assert not planning.is_first_meeting([planned, done])


def test_moving_to_today_uses_the_meetings_zone_not_the_computers(group: Group) -> None:
    meeting = Meeting(date=dt.date(2026, 12, 9), start_time=dt.time(18, 30))
    utc_now = dt.datetime(2026, 11, 26, 6, 5, tzinfo=dt.UTC)  # 7:05 pm in Auckland
    moved = planning.moved_to(meeting, utc_now, default_minutes=90)
    assert (moved.date, moved.start_time) == (dt.date(2026, 11, 26), dt.time(19, 5))
