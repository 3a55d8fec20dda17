"""One door to the disk: the store names every file and writes every output (never over a
group or meeting file); one privacy gate decides what each output carries; one function
tidies pydantic's messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from psg_tui.cli import main
from psg_tui.core.gate import GROUP, ICS, NOTES, Output, allow_list, check_output, output_fields
from psg_tui.core.models import Member, Reflection
from psg_tui.core.privacy import findings_in_output, scan_meeting
from psg_tui.core.store import (
    GroupStore,
    OutputRefusedError,
    StoreError,
    check_output_path,
    meeting_file_name,
    meeting_name_date,
    meeting_sort_key,
    output_path,
    summary_output_path,
    tidy_message,
    write_output,
)

D = dt.date

# -- names ---------------------------------------------------------------------------------


def test_meeting_file_names_and_their_order() -> None:
    assert meeting_file_name(D(2026, 3, 12)) == "2026-03-12.toml"
    assert meeting_file_name(D(2026, 3, 12), 2) == "2026-03-12-2.toml"
    names = ["2026-03-12-10.toml", "2026-03-12-2.toml", "2026-03-12.toml", "2026-01-01.toml"]
    assert sorted(names, key=meeting_sort_key) == [
        "2026-01-01.toml",
        "2026-03-12.toml",
        "2026-03-12-2.toml",
        "2026-03-12-10.toml",
    ]
    assert meeting_name_date(Path("m/2026-03-12-2.toml")) == "2026-03-12"
    assert meeting_name_date("notes.toml") is None


def test_new_meeting_path_takes_the_next_free_name(sample_group: Path) -> None:
    store = GroupStore(sample_group)
    taken = store.meetings_dir / meeting_file_name(D(2026, 2, 18))
    assert taken.exists()
    assert store.new_meeting_path(D(2026, 2, 18)).name == "2026-02-18-2.toml"
    assert store.new_meeting_path(D(2027, 1, 1)).name == "2027-01-01.toml"


def test_output_names() -> None:
    meeting = Path("g/meetings/2026-02-18.toml")
    assert output_path(meeting, "pdf") == Path("g/meetings/2026-02-18.pdf")
    assert output_path(meeting, "md") == Path("g/meetings/2026-02-18.md")
    assert output_path(meeting, "pdf", "70231") == Path("g/meetings/2026-02-18-70231.pdf")
    assert output_path(meeting, "ics") == Path("g/meetings/2026-02-18-next-meeting.ics")
    assert summary_output_path(Path("g"), 2026, "70231") == Path("g/attendance-2026-70231.pdf")


def test_the_group_of_a_meeting_file(tmp_path: Path) -> None:
    assert GroupStore.for_meeting_file(tmp_path / "g" / "meetings" / "x.toml").root == (
        tmp_path / "g"
    )
    assert GroupStore.for_meeting_file(tmp_path / "lone.toml").root == tmp_path


# -- the one write of every output -----------------------------------------------------------


def test_write_output_is_atomic_and_private(tmp_path: Path) -> None:
    target = tmp_path / "notes.pdf"
    target.write_bytes(b"old")
    assert write_output(target, b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["notes.pdf"]  # no temp file left


def test_no_output_over_a_group_or_meeting_file(sample_group: Path, tmp_path: Path) -> None:
    meeting = sample_group / "meetings" / "2026-08-19.toml"
    before = meeting.read_bytes()
    for path in (meeting, sample_group / "group.toml"):
        with pytest.raises(OutputRefusedError) as caught:
            write_output(path, b"BEGIN:VCALENDAR")
        assert str(path) in str(caught.value)
        assert "never written over a group or meeting file" in str(caught.value)
    assert meeting.read_bytes() == before
    # Not yet there, but it would be read as a meeting of the group.
    with pytest.raises(OutputRefusedError):
        check_output_path(sample_group / "meetings" / "notes.toml")
    # A meeting file copied anywhere is still a meeting file (by content).
    copy = tmp_path / "copy.txt"
    copy.write_bytes(before)
    with pytest.raises(OutputRefusedError, match="a meeting file"):
        write_output(copy, b"x")
    # A file from a newer psg-tui is not overwritten either.
    newer = tmp_path / "newer.out"
    newer.write_text("schema_version = 99\n", encoding="utf-8")
    with pytest.raises(OutputRefusedError):
        write_output(newer, b"x")
    # Anything else is fine: a PDF, a text file, a new name, a TOML that is no record.
    other = tmp_path / "other.toml"
    other.write_text('title = "not a meeting"\n', encoding="utf-8")
    for path in (tmp_path / "new.ics", other):
        write_output(path, b"ok")
    assert issubclass(OutputRefusedError, StoreError)


def test_cli_ics_over_the_meeting_is_refused(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11, item 18: ``psg ics M -o M`` replaced the meeting with iCalendar text."""
    meeting = sample_group / "meetings" / "2026-08-19.toml"
    other = sample_group / "meetings" / "2026-05-20.toml"
    before = {p: p.read_bytes() for p in (meeting, other, sample_group / "group.toml")}
    assert main(["ics", str(meeting), "-o", str(meeting)]) == 2
    assert f"{meeting}: that is the meeting file itself" in capsys.readouterr().err
    assert main(["ics", str(meeting), "-o", str(other)]) == 2
    err = capsys.readouterr().err
    assert f"{other}: this is a meeting file" in err and "nothing was written" in err
    assert main(["render", str(meeting), "-o", str(sample_group / "group.toml")]) == 2
    assert "group.toml: this is a group file" in capsys.readouterr().err
    args = ["summary", "--group", str(sample_group), "--member", "70231", "--year", "2026"]
    assert main([*args, "-o", str(other)]) == 2
    assert f"psg summary: {other}: this is a meeting file" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in before} == before


