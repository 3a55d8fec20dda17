"""What every screen of a running meeting is: :class:`MeetingScreen` (ground rules, rounds,
presenter slots, wrap-up), and :class:`TimedScreen` for the two that run timers.

The app and its navigator talk to these screens only through what the base class declares
(flush the notes, redraw, the save status line, the help note, the palette's commands), so
nothing is looked up by name at run time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import ClassVar, TypeVar

from textual.screen import Screen
from textual.widgets import Static, TextArea

from psg_tui.core.timing import LevelChanged, Stage, TimingError
from psg_tui.tui import keys
from psg_tui.tui.guidance import MEETING_HELP
from psg_tui.tui.messages import (
    ChangeAttendance,
    GoToStage,
    JumpToSlot,
    ShowGroundRules,
    ShowTimekeeper,
)
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.countdown import Countdown

REFRESH_SECONDS = 0.25
"""How often a timed screen is redrawn. Only the display: remaining time comes from the
engine, never from counting ticks."""

STAGE_JUMPS: tuple[tuple[Stage, str], ...] = (
    (Stage.CHECK_IN, "Go to the check-in round"),
    (Stage.SLOTS, "Go to the presenter slots"),
    (Stage.CHECK_OUT, "Go to the check-out round"),
    (Stage.WRAP_UP, "Go to wrap-up"),
)
"""The palette's jumps between stages."""


@dataclass(frozen=True)
class PaletteCommand:
    """One command-palette entry of a screen."""

    title: str
    help: str
    run: Callable[[], object]


ResultType = TypeVar("ResultType")


class HelpedScreen(Screen[ResultType]):
    """A screen that tells the app more than its bindings say: a help note and palette
    commands for F1 and ctrl+p, and what leaving it now would lose."""

    HELP_NOTE: ClassVar[str] = ""
    """Shown under the keys in F1 help."""

    def palette_commands(self) -> list[PaletteCommand]:
        """The command palette's entries on this screen (F1 help lists them too)."""
        return []

    def unsaved_changes(self) -> str:
        """What quitting now would lose, in words ("" when nothing): the app asks first."""
        return ""


