"""The group folder on disk: exact round trips, atomic private writes, and refusals that
never damage a file the app cannot read."""

from __future__ import annotations

import datetime as dt
import os
import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psg_tui.core import store as store_module
from psg_tui.core.models import (
    Apology,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    NextMeeting,
    Reflection,
    RoundEntry,
    Slot,
    TopicType,
)
from psg_tui.core.store import (
    DIR_MODE,
    FILE_MODE,
    ConflictError,
    GroupStore,
    SchemaTooNewError,
    StoreError,
    atomic_write,
    dump_toml,
    ensure_private_dir,
    iter_toml_files,
    locate_line,
    migrate,
    parse_model,
    read_toml,
    validate_file,
)

NZ = dt.timezone(dt.timedelta(hours=13))

AWKWARD_TEXTS = [
    'She said "stop" twice',
    "C:\\Users\\notes\\ and \\n is not a newline",
    "line one\r\nline two\rline three",
    "Māori macrons: ā ē ī ō ū Ā Ē Ī Ō Ū — Whāngārei, Ōtautahi",
    "emoji 🎉 👍🏽 👩‍⚕️ and a flag 🇳🇿",
    "",
    "'''single triple''' and \"\"\"double triple\"\"\"",
    'ends in quotes ""',
    "ends in a backslash \\",
    "multi-line ending in a backslash \\\nnext line \\",
    "control characters \x01 \x07 \x1b[31m \x7f and a tab\t",
    "\n\nstarts and ends with blank lines\n\n",
    "unicode line separators \u2028 \u2029 \x85",
    "  leading and trailing spaces  ",
    "a NUL \x00 in the middle",
    "[[slots]]\npresenter = 'not a table, just text'\n# not a comment",
]


def full_meeting(text: str = "Plain notes.") -> Meeting:
    """A meeting with every kind of field filled in, ``text`` in every free-text field."""
    attendees = [
        Member(name="Anahera Kōwhai", registration_number="7023"),
        Member(name="Daniel Okafor", registration_number="814550123"),
        Member(name="Priya Raman", registration_number="64012", profession="Pharmacist prescriber"),
        Member(name="Tomasi Fifita", registration_number="92370"),
    ]
    started = dt.datetime(2026, 2, 18, 18, 31, tzinfo=NZ)
    return Meeting(
        group_name="Fictional PSG",
        date=dt.date(2026, 2, 18),
        start_time=dt.time(18, 30),
        end_time=dt.time(20, 0),
        venue=text,
        platform=text,
        status=MeetingStatus.COMPLETE,
        attendees=attendees,
        apologies=[Apology(name="Lucy Chen", registration_number="431207"), Apology(name="Guest")],
        roles={"facilitator": "7023", "timekeeper": "92370", "note_taker": "64012"},
        check_in=[RoundEntry(registration_number="7023", notes=text, elapsed_seconds=95)],
        slots=[
            Slot(
                presenter="814550123",
                topic_type=TopicType.JOURNAL_ARTICLE,
                title=text,
                planned_seconds=1200,
                started_at=started,
                ended_at=started + dt.timedelta(minutes=21),
                summary=text,
                takeaways=text,
                references=[text, "https://example.org/guideline"],
            ),
            Slot(presenter="92370", topic_type=TopicType.OTHER),
        ],
        check_out=[RoundEntry(registration_number="92370", notes=text)],
        summary=text,
        confidentiality_note=text,
        next_meeting=NextMeeting(date=dt.date(2026, 5, 20), start_time=dt.time(18, 30), focus=text),
        reflections=[Reflection(registration_number="7023", text=text, updated_at=started)],
        started_at=started,
        ended_at=started + dt.timedelta(hours=1, minutes=31),
    )


@pytest.fixture
def store(tmp_path: Path) -> GroupStore:
    """An empty store in a fresh folder."""
    return GroupStore(tmp_path / "group")


