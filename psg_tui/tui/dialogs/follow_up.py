""" "What happened since?": a member's quick follow-up, at check-in, of the takeaways they
gave the last time they presented (issue 15, part 1). Optional: Esc leaves it as it was."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from psg_tui.core.followup import LastTakeaways
from psg_tui.core.models import FollowUp, FollowUpOutcome
from psg_tui.core.words import format_date

NO_CHOICE = "none"
"""The option id of "no choice" (a note only, or clearing the follow-up)."""


@dataclass(frozen=True)
class FollowUpAnswer:
    """What the dialog returns: the choice (None: none) and the one-line note."""

    outcome: FollowUpOutcome | None
    note: str


class FollowUpDialog(ModalScreen[FollowUpAnswer | None]):
    """Returns the member's answer, or None when cancelled. 1-4 choose, Enter moves on to
    the note, Enter in the note (or ctrl+s) keeps it."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="follow-up-cancel"),
        Binding("ctrl+s", "save", "Keep", priority=True, id="follow-up-save"),
    ]

    def __init__(
        self, name: str, last: LastTakeaways | None, current: FollowUp | None = None
    ) -> None:
        super().__init__()
        self.member_name = name
        """Whose follow-up."""
        self.last = last
        """Their takeaways from the last time they presented (None: none on record)."""
        self.current = current
        """The follow-up already given at this meeting, if any."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="follow-up-dialog"):
            yield Static(
                f"What happened since? {self.member_name}", classes="dialog-title", markup=False
            )
            if self.last is not None:
                yield Static(
                    Text(
                        f"Takeaways from {format_date(self.last.date)}: "
                        + " ".join(self.last.takeaways.split())
                    ),
                    id="follow-up-takeaways",
                    classes="hint",
                )
            else:
                yield Static(
                    "No takeaways of theirs on record: a note only, if they like.",
                    id="follow-up-takeaways",
                    classes="hint",
                )
            options = [
                Option(Text(f"{i}  {outcome.label}"), id=outcome.value)
                for i, outcome in enumerate(FollowUpOutcome, start=1)
            ]
            options.append(Option(Text("0  No choice (a note only, or nothing)"), id=NO_CHOICE))
            yield OptionList(*options, id="follow-up-choices")
            yield Input(
                self.current.note if self.current else "",
                placeholder="one line: what they tried, what changed (optional)",
                id="follow-up-note",
                compact=True,
            )
            yield Static(
                "1-4 choose · Enter: on to the note, then keep · Esc: cancel. "
                "Goes only into their own PDF.",
                classes="hint",
            )

    def on_mount(self) -> None:
        choices = self.query_one("#follow-up-choices", OptionList)
        current = self.current.outcome if self.current else None
        ids = [o.value for o in FollowUpOutcome] + [NO_CHOICE]
        choices.highlighted = ids.index(current.value) if current else 0
        choices.focus()

    def on_key(self, event: events.Key) -> None:
        """1-4 pick a choice and 0 none, while the list has focus."""
        choices = self.query_one("#follow-up-choices", OptionList)
        if self.focused is not choices or event.character not in tuple("01234"):
            return
        number = int(event.character)
        choices.highlighted = number - 1 if number else len(FollowUpOutcome)
        event.stop()
        self.query_one("#follow-up-note", Input).focus()

    @on(OptionList.OptionSelected, "#follow-up-choices")
    def _chosen(self) -> None:
        self.query_one("#follow-up-note", Input).focus()

    @on(Input.Submitted, "#follow-up-note")
    def action_save(self) -> None:
        """Return the choice highlighted and the note."""
        choices = self.query_one("#follow-up-choices", OptionList)
        index = choices.highlighted
        option = choices.get_option_at_index(index) if index is not None else None
        outcome = (
            FollowUpOutcome(option.id) if option is not None and option.id != NO_CHOICE else None
        )
        self.dismiss(FollowUpAnswer(outcome, self.query_one("#follow-up-note", Input).value))

    def action_cancel(self) -> None:
        """Return None: the follow-up stays as it was."""
        self.dismiss(None)
