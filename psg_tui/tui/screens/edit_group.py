"""Edit the group: name, purpose, ground rules, members and the defaults new meetings use.

:class:`EditGroupScreen` holds the whole group form; the first-run
:class:`~psg_tui.tui.screens.create_group.CreateGroupScreen` is the same form on a new group.
Nothing is written until ctrl+s, and then only through the store (atomic); a failed save
leaves every field as typed, with the reason on screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from psg_tui.core import planning
from psg_tui.core.models import (
    DEFAULT_GROUND_RULES,
    PSG_MINIMUM_ATTENDEES,
    Group,
    Member,
    Modality,
)
from psg_tui.core.store import GroupStore, StoreError, tidy_message
from psg_tui.core.words import plural
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.dialogs.member import MemberDialog
from psg_tui.tui.screens.base import HelpedScreen
from psg_tui.tui.widgets.toggles import TickBox

EXAMPLE_PURPOSES: tuple[str, ...] = (
    "To reflect on and improve our clinical knowledge and skills in providing care to patients.",
    "To connect with other pharmacists working in similar, scarce or distant roles, to share "
    "practice challenges and our experiences of dealing with them.",
    "To support the connection and development of pharmacist prescribers across all sectors.",
    "To help hospital pharmacists with an education role develop their teaching skills, to "
    "better meet the learning needs of junior pharmacists and students on placement.",
)
"""The guidance's examples of a group's purpose, offered as starting points."""

DEFAULT_FIELDS = (
    "meeting_minutes",
    "start_time",
    "slot_minutes",
    "modality",
    "venue",
    "platform",
    "check_in_minutes_per_person",
    "check_out_minutes_per_person",
    "wrap_up_minutes",
    "min_slot_minutes",
    "presenters_in_record",
)
"""The group defaults this form edits; the rest keep their values."""

FIELD_TABS = {
    "name": "tab-group",
    "purpose": "tab-group",
    "members": "tab-members",
    "ground_rules": "tab-rules",
    **dict.fromkeys(DEFAULT_FIELDS, "tab-defaults"),
}
"""Which tab shows the field a problem is about."""


class MemberTable(DataTable[Text]):
    """The members being edited; these keys act on the highlighted row."""

    BINDINGS = [
        Binding("a,insert", "screen.add_member", "Add member", id="add-member"),
        Binding("enter", "screen.edit_member", "Edit", id="edit-member"),
        Binding("x,delete", "screen.remove_member", "Remove", id="remove-member"),
    ]


def parse_minutes(text: str, what: str) -> int:
    """Whole minutes from an input; ValueError in words."""
    text = text.strip()
    if not text:
        raise ValueError(f"{what} is required")
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{what} must be whole minutes") from None


def parse_start_time(text: str) -> dt.time:
    """``18:30`` (24-hour) as a time; ValueError in words."""
    text = text.strip()
    try:
        value = dt.time.fromisoformat(text)
    except ValueError:
        raise ValueError("Start time must be HH:MM, 24-hour (18:30)") from None
    return value.replace(second=0, microsecond=0)


class EditGroupScreen(HelpedScreen[Group | None]):
    """Edit the group; returns the saved group, or None when left without saving."""

    SUB_TITLE = "Edit group"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True, id="save-group"),
        Binding("escape", "back", "Back", id="group-back"),
    ]

    def __init__(self, store: GroupStore | None, group: Group) -> None:
        super().__init__()
        self.store = store
        """The group's folder (None while a new group has no folder yet)."""
        self.group = group
        """The group as it was when the form opened."""
        self.members: list[Member] = [m.model_copy() for m in group.members]
        """The members as edited so far."""
        self._opened_with: dict[str, Any] = {}

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield from self.compose_intro()
        group = self.group
        d = group.defaults
        with TabbedContent(id="group-tabs"):
            with (
                TabPane("Group", id="tab-group"),
                VerticalScroll(can_focus=False),
                Grid(classes="form"),
            ):
                yield Label("Name")
                yield _field(Input(group.name, placeholder="the group's name", id="name"))
                yield Label("Purpose")
                yield _field(TextArea(group.purpose, id="purpose", soft_wrap=True))
                yield Label("Examples")
                yield Select(
                    [(_short(p), i) for i, p in enumerate(EXAMPLE_PURPOSES)],
                    prompt="Start from an example purpose",
                    id="purpose-example",
                )
            with TabPane("Members", id="tab-members"), Vertical():
                yield Static(
                    "On the list: a adds a member, Enter edits, x removes.", classes="hint"
                )
                yield MemberTable(id="member-table", cursor_type="row", zebra_stripes=True)
                yield Static("", id="members-warning", classes="warning", markup=False)
                yield _error("members")
                with Horizontal(classes="dialog-buttons"):
                    yield Button("Add member", id="add-member-button")
            with TabPane("Ground rules", id="tab-rules"), Vertical():
                yield Static(
                    "One rule a line. The guidance's examples are filled in: change them "
                    "to what the group agrees.",
                    classes="hint",
                )
                yield TextArea("\n".join(group.ground_rules), id="ground_rules", soft_wrap=True)
                yield _error("ground_rules")
                yield Button("Use the guidance's examples again", id="reset-rules")
            with (
                TabPane("Defaults", id="tab-defaults"),
                VerticalScroll(can_focus=False),
                Grid(classes="form"),
            ):
                yield Label("Meeting (min)")
                yield _field(Input(str(d.meeting_minutes), type="integer", id="meeting_minutes"))
                yield Label("Start time")
                yield _field(
                    Input(d.start_time.strftime("%H:%M"), placeholder="HH:MM", id="start_time")
                )
                yield Label("Slot (min)")
                yield _field(Input(str(d.slot_minutes), type="integer", id="slot_minutes"))
                yield Label("Meets")
                yield _field(
                    Select(
                        [(m.label, m.value) for m in Modality],
                        value=d.modality.value,
                        allow_blank=False,
                        id="modality",
                    )
                )
                yield Label("Venue")
                yield _field(Input(d.venue, placeholder="where you meet in person", id="venue"))
                yield Label("Platform")
                yield _field(
                    Input(d.platform, placeholder="videoconference: Zoom, Teams", id="platform")
                )
                for name, (label, low, high) in planning.TIMING_FIELDS.items():
                    yield Label(label)
                    yield _field(
                        Input(
                            str(getattr(d, name)),
                            type="integer",
                            placeholder=f"{low}-{high}",
                            id=name,
                        )
                    )
                yield Label("Group PDF")
                yield _field(
                    TickBox(
                        "Name each presenter beside their topic",
                        value=d.presenters_in_record,
                        id="presenters_in_record",
                    )
                )
        yield Static("", id="group-status", markup=False)
        yield Footer()

    def compose_intro(self) -> ComposeResult:
        """Lines above the tabs (the first-run screen adds a welcome)."""
        yield from ()

    def on_mount(self) -> None:
        table = self.query_one("#member-table", MemberTable)
        table.add_column("Name", key="name")
        table.add_column("Reg. no.", key="registration_number")
        table.add_column("Profession", key="profession")
        self.show_members()
        self.show_errors({})
        self.set_status("")
        self._opened_with = self.form_values()
        self.query_one("#name", Input).focus()

    # -- members ---------------------------------------------------------------------------

    def show_members(self, select: int | None = None) -> None:
        """Fill the member list from :attr:`members` and say if there are too few."""
        table = self.query_one("#member-table", MemberTable)
        row = table.cursor_row if select is None else select
        table.clear()
        for member in self.members:
            table.add_row(
                Text(member.name), Text(member.registration_number), Text(member.profession)
            )
        if self.members:
            table.move_cursor(row=max(0, min(row, len(self.members) - 1)))
        self.query_one("#members-warning", Static).update(self.members_warning())

    def members_warning(self) -> str:
        """A warning when the group is too small for a meeting to count (never a block)."""
        count = len(self.members)
        if count >= PSG_MINIMUM_ATTENDEES:
            return f"{count} members."
        return (
            f"{plural(count, 'member')}: a meeting needs at least "
            f"{PSG_MINIMUM_ATTENDEES} attendees to count as a PSG meeting. You can add "
            "members later."
        )

    def _selected_index(self) -> int | None:
        table = self.query_one("#member-table", MemberTable)
        if not self.members or table.cursor_row < 0:
            return None
        return min(table.cursor_row, len(self.members) - 1)

    def action_add_member(self) -> None:
        """Add a member (a dialog asks for name, registration number, profession)."""
        taken = {m.registration_number for m in self.members}

        def added(member: Member | None) -> None:
            if member is not None:
                self.members.append(member)
                self.show_members(select=len(self.members) - 1)
                self.show_errors({})

        self.app.push_screen(MemberDialog(taken=taken), added)

    def action_edit_member(self) -> None:
        """Edit the highlighted member."""
        index = self._selected_index()
        if index is None:
            self.action_add_member()
            return
        others = {m.registration_number for i, m in enumerate(self.members) if i != index}

        def edited(member: Member | None) -> None:
            if member is not None:
                self.members[index] = member
                self.show_members(select=index)

        self.app.push_screen(MemberDialog(self.members[index], taken=others), edited)

    def action_remove_member(self) -> None:
        """Remove the highlighted member (nothing is written until ctrl+s)."""
        index = self._selected_index()
        if index is None:
            return
        removed = self.members.pop(index)
        self.show_members(select=index)
        self.set_status(
            Text(f"Removed {removed.name}. Not saved yet: ctrl+s saves, Esc leaves it as it was.")
        )

    # -- other inputs ----------------------------------------------------------------------

    @on(Select.Changed, "#purpose-example")
    def use_example_purpose(self, event: Select.Changed) -> None:
        """Copy the chosen example into the purpose, to edit from there."""
        if isinstance(event.value, int):
            area = self.query_one("#purpose", TextArea)
            area.text = EXAMPLE_PURPOSES[event.value]
            area.focus()

    @on(Button.Pressed, "#add-member-button")
    def _add_member_pressed(self) -> None:
        self.action_add_member()

    @on(Button.Pressed, "#reset-rules")
    def reset_ground_rules(self) -> None:
        """Put the guidance's example ground rules back."""
        self.query_one("#ground_rules", TextArea).text = "\n".join(DEFAULT_GROUND_RULES)

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _clear_field_error(self, event: Input.Changed | TextArea.Changed | Select.Changed) -> None:
        """A problem line goes once its field is changed (it is checked again on save)."""
        for line in self.query(f"#{event.control.id}-error").results(Static):
            line.display = False

    # -- reading and checking the form -----------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        """Everything as typed (to notice unsaved changes)."""
        values: dict[str, Any] = {
            field: self.query_one(f"#{field}", Input).value
            for field in ("name", "meeting_minutes", "start_time", "slot_minutes", "venue")
        }
        values["platform"] = self.query_one("#platform", Input).value
        values["purpose"] = self.query_one("#purpose", TextArea).text
        values["ground_rules"] = self.query_one("#ground_rules", TextArea).text
        values["modality"] = self.query_one("#modality", Select).value
        values["members"] = [m.model_dump() for m in self.members]
        for name in planning.TIMING_FIELDS:
            values[name] = self.query_one(f"#{name}", Input).value
        values["presenters_in_record"] = self.query_one("#presenters_in_record", Checkbox).value
        return values

    @property
    def changed(self) -> bool:
        """Has anything changed since the form opened?"""
        return self.form_values() != self._opened_with

    def unsaved_changes(self) -> str:
        """Quitting asks first when the group's form has changes (ctrl+s saves them)."""
        return "your changes to the group (ctrl+s saves them)" if self.changed else ""

    def read_group(self) -> Group | dict[str, str]:
        """The group from the form, or the problems keyed by field id."""
        values = self.form_values()
        errors: dict[str, str] = {}
        defaults = self.group.defaults.model_dump()
        for field, what in (("meeting_minutes", "Meeting length"), ("slot_minutes", "Slot length")):
            try:
                defaults[field] = parse_minutes(values[field], what)
            except ValueError as exc:
                errors[field] = str(exc)
        try:
            defaults["start_time"] = parse_start_time(values["start_time"])
        except ValueError as exc:
            errors["start_time"] = str(exc)
        for name, (label, low, high) in planning.TIMING_FIELDS.items():
            try:
                own = planning.parse_timing({name: values[name]})
            except ValueError as exc:
                errors[name] = str(exc)
                continue
            if not own:  # an empty field: the group needs a number here
                errors[name] = f"{label}: a whole number from {low} to {high}"
            defaults.update(own)
        defaults["presenters_in_record"] = values["presenters_in_record"]
        defaults["modality"] = values["modality"]
        defaults["venue"] = values["venue"].strip()
        defaults["platform"] = values["platform"].strip()
        rules = [line.strip() for line in values["ground_rules"].splitlines() if line.strip()]
        data = {
            **self.group.model_dump(),
            "name": values["name"],
            "purpose": values["purpose"].strip(),
            "ground_rules": rules,
            "members": values["members"],
            "defaults": defaults,
        }
        try:
            group = Group.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                errors.setdefault(_field_of(error["loc"]), tidy_message(error["msg"], alone=True))
        if not values["name"].strip():
            errors["name"] = "The group needs a name."
        return errors if errors else group

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each problem beside its field; lines without a problem are hidden."""
        for line in self.query(".field-error").results(Static):
            field = (line.id or "").removesuffix("-error")
            line.update(errors.get(field, ""))
            line.display = field in errors

    def set_status(self, message: str | Text, *, error: bool = False) -> None:
        """The line above the Footer: what just happened, or what went wrong."""
        status = self.query_one("#group-status", Static)
        status.update(message)
        status.set_class(error, "error")
        status.display = bool(message)

    # -- saving ----------------------------------------------------------------------------

    def action_save(self) -> None:
        """Check every field, then save the group; problems are shown beside their fields."""
        result = self.read_group()
        if not isinstance(result, Group):
            self.show_errors(result)
            first = next(iter(result))
            self.query_one("#group-tabs", TabbedContent).active = FIELD_TABS.get(first, "tab-group")
            field = "member-table" if first == "members" else first
            for widget in self.query(f"#{field}"):
                self.call_after_refresh(widget.focus)
            count = len(result)
            self.set_status(
                f"Not saved: {plural(count, 'thing')} to fix, shown beside the field.",
                error=True,
            )
            return
        self.show_errors({})
        try:
            self.write_group(result)
        except (OSError, StoreError) as exc:
            self.set_status(
                Text(
                    f"Not saved: {_reason(exc)}. Everything you typed is still here; "
                    "fix the problem and press ctrl+s again."
                ),
                error=True,
            )
            return
        self.saved(result)

    def write_group(self, group: Group) -> None:
        """Write ``group.toml`` (atomically, through the store)."""
        assert self.store is not None
        self.store.save_group(group)

    def saved(self, group: Group) -> None:
        """After a successful save: back to where the form was opened from."""
        if len(group.members) < PSG_MINIMUM_ATTENDEES:
            self.app.notify(self.members_warning(), title="Group saved", severity="warning")
        else:
            self.app.notify("Group saved.")
        self.dismiss(group)

    def action_back(self) -> None:
        """Leave; if anything changed, ask first."""
        if not self.changed:
            self.dismiss(None)
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog(
                "Leave without saving your changes to the group?",
                yes="Leave",
                no="Keep editing",
            ),
            answered,
        )


def _error(field: str) -> Static:
    """The line under a field where its problem shows (hidden while there is none)."""
    return Static("", id=f"{field}-error", classes="error field-error", markup=False)


def _field(widget: Widget) -> Vertical:
    """A form field with its problem line right under it (ids: ``x`` and ``x-error``)."""
    return Vertical(widget, _error(widget.id or ""), classes="form-field")


def _short(text: str, width: int = 52) -> str:
    """One line of an example, cut with an ellipsis to fit a Select."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _field_of(loc: tuple[Any, ...]) -> str:
    """The form field a pydantic error location belongs to."""
    if not loc:
        return "members"  # whole-group checks are about members (duplicate numbers)
    head = str(loc[0])
    if head == "defaults":
        # Checks across the defaults (shortest slot above the longest) are about slot length.
        return str(loc[1]) if len(loc) > 1 and str(loc[1]) in DEFAULT_FIELDS else "slot_minutes"
    return head if head in FIELD_TABS else "name"


def _reason(exc: OSError | StoreError) -> str:
    """Why a save failed, in one line."""
    if isinstance(exc, StoreError):
        return "; ".join(str(p) for p in exc.problems)
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"