def mode_of(path: Path) -> int:
    """Permission bits of ``path``."""
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    """Temp files a write might have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- round trip ------------------------------------------------------------------------


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_meeting_round_trip_is_exact(store: GroupStore, text: str) -> None:
    meeting = full_meeting(text)
    path = store.save_meeting(meeting)
    assert store.load_meeting(path) == meeting
    # and saving what was loaded writes the same bytes again (no drift)
    before = path.read_bytes()
    store.save_meeting(store.load_meeting(path), path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_group_round_trip_is_exact(store: GroupStore, text: str) -> None:
    group = Group(
        name="Te Rōpū Fictional PSG",
        purpose=text,
        ground_rules=[text, "Keep to time."],
        members=[Member(name="Wiremu Tāne", registration_number="88106")],
    )
    store.save_group(group)
    assert store.load_group() == group


def test_crlf_is_stored_as_lf(store: GroupStore) -> None:
    meeting = full_meeting("first\r\nsecond\rthird")
    path = store.save_meeting(meeting)
    assert b"\r" not in path.read_bytes()
    assert store.load_meeting(path).summary == "first\nsecond\nthird"


def test_sample_meetings_round_trip(sample_store: GroupStore) -> None:
    loaded, errors = sample_store.load_meetings()
    assert errors == [] and len(loaded) >= 4
    for path, meeting in loaded:
        copy = sample_store.meetings_dir / f"copy-{path.name}"
        sample_store.save_meeting(meeting, copy)
        assert sample_store.load_meeting(copy) == meeting


def test_dump_puts_schema_version_first_and_writes_no_nulls() -> None:
    meeting = Meeting(date=dt.date(2026, 1, 1))
    data = dump_toml(meeting).decode()
    assert data.startswith("schema_version = 1\n")
    assert "null" not in data and "None" not in data
    assert "next_meeting" not in data  # None fields are left out, not written empty


def test_save_meeting_data_writes_what_save_meeting_writes(store: GroupStore) -> None:
    meeting = full_meeting("same either way")
    first = store.save_meeting(meeting)
    second = store.save_meeting_data(
        meeting.model_dump(mode="json", exclude_none=True), store.meetings_dir / "other.toml"
    )
    assert first.read_bytes() == second.read_bytes()
    assert mode_of(second) == FILE_MODE


# Any text except lone surrogates (which UTF-8 cannot hold).
free_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
names = free_text.filter(lambda s: s.split() != [])


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=free_text,
    other=free_text,
    references=st.lists(free_text, max_size=3),
    name=names,
)
def test_round_trip_property(
    tmp_path: Path, text: str, other: str, references: list[str], name: str
) -> None:
    store = GroupStore(tmp_path / "prop")
    meeting = Meeting(
        date=dt.date(2026, 3, 4),
        group_name=text,
        venue=other,
        attendees=[Member(name=name, registration_number="1", profession=text)],
        apologies=[Apology(name=name)],
        check_in=[RoundEntry(registration_number="1", notes=other)],
        slots=[Slot(presenter="1", title=text, summary=other, references=references)],
        summary=text + other,
    )
    path = store.save_meeting(meeting, store.meetings_dir / "m.toml")
    assert store.load_meeting(path) == meeting
    group = Group(name=name, purpose=text, ground_rules=references)
    store.save_group(group)
    assert store.load_group() == group


# -- atomic writes ---------------------------------------------------------------------


class _DiesHalfWay:
    """A file object that writes half of what it is given, then fails like a full disk."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])
        self._real.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _DiesHalfWay:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def test_write_that_dies_half_way_leaves_old_file(
    store: GroupStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.save_meeting(full_meeting("the old notes"))
    before = path.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: _DiesHalfWay(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="No space left"):
        store.save_meeting(full_meeting("the new notes " * 200), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []
    assert store.load_meeting(path).summary == "the old notes"


def test_rename_that_fails_leaves_old_file(
    store: GroupStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.save_meeting(full_meeting("the old notes"))
    before = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        store.save_meeting(full_meeting("the new notes"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []


def test_interrupted_write_cleans_up_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "notes.toml"

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"x = 1\n")
    monkeypatch.undo()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_failing_chmod_closes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to count open file descriptors")

    def fail(fd: int, mode: int) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", fail)
    before = len(os.listdir("/proc/self/fd"))
    with pytest.raises(OSError, match="not permitted"):
        atomic_write(tmp_path / "x.toml", b"x = 1\n")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []
    assert len(os.listdir("/proc/self/fd")) == before  # no descriptor leaked


# -- permissions -----------------------------------------------------------------------


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask000", "umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under several umasks: the modes must not depend on it."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_files_are_0600_and_folders_0700(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "not" / "yet" / "there"
    store = GroupStore(root)
    meeting_path = store.save_meeting(full_meeting())
    store.save_group(Group(name="Fictional PSG"))
    assert mode_of(meeting_path) == FILE_MODE == 0o600
    assert mode_of(store.group_path) == 0o600
    for folder in (store.meetings_dir, root, root.parent, root.parent.parent):
        assert mode_of(folder) == DIR_MODE == 0o700, folder


def test_existing_public_file_becomes_private_when_saved(store: GroupStore) -> None:
    path = store.save_meeting(full_meeting())
    path.chmod(0o644)
    store.save_meeting(full_meeting("edited"), path)
    assert mode_of(path) == 0o600


def test_ensure_private_dir_leaves_existing_folders_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    made = ensure_private_dir(tmp_path / "a" / "b")
    assert mode_of(tmp_path) == 0o755  # not ours to change
    assert mode_of(made) == mode_of(made.parent) == 0o700
    with pytest.raises(NotADirectoryError):
        (tmp_path / "file").write_text("x")
        ensure_private_dir(tmp_path / "file")


# -- refusals --------------------------------------------------------------------------


def test_invalid_toml_names_file_and_line(store: GroupStore) -> None:
    path = store.meetings_dir / "2026-01-01.toml"
    ensure_private_dir(path.parent)
    path.write_text('schema_version = 1\ndate = "2026-01-01"\nvenue = "unclosed\n')
    with pytest.raises(StoreError) as caught:
        store.load_meeting(path)
    (problem,) = caught.value.problems
    assert problem.path == path
    assert problem.line == 3
    assert problem.message.startswith("not valid TOML: ")
    assert "(at line" not in problem.message  # the line is in the prefix, not repeated
    assert str(problem).startswith(f"{path}:3: not valid TOML")


def test_validation_error_names_file_field_and_line(store: GroupStore) -> None:
    meeting = full_meeting()
    path = store.save_meeting(meeting)
    text = path.read_text().replace("elapsed_seconds = 95", "elapsed_seconds = -5")
    path.write_text(text)
    with pytest.raises(StoreError) as caught:
        store.load_meeting(path)
    (problem,) = caught.value.problems
    assert problem.path == path
    assert problem.message == (
        "check-in entry 1: elapsed seconds: input should be greater than or equal to 0"
    )
    # a short check-in list is written as an inline array: the line is its element's
    assert "elapsed_seconds = -5" in text.splitlines()[problem.line - 1]


def test_newer_schema_is_refused_and_never_touched(store: GroupStore) -> None:
    path = store.save_meeting(full_meeting())
    newer = path.read_text().replace("schema_version = 1", "schema_version = 99", 1)
    newer += "\n[future_feature]\nx = 1\n"
    path.write_text(newer)
    before = path.read_bytes()
    stamp = path.stat().st_mtime_ns

    with pytest.raises(SchemaTooNewError) as caught:
        store.load_meeting(path)
    assert "schema_version 99 is newer" in str(caught.value)
    assert caught.value.problems[0].line == 1

    fresh = GroupStore(store.root)  # a new session that never read the file
    for attempt in (store, fresh):
        with pytest.raises(SchemaTooNewError) as caught:
            attempt.save_meeting(full_meeting("overwrite attempt"), path)
        assert "not overwritten" in str(caught.value)
        with pytest.raises(SchemaTooNewError):
            attempt.check_overwrite(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stamp
    assert leftovers(path.parent) == []


def test_newer_group_file_is_refused_and_untouched(store: GroupStore) -> None:
    store.save_group(Group(name="Fictional PSG"))
    store.group_path.write_text('schema_version = 2\nname = "From the future"\n')
    before = store.group_path.read_bytes()
    with pytest.raises(SchemaTooNewError):
        GroupStore(store.root).save_group(Group(name="Fictional PSG"))
    assert store.group_path.read_bytes() == before


def test_file_edited_into_garbage_after_loading_is_not_overwritten(store: GroupStore) -> None:
    path = store.save_meeting(full_meeting())
    store.load_meeting(path)
    garbage = b"this = is not [valid toml\n"
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as caught:
        store.save_meeting(full_meeting("my newer notes"), path)
    messages = [p.message for p in caught.value.problems]
    assert messages[0].startswith("not valid TOML")
    assert messages[-1] == "not overwritten: fix or move this file first"
    assert path.read_bytes() == garbage
    assert leftovers(path.parent) == []


def test_file_edited_on_disk_into_another_valid_meeting_is_never_overwritten(
    store: GroupStore,
) -> None:
    # Issue 11 item 1: a valid hand edit was silently replaced by the next save.
    path = store.save_meeting(full_meeting())
    edited = path.read_text().replace("Plain notes.", "Edited by hand.") + "\n"
    path.write_text(edited)
    with pytest.raises(ConflictError) as caught:
        store.save_meeting(full_meeting("app notes"), path)
    assert caught.value.path == path
    assert "changed on disk" in str(caught.value)
    assert path.read_text() == edited
    # Keep both: the hand edit goes aside under a conflict name, ours into the file.
    side = store.keep_mine(dump_toml(full_meeting("app notes")), path)
    assert side is not None and side.read_text() == edited
    assert ".conflict-" in side.name and side.parent == path.parent
    assert store.load_meeting(path).summary == "app notes"
    assert side not in store.meeting_paths() and store.conflict_paths() == [side]
    store.save_meeting(full_meeting("later notes"), path)  # and saving goes on


def test_same_size_edit_in_the_same_instant_is_still_seen(store: GroupStore) -> None:
    # The check compares content, not the file's time stamp and size.
    path = store.save_meeting(full_meeting("aaaa"))
    stamp = path.stat()
    path.write_text(path.read_text().replace("aaaa", "bbbb"))
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    with pytest.raises(ConflictError):
        store.save_meeting(full_meeting("cccc"), path)


def test_a_later_read_does_not_hide_a_conflict_from_a_running_session(
    store: GroupStore,
) -> None:
    path = store.save_meeting(full_meeting("ours"))
    lock = store.lock_meeting(path)
    try:
        path.write_text(path.read_text().replace("ours", "theirs"))
        store.load_meetings()  # the home screen or the first-meeting check reads it
        with pytest.raises(ConflictError):
            store.save_meeting(full_meeting("ours, more"), path)
        assert store.reload_meeting(path).summary == "theirs"
        store.save_meeting(full_meeting("theirs, then ours"), path)
    finally:
        store.release_meeting(path, lock)


def test_file_the_store_wrote_is_saved_over_without_reparsing(
    store: GroupStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.save_meeting(full_meeting())

    def must_not_parse(*args: object) -> None:
        raise AssertionError("a file we wrote ourselves should not be re-read before saving")

    monkeypatch.setattr(store_module, "parse_model", must_not_parse)
    store.save_meeting(full_meeting("second save"), path)


def test_file_without_schema_version_is_migrated_from_v0(store: GroupStore) -> None:
    path = store.meetings_dir / "2025-11-05.toml"
    ensure_private_dir(path.parent)
    path.write_text('date = "2025-11-05"\nvenue = "Library"\n')
    meeting = store.load_meeting(path)
    assert meeting.schema_version == 1
    assert meeting.venue == "Library"
    store.save_meeting(meeting, path)
    assert path.read_text().startswith("schema_version = 1\n")


def test_migrations_step_one_version_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []

    def one_to_two(raw: dict[str, Any]) -> dict[str, Any]:
        steps.append(1)
        renamed = raw.pop("old")
        return {**raw, "schema_version": 2, "renamed": renamed}

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_module.MIGRATIONS, 1, one_to_two)
    migrated = migrate({"old": "x"}, Path("m.toml"))
    assert migrated == {"schema_version": 2, "renamed": "x"}
    assert steps == [1]


@pytest.mark.parametrize("value", ['"1"', "true", "-1", "1.0"])
def test_malformed_schema_version_is_reported_with_its_line(tmp_path: Path, value: str) -> None:
    path = tmp_path / "2026-01-01.toml"
    path.write_text(f'date = "2026-01-01"\nschema_version = {value}\n')
    (problem,) = validate_file(path)
    assert problem.message.startswith("schema_version must be a whole number")
    assert problem.line == 2


def test_non_utf8_file_is_refused_with_its_line(store: GroupStore) -> None:
    path = store.meetings_dir / "2026-01-01.toml"
    ensure_private_dir(path.parent)
    data = b'schema_version = 1\ndate = "2026-01-01"\nvenue = "Caf\xe9"\n'
    path.write_bytes(data)
    with pytest.raises(StoreError) as caught:
        store.load_meeting(path)
    assert [(p.message, p.line) for p in caught.value.problems] == [("not UTF-8 text", 3)]
    with pytest.raises(StoreError):
        store.save_meeting(full_meeting(), path)
    assert path.read_bytes() == data


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "2026-01-01.toml"
    path.write_bytes(b'\xef\xbb\xbfschema_version = 1\ndate = "2026-01-01"\n')
    assert validate_file(path) == []


def test_missing_file_and_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="file not found"):
        read_toml(tmp_path / "nope.toml")
    with pytest.raises(StoreError, match="is a folder, not a file"):
        read_toml(tmp_path)


def test_bad_meeting_files_are_reported_not_dropped(sample_store: GroupStore) -> None:
    bad = sample_store.meetings_dir / "2026-06-01.toml"
    bad.write_text("date = \n")
    loaded, errors = sample_store.load_meetings()
    assert len(loaded) == 4
    assert [e.problems[0].path for e in errors] == [bad]


# -- locate_line -----------------------------------------------------------------------

NESTED = """\
schema_version = 1   # comment with [[slots]] in it
date = "2026-03-04"
summary = '''
[[slots]]
presenter = "not a real key"
'''
attendees = [
  { name = "A", registration_number = "1" },  # first
  # a comment line inside the array
  { name = "B", registration_number = "2" },
  { name = "C, with ] and } in it", registration_number = "" },
]
roles = { facilitator = "1", note_taker = "9" }

[ "roles-not" ]
x = 1

[[slots]]
presenter = "1"
references = [
  "first",
  "second",
]

[[slots]]  # the second slot
presenter = "2"
phase_seconds.present = -1

[[slots]]
presenter = "3"

[slots.phase_seconds]
present = -2

[next_meeting]
date = 2026-05-20
"""


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        (("schema_version",), 1),
        (("summary",), 3),
        (("attendees",), 7),
        (("attendees", 0, "name"), 8),
        (("attendees", 1, "registration_number"), 10),
        (("attendees", 2, "registration_number"), 11),
        (("roles", "note_taker"), 13),
        (("slots", 0, "presenter"), 19),  # not line 5, inside the multi-line string
        (("slots", 0, "references", 1), 22),
        (("slots", 1), 25),
        (("slots", 1, "phase_seconds", "present"), 27),
        (("slots", 2, "phase_seconds", "present"), 33),
        (("slots", 0, "phase_seconds", "present"), 18),  # slot 1 has none: its header
        (("next_meeting", "date"), 36),
        (("next_meeting", "venue"), 35),  # missing key: the table it belongs in
        (("nowhere",), None),
    ],
)
def test_locate_line(loc: tuple[Any, ...], expected: int | None) -> None:
    tomllib.loads(NESTED)  # the helper is only used on text that tomllib accepts
    assert locate_line(NESTED, loc) == expected


def test_locate_line_in_every_sample_file_finds_every_attendee(sample_store: GroupStore) -> None:
    for path in sample_store.meeting_paths():
        text = path.read_text()
        meeting = sample_store.load_meeting(path)
        for index, person in enumerate(meeting.attendees):
            line = locate_line(text, ("attendees", index, "registration_number"))
            assert line is not None
            assert person.registration_number in text.splitlines()[line - 1], (path, index)


def test_validation_line_in_inline_array_points_at_the_element(tmp_path: Path) -> None:
    path = tmp_path / "2026-01-01.toml"
    path.write_text(NESTED.replace('"9"', '"1"'))
    problems = validate_file(path)
    assert [(p.line, p.message) for p in problems] == [
        (11, "attendee 3: registration number is empty"),
        (15, "roles-not: unknown field (a typo?)"),
        (27, "slot 2: phase seconds: present: input should be greater than or equal to 0"),
        (33, "slot 3: phase seconds: present: input should be greater than or equal to 0"),
    ]  # in the order of the file, top down


# -- file names ------------------------------------------------------------------------


def test_meeting_file_names_and_order(store: GroupStore) -> None:
    day = dt.date(2026, 3, 12)
    first = store.save_meeting(Meeting(date=day))
    second = store.save_meeting(Meeting(date=day))
    third = store.save_meeting(Meeting(date=day))
    assert [first.name, second.name, third.name] == [
        "2026-03-12.toml",
        "2026-03-12-2.toml",
        "2026-03-12-3.toml",
    ]
    for _ in range(4, 11):
        store.save_meeting(Meeting(date=day))
    store.save_meeting(Meeting(date=dt.date(2026, 1, 31)))
    store.save_meeting(Meeting(date=dt.date(2026, 12, 1)))
    (store.meetings_dir / ".2026-03-12.toml.abc.tmp").write_text("half")
    (store.meetings_dir / ".hidden.toml").write_text("x")
    names = [p.name for p in store.meeting_paths()]
    assert names == [
        "2026-01-31.toml",
        "2026-03-12.toml",
        *(f"2026-03-12-{n}.toml" for n in range(2, 11)),  # -10 after -9, not after -1
        "2026-12-01.toml",
    ]


def test_no_meetings_folder_means_no_meetings(store: GroupStore) -> None:
    assert store.meeting_paths() == []
    assert store.load_meetings() == ([], [])
    assert not store.exists()


def test_iter_toml_files_on_a_group_folder(sample_group: Path) -> None:
    found = list(iter_toml_files([sample_group]))
    assert found[0] == sample_group / "group.toml"
    assert [p.parent.name for p in found[1:]] == ["meetings"] * (len(found) - 1)
    assert all(validate_file(p) == [] for p in found)


def test_parse_model_reads_group_and_meeting(sample_group: Path) -> None:
    group = parse_model(Group, sample_group / "group.toml")
    assert group.members


# -- the fast string writer under dumps_toml ----------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
    max_size=300,
)


@given(
    st.dictionaries(
        st.text(alphabet="abcdefghij_", min_size=1, max_size=8),
        st.one_of(_TEXT, st.lists(_TEXT, max_size=4), st.integers()),
        max_size=6,
    )
)
def test_dumps_toml_round_trips_any_text(data: dict) -> None:
    """Long strings bypass tomli-w's escaper; every value must still read back the same."""
    from psg_tui.core.store import dumps_toml

    assert tomllib.loads(dumps_toml(data)) == data


def test_dumps_toml_keeps_quotes_backslashes_and_control_characters() -> None:
    from psg_tui.core.store import dumps_toml

    tricky = 'ends in quotes """" and a backslash \\\n\x01\x7f\ttab\r\nā 🙂 "' * 5
    data = {"summary": tricky, "references": [tricky, "short"], "slots": [{"title": tricky}]}
    text = dumps_toml(data)
    assert tomllib.loads(text) == data
    assert '"""\n' in text  # multi-line notes stay readable in the file


# -- issue 11: hostile files (items 2, 14, 15, 17) ------------------------------------------


def test_schema_version_0_is_migrated_once_not_for_ever(store: GroupStore) -> None:
    # The v0 migration let the file's own 0 override the new 1: every reader looped.
    path = store.meetings_dir / "2026-02-18.toml"
    ensure_private_dir(path.parent)
    path.write_text('schema_version = 0\ndate = "2026-02-18"\n', encoding="utf-8")
    assert store.load_meeting(path).schema_version == 1
    assert migrate({"schema_version": 0}, path) == {"schema_version": 1}


def test_a_fifo_named_toml_is_refused_without_blocking(store: GroupStore) -> None:
    ensure_private_dir(store.meetings_dir)
    fifo = store.meetings_dir / "2026-02-18.toml"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="FIFO"):
        store.load_meeting(fifo)
    loaded, errors = store.load_meetings()
    assert loaded == [] and "not a regular file" in str(errors[0])
    assert "FIFO" in str(validate_file(fifo)[0])


