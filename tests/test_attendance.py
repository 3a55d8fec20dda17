"""Attendance and compliance: recertification years, counting meetings, statuses, skipped files,
and the ``psg attendance`` command in its three formats."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from psg_tui.cli import main
from psg_tui.commands.attendance import format_table
from psg_tui.core.attendance import (
    ComplianceStatus,
    attendance_report,
    counts_for_recertification,
    load_attendance,
    meeting_file_date,
    notes_complete,
    recert_year_bounds,
    recert_year_of,
    status_sentence,
)
from psg_tui.core.models import (
    Group,
    GroupDefaults,
    Meeting,
    MeetingStatus,
    Member,
    NextMeeting,
    Slot,
    SlotState,
)
from psg_tui.core.store import GroupStore, StoreError
from psg_tui.report.summary import annual_summary_html

D = dt.date

PEOPLE = [
    Member(name="Aroha Ngata", registration_number="10001"),
    Member(name="Ben Ironside", registration_number="10002"),
    Member(name="Chloe Fa'amausili", registration_number="10003"),
    Member(name="Dev Sharma", registration_number="10004"),
    Member(name="Ella Brown", registration_number="10005"),
]
LEFT = Member(name="Frank Oduya", registration_number="10006")


def make_group(start_month: int = 4) -> Group:
    """A fictional group of five."""
    return Group(
        name="Test PSG",
        members=PEOPLE,
        defaults=GroupDefaults(recert_year_start_month=start_month),
    )


def make_meeting(
    date: D,
    who: list[Member],
    status: MeetingStatus = MeetingStatus.COMPLETE,
    *,
    summary: str = "We discussed stewardship without identifiers.",
    next_date: D | None = None,
) -> Meeting:
    """A meeting with one presented slot (summarised) and optional next meeting."""
    return Meeting(
        group_name="Test PSG",
        date=date,
        venue="Room 1 (fictional)",
        status=status,
        attendees=who,
        slots=[
            Slot(
                presenter=who[0].registration_number,
                title="A case",
                state=SlotState.DONE,
                summary=summary,
            )
        ]
        if who
        else [],
        next_meeting=NextMeeting(date=next_date) if next_date else None,
    )


# -- the recertification year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (D(2027, 3, 31), 2026),
        (D(2027, 4, 1), 2027),
        (D(2026, 4, 1), 2026),
        (D(2026, 3, 31), 2025),
        (D(2026, 12, 31), 2026),
        (D(2027, 1, 1), 2026),
    ],
)
def test_recert_year_boundaries_april_start(day: D, year: int) -> None:
    assert recert_year_of(day, 4) == year


def test_recert_year_other_start_months() -> None:
    assert recert_year_of(D(2026, 1, 1), 1) == 2026
    assert recert_year_of(D(2026, 12, 31), 1) == 2026
    assert recert_year_of(D(2026, 6, 30), 7) == 2025
    assert recert_year_of(D(2026, 7, 1), 7) == 2026
    with pytest.raises(ValueError, match="start month"):
        recert_year_of(D(2026, 1, 1), 13)


def test_recert_year_bounds() -> None:
    assert recert_year_bounds(2026) == (D(2026, 4, 1), D(2027, 3, 31))
    assert recert_year_bounds(2026, 1) == (D(2026, 1, 1), D(2026, 12, 31))
    # A leap year ending in February.
    assert recert_year_bounds(2027, 3) == (D(2027, 3, 1), D(2028, 2, 29))


def test_meetings_on_31_march_and_1_april_fall_in_different_years() -> None:
    group = make_group()
    meetings = [make_meeting(D(2027, 3, 31), PEOPLE[:4]), make_meeting(D(2027, 4, 1), PEOPLE[:4])]
    y2026 = attendance_report(group, meetings, 2026, today=D(2027, 6, 1))
    y2027 = attendance_report(group, meetings, 2027, today=D(2027, 6, 1))
    assert [m.date for m in y2026.meetings] == [D(2027, 3, 31)]
    assert [m.date for m in y2027.meetings] == [D(2027, 4, 1)]
    assert y2026.member("10001").counting_count == 1
    assert y2027.member("10001").counting_count == 1


# -- what counts --------------------------------------------------------------------------


def test_a_meeting_counts_only_complete_with_four() -> None:
    assert counts_for_recertification(make_meeting(D(2026, 5, 1), PEOPLE[:4]))
    assert not counts_for_recertification(make_meeting(D(2026, 5, 1), PEOPLE[:3]))
    planned = make_meeting(D(2026, 5, 1), PEOPLE[:4], MeetingStatus.PLANNED)
    assert not counts_for_recertification(planned)
    running = make_meeting(D(2026, 5, 1), PEOPLE[:4], MeetingStatus.IN_PROGRESS)
    assert not counts_for_recertification(running)


def test_notes_complete_needs_every_slot_that_ran_summarised() -> None:
    meeting = make_meeting(D(2026, 5, 1), PEOPLE[:4])
    assert notes_complete(meeting)
    meeting.slots.append(Slot(presenter="10002", state=SlotState.DONE))
    assert not notes_complete(meeting)
    meeting.slots[-1].state = SlotState.SKIPPED
    assert notes_complete(meeting)
    assert not notes_complete(make_meeting(D(2026, 5, 1), PEOPLE[:4], MeetingStatus.PLANNED))


def test_per_meeting_figures() -> None:
    group = make_group()
    small = make_meeting(D(2026, 6, 1), PEOPLE[:3])
    no_venue = make_meeting(D(2026, 7, 1), PEOPLE[:4], summary="")
    no_venue.venue = ""
    report = attendance_report(group, [small, no_venue], 2026, today=D(2026, 8, 1))
    first, second = report.meetings
    assert (first.attendee_count, first.meets_minimum, first.counts) == (3, False, False)
    assert "fewer than 4" in first.why_not_counted
    assert first.minimum_data_complete and first.notes_complete
    assert second.counts
    assert not second.minimum_data_complete
    assert set(second.missing_minimum_data) == {"venue", "summary of discussions"}
    assert not second.notes_complete


# -- statuses ----------------------------------------------------------------------------


def test_statuses_met_on_track_at_risk() -> None:
    group = make_group()
    meetings = [
        make_meeting(D(2026, 5, 1), PEOPLE[:4]),  # Aroha..Dev
        make_meeting(D(2026, 8, 1), [PEOPLE[0], PEOPLE[1], PEOPLE[2], PEOPLE[4]]),
        make_meeting(D(2026, 11, 1), PEOPLE, MeetingStatus.PLANNED),
    ]
    # Dev sent apologies for the planned meeting: it is no chance for him.
    meetings[2].apologies = [{"name": "Dev Sharma", "registration_number": "10004"}]
    report = attendance_report(group, meetings, 2026, today=D(2026, 9, 1))
    status = {m.registration_number: m.status for m in report.members}
    assert status["10001"] is ComplianceStatus.MET  # two counting
    assert status["10005"] is ComplianceStatus.ON_TRACK  # one, one planned left
    assert status["10004"] is ComplianceStatus.AT_RISK  # one, apologised for the only planned
    dev = report.member("10004")
    assert dev.planned_left == 0 and dev.next_planned is None and dev.needed == 1
    assert report.member("10005").next_planned == D(2026, 11, 1)
    assert report.next_planned == D(2026, 11, 1)
    assert report.status_counts()[ComplianceStatus.MET] == 3


def test_no_meetings_planned_means_at_risk_and_a_closed_year_means_not_met() -> None:
    group = make_group()
    meetings = [make_meeting(D(2026, 5, 1), PEOPLE[:4])]
    during = attendance_report(group, meetings, 2026, today=D(2026, 6, 1))
    assert during.member("10001").status is ComplianceStatus.AT_RISK
    after = attendance_report(group, meetings, 2026, today=D(2027, 4, 1))
    assert after.year_over
    assert after.member("10001").status is ComplianceStatus.NOT_MET
    assert after.member("10005").status is ComplianceStatus.NOT_MET


def test_planned_meetings_after_the_year_end_do_not_help_this_year() -> None:
    group = make_group()
    meetings = [
        make_meeting(D(2027, 2, 1), PEOPLE[:4]),
        make_meeting(D(2027, 4, 15), PEOPLE, MeetingStatus.PLANNED),
    ]
    report = attendance_report(group, meetings, 2026, today=D(2027, 3, 1))
    aroha = report.member("10001")
    assert aroha.status is ComplianceStatus.AT_RISK
    assert aroha.planned_left == 0
    assert aroha.next_planned == D(2027, 4, 15)  # still shown: it is the next meeting


def test_next_meeting_without_a_file_is_planned() -> None:
    group = make_group()
    meetings = [
        make_meeting(D(2026, 5, 1), PEOPLE[:4], next_date=D(2026, 9, 1)),
    ]
    report = attendance_report(group, meetings, 2026, today=D(2026, 6, 1))
    assert report.next_planned == D(2026, 9, 1)
    assert report.planned[0].from_next_meeting
    assert report.member("10002").status is ComplianceStatus.ON_TRACK
    # Once a file exists for that date, the file is the record (no double counting).
    meetings.append(make_meeting(D(2026, 9, 1), PEOPLE[:4], MeetingStatus.PLANNED))
    report = attendance_report(group, meetings, 2026, today=D(2026, 6, 1))
    assert len(report.planned) == 1 and not report.planned[0].from_next_meeting


def test_a_stale_planned_meeting_in_the_past_is_not_upcoming() -> None:
    group = make_group()
    meetings = [make_meeting(D(2026, 5, 1), PEOPLE[:4], MeetingStatus.PLANNED)]
    report = attendance_report(group, meetings, 2026, today=D(2026, 6, 1))
    assert report.planned == ()
    assert report.meetings[0].status is MeetingStatus.PLANNED
    assert report.meetings[0].why_not_counted == "not complete (planned)"
    assert report.member("10001").attended == ()  # expected is not attended


def test_members_who_left_are_kept_by_registration_number() -> None:
    group = make_group()
    meetings = [
        make_meeting(D(2026, 5, 1), [*PEOPLE[:3], LEFT]),
        make_meeting(D(2026, 7, 1), [*PEOPLE[:3], LEFT]),
        make_meeting(D(2026, 10, 1), PEOPLE, MeetingStatus.PLANNED),
        # Someone who left long ago is not in this year's report.
        make_meeting(
            D(2020, 7, 1), [*PEOPLE[:3], Member(name="Old Hand", registration_number="9")]
        ),
    ]
    report = attendance_report(group, meetings, 2026, today=D(2026, 8, 1))
    regs = [m.registration_number for m in report.members]
    assert regs == ["10001", "10002", "10003", "10004", "10005", "10006"]
    frank = report.member("10006")
    assert not frank.current and frank.name == "Frank Oduya"
    assert frank.status is ComplianceStatus.MET
    assert frank.next_planned is None and frank.planned_left == 0


def test_someone_who_left_with_one_meeting_is_at_risk_not_on_track() -> None:
    group = make_group()
    meetings = [
        make_meeting(D(2026, 5, 1), [*PEOPLE[:3], LEFT]),
        make_meeting(D(2026, 10, 1), PEOPLE, MeetingStatus.PLANNED),
    ]
    report = attendance_report(group, meetings, 2026, today=D(2026, 8, 1))
    assert report.member("10006").status is ComplianceStatus.AT_RISK
    assert report.member("10001").status is ComplianceStatus.ON_TRACK


# -- from a folder, with unreadable files --------------------------------------------------


@pytest.fixture
def group_dir(tmp_path: Path) -> Path:
    """A group folder with two counting meetings, one planned, and one broken file."""
    store = GroupStore(tmp_path / "g")
    store.save_group(make_group())
    store.save_meeting(make_meeting(D(2026, 5, 1), PEOPLE[:4]))
    store.save_meeting(make_meeting(D(2026, 8, 1), [*PEOPLE[1:], LEFT]))
    store.save_meeting(make_meeting(D(2026, 11, 1), PEOPLE, MeetingStatus.PLANNED))
    (store.meetings_dir / "2026-09-01.toml").write_text(
        'date = "2026-09-01"\nstatus = = "done"\n', "utf-8"
    )
    (store.meetings_dir / "2026-10-01.toml").write_text(
        'date = "2026-10-01"\nattendees = []\nmood = "good"\n', "utf-8"
    )
    return store.root


def test_load_attendance_reports_skipped_files_and_never_counts_them(group_dir: Path) -> None:
    report = load_attendance(group_dir, 2026, D(2026, 9, 15))
    assert [m.date for m in report.meetings] == [D(2026, 5, 1), D(2026, 8, 1), D(2026, 11, 1)]
    names = [s.path.name for s in report.skipped]
    assert names == ["2026-09-01.toml", "2026-10-01.toml"]
    broken, unknown = report.skipped
    assert "not valid TOML" in broken.reasons[0] and "line 2" in broken.reasons[0]
    assert any("unknown field" in r for r in unknown.reasons)
    assert report.member("10002").counting_count == 2


def test_load_attendance_defaults_to_the_year_containing_today(group_dir: Path) -> None:
    assert load_attendance(group_dir, today=D(2027, 3, 31)).year == 2026
    assert load_attendance(group_dir, today=D(2027, 4, 1)).year == 2027


def test_load_attendance_refuses_unreadable_folder_and_group(
    tmp_path: Path, group_dir: Path
) -> None:
    with pytest.raises(StoreError, match="not found"):
        load_attendance(tmp_path / "nowhere", 2026, D(2026, 9, 1))
    (group_dir / "group.toml").write_text("name = \n", "utf-8")
    with pytest.raises(StoreError) as caught:
        load_attendance(group_dir, 2026, D(2026, 9, 1))
    assert caught.value.problems[0].path.name == "group.toml"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_load_attendance_refuses_an_unlistable_meetings_folder(group_dir: Path) -> None:
    meetings = group_dir / "meetings"
    meetings.chmod(0o000)
    try:
        with pytest.raises(StoreError, match="meetings folder"):
            load_attendance(group_dir, 2026, D(2026, 9, 1))
    finally:
        meetings.chmod(0o700)


# -- the command ---------------------------------------------------------------------------


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_table(group_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["attendance", "--group", str(group_dir), "--year", "2026", "--as-of", "2026-09-15"],
        capsys,
    )
    assert code == 0
    lines = out.splitlines()
    assert "recertification year 2026 (1 Apr 2026 to 31 Mar 2027)" in lines[0]
    aroha = next(line for line in lines if line.startswith("Aroha Ngata"))
    assert "1 (2 needed)" in aroha and "on track" in aroha and "2026-11-01" in aroha
    frank = next(line for line in lines if line.startswith("Frank Oduya"))
    assert "(left the group)" in frank and "AT RISK" in frank
    assert any(line.startswith("Ben Ironside") and " met " in line for line in lines)
    assert "2 meeting files skipped (not counted):" in out
    assert "2026-09-01.toml: line 2: not valid TOML" in out


def test_cli_global_group_option_and_env(
    group_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_cli(
        ["--group", str(group_dir), "attendance", "--as-of", "2026-09-15"], capsys
    )
    assert code == 0 and "Aroha Ngata" in out
    monkeypatch.setenv("PSG_GROUP", str(group_dir))
    code, out, _ = run_cli(["attendance", "--as-of", "2027-04-02"], capsys)
    assert code == 0 and "recertification year 2027" in out


def test_cli_csv(group_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        ["attendance", "--group", str(group_dir), "--format", "csv", "--as-of", "2026-09-15"],
        capsys,
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["registration_number"] for r in rows] == [
        "10001", "10002", "10003", "10004", "10005", "10006",
    ]  # fmt: skip
    ben = rows[1]
    assert ben["status"] == "met" and ben["counting_meetings"] == "2"
    assert ben["attended"] == "2026-05-01 2026-08-01"
    assert rows[5]["current_member"] == "no"
    assert "skipped (not counted)" in err and "2026-10-01.toml" in err


def test_cli_json(group_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["attendance", "--group", str(group_dir), "--format", "json", "--as-of", "2026-09-15"],
        capsys,
    )
    assert code == 0
    data = json.loads(out)
    assert data["year"] == 2026 and data["next_planned"] == "2026-11-01"
    assert data["members"][0]["status"] == "on_track"
    assert [m["counts"] for m in data["meetings"]] == [True, True, False]
    assert [Path(s["file"]).name for s in data["skipped"]] == ["2026-09-01.toml", "2026-10-01.toml"]


def test_cli_exit_2_names_the_file(group_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (group_dir / "group.toml").write_text('name = "x"\nmembers = 3\n', "utf-8")
    code, out, err = run_cli(["attendance", "--group", str(group_dir)], capsys)
    assert code == 2 and out == ""
    assert "group.toml:2" in err
    code, _, err = run_cli(["attendance", "--group", str(group_dir / "missing")], capsys)
    assert code == 2 and "missing" in err and "not found" in err


def test_cli_sample_group(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["attendance", "--group", str(sample_group), "--as-of", "2026-09-01"], capsys
    )
    assert code == 0
    assert "Next planned meeting: 2026-12-09" in out
    assert "skipped" not in out


def test_load_attendance_refuses_a_file_where_the_meetings_folder_should_be(
    tmp_path: Path,
) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(make_group())
    store.meetings_dir.write_text("not a folder", "utf-8")
    with pytest.raises(StoreError, match="not a meetings folder") as caught:
        load_attendance(store.root, 2026, D(2026, 9, 1))
    assert caught.value.problems[0].path == store.meetings_dir


# -- reading only the files that matter ---------------------------------------------------


def test_meeting_file_date_needs_name_and_date_line_to_agree(tmp_path: Path) -> None:
    store = GroupStore(tmp_path / "g")
    path = store.save_meeting(make_meeting(D(2020, 5, 1), PEOPLE[:4]))
    assert meeting_file_date(path) == D(2020, 5, 1)
    renamed = path.with_name("2021-01-01.toml")
    path.rename(renamed)
    assert meeting_file_date(renamed) is None  # the name says one thing, the file another
    odd = store.meetings_dir / "extra.toml"
    odd.write_bytes(renamed.read_bytes())
    assert meeting_file_date(odd) is None
    local = store.meetings_dir / "2020-06-01.toml"
    local.write_text("date = 2020-06-01 # a TOML local date\n[roles]\n", "utf-8")
    assert meeting_file_date(local) == D(2020, 6, 1)
    tricky = store.meetings_dir / "2020-07-01.toml"
    tricky.write_text('summary = """\ndate = 2020-07-01\n"""\ndate = 2026-07-01\n', "utf-8")
    assert meeting_file_date(tricky) is None


@pytest.fixture
def long_history(tmp_path: Path) -> Path:
    """Six years of quarterly meetings, a broken file in 2021, a misnamed one, next meeting
    recorded only in the latest meeting."""
    store = GroupStore(tmp_path / "g")
    store.save_group(make_group())
    for year in range(2020, 2026):
        for month in (2, 5, 8, 11):
            store.save_meeting(make_meeting(D(year, month, 10), PEOPLE[:4]))
    store.save_meeting(
        make_meeting(D(2026, 2, 10), PEOPLE[:4], next_date=D(2026, 4, 20)),
    )
    (store.meetings_dir / "2021-06-01.toml").write_text('date = "2021-06-01"\nx = = 1\n', "utf-8")
    moved = store.save_meeting(make_meeting(D(2025, 9, 9), PEOPLE))
    moved.rename(moved.with_name("2019-01-01.toml"))  # an old name: its date says 2025
    return store.root


def test_only_files_that_can_matter_are_read(long_history: Path) -> None:
    report = load_attendance(long_history, 2025, D(2026, 3, 1))
    # 2025 year: May, Aug, Nov 2025, Feb 2026 plus the misnamed Sep 2025 meeting.
    assert [m.date for m in report.meetings] == [
        D(2025, 5, 10), D(2025, 8, 10), D(2025, 9, 9), D(2025, 11, 10), D(2026, 2, 10),
    ]  # fmt: skip
    assert report.next_planned == D(2026, 4, 20)  # from the latest meeting's next_meeting
    assert report.skipped == ()  # the broken 2021 file cannot change 2025
    assert report.not_read == 22  # 25 dated files + broken + misnamed = 27; 5 read
    assert report.member("10005").counting_count == 1


def test_every_file_gives_the_same_year_and_reports_every_broken_file(long_history: Path) -> None:
    quick = load_attendance(long_history, 2025, D(2026, 3, 1))
    full = load_attendance(long_history, 2025, D(2026, 3, 1), every_file=True)
    assert full.not_read == 0
    assert [s.path.name for s in full.skipped] == ["2021-06-01.toml"]
    assert full.members == quick.members
    assert full.meetings == quick.meetings
    assert full.planned == quick.planned


def test_table_says_how_many_files_were_not_read(
    long_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        ["attendance", "--group", str(long_history), "--year", "2025", "--as-of", "2026-03-01"],
        capsys,
    )
    assert code == 0
    assert "22 meeting files dated outside this year were not read" in out


def test_a_next_meeting_is_superseded_by_a_meeting_held_in_between() -> None:
    """Set for 9 December at the August meeting, but the group met on 26 November instead:
    9 December is no longer a planned meeting."""
    import datetime as dt

    from psg_tui.core.attendance import _entry, _planned_meetings
    from psg_tui.core.models import Meeting, MeetingStatus, NextMeeting

    august = Meeting(
        date=dt.date(2026, 8, 19),
        status=MeetingStatus.COMPLETE,
        next_meeting=NextMeeting(date=dt.date(2026, 12, 9)),
    )
    november = Meeting(date=dt.date(2026, 11, 26), status=MeetingStatus.COMPLETE)
    today = dt.date(2026, 11, 27)
    held = [_entry(august)]
    assert [p.date for p in _planned_meetings(held, today)] == [dt.date(2026, 12, 9)]
    assert _planned_meetings([*held, _entry(november)], today) == []


# -- issue 11: copies, names and one wording (items 6, 7, 17) -----------------------------


def test_a_byte_identical_copy_counts_once_and_is_reported(tmp_path: Path) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(make_group())
    first = store.save_meeting(make_meeting(D(2026, 5, 1), PEOPLE[:4]))
    copy = first.with_name("2026-05-01 (copy).toml")
    shutil.copyfile(first, copy)
    report = load_attendance(store.root, 2026, D(2026, 6, 1))
    assert [m.path for m in report.meetings] == [first]
    row = next(m for m in report.members if m.registration_number == PEOPLE[0].registration_number)
    assert row.counting_count == 1
    assert report.copies == ((copy, first),)
    assert report.misnamed == ()  # the copy is dropped; the original is named for its date
    notes = report.file_notes()
    assert notes == [
        f"{copy}: the same meeting as {first.name} (same date, group and content): counted once"
    ]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["attendance", "--group", str(store.root), "--as-of", "2026-06-01"]) == 0
    assert "Meeting files to look at:" in out.getvalue() and "counted once" in out.getvalue()


def test_a_file_named_for_another_date_is_reported_not_hidden(tmp_path: Path) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(make_group())
    moved = store.meetings_dir / "2026-05-02.toml"
    store.save_meeting(make_meeting(D(2026, 5, 1), PEOPLE[:4]), moved)
    report = load_attendance(store.root, 2026, D(2026, 6, 1))
    assert report.misnamed == ((moved, D(2026, 5, 1)),)
    assert "named for another date" in report.file_notes()[0]
    assert [m.date for m in report.meetings] == [D(2026, 5, 1)]  # still counted, by its date


def test_a_finished_year_says_not_met_in_the_summary_as_in_attendance() -> None:
    meetings = [make_meeting(D(2026, 5, 1), PEOPLE[:4])]
    report = attendance_report(make_group(), meetings, 2026, today=D(2027, 5, 1))
    row = report.members[0]
    assert row.status is ComplianceStatus.NOT_MET
    sentence = status_sentence(row.status, row.counting_count, report.required)
    assert sentence.startswith("Status: not met.") and "more is needed" not in sentence
    html = annual_summary_html(report, row.registration_number)
    assert "Status: not met." in html and "one more is needed" not in html
    assert "NOT MET" in format_table(report)  # the attendance table: the same two words


def test_a_fifo_among_the_meetings_does_not_block_attendance(tmp_path: Path) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(make_group())
    store.save_meeting(make_meeting(D(2026, 5, 1), PEOPLE[:4]))
    os.mkfifo(store.meetings_dir / "2026-06-01.toml")
    report = load_attendance(store.root, 2026, D(2026, 7, 1))
    assert "FIFO" in report.skipped[0].reasons[0]
