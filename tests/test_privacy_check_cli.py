"""``psg check``: exit 0 clean, 1 with one line per finding, 2 for a file it cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from psg_tui.cli import main


def _meeting_with(sample_group: Path, summary: str) -> Path:
    """A copy of a sample meeting whose overall summary is ``summary`` (TOML string body)."""
    source = sample_group / "meetings" / "2026-05-20.toml"
    lines = source.read_text("utf-8").splitlines()
    # The first "summary = " line is the meeting's own (slots come later, as tables).
    first = next(i for i, line in enumerate(lines) if line.startswith("summary = "))
    lines[first] = f'summary = "{summary}"'
    target = sample_group / "meetings" / "2026-05-21.toml"
    target.write_text("\n".join(lines) + "\n", "utf-8")
    return target


def test_clean_meetings_exit_0(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meetings = sorted((sample_group / "meetings").glob("*.toml"))
    assert main(["check", *map(str, meetings)]) == 0
    out = capsys.readouterr().out
    assert out.count("no findings") == len(meetings)


def test_findings_exit_1_one_line_each(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _meeting_with(sample_group, "Mrs Patel (NHI ABC1235)\\nph 021 123 4567")
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{path}: meeting summary [summary] 1:1: named_person: Mrs P**** (NHI ABC****)",
        f"{path}: meeting summary [summary] 1:16: nhi: Mrs P**** (NHI ABC****)",
        f"{path}: meeting summary [summary] 2:4: phone: ph 021 *** ****",
    ]


def test_json_format(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _meeting_with(sample_group, "Call 021 123 4567")
    assert main(["check", "--format", "json", str(path)]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["findings"] == 1
    [finding] = document["files"][0]["findings"]
    assert finding == {
        "kind": "phone",
        "label": "phone number",
        "where": "meeting summary",
        "field": "summary",
        "line": 1,
        "column": 6,
        "excerpt": "Call 021 *** ****",
        "confidence": "high",
    }


def test_invalid_file_exits_2_naming_it(
    sample_group: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('date = "2026-05-20"\nsummary = [\n', "utf-8")
    missing = tmp_path / "missing.toml"
    clean = sample_group / "meetings" / "2026-05-20.toml"
    assert main(["check", str(clean), str(broken), str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"{broken}" in err and "not valid TOML" in err
    assert f"{missing}: file not found" in err


def test_a_group_file_is_not_a_meeting(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(sample_group / "group.toml")]) == 2
    assert "group.toml" in capsys.readouterr().err
