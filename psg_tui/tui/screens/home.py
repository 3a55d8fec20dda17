"""Home: the group, its members' attendance this recertification year, and its meetings.

From here a person starts a new meeting, runs a planned one, resumes one that stopped,
opens a past one, edits the group or switches to another group.

First frame at once, the files read after:

- When no file changed since the group was last opened, the first frame already shows the
  tables, drawn from the group's index (:mod:`psg_tui.core.index`: each file's stamp and the
  facts the tables need, kept by the last full read). Only the index is read and each
  file's stamp looked at; attendance is worked out from the facts, without pydantic.
- Otherwise the first frame shows the group's name and purpose (a quick, unvalidated look
  at group.toml: :mod:`psg_tui.core.peek`) and empty tables.
- Either way a worker thread then reads and validates group.toml and every meeting file
  with the store, works out attendance, and fills the tables (redrawing only what differs
  from the first look), and the index is written again if it changed. Until then the keys
  that act on the group or a meeting show greyed out: every action uses the validated files.

The only read on the event loop is that first look (the index, or group.toml's name); this
module imports neither pydantic nor the models until the worker needs them.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from psg_tui.core.index import QuickLook, quick_look
from psg_tui.core.peek import Glance, glance
from psg_tui.core.vocab import neutralise_controls
from psg_tui.tui.widgets.key_footer import KeysFooter

if TYPE_CHECKING:
    import datetime as dt

    from psg_tui.core.attendance import AttendanceReport, MemberAttendance
    from psg_tui.core.facts import GroupFacts, MeetingFacts
    from psg_tui.core.index import Stamp
    from psg_tui.core.models import Group, Meeting
    from psg_tui.core.store import GroupStore, StoreError

STATUS_STYLES = {
    "met": "green",
    "on_track": "",
    "at_risk": "bold red",
    "not_met": "bold red",
}
"""Colour for each attendance status (``ComplianceStatus`` values); the words say it too."""

MEETING_STATUS_STYLES = {
    "planned": "cyan",
    "in_progress": "bold yellow",
    "complete": "",
}
"""Colour for each meeting status (``MeetingStatus`` values), beside the words."""

PURPOSE_LINES = 2
"""The purpose is cut to this many lines on the home screen (edit shows it whole)."""

MEETING_COLUMNS = ("Date", "Status", "Att.", "Min. 4", "Topics")
"""Columns of the meetings list; Topics takes the rest of the width."""

MEMBER_COLUMNS = ("Member", "Reg. no.", "Meetings", "Attendance")
"""Columns of the members list; Member takes the rest of the width."""

MIN_NAME_WIDTH = 12
"""A member's name keeps at least this many cells; the Attendance words are cut first."""

MIN_STATUS_WIDTH = 8
"""The Attendance words keep at least this many cells ("at risk…")."""

SCROLLBAR = 2
"""Cells kept free for a table's vertical scroll bar."""

MEMBERS_MAX_ROWS = 10
"""Lines the members table may take (header included) on a tall enough terminal."""

HOME_CHROME_LINES = 14
"""Lines of home that are not the members table, at their most (header, name, purpose,
titles, the meetings table's header and a few rows, footer): on a short terminal the
members table gives up lines so the meetings still show."""

ERROR_KEY_PREFIX = "unreadable:"
"""Row keys of meeting files that did not load."""

FilledFrom = Literal["index", "files"]
"""Where the tables' contents came from: the index (a first look) or the files (validated)."""

Read = tuple["Stamp | None", "Meeting | StoreError", "MeetingFacts | None"]
"""One meeting file as the worker last read it: its stamp (None: it could not be looked
at), its meeting or why it did not load, and its facts (None when it did not load)."""


