"""Home, group picker, create/edit group and the read-only meeting view, driven with Pilot.

The meeting screens belong to other tests: here ``start_meeting`` and ``resume_meeting`` are
replaced by recorders, so these tests prove what home asks for, not what setup does.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static, TextArea

from psg_tui.core.models import Group, Meeting, MeetingStatus, Member
from psg_tui.core.store import GroupStore, StoreError, dump_toml
from psg_tui.tui.app import PsgApp, make_app
from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.dialogs.member import MemberDialog
from psg_tui.tui.dialogs.reflection import ReflectionDialog
from psg_tui.tui.messages import PlanMeeting, ResumeMeeting
from psg_tui.tui.screens.create_group import CreateGroupScreen, folder_name_for
from psg_tui.tui.screens.edit_group import EditGroupScreen
from psg_tui.tui.screens.home import HomeScreen
from psg_tui.tui.screens.past_meeting import PastMeetingScreen, meeting_record
from psg_tui.tui.screens.pick_group import PickGroupScreen
from tests.tui_helpers import FakeClock, app_for

SIZE = (80, 24)
MARKUP_NAME = "Sam [/b] [red]"


def record_calls(app: PsgApp) -> list[PlanMeeting | ResumeMeeting]:
    """Keep the app from running meetings (their screens are tested elsewhere); returns the
    list that the home screen's requests land in, as the app acts on them."""
    asked: list[PlanMeeting | ResumeMeeting] = []

    def plan(meeting: Meeting | None = None, path: Path | None = None) -> None:
        asked.append(PlanMeeting(meeting, path))

    def resume(path: Path, meeting: Meeting) -> None:
        asked.append(ResumeMeeting(path, meeting))

    app.start_meeting = plan  # type: ignore[method-assign]
    app.resume_meeting = resume  # type: ignore[method-assign]
    return asked


async def home_filled(pilot: Pilot) -> None:
    """Wait for the first screen and, on Home, until its worker has read the files and the
    tables are drawn (Home paints first and fills after)."""
    await pilot.pause()
    for _ in range(200):
        home = next((s for s in pilot.app.screen_stack if isinstance(s, HomeScreen)), None)
        if home is None or home.loaded:
            break
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.01)
    await pilot.pause()


