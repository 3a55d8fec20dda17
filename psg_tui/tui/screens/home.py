"""Home: the group, its members' attendance this recertification year, and its meetings.

From here a person starts a new meeting, runs a planned one, resumes one that stopped,
opens a past one read-only, edits the group or switches to another group.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from psg_tui.core.attendance import (
    AttendanceReport,
    ComplianceStatus,
    MemberAttendance,
    attendance_report,
    recert_year_of,
)
from psg_tui.core.models import PSG_MINIMUM_ATTENDEES, Group, Meeting, MeetingStatus
from psg_tui.core.store import GroupStore, StoreError, meeting_sort_key
from psg_tui.core.words import plural, plural_word
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.messages import OpenPastMeeting, PickGroup, PlanMeeting, ResumeMeeting

STATUS_STYLES = {
    ComplianceStatus.MET: "green",
    ComplianceStatus.ON_TRACK: "",
    ComplianceStatus.AT_RISK: "bold red",
    ComplianceStatus.NOT_MET: "bold red",
}
"""Colour for each attendance status; the words always say it too."""

MEETING_STATUS_STYLES = {
    MeetingStatus.PLANNED: "cyan",
    MeetingStatus.IN_PROGRESS: "bold yellow",
    MeetingStatus.COMPLETE: "",
}
"""Colour for each meeting status, beside the words."""

PURPOSE_LINES = 2
"""The purpose is cut to this many lines on the home screen (edit shows it whole)."""

MEETING_COLUMNS = ("Date", "Status", "Att.", "Min. 4", "Topics")
"""Columns of the meetings list; Topics takes the rest of the width."""

READ_IN_BACKGROUND = 40
"""More changed meeting files than this are read in a worker thread (a group with years of
monthly meetings), so the screen never freezes; fewer are read at once."""

ERROR_KEY_PREFIX = "unreadable:"
"""Row keys of meeting files that did not load."""


class MeetingTable(DataTable[Text]):
    """The group's meetings, newest first; Enter opens the highlighted one."""

    BINDINGS = [Binding("enter", "screen.open_meeting", "Open", id="open-meeting")]


def member_status_text(row: MemberAttendance) -> Text:
    """A member's standing in words (and colour): ``at risk: needs 2, 1 planned``."""
    words = row.status.label
    if row.status in (ComplianceStatus.ON_TRACK, ComplianceStatus.AT_RISK):
        words += f": needs {row.needed}, {row.planned_left} planned"
    return Text(words, style=STATUS_STYLES[row.status])


def topics_text(meeting: Meeting) -> str:
    """The meeting's topics in one line: slot titles, or the topic type where untitled."""
    return "; ".join(slot.title or slot.topic_type.label for slot in meeting.slots)


def clamp_lines(text: str, width: int, lines: int) -> str:
    """``text`` wrapped to ``width``, at most ``lines`` lines, with an ellipsis if cut."""
    wrapped = textwrap.wrap(" ".join(text.split()), max(width, 10))
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    last = wrapped[lines - 1]
    if len(last) >= width:
        last = last[: width - 1].rstrip()
    return "\n".join([*wrapped[: lines - 1], last + "…"])


def error_reason(error: StoreError) -> str:
    """Why a meeting file did not load, in one line."""
    return "; ".join((f"line {p.line}: " if p.line else "") + p.message for p in error.problems)


