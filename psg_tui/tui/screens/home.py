"""Home: the group, its members and its meetings."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from psg_tui.core.store import GroupStore


class HomeScreen(Screen[None]):
    """The group at a glance."""

    def __init__(self, store: GroupStore) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(id="group-name", markup=False)
            yield Static(id="group-purpose", markup=False)
            yield DataTable(id="members", cursor_type="row")
            yield DataTable(id="meetings", cursor_type="row")
            yield Static(id="load-errors", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        group = self.store.load_group()
        self.query_one("#group-name", Static).update(Text(group.name, style="bold"))
        self.query_one("#group-purpose", Static).update(Text(group.purpose))
        members = self.query_one("#members", DataTable)
        members.add_columns("Member", "Reg. no.", "Profession")
        for m in group.members:
            members.add_row(Text(m.name), m.registration_number, Text(m.profession))
        meetings = self.query_one("#meetings", DataTable)
        meetings.add_columns("Date", "Status", "Attendees", "Topics")
        loaded, errors = self.store.load_meetings()
        for _path, meeting in reversed(loaded):
            meetings.add_row(
                meeting.date.isoformat(),
                meeting.status.value.replace("_", " "),
                str(len(meeting.attendees)),
                Text("; ".join(s.title for s in meeting.slots)),
            )
        self.query_one("#load-errors", Static).update("\n".join(str(e) for e in errors))
