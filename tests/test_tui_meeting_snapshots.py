"""Snapshots at 80x24 of the running-meeting screens, on a fake clock so every picture is
the same each run; and at 60x20 and 120x40 with a member whose name is long and a long slot
title (issue 12, item 8). Update with ``pytest --snapshot-update`` after checking the new
pictures by eye (``snapshot_report.html``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, TextArea

from psg_tui.core.models import MeetingStatus
from psg_tui.core.store import GroupStore
from psg_tui.tui.widgets.countdown import Countdown
from tests.tui_helpers import FakeClock, app_for, next_stages, start_planned

SIZE = (80, 24)


def _meeting_app(sample_group: Path):
    clock = FakeClock()
    app, _ = app_for(sample_group, clock)
    loaded, _errors = GroupStore(sample_group).load_meetings()
    path, planned = next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)
    return app, clock, path, planned


async def _settle(pilot: Pilot) -> None:
    """Let the screen settle, and save now: otherwise the status line says "Saving..." or
    "Saved to ..." depending on how fast this machine got here (the autosave timer)."""
    app = pilot.app
    await app.workers.wait_for_complete()  # past meetings read (airtime, last takeaways)
    await pilot.pause()  # pending change messages first: they would make it dirty again
    if getattr(app, "session", None) is not None:
        app.session.save_now()
        for screen in app.screen_stack:
            refresh = getattr(screen, "refresh_save_status", None)
            if callable(refresh):
                refresh()
    await pilot.pause()
    # A level change flashes for 0.6 s of real time: whether a picture catches it would
    # depend on this machine's speed. The flash itself is tested in test_tui_meeting.
    for screen in app.screen_stack:
        for countdown in screen.query(Countdown):
            countdown.remove_class("flash")
    await pilot.pause()


def test_setup_presenters(sample_group: Path, snap_compare) -> None:
    app, _clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        app.start_meeting(planned, path)
        await _settle(pilot)
        app.screen.query_one("#setup-tabs").active = "tab-presenters"
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_setup_plan(sample_group: Path, snap_compare) -> None:
    app, _clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        app.start_meeting(planned, path)
        await _settle(pilot)
        app.screen.query_one("#setup-tabs").active = "tab-plan"
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


async def _into_meeting(app, path, planned, pilot: Pilot) -> None:
    """Start the planned meeting and pass the ground rules: the check-in round is on."""
    await start_planned(app, path.parent.parent, pilot, planned)


def test_check_in_round(sample_group: Path, snap_compare) -> None:
    app, clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        app.screen.action_toggle_timer()
        clock.advance(45)
        app.screen.refresh_display()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_presenter_slot_in_discussion(sample_group: Path, snap_compare) -> None:
    app, clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot)
        await _settle(pilot)
        slot = app.screen
        slot.action_toggle_timer()
        clock.advance(300)
        slot.action_next_phase()
        clock.advance(200)
        slot.query_one("#summary").load_text("Reflected on a year of **small** changes.")
        slot.refresh_display()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_timekeeper_view_overtime(sample_group: Path, snap_compare) -> None:
    app, clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot)
        await _settle(pilot)
        app.screen.action_toggle_timer()
        clock.advance(15 * 60 + 90)
        await pilot.press("f9")
        await _settle(pilot)
        app.screen.refresh_display()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_wrap_up(sample_group: Path, snap_compare) -> None:
    app, _clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot, 3)
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help_lists_every_key(sample_group: Path, snap_compare) -> None:
    app, _clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot)
        await _settle(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_setup_who(sample_group: Path, snap_compare) -> None:
    app, _clock, path, planned = _meeting_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        app.start_meeting(planned, path)
        await _settle(pilot)
        app.screen.query_one("#setup-tabs").active = "tab-who"
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


# -- every size: 60x20, 120x40 (80x24 above), with a long name (issue 12, item 8) ---------

SIZES = pytest.mark.parametrize(
    "size", [(60, 20), (120, 40)], ids=lambda size: f"{size[0]}x{size[1]}"
)
LONG_NAME = "Wiremu Te Rangi Ngāti-Kahungunu Fitzgerald-Montgomery-Smythe"
LONG_TITLE = (
    "Deprescribing in frail older people: what a year of small changes taught me about "
    "the conversations"
)


def _long_name_app(sample_group: Path):
    """The meeting app on this test's copy of the group, where the first member (who
    presents first) has a long name, in the group and in the planned meeting, and the first
    slot a long title."""
    store = GroupStore(sample_group)
    group = store.load_group()
    reg = group.members[0].registration_number
    group.members[0] = group.members[0].model_copy(update={"name": LONG_NAME})
    store.save_group(group)
    app, clock, path, planned = _meeting_app(sample_group)
    for attendee in planned.attendees:
        if attendee.registration_number == reg:
            attendee.name = LONG_NAME
    assert planned.slots[0].presenter == reg
    planned.slots[0].title = LONG_TITLE
    store.save_meeting(planned, path)
    return app, clock, path, planned


@SIZES
def test_check_in_round_sizes(sample_group: Path, size, snap_compare) -> None:
    app, clock, path, planned = _long_name_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        app.screen.action_toggle_timer()
        clock.advance(45)
        app.screen.refresh_display()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@SIZES
def test_presenter_slot_sizes(sample_group: Path, size, snap_compare) -> None:
    app, clock, path, planned = _long_name_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot)
        await _settle(pilot)
        slot = app.screen
        slot.action_toggle_timer()
        clock.advance(300)
        slot.action_next_phase()
        clock.advance(200)
        slot.query_one("#summary").load_text("Reflected on a year of **small** changes.")
        slot.refresh_display()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@SIZES
@pytest.mark.parametrize("tab", ["tab-who", "tab-presenters"])
def test_setup_sizes(sample_group: Path, size, tab: str, snap_compare) -> None:
    app, _clock, path, planned = _long_name_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        app.start_meeting(planned, path)
        await _settle(pilot)
        app.screen.query_one("#setup-tabs").active = tab
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@SIZES
def test_wrap_up_sizes(sample_group: Path, size, snap_compare) -> None:
    """The wrap-up's notes (the Summary tab): both areas show, at least 3 lines each."""
    app, _clock, path, planned = _long_name_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot, 3)
        await _settle(pilot)
        app.screen.query_one("#wrap-tabs").active = "tab-summary"
        app.screen.query_one("#summary", TextArea).focus()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_timekeeper_view_small(sample_group: Path, snap_compare) -> None:
    app, clock, path, planned = _long_name_app(sample_group)

    async def run_before(pilot: Pilot) -> None:
        await _into_meeting(app, path, planned, pilot)
        await next_stages(app, pilot)
        await _settle(pilot)
        app.screen.action_toggle_timer()
        clock.advance(15 * 60 + 90)
        await pilot.press("f9")
        await _settle(pilot)
        app.screen.refresh_display()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(60, 20), run_before=run_before)


