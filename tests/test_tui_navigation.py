"""Screens ask, the app navigates: keys a person presses produce typed messages, and the
app's navigator moves the meeting on. Also the timekeeper view's keys, pressed there."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import Static

from psg_tui.core.timing import Stage, TimerState
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.messages import GoToStage, JumpToSlot, NextStage
from psg_tui.tui.screens.round import RoundScreen
from psg_tui.tui.screens.slot import SlotScreen
from psg_tui.tui.screens.timekeeper import TimekeeperScreen
from tests.tui_helpers import app_for, next_stages, start_planned


async def test_f10_posts_next_stage_and_the_app_moves_on(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    seen: list[Message] = []
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await start_planned(app, sample_group, pilot)
        assert isinstance(app.screen, RoundScreen)
        seen.clear()
        await pilot.press("f10")  # nobody has had a turn: skipping the round asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.screen.careful
        assert not any(isinstance(m, NextStage) for m in seen)
        await pilot.press("y")
        await pilot.pause()
        assert any(isinstance(m, NextStage) for m in seen)
        assert isinstance(app.screen, SlotScreen)
        assert app.session is not None and app.session.engine.stage is Stage.SLOTS


async def test_the_palette_jumps_through_a_message(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    seen: list[Message] = []
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"check-out round")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # it passes everyone over: asks first
        await pilot.press("y")
        await pilot.pause()
        jumps = [m for m in seen if isinstance(m, GoToStage)]
        assert {m.stage for m in jumps} == {Stage.CHECK_OUT}  # seen at the screen and the app
        assert app.session is not None and app.session.engine.stage is Stage.CHECK_OUT
        assert isinstance(app.screen, RoundScreen) and app.screen.check_out


async def test_the_timekeeper_views_keys_do_what_its_footer_says(sample_group: Path) -> None:
    """F9, then F2 / F4 / F3 / F8 pressed in the timekeeper view act on the meeting."""
    app, clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot)  # to the presenter slots
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, TimekeeperScreen)
        engine = app.session.engine
        await pilot.press("f2")  # start
        await pilot.pause()
        assert engine.timer is not None and engine.timer.state is TimerState.RUNNING
        planned = engine.timer.planned
        await pilot.press("f4")  # one more minute
        await pilot.pause()
        assert engine.timer.planned == planned + 60
        clock.advance(30)
        await pilot.press("f3")  # next phase
        await pilot.pause()
        assert engine.view().timer.phase.name == "discussion"
        await pilot.press("f2")  # pause
        await pilot.pause()
        assert engine.timer.state is TimerState.PAUSED
        words = str(app.screen.query_one("#countdown-words", Static).content)
        assert words.startswith("Paused")
        await pilot.press("f8")  # finish the slot
        await pilot.pause()
        assert engine.timer is None
        assert app.session.meeting.slots[0].state.value == "done"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SlotScreen)


async def test_a_palette_jump_that_passes_people_over_asks_and_enter_says_no(
    sample_group: Path,
) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.press("f2")  # Anahera's check-in turn
        await pilot.pause()
        app.screen.post_message(GoToStage(Stage.WRAP_UP))
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "check-in turns for Daniel Okafor" in dialog.question
        assert "the slots of" in dialog.question and "the whole check-out round" in dialog.question
        await pilot.press("enter")  # Enter answers no
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.session.engine.stage is Stage.CHECK_IN
        app.screen.post_message(GoToStage(Stage.WRAP_UP))
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.session.engine.stage is Stage.WRAP_UP


async def test_rounds_flow_and_slots_wait_for_f2(sample_group: Path) -> None:
    """The one rule in F1 help: in a round F3 and F7 start the next person's turn at once;
    a presenter's slot (after a palette jump too) waits for F2."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        engine = app.session.engine
        await pilot.press("f2")
        await pilot.pause()
        first = engine.turn_person
        await pilot.press("f7")  # pass over: the next turn runs at once
        await pilot.pause()
        assert engine.turn_person not in ("", first)
        assert engine.timer.state is TimerState.RUNNING
        await pilot.press("f10", "y")  # leave the round part way (asks)
        await pilot.pause()
        assert isinstance(app.screen, SlotScreen)
        app.screen.post_message(JumpToSlot(1))
        await pilot.pause()
        assert engine.current_slot_index == 1
        assert engine.timer.state is TimerState.READY
        await pilot.press("f2")
        await pilot.pause()
        assert engine.timer.state is TimerState.RUNNING
        assert app.session.meeting.slots[1].started_at == app.now()


