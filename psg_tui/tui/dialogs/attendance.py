"""Who is here: a late arrival, an early leaver, or a correction of the attendance, during
the meeting or after it (attendees are minimum data)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, RadioSet, SelectionList, Static
from textual.widgets.selection_list import Selection

from psg_tui.core.models import Member
from psg_tui.core.planning import Removal
from psg_tui.tui.widgets.toggles import Radio, TickList


@dataclass(frozen=True)
class AttendanceAnswer:
    """What the dialog returns: who is attending now, and how to record those taken off."""

    attending: tuple[str, ...]
    removed_as: Removal


class AttendanceDialog(ModalScreen[AttendanceAnswer | None]):
    """Tick who is here. Someone unticked is recorded as leaving early (during a meeting) or
    as not here at all (a correction); someone ticked while the meeting runs, as arriving
    late."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="attendance-cancel"),
        Binding("ctrl+s", "save", "Save", id="attendance-save", priority=True),
    ]

    def __init__(self, people: list[Member], here: set[str], *, during: bool) -> None:
        super().__init__()
        self.people = people
        """Everyone who could be here: the group's members and the attendees."""
        self.here = here
        """Registration numbers ticked now (attending and not gone)."""
        self.during = during
        """The meeting is running: an unticked person is taken to have left early."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="attendance-dialog"):
            yield Static("Who is here" if self.during else "Who was there", classes="dialog-title")
            yield Static(
                "Space ticks or unticks. Ticked now: arrived late."
                if self.during
                else "Space ticks or unticks. Ticked: was at the meeting (a correction).",
                classes="hint",
            )
            yield TickList[str](
                *(
                    Selection(
                        Text(f"{p.name}  ({p.registration_number})"),
                        p.registration_number,
                        p.registration_number in self.here,
                    )
                    for p in self.people
                ),
                id="attendance-people",
            )
            yield Static("Someone unticked:", classes="hint")
            with RadioSet(id="attendance-removal"):
                yield Radio("left early (they attended part)", value=self.during, id="left")
                yield Radio("was not here (a correction)", value=not self.during, id="absent")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="attendance-ok")
                yield Button("Cancel", id="attendance-cancel-button")

    def on_mount(self) -> None:
        self.query_one("#attendance-people", SelectionList).focus()

    @on(Button.Pressed, "#attendance-ok")
    def action_save(self) -> None:
        """Return the ticks and the choice for those unticked."""
        ticked = self.query_one("#attendance-people", SelectionList).selected
        pressed = self.query_one("#attendance-removal", RadioSet).pressed_button
        removed_as: Removal = "absent" if pressed is not None and pressed.id == "absent" else "left"
        order = [p.registration_number for p in self.people]
        self.dismiss(AttendanceAnswer(tuple(r for r in order if r in ticked), removed_as))

    @on(Button.Pressed, "#attendance-cancel-button")
    def action_cancel(self) -> None:
        """No change."""
        self.dismiss(None)
