"""Issue 12 item 14: a guest or other non-member attendee (a visiting speaker) attends and
may present, but is never counted for recertification nor towards the PSG minimum."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError
from textual.widgets import SelectionList, Static

from psg_tui.core import attendance
from psg_tui.core.models import Group, Meeting, MeetingStatus, Member, SlotState
from psg_tui.core.record import build_record
from psg_tui.core.store import GroupStore, dump_toml, parse_model
from psg_tui.report.html import meeting_html
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.tui.dialogs.guest import GuestDialog
from psg_tui.tui.dialogs.presenter import PresenterDialog
from psg_tui.tui.screens.setup import SetupScreen
from tests.tui_helpers import app_for, planned_meeting


def _members(count: int) -> list[Member]:
    return [Member(name=f"Member {i}", registration_number=str(1000 + i)) for i in range(count)]


def _meeting_with_guest(members: int = 3) -> Meeting:
    guest = Member(name="Vera Visitor", registration_number="guest-1", guest=True)
    people = [*_members(members), guest]
    return Meeting.model_validate(
        {
            "date": "2026-03-04",
            "status": "complete",
            "venue": "Room 2",
            "attendees": [p.model_dump() for p in people],
            "slots": [
                {"presenter": "guest-1", "title": "Opioid stewardship", "summary": "Talk."},
                {"presenter": "1000", "title": "A case", "summary": "Discussed."},
            ],
        }
    )


def test_a_guest_is_keyed_without_a_registration_number_and_round_trips(tmp_path: Path) -> None:
    meeting = _meeting_with_guest()
    (tmp_path / "m.toml").write_bytes(dump_toml(meeting))
    assert parse_model(Meeting, tmp_path / "m.toml") == meeting
    assert meeting.next_guest_key() == "guest-2"
    # only a guest may have a guest key; a member's number is digits
    with pytest.raises(ValidationError, match="only a guest is keyed"):
        Member(name="X", registration_number="guest-1")
    with pytest.raises(ValidationError, match="a guest is not a member"):
        Group(name="G", members=[Member(name="X", registration_number="12", guest=True)])


def test_guests_are_not_counted_towards_the_minimum_or_recertification() -> None:
    meeting = _meeting_with_guest(members=3)
    assert len(meeting.attendees) == 4 and not meeting.meets_psg_minimum
    assert not attendance.counts_for_recertification(meeting)
    four = _meeting_with_guest(members=4)
    assert four.meets_psg_minimum and attendance.counts_for_recertification(four)
    group = Group(name="G", members=_members(4))
    report = attendance.attendance_report(group, [four], 2025, today=dt.date(2026, 3, 5))
    [held] = report.meetings
    assert held.attendee_count == 4 and "guest-1" not in held.attendees
    assert "guest-1" not in {row.registration_number for row in report.members}


def test_the_record_shows_the_guest_as_a_guest_and_not_counted() -> None:
    meeting = _meeting_with_guest(members=4)
    record = build_record(meeting)
    guest = next(p for p in record.attendees if p.guest)
    assert guest.named == "Vera Visitor (guest)" and guest.registration_number == ""
    assert record.details.attendee_count == 4
    assert "4 attendees" in record.details.criteria
    assert "Also attended, as a guest (not counted for recertification" in record.details.criteria
    assert "Vera Visitor." in record.details.criteria
    html = meeting_html(meeting)
    assert "Vera Visitor (guest)" in html and "guest-1" not in html
    markdown = render_meeting_markdown(meeting)
    assert "| Vera Visitor (guest) |  |" in markdown and "guest-1" not in markdown
    assert "Opioid stewardship" in markdown


async def test_setup_adds_a_guest_who_presents(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = planned_meeting(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SetupScreen)
        members = len(planned.attendees)
        screen.query_one("#setup-tabs").active = "tab-who"
        await pilot.pause()
        screen.query_one("#add-guest").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GuestDialog)
        await pilot.press(*"Vera Visitor", "ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        ticked = screen.query_one("#attendees", SelectionList).selected
        assert "guest-1" in ticked
        quorum = str(screen.query_one("#quorum", Static).content)
        assert quorum.startswith(f"{members} attending")  # the guest is not counted
        # the guest presents: a add on the Presenters tab, the guest chosen last
        screen.query_one("#setup-tabs").active = "tab-presenters"
        await pilot.pause()
        screen.query_one("#presenters").focus()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PresenterDialog)
        await pilot.press("enter", "end", "enter", "tab", "tab", *"Stewardship", "ctrl+s")
        await pilot.pause()
        built = screen.build_meeting()
        assert built.slots[-1].presenter == "guest-1"
        assert built.slots[-1].title == "Stewardship"
        guest = built.attendee("guest-1")
        assert guest is not None and guest.guest and guest.name == "Vera Visitor"
        assert len(built.members_attending) == members
        await pilot.press("ctrl+s")  # save the plan
        await pilot.pause()
    saved = GroupStore(sample_group).load_meeting(path)
    assert saved.attendee("guest-1") is not None and saved.attendee("guest-1").guest
    assert saved.slots[-1].state is SlotState.PENDING and saved.slots[-1].presenter == "guest-1"
    # finished, the guest is in the record but never in anyone's count
    done = saved.model_copy(update={"status": MeetingStatus.COMPLETE})
    assert done.meets_psg_minimum == (members >= 4)
