"""Correct the elapsed time: the timekeeper forgot to start the timer."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from psg_tui.core.timing import clock_text


def parse_elapsed(text: str) -> int:
    """``7``, ``7:30`` or ``1:07:30`` -> seconds (a bare number means minutes)."""
    text = text.strip()
    if not text:
        raise ValueError("Type the time that has really passed, e.g. 7:30")
    parts = text.split(":")
    if not all(p.isdigit() for p in parts) or len(parts) > 3:
        raise ValueError(f"{text!r}: write minutes (7), m:ss (7:30) or h:mm:ss")
    numbers = [int(p) for p in parts]
    if len(numbers) == 1:
        return numbers[0] * 60
    if any(n >= 60 for n in numbers[1:]):
        raise ValueError(f"{text!r}: seconds and minutes after a colon go up to 59")
    seconds = 0
    for n in numbers:
        seconds = seconds * 60 + n
    return seconds


class CorrectTimeDialog(ModalScreen[int | None]):
    """Returns the corrected elapsed seconds of the current phase, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-correct")]

    def __init__(self, elapsed: float) -> None:
        super().__init__()
        self.elapsed = elapsed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="correct-dialog"):
            yield Static("Correct the elapsed time", classes="dialog-title")
            yield Static(
                f"The timer shows {clock_text(self.elapsed)} gone. How long has really passed? "
                "(minutes, or m:ss)",
                markup=False,
            )
            yield Input(clock_text(self.elapsed), id="elapsed", compact=True)
            yield Static("", id="correct-error", classes="error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Correct", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def action_ok(self) -> None:
        """Check and return."""
        try:
            seconds = parse_elapsed(self.query_one("#elapsed", Input).value)
        except ValueError as exc:
            self.query_one("#correct-error", Static).update(str(exc))
            return
        self.dismiss(seconds)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """No change."""
        self.dismiss(None)
