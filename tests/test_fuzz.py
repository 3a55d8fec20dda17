"""Issue 11, items 14-17 and 19: hostile files never put a traceback or a raw escape
sequence in front of the person.

A seeded set of mutated meeting files (``tests/fuzz_files.py``: nesting 500 deep, year 9999
at -12:00, ``inf`` on a live timer, ``schema_version = 0``, ESC/OSC sequences, oversized
fields, broken TOML...) goes through every CLI entry point in-process (validate, check,
render, ics, attendance) and through the home screen. Every run must end with an exit code,
not an exception, and nothing printed or drawn may hold a raw ESC or C1 control.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from pathlib import Path

import pytest

from psg_tui.cli import main
from psg_tui.core.store import GroupStore
from psg_tui.resources import sample_data_dir
from psg_tui.tui.screens.home import HomeScreen
from tests.fuzz_files import ESCAPES, cases
from tests.tui_helpers import app_for

SAMPLES = [
    p.read_text(encoding="utf-8") for p in sorted((sample_data_dir() / "meetings").glob("*.toml"))
]
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\x90", "\x9d")


@pytest.fixture
def group(tmp_path: Path) -> Path:
    folder = tmp_path / "group"
    shutil.copytree(sample_data_dir(), folder)
    return folder


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """``psg ARGV`` in-process: (exit code, stdout, stderr). An exception fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def assert_clean(text: str, what: str) -> None:
    for control in RAW_CONTROLS:
        assert control not in text, f"{what}: raw {control!r} reached the terminal: {text[:300]!r}"
    assert "Traceback" not in text, f"{what}: {text[:500]}"


def test_every_command_survives_hostile_files(group: Path, tmp_path: Path) -> None:
    meetings = group / "meetings"
    exits: dict[str, set[int]] = {}
    for index, text in enumerate(cases(SAMPLES, 300, seed=11)):
        path = meetings / f"2026-09-{index % 28 + 1:02d}.toml"
        path.write_text(text, encoding="utf-8")
        runs = [
            ["validate", str(path)],
            ["check", str(path)],
            ["render", str(path), "--format", "md", "--draft", "-o", str(tmp_path / "o.md")],
            ["ics", str(path), "-o", str(tmp_path / "o.ics")],
        ]
        if index % 5 == 0:
            runs.append(["attendance", "--group", str(group), "--format", "csv"])
            runs.append(["attendance", "--group", str(group)])
        if index % 100 == 0:  # the PDF path too (slower): the same record underneath
            runs.append(["render", str(path), "--draft", "-o", str(tmp_path / "o.pdf")])
        for argv in runs:
            code, out, err = run_cli(argv)
            assert code in (0, 1, 2), (argv, code, err)
            assert_clean(out, f"case {index}: psg {argv[0]} stdout")
            assert_clean(err, f"case {index}: psg {argv[0]} stderr")
            exits.setdefault(argv[0], set()).add(code)
        path.unlink()
    # The mutations reach both outcomes: refused files and accepted ones.
    assert {0, 2} <= exits["validate"]


def test_a_refusal_names_file_and_line(group: Path) -> None:
    path = group / "meetings" / "2026-09-01.toml"
    text = SAMPLES[0] + '\n[live.timer]\nkind = "slot"\nplanned_seconds = inf\n'
    path.write_text(text, encoding="utf-8")
    code, _out, err = run_cli(["validate", str(path)])
    assert code == 2
    assert f"{path}:" in err and "Traceback" not in err


async def test_home_screen_survives_hostile_files(group: Path) -> None:
    meetings = group / "meetings"
    for index, text in enumerate(cases(SAMPLES, 40, seed=12)):
        (meetings / f"2027-0{index % 9 + 1}-{index % 28 + 1:02d}.toml").write_text(
            text, encoding="utf-8"
        )
    # An escape sequence in the group's name (drawn in the header), and a file name that is
    # itself one.
    group_file = group / "group.toml"
    group_file.write_text(
        group_file.read_text(encoding="utf-8").replace(
            'name = "', 'name = "\\u001b]0;pwned\\u0007', 1
        ),
        encoding="utf-8",
    )
    (meetings / f"{ESCAPES[0]}.toml").write_text(SAMPLES[0], encoding="utf-8")
    # A FIFO and a symlink to /dev/zero named like meetings: neither blocks nor fills memory.
    os.mkfifo(meetings / "2027-10-01.toml")
    (meetings / "2027-10-02.toml").symlink_to("/dev/zero")
    app, _clock = app_for(group)
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(20):
            await pilot.pause(0.05)
            if isinstance(app.screen, HomeScreen):
                break
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        drawn = "".join(
            segment.text for strip in app.screen._compositor.render_strips() for segment in strip
        )
        assert_clean(drawn, "home screen")
        assert "\u241b]0;pwned" in drawn  # the group's name shows the escape, harmless
        assert "Meetings" in drawn or "meeting" in drawn.lower()
    assert app.return_code in (None, 0)
    GroupStore(group)  # the folder still opens
