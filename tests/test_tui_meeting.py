"""A whole meeting through the app, on a fake clock: setup -> ground rules -> check-in ->
three presenter slots (one runs over, one is paused) -> check-out -> wrap-up -> complete.

Screen actions are called directly where a key press would prove nothing extra; the timer
keys are pressed for real once, while the notes area has focus, to prove they reach the timer.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from psg_tui.core.models import MeetingStatus, SlotState
from psg_tui.core.store import GroupStore
from psg_tui.core.timing import Stage, TimerState
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.screens.ground_rules import GroundRulesScreen
from psg_tui.tui.screens.round import RoundScreen
from psg_tui.tui.screens.setup import SetupScreen
from psg_tui.tui.screens.slot import SlotScreen
from psg_tui.tui.screens.wrap_up import WrapUpScreen
from tests.tui_helpers import FakeClock, app_for, next_stages, start_planned


def _planned(group_dir: Path):
    loaded, _ = GroupStore(group_dir).load_meetings()
    return next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)


def _saved(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


async def test_a_whole_meeting(sample_group: Path) -> None:
    clock = FakeClock()
    app, _ = app_for(sample_group, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = _planned(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        setup.action_start()
        await pilot.pause()

        # Ground rules, then check-in.
        assert isinstance(app.screen, GroundRulesScreen)
        session = app.session
        assert session is not None and session.path == path
        assert _saved(path)["status"] == "in_progress"
        await pilot.press("f10")
        await pilot.pause()
        rounds = app.screen
        assert isinstance(rounds, RoundScreen) and not rounds.check_out
        assert session.engine.stage is Stage.CHECK_IN
        for i, attendee in enumerate(planned.attendees):
            if i == 0:
                rounds.action_toggle_timer()
            else:
                rounds.action_next_person()
            await pilot.pause()
            assert session.engine.turn_person == attendee.registration_number
            rounds.query_one("#round-notes", TextArea).load_text(f"check-in note {i}")
            clock.advance(100)
        rounds.action_next_stage()
        await pilot.pause()

        # Slot 1: runs over by three minutes.
        slots = app.screen
        assert isinstance(slots, SlotScreen)
        slots.action_toggle_timer()
        await pilot.pause()
        first = session.meeting.slots[0]
        planned_first = first.planned_seconds
        assert first.state is SlotState.RUNNING and planned_first >= 15 * 60
        slots.query_one("#summary", TextArea).load_text("Talked about **reflection**.")
        clock.advance(planned_first * 0.3)
        slots.action_next_phase()
        clock.advance(planned_first * 0.7 + 1200)
        slots.refresh_display()
        words = str(slots.query_one("#countdown-words", Static).content)
        assert words.startswith("OVER +") or words == "TIME UP"
        slots.action_finish_slot()
        await pilot.pause()
        assert first.state is SlotState.DONE
        assert first.phase_seconds.total == round(planned_first + 1200)
        # 20 minutes over eats the spare time. The next slot is already at the 15-minute
        # minimum, so it is not shortened further; the screen says the meeting is behind and
        # shows the next slot's length before it starts.
        slots.refresh_display()
        assert "min behind" in str(slots.query_one("#meeting-progress", Static).content)
        assert str(slots.query_one("#slot-phase", Static).content) == "Daniel Okafor: 15 min"
        assert session.engine.preview(1).planned_seconds == 15 * 60

        # Slot 2: the timer keys work while the notes area has focus; a pause stops time.
        slots.query_one("#summary", TextArea).focus()
        await pilot.press("f2")  # start
        await pilot.press("x")  # typed into the notes, not a key binding
        second = session.meeting.slots[1]
        assert second.state is SlotState.RUNNING
        assert second.summary == "x"
        clock.advance(120)
        await pilot.press("f2")  # pause
        assert session.engine.timer is not None
        assert session.engine.timer.state is TimerState.PAUSED
        clock.advance(300)  # a long pause: not counted
        await pilot.press("f2")  # resume
        clock.advance(600)
        await pilot.press("f8")  # done
        await pilot.pause()
        assert second.state is SlotState.DONE
        assert second.phase_seconds.total == 720

        # Slot 3: skipped.
        slots.action_skip()  # asks first
        await pilot.pause()
        app.screen.action_no()
        await pilot.pause()
        assert session.meeting.slots[2].state is SlotState.PENDING
        slots.action_skip()
        await pilot.pause()
        app.screen.action_yes()
        await pilot.pause()
        assert session.meeting.slots[2].state is SlotState.SKIPPED
        slots.action_next_stage()
        await pilot.pause()

        # Check-out round, then wrap-up.
        rounds = app.screen
        assert isinstance(rounds, RoundScreen) and rounds.check_out
        rounds.action_toggle_timer()
        clock.advance(45)
        rounds.action_next_stage()  # the others have not checked out: it asks
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "Not everyone has had their check-out turn" in dialog.question
        dialog.action_yes()
        await pilot.pause()
        wrap = app.screen
        assert isinstance(wrap, WrapUpScreen)
        wrap.query_one("#next-date", Input).value = "2027-03-10"
        wrap.query_one("#next-focus", Input).value = "Plan the year's topics"
        wrap.query_one("#summary", TextArea).load_text("A good meeting.")
        await pilot.pause()
        assert session.meeting.next_meeting is not None
        assert session.meeting.next_meeting.date == dt.date(2027, 3, 10)
        wrap.action_finish()
        await pilot.pause()

    saved = _saved(path)
    assert saved["status"] == "complete"
    assert "live" not in saved
    assert saved["next_meeting"]["date"] == "2027-03-10"
    assert saved["summary"] == "A good meeting."
    assert [s["state"] for s in saved["slots"]] == ["done", "done", "skipped"]
    assert saved["slots"][0]["summary"] == "Talked about **reflection**."
    assert saved["slots"][1]["phase_seconds"]["present"] == 720
    assert [e["notes"] for e in saved["check_in"]] == [
        f"check-in note {i}" for i in range(len(planned.attendees))
    ]
    assert all(e["elapsed_seconds"] == 100 for e in saved["check_in"])
    assert saved["started_at"] and saved["ended_at"]
    # The next meeting set at wrap-up is now a planned meeting of its own.
    planned_next = _saved(path.with_name("2027-03-10.toml"))
    assert planned_next["status"] == "planned"
    assert planned_next["focus"] == "Plan the year's topics"
    assert len(planned_next["attendees"]) == 7  # the whole group is expected


async def test_resume_after_the_app_was_killed(sample_group: Path) -> None:
    """The file saved mid-slot is all a new app needs: the same slot, the right time left."""
    clock = FakeClock()
    app, _ = app_for(sample_group, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        path = await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot)  # skip the check-in round
        slots = app.screen
        slots.action_toggle_timer()
        clock.advance(200)
        slots.query_one("#summary", TextArea).load_text("Notes typed before the crash")
        await pilot.pause()
        app.session.save_now()
        planned_seconds = app.session.meeting.slots[0].planned_seconds
        # No quit: the process "dies" here, with the timer running.

    clock.advance(60)  # the app was down for a minute; the slot kept running
    app2, _ = app_for(sample_group, clock)
    async with app2.run_test(size=(80, 24)) as pilot:
        meeting = GroupStore(sample_group).load_meeting(path)
        assert meeting.status is MeetingStatus.IN_PROGRESS
        app2.resume_meeting(path, meeting)
        await pilot.pause()
        screen = app2.screen
        assert isinstance(screen, SlotScreen)
        timer = app2.session.engine.timer
        assert timer is not None and timer.state is TimerState.RUNNING
        assert abs(timer.remaining - (planned_seconds - 260)) < 1
        assert screen.query_one("#summary", TextArea).text == "Notes typed before the crash"


async def test_a_failed_save_is_shown_and_nothing_is_lost(sample_group: Path, monkeypatch) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path = await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot)  # skip the check-in round
        session = app.session
        session.autosave_seconds = 0.01
        before = path.read_bytes()

        def disk_full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(session.store, "save_meeting_data", disk_full)
        app.screen.query_one("#summary", TextArea).load_text("precious notes")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert session.save_error and "No space left on device" in session.save_error
        status = str(app.screen.query_one("#save-status", Static).content)
        assert status.startswith("NOT SAVED")
        assert path.read_bytes() == before  # the old file is intact
        assert session.meeting.slots[0].summary == "precious notes"  # and the notes are here

        monkeypatch.undo()
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert session.save_error is None
        assert _saved(path)["slots"][0]["summary"] == "precious notes"


async def test_user_text_is_never_markup(sample_group: Path) -> None:
    """A name like "Sam [/b]" shows as typed and crashes nothing."""
    store = GroupStore(sample_group)
    group = store.load_group()
    group.members[0].name = "Sam [/b] [red]Ngā[/red"
    store.save_group(group)
    path, planned = _planned(sample_group)
    planned.attendees[0].name = group.members[0].name
    planned.slots[0].title = "[bold]not bold[/bold] [link=http://x]"
    store.save_meeting(planned, path)
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot, store.load_meeting(path))
        rounds = app.screen
        rounds.action_toggle_timer()
        await pilot.pause()
        assert "Sam [/b] [red]Ngā[/red" in str(rounds.query_one("#round-who", Static).content)
        rounds.action_next_stage()
        await pilot.pause()
        assert "Sam [/b] [red]Ngā[/red" not in app.screen.question  # only those waiting
        app.screen.action_yes()
        await pilot.pause()
        slots = app.screen
        slots.refresh_display()
        who = str(slots.query_one("#slot-who", Static).content)
        assert "Sam [/b] [red]Ngā[/red" in who
        assert "[bold]not bold[/bold] [link=http://x]" in who


async def test_a_level_change_rings_once_and_flashes(sample_group: Path) -> None:
    """Crossing into the warning zone rings the bell once (not on every refresh); the bell
    can be turned off from the command palette's toggle, and the flash stays."""
    clock = FakeClock()
    app, _ = app_for(sample_group, clock)
    app.navigator.bell = None  # this test listens for the bell
    rings: list[int] = []
    app.bell = lambda: rings.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot)  # skip the check-in round
        slots = app.screen
        slots.action_toggle_timer()
        planned_seconds = app.session.meeting.slots[0].planned_seconds
        clock.advance(planned_seconds - 100)  # inside the 2-minute warning
        slots.refresh_display()
        slots.refresh_display()
        assert len(rings) == 1
        assert slots.query_one("#countdown").has_class("flash")
        app.session.bell = False
        clock.advance(200)  # time up and over
        slots.refresh_display()
        assert len(rings) == 1
        words = str(slots.query_one("#countdown-words", Static).content)
        assert words.startswith("OVER +")


async def test_palette_offers_no_screenshot(sample_group: Path) -> None:
    """An SVG screenshot would copy confidential notes out of the group's private folder."""
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles
        assert "Quit" in titles