# -- the gate ------------------------------------------------------------------------------


def _meeting(sample_group: Path, name: str = "2026-08-19.toml"):
    path = sample_group / "meetings" / name
    return path, GroupStore(sample_group).load_meeting(path)


def test_each_output_carries_its_own_text(sample_group: Path) -> None:
    _, meeting = _meeting(sample_group)
    meeting.check_in[0].notes = "Call me on 027 555 0199."
    meeting.reflections.append(
        Reflection(registration_number="64012", text="Rang Mrs Smith on 021 555 1234.")
    )
    meeting.next_meeting.focus = "Bring the email from jo.bloggs@example.com"

    assert [f.kind for f in check_output(meeting, NOTES).findings] == [
        f.kind for f in scan_meeting(meeting)
    ]
    group = check_output(meeting, GROUP)
    assert {f.field.split(".")[0] for f in group.findings} == {"next_meeting"}
    assert group.findings == findings_in_output(meeting)
    mine = check_output(meeting, Output.copy_for("64012"))
    assert {f.field.split(".")[0] for f in mine.findings} == {"reflections", "next_meeting"}
    assert mine.findings == findings_in_output(meeting, "64012")
    theirs = check_output(meeting, Output.copy_for("92370"))
    assert theirs.findings == group.findings  # nobody else's reflection
    ics = check_output(meeting, ICS)
    assert [f.field for f in ics.fields] == [
        "next_meeting.focus",
        "next_meeting.venue",
        "next_meeting.platform",
    ]
    assert [f.kind for f in ics.findings] == ["email"]
    assert ics.describe() == "1 email address"
    with pytest.raises(ValueError, match="registration number"):
        Output("member")


