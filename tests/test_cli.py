"""The ``psg`` command: exit codes, what it prints, and that ``psg demo`` never touches the
shipped sample group. Called in-process through ``psg_tui.cli.main``; one test runs the real
console script."""

from __future__ import annotations

import hashlib
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from psg_tui import __version__, paths
from psg_tui.cli import COMMANDS, build_parser, main
from psg_tui.core.store import GroupStore
from psg_tui.resources import sample_data_dir

PROBLEM_LINE = re.compile(r"^(?P<file>.+?\.toml)(?::(?P<line>\d+))?: (?P<message>.+)$")


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder``: content hash and permission bits."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            stat.S_IMODE(p.stat().st_mode),
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private per-user data folder, and no PSG_GROUP from the environment."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv(paths.GROUP_ENV, raising=False)
    return home


@pytest.fixture
def bad_meeting(tmp_path: Path) -> Path:
    """A meeting file with two problems, on known lines."""
    path = tmp_path / "2026-04-01.toml"
    path.write_text(
        "schema_version = 1\n"
        'date = "2026-04-01"\n'
        'venu = "Library"\n'
        "attendees = [\n"
        '  { name = "Aroha Ngāta", registration_number = "1234" },\n'
        '  { name = "Ben Ōtaki", registration_number = "" },\n'
        "]\n",
        encoding="utf-8",
    )
    return path


# -- psg validate ----------------------------------------------------------------------


def test_validate_sample_data_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample_data_dir())]) == 0
    out, err = capsys.readouterr()
    count = 1 + len(list((sample_data_dir() / "meetings").glob("*.toml")))
    assert out.strip() == f"{count} files valid"
    assert err == ""


def test_validate_one_good_file(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample_group / "group.toml")]) == 0
    assert capsys.readouterr().out.strip() == "1 file valid"


def test_validate_bad_file_exits_2_with_file_line_message(
    bad_meeting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(bad_meeting)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines == [
        f"{bad_meeting}:3: venu: unknown field (a typo?)",
        f"{bad_meeting}:6: attendee 2: registration number is empty",
    ]
    for line in lines:
        assert PROBLEM_LINE.match(line)


def test_validate_lists_problems_of_every_file(
    sample_group: Path, bad_meeting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = sample_group / "meetings" / "2026-02-18.toml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n[oops\n", encoding="utf-8")
    assert main(["validate", str(sample_group), str(bad_meeting)]) == 2
    err = capsys.readouterr().err.splitlines()
    files = [PROBLEM_LINE.match(line)["file"] for line in err]  # type: ignore[index]
    assert files == [str(broken), str(bad_meeting), str(bad_meeting)]
    assert "not valid TOML" in err[0]
    assert PROBLEM_LINE.match(err[0])["line"] is not None  # type: ignore[index]


def test_validate_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "2026-01-01.toml"
    assert main(["validate", str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"{missing}: file not found"


def test_validate_folder_without_toml_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert "no .toml files found" in capsys.readouterr().err


def test_validate_needs_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
    assert "PATH" in capsys.readouterr().err


def test_validate_changes_nothing(sample_group: Path, bad_meeting: Path) -> None:
    before = snapshot(sample_group), bad_meeting.read_bytes()
    main(["validate", str(sample_group), str(bad_meeting)])
    assert (snapshot(sample_group), bad_meeting.read_bytes()) == before


# -- psg --version, psg where, wiring ----------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"psg-tui {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_wired(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args([name, "--help"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: psg {name}")


def test_where_prints_the_folders(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = tmp_path / "my group"
    assert main(["--group", str(group), "where"]) == 0
    lines = dict(line.split(":", 1) for line in capsys.readouterr().out.splitlines() if ":" in line)
    found = {label.strip(): value.strip() for label, value in lines.items()}
    assert found["data folder"] == str(data_home / "psg-tui")
    assert found["groups folder"] == str(data_home / "psg-tui" / "groups")
    assert found["group folder"] == str(group)
    assert Path(found["styles"], "app.tcss").is_file()
    assert Path(found["sample data"], "group.toml").is_file()


def test_where_uses_psg_group_and_lists_groups(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv(paths.GROUP_ENV, str(tmp_path / "from-env"))
    groups = data_home / "psg-tui" / "groups"
    for name in ("b-group", "a-group"):
        shutil.copytree(sample_data_dir(), groups / name)
    (groups / "not-a-group").mkdir()
    assert main(["where"]) == 0
    out = capsys.readouterr().out
    assert f"group folder:  {tmp_path / 'from-env'}" in out
    listed = [
        line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("group:")
    ]
    assert listed == [str(groups / "a-group"), str(groups / "b-group")]


def test_where_without_group_says_none(data_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["where"]) == 0
    assert "group folder:" not in capsys.readouterr().out


# -- psg demo --copy-only ----------------------------------------------------------------


def test_demo_copy_only_makes_a_private_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = sample_data_dir()
    before = snapshot(shipped)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["demo", "--copy-only"]) == 0
    folder = Path(capsys.readouterr().out.strip())
    assert folder.is_relative_to(tmp_path)
    assert folder.parent.name.startswith("psg-demo-")
    for path in [folder.parent, folder, *folder.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    copied = {name: digest for name, (digest, _) in snapshot(folder).items()}
    assert copied == {name: digest for name, (digest, _) in before.items()}
    # the copy is a working group folder
    store = GroupStore(folder)
    assert store.load_group().members
    assert store.load_meetings()[1] == []
    # the shipped files are unchanged, even after the copy is edited
    (folder / "group.toml").write_text('name = "changed"\n')
    assert snapshot(shipped) == before


def test_demo_twice_gives_two_fresh_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    main(["demo", "--copy-only"])
    main(["demo", "--copy-only"])
    first, second = capsys.readouterr().out.split()
    assert first != second


# -- the real console script -------------------------------------------------------------


def test_console_script_exit_codes(bad_meeting: Path, tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "psg"
    if not script.exists():
        pytest.skip("the psg console script is not installed in this environment")
    good = subprocess.run(
        [str(script), "validate", str(sample_data_dir())],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert (good.returncode, good.stderr) == (0, "")
    bad = subprocess.run(
        [str(script), "validate", str(bad_meeting)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.splitlines()[0] == f"{bad_meeting}:3: venu: unknown field (a typo?)"
