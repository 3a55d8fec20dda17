"""Write or edit one member's personal reflection on learning from a meeting."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

REFLECTION_HINT = (
    "Yours alone: it goes only into your own PDF, never into the group's notes. "
    "What did you learn, and what will you do differently? Markdown is fine."
)


class ReflectionDialog(ModalScreen[str | None]):
    """Returns the reflection text, or None when cancelled.

    Shows only the one member's reflection: whoever opens it sees nobody else's.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="reflection-cancel"),
        Binding("ctrl+s", "save", "Save", priority=True, id="reflection-save"),
    ]

    def __init__(self, member_name: str, meeting_label: str, text: str = "") -> None:
        super().__init__()
        self.member_name = member_name
        """Whose reflection this is."""
        self.meeting_label = meeting_label
        """Which meeting, in words ("18 February 2026")."""
        self.text = text
        """The reflection as it stands (empty: a new one)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="reflection-dialog"):
            yield Static(
                f"Reflection of {self.member_name}: meeting of {self.meeting_label}",
                classes="dialog-title",
                markup=False,
            )
            yield Static(REFLECTION_HINT, classes="hint", markup=False)
            yield TextArea(self.text, id="reflection-text", soft_wrap=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#reflection-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Return the text (empty text removes the reflection)."""
        self.dismiss(self.query_one("#reflection-text", TextArea).text)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Return None: the reflection stays as it was."""
        self.dismiss(None)
