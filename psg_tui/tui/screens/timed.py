"""What every timed screen (rounds, slots, the big timer) shares: the refresh loop, the
timer keys that are the same everywhere, and the save status line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import Static, TextArea

from psg_tui.core.timing import LevelChanged, TimingError
from psg_tui.tui.guidance import BIG_TIP, START_TIP
from psg_tui.tui.widgets.countdown import Countdown

if TYPE_CHECKING:
    from psg_tui.tui.session import MeetingSession


def timer_key(key: str, action: str, label: str, tooltip: str, binding_id: str) -> Binding:
    """A timer key: a function key with priority, so it works while the notes have focus."""
    return Binding(key, action, label, priority=True, id=binding_id, tooltip=tooltip)


GO_KEY = timer_key("f2", "toggle_timer", "Go", START_TIP, "toggle-timer")
ONE_MORE_MINUTE_KEY = timer_key("f4", "extend(60)", "+1", "One more minute", "extend-1")
FIX_TIME_KEY = timer_key(
    "f6", "correct", "Fix", "Correct the elapsed time (the timer was started late)", "correct"
)
BIG_TIMER_KEY = timer_key("f9", "timekeeper_view", "Big", BIG_TIP, "timekeeper-view")
"""The timer keys the rounds and the presenter slots share."""

REFRESH_SECONDS = 0.25
"""How often the display is redrawn. Only the display: remaining time comes from the clock."""


class TimedScreenMixin:
    """Mixed into a Screen that has ``self.session`` and a ``refresh_display()`` method."""

    session: MeetingSession

    def start_refreshing(self) -> None:
        """Redraw now and a few times a second."""
        self.refresh_display()
        self.set_interval(REFRESH_SECONDS, self.refresh_display)  # type: ignore[attr-defined]

    def refresh_display(self) -> None:  # pragma: no cover - each screen has its own
        raise NotImplementedError

    def announce(self, events: Sequence[LevelChanged], countdown: Countdown) -> None:
        """Flash for any level change, and ring once for those that got louder: several
        crossings seen in one refresh (a phase and the slot at once) are one bell."""
        if not events:
            return
        countdown.flash()
        if any(event.louder for event in events):
            self.app.ring()  # type: ignore[attr-defined]

    def after_typing(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the focused notes area has taken every key already typed.

        Keys reach a text area through its own message queue, while a priority binding (F3,
        F8, F10) runs at once: without this, the last characters typed before F3 would land
        in the next person's notes.
        """
        focused = self.focused  # type: ignore[attr-defined]
        if isinstance(focused, TextArea):
            focused.call_later(action)
        else:
            action()

    def run_clock(self, change: Callable[[], object]) -> None:
        """Apply a timer change; a refusal is shown in words, never a crash."""
        try:
            change()
        except TimingError as exc:
            self.notify(str(exc), title="Timer", severity="warning")  # type: ignore[attr-defined]
        self.session.changed()
        self.refresh_display()

    def action_correct(self) -> None:
        """Ask how long has really passed, then correct the timer."""
        from psg_tui.tui.dialogs.correct_time import CorrectTimeDialog

        timer = self.session.engine.timer
        if timer is None:
            self.notify("No timer is running: F2 starts one.")  # type: ignore[attr-defined]
            return
        current = timer.elapsed

        def corrected(seconds: int | None) -> None:
            if seconds is not None:
                self.run_clock(lambda: self.session.engine.correct_elapsed(seconds))

        self.app.push_screen(CorrectTimeDialog(current), corrected)  # type: ignore[attr-defined]

    def action_timekeeper_view(self) -> None:
        """F9: the screen-filling timer for a shared screen."""
        from psg_tui.tui.screens.timekeeper import TimekeeperScreen

        self.app.push_screen(TimekeeperScreen(self.session, self))  # type: ignore[attr-defined]

    def refresh_save_status(self) -> None:
        """One line under the notes: saved, saving, or why not."""
        session = self.session
        if session.save_error:
            text, cls = f"NOT SAVED: {session.save_error}", "error"
        elif session.dirty:
            text, cls = "Saving...", "hint"
        else:
            text, cls = f"Saved to {session.path.name}", "hint"
        for status in self.query("#save-status"):  # type: ignore[attr-defined]
            assert isinstance(status, Static)
            status.update(text)
            status.set_classes(cls)