class MeetingScreen(HelpedScreen[None]):
    """A screen of the running meeting. It reads and changes ``session.meeting`` through
    the engine and tells the session it changed; it posts messages to move on."""

    HELP_NOTE = MEETING_HELP

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session
        """The running meeting: model, engine, autosave."""

    # -- what the app asks of every meeting screen -----------------------------------------

    def flush_notes(self) -> None:
        """Store what the screen's text areas hold into the model (a change message may
        still be queued); called before anything moves on. Screens with notes override it."""

    def refresh_display(self) -> None:
        """Redraw from the meeting; the save status line by default."""
        self.refresh_save_status()

    def refresh_save_status(self) -> None:
        """One line under the notes: saved, saving, or why not."""
        session = self.session
        if session.save_error:
            text, cls = f"NOT SAVED: {session.save_error}", "error"
        elif session.dirty:
            text, cls = "Saving...", "hint"
        else:
            text, cls = f"Saved to {session.path.name}", "hint"
        for status in self.query("#save-status").results(Static):
            status.update(text)
            status.set_classes(cls)

    def palette_commands(self) -> list[PaletteCommand]:
        """Save, ground rules, bell, the jumps between stages and to each presenter."""
        session = self.session
        commands = [
            PaletteCommand(keys.SAVE_NOW.title, keys.SAVE_NOW.help, session.save_soon),
            PaletteCommand(
                keys.GROUND_RULES.title,
                keys.GROUND_RULES.help,
                partial(self.post_message, ShowGroundRules()),
            ),
            PaletteCommand(keys.TOGGLE_BELL.title, keys.TOGGLE_BELL.help, self.toggle_bell),
            PaletteCommand(
                keys.CHANGE_ATTENDANCE.title, keys.CHANGE_ATTENDANCE.help, self.change_attendance
            ),
        ]
        for stage, title in STAGE_JUMPS:
            commands.append(
                PaletteCommand(
                    title, "Jump to this stage", partial(self.post_message, GoToStage(stage))
                )
            )
        meeting = session.meeting
        for index, slot in enumerate(meeting.slots):
            commands.append(
                PaletteCommand(
                    f"Jump to presenter {index + 1}: {meeting.name_of(slot.presenter)}",
                    slot.title or slot.topic_type.label,
                    partial(self.post_message, JumpToSlot(index)),
                )
            )
        return commands

    # -- shared behaviour ------------------------------------------------------------------

    def run_clock(self, change: Callable[[], object]) -> None:
        """Apply a timer change; a refusal is shown in words, never a crash."""
        try:
            change()
        except TimingError as exc:
            self.notify(str(exc), title="Timer", severity="warning")
        self.session.changed()
        self.refresh_display()

    def action_extend(self, seconds: int) -> None:
        """F4/F5: more time for the open timer (and its current phase)."""
        self.run_clock(lambda: self.session.engine.extend(seconds))

    def app_now(self) -> dt.datetime:
        """The wall-clock time now, as the session's engine sees it (tests fake it)."""
        return self.session.engine.now()

    def change_attendance(self) -> None:
        """Who is here: tick a late arrival, untick someone who left (or was never here)."""
        from psg_tui.core.planning import attendance_choices
        from psg_tui.tui.dialogs.attendance import AttendanceAnswer, AttendanceDialog

        people, here = attendance_choices(self.session.meeting, self.session.group)

        def answered(answer: AttendanceAnswer | None) -> None:
            if answer is not None:
                self.post_message(ChangeAttendance(answer.attending, answer.removed_as))

        self.app.push_screen(AttendanceDialog(people, here, during=True), answered)

    def toggle_bell(self) -> None:
        """Ring on warning-level changes, or not (the flash stays)."""
        self.session.bell = not self.session.bell
        self.notify("Bell on." if self.session.bell else "Bell off (the flash stays).")

    def after_typing(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the focused notes area has taken every key already typed.

        Keys reach a text area through its own message queue, while a priority binding (F3,
        F8, F10) runs at once: without this, the last characters typed before F3 would land
        in the next person's notes.
        """
        focused = self.focused
        if isinstance(focused, TextArea):
            focused.call_later(action)
        else:
            action()


class TimedScreen(MeetingScreen):
    """A meeting screen with a running timer (the rounds, the presenter slots): the refresh
    loop, the bell, and the timer keys that are the same everywhere."""

    def on_mount(self) -> None:
        self.refresh_display()
        self.set_interval(REFRESH_SECONDS, self.refresh_display)

    def palette_commands(self) -> list[PaletteCommand]:
        """The meeting's commands, plus the timekeeper view."""
        return [
            PaletteCommand(
                keys.TIMEKEEPER.title, keys.TIMEKEEPER.help, self.action_timekeeper_view
            ),
            *super().palette_commands(),
        ]

    def announce(self, events: Sequence[LevelChanged], countdown: Countdown) -> None:
        """Flash for any level change, and ring once for those that got louder: several
        crossings seen in one refresh (a phase and the slot at once) are one bell."""
        if not events:
            return
        countdown.flash()
        if any(event.louder for event in events) and self.session.bell:
            self.app.bell()

    # -- the timer keys every timed screen has ---------------------------------------------

    def action_correct(self) -> None:
        """Ask how long has really passed, then correct the timer."""
        from psg_tui.tui.dialogs.correct_time import CorrectTimeDialog

        timer = self.session.engine.timer
        if timer is None:
            self.notify("No timer is running: F2 starts one.")
            return

        def corrected(seconds: int | None) -> None:
            if seconds is not None:
                self.run_clock(lambda: self.session.engine.correct_elapsed(seconds))

        engine = self.session.engine
        started = self.session.meeting.started_at
        going = (self.app_now() - started).total_seconds() if started else None
        earlier = timer.elapsed - timer.phase_elapsed(timer.phase_index)
        what = "the slot" if engine.current_slot_index is not None else f"{timer.label}'s turn"
        self.app.push_screen(
            CorrectTimeDialog(
                timer.elapsed,
                what=what,
                at_least=earlier,
                at_most=max(going, timer.elapsed) if going is not None else None,
            ),
            corrected,
        )

    def action_timekeeper_view(self) -> None:
        """F9: the screen-filling timer for a shared screen (an overlay of this screen)."""
        self.post_message(ShowTimekeeper())