async def test_esc_on_setup_with_changes_asks_and_enter_stays(sample_group: Path) -> None:
    from textual.widgets import Input

    from psg_tui.tui.screens.setup import SetupScreen

    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_meeting()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        assert setup.unsaved_changes() == ""  # suggested roles are not the person's change
        setup.query_one("#venue", Input).focus()
        await pilot.press("ctrl+a", *"Room 9")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and "plan" in app.screen.question
        await pilot.press("enter")  # no: stay, nothing lost
        await pilot.pause()
        assert app.screen is setup
        assert "Room 9" in setup.query_one("#venue", Input).value
        await pilot.press("ctrl+q")  # quitting asks too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.screen.question.startswith("Quit")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is setup and app.is_running


async def test_ctrl_q_on_edit_group_with_changes_asks(sample_group: Path) -> None:
    from textual.widgets import Input

    from psg_tui.tui.screens.edit_group import EditGroupScreen

    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditGroupScreen)
        editor.query_one("#name", Input).focus()
        await pilot.press("end", *" (renamed)")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "changes to the group" in app.screen.question
        await pilot.press("y")  # quit without saving
        await pilot.pause()
        assert not app.is_running


async def test_correcting_the_time_refuses_the_impossible(sample_group: Path) -> None:
    """F6 corrects the whole slot; 250:40 in a meeting that began minutes ago is refused in
    words, ctrl+a selects what is typed, and a possible time is taken."""
    from psg_tui.tui.dialogs.correct_time import CorrectTimeDialog

    app, clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot)
        clock.advance(400)  # the presenter began; the timekeeper forgot F2
        await pilot.press("f2")
        clock.advance(120)
        await pilot.press("f6")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CorrectTimeDialog)
        assert dialog.what == "the slot"
        await pilot.press("ctrl+a", *"250:40", "enter")
        await pilot.pause()
        assert app.screen is dialog  # refused
        error = str(dialog.query_one("#correct-error", Static).content)
        assert "longer than the meeting has been going" in error
        await pilot.press("ctrl+a", *"3:30", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SlotScreen)
        assert round(app.session.engine.timer.elapsed) == 210


async def test_a_late_arrival_joins_the_round_and_an_early_leaver_is_passed_by(
    sample_group: Path,
) -> None:
    """ctrl+p "Change attendance" during the check-in: tick Lucy (she sent apologies, then
    came), untick Anahera (she left): Lucy waits for her turn, Anahera is passed by."""
    from textual.widgets import SelectionList

    from psg_tui.tui.dialogs.attendance import AttendanceDialog

    app, clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        meeting = app.session.meeting
        regs = [a.registration_number for a in meeting.attendees]
        clock.advance(300)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Change attendance")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AttendanceDialog)
        people = dialog.query_one(SelectionList)
        lucy = next(m for m in app.session.group.members if m.name == "Lucy Chen")
        people.select(lucy.registration_number)
        people.deselect(regs[0])
        await pilot.press("ctrl+s")
        await pilot.pause()
        rounds = app.screen
        assert isinstance(rounds, RoundScreen)
        meeting = app.session.meeting
        assert lucy.registration_number in {a.registration_number for a in meeting.attendees}
        assert meeting.attendance_note(lucy.registration_number).arrived_at is not None
        assert meeting.has_left(regs[0])
        waiting = rounds.waiting()
        assert lucy.registration_number in waiting and regs[0] not in waiting
