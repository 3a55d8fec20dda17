"""The timekeeper view: a screen-filling countdown for a shared screen on a video call."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, ProgressBar, Static

from psg_tui.core.timing import Stage, TimerView, clock_text, countdown_seconds
from psg_tui.tui import keys
from psg_tui.tui.clock_view import face_of, schedule_line
from psg_tui.tui.guidance import MEETING_HELP
from psg_tui.tui.screens.base import REFRESH_SECONDS, HelpedScreen, TimedScreen
from psg_tui.tui.widgets.countdown import Countdown


class TimekeeperScreen(HelpedScreen[None]):
    """Big digits, the level in words, who is on, and the meeting's progress.

    The timer keys still work here: they are passed to the meeting screen underneath, so
    this view adds no second copy of the meeting's logic.
    """

    HELP_NOTE = MEETING_HELP

    BINDINGS = [
        keys.CLOSE_TIMEKEEPER.binding(),
        keys.TOGGLE_TIMER.binding("pass_on('toggle_timer')"),
        keys.NEXT_TURN_OR_PHASE.binding("pass_on('next')"),
        keys.EXTEND_1.binding("pass_on('extend(60)')"),
        keys.EXTEND_5.binding("pass_on('extend(300)')"),
        keys.FINISH_SLOT.binding("pass_on('finish_slot')"),
    ]

    def __init__(self, underneath: TimedScreen) -> None:
        super().__init__()
        self.underneath = underneath
        """The meeting screen whose timer this shows (and whose keys it runs)."""
        self.session = underneath.session

    def compose(self) -> ComposeResult:
        with Vertical(id="timekeeper"):
            yield Static("", id="timekeeper-who", markup=False)
            yield Countdown(id="countdown", big=True)
            yield ProgressBar(total=1.0, show_eta=False, show_percentage=False, id="tk-progress")
            yield Static("", id="timekeeper-phases", markup=False)
            yield Static("", id="timekeeper-meeting", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Timekeeper view"
        self.refresh_display()
        self.set_interval(REFRESH_SECONDS, self.refresh_display)

    def refresh_display(self) -> None:
        """Redraw from the meeting clock (the screen underneath announces level changes)."""
        view = self.session.engine.view()
        timer = view.timer
        face = face_of(timer, "F2 starts the timer")
        self.query_one(Countdown).show(face.digits, face.words, face.level)
        who_line = self.query_one("#timekeeper-who", Static)
        if timer is None:
            who = view.stage.label
        else:
            if timer.phase is not None:
                what = f" · {timer.phase.label}: {timer.phase.text}"
            else:
                what = f" · {view.stage.label}"
            # A long name gives way (with an ellipsis) to the phase and its time.
            width = who_line.size.width or self.app.size.width
            who = _shorten(timer.label, max(12, width - len(what))) + what
        who_line.update(who)
        self.query_one(ProgressBar).update(progress=timer.progress if timer else 0.0)
        self.query_one("#timekeeper-phases", Static).update(_phases_line(timer))
        self.query_one("#timekeeper-meeting", Static).update(schedule_line(view.schedule))
        self.underneath.refresh_display()  # keeps the bell and flash in one place

    async def action_pass_on(self, action: str) -> None:
        """Run a timer action of the meeting screen underneath (awaited: an action not
        awaited never runs)."""
        if action == "next":
            in_round = self.session.engine.stage in (Stage.CHECK_IN, Stage.CHECK_OUT)
            action = "next_person" if in_round else "next_phase"
        await self.underneath.run_action(action)
        self.refresh_display()

    def action_close(self) -> None:
        """Back to the meeting screen."""
        self.dismiss()


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _phases_line(timer: TimerView | None) -> str:
    """``Present took 3:10 · Discussion now, 12:46 planned · Takeaways 2:15``."""
    if timer is None or len(timer.phases) < 2:
        return ""
    parts = []
    for phase in timer.phases:
        if phase.is_done:
            parts.append(f"{phase.label} took {clock_text(phase.elapsed)}")
        elif phase.is_current:
            parts.append(
                f"{phase.label} now, {clock_text(countdown_seconds(phase.planned))} planned"
            )
        else:
            parts.append(f"{phase.label} {clock_text(countdown_seconds(phase.planned))}")
    return " · ".join(parts)
