"""The group's index (issue 14): home's first look without pydantic.

What must hold: the index gives exactly what the validated files give (facts, attendance,
the tables' cells), it is used only while not one file changed, came or went, and nothing
in it can crash the app, reach the terminal raw or be taken for a meeting. The Pilot tests
read what the screen shows, first from the index and then from the files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable

from psg_tui.core.attendance import attendance_report, recert_year_of
from psg_tui.core.facts import GroupFacts, MeetingFacts
from psg_tui.core.index import INDEX_FILE, quick_look
from psg_tui.core.store import GroupStore
from psg_tui.tui.screens.home import HomeScreen, read_home
from tests.test_tui_home import cells, home_filled
from tests.tui_helpers import FakeClock, app_for

SIZE = (80, 24)
TODAY = FakeClock().now().date()


def index_group(group: Path) -> None:
    """Read the group in full, as Home's worker does: this writes the index."""
    read_home(GroupStore(group), {}, TODAY)


def edit_index(group: Path, change) -> None:
    path = group / INDEX_FILE
    data = json.loads(path.read_bytes())
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def keep_stamp(path: Path, action) -> None:
    """Change a file as ``action`` does, then put its modification time back (a restore
    from a backup, a careful hand edit)."""
    info = path.stat()
    action()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


# -- facts ----------------------------------------------------------------------------------


def test_facts_go_through_json_unchanged(sample_store: GroupStore) -> None:
    group = sample_store.load_group()
    assert GroupFacts.from_json(GroupFacts.of(group).to_json()) == GroupFacts.of(group)
    loaded, errors = sample_store.load_meetings()
    assert loaded and not errors
    for _path, meeting in loaded:
        facts = MeetingFacts.of(meeting)
        assert MeetingFacts.from_json(json.loads(json.dumps(facts.to_json()))) == facts


@pytest.mark.parametrize(
    "today",
    [dt.date(2026, 1, 1), dt.date(2026, 5, 20), dt.date(2026, 8, 20), dt.date(2027, 4, 2)],
)
def test_attendance_from_facts_is_attendance_from_meetings(
    sample_store: GroupStore, today: dt.date
) -> None:
    """The home screen's first look and ``psg attendance`` work out the same answer."""
    group = sample_store.load_group()
    loaded, _errors = sample_store.load_meetings()
    year = recert_year_of(today, group.defaults.recert_year_start_month)
    from_meetings = attendance_report(group, loaded, year, today=today)
    facts = [(p, MeetingFacts.of(m)) for p, m in loaded]
    from_facts = attendance_report(GroupFacts.of(group), facts, year, today=today)
    assert from_facts.to_dict() == from_meetings.to_dict()


def test_a_report_from_facts_has_no_meetings_to_show(sample_store: GroupStore) -> None:
    """The annual summary and a member's year need the validated meetings: a report made
    from facts says so instead of handing out None."""
    group = sample_store.load_group()
    loaded, _errors = sample_store.load_meetings()
    from_meetings = attendance_report(group, loaded, 2025, today=dt.date(2026, 9, 1))
    held = [m for _p, m in loaded if m.date < dt.date(2026, 4, 1)]
    assert held and [r.loaded for r in from_meetings.meetings] == held
    facts = [(p, MeetingFacts.of(m)) for p, m in loaded]
    from_facts = attendance_report(GroupFacts.of(group), facts, 2025, today=dt.date(2026, 9, 1))
    with pytest.raises(LookupError, match="made from facts"):
        _ = from_facts.meetings[0].loaded


# -- when the index is used ------------------------------------------------------------------