def cells(table: DataTable) -> list[list[str]]:
    """Every row of a table as plain strings."""
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def rendered(renderable: Any) -> str:
    """What a rich renderable shows, as plain text."""
    console = Console(width=100, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def meeting_file(group_dir: Path, name: str) -> tuple[Path, Meeting]:
    path = group_dir / "meetings" / name
    return path, GroupStore(group_dir).load_meeting(path)


# -- home ------------------------------------------------------------------------------


async def test_home_shows_attendance_and_meetings(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    record_calls(app)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        members = cells(screen.query_one("#members", DataTable))
        assert members[0][:2] == ["Anahera Kōwhai", "70231"]
        statuses = {row[0]: row[3] for row in members}
        # Words, not only colour; every member has one of the four statuses.
        assert all(
            s.split(":")[0] in {"met", "on track", "at risk", "not met"} for s in statuses.values()
        )
        title = str(screen.query_one("#members-title", Static).content)
        assert "1 Apr 2026 to 31 Mar 2027" in title
        meetings = cells(screen.query_one("#meetings", DataTable))
        assert [row[0] for row in meetings] == [
            "2026-12-09",
            "2026-08-19",
            "2026-05-20",
            "2026-02-18",
        ]
        assert [row[1] for row in meetings] == ["planned", "complete", "complete", "complete"]
        assert all(row[3] == "yes" for row in meetings)
        assert not screen.query_one("#home-problems", Static).display


async def test_home_says_which_file_is_a_copy_and_which_is_misnamed(sample_group: Path) -> None:
    """A copy made by hand is counted once and a file renamed by hand keeps its meeting's
    date: Home says both, by file name, as ``psg attendance`` does."""
    meetings = sample_group / "meetings"
    shutil.copy(meetings / "2026-05-20.toml", meetings / "2026-05-20 (copy).toml")
    (meetings / "2026-02-18.toml").rename(meetings / "2026-02-19.toml")
    app, _ = app_for(sample_group)
    async with app.run_test(size=(120, 40)) as pilot:
        await home_filled(pilot)
        problems = app.screen.query_one("#home-problems", Static)
        assert problems.display
        text = rendered(problems.content)
        assert (
            "2026-05-20 (copy).toml: the same meeting as 2026-05-20.toml (same date, group and "
            "content): counted once" in " ".join(text.split())
        )
        assert "2026-02-19.toml: named for another date: the meeting inside is dated " in text
        assert str(sample_group) not in text  # names, not whole paths


async def test_unreadable_meeting_is_listed_with_its_reason(sample_group: Path) -> None:
    (sample_group / "meetings" / "2026-10-14.toml").write_text('date = "2026-10-14"\nstatus = [\n')
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        screen = app.screen
        meetings = cells(screen.query_one("#meetings", DataTable))
        broken = next(row for row in meetings if row[0] == "2026-10-14.toml")
        assert broken[1] == "unreadable"
        assert "not valid TOML" in broken[4]
        problems = str(screen.query_one("#home-problems", Static).content)
        assert "1 meeting file could not be read" in problems
        # Its row sits where its date would be, between August and December.
        assert [row[0] for row in meetings].index("2026-10-14.toml") == 1
        # Enter on it explains, and opens nothing.
        screen.query_one("#meetings", DataTable).move_cursor(row=1)
        screen.action_open_meeting()
        await pilot.pause()
        assert app.screen is screen


async def test_actions_ask_the_app_to_run_or_start_meetings(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    calls = record_calls(app)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        screen = app.screen
        table = screen.query_one("#meetings", DataTable)
        table.move_cursor(row=0)  # the planned meeting of 2026-12-09
        await pilot.press("r")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(calls[0], PlanMeeting)
        assert calls[0].path.name == "2026-12-09.toml"
        assert calls[0].meeting.status is MeetingStatus.PLANNED
        assert calls[1] == PlanMeeting()  # a new meeting
        # "r" does nothing on a complete meeting; Enter opens it read-only instead.
        table.move_cursor(row=1)
        assert screen.check_action("run_planned", ()) is False
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PastMeetingScreen)
        assert app.screen.path.name == "2026-08-19.toml"
        assert len(calls) == 2


async def test_a_big_group_is_read_off_the_event_loop_then_only_changes(
    sample_group: Path,
) -> None:
    store = GroupStore(sample_group)
    _path, meeting = meeting_file(sample_group, "2026-02-18.toml")
    for month in range(1, 46):  # nearly four years of monthly meetings
        day = dt.date(2020, 1, 1) + dt.timedelta(days=30 * month)
        data = dump_toml(meeting.model_copy(update={"date": day}))
        (store.meetings_dir / f"{day.isoformat()}.toml").write_bytes(data)
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert home.query_one("#meetings", DataTable).row_count == 49
        # Coming back to home re-reads only what changed: one file here.
        first = home.meetings[0][1]
        path, planned = meeting_file(sample_group, "2026-12-09.toml")
        planned.venue = "Elsewhere"
        store.save_meeting(planned, path)
        home.reload()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert home.meetings[0][1] is first  # unchanged file: the cached model
        assert dict(home.meetings)[path].venue == "Elsewhere"


async def test_meeting_in_progress_is_offered_for_resuming(sample_group: Path) -> None:
    path, meeting = meeting_file(sample_group, "2026-12-09.toml")
    meeting.status = MeetingStatus.IN_PROGRESS
    GroupStore(sample_group).save_meeting(meeting, path)
    app, _ = app_for(sample_group)
    calls = record_calls(app)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.question == "Resume the meeting of 2026-12-09 where it stopped?"
        await pilot.press("y")
        await pilot.pause()
        assert [(type(c), c.path) for c in calls] == [(ResumeMeeting, path)]
        assert calls[0].meeting.status is MeetingStatus.IN_PROGRESS
        # Declined or not, "r" on that row resumes it too.
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.check_action("resume", ()) is True
        await pilot.press("r")
        await pilot.pause()
        assert len(calls) == 2 and isinstance(calls[1], ResumeMeeting)


async def test_unreadable_group_file_is_said_not_crashed(sample_group: Path) -> None:
    (sample_group / "group.toml").write_text("name = \n")
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        problems = str(screen.query_one("#home-problems", Static).content)
        assert "group file cannot be read" in problems and "group.toml" in problems
        assert screen.check_action("new_meeting", ()) is None  # shown disabled
        assert cells(screen.query_one("#meetings", DataTable))  # meetings still listed


async def test_enter_on_a_planned_meeting_opens_its_setup(sample_group: Path) -> None:
    """Issue 12, item 12: a planned meeting is not a "Past meeting" with "Minimum data
    missing": Enter on it sets it up, like r."""
    app, _ = app_for(sample_group)
    calls = record_calls(app)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        screen = app.screen
        screen.query_one("#meetings", DataTable).move_cursor(row=0)  # planned, 2026-12-09
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen  # no past-meeting screen
        assert len(calls) == 1 and isinstance(calls[0], PlanMeeting)
        assert calls[0].path is not None and calls[0].path.name == "2026-12-09.toml"
        assert calls[0].meeting is not None
        assert calls[0].meeting.status is MeetingStatus.PLANNED


async def test_attendance_counts_say_how_many_are_needed(sample_group: Path) -> None:
    """Issue 12, item 12: never "3 of 2"; the count and what is needed, in words."""
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.report is not None
        rows = cells(home.query_one("#members", DataTable))
        for row, member in zip(rows, home.report.members, strict=True):
            assert row[2] == f"{member.counting_count} (2 needed)"
            assert " of " not in row[2]
        # Someone over the two needed reads as met, not as "3 of 2".
        over = [m for m in home.report.members if m.counting_count > 2]
        for member in over:
            row = next(r for r in rows if r[1] == member.registration_number)
            assert row[3] == "met"


def _long_named_group(group_dir: Path, name: str) -> None:
    store = GroupStore(group_dir)
    group = store.load_group()
    group.members[0] = group.members[0].model_copy(update={"name": name})
    store.save_group(group)


LONG_NAME = "Wiremu Te Rangi Ngāti-Kahungunu Fitzgerald-Montgomery-Smythe"


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (120, 40)])
async def test_a_long_name_is_cut_and_every_column_shows(
    sample_group: Path, size: tuple[int, int]
) -> None:
    """Issue 12, item 8: a long member name never pushes Attendance off screen; at 60
    columns too, names are cut with an ellipsis and no column is dropped."""
    _long_named_group(sample_group, LONG_NAME)
    app, _ = app_for(sample_group)
    async with app.run_test(size=size) as pilot:
        await home_filled(pilot)
        home = app.screen
        for table_id in ("#members", "#meetings"):
            table = home.query_one(table_id, DataTable)
            used = sum(column.get_render_width(table) for column in table.columns.values())
            assert used <= table.size.width, (table_id, used, table.size.width)
            assert table.scroll_x == 0 and table.max_scroll_x == 0
        members = home.query_one("#members", DataTable)
        assert [str(c.label) for c in members.columns.values()] == [
            "Member",
            "Reg. no.",
            "Meetings",
            "Attendance",
        ]
        first = cells(members)[0]
        if size[0] < 120:
            assert first[0].endswith("…") and LONG_NAME.startswith(first[0][:-1])
        else:
            assert first[0] == LONG_NAME
        assert first[1] == home.report.members[0].registration_number
        assert first[3].split(":")[0].rstrip("…") in {"met", "on track", "at risk", "not met"}