class HomeFooter(KeysFooter):
    """The keys, on two lines when one is too narrow (every key in sight at 60 columns, F1
    Help included: :class:`~psg_tui.tui.widgets.key_footer.KeysFooter`), rebuilt only when
    what they show changes.

    Textual's rebuilds every key for each change of the bindings: five times while Home
    starts, mostly to show the same keys (about 12 ms each, on the event loop while the
    files are read). This one rebuilds at most once a frame, and not at all when the keys,
    their words and whether they are greyed out are what they were.
    """

    _rebuild_pending = False
    _shown: tuple[object, ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    def _keys_shown(self) -> tuple[object, ...]:
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached:
            return  # the screen went away meanwhile
        shown = self._keys_shown()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()


class MeetingTable(DataTable[Text]):
    """The group's meetings, newest first; Enter opens the highlighted one."""

    BINDINGS = [Binding("enter", "screen.open_meeting", "Open", id="open-meeting")]


@dataclass
class HomeData:
    """What the worker read: everything the tables show."""

    store: GroupStore
    cache: dict[Path, Read]
    """Every meeting file as read (a file not changed since is not read again)."""
    group: Group | None = None
    group_facts: GroupFacts | None = None
    group_error: StoreError | None = None
    report: AttendanceReport | None = None
    meetings: list[tuple[Path, Meeting]] = field(default_factory=list)
    listed: list[tuple[Path, MeetingFacts]] = field(default_factory=list)
    """The facts of every meeting that loaded (what the list shows), oldest first."""
    errors: list[StoreError] = field(default_factory=list)


def read_home(store: GroupStore, cache: dict[Path, Read], today: dt.date) -> HomeData:
    """Read group.toml and every meeting file that changed since ``cache`` (a file that
    fails is kept as its error, until it changes), work out this year's attendance, and
    write the group's index if it changed. Runs in a worker thread: this is where pydantic
    validates the files."""
    from psg_tui.core.attendance import attendance_report, recert_year_of
    from psg_tui.core.facts import GroupFacts, MeetingFacts
    from psg_tui.core.index import Indexed, index_bytes, stamp
    from psg_tui.core.models import Meeting
    from psg_tui.core.store import StoreError

    paths = store.meeting_paths()
    fresh: dict[Path, Read] = {}
    for path in paths:
        seen = stamp(path)  # before the read: a file changed meanwhile is read again later
        if seen is not None and path in cache and cache[path][0] == seen:
            fresh[path] = cache[path]
            continue
        try:
            meeting = store.load_meeting(path)
            fresh[path] = (seen, meeting, MeetingFacts.of(meeting))
        except StoreError as exc:
            fresh[path] = (seen, exc, None)
    data = HomeData(store=store, cache=fresh)
    data.meetings = [(p, m) for p, (_s, m, _f) in fresh.items() if isinstance(m, Meeting)]
    data.listed = [(p, f) for p, (_s, _m, f) in fresh.items() if f is not None]
    data.errors = [m for _s, m, _f in fresh.values() if isinstance(m, StoreError)]
    group_stamp = stamp(store.group_path)
    try:
        data.group = store.load_group()
    except StoreError as exc:
        data.group_error = exc
    if data.group is None:
        return data
    data.group_facts = GroupFacts.of(data.group)
    year = recert_year_of(today, data.group_facts.start_month)
    data.report = attendance_report(
        data.group_facts, data.listed, year, today=today, skipped=data.errors
    )
    indexed = {
        path.name: Indexed(
            seen,
            facts,
            tuple((p.line, p.message) for p in meeting.problems)
            if isinstance(meeting, StoreError)
            else (),
        )
        for path, (seen, meeting, facts) in fresh.items()
        if seen is not None
    }
    if group_stamp is not None and len(indexed) == len(fresh):
        store.save_index(index_bytes(group_stamp, data.group_facts, indexed))
    return data


def member_status_text(row: MemberAttendance) -> Text:
    """A member's standing in words (and colour): ``at risk: needs 2, 1 planned``."""
    words = row.status.label
    if row.status.value in ("on_track", "at_risk"):
        words += f": needs {row.needed}, {row.planned_left} planned"
    return Text(words, style=STATUS_STYLES[row.status.value])


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
    """Why a meeting file did not load, in one line (control characters shown as pictures:
    a message may quote the file)."""
    return neutralise_controls(
        "; ".join((f"line {p.line}: " if p.line else "") + p.message for p in error.problems)
    )


def fit_widths(natural: list[int], available: int, flexible: int, shrink: int) -> list[int]:
    """Column widths that fit ``available`` cells (cell padding included): column
    ``flexible`` takes what is left (at least ``MIN_NAME_WIDTH``); when that is not enough,
    column ``shrink`` gives up cells down to ``MIN_STATUS_WIDTH``. No column is dropped."""
    widths = list(natural)
    padding = 2 * len(widths)
    fixed = sum(w for i, w in enumerate(widths) if i != flexible)
    room = available - padding - fixed
    if room < MIN_NAME_WIDTH and shrink != flexible:
        give = min(MIN_NAME_WIDTH - room, widths[shrink] - MIN_STATUS_WIDTH)
        if give > 0:
            widths[shrink] -= give
            room += give
    widths[flexible] = max(room, MIN_NAME_WIDTH if flexible == 0 else 10)
    return widths


class HomeScreen(Screen[None]):
    """The group at a glance, and the way into its meetings."""

    SUB_TITLE = "Home"

    BINDINGS = [
        Binding("n", "new_meeting", "New meeting", id="new-meeting"),
        # One key, two meanings: the Footer shows whichever fits the highlighted meeting.
        Binding("r", "run_planned", "Run planned", id="run-planned"),
        Binding("r", "resume", "Resume", id="resume-meeting", tooltip="Carry on where it stopped"),
        Binding("e", "edit_group", "Edit group", id="edit-group"),
        Binding(
            "y",
            "member_year",
            "Year",
            id="member-year",
            tooltip="A member's recertification year as a PDF: their own topics, takeaways, "
            "reflections, follow-ups and hours of PSG time",
        ),
        Binding("g", "switch_group", "Groups", id="switch-group", tooltip="Pick another group"),
    ]

    def __init__(self, folder: Path, open_store: Callable[[], GroupStore] | None = None) -> None:
        super().__init__()
        self.folder = Path(folder)
        """The open group's folder."""
        self._open_store = open_store
        """Gives the app's store for the folder (called in the worker: it imports pydantic)."""
        self.store: GroupStore | None = None
        """The group's store, once the worker has opened it."""
        self.group: Group | None = None
        """The group, once read (None: not read yet, or group.toml could not be read)."""
        self.loaded = False
        """True once the worker has read the files and the tables are filled."""
        self.meetings: list[tuple[Path, Meeting]] = []
        """Every meeting file that loaded, oldest first (once validated)."""
        self.listed: list[tuple[Path, MeetingFacts]] = []
        """What the meetings list shows: the facts of every meeting that loaded, oldest
        first (from the index at first, then from the validated files)."""
        self.errors: list[StoreError] = []
        """Every meeting file that did not load: shown, never dropped."""
        self.report: AttendanceReport | None = None
        """This recertification year's attendance."""
        self.filled_from: FilledFrom | None = None
        """Where the tables' contents came from (None: not filled yet)."""
        self._shown_group: GroupFacts | None = None
        self._group_error: StoreError | None = None
        self._resume_offered = False
        self._highlight_kind: object = None
        """What the Footer was last refreshed for: a meeting status, an error, or nothing."""
        self._cache: dict[Path, Read] = {}
        self._drawn: dict[str, object] = {}
        """What each table shows (its rows, their styles and widths), so a fill with the
        same contents does not redraw it."""
        self._quick: QuickLook | None = quick_look(self.folder)
        if self._quick is not None:
            group = self._quick.group
            count = len(self._quick.meetings) + len(self._quick.errors)
            self._glance = Glance(name=group.name, purpose=group.purpose, meeting_files=count)
        else:
            self._glance = glance(self.folder)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(Text(self._glance.name, style="bold"), id="group-name", markup=False)
            yield Static(id="group-purpose", markup=False)
            yield Static("Attendance: reading...", id="members-title", classes="home-title")
            yield DataTable(id="members", cursor_type="row", zebra_stripes=True)
            count = self._glance.meeting_files
            reading = f"Meetings: reading {count} meeting file{'s' if count != 1 else ''}..."
            yield Static(reading, id="meetings-title", classes="home-title", markup=False)
            yield MeetingTable(id="meetings", cursor_type="row", zebra_stripes=True)
            yield Static(id="home-problems", classes="error", markup=False)
        # The palette (ctrl+p) still works and is listed under F1; hiding its Footer entry
        # keeps this screen's keys on one line at 80 columns.
        yield HomeFooter()

    def on_mount(self) -> None:
        self.query_one("#home-problems", Static).display = False
        self.fit_members_height()
        self.show_purpose(self._glance.purpose)
        self.query_one("#meetings", MeetingTable).focus()
        if self._quick is not None:
            self.show_first_look(self._quick)

    def show_first_look(self, look: QuickLook) -> None:
        """Fill the tables from the index, so the first frame shows them (see the module's
        docstring): the same attendance rules, worked out from the indexed facts."""
        from psg_tui.core.attendance import attendance_report, recert_year_of

        today = self.app_today()
        year = recert_year_of(today, look.group.start_month)
        self.report = attendance_report(
            look.group, look.meetings, year, today=today, skipped=look.errors
        )
        self._shown_group = look.group
        self.listed = list(look.meetings)
        self.errors = list(look.errors)
        self.show_all(select=None)
        self.tables_filled("index")

    def tables_filled(self, source: FilledFrom) -> None:
        """The tables now show what was read from ``source`` (the bench marks this)."""
        self.filled_from = source

    def on_screen_resume(self) -> None:
        """Read the group again whenever this screen shows (a meeting or an edit may have
        changed it), and offer once to resume a meeting that stopped. The reading starts
        after this frame is drawn, so the first look shows at once."""
        self.call_after_refresh(self.reload)

    # -- reading (in a worker thread) -------------------------------------------------------

    def reload(self) -> None:
        """Read group.toml and the meeting files that changed, in a worker; the tables fill
        in when it is done (what is on screen stays until then)."""
        if "psg_tui.core.store" not in sys.modules:
            _import_models()
        self.read_in_background(self.app, dict(self._cache), self.app_today())

    def app_today(self) -> dt.date:
        """Today, by the app's wall clock (tests pass a fake one)."""
        now: Callable[[], dt.datetime] = getattr(self.app, "now")  # noqa: B009 - PsgApp's
        return now().date()

    @work(thread=True, exclusive=True, group="home-read")
    def read_in_background(
        self,
        app: App[object],
        cache: dict[Path, tuple[Stamp, Meeting | StoreError]],
        today: dt.date,
    ) -> None:
        """Open the store, read and validate the files, work out attendance; then fill.

        ``app`` is passed in: by the time the files are read, this screen may have left the
        app (a meeting began, another group was picked), and a screen that left has none.
        """
        if self.store is None:
            if self._open_store is not None:
                self.store = self._open_store()
            else:
                from psg_tui.core.store import GroupStore

                self.store = GroupStore(self.folder)
        data = read_home(self.store, cache, today)
        if not get_current_worker().is_cancelled and app.is_running:
            with contextlib.suppress(RuntimeError):  # the app closed meanwhile
                app.call_from_thread(self.fill, data)

    def fill(self, data: HomeData) -> None:
        """Show what the worker read (the first time, with the cursor on a meeting that
        stopped part way, and the offer to resume)."""
        if not self.is_attached:
            return  # Home was replaced meanwhile (another group picked)
        self.store = data.store
        self._cache = data.cache
        self.meetings = data.meetings
        self.listed = data.listed
        self.errors = data.errors
        self.group = data.group
        self._shown_group = data.group_facts
        self._group_error = data.group_error
        self.report = data.report
        self.loaded = True
        running = None if self._resume_offered else self.in_progress()
        self.show_all(select=running[0] if running else None)
        self.tables_filled("files")
        # One Footer rebuild for the whole fill (each rebuild restyles every key): the row
        # highlighted by the new rows needs no second one.
        self._highlight_kind = self._highlighted_status()
        self.refresh_bindings()
        # Offer only while Home is in front (not under a setup opened meanwhile); it is
        # offered the next time Home shows otherwise.
        if not self._resume_offered and self.app.screen is self:
            self._resume_offered = True
            self.offer_resume()

    # -- showing ---------------------------------------------------------------------------

    def show_all(self, select: Path | None) -> None:
        """The group, both tables and the problems line, from what was read."""
        from psg_tui.core.words import plural, plural_word

        problems: list[str] = []
        if self._group_error is not None:
            problems.append(f"The group file cannot be read: {self._group_error}")
        if self.errors:
            count = len(self.errors)
            problems.append(
                f"{plural(count, 'meeting file')} could not be read and "
                f"{plural_word(count, 'is', 'are')} not counted: see the list above."
            )
        if self.report is not None:  # a copy counted once, a file named for another date
            problems += self.report.file_notes(names=True)
        self.show_group()
        self.show_members()
        self.show_meetings(select=select)
        problem_line = self.query_one("#home-problems", Static)
        # File names come from the disk: shown, never obeyed (an ESC in a name is a picture).
        problem_line.update(neutralise_controls("\n".join(problems)))
        problem_line.display = bool(problems)

    def show_purpose(self, purpose: str) -> None:
        """The purpose, cut to two lines."""
        line = self.query_one("#group-purpose", Static)
        width = line.size.width or self.app.size.width - 2
        if purpose.strip():
            text = clamp_lines(purpose, width, PURPOSE_LINES)
        elif self._shown_group is not None:
            text = "No purpose written yet: e edits the group."
        else:
            text = ""
        _update(line, Text(text))

    def show_group(self) -> None:
        """Name and purpose, as read (before that: as first glanced at)."""
        if self.filled_from is None and self._shown_group is None:
            self.show_purpose(self._glance.purpose)
            return
        group = self._shown_group
        name = group.name if group else self.folder.name
        _update(self.query_one("#group-name", Static), Text(name, style="bold"))
        self.show_purpose(group.purpose if group else "")

    def _available(self, table: DataTable[Text]) -> int:
        return (table.size.width or self.app.size.width - 2) - SCROLLBAR

    def show_members(self) -> None:
        """Each member's attendance in this recertification year; a long name is cut with
        an ellipsis so every column shows (down to 60 columns)."""
        from psg_tui.core.attendance import ComplianceStatus, counting_text

        table = self.query_one("#members", DataTable)
        title = self.query_one("#members-title", Static)
        report = self.report
        if report is None:
            self._clear(table)
            title.update("Members: not shown until the group file can be read.")
            return
        counts = report.status_counts()
        summary = ", ".join(
            f"{counts[s]} {s.label}"
            for s in ComplianceStatus
            if counts[s] or s is not ComplianceStatus.NOT_MET
        )
        if not report.members:
            self._clear(table)
            title.update("No members yet: e edits the group and adds them.")
            return
        title.update(f"Attendance {report.year_label}: {summary}")
        rows = []
        for row in report.members:
            name = row.name if row.current else f"{row.name} (left)"
            rows.append(
                (
                    row.registration_number,
                    [
                        Text(name),
                        Text(row.registration_number),
                        Text(counting_text(row.counting_count, report.required)),
                        member_status_text(row),
                    ],
                )
            )
        natural = [
            max([len(label), *(cells[i].cell_len for _k, cells in rows)])
            for i, label in enumerate(MEMBER_COLUMNS)
        ]
        widths = fit_widths(natural, self._available(table), flexible=0, shrink=3)
        for _key, cells in rows:
            for cell, width in zip(cells, widths, strict=True):
                cell.truncate(width, overflow="ellipsis")
        if self._unchanged(table, widths, rows):
            return
        table.clear(columns=True)
        for label, width in zip(MEMBER_COLUMNS, widths, strict=True):
            table.add_column(label, width=width, key=label)
        for key, cells in rows:
            table.add_row(*cells, key=key)

    def show_meetings(self, select: Path | None = None) -> None:
        """Every meeting, newest first, and every file that did not load, with the reason.

        The cursor stays on the meeting it was on, or moves to ``select``.
        """
        from psg_tui.core.files import meeting_sort_key
        from psg_tui.core.vocab import PSG_MINIMUM_ATTENDEES

        table = self.query_one("#meetings", MeetingTable)
        keep = str(select) if select else self._highlighted_key()
        rows: list[tuple[str, str, tuple[Text, ...]]] = []
        for path, meeting in self.listed:
            count = meeting.attendee_count
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
                        Text(status, style=MEETING_STATUS_STYLES[meeting.status.value]),
                        Text(str(count)),
                        minimum,
                        Text(meeting.topics),
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
                        Text(neutralise_controls(path.name)),
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
        natural = [
            max([len(label), *(cells[i].cell_len for _n, _k, cells in rows)])
            for i, label in enumerate(MEETING_COLUMNS)
        ]
        # Topics take what is left of the width, cut with an ellipsis, so the list never
        # needs a horizontal scroll bar.
        widths = fit_widths(natural, self._available(table), flexible=4, shrink=4)
        for _name, _key, cells in rows:
            cells[-1].truncate(widths[-1], overflow="ellipsis")
        keys = [key for _name, key, _cells in rows]
        if not self._unchanged(table, widths, [(key, cells) for _n, key, cells in rows]):
            table.clear(columns=True)
            for label, width in zip(MEETING_COLUMNS, widths, strict=True):
                table.add_column(label, width=width, key=label)
            for _name, key, cells in rows:
                table.add_row(*cells, key=key)
        if keep in keys and keys.index(keep) != table.cursor_row:
            table.move_cursor(row=keys.index(keep))
        count = len(self.listed)
        self.query_one("#meetings-title", Static).update(
            f"Meetings ({count}), newest first; a meeting counts with "
            f"{PSG_MINIMUM_ATTENDEES} or more attendees"
            if rows
            else "No meetings yet: n sets up the first one."
        )

    def _unchanged(
        self, table: DataTable[Text], widths: list[int], rows: list[tuple[str, Sequence[Text]]]
    ) -> bool:
        """Does ``table`` already show exactly these rows at these widths? (Redrawing a
        table costs a new layout of the screen: the files' read after the index's first
        look usually finds the same rows.) Remembers them when not."""
        shown = (
            tuple(widths),
            tuple(
                (key, tuple((c.plain, str(c.style), tuple(c.spans)) for c in cells))
                for key, cells in rows
            ),
        )
        if self._drawn.get(table.id or "") == shown and table.row_count == len(rows):
            return True
        self._drawn[table.id or ""] = shown
        return False

    def _clear(self, table: DataTable[Text]) -> None:
        table.clear(columns=True)
        self._drawn.pop(table.id or "", None)

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

    def _highlighted_status(self) -> str | None:
        """The status of the highlighted row as the list shows it (``"unreadable"`` for a
        file that did not load), before the files are validated too; None: no row."""
        key = self._highlighted_key()
        if key is None:
            return None
        if key.startswith(ERROR_KEY_PREFIX):
            return "unreadable"
        facts = next((f for p, f in self.listed if str(p) == key), None)
        return facts.status.value if facts is not None else None

    def highlighted_with(self, status: str) -> tuple[Path, Meeting] | None:
        """The highlighted meeting, if it has this status (a ``MeetingStatus``)."""
        chosen = self.highlighted()
        if isinstance(chosen, tuple) and chosen[1].status == status:
            return chosen
        return None

    def in_progress(self) -> tuple[Path, Meeting] | None:
        """The newest meeting that stopped part way, if any."""
        running = [(p, m) for p, m in self.meetings if m.status == "in_progress"]
        return running[-1] if running else None

    def fit_members_height(self) -> None:
        """On a short terminal (60x20) the members table scrolls, so the meetings show."""
        height = self.app.size.height
        rows = min(MEMBERS_MAX_ROWS, max(4, height - HOME_CHROME_LINES))
        self.query_one("#members", DataTable).styles.max_height = rows

    def on_resize(self) -> None:
        """Give the names and the topics the width there is, and both tables lines."""
        if self.is_mounted:
            self.fit_members_height()
            self.show_group()
            if self.filled_from is not None:
                self.show_members()
                self.show_meetings()

    @on(DataTable.RowHighlighted, "#meetings")
    def _highlight_changed(self) -> None:
        # Only when the row's kind changes: every refresh rebuilds the Footer, and filling
        # the table highlights row after row (it was a quarter of the start-up time).
        kind = self._highlighted_status()
        if kind != self._highlight_kind:
            self._highlight_kind = kind
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show only the actions that make sense now (the Footer stays short at 80 columns);
        until the files are read and validated, the keys that act on the group or a
        meeting show but are greyed out (the tables may already show the index's look)."""
        status = self._highlighted_status()
        if action == "open_meeting":
            return False if status is None else (True if self.loaded else None)
        if action in ("run_planned", "resume"):
            if status != ("planned" if action == "run_planned" else "in_progress"):
                return False
            return None if not self.loaded else self.group is not None
        if action in ("new_meeting", "edit_group", "member_year") and self.group is None:
            return None
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
        from psg_tui.tui.dialogs.confirm import ConfirmDialog
        from psg_tui.tui.messages import ResumeMeeting

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
        from psg_tui.tui.messages import PlanMeeting

        self.post_message(PlanMeeting())

    def action_run_planned(self) -> None:
        """Set up and run the highlighted planned meeting."""
        from psg_tui.tui.messages import PlanMeeting

        chosen = self.highlighted_with("planned")
        if chosen is not None:
            path, meeting = chosen
            self.post_message(PlanMeeting(meeting, path))

    def action_resume(self) -> None:
        """Carry on with the highlighted meeting that stopped, where it was."""
        from psg_tui.tui.messages import ResumeMeeting

        chosen = self.highlighted_with("in_progress")
        if chosen is not None:
            self.post_message(ResumeMeeting(*chosen))

    def action_open_meeting(self) -> None:
        """Enter: a planned meeting opens in setup, one that stopped part way carries on,
        a finished one opens as a past meeting; an unreadable file says why."""
        from psg_tui.tui.messages import OpenPastMeeting

        chosen = self.highlighted()
        if chosen is None:
            return
        if not isinstance(chosen, tuple):
            self.notify(
                str(chosen),
                title="This meeting file cannot be read",
                markup=False,
                severity="error",
                timeout=15,
            )
        elif chosen[1].status == "planned":
            self.action_run_planned()
        elif chosen[1].status == "in_progress":
            self.action_resume()
        else:
            self.post_message(OpenPastMeeting(*chosen))

    def action_edit_group(self) -> None:
        """Edit the group: name, purpose, ground rules, members, defaults."""
        from psg_tui.tui.screens.edit_group import EditGroupScreen

        if self.group is not None and self.store is not None:
            self.app.push_screen(EditGroupScreen(self.store, self.group))

    def action_member_year(self) -> None:
        """One member's recertification year (``psg year``): ask whose, then ask the app to
        write it (the privacy gate, a worker and the store are the app's)."""
        from psg_tui.core.models import Member
        from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
        from psg_tui.tui.messages import YearRequested

        if self.group is None:
            return
        report = self.report
        if report is not None:  # this year's members, and anyone who left but attended
            people = [
                Member(
                    name=row.name if row.current else f"{row.name} (left)",
                    registration_number=row.registration_number,
                )
                for row in report.members
            ]
        else:
            people = list(self.group.members)
        if not people:
            self.notify("No members yet: e edits the group and adds them.", severity="warning")
            return
        year = report.year if report is not None else None
        when = f"Recertification year {report.year_label}" if report else "This year"
        hint = (
            f"{when}: their own topics, takeaways, reflections, follow-ups and hours of PSG "
            "time, as a PDF in the group folder."
        )

        def chosen(registration_number: str | None) -> None:
            if registration_number:
                self.post_message(YearRequested(registration_number, year))

        self.app.push_screen(ChooseMemberDialog("Whose year?", people, hint), chosen)

    def action_switch_group(self) -> None:
        """Go to the list of groups."""
        from psg_tui.tui.messages import PickGroup

        self.post_message(PickGroup())


def _import_models() -> None:
    """Import pydantic, the models, the store and attendance (about 70 ms).

    Once, on the event loop just after the first frame: in the worker thread they would
    contend for the interpreter with the drawing, and Home would fill later. The garbage
    collector waits meanwhile, then everything alive is frozen (``gc.freeze``): the
    thousands of objects pydantic builds would otherwise set off full collections over
    all that Textual and the models hold, for nothing, during the import and again while
    the filled screen is drawn (about 20 ms in all). What is frozen lives as long as the
    app anyway: modules, classes, schemas, the app and its first screen.
    See bench/bench_app.py.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        import psg_tui.core.attendance
        import psg_tui.core.store
        import psg_tui.core.words  # noqa: F401
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _update(widget: Static, text: Text) -> None:
    """Show ``text`` unless it is already shown (an update lays the screen out again)."""
    shown = widget.content
    same = isinstance(shown, Text) and (shown.plain, shown.style, shown.spans) == (
        text.plain,
        text.style,
        text.spans,
    )
    if not same:
        widget.update(text)


def _stamp(path: Path) -> Stamp:
    """A file's modification time and size: a changed file is read again."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)
