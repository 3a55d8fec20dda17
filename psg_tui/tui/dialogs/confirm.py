"""A yes/no question.

Every confirm dialog works the same way: Enter presses the focused button, and the focused
button is the one that looks primary (the other never does); Left/Right (or Tab/shift+Tab)
move between the two; a hint line says in words what Enter and Esc do. A ``careful``
question (its yes passes someone over or cannot be undone easily) opens on its no.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmDialog(ModalScreen[bool | None]):
    """Asks ``question``; returns True for yes, False for no. Esc answers no, or, given
    ``cancel`` (what Esc does, in words), returns None: neither answer."""

    BINDINGS = [
        Binding("escape", "escape", "No", id="confirm-no"),
        Binding("y", "yes", "Yes", show=False),
        Binding("n", "no", "No", show=False),
        Binding("left", "other_button", "Choose", show=False),
        Binding("right", "other_button", "Choose", show=False),
    ]

    def __init__(
        self,
        question: str,
        *,
        yes: str = "Yes",
        no: str = "No",
        careful: bool = False,
        cancel: str | None = None,
    ) -> None:
        super().__init__()
        self.question = question
        self.careful = careful
        """Enter answers no: for questions whose yes cannot be undone easily."""
        self.yes_label = yes
        self.no_label = no
        self.cancel = cancel
        """What Esc does when it is neither answer (it returns None); None: Esc answers no."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog"):
            yield Static(self.question, markup=False, id="confirm-question")
            yield Static("", markup=False, id="confirm-hint", classes="hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes_label, id="yes")
                yield Button(self.no_label, id="no")

    def on_mount(self) -> None:
        self.query_one("#no" if self.careful else "#yes", Button).focus()

    @property
    def default_button(self) -> Button:
        """The button Enter presses now: the focused one (the opening default before
        anything has focus)."""
        focused = self.focused
        if isinstance(focused, Button):
            return focused
        return self.query_one("#no" if self.careful else "#yes", Button)

    def hint(self) -> str:
        """What Enter and Esc do, in words."""
        escape = self.cancel if self.cancel is not None else self.no_label
        return (
            f"Enter: {self.default_button.label.plain} \u00b7 \u2190/\u2192 to choose "
            f"\u00b7 Esc: {escape}"
        )

    @on(DescendantFocus)
    def _show_default(self) -> None:
        """The focused button looks primary, the other plain, and the hint follows."""
        chosen = self.default_button
        for button in self.query(Button):
            button.variant = "primary" if button is chosen else "default"
        self.query_one("#confirm-hint", Static).update(self.hint())

    def action_other_button(self) -> None:
        """Left/Right: move to the other button (there are two, so either key does)."""
        other = "#yes" if self.default_button.id == "no" else "#no"
        self.query_one(other, Button).focus()

    @on(Button.Pressed, "#yes")
    def action_yes(self) -> None:
        """Answer yes."""
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        """Answer no."""
        self.dismiss(False)

    def action_escape(self) -> None:
        """Esc: no, or neither answer when the question says what Esc does instead."""
        if self.cancel is not None:
            self.dismiss(None)
        else:
            self.dismiss(False)