def test_a_symlink_to_dev_zero_is_refused(store: GroupStore) -> None:
    ensure_private_dir(store.meetings_dir)
    link = store.meetings_dir / "2026-02-18.toml"
    link.symlink_to("/dev/zero")
    problems = validate_file(link)
    assert problems and "a device or socket, not a regular file" in problems[0].message


def test_a_file_over_the_size_cap_is_refused_unread(store: GroupStore) -> None:
    ensure_private_dir(store.meetings_dir)
    big = store.meetings_dir / "2026-02-18.toml"
    with big.open("wb") as handle:
        handle.truncate(store_module.MAX_FILE_BYTES + 1)
    (problem,) = validate_file(big)
    assert "is 256 KB: a group or meeting file is at most 256 KB" in problem.message


def test_a_meeting_too_big_to_read_back_is_never_written(store: GroupStore) -> None:
    path = store.save_meeting(full_meeting())
    before = path.read_bytes()
    meeting = full_meeting()
    meeting.slots = [meeting.slots[0].model_copy(update={"summary": "x" * 19_000})] * 15
    with pytest.raises(StoreError, match=r"not saved: the notes come to .* over the 256 KB"):
        store.save_meeting(meeting, path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("depth", [40, 500, 5000])
def test_deep_nesting_is_refused_in_words(store: GroupStore, depth: int) -> None:
    path = store.root / "2026-02-18.toml"
    ensure_private_dir(store.root)
    path.write_text(
        'schema_version = 1\ndate = "2026-02-18"\nvenue = ' + "[" * depth + "]" * depth + "\n"
    )
    (problem,) = validate_file(path)
    assert problem.message.startswith("nested too deeply")


def test_stale_temp_files_are_cleaned_on_open_and_never_count(store: GroupStore) -> None:
    path = store.save_meeting(full_meeting())
    folder = path.parent
    dead = 2**22 + 12345  # above any pid this machine hands out
    assert not store_module._pid_alive(dead)
    stale = folder / f".{path.name}.{dead}.abcd1234.tmp"
    live = folder / f".{path.name}.{os.getpid()}.efgh5678.tmp"  # a save under way here
    old_style = folder / f".{path.name}.ijkl9012.tmp"
    other = folder / ".notes.txt.tmp"  # not this app's
    for leftover in (stale, live, old_style, other):
        leftover.write_bytes(path.read_bytes())
    old = dt.datetime.now().timestamp() - 120
    os.utime(old_style, (old, old))
    index_tmp = store.root / f".psg-index.json.{dead}.mnop3456.tmp"  # the index's, killed
    index_tmp.write_bytes(b"{}")
    opened = GroupStore(store.root)
    assert sorted(opened.cleaned) == sorted([index_tmp, stale, old_style])
    assert live.exists() and other.exists() and not stale.exists()
    assert opened.meeting_paths() == [path]
    # Our own save's temp file is stale only after ten minutes.
    os.utime(live, (old - 600, old - 600))
    assert GroupStore(store.root).cleaned == [live]


def test_temp_file_names_carry_the_writer_pid(store: GroupStore, monkeypatch) -> None:
    seen: list[str] = []
    real = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real(src, dst)

    monkeypatch.setattr(store_module.os, "replace", spy)
    path = store.save_meeting(full_meeting())
    assert store_module._TEMP_RE.match(seen[0])
    assert seen[0].startswith(f".{path.name}.{os.getpid()}.")


def test_a_meeting_lock_names_its_holder_and_is_shared_in_one_process(store: GroupStore) -> None:
    path = store.save_meeting(full_meeting())
    lock = store.lock_meeting(path)
    again = store.lock_meeting(path)  # the same process: the same hold
    assert again is lock
    text = store_module.lock_path(path).read_text()
    assert f"pid = {os.getpid()}" in text and "host = " in text and "user = " in text
    assert store_module.lock_path(path) not in store.meeting_paths()
    again.release()
    assert store_module.lock_path(path).exists()
    lock.release()
    assert not store_module.lock_path(path).exists()
