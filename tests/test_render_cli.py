"""``psg render``: outputs, exit codes, the privacy gate, atomic private writes."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pypdf
import pytest

from psg_tui.cli import main
from psg_tui.core.models import Meeting
from psg_tui.core.store import dump_toml, parse_model
from psg_tui.resources import sample_data_dir

MEETING = "2026-02-18"


def meeting_file(group: Path, stem: str = MEETING) -> Path:
    return group / "meetings" / f"{stem}.toml"


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_pdf_beside_the_meeting_and_member_copy(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = meeting_file(sample_group)
    assert main(["render", str(source)]) == 0
    group_pdf = source.with_suffix(".pdf")
    assert f"wrote {group_pdf}" in capsys.readouterr().out
    assert group_pdf.read_bytes().startswith(b"%PDF-") and private(group_pdf)
    assert "Anahera Kōwhai 70231" in pdf_text(group_pdf)

    assert main(["render", str(source), "--member", "81455", "--variant", "a3b"]) == 0
    member_pdf = source.with_name(f"{MEETING}-81455.pdf")
    text = pdf_text(member_pdf)
    assert "Personal reflection on learning: Daniel Okafor (81455)" in text
    assert "Bringing the near miss was uncomfortable" not in text  # someone else's
    reader = pypdf.PdfReader(io.BytesIO(member_pdf.read_bytes()))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp
    assert "/OutputIntents" in reader.trailer["/Root"]  # PDF/A carries its colour profile
    # Rendering never changed a meeting file that had no findings.
    assert source.read_bytes() == (sample_data_dir() / "meetings" / source.name).read_bytes()


def test_markdown_format_to_a_chosen_file(sample_group: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    assert main(["render", str(meeting_file(sample_group)), "--format", "md", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Peer support group meeting notes: Wednesday 18 February 2026")
    assert "| Anahera Kōwhai | 70231 | Pharmacist |" in text
    assert "Happy to take notes today." not in text  # a check-in note
    assert private(out)


def test_markdown_to_standard_output(
    sample_group: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["render", str(meeting_file(sample_group)), "--format", "md", "-o", "-"]) == 0
    assert "Waitaha Primary Care Pharmacists PSG" in capsysbinary.readouterr().out.decode()
    assert not list((sample_group / "meetings").glob("*.md"))


def test_unknown_member_exits_2(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = meeting_file(sample_group)
    assert main(["render", str(source), "--member", "99999"]) == 2
    err = capsys.readouterr().err
    assert str(source) in err and "99999 is not an attendee" in err
    assert main(["render", str(source), "--member", "431207"]) == 2
    assert "Lucy Chen (431207) sent apologies" in capsys.readouterr().err
    assert not list((sample_group / "meetings").glob("*.pdf"))


def test_invalid_meeting_file_exits_2_naming_file_and_line(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = meeting_file(sample_group)
    lines = source.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("modality ="))
    lines[number] = 'modality = "carrier pigeon"'
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = source.read_bytes()
    assert main(["render", str(source)]) == 2
    err = capsys.readouterr().err
    assert f"{source}:{number + 1}: modality" in err
    assert source.read_bytes() == before
    assert not source.with_suffix(".pdf").exists()
    missing = sample_group / "meetings" / "2030-01-01.toml"
    assert main(["render", str(missing)]) == 2
    assert f"{missing}: file not found" in capsys.readouterr().err


def test_output_that_cannot_be_written_exits_2_and_leaves_nothing(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = meeting_file(sample_group)
    out = sample_group / "no-such-folder" / "notes.md"
    assert main(["render", str(source), "--format", "md", "-o", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert main(["render", str(source), "-o", str(source)]) == 2
    assert "the meeting file itself" in capsys.readouterr().err


def _add_phone_number(source: Path) -> None:
    meeting = parse_model(Meeting, source)
    meeting.slots[1].summary += "\n\nThe prescriber was reached on 021 555 0123 after hours."
    # A phone number in a check-in note is in no output, so it must not block rendering.
    meeting.check_in[0].notes += " Call me on 027 555 0199."
    source.write_bytes(dump_toml(meeting))


def test_privacy_findings_stop_the_render(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = meeting_file(sample_group)
    _add_phone_number(source)
    before = source.read_bytes()
    assert main(["render", str(source)]) == 1
    err = capsys.readouterr().err
    assert "1 phone number" in err and "nothing was written" in err
    assert "slot 2" in err and "021 *** ****" in err  # masked, never the number itself
    assert "0123" not in err
    assert "--allow-findings" in err
    line = next(i for i, text in enumerate(before.decode().splitlines(), 1) if "021 555" in text)
    assert f"{source}:{line}:" in err
    assert not source.with_suffix(".pdf").exists()
    assert source.read_bytes() == before


def test_allow_findings_records_the_acknowledgement_then_renders(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = meeting_file(sample_group)
    _add_phone_number(source)
    assert main(["render", str(source), "--allow-findings"]) == 0
    assert "acknowledged" in capsys.readouterr().err
    meeting = parse_model(Meeting, source)
    ack = meeting.privacy_acknowledgement
    assert ack is not None and ack.findings == 1 and ack.kinds == ["phone"]
    assert ack.by == meeting.roles.note_taker
    assert private(source)
    text = pdf_text(source.with_suffix(".pdf"))
    assert "Privacy check: 1 possible identifier (phone number) flagged" in text
    assert "Sarah McAllister (55918)" in text.split("Privacy check:")[1]
