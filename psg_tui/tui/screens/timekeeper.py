"""The timekeeper view: a screen-filling countdown for a shared screen on a video call."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from psg_tui.core.models import MeetingStage
from psg_tui.tui.screens.timed import TimedScreenMixin
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.countdown import Countdown


class TimekeeperScreen(TimedScreenMixin, Screen[None]):
    """Big digits, the level in words, who is on, and the meeting's progress. The timer keys
    work here too, so the timekeeper can stay on this screen."""

    BINDINGS = [
        Binding("f9,escape", "close", "Back to notes", priority=True, id="close-timekeeper"),
        Binding("f2", "toggle_timer", "Start/Pause", priority=True, id="toggle-timer"),
        Binding("f3", "next", "Next", priority=True, id="next-phase"),
        Binding("f4", "extend(60)", "+1m", priority=True, id="extend-1"),
        Binding("f5", "extend(300)", "+5m", priority=True, id="extend-5"),
    ]

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(id="timekeeper"):
            yield Static("", id="timekeeper-who", markup=False)
            yield Countdown(id="countdown")
            yield Static("", id="timekeeper-meeting", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Timekeeper view"
        self.start_refreshing()

    @property
    def in_round(self) -> str | None:
        """``check_in``/``check_out`` while a round runs, else None (presenter slots)."""
        stage = self.session.meeting.stage
        if stage in (MeetingStage.CHECK_IN, MeetingStage.CHECK_OUT):
            return stage.value
        return None

    def refresh_display(self) -> None:
        """Redraw from the meeting clock."""
        clock = self.session.clock
        kind = self.in_round
        view = clock.round_view(kind) if kind else clock.slot_view()
        countdown = self.query_one(Countdown)
        countdown.show(view.digits, view.words, view.level)
        who = view.who if kind else f"{view.who}\n{view.phase}"
        self.query_one("#timekeeper-who", Static).update(who)
        self.query_one("#timekeeper-meeting", Static).update(clock.progress_text())
        for _event in clock.level_changes():
            countdown.flash()
            self.app.ring()

    def action_next(self) -> None:
        """Next phase (slots) or next person (rounds)."""
        kind = self.in_round
        clock = self.session.clock
        self.run_clock((lambda: clock.round_next(kind)) if kind else clock.next_phase)

    def action_extend(self, seconds: int) -> None:
        """More time for the current phase or person."""
        self.run_clock(lambda: self.session.clock.extend(seconds))

    def action_close(self) -> None:
        """Back to the screen underneath."""
        self.dismiss()