async def test_home_paints_the_name_before_reading_the_files(sample_group: Path) -> None:
    """Paint first, fill after: the first frame has the group's name and a skeleton; the
    worker fills the tables."""
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "Waitaha" in str(home.query_one("#group-name", Static).content)
        if not home.loaded:  # the skeleton, as first drawn
            assert "reading" in str(home.query_one("#meetings-title", Static).content)
            assert home.query_one("#meetings", DataTable).row_count == 0
        await home_filled(pilot)
        assert home.loaded and home.query_one("#meetings", DataTable).row_count == 4


async def test_files_read_after_home_was_left_are_dropped(sample_group: Path) -> None:
    """A worker that finishes after Home was replaced (another group picked while it read)
    changes nothing and does not crash."""
    from psg_tui.tui.screens.home import read_home

    app, clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        data = read_home(GroupStore(sample_group), {}, clock.now().date())
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, PickGroupScreen) and not home.is_attached
        home.fill(data)  # as the worker's call_from_thread would
        await pilot.pause()
        assert isinstance(app.screen, PickGroupScreen)


def test_first_paint_imports_no_pydantic() -> None:
    """The app and the home screen import neither pydantic nor the models: they cost more
    than the rest of start-up, and the worker imports them after the first paint. Only the
    light core modules the first look needs are loaded (the index, its facts, the folder's
    reading primitives, the words of a meeting, the quick look at group.toml)."""
    probe = (
        "import sys; import psg_tui.cli, psg_tui.commands.open_app, psg_tui.tui.app, "
        "psg_tui.tui.screens.home; "
        "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'psg_tui.core.'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    light = ["facts", "files", "index", "peek", "vocab"]
    assert out.strip() == str([f"psg_tui.core.{name}" for name in light])


def test_the_quick_look_agrees_with_the_store(sample_group: Path, tmp_path: Path) -> None:
    from psg_tui.core import peek

    seen = peek.glance(sample_group)
    assert seen.name == GroupStore(sample_group).load_group().name
    assert seen.meeting_files == len(GroupStore(sample_group).meeting_paths())
    assert peek.has_group(sample_group) and not peek.has_group(tmp_path)
    (tmp_path / "group.toml").write_text("name = \n")  # broken: the folder's name, no error
    assert peek.glance(tmp_path) == peek.Glance(name=tmp_path.name)


# -- picking and creating a group ------------------------------------------------------


async def test_first_run_creates_a_group_and_opens_it(tmp_path: Path) -> None:
    root = tmp_path / "groups"
    clock = FakeClock()
    app = make_app(None, clock=clock, now=clock.now, groups_root=root, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        picker = app.screen
        assert isinstance(picker, PickGroupScreen)
        assert "Welcome" in str(picker.query_one("#pick-title", Static).content)
        await pilot.press("enter")  # the only entry: create a new group
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CreateGroupScreen)
        # The guidance's ground rules are there to start from.
        assert "confidential" in form.query_one("#ground_rules", TextArea).text
        form.query_one("#name", Input).value = "Ōtautahi Prescribers PSG"
        form.query_one("#purpose", TextArea).text = "To support pharmacist prescribers."
        # One member through the dialog, as a person types it.
        form.action_add_member()
        await pilot.pause()
        assert isinstance(app.screen, MemberDialog)
        await pilot.press(*"Aroha Ngata", "enter", *"12 345", "enter", "enter")
        await pilot.pause()
        assert app.screen is form
        assert [m.registration_number for m in form.members] == ["12345"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        folder = root / "otautahi-prescribers-psg"
        saved = GroupStore(folder).load_group()
        assert saved.name == "Ōtautahi Prescribers PSG"
        assert saved.members == [Member(name="Aroha Ngata", registration_number="12345")]
        assert saved.purpose == "To support pharmacist prescribers."
        assert (folder.stat().st_mode & 0o777) == 0o700
        assert app.store is not None and app.store.root == folder


async def test_create_shows_problems_beside_fields_and_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "groups"
    app = make_app(None, groups_root=root, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.push_screen(CreateGroupScreen(root))
        await pilot.pause()
        form = app.screen
        form.query_one("#meeting_minutes", Input).value = "5"
        form.query_one("#start_time", Input).value = "25:99"
        await pilot.pause()  # let the inputs settle, as typing would
        form.action_save()
        await pilot.pause()
        errors = {line.id: str(line.content) for line in form.query(".field-error") if line.display}
        assert errors["name-error"] == "The group needs a name."
        assert errors["start_time-error"].startswith("Start time must be HH:MM")
        assert "greater than or equal to 15" in errors["meeting_minutes-error"]
        assert "Not saved: 3 things to fix" in str(form.query_one("#group-status", Static).content)
        assert not root.exists()
        assert app.screen is form


async def test_suggested_folder_without_a_group_goes_straight_to_creating_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "my-group"
    app = make_app(folder, groups_root=tmp_path / "groups", bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        form = app.screen
        assert isinstance(form, CreateGroupScreen) and form.folder == folder
        form.query_one("#name", Input).value = f"{MARKUP_NAME} PSG"
        form.action_save()
        await pilot.pause()
        await pilot.pause()  # the "created" notice shows the name as typed, no markup error
        assert isinstance(app.screen, HomeScreen)
        assert GroupStore(folder).load_group().name == f"{MARKUP_NAME} PSG"
        assert not (tmp_path / "groups").exists()


async def test_picker_lists_groups_names_a_broken_one_and_opens(
    sample_group: Path, tmp_path: Path
) -> None:
    root = tmp_path / "groups"
    root.mkdir()
    shutil.copytree(sample_group, root / "waitaha")
    (root / "broken").mkdir()
    (root / "broken" / "group.toml").write_text("name = [\n")
    app = make_app(None, groups_root=root, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        picker = app.screen
        options = picker.query_one("#groups", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "cannot read group.toml" in prompts[0] and "broken" in prompts[0]
        assert prompts[1].startswith("Waitaha Primary Care Pharmacists PSG")
        assert prompts[-1] == "+ Create a new group"
        picker.open_option(str(root / "waitaha"))
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.store is not None and app.store.root == root / "waitaha"


async def test_switch_group_and_back(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, PickGroupScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.screen.store.root == sample_group


def test_folder_names_are_plain() -> None:
    assert folder_name_for("Ōtautahi Pharmacists' PSG") == "otautahi-pharmacists-psg"
    assert folder_name_for(MARKUP_NAME) == "sam-b-red"
    assert folder_name_for("///") == "group"


# -- editing the group -----------------------------------------------------------------


async def test_edit_a_member_and_save(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EditGroupScreen)
        form.query_one("#member-table", DataTable).move_cursor(row=1)  # Daniel Okafor
        form.action_edit_member()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MemberDialog)
        dialog.query_one("#name", Input).value = "Daniel Okafor-Reid"
        dialog.query_one("#profession", Input).value = "Pharmacist prescriber"
        # Another member's number is refused beside the field.
        dialog.query_one("#registration_number", Input).value = "70231"
        dialog.action_save()
        await pilot.pause()
        assert app.screen is dialog
        assert "already another member's number" in str(
            dialog.query_one("#registration_number-error", Static).content
        )
        dialog.query_one("#registration_number", Input).value = "81455"
        dialog.action_save()
        await pilot.pause()
        assert app.screen is form
        # Remove the last member (Lucy Chen) with the key shown on the list.
        table = form.query_one("#member-table", DataTable)
        table.focus()
        table.move_cursor(row=6)
        await pilot.press("x")
        assert [m.name for m in form.members][-1] == "Wiremu Tāne"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        saved = GroupStore(sample_group).load_group()
        daniel = Member(
            name="Daniel Okafor-Reid",
            registration_number="81455",
            profession="Pharmacist prescriber",
        )
        assert saved.members[1] == daniel
        assert len(saved.members) == 6
        # Home read the group again; Lucy still shows, as someone who attended and left.
        rows = cells(app.screen.query_one("#members", DataTable))
        assert rows[1][0] == "Daniel Okafor-Reid"
        assert "Lucy Chen (left)" in [row[0] for row in rows]


async def test_a_failed_save_is_shown_and_nothing_is_lost(
    sample_group: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ = app_for(sample_group)
    before = (sample_group / "group.toml").read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.screen.action_edit_group()
        await pilot.pause()
        form = app.screen
        form.query_one("#name", Input).value = "Renamed PSG"

        def disk_full(group: Group) -> Path:
            raise OSError(28, "No space left on device", str(sample_group / "group.toml"))

        monkeypatch.setattr(form.store, "save_group", disk_full)
        form.action_save()
        await pilot.pause()
        assert app.screen is form
        status = form.query_one("#group-status", Static)
        assert "Not saved: No space left on device" in str(status.content)
        assert status.has_class("error")
        assert form.query_one("#name", Input).value == "Renamed PSG"

        def refused(group: Group) -> Path:
            raise StoreError.one(sample_group / "group.toml", "not overwritten: fix it first")

        monkeypatch.setattr(form.store, "save_group", refused)
        form.action_save()
        await pilot.pause()
        assert "not overwritten" in str(status.content)
    assert (sample_group / "group.toml").read_bytes() == before


async def test_leaving_with_changes_asks_first(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.screen.action_edit_group()
        await pilot.pause()
        form = app.screen
        form.query_one("#venue", Input).value = "Somewhere else"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form
        form.query_one("#venue", Input).value = form.group.defaults.venue
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


# -- a past meeting, read-only, and a member's reflection ------------------------------


async def test_reflection_is_saved_for_one_member_and_shown_only_to_them(
    sample_group: Path,
) -> None:
    path, meeting = meeting_file(sample_group, "2026-08-19.toml")
    theirs = meeting.reflection_of("92370")
    assert theirs is not None  # the sample has Tomasi's reflection on this meeting
    app, clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.open_past_meeting(path, meeting)
        await pilot.pause()
        view = app.screen
        assert isinstance(view, PastMeetingScreen)
        await pilot.press("m")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, ChooseMemberDialog)
        assert [p.registration_number for p in chooser.people] == [
            a.registration_number for a in meeting.attendees
        ]
        chooser.dismiss("81455")  # Daniel, who has written none yet
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, ReflectionDialog)
        assert "Daniel Okafor" in editor.member_name
        assert editor.query_one("#reflection-text", TextArea).text == ""  # not Tomasi's
        editor.query_one("#reflection-text", TextArea).text = "Ask about delayed scripts."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is view
        assert "Reflection of Daniel Okafor saved" in str(
            view.query_one("#view-status", Static).content
        )
        # Tomasi opens his own: only his text is in the editor.
        view.edit_reflection("92370")
        await pilot.pause()
        assert app.screen.query_one("#reflection-text", TextArea).text == theirs.text
        await pilot.press("escape")
        await pilot.pause()
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    saved = {r["registration_number"]: r for r in raw["reflections"]}
    assert saved["81455"]["text"] == "Ask about delayed scripts."
    assert saved["81455"]["updated_at"] == clock.now().isoformat()
    assert saved["92370"]["text"] == theirs.text  # untouched
    # The record on screen never shows anyone's reflection.
    shown = rendered(meeting_record(GroupStore(sample_group).load_meeting(path)))
    assert "delayed scripts" not in shown and theirs.text[:30] not in shown


async def test_reflection_not_saved_keeps_the_draft(
    sample_group: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, meeting = meeting_file(sample_group, "2026-08-19.toml")
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.open_past_meeting(path, meeting)
        await pilot.pause()
        view = app.screen

        def read_only(meeting: Meeting, path: Path | None = None) -> Path:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(view.store, "save_meeting", read_only)
        assert view.save_reflection("81455", "Draft that must survive") is False
        assert "Permission denied" in str(view.query_one("#view-status", Static).content)
        assert view.meeting.reflection_of("81455") is None
        view.edit_reflection("81455")
        await pilot.pause()
        assert app.screen.query_one("#reflection-text", TextArea).text == "Draft that must survive"


def test_record_has_the_minimum_data_set_and_no_personal_notes(sample_store: GroupStore) -> None:
    (_path, meeting), *_ = sample_store.load_meetings()[0]
    shown = rendered(meeting_record(meeting))
    assert "Wednesday 18 February 2026" in shown
    assert "In person: Meeting room 2, Hagley Health Centre (fictional)" in shown
    for person in meeting.attendees:
        assert person.name in shown and person.registration_number in shown
    assert "Deprescribing in an older adult with polypharmacy" in shown
    assert "Case study / presentation" in shown
    assert "STOPPFrail version 2" in shown  # references
    assert "meets the PSG criteria" in shown
    for entry in [*meeting.check_in, *meeting.check_out]:
        if entry.notes:
            assert entry.notes not in shown


# -- user text is never markup ---------------------------------------------------------


async def test_markup_in_names_and_titles_shows_as_typed(sample_group: Path) -> None:
    store = GroupStore(sample_group)
    group = store.load_group()
    group.members[0].name = MARKUP_NAME
    group.purpose = "[bold]Not bold[/bold] [link=x]"
    store.save_group(group)
    path, meeting = meeting_file(sample_group, "2026-08-19.toml")
    meeting.attendees[0].name = MARKUP_NAME
    meeting.slots[0].title = "[red]A title[/] [/b]"
    store.save_meeting(meeting, path)
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert cells(home.query_one("#members", DataTable))[0][0] == MARKUP_NAME
        assert "[bold]Not bold[/bold] [link=x]" in str(
            home.query_one("#group-purpose", Static).content
        )
        topics = cells(home.query_one("#meetings", DataTable))[1][4]
        assert topics.startswith("[red]A title[/] [/b]")
        app.open_past_meeting(path, store.load_meeting(path))
        await pilot.pause()
        shown = rendered(meeting_record(store.load_meeting(path)))
        assert MARKUP_NAME in shown and "[red]A title[/] [/b]" in shown
        view = app.screen
        view.choose_member("Whose reflection?", view.edit_reflection)
        await pilot.pause()
        view_chooser = app.screen
        assert MARKUP_NAME in str(view_chooser.query_one(OptionList).get_option_at_index(0).prompt)
        view_chooser.dismiss(meeting.attendees[0].registration_number)
        await pilot.pause()
        assert app.screen.member_name == MARKUP_NAME
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        app.screen.action_edit_group()
        await pilot.pause()
        form = app.screen
        assert cells(form.query_one("#member-table", DataTable))[0][0] == MARKUP_NAME
        form.action_edit_member()
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == MARKUP_NAME


async def test_member_pdf_with_an_identifier_asks_before_exporting(sample_group: Path) -> None:
    """The app gates a member's PDF on the same privacy check as ``psg render --member``:
    p, the member, then a question (Enter: fix first); another member's copy is written."""
    from psg_tui.core.models import Reflection
    from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
    from psg_tui.tui.dialogs.confirm import ConfirmDialog

    store = GroupStore(sample_group)
    path, meeting = meeting_file(sample_group, "2026-08-19.toml")
    meeting.reflections.append(
        Reflection(registration_number="64012", text="Call Mrs Smith on 021 555 1234 next week.")
    )
    store.save_meeting(meeting, path)
    regs = [a.registration_number for a in meeting.attendees]

    async def choose(pilot, registration_number: str) -> None:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ChooseMemberDialog)
        await pilot.press(*["down"] * regs.index(registration_number), "enter")
        await pilot.pause()

    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.open_past_meeting(path, store.load_meeting(path))
        await pilot.pause()
        view = app.screen
        await choose(pilot, "64012")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "phone number" in dialog.question
        await pilot.press("enter")  # careful: Enter answers "Fix first"
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.screen is view
        assert not path.with_name("2026-08-19-64012.pdf").exists()
        assert store.load_meeting(path).privacy_acknowledgement is None
        # Another member's copy does not hold that reflection: no question, it is written.
        await choose(pilot, "92370")
        assert app.screen is view
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = path.with_name("2026-08-19-92370.pdf")
        assert written.exists() and written.stat().st_mode & 0o777 == 0o600
        assert str(view.query_one("#view-status", Static).content) == f"Wrote {written}"


async def test_the_note_taker_tidies_a_finished_meeting(sample_group: Path) -> None:
    """A flagged note is listed first and opens at the spot; the fix is saved at once and
    the record on screen shows it."""
    from psg_tui.tui.dialogs.field_editor import FieldEditor
    from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog

    store = GroupStore(sample_group)
    path, meeting = meeting_file(sample_group, "2026-05-20.toml")
    meeting.slots[1].summary = "Shared care for Mrs Patel, NHI ZZZ0016."
    store.save_meeting(meeting, path)
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.open_past_meeting(path, store.load_meeting(path))
        await pilot.pause()
        view = app.screen
        await pilot.press("t")
        await pilot.pause()
        tidy = app.screen
        assert isinstance(tidy, TidyNotesDialog)
        assert tidy.fields[0][0] == "slots.1.summary"  # the flagged one first
        assert all(
            not f.startswith(("check_in", "check_out", "reflections")) for f, *_ in tidy.fields
        )
        await pilot.press("enter")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, FieldEditor)
        editor.query_one(TextArea).load_text("Shared care with a nurse practitioner.")
        editor.action_save()
        await pilot.pause()
        assert "Nothing flagged" in str(tidy.query_one("#tidy-status", Static).content)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is view
        assert "Shared care with a nurse practitioner." in rendered(meeting_record(view.meeting))
    assert store.load_meeting(path).slots[1].summary == "Shared care with a nurse practitioner."


def test_psg_holds_the_cycle_collector_until_the_first_screen_is_drawn(
    sample_group: Path,
) -> None:
    """``psg`` starts with the collector off (start-up makes almost no garbage) and the app
    turns it back on once the first screen is drawn, with what lives as long as the app
    frozen; it is never left off."""
    probe = """
import gc, sys
from psg_tui.tui.app import PsgApp
from psg_tui.tui.screens.home import HomeScreen

seen = []
mounted = HomeScreen.on_mount
def on_mount(self):
    seen.append(("mount", gc.isenabled()))
    mounted(self)
    def later():
        seen.append(("later", gc.isenabled(), gc.get_freeze_count() > 0))
        self.app.exit()
    self.set_timer(1.0, later)
HomeScreen.on_mount = on_mount
run = PsgApp.run
PsgApp.run = lambda self, **kw: run(self, headless=True, size=(80, 24))
from psg_tui.cli import main
main(["--group", sys.argv[1]])
print(seen, gc.isenabled())
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(sample_group)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert out.strip() == "[('mount', False), ('later', True, True)] True"


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_every_home_key_shows_at_every_width(sample_group: Path, size) -> None:
    """F1 Help, Groups and Quit are in sight at 60 columns too (the footer takes a second
    line there), with the planned meeting highlighted (its "Run planned" is the longest)."""
    from tests.test_tui_narrow import footer_text

    app, _ = app_for(sample_group)
    async with app.run_test(size=size) as pilot:
        await home_filled(pilot)
        await pilot.pause()
        shown = " ".join(footer_text(app).split())
        for key in ("⏎ Open", "n New meeting", "r Run planned", "e Edit group", "y Year"):
            assert key in shown
        for key in ("g Groups", "^q Quit", "f1 Help"):
            assert key in shown
        lines = footer_text(app).splitlines()
        assert len(lines) == (2 if size[0] == 60 else 1)
