"""Edit one free-text field of the meeting, found by its path (``slots.1.summary``).

The privacy check names fields by path; this dialog opens the field with the cursor on the
finding, so the note taker can fix it where it is.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from psg_tui.tui.widgets.notes import NotesArea


def get_field(model: Any, path: str) -> str:
    """The text at ``path`` (dotted attribute names and list indexes)."""
    target = model
    for part in path.split("."):
        target = target[int(part)] if part.isdigit() else getattr(target, part)
    return str(target)


def set_field(model: Any, path: str, value: str) -> None:
    """Replace the text at ``path``; pydantic validates the assignment."""
    *parents, last = path.split(".")
    target = model
    for part in parents:
        target = target[int(part)] if part.isdigit() else getattr(target, part)
    if last.isdigit():
        target[int(last)] = value
    else:
        setattr(target, last, value)


class FieldEditor(ModalScreen[str | None]):
    """Returns the edited text, or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel-edit"),
        Binding("ctrl+s", "save", "Keep", priority=True, id="keep-edit"),
    ]

    def __init__(self, title: str, text: str, line: int = 1, column: int = 1, hint: str = ""):
        super().__init__()
        self.title_text = title
        self.text = text
        self.location = (max(0, line - 1), max(0, column - 1))
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="field-editor"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            if self.hint:
                yield Static(self.hint, classes="hint", markup=False)
            yield NotesArea(self.text, id="field-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Keep (ctrl+s)", variant="primary", id="keep")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#field-text", TextArea)
        area.focus()
        area.cursor_location = self.location

    @on(Button.Pressed, "#keep")
    def action_save(self) -> None:
        """Return the new text."""
        self.dismiss(self.query_one("#field-text", TextArea).text)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Return None: nothing changes."""
        self.dismiss(None)