def _shown_lines(widget) -> int:
    """How many of the widget's content lines are on the screen."""
    return widget.content_region.intersection(widget.screen.region).height


async def test_small_terminal_keeps_notes_names_and_columns(sample_group: Path) -> None:
    """At 60x20, keyboard only: the round's notes show at least 3 lines and take typing;
    each name in the round is one line (cut, never broken); setup's presenters show every
    column; the slot's and the wrap-up's notes show at least 3 lines."""
    app, _clock, path, planned = _long_name_app(sample_group)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        app.start_meeting(planned, path)
        await _settle(pilot)
        table = app.screen.query_one("#presenters", DataTable)
        app.screen.query_one("#setup-tabs").active = "tab-presenters"
        await _settle(pilot)
        columns = list(table.columns.values())
        assert [str(c.label) for c in columns] == ["#", "Presenter", "Topic", "Title", "Min"]
        assert sum(c.get_render_width(table) for c in columns) <= table.content_region.width
        first_row = [str(cell) for cell in table.get_row_at(0)]
        assert first_row[1].endswith("…") and first_row[3].endswith("…")

        await pilot.press("f10")  # start: the ground rules
        await pilot.pause()
        await pilot.press("f10")  # on to the check-in round
        await _settle(pilot)
        # Before the first turn: the long name is beside the timer, cut on one line.
        assert app.screen.query_one("#countdown-words").size.height == 1
        assert app.screen.query_one("#round-who").content_region.height == 1
        await pilot.press("f2")  # the first person's turn
        await _settle(pilot)
        notes = app.screen.query_one("#round-notes", TextArea)
        assert _shown_lines(notes) >= 3
        await pilot.press(*"ok")
        await pilot.pause()
        assert notes.text == "ok"
        people = app.screen.query_one("#round-people", OptionList)
        assert people.virtual_size.height == people.option_count  # one line a name
        assert str(people.get_option_at_index(0).prompt).startswith("▶ Wiremu Te Rangi")

        await next_stages(app, pilot)
        await _settle(pilot)
        assert _shown_lines(app.screen.query_one("#summary", TextArea)) >= 3

        await next_stages(app, pilot, 2)
        await _settle(pilot)
        app.screen.query_one("#wrap-tabs ContentTabs").focus()
        await pilot.press("right")  # the tab after Next meeting: Summary
        await _settle(pilot)
        assert app.screen.query_one("#wrap-tabs").active == "tab-summary"
        for area in ("#summary", "#confidentiality"):
            assert _shown_lines(app.screen.query_one(area, TextArea)) >= 3
