"""Setup: when and where, who is here, roles, presenters and the time plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.selection_list import Selection

from psg_tui.core import planning, rotation
from psg_tui.core.models import (
    PSG_MINIMUM_ATTENDEES,
    Group,
    Meeting,
    Member,
    Modality,
    Slot,
)
from psg_tui.core.store import GroupStore, StoreError, meeting_name_date
from psg_tui.core.words import format_date, format_time, plural
from psg_tui.tui.dialogs.presenter import PresenterDialog
from psg_tui.tui.forms import hhmm, parse_date, parse_hhmm
from psg_tui.tui.messages import BeginMeeting
from psg_tui.tui.plan_view import plan_summary
from psg_tui.tui.screens.base import HelpedScreen
from psg_tui.tui.widgets.toggles import TickList


class PresenterTable(DataTable[Text]):
    """The presenters in order; keys here edit the list. They stay out of the Footer (the
    line under the table names them, and F1 lists them) so the screen's own keys fit."""

    BINDINGS = [
        Binding("a", "screen.add_presenter", "Add", id="add-presenter", show=False),
        Binding("enter", "screen.edit_presenter", "Edit", id="edit-presenter", show=False),
        Binding("x,delete", "screen.remove_presenter", "Remove", id="remove-presenter", show=False),
        Binding("minus", "screen.move_presenter(-1)", "Move up", id="presenter-up", show=False),
        Binding(
            "plus,equals_sign",
            "screen.move_presenter(1)",
            "Move down",
            id="presenter-down",
            show=False,
        ),
    ]


MIN_CHOICE_NAME = 6
"""A name in the Who lists keeps at least this many cells, the registration number after it."""


def fit_choice(name: str, reg: str, width: int) -> Text:
    """``Name  (12345)`` in ``width`` cells: a long name is cut with an ellipsis, never the
    registration number (a guest keyed without one shows the name alone)."""
    from psg_tui.core.models import is_guest_key

    tail = "" if is_guest_key(reg) else f"  ({reg})"
    shown = Text(name)
    if width > 0:
        shown.truncate(max(width - cell_len(tail), MIN_CHOICE_NAME), overflow="ellipsis")
    return shown + tail


class PeopleList(TickList[str]):
    """The Who tab's lists: one person a line, the name cut to the list's width so the
    registration number always shows (as Home's members table does)."""

    def __init__(self, people: list[tuple[str, str]], ticked: set[str], *, id: str) -> None:
        self.names: dict[str, str] = {reg: name for name, reg in people}
        """Each choice's name, by registration number (the prompts are cut from these)."""
        super().__init__(
            *(Selection(fit_choice(name, reg, 0), reg, reg in ticked) for name, reg in people),
            id=id,
        )

    def prompt_width(self) -> int:
        """Cells a prompt has: the list's width less the tick box and the option padding
        (0 before the list is laid out)."""
        room = self.scrollable_content_region.width
        if not room:
            return 0
        padding = self.get_component_styles("option-list--option").padding
        return room - self._get_left_gutter_width() - padding.width

    def add_person(self, name: str, reg: str, ticked: bool = False) -> None:
        """A choice added after the list is shown (a guest)."""
        self.names[reg] = name
        self.add_option(Selection(fit_choice(name, reg, self.prompt_width()), reg, ticked))

    def on_resize(self) -> None:
        """Cut the names to the width there is now."""
        width = self.prompt_width()
        for index, option in enumerate(self.options):
            reg = option.value  # type: ignore[attr-defined]
            self.replace_option_prompt_at_index(index, fit_choice(self.names[reg], reg, width))


