"""Add a guest or other non-member attendee (a visiting speaker): attends and may present,
never counted for recertification nor towards the PSG minimum."""

from __future__ import annotations

from collections.abc import Collection

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from psg_tui.core.models import Member
from psg_tui.core.store import tidy_message


class GuestDialog(ModalScreen[Member | None]):
    """Returns the guest (``guest=True``), or None when cancelled.

    A guest without a registration number is keyed ``key`` (``guest-1``) in the meeting;
    ``taken`` holds the registration numbers already in the meeting or the group.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="guest-cancel"),
        Binding("ctrl+s", "save", "OK", priority=True, id="guest-ok"),
    ]

    def __init__(self, key: str, *, taken: Collection[str] = ()) -> None:
        super().__init__()
        self.key = key
        self.taken = set(taken)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="guest-dialog"):
            yield Static("Add a guest", classes="dialog-title")
            yield Static(
                "A visiting speaker or other non-member: attends and may present, but is "
                "never counted for recertification or towards the PSG minimum of four.",
                classes="hint",
            )
            with Grid(classes="form compact"):
                yield Label("Name")
                yield Input(placeholder="as they write it", id="guest-name", compact=True)
                yield Label("Role")
                yield Input("Guest speaker", id="guest-profession", compact=True)
                yield Label("Registration no.")
                yield Input(
                    placeholder="if they have one (optional)",
                    restrict=r"[0-9 ]*",
                    id="guest-registration",
                    compact=True,
                )
            yield Static("", id="guest-error", classes="error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        """Check the fields and return the guest."""
        error = self.query_one("#guest-error", Static)
        name = self.query_one("#guest-name", Input).value
        reg = "".join(self.query_one("#guest-registration", Input).value.split())
        if not name.strip():
            error.update("Name: give the guest's name.")
            return
        if reg in self.taken:
            error.update(
                f"Registration number {reg} is already in this meeting or the group: a member "
                "is ticked under Attending, not added as a guest."
            )
            return
        try:
            guest = Member(
                name=name,
                registration_number=reg or self.key,
                profession=self.query_one("#guest-profession", Input).value.strip(),
                guest=True,
            )
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            error.update(
                f"{first['loc'][0] if first['loc'] else 'Guest'}: {tidy_message(first['msg'])}"
            )
            return
        self.dismiss(guest)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without adding anyone."""
        self.dismiss(None)