def test_the_summary_allows_apologies_too(sample_group: Path) -> None:
    """The annual summary's check used to allow attendees only: a title naming someone who
    sent apologies ("Mr Okafor's audit") was flagged as a patient."""
    _, meeting = _meeting(sample_group, "2026-05-20.toml")
    assert "Daniel Okafor" in allow_list(meeting)
    summary = Output("summary", "70231")
    result = check_output(meeting, summary, topics=lambda m: "Mr Okafor's audit; Mrs Patel")
    # One finding: Mrs Patel. Mr Okafor sent apologies: a member, not a patient.
    assert [f.excerpt for f in result.findings] == ["Mr Okafor's audit; Mrs P****"]
    assert [f.where for f in result.findings] == ["topics"]
    assert output_fields(meeting, summary, topics=lambda m: "x")[0].text == "x"
    with pytest.raises(ValueError):
        output_fields(meeting, summary)


def test_an_acknowledgement_names_who_and_what(sample_group: Path) -> None:
    _, meeting = _meeting(sample_group)
    meeting.reflections.append(
        Reflection(registration_number="64012", text="Rang Mrs Smith on 021 555 1234.")
    )
    result = check_output(meeting, Output.copy_for("64012"))
    when = dt.datetime(2026, 8, 20, 9, 0, tzinfo=dt.UTC)
    result.acknowledge(meeting, "64012", when)
    # The member's own copy's acknowledgement: never the group's (issue 11, item 4).
    assert meeting.privacy_acknowledgement is None
    (ack,) = meeting.output_acknowledgements
    assert ack.by == "64012" and ack.findings == 2 and ack.member == "64012"
    assert ack.output == "member" and ack.kinds == ["named_person", "phone"]


# -- messages ----------------------------------------------------------------------------


def test_one_tidy_message_for_every_place() -> None:
    assert tidy_message("Value error, name is empty") == "name is empty"
    assert tidy_message("Input should be a valid integer") == "input should be a valid integer"
    assert tidy_message("Value error, name is empty", alone=True) == "Name is empty"
    assert tidy_message("Input should be a valid integer", alone=True) == (
        "Must be a valid integer"
    )
    # Beside a form field the value typed keeps its case (str.capitalize lowered it).
    try:
        Member(name="A", registration_number="AB12")
    except ValidationError as exc:
        message = tidy_message(exc.errors()[0]["msg"], alone=True)
    assert message == "Registration number 'AB12' must be digits only"


# -- who may touch what --------------------------------------------------------------------


def test_commands_stay_above_the_store() -> None:
    """The CLI reads and writes through the store's public functions and report.export;
    never its internals, and never ``atomic_write`` itself."""
    import ast

    import psg_tui

    internals = {"parse_model", "dump_toml", "dumps_toml", "check_overwrite", "atomic_write"}
    commands = Path(psg_tui.__file__).parent / "commands"
    for path in [*commands.glob("*.py"), commands.parent / "cli.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("psg_tui")
            for alias in node.names
        } | {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
        assert not used & internals, f"{path.name} uses {sorted(used & internals)}"


async def test_a_member_exports_anyway_and_it_is_recorded(sample_group: Path) -> None:
    """ "Export anyway" (y) records the member's acknowledgement in the meeting file through
    the store, then the exporter writes their PDF in a worker."""
    from psg_tui.tui.dialogs.confirm import ConfirmDialog
    from psg_tui.tui.screens.past_meeting import PastMeetingScreen
    from tests.tui_helpers import app_for

    path, meeting = _meeting(sample_group)
    meeting.reflections.append(
        Reflection(registration_number="64012", text="Rang Mrs Smith on 021 555 1234.")
    )
    store = GroupStore(sample_group)
    store.save_meeting(meeting, path)
    index = [a.registration_number for a in meeting.attendees].index("64012")
    app, _ = app_for(sample_group)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.push_screen(PastMeetingScreen(store, path, store.load_meeting(path)))
        await pilot.pause()
        await pilot.press("p", *["down"] * index, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    saved = store.load_meeting(path)
    assert saved.privacy_acknowledgement is None  # the member's, not the group's (issue 11)
    (ack,) = saved.output_acknowledgements
    assert ack.by == "64012" and ack.member == "64012"
    assert ack.kinds == ["named_person", "phone"]
    written = path.with_name(f"{path.stem}-64012.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert written.stat().st_mode & 0o777 == 0o600