def test_the_index_is_used_only_while_no_file_changed(sample_group: Path) -> None:
    assert quick_look(sample_group) is None  # never read in full yet
    index_group(sample_group)
    look = quick_look(sample_group)
    assert look is not None
    store = GroupStore(sample_group)
    loaded, _errors = store.load_meetings()
    assert look.group == GroupFacts.of(store.load_group())
    assert look.meetings == [(p, MeetingFacts.of(m)) for p, m in loaded]
    assert (sample_group / INDEX_FILE).stat().st_mode & 0o777 == 0o600

    meeting = loaded[0][0]
    keep_stamp(meeting, lambda: meeting.write_bytes(meeting.read_bytes().replace(b"a", b"b")))
    assert quick_look(sample_group) is None  # same modification time: the change time tells
    index_group(sample_group)
    assert quick_look(sample_group) is not None

    extra = meeting.with_name("2027-01-01.toml")
    shutil.copy(meeting, extra)
    assert quick_look(sample_group) is None  # a file came
    index_group(sample_group)
    extra.unlink()
    assert quick_look(sample_group) is None  # a file went
    index_group(sample_group)
    group_file = sample_group / "group.toml"
    group_file.write_text(group_file.read_text() + "\n")
    assert quick_look(sample_group) is None  # the group file changed


def test_an_unreadable_meeting_is_indexed_with_its_problems(sample_group: Path) -> None:
    broken = sample_group / "meetings" / "2026-03-03.toml"
    broken.write_text('date = "2026-03-03"\nstatus = "finished"\n', encoding="utf-8")
    index_group(sample_group)
    look = quick_look(sample_group)
    assert look is not None
    _loaded, errors = GroupStore(sample_group).load_meetings()
    assert [str(e) for e in look.errors] == [str(e) for e in errors]
    assert "status" in str(look.errors[0]) and look.errors[0].problems[0].line == 2


def test_an_index_too_large_to_read_back_is_not_written(sample_group: Path) -> None:
    from psg_tui.core.index import MAX_INDEX_BYTES

    store = GroupStore(sample_group)
    assert not store.save_index(b" " * (MAX_INDEX_BYTES + 1))
    assert not (sample_group / INDEX_FILE).exists()
    assert store.save_index(b"{}") and (sample_group / INDEX_FILE).read_bytes() == b"{}"


def test_an_unchanged_index_is_not_written_again(sample_group: Path) -> None:
    index_group(sample_group)
    before = (sample_group / INDEX_FILE).stat()
    index_group(sample_group)
    after = (sample_group / INDEX_FILE).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_an_index_that_cannot_be_written_changes_nothing_else(sample_group: Path) -> None:
    """The index is derived: where it cannot be written (here a folder took its name; a
    read-only folder likewise), home still reads the group, and nothing is left behind."""
    (sample_group / INDEX_FILE).mkdir()
    data = read_home(GroupStore(sample_group), {}, TODAY)
    assert data.report is not None and data.meetings
    assert (sample_group / INDEX_FILE).is_dir() and quick_look(sample_group) is None
    assert sorted(p.name for p in sample_group.iterdir()) == [INDEX_FILE, "group.toml", "meetings"]


# -- a hostile index ---------------------------------------------------------------------------


def _set_name(data: dict) -> None:
    data["group"]["facts"]["members"][0][1] = "Ana \x1b]0;PWNED\x07\x1b[2J\u202eX"


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version="0.0.0"),
        lambda d: d.update(format=99),
        lambda d: d["group"]["facts"].update(start_month=13),
        lambda d: d["group"]["facts"].update(name=["not", "text"]),
        lambda d: next(iter(d["meetings"].values()))["facts"].update(attendee_count=-1),
        lambda d: next(iter(d["meetings"].values()))["facts"].update(status="finished"),
        lambda d: next(iter(d["meetings"].values()))["facts"].update(date="2026-02-30"),
        lambda d: next(iter(d["meetings"].values()))["facts"].update(content="x"),
        lambda d: next(iter(d["meetings"].values()))["facts"].update(extra=1),
        lambda d: next(iter(d["meetings"].values())).update(stamp=[1, 2, 3]),
        lambda d: next(iter(d["meetings"].values())).update(stamp=[True, 0, 0, 0]),
        lambda d: d["meetings"].update({"2030-01-01.toml": {}}),
        lambda d: d.update(meetings=[]),
    ],
)
def test_an_index_not_as_written_is_not_used(sample_group: Path, change) -> None:
    index_group(sample_group)
    edit_index(sample_group, change)
    assert quick_look(sample_group) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe", b" " * (2 * 1024 * 1024)],
)
def test_a_broken_or_huge_index_is_not_used(sample_group: Path, content: bytes) -> None:
    (sample_group / INDEX_FILE).write_bytes(content)
    assert quick_look(sample_group) is None


