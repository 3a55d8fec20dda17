"""Issue 12 item 14: the next meeting's presenters and topics, planned at wrap-up, become
the planned meeting's slots when the meeting finishes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from psg_tui.core.models import (
    Group,
    Meeting,
    MeetingStatus,
    Member,
    NextMeeting,
    PlannedPresenter,
    TopicType,
)
from psg_tui.core.store import GroupStore
from psg_tui.tui.dialogs.presenter import PresenterDialog
from psg_tui.tui.screens.wrap_up import WrapUpScreen
from tests.tui_helpers import FakeClock, app_for, next_stages, start_planned


def _members() -> list[Member]:
    return [Member(name=f"Member {i}", registration_number=str(1000 + i)) for i in range(4)]


def test_planned_presenters_become_the_planned_meetings_slots() -> None:
    group = Group(name="PSG", members=_members())
    meeting = Meeting(
        date=dt.date(2026, 3, 1),
        attendees=group.members,
        next_meeting=NextMeeting(
            date=dt.date(2026, 6, 1),
            presenters=[
                PlannedPresenter(
                    presenter="1002", topic_type=TopicType.JOURNAL_ARTICLE, title="GLP-1"
                ),
                PlannedPresenter(presenter="9999", title="left the group since"),
                PlannedPresenter(presenter="1000", requested_minutes=25),
            ],
        ),
    )
    planned = meeting.planned_next(group)
    assert planned is not None
    assert [(s.presenter, s.topic_type, s.title, s.requested_minutes) for s in planned.slots] == [
        ("1002", TopicType.JOURNAL_ARTICLE, "GLP-1", 0),
        ("1000", TopicType.CASE_STUDY, "", 25),
    ]


def test_a_next_meeting_without_presenters_still_loads() -> None:
    """Files written before the field existed load, and write no empty list back."""
    nxt = NextMeeting.model_validate({"date": "2026-06-01", "focus": "cultural safety"})
    assert nxt.presenters == []
    dumped = nxt.model_dump(mode="json", exclude_none=True)
    assert NextMeeting.model_validate(dumped) == nxt


async def test_wrap_up_plans_the_next_meetings_presenters(sample_group: Path) -> None:
    app, _ = app_for(sample_group, FakeClock())
    group = GroupStore(sample_group).load_group()
    async with app.run_test(size=(80, 24)) as pilot:
        path = await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot, 3)
        wrap = app.screen
        assert isinstance(wrap, WrapUpScreen)
        meeting = app.session.meeting
        next_date = meeting.date + dt.timedelta(days=91)
        await pilot.press(*next_date.isoformat())
        # Tab through the form to the presenters list, then add one the way a person does.
        for _ in range(8):
            await pilot.press("tab")
        assert wrap.focused is wrap.query_one("#next-presenters")
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PresenterDialog)
        await pilot.press("enter", "down", "down", "enter")  # the second member
        await pilot.press("tab", "tab")
        await pilot.press(*"Deprescribing in aged care")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is wrap
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter", "down", "enter", "ctrl+s")  # the first member, no title
        await pilot.pause()
        await pilot.press("minus")  # the first member moves up
        await pilot.pause()
        nxt = meeting.next_meeting
        assert nxt is not None and nxt.date == next_date
        first, second = group.members[0], group.members[1]
        assert [p.presenter for p in nxt.presenters] == [
            first.registration_number,
            second.registration_number,
        ]
        assert nxt.presenters[1].title == "Deprescribing in aged care"
        assert second.name in str(wrap.query_one("#next-presenters").get_row_at(1)[1])
        await pilot.press("f10")  # finish (it asks about what is still open)
        await pilot.pause()
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        while isinstance(app.screen, ConfirmDialog):
            await pilot.press("y")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
    store = GroupStore(sample_group)
    assert store.load_meeting(path).status is MeetingStatus.COMPLETE
    loaded, _errors = store.load_meetings()
    planned = next(m for p, m in loaded if m.date == next_date)
    assert planned.status is MeetingStatus.PLANNED
    assert [(s.presenter, s.title) for s in planned.slots] == [
        (first.registration_number, ""),
        (second.registration_number, "Deprescribing in aged care"),
    ]
