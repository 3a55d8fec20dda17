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
    """Asks how long the open timer (the whole slot, or the person's whole turn) has really
    run; returns the seconds, or None. A time longer than the meeting has been going, or
    shorter than the earlier phases already took, is refused in words."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel-correct"),
        Binding("ctrl+a", "select_all", "Select all", id="select-all", show=False, priority=True),
    ]

    def __init__(
        self,
        elapsed: float,
        *,
        what: str = "the slot",
        at_least: float = 0,
        at_most: float | None = None,
    ) -> None:
        super().__init__()
        self.elapsed = elapsed
        """What the timer shows now."""
        self.what = what
        """What is corrected, in words: "the slot" (all its phases) or "Aroha's turn"."""
        self.at_least = at_least
        """The earlier phases' time: the total cannot be less."""
        self.at_most = at_most
        """How long the meeting has been going: nothing in it can have run longer."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="correct-dialog"):
            yield Static(f"Correct the time of {self.what}", classes="dialog-title", markup=False)
            yield Static(
                f"The timer shows {clock_text(self.elapsed)} gone for {self.what} as a whole "
                "(every phase together). How long has it really run? (minutes, or m:ss)",
                markup=False,
            )
            yield Input(clock_text(self.elapsed), id="elapsed", compact=True)
            yield Static("", id="correct-error", classes="error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Correct", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.action_select_all()

    def action_select_all(self) -> None:
        """ctrl+a selects what is typed, so the new time replaces it."""
        field = self.query_one("#elapsed", Input)
        field.focus()
        field.select_all()

    def check(self, text: str) -> int:
        """The seconds typed, within what is possible; ValueError says why not."""
        seconds = parse_elapsed(text)
        if self.at_most is not None and seconds > self.at_most:
            raise ValueError(
                f"{clock_text(seconds)} is longer than the meeting has been going "
                f"({clock_text(self.at_most)})"
            )
        if seconds < self.at_least:
            raise ValueError(
                f"the earlier phases already took {clock_text(self.at_least)}: "
                "the time cannot be less than that"
            )
        return seconds

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def action_ok(self) -> None:
        """Check and return."""
        try:
            seconds = self.check(self.query_one("#elapsed", Input).value)
        except ValueError as exc:
            self.query_one("#correct-error", Static).update(str(exc))
            return
        self.dismiss(seconds)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """No change."""
        self.dismiss(None)
