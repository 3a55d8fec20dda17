"""Snapshots at 80x24 of the running-meeting screens, on a fake clock so every picture is
the same each run. Update with ``pytest --snapshot-update`` after checking the new
pictures by eye (``snapshot_report.html``)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

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
