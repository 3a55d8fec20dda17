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
from psg_tui.core.words import format_date, format_day

NO_CHOICE = "none"
"""The option id of "no choice" (a note only, or clearing the follow-up)."""


@dataclass(frozen=True)
class FollowUpAnswer:
    """What the dialog returns: the choice (None: none) and the one-line note."""

    outcome: FollowUpOutcome | None
    note: str


CHOOSE_HINT = "1-4 choose, 0 none · Enter: on to the note"
"""What Enter and the digits do while choosing."""
CHOOSE_KEYS = "Esc: cancel · Goes only into their own PDF."
NOTE_KEYS = "↑: back to the choices · Esc: cancel · Goes only into their own PDF."
"""The line under the hint, while choosing and while in the note."""


def note_hint(choice: str, note: str, asked: bool) -> str:
    """What Enter does in the note, for the choice made (``choice``: its label, or "" for
    none), the note as typed, and whether an Enter on the empty note has just asked."""
    chosen = choice or "No choice"
    if note.strip():
        return f"{chosen}: Enter keeps it with this note"
    if asked:
        if choice:
            return f"No note: Enter again keeps “{choice}” alone, or type one"
        return "No choice, no note: Enter again keeps nothing, or type one"
    return f"{chosen}: type the note, Enter keeps (no note: Enter twice)"


class FollowUpDialog(ModalScreen[FollowUpAnswer | None]):
    """Returns the member's answer, or None when cancelled. 1-4 (or 0) choose and move to
    the note, as does Enter on a choice; Enter in the note keeps it (an empty note takes
    Enter twice); ctrl+s keeps at any time; ↑ in the note goes back to the choices."""

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
        self.asked_empty = False
        """An Enter on the empty note has asked "keep with no note?": the next Enter keeps."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="follow-up-dialog"):
            yield Static(
                f"What happened since? {self.member_name}", classes="dialog-title", markup=False
            )
            yield Static(self._takeaways_line(), id="follow-up-takeaways", classes="hint")
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
                select_on_focus=False,  # a key typed on arrival adds to the note, never replaces it
            )
            yield Static(CHOOSE_HINT, id="follow-up-hint", classes="hint", markup=False)
            yield Static(CHOOSE_KEYS, id="follow-up-keys", classes="hint", markup=False)

    def _takeaways_line(self) -> Text:
        last = self.last
        if last is None:
            return Text("No takeaways of theirs on record: a note only, if they like.")
        if last.followed_up_on is not None:
            return Text(
                f"Nothing new to follow up: their takeaways of {format_day(last.date)} were "
                f"followed up on {format_day(last.followed_up_on)}. A note only, if they like."
            )
        return Text(f"Takeaways from {format_date(last.date)}: " + " ".join(last.takeaways.split()))

    def on_mount(self) -> None:
        choices = self.query_one("#follow-up-choices", OptionList)
        current = self.current.outcome if self.current else None
        ids = [o.value for o in FollowUpOutcome] + [NO_CHOICE]
        choices.highlighted = ids.index(current.value) if current else 0
        choices.focus()

    # -- the two steps -------------------------------------------------------------------

    def chosen(self) -> FollowUpOutcome | None:
        """The choice highlighted (None: "no choice")."""
        choices = self.query_one("#follow-up-choices", OptionList)
        index = choices.highlighted
        option = choices.get_option_at_index(index) if index is not None else None
        if option is None or option.id == NO_CHOICE:
            return None
        return FollowUpOutcome(option.id)

    def _show_hint(self) -> None:
        note = self.query_one("#follow-up-note", Input)
        if self.focused is note:
            outcome = self.chosen()
            text = note_hint(outcome.label if outcome else "", note.value, self.asked_empty)
            keys = NOTE_KEYS
        else:
            text, keys = CHOOSE_HINT, CHOOSE_KEYS
        self.query_one("#follow-up-hint", Static).update(text)
        self.query_one("#follow-up-keys", Static).update(keys)

    def _to_note(self) -> None:
        self.asked_empty = False
        self.query_one("#follow-up-note", Input).focus()

    def on_descendant_focus(self, _event: events.DescendantFocus) -> None:
        self._show_hint()

    def on_key(self, event: events.Key) -> None:
        """While choosing: 1-4 pick a choice and 0 none, then on to the note; any other
        printable character starts the note. In the note: ↑ goes back to the choices."""
        choices = self.query_one("#follow-up-choices", OptionList)
        note = self.query_one("#follow-up-note", Input)
        if self.focused is note:
            if event.key == "up":
                event.stop()
                choices.focus()
            return
        if self.focused is not choices or not event.is_printable or event.character is None:
            return
        if event.character in tuple("01234"):
            number = int(event.character)
            choices.highlighted = number - 1 if number else len(FollowUpOutcome)
        elif event.character == " ":
            return  # space selects the highlighted choice, as Enter does
        else:
            note.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()
        self._to_note()

    @on(OptionList.OptionSelected, "#follow-up-choices")
    def _selected(self) -> None:
        self._to_note()

    @on(OptionList.OptionHighlighted, "#follow-up-choices")
    @on(Input.Changed, "#follow-up-note")
    def _edited(self) -> None:
        self.asked_empty = False
        self._show_hint()

    @on(Input.Submitted, "#follow-up-note")
    def _submitted(self) -> None:
        """Enter in the note: keep it; on an empty note, ask first (a second Enter keeps)."""
        if not self.query_one("#follow-up-note", Input).value.strip() and not self.asked_empty:
            self.asked_empty = True
            self._show_hint()
            return
        self.action_save()

    def action_save(self) -> None:
        """Return the choice highlighted and the note."""
        self.dismiss(FollowUpAnswer(self.chosen(), self.query_one("#follow-up-note", Input).value))

    def action_cancel(self) -> None:
        """Return None: the follow-up stays as it was."""
        self.dismiss(None)
