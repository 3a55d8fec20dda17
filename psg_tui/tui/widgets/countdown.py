"""The big countdown: Textual's Digits plus the warning level in words and in colour."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Digits, Static

from psg_tui.tui.widgets.big_digits import BigDigits

LEVEL_CLASSES = ("on-track", "warning", "time-up", "overtime", "paused", "idle")


class Countdown(Vertical):
    """Shows ``digits`` large and ``words`` under it; ``level`` picks the colour class.

    Colour is never the only signal: the words say "2:00 left", "TIME UP" or "OVER +1:30".
    """

    digits: reactive[str] = reactive("0:00", init=False)
    words: reactive[str] = reactive("", init=False)
    level: reactive[str] = reactive("idle", init=False)

    def __init__(self, *, big: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.big = big
        """Five-row digits (the timekeeper view) instead of Textual's three-row Digits."""

    def compose(self) -> ComposeResult:
        if self.big:
            yield BigDigits("0:00", id="countdown-digits")
        else:
            yield Digits("0:00", id="countdown-digits")
        yield Static("", id="countdown-words", markup=False)

    def show(self, digits: str, words: str, level: str) -> None:
        """Update all three at once (a refresh from the meeting clock)."""
        self.digits = digits
        self.words = words
        self.level = level

    def watch_digits(self, value: str) -> None:
        self.query_one("#countdown-digits").update(value)  # type: ignore[attr-defined]

    def watch_words(self, value: str) -> None:
        self.query_one("#countdown-words", Static).update(value)

    def watch_level(self, old: str, new: str) -> None:
        self.remove_class(*LEVEL_CLASSES)
        self.add_class(new)

    def flash(self) -> None:
        """A short visible flash when the level changes (the bell's silent partner)."""
        self.add_class("flash")
        self.set_timer(0.6, lambda: self.remove_class("flash"))
