"""The meeting file changed on disk while the meeting ran: which version goes on?

Asked by the navigator when a save found the file changed (another psg window, a hand edit,
``psg render --allow-findings``). Either answer keeps both versions: this app's is already
in a conflict copy beside the meeting file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from psg_tui.core.store import neutralise_output

ConflictChoice = Literal["mine", "theirs"]


class ConflictDialog(ModalScreen[ConflictChoice]):
    """Returns ``"mine"`` (carry on with this app's notes; the version on disk is kept as a
    conflict copy) or ``"theirs"`` (open the version on disk; ours stays in its copy).
    Esc answers "mine": the notes on screen carry on, and nothing is lost either way."""

    BINDINGS = [Binding("escape", "mine", "Keep mine", id="conflict-mine")]

    def __init__(self, path: Path, side: Path) -> None:
        super().__init__()
        self.path = path
        self.side = side

    def compose(self) -> ComposeResult:
        name, side = neutralise_output(self.path.name), neutralise_output(self.side.name)
        question = (
            f"{name} was changed on disk while this meeting ran (by another psg "
            "window, a hand edit or psg render). It was not overwritten, and your notes are "
            f"safe in {side}.\n\n"
            "Carry on with your notes (the other version is kept as a conflict copy), or open "
            "the version on disk (yours stays in its copy)? Either way both are kept."
        )
        with Vertical(classes="dialog", id="conflict-dialog"):
            yield Static(question, markup=False, id="conflict-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Carry on with mine", variant="primary", id="mine")
                yield Button("Open the version on disk", id="theirs")

    def on_mount(self) -> None:
        self.query_one("#mine", Button).focus()

    @on(Button.Pressed, "#mine")
    def action_mine(self) -> None:
        """Carry on with this app's notes."""
        self.dismiss("mine")

    @on(Button.Pressed, "#theirs")
    def action_theirs(self) -> None:
        """Open the version on disk."""
        self.dismiss("theirs")
