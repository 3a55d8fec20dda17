"""Add or edit one presenter slot: who, what kind of topic, a title, minutes requested."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from psg_tui.core.models import Member, Slot, TopicType


class PresenterDialog(ModalScreen[Slot | None]):
    """Returns the slot, or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("ctrl+s", "save", "OK", priority=True, id="ok"),
    ]

    def __init__(self, attendees: list[Member], slot: Slot | None = None) -> None:
        super().__init__()
        self.attendees = attendees
        self.slot = slot

    def compose(self) -> ComposeResult:
        slot = self.slot
        with Vertical(id="presenter-dialog", classes="dialog"):
            yield Static("Presenter" if slot is None else "Edit presenter", classes="dialog-title")
            with Grid(classes="form compact"):
                yield Label("Presenter")
                yield Select(
                    [(Text(a.name), a.registration_number) for a in self.attendees],
                    value=slot.presenter if slot else Select.NULL,
                    prompt="Choose an attendee",
                    id="presenter",
                    compact=True,
                )
                yield Label("Topic type")
                yield Select(
                    [(t.label, t.value) for t in TopicType],
                    value=(slot.topic_type if slot else TopicType.CASE_STUDY).value,
                    allow_blank=False,
                    id="topic",
                    compact=True,
                )
                yield Label("Title")
                yield Input(
                    slot.title if slot else "",
                    placeholder="short, non-identifying",
                    id="title",
                    compact=True,
                )
                yield Label("Minutes wanted")
                yield Input(
                    str(slot.requested_minutes) if slot and slot.requested_minutes else "",
                    placeholder="blank: no request",
                    type="integer",
                    id="minutes",
                    compact=True,
                )
            yield Static("", id="presenter-error", classes="error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        """Check the fields and return the slot."""
        presenter = self.query_one("#presenter", Select).value
        error = self.query_one("#presenter-error", Static)
        if presenter is Select.NULL:
            error.update("Choose who presents.")
            return
        minutes_text = self.query_one("#minutes", Input).value.strip()
        minutes = int(minutes_text) if minutes_text else 0
        if not 0 <= minutes <= 240:
            error.update("Minutes wanted: 0 to 240.")
            return
        base = self.slot.model_dump() if self.slot else {}
        base.update(
            presenter=str(presenter),
            topic_type=TopicType(str(self.query_one("#topic", Select).value)),
            title=self.query_one("#title", Input).value.strip(),
            requested_minutes=minutes,
        )
        self.dismiss(Slot.model_validate(base))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without changes."""
        self.dismiss(None)