class SetupScreen(HelpedScreen[None]):
    """Prepare a new meeting, or a planned one, and start it."""

    BINDINGS = [
        Binding("f10", "start", "Start meeting", priority=True, id="start"),
        Binding("ctrl+s", "save_plan", "Save plan", priority=True, id="save-plan"),
        Binding("escape", "back", "Back", id="back"),
    ]

    def __init__(self, store: GroupStore, meeting: Meeting | None = None, path: Path | None = None):
        super().__init__()
        self.store = store
        self.group: Group = store.load_group()
        self.path = path
        self.past: list[Meeting] | None = None
        """The group's other meetings (for role suggestions), once read in a worker."""
        self.meeting = meeting or self._new_meeting()
        self.slots: list[Slot] = [s.model_copy() for s in self.meeting.slots]
        self.guests: list[Member] = [a.model_copy() for a in self.meeting.guests]
        """Guests (visiting speakers): attend, may present, never counted."""

    def _new_meeting(self) -> Meeting:
        now = self.app.now() if self.is_attached else dt.datetime.now().astimezone()
        return planning.new_meeting(self.group, now)

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        m = self.meeting
        yield Header()
        with TabbedContent(id="setup-tabs"):
            with TabPane("When & where", id="tab-when"), Grid(classes="form compact"):
                yield Label("Date")
                yield Input(m.date.isoformat(), placeholder="YYYY-MM-DD", id="date", compact=True)
                yield Label("Start time")
                yield Input(hhmm(m.start_time), placeholder="HH:MM", id="start", compact=True)
                yield Label("Length (min)")
                yield Input(
                    str(planning.length_minutes(self.meeting, self.group.defaults.meeting_minutes)),
                    type="integer",
                    id="length",
                    placeholder="60-120",
                    compact=True,
                )
                yield Label("Modality")
                yield Select(
                    [(x.label, x.value) for x in Modality],
                    value=m.modality.value,
                    allow_blank=False,
                    id="modality",
                    compact=True,
                )
                yield Label("Venue")
                yield Input(
                    m.venue, placeholder="where you meet in person", id="venue", compact=True
                )
                yield Label("Platform")
                yield Input(m.platform, placeholder="e.g. Zoom, Teams", id="platform", compact=True)
                yield Label("Video link")
                yield Input(
                    m.video_link,
                    placeholder="link to join (optional)",
                    id="video-link",
                    compact=True,
                )
                yield Label("Focus")
                yield Input(
                    m.focus,
                    placeholder="structure, focus or priorities agreed last time",
                    id="focus",
                    compact=True,
                )
            with TabPane("Who", id="tab-who"), Vertical():
                with Horizontal(id="who-lists"):
                    with Vertical():
                        yield Static("Attending (space ticks)", classes="section-title")
                        yield PeopleList(self._people(), self._attending_now(), id="attendees")
                    with Vertical():
                        yield Static("Sent apologies", classes="section-title")
                        yield PeopleList(
                            self._people(),
                            {a.registration_number for a in self.meeting.apologies},
                            id="apologies",
                        )
                yield Static("", id="quorum", markup=False)
                yield Static("", id="absent", markup=False)
                yield Button("Add a guest (not counted)", id="add-guest", compact=True)
            with TabPane("Roles", id="tab-roles"), Grid(classes="form compact"):
                for role in rotation.ROLES:
                    yield Label(rotation.ROLE_LABELS[role])
                    yield Select([], prompt="nobody", id=f"role-{role}", compact=True)
                yield Static("", id="role-hint", classes="hint wide", markup=False)
            with TabPane("Presenters", id="tab-presenters"), Vertical():
                yield PresenterTable(id="presenters", cursor_type="row", zebra_stripes=True)
                yield Static(
                    "a add · Enter edit · x remove · - / + move up or down",
                    classes="hint",
                )
                yield Static("", id="airtime", markup=False)
            with TabPane("Plan", id="tab-plan"), VerticalScroll():
                with Grid(classes="form compact", id="timing-form"):
                    timing = self.meeting.timing_defaults(self.group.defaults)
                    for name, (label, low, high) in planning.TIMING_FIELDS.items():
                        yield Label(label)
                        yield Input(
                            str(getattr(timing, name)),
                            type="integer",
                            placeholder=f"{low}-{high}",
                            id=f"timing-{name}",
                            compact=True,
                        )
                yield Static("", id="plan", markup=False)
        yield Static("", id="setup-status", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Set up the meeting"
        self._refresh_roles()
        self._refresh_presenters()
        self._refresh_plan()
        self._opened_with = self.form_values()
        self.read_past_meetings()

    def form_values(self) -> tuple[object, ...]:
        """Everything the form holds, to tell whether anything was changed."""
        widgets = self.query(Input).results(Input)
        return (
            tuple(w.value for w in widgets),
            self.query_one("#modality", Select).value,
            tuple(self.query_one("#attendees", SelectionList).selected),
            tuple(self.query_one("#apologies", SelectionList).selected),
            tuple(self.query_one(f"#role-{role}", Select).value for role in rotation.ROLES),
            tuple(s.model_dump_json() for s in self.slots),
        )

    def unsaved_changes(self) -> str:
        """Leaving or quitting asks first when the plan has changes (ctrl+s saves them)."""
        changed = self.form_values() != self._opened_with
        return "the changes to this meeting's plan (ctrl+s saves them)" if changed else ""

    @work(thread=True, exclusive=True, group="setup-past")
    def read_past_meetings(self) -> None:
        """Every meeting file is parsed for the role suggestions: off the event loop, so a
        group with years of meetings does not freeze the form."""
        loaded, _errors = self.store.load_meetings()
        past = [m for path, m in loaded if path != self.path]
        self.app.call_from_thread(self._past_read, past)

    def _past_read(self, past: list[Meeting]) -> None:
        untouched = self.form_values() == self._opened_with
        self.past = past
        self._refresh_roles()
        self._refresh_airtime()
        if untouched:  # the suggested roles are the app's, not a change of the person's
            self._opened_with = self.form_values()

    @property
    def first_meeting(self) -> bool | None:
        """No meeting of the group has taken place yet (None: not known yet)."""
        return None if self.past is None else planning.is_first_meeting(self.past)

    # -- choices ---------------------------------------------------------------------------

    def _people(self) -> list[tuple[str, str]]:
        """(name, registration) for every member, plus attendees no longer in the group."""
        people = [(m.name, m.registration_number) for m in self.group.members]
        known = {reg for _, reg in people}
        people += [
            (a.name, a.registration_number)
            for a in self.meeting.attendees
            if a.registration_number not in known and not a.guest
        ]
        known = {reg for _, reg in people}
        people += [
            (f"{g.name} (guest)", g.registration_number)
            for g in self.guests
            if g.registration_number not in known
        ]
        return people

    def _guest_numbers(self) -> set[str]:
        return {g.registration_number for g in self.guests}

    def _attending_now(self) -> set[str]:
        return {a.registration_number for a in self.meeting.attendees}

    # -- reading the form ------------------------------------------------------------------

    def attending(self) -> list[str]:
        """Registration numbers ticked as attending, in member order."""
        ticked = set(self.query_one("#attendees", SelectionList).selected)
        return [reg for _, reg in self._people() if reg in ticked]

    def build_meeting(self) -> Meeting:
        """The meeting as the form describes it; raises ValueError with a sentence."""
        value = self.query_one
        date = parse_date(value("#date", Input).value, "Date")
        roles = {
            role: str(reg)
            for role in rotation.ROLES
            if (reg := value(f"#role-{role}", Select).value) is not Select.NULL
        }
        form = planning.MeetingForm(
            date=date,
            start_time=parse_hhmm(value("#start", Input).value, "Start time"),
            length_text=value("#length", Input).value,
            modality=Modality(str(value("#modality", Select).value)),
            venue=value("#venue", Input).value,
            platform=value("#platform", Input).value,
            video_link=value("#video-link", Input).value,
            focus=value("#focus", Input).value,
            attending=self.attending(),
            apologies=list(value("#apologies", SelectionList).selected),
            roles=roles,
            slots=self.slots,
            guests=self.guests,
            timing={name: value(f"#timing-{name}", Input).value for name in planning.TIMING_FIELDS},
        )
        return planning.build_meeting(self.group, self.meeting, form)

    # -- refreshing ------------------------------------------------------------------------

    @on(SelectionList.SelectedChanged, "#attendees")
    def _attendees_changed(self) -> None:
        self._refresh_roles()
        self._refresh_presenters()
        self._refresh_plan()

    @on(Input.Changed)
    @on(Select.Changed, "#modality")
    def _form_changed(self) -> None:
        self._refresh_plan()

    def _refresh_roles(self) -> None:
        guests = self._guest_numbers()
        attending = [reg for reg in self.attending() if reg not in guests]  # members hold roles
        names = dict((reg, name) for name, reg in self._people())
        options = [(Text(names[reg]), reg) for reg in attending]
        past = self.past or []
        # No suggestion before the past is known: an empty history would suggest anyone.
        suggested = rotation.suggest_all(past, attending) if self.past is not None else {}
        hints = [] if self.past is not None else ["(reading past meetings for suggestions...)"]
        for role in rotation.ROLES:
            select = self.query_one(f"#role-{role}", Select)
            current = getattr(self.meeting.roles, role)
            chosen = select.value if select.value is not Select.NULL else current
            select.set_options(options)
            if chosen in attending:
                select.value = chosen
            elif role in suggested:
                select.value = suggested[role]
            if role in suggested:
                last = rotation.last_held(past, role).get(suggested[role])
                when = f"last {last.isoformat()}" if last else "never yet"
                hints.append(
                    f"{rotation.ROLE_LABELS[role]}: suggested {names[suggested[role]]} ({when})"
                )
        self.query_one("#role-hint", Static).update(
            "Suggestions go to whoever held the role least recently.\n" + "\n".join(hints)
        )
        self._refresh_absent()
        count = len(attending)  # guests are never counted
        quorum = self.query_one("#quorum", Static)
        if count < PSG_MINIMUM_ATTENDEES:
            quorum.update(
                f"Only {count} attending: a PSG meeting needs at least {PSG_MINIMUM_ATTENDEES}. "
                "You can go ahead; the record will say it does not meet the PSG minimum."
            )
            quorum.add_class("warning")
        else:
            quorum.update(f"{count} attending: meets the PSG minimum of {PSG_MINIMUM_ATTENDEES}.")
            quorum.remove_class("warning")

    @on(SelectionList.SelectedChanged, "#apologies")
    def _refresh_absent(self) -> None:
        """Say in words who is not ticked: a tick is easy to miss in a list."""
        attending = set(self.attending())
        sent = set(self.query_one("#apologies", SelectionList).selected)
        absent = []
        for name, reg in self._people():
            if reg not in attending:
                absent.append(f"{name} (apology)" if reg in sent else name)
        self.query_one("#absent", Static).update(
            "Not attending: " + ", ".join(absent) if absent else "Everyone is attending."
        )

    def _refresh_presenters(self) -> None:
        self._refresh_airtime()
        table = self.query_one("#presenters", PresenterTable)
        row = table.cursor_row
        table.clear(columns=True)
        attending = set(self.attending())
        names = dict((reg, name) for name, reg in self._people())
        rows = []
        for i, slot in enumerate(self.slots, start=1):
            style = "" if slot.presenter in attending else "dim strike"
            rows.append(
                [
                    Text(str(i), style=style),
                    Text(names.get(slot.presenter, slot.presenter), style=style),
                    Text(slot.topic_type.label, style=style),
                    Text(slot.title, style=style),
                    Text(str(slot.requested_minutes or "="), style=style),
                ]
            )
        # Every column shows down to 60 columns: a long name, topic or title is cut with
        # an ellipsis to the width there is.
        available = (table.size.width or self.app.size.width) - 2  # a scrollbar's room
        widths = _fit_columns(PRESENTER_COLUMNS, rows, available)
        for label, width in zip(PRESENTER_COLUMNS, widths, strict=True):
            table.add_column(label, width=width)
        for cells in rows:
            for cell, width in zip(cells, widths, strict=True):
                cell.truncate(width, overflow="ellipsis")
            table.add_row(*cells)
        if self.slots:
            table.move_cursor(row=min(row, len(self.slots) - 1))

    def _refresh_airtime(self) -> None:
        """Under the presenters: each attendee's last presented date and minutes of group
        time this recertification year, and who has had least (the suggested presenters)."""
        from rich.table import Table

        from psg_tui.core.airtime import airtime, slots_that_fit, suggest_presenters
        from psg_tui.core.words import format_short_date

        panel = self.query_one("#airtime", Static)
        if self.past is None:
            panel.update("Reading past meetings for each attendee's airtime...")
            return
        attending = self.attending()
        if not attending:
            panel.update("")
            return
        try:
            on = parse_date(self.query_one("#date", Input).value, "Date")
        except ValueError:
            on = self.meeting.date
        defaults = self.group.defaults
        shares = airtime(self.past, attending, on, defaults.recert_year_start_month)
        suggested = suggest_presenters(
            list(shares.values()), slots_that_fit(defaults, len(attending))
        )
        names = dict((reg, name) for name, reg in self._people())
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        cells = []
        for reg in attending:
            share = shares[reg]
            when = format_short_date(share.last_presented) if share.last_presented else "never"
            mark = "* " if reg in suggested else "  "
            name = _shorten(names.get(reg, reg), 15)
            cells.append(Text(f"{mark}{name}: {share.minutes_this_year} min, {when}"))
        for i in range(0, len(cells), 2):
            grid.add_row(*cells[i : i + 2], *([Text("")] * (2 - len(cells[i : i + 2]))))
        heading = Text(
            "Airtime this recert. year: minutes, last presented (* least: suggested)",
            style="bold",
        )
        from rich.console import Group as RichGroup

        panel.update(RichGroup(heading, grid))

    def _refresh_plan(self) -> None:
        status = self.query_one("#setup-status", Static)
        plan = self.query_one("#plan", Static)
        try:
            meeting = self.build_meeting()
        except ValueError as exc:
            message = _first_error(exc)
            status.update(message)
            status.add_class("error")
            plan.update(message)
            return
        status.remove_class("error")
        ok, lines = plan_summary(meeting, self.group)
        plan.update("\n".join(lines))
        if ok:
            status.update(
                f"{len(meeting.attendees)} attending, {plural(len(meeting.slots), 'presenter')}: "
                "the plan fits. F10 starts the meeting."
            )
        else:
            status.update(f"The plan does not fit (Plan tab): {lines[0]}")
        status.set_class(not ok, "warning")

    def on_resize(self) -> None:
        """The presenters' columns take the width there is."""
        if self.is_mounted:
            self._refresh_presenters()

    # -- guests ----------------------------------------------------------------------------

    @on(Button.Pressed, "#add-guest")
    def action_add_guest(self) -> None:
        """Add a guest or other non-member attendee (a visiting speaker), ticked as here."""
        from psg_tui.tui.dialogs.guest import GuestDialog

        taken = {reg for _, reg in self._people()}
        key = self.meeting.model_copy(
            update={"attendees": [*self.meeting.attendees, *self.guests]}
        ).next_guest_key()

        def added(guest: Member | None) -> None:
            if guest is None:
                return
            self.guests.append(guest)
            name, reg = f"{guest.name} (guest)", guest.registration_number
            self.query_one("#attendees", PeopleList).add_person(name, reg, True)
            self.query_one("#apologies", PeopleList).add_person(name, reg)
            self._attendees_changed()
            self.notify(f"{guest.name} attends as a guest: never counted for recertification.")

        self.app.push_screen(GuestDialog(key, taken=taken), added)

    # -- presenter actions -----------------------------------------------------------------

    def _attendee_members(self):  # -> list[Member]
        reg_to_person = {}
        for m in self.group.members:
            reg_to_person[m.registration_number] = m
        for a in [*self.meeting.attendees, *self.guests]:
            reg_to_person.setdefault(a.registration_number, a)
        return [reg_to_person[reg] for reg in self.attending()]

    def action_add_presenter(self) -> None:
        """Add a presenter at the end."""

        def added(slot: Slot | None) -> None:
            if slot is not None:
                self.slots.append(slot)
                self._refresh_presenters()
                self._refresh_plan()

        self.app.push_screen(PresenterDialog(self._attendee_members()), added)

    def action_edit_presenter(self) -> None:
        """Edit the highlighted presenter."""
        table = self.query_one("#presenters", PresenterTable)
        if not self.slots:
            self.action_add_presenter()
            return
        index = table.cursor_row

        def edited(slot: Slot | None) -> None:
            if slot is not None:
                self.slots[index] = slot
                self._refresh_presenters()
                self._refresh_plan()

        self.app.push_screen(PresenterDialog(self._attendee_members(), self.slots[index]), edited)

    def action_remove_presenter(self) -> None:
        """Remove the highlighted presenter."""
        if self.slots:
            del self.slots[self.query_one("#presenters", PresenterTable).cursor_row]
            self._refresh_presenters()
            self._refresh_plan()

    def action_move_presenter(self, step: int) -> None:
        """Move the highlighted presenter up (-1) or down (+1)."""
        table = self.query_one("#presenters", PresenterTable)
        i = table.cursor_row
        j = i + step
        if self.slots and 0 <= j < len(self.slots):
            self.slots[i], self.slots[j] = self.slots[j], self.slots[i]
            self._refresh_presenters()
            table.move_cursor(row=j)
            self._refresh_plan()

    # -- leaving ---------------------------------------------------------------------------

    def _checked_meeting(self) -> Meeting | None:
        try:
            return self.build_meeting()
        except ValueError as exc:
            self.notify(_first_error(exc), title="Check the form", severity="error")
            return None

    def action_save_plan(self) -> None:
        """Save as a planned meeting without starting it."""
        meeting = self._checked_meeting()
        if meeting is None:
            return
        try:
            self.path = self.store.save_meeting(meeting, self.path)
        except (OSError, StoreError) as exc:
            self.notify(str(exc), title="Could not save", severity="error", timeout=10)
            return
        self.meeting = meeting
        self._opened_with = self.form_values()
        self.notify(f"Saved {self.path.name}", title="Planned meeting saved")

    def action_start(self) -> None:
        """Start the meeting: ground rules next."""
        meeting = self._checked_meeting()
        if meeting is None:
            return
        if not meeting.attendees:
            self.notify("Tick who is attending first.", severity="error")
            return
        now = planning.local_now(meeting, self.app.now())
        if meeting.date != now.date():
            from psg_tui.tui.dialogs.confirm import ConfirmDialog

            def answered(run_now: bool | None) -> None:
                if run_now:
                    self._begin(
                        planning.moved_to(meeting, now, self.group.defaults.meeting_minutes)
                    )
                elif run_now is False:
                    self._begin(meeting)

            self.app.push_screen(
                ConfirmDialog(
                    f"This meeting is booked for {format_date(meeting.date)}, but today is "
                    f"{format_date(now.date())}. Run it now, dated today and timed from "
                    f"{format_time(now.time())}?",
                    yes="Run it now",
                    no=f"Keep {meeting.date.isoformat()}",
                    cancel="back to setup",
                ),
                answered,
            )
            return
        self._begin(meeting)

    def _begin(self, meeting: Meeting) -> None:
        path, replaces = self.path, None
        if path is not None and meeting_name_date(path) != meeting.date.isoformat():
            # A planned file keeps its name only while the date matches; once the meeting
            # is saved under its new date, the old file would count it twice.
            path, replaces = None, self.path
        self.post_message(
            BeginMeeting(meeting, path, replaces=replaces, first_meeting=self.first_meeting)
        )

    def action_back(self) -> None:
        """Back to the home screen without starting; with changes to the plan, ask first
        (Enter answers no)."""
        lost = self.unsaved_changes()
        if not lost:
            self.dismiss()
            return
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.app.push_screen(
            ConfirmDialog(
                f"Leave setup and lose {lost}?",
                yes="Leave without saving",
                no="Stay",
                careful=True,
            ),
            answered,
        )


PRESENTER_COLUMNS = ("#", "Presenter", "Topic", "Title", "Min")
PRESENTER_NATURAL_MAX = (3, 40, 18, 60, 3)
"""The widest each presenters column grows to, when there is room."""


def _fit_columns(labels: tuple[str, ...], rows: list[list[Text]], available: int) -> list[int]:
    """Column widths that fit ``available`` cells (each cell's padding of 2 included): each
    column as wide as its widest cell (up to its maximum); when that is too wide, the
    widest of the name, topic and title columns gives up a cell at a time, down to 8."""
    widths = [
        min(cap, max([len(label), *(cells[i].cell_len for cells in rows)]))
        for i, (label, cap) in enumerate(zip(labels, PRESENTER_NATURAL_MAX, strict=True))
    ]
    room = available - 2 * len(widths)
    flexible = (1, 2, 3)
    while sum(widths) > room:
        widest = max(flexible, key=lambda i: widths[i])
        if widths[widest] <= 8:
            break
        widths[widest] -= 1
    return widths


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        from psg_tui.core.store import describe_location, tidy_message

        first = errors(include_url=False)[0]
        where = describe_location(tuple(first["loc"]))
        message = tidy_message(first["msg"])
        return f"{where}: {message}" if where else message
    return str(exc)