def test_an_index_that_is_a_fifo_does_not_hang(sample_group: Path) -> None:
    os.mkfifo(sample_group / INDEX_FILE)
    assert quick_look(sample_group) is None


def test_control_characters_in_the_index_are_shown_not_obeyed(sample_group: Path) -> None:
    index_group(sample_group)
    edit_index(sample_group, _set_name)
    look = quick_look(sample_group)
    assert look is not None
    name = look.group.members[0].name
    assert "\x1b" not in name and "\x07" not in name and "\u202e" not in name
    assert name.startswith("Ana \u241b]0;PWNED\u2407\u241b[2J")


# -- on screen -----------------------------------------------------------------------------------


async def test_home_fills_from_the_index_then_from_the_files(sample_group: Path) -> None:
    """A person opening the group again sees the same tables at once; the keys that act on
    a meeting are greyed out until the files are read, then work (Enter opens one)."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.filled_from == "files"
        from_files = [cells(t) for t in home.query(DataTable)]
    app, _clock = app_for(sample_group)
    seen: list[tuple[str, list[list[list[str]]], bool | None]] = []
    filled = HomeScreen.tables_filled

    def record(screen: HomeScreen, source: str) -> None:
        filled(screen, source)  # type: ignore[arg-type]
        tables = [cells(t) for t in screen.query(DataTable)]
        seen.append((source, tables, screen.check_action("open_meeting", ())))

    HomeScreen.tables_filled = record  # type: ignore[method-assign,assignment]
    try:
        async with app.run_test(size=SIZE) as pilot:
            await home_filled(pilot)
            home = app.screen
            assert isinstance(home, HomeScreen)
            assert [s for s, _t, _k in seen] == ["index", "files"]
            assert seen[0][1] == from_files == seen[1][1]
            assert seen[0][2] is None and seen[1][2] is True  # greyed, then live
            await pilot.press("enter")
            await pilot.pause()
            assert not isinstance(app.screen, HomeScreen)  # it opened the meeting
    finally:
        HomeScreen.tables_filled = filled  # type: ignore[method-assign]


async def test_the_files_win_over_a_stale_index(sample_group: Path) -> None:
    """An index that says something the files do not (edited by hand, stamps kept) is
    shown for a moment at most: what stays on screen is what the files hold."""
    index_group(sample_group)

    def rename_topics(data: dict) -> None:
        for entry in data["meetings"].values():
            entry["facts"]["topics"] = "NOT IN ANY FILE"

    edit_index(sample_group, rename_topics)
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.filled_from == "files"
        shown = cells(home.query_one("#meetings", DataTable))
        assert shown and not any("NOT IN ANY FILE" in cell for row in shown for cell in row)
    assert "NOT IN ANY FILE" not in (sample_group / INDEX_FILE).read_text()  # re-indexed


def test_the_first_look_imports_no_pydantic(sample_group: Path) -> None:
    """In a fresh process, the tables are filled from the index before pydantic or the
    models are imported (that import is what the index saves)."""
    index_group(sample_group)
    probe = """
import sys
from pathlib import Path
from psg_tui.tui.app import PsgApp
from psg_tui.tui.screens.home import HomeScreen
from textual.widgets import DataTable

def filled(self, source):
    rows = sum(t.row_count for t in self.query(DataTable))
    heavy = sorted(m for m in sys.modules if m.startswith(("pydantic", "psg_tui.core.models")))
    print(source, rows, heavy)
    self.app.exit()

HomeScreen.tables_filled = filled
PsgApp(Path(sys.argv[1]), bell=False).run(headless=True, size=(80, 24))
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(sample_group)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    source, rows, heavy = out.strip().split(" ", 2)
    assert (source, heavy) == ("index", "[]")
    assert int(rows) > 5


def test_the_index_is_never_a_meeting(sample_group: Path) -> None:
    index_group(sample_group)
    shutil.copy(sample_group / INDEX_FILE, sample_group / "meetings" / INDEX_FILE)
    names = [p.name for p in GroupStore(sample_group).meeting_paths()]
    assert INDEX_FILE not in names and names
