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


def test_a_short_meeting_sets_its_own_round_and_wrap_up_minutes(group: Group) -> None:
    from psg_tui.core.timing import MeetingEngine

    base = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    typed = {
        "check_in_minutes_per_person": "1",
        "check_out_minutes_per_person": str(group.defaults.check_out_minutes_per_person),
        "wrap_up_minutes": "5",
        "min_slot_minutes": "",
    }
    meeting = planning.build_meeting(group, base, _form(group, length_text="45", timing=typed))
    # only what differs from the group's defaults is the meeting's own
    assert meeting.timing is not None
    assert meeting.timing.model_dump(exclude_none=True) == {
        "check_in_minutes_per_person": 1,
        "wrap_up_minutes": 5,
    }
    defaults = meeting.timing_defaults(group.defaults)
    assert defaults.check_in_minutes_per_person == 1 and defaults.wrap_up_minutes == 5
    engine = MeetingEngine(meeting, defaults)
    engine.start_meeting()
    assert engine.start_turn(meeting.attendees[0].registration_number).planned == 60


@pytest.mark.parametrize(
    ("name", "text"), [("wrap_up_minutes", "121"), ("min_slot_minutes", "0"), ("x", "")]
)
def test_own_minutes_out_of_range_are_refused_naming_the_field(
    group: Group, name: str, text: str
) -> None:
    if name == "x":
        with pytest.raises(KeyError):
            planning.parse_timing({name: text})
        return
    label = planning.TIMING_FIELDS[name][0]
    with pytest.raises(ValueError, match=label.replace("(", r"\(").replace(")", r"\)")):
        planning.parse_timing({name: text})


def test_no_own_minutes_keeps_the_groups(group: Group) -> None:
    base = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    meeting = planning.build_meeting(group, base, _form(group))
    assert meeting.timing is None
    assert meeting.timing_defaults(group.defaults) is group.defaults


# -- attendance changes -------------------------------------------------------------------


def _running(group: Group) -> Meeting:
    base = planning.new_meeting(group, dt.datetime(2026, 12, 9, 18, 0, tzinfo=NZ))
    meeting = planning.build_meeting(group, base, _form(group))
    meeting.started_at = dt.datetime(2026, 12, 9, 18, 30, tzinfo=NZ)
    return meeting


def test_a_late_arrival_is_added_with_the_time(group: Group) -> None:
    meeting = _running(group)
    regs = [m.registration_number for m in group.members]
    late = regs[5]
    assert late in {a.registration_number for a in meeting.apologies}
    now = dt.datetime(2026, 12, 9, 18, 52, tzinfo=NZ)
    changes = planning.change_attendance(
        meeting, group, [*regs[:5], late], now=now, removed_as="left"
    )
    assert changes == [f"{group.members[5].name} arrived late"]
    assert late in {a.registration_number for a in meeting.attendees}
    assert late not in {a.registration_number for a in meeting.apologies}
    assert meeting.attendance_note(late).arrived_at == now


def test_an_early_leaver_stays_an_attendee_and_the_rounds_pass_them_by(group: Group) -> None:
    meeting = _running(group)
    regs = [m.registration_number for m in group.members]
    now = dt.datetime(2026, 12, 9, 19, 40, tzinfo=NZ)
    planning.change_attendance(meeting, group, regs[1:5], now=now, removed_as="left")
    assert regs[0] in {a.registration_number for a in meeting.attendees}
    assert meeting.has_left(regs[0]) and meeting.attendance_note(regs[0]).left_at == now
    # ticked again: back, and the note goes
    planning.change_attendance(meeting, group, regs[:5], now=now, removed_as="left")
    assert not meeting.has_left(regs[0]) and meeting.attendance_notes == []


def test_a_correction_takes_someone_off_unless_they_took_part(group: Group) -> None:
    from psg_tui.core.models import PhaseSeconds

    meeting = _running(group)
    regs = [m.registration_number for m in group.members]
    planning.change_attendance(meeting, group, regs[1:5], now=None, removed_as="absent")
    assert regs[0] not in {a.registration_number for a in meeting.attendees}
    assert meeting.roles.facilitator == ""  # their role goes with them
    meeting = _running(group)
    meeting.slots[0].phase_seconds = PhaseSeconds(present=300, discussion=0, takeaways=0)
    presenter = meeting.slots[0].presenter
    with pytest.raises(ValueError, match="has a presenter slot: record them as leaving early"):
        planning.change_attendance(
            meeting, group, [r for r in regs[:5] if r != presenter], now=None, removed_as="absent"
        )
    assert presenter in {a.registration_number for a in meeting.attendees}


def test_the_record_says_who_came_late_or_left_early(group: Group) -> None:
    from psg_tui.core.record import build_record
    from psg_tui.report.html import meeting_html
    from psg_tui.report.markdown import render_meeting_markdown

    meeting = _running(group)
    regs = [m.registration_number for m in group.members]
    planning.change_attendance(
        meeting,
        group,
        [*regs[1:5], regs[5]],
        now=dt.datetime(2026, 12, 9, 18, 52, tzinfo=NZ),
        removed_as="left",
    )
    planning.change_attendance(
        meeting,
        group,
        [*regs[2:5], regs[5]],
        now=dt.datetime(2026, 12, 9, 20, 10, tzinfo=NZ),
        removed_as="left",
    )
    rows = {p.registration_number: p.named for p in build_record(meeting).attendees}
    assert rows[regs[5]].endswith("(arrived 6:52 pm)")
    assert rows[regs[1]].endswith("(left 8:10 pm)")
    assert "(arrived 6:52 pm)" in meeting_html(meeting)
    assert "(left 8:10 pm)" in render_meeting_markdown(meeting)
