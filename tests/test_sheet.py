"""``psg sheet``: the printable attendance sheet (who is expected, the PDF, the command)."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pypdf
import pytest

from psg_tui.cli import main
from psg_tui.core.gate import Output, check_output
from psg_tui.core.models import Apology, Group, Meeting, Member, Modality, RoundEntry
from psg_tui.core.store import GroupStore, sheet_output_path
from psg_tui.report.sheet import VISITOR_ROWS, expected_members, sheet_html

PEOPLE = [
    Member(name="Aroha Ngāta", registration_number="10001"),
    Member(name="Ben Ironside", registration_number="10002"),
    Member(name="Chloe <Lee>", registration_number="10003"),
    Member(name="Dev Sharma", registration_number="10004"),
]
GROUP = Group(name="Sheet PSG", members=PEOPLE)


def planned(**fields: object) -> Meeting:
    values: dict[str, object] = {
        "group_name": "Sheet PSG",
        "date": dt.date(2026, 12, 9),
        "start_time": dt.time(18, 30),
        "end_time": dt.time(20, 0),
        "venue": "Meeting room 2, Health Centre",
        "attendees": PEOPLE[:3],
        "apologies": [Apology(name="Chloe <Lee>", registration_number="10003")],
    }
    values.update(fields)
    return Meeting.model_validate(values)


def test_expected_members_are_attendees_less_apologies_else_the_group() -> None:
    assert [m.registration_number for m in expected_members(planned())] == ["10001", "10002"]
    empty = planned(attendees=[], apologies=[Apology(name="Dev Sharma")])
    assert [m.name for m in expected_members(empty, PEOPLE)] == [
        "Aroha Ngāta",
        "Ben Ironside",
        "Chloe <Lee>",
    ]


def test_sheet_html_is_escaped_with_rows_to_sign_and_visitors() -> None:
    html = sheet_html(planned(), PEOPLE)
    assert "Chloe &lt;Lee&gt;" in html and "<Lee>" not in html
    assert html.count("<tr><td class='n'>") == 2 + VISITOR_ROWS
    assert "Apologies received" in html
    assert "Wednesday 9 December 2026" in html and "6:30 pm to 8:00 pm" in html


def test_the_gate_checks_the_venue_only() -> None:
    meeting = planned(
        venue="Call 021 555 0123 to get in",
        check_in=[RoundEntry(registration_number="10001", notes="Mrs Henderson rang.")],
    )
    findings = check_output(meeting, Output("sheet")).findings
    assert [f.kind for f in findings] == ["phone"]


@pytest.fixture
def meeting_path(tmp_path: Path) -> Path:
    store = GroupStore(tmp_path / "g")
    store.save_group(GROUP)
    return store.save_meeting(planned())


def test_cli_writes_the_sheet_beside_the_meeting(
    meeting_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sheet", str(meeting_path)]) == 0
    out = sheet_output_path(meeting_path)
    assert out.name == "2026-12-09-sheet.pdf"
    assert "2 members to sign" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Sheet PSG",
        "Attendance sheet",
        "Wednesday 9 December 2026",
        "Meeting room 2, Health Centre",
        "Aroha Ngāta 10001",
        "Ben Ironside 10002",
        "Signature",
        "Visitors and guests",
        "Apologies received",
        "Chloe <Lee> (10003)",
    ):
        assert expected in text


def test_cli_output_and_refusals(
    meeting_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sheet", str(meeting_path), "-o", str(tmp_path / "s.pdf")]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    before = meeting_path.read_bytes()
    assert main(["sheet", str(meeting_path), "-o", str(meeting_path)]) == 2
    assert meeting_path.read_bytes() == before
    group_file = meeting_path.parent.parent / "group.toml"
    assert main(["sheet", str(meeting_path), "-o", str(group_file)]) == 2
    assert "group file" in capsys.readouterr().err
    assert main(["sheet", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml" in capsys.readouterr().err


def test_cli_findings_in_the_venue_stop_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(GROUP)
    path = store.save_meeting(planned(venue="Ring 021 555 0123 at the door"))
    assert main(["sheet", str(path)]) == 1
    assert "phone number" in capsys.readouterr().err
    assert not sheet_output_path(path).exists()
    assert main(["sheet", str(path), "--allow-findings"]) == 0


def test_cli_videoconference_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(GROUP)
    path = store.save_meeting(planned(modality=Modality.VIDEOCONFERENCE, platform="Zoom"))
    assert main(["sheet", str(path)]) == 0
    assert "is a videoconference" in capsys.readouterr().err
