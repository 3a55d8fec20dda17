"""Choose one person from a list (whose reflection to write, for example)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from psg_tui.core.models import Member


class ChooseMemberDialog(ModalScreen[str | None]):
    """Returns the chosen person's registration number, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="choose-cancel")]

    def __init__(self, question: str, people: list[Member], hint: str = "") -> None:
        super().__init__()
        self.question = question
        """What the person is choosing for."""
        self.people = people
        """Whom to choose from."""
        self.hint = hint
        """A line under the question (empty: none)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="choose-member-dialog"):
            yield Static(self.question, classes="dialog-title", markup=False)
            if self.hint:
                yield Static(self.hint, classes="hint", markup=False)
            yield OptionList(
                *(
                    Option(Text(f"{p.name}  ({p.registration_number})"), id=p.registration_number)
                    for p in self.people
                ),
                id="choose-member",
            )
            yield Static("Enter: choose   Esc: cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#choose-member", OptionList).focus()

    @on(OptionList.OptionSelected, "#choose-member")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        """Return the registration number of the person chosen."""
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Return None."""
        self.dismiss(None)