class HomeScreen(Screen[None]):
    """The group at a glance, and the way into its meetings."""

    SUB_TITLE = "Home"

    BINDINGS = [
        Binding("n", "new_meeting", "New meeting", id="new-meeting"),
        # One key, two meanings: the Footer shows whichever fits the highlighted meeting.
        Binding("r", "run_planned", "Run planned", id="run-planned"),
        Binding("r", "resume", "Resume", id="resume-meeting", tooltip="Carry on where it stopped"),
        Binding("e", "edit_group", "Edit group", id="edit-group"),
        Binding("g", "switch_group", "Groups", id="switch-group", tooltip="Pick another group"),
    ]

    def __init__(self, store: GroupStore) -> None:
        super().__init__()
        self.store = store
        """The open group's folder."""
        self.group: Group | None = None
        """The group, once read (None: group.toml could not be read)."""
        self.meetings: list[tuple[Path, Meeting]] = []
        """Every meeting file that loaded, oldest first."""
        self.errors: list[StoreError] = []
        """Every meeting file that did not load: shown, never dropped."""
        self.report: AttendanceReport | None = None
        """This recertification year's attendance."""
        self._resume_offered = False
        self._highlight_kind: object = None
        """What the Footer was last refreshed for: a meeting status, an error, or nothing."""
        self._cache: dict[Path, tuple[tuple[int, int] | None, Meeting | StoreError]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(id="group-name", markup=False)
            yield Static(id="group-purpose", markup=False)
            yield Static(id="members-title", classes="home-title", markup=False)
            yield DataTable(id="members", cursor_type="row", zebra_stripes=True)
            yield Static(id="meetings-title", classes="home-title", markup=False)
            yield MeetingTable(id="meetings", cursor_type="row", zebra_stripes=True)
            yield Static(id="home-problems", classes="error", markup=False)
        # The palette (ctrl+p) still works and is listed under F1; hiding its Footer entry
        # keeps this screen's keys on one line at 80 columns.
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        members = self.query_one("#members", DataTable)
        members.add_column("Member", key="name")
        members.add_column("Reg. no.", key="reg")
        members.add_column("Meetings", key="counting")
        members.add_column("Attendance", key="status")
        self.query_one("#meetings", MeetingTable).focus()

    def on_screen_resume(self) -> None:
        """Read the group again whenever this screen shows (a meeting or an edit may have
        changed it), and offer once to resume a meeting that stopped."""
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def read_meetings(self, paths: list[Path]) -> None:
        """Parse these meeting files into the cache (a file that fails is cached as its
        error, until it changes)."""
        for path in paths:
            try:
                self._cache[path] = (_stamp(path), self.store.load_meeting(path))
            except StoreError as exc:
                self._cache[path] = (_stamp(path), exc)

    @work(thread=True, exclusive=True, group="home-read")
    def read_meetings_in_background(self, paths: list[Path]) -> None:
        """A big group's files are parsed off the event loop; then the screen fills in."""
        self.read_meetings(paths)
        self.app.call_from_thread(self.reload)

    def reload(self) -> None:
        """Read group.toml and the meeting files that changed, then show them (the first
        time, with the cursor on a meeting that stopped part way, and the offer to resume)."""
        paths = self.store.meeting_paths()
        stale = [p for p in paths if p not in self._cache or self._cache[p][0] != _stamp(p)]
        if len(stale) > READ_IN_BACKGROUND:
            self.query_one("#meetings-title", Static).update(
                f"Reading {len(stale)} meeting files..."
            )
            self.read_meetings_in_background(stale)
            return
        self.read_meetings(stale)
        self._cache = {p: self._cache[p] for p in paths}  # forget files that went away
        self.meetings = [(p, m) for p, (_s, m) in self._cache.items() if isinstance(m, Meeting)]
        self.errors = [e for _s, e in self._cache.values() if isinstance(e, StoreError)]
        problems: list[str] = []
        try:
            self.group = self.store.load_group()
        except StoreError as exc:
            self.group = None
            problems.append(f"The group file cannot be read: {exc}")
        self.report = None
        if self.group is not None:
            today = self.app.now().date()
            year = recert_year_of(today, self.group.defaults.recert_year_start_month)
            self.report = attendance_report(
                self.group, self.meetings, year, today=today, skipped=self.errors
            )
        if self.errors:
            count = len(self.errors)
            problems.append(
                f"{plural(count, 'meeting file')} could not be read and "
                f"{plural_word(count, 'is', 'are')} not counted: see the list above."
            )
        self.show_group()
        self.show_members()
        running = None if self._resume_offered else self.in_progress()
        self.show_meetings(select=running[0] if running else None)
        problem_line = self.query_one("#home-problems", Static)
        problem_line.update("\n".join(problems))
        problem_line.display = bool(problems)
        self.refresh_bindings()
        if not self._resume_offered:
            self._resume_offered = True
            self.offer_resume()

    # -- showing ---------------------------------------------------------------------------

    def show_group(self) -> None:
        """Name and purpose."""
        name = self.group.name if self.group else self.store.root.name
        self.query_one("#group-name", Static).update(Text(name, style="bold"))
        line = self.query_one("#group-purpose", Static)
        purpose = self.group.purpose if self.group else ""
        width = line.size.width or self.app.size.width - 2
        if purpose.strip():
            line.update(Text(clamp_lines(purpose, width, PURPOSE_LINES)))
        elif self.group is not None:
            line.update("No purpose written yet: e edits the group.")

    def show_members(self) -> None:
        """Each member's attendance in this recertification year."""
        table = self.query_one("#members", DataTable)
        table.clear()
        title = self.query_one("#members-title", Static)
        report = self.report
        if report is None:
            title.update("Members: not shown until the group file can be read.")
            return
        counts = report.status_counts()
        summary = ", ".join(
            f"{counts[s]} {s.label}"
            for s in ComplianceStatus
            if counts[s] or s is not ComplianceStatus.NOT_MET
        )
        if not report.members:
            title.update("No members yet: e edits the group and adds them.")
            return
        title.update(f"Attendance {report.year_label}: {summary}")
        for row in report.members:
            name = row.name if row.current else f"{row.name} (left)"
            table.add_row(
                Text(name),
                Text(row.registration_number),
                Text(f"{row.counting_count} of {report.required}"),
                member_status_text(row),
                key=row.registration_number,
            )

    def show_meetings(self, select: Path | None = None) -> None:
        """Every meeting, newest first, and every file that did not load, with the reason.

        The cursor stays on the meeting it was on, or moves to ``select``.
        """
        table = self.query_one("#meetings", MeetingTable)
        keep = str(select) if select else self._highlighted_key()
        table.clear(columns=True)
        rows: list[tuple[str, str, tuple[Text, ...]]] = []
        for path, meeting in self.meetings:
            count = len(meeting.attendees)
            minimum = (
                Text("yes")
                if count >= PSG_MINIMUM_ATTENDEES
                else Text(f"no ({count})", style="bold red")
            )
            status = meeting.status.value.replace("_", " ")
            rows.append(
                (
                    path.name,
                    str(path),
                    (
                        Text(meeting.date.isoformat()),
                        Text(status, style=MEETING_STATUS_STYLES[meeting.status]),
                        Text(str(count)),
                        minimum,
                        Text(topics_text(meeting)),
                    ),
                )
            )
        for error in self.errors:
            path = error.problems[0].path
            rows.append(
                (
                    path.name,
                    ERROR_KEY_PREFIX + str(path),
                    (
                        Text(path.name),
                        Text("unreadable", style="bold red"),
                        Text("?"),
                        Text("?"),
                        Text(error_reason(error), style="red"),
                    ),
                )
            )
        # Newest first by file name (<date>[-n].toml), so an unreadable file sits where its
        # date would be.
        rows.sort(key=lambda row: meeting_sort_key(row[0]), reverse=True)
        widths = [
            max([len(label), *(cells[i].cell_len for _n, _k, cells in rows)])
            for i, label in enumerate(MEETING_COLUMNS[:-1])
        ]
        # Topics take what is left of the width, cut with an ellipsis, so the list never
        # needs a horizontal scroll bar at 80 columns.
        available = table.size.width or self.app.size.width - 2
        topics_width = max(10, available - sum(widths) - 2 * len(MEETING_COLUMNS) - 1)
        for label, width in zip(MEETING_COLUMNS, [*widths, topics_width], strict=True):
            table.add_column(label, width=width, key=label)
        for _name, key, cells in rows:
            cells[-1].truncate(topics_width, overflow="ellipsis")
            table.add_row(*cells, key=key)
        keys = [key for _name, key, _cells in rows]
        if keep in keys:
            table.move_cursor(row=keys.index(keep))
        count = len(self.meetings)
        self.query_one("#meetings-title", Static).update(
            f"Meetings ({count}), newest first; a meeting counts with "
            f"{PSG_MINIMUM_ATTENDEES} or more attendees"
            if rows
            else "No meetings yet: n sets up the first one."
        )

    # -- what is highlighted ---------------------------------------------------------------

    def _highlighted_key(self) -> str | None:
        table = self.query_one("#meetings", MeetingTable)
        if table.row_count == 0 or table.cursor_row < 0:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def highlighted(self) -> tuple[Path, Meeting] | StoreError | None:
        """The meeting (or unreadable file) under the cursor in the meetings list."""
        key = self._highlighted_key()
        if key is None:
            return None
        if key.startswith(ERROR_KEY_PREFIX):
            path = Path(key.removeprefix(ERROR_KEY_PREFIX))
            return next((e for e in self.errors if e.problems[0].path == path), None)
        return next(((p, m) for p, m in self.meetings if str(p) == key), None)

    def highlighted_with(self, status: MeetingStatus) -> tuple[Path, Meeting] | None:
        """The highlighted meeting, if it has this status."""
        chosen = self.highlighted()
        if isinstance(chosen, tuple) and chosen[1].status is status:
            return chosen
        return None

    def in_progress(self) -> tuple[Path, Meeting] | None:
        """The newest meeting that stopped part way, if any."""
        running = [(p, m) for p, m in self.meetings if m.status is MeetingStatus.IN_PROGRESS]
        return running[-1] if running else None

    def on_resize(self) -> None:
        """Give the topics the width there is."""
        if self.is_mounted:
            self.show_group()
            self.show_meetings()

    @on(DataTable.RowHighlighted, "#meetings")
    def _highlight_changed(self) -> None:
        # Only when the row's kind changes: every refresh rebuilds the Footer, and filling
        # the table highlights row after row (it was a quarter of the start-up time).
        chosen = self.highlighted()
        kind = chosen[1].status if isinstance(chosen, tuple) else type(chosen).__name__
        if kind != self._highlight_kind:
            self._highlight_kind = kind
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show only the actions that make sense now (the Footer stays short at 80 columns)."""
        if action == "open_meeting":
            return self.highlighted() is not None
        if action in ("new_meeting", "edit_group") and self.group is None:
            return None
        if action == "run_planned":
            return (
                self.group is not None and self.highlighted_with(MeetingStatus.PLANNED) is not None
            )
        if action == "resume":
            return (
                self.group is not None
                and self.highlighted_with(MeetingStatus.IN_PROGRESS) is not None
            )
        return True

    # -- actions ---------------------------------------------------------------------------

    def offer_resume(self) -> None:
        """If a meeting stopped part way (a crash, a closed laptop), offer to carry on."""
        if self.group is None:
            return
        found = self.in_progress()
        if found is None:
            return
        path, meeting = found

        def answered(resume: bool | None) -> None:
            if resume:
                self.post_message(ResumeMeeting(path, meeting))

        self.app.push_screen(
            ConfirmDialog(
                f"Resume the meeting of {meeting.date.isoformat()} where it stopped?",
                yes="Resume",
                no="Not now",
            ),
            answered,
        )

    def action_new_meeting(self) -> None:
        """Set up a new meeting."""
        self.post_message(PlanMeeting())

    def action_run_planned(self) -> None:
        """Set up and run the highlighted planned meeting."""
        chosen = self.highlighted_with(MeetingStatus.PLANNED)
        if chosen is not None:
            path, meeting = chosen
            self.post_message(PlanMeeting(meeting, path))

    def action_resume(self) -> None:
        """Carry on with the highlighted meeting that stopped, where it was."""
        chosen = self.highlighted_with(MeetingStatus.IN_PROGRESS)
        if chosen is not None:
            self.post_message(ResumeMeeting(*chosen))

    def action_open_meeting(self) -> None:
        """Open the highlighted meeting read-only, or say why its file cannot be read."""
        chosen = self.highlighted()
        if isinstance(chosen, StoreError):
            self.notify(
                str(chosen),
                title="This meeting file cannot be read",
                markup=False,
                severity="error",
                timeout=15,
            )
        elif chosen is not None:
            self.post_message(OpenPastMeeting(*chosen))

    def action_edit_group(self) -> None:
        """Edit the group: name, purpose, ground rules, members, defaults."""
        from psg_tui.tui.screens.edit_group import EditGroupScreen

        if self.group is not None:
            self.app.push_screen(EditGroupScreen(self.store, self.group))

    def action_switch_group(self) -> None:
        """Go to the list of groups."""
        self.post_message(PickGroup())


def _stamp(path: Path) -> tuple[int, int] | None:
    """A file's modification time and size: a changed file is read again."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)
