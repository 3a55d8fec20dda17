"""The setup screen: the form becomes a valid meeting; the plan and the quorum speak plainly."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, SelectionList, Static

from psg_tui.core.models import MeetingStatus
from psg_tui.core.store import GroupStore
from psg_tui.tui.screens.setup import SetupScreen
from tests.tui_helpers import app_for


def _planned(group_dir: Path):
    loaded, _ = GroupStore(group_dir).load_meetings()
    return next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)


async def test_planned_meeting_fills_the_form(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = _planned(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SetupScreen)
        built = screen.build_meeting()
        assert built.date == planned.date
        assert [a.registration_number for a in built.attendees] == [
            a.registration_number for a in planned.attendees
        ]
        assert [s.presenter for s in built.slots] == [s.presenter for s in planned.slots]
        # Roles are kept when set, and the plan fits with three presenters in 90 minutes.
        assert built.roles == planned.roles
        plan = str(screen.query_one("#plan", Static).content)
        assert "Plan fits: 3 presenter slots" in plan
        assert "Check-in round" in plan


async def test_fewer_than_four_attending_warns_but_allows(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = _planned(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        screen = app.screen
        attendees = screen.query_one("#attendees", SelectionList)
        for reg in ["92370", "55918", "88106"]:
            attendees.deselect(reg)
        await pilot.pause()
        quorum = str(screen.query_one("#quorum", Static).content)
        assert "Only 3 attending" in quorum and "at least 4" in quorum
        built = screen.build_meeting()
        assert len(built.attendees) == 3
        assert not built.meets_psg_minimum


async def test_bad_date_is_named_not_crashed(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_meeting()
        await pilot.pause()
        screen = app.screen
        screen.query_one("#date", Input).value = "9/12/2026"
        await pilot.pause()
        status = str(screen.query_one("#setup-status", Static).content)
        assert "Date: write it as YYYY-MM-DD" in status


async def test_plan_that_cannot_fit_says_what_to_do(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = _planned(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        screen = app.screen
        screen.query_one("#length", Input).value = "40"
        await pilot.pause()
        plan = str(screen.query_one("#plan", Static).content)
        assert "does not fit in 40 min" in plan
        assert "extend to" in plan


async def test_planned_meeting_run_on_another_day_moves_its_file(sample_group: Path) -> None:
    """Run now: dated today, timed from now; the planned file goes only once the new is saved."""
    import datetime as dt

    from tests.tui_helpers import NZ, FakeClock

    clock = FakeClock(wall=dt.datetime(2026, 11, 26, 19, 5, tzinfo=NZ))
    app, _ = app_for(sample_group, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = _planned(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        app.screen.action_start()
        await pilot.pause()
        app.screen.action_yes()  # "Run it now"
        await pilot.pause()
        session = app.session
        assert session.path.name == "2026-11-26.toml"
        assert session.meeting.start_time == dt.time(19, 5)
        assert session.meeting.end_time == dt.time(20, 35)
        assert session.path.exists()
        assert not path.exists()


async def test_roles_are_suggested_to_whoever_held_them_least_recently(sample_group: Path) -> None:
    """Past meetings are read in a worker; the facilitator suggestion then goes to an
    attendee who has never facilitated (Daniel, Priya, Wiremu and Lucy have not)."""
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_meeting()  # a new meeting: no roles set yet
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert screen.first_meeting is False  # the sample group has met before
        built = screen.build_meeting()
        assert built.roles.facilitator == "81455"  # first of those who never have
        hint = str(screen.query_one("#role-hint", Static).content)
        assert "never yet" in hint


async def test_ground_rules_are_editable_only_at_a_first_meeting(tmp_path: Path) -> None:
    from psg_tui.core.models import Group, Member
    from psg_tui.tui.screens.ground_rules import GroundRulesScreen

    store = GroupStore(tmp_path / "new")
    store.save_group(
        Group(
            name="New PSG",
            members=[
                Member(name=f"Person {i}", registration_number=str(900 + i)) for i in range(4)
            ],
        )
    )
    app, _ = app_for(tmp_path / "new")
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_meeting()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.screen.action_start()
        await pilot.pause()
        app.screen.action_yes()  # "Run it now": the fake clock's date differs from today
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GroundRulesScreen)
        assert screen.editable is True
