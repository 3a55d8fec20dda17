"""Add or edit one member of the group: name, registration number, profession."""

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

FIELDS = ("name", "registration_number", "profession")
"""The member's fields, in the order the dialog shows them (also the ids of their inputs)."""


class MemberDialog(ModalScreen[Member | None]):
    """Returns the member as typed and checked, or None when cancelled.

    ``taken`` holds the registration numbers of the other members, so two members cannot
    share one (the group file would refuse it).
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="member-cancel"),
        Binding("ctrl+s", "save", "OK", priority=True, id="member-ok"),
    ]

    def __init__(self, member: Member | None = None, *, taken: Collection[str] = ()) -> None:
        super().__init__()
        self.member = member
        """The member being edited (None: a new one)."""
        self.taken = set(taken)
        """Registration numbers other members already use."""

    def compose(self) -> ComposeResult:
        member = self.member
        with Vertical(classes="dialog", id="member-dialog"):
            yield Static("New member" if member is None else "Edit member", classes="dialog-title")
            with Grid(classes="form"):
                yield Label("Name")
                yield _field(
                    Input(
                        member.name if member else "",
                        placeholder="as they write it, macrons and all",
                        id="name",
                    )
                )
                yield Label("Registration no.")
                yield _field(
                    Input(
                        member.registration_number if member else "",
                        placeholder="digits only, any length",
                        restrict=r"[0-9 ]*",
                        id="registration_number",
                    )
                )
                yield Label("Profession")
                yield _field(Input(member.profession if member else "Pharmacist", id="profession"))
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK (ctrl+s)", variant="primary", id="ok")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.show_errors({})
        self.query_one("#name", Input).focus()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each field's problem under it; hide the lines of fields without one."""
        for field in FIELDS:
            line = self.query_one(f"#{field}-error", Static)
            line.update(errors.get(field, ""))
            line.display = field in errors

    def read_member(self) -> Member | dict[str, str]:
        """The member from the inputs, or the problems by field."""
        values = {field: self.query_one(f"#{field}", Input).value for field in FIELDS}
        values["registration_number"] = values["registration_number"].replace(" ", "")
        values["profession"] = " ".join(values["profession"].split()) or "Pharmacist"
        try:
            member = Member.model_validate(values)
        except ValidationError as exc:
            errors: dict[str, str] = {}
            for error in exc.errors(include_url=False):
                field = str(error["loc"][0]) if error["loc"] else "name"
                errors.setdefault(field, tidy_message(error["msg"], alone=True))
            return errors
        if member.registration_number in self.taken:
            return {
                "registration_number": (
                    f"{member.registration_number} is already another member's number."
                )
            }
        return member

    @on(Input.Submitted)
    def next_field(self, event: Input.Submitted) -> None:
        """Enter moves on to the next field; on the last one it saves."""
        if event.input.id == FIELDS[-1]:
            self.action_save()
        else:
            self.focus_next(Input)

    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        """Check the fields; return the member, or show what is wrong beside each field."""
        result = self.read_member()
        if isinstance(result, Member):
            self.dismiss(result)
            return
        self.show_errors(result)
        self.query_one(f"#{next(iter(result))}", Input).focus()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Return None: nothing changes."""
        self.dismiss(None)


def _field(field_input: Input) -> Vertical:
    """An input with its problem line right under it (ids: ``x`` and ``x-error``)."""
    error = Static("", id=f"{field_input.id}-error", classes="error field-error", markup=False)
    return Vertical(field_input, error, classes="form-field")
