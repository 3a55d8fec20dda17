"""Issue 11: what the PDF, the Markdown and the .ics say must be true, whatever is typed.

Long tokens stay on the page (checked by the position of every word, from pdftotext),
drafts say DRAFT on every page, no character prints as an empty box (.notdef), no control or
bidi character reaches a printed file, presenters can be left out, acknowledgements belong
to one output, and ``psg ics`` passes the same privacy gate.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import subprocess
from pathlib import Path

import pypdf
import pytest

from psg_tui.cli import main
from psg_tui.core.models import (
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    Reflection,
    Roles,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.store import GroupStore, parse_model
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.report.pdf import render_meeting_pdf

NZ = dt.timezone(dt.timedelta(hours=13))
A4_WIDTH = 595.28
RIGHT_MARGIN = 18 / 25.4 * 72  # report.css: 18 mm


def pages_text(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def word_boxes(data: bytes, tmp_path: Path) -> list[tuple[int, float, str]]:
    """(page, xMax, word) of every word, from poppler's pdftotext."""
    pdf = tmp_path / "boxes.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    boxes = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMax="([\d.]+)".*>(.*)</word>', line)
        if match:
            boxes.append((page, float(match.group(1)), match.group(2)))
    return boxes


def people(count: int) -> list[Member]:
    return [Member(name=f"Member {i}", registration_number=f"{70000 + i}") for i in range(count)]


def long_meeting(status: MeetingStatus = MeetingStatus.COMPLETE) -> Meeting:
    wide_table = (
        "| " + " | ".join(f"column{i}" + "w" * 40 for i in range(9)) + " |\n"
        "|" + "---|" * 9 + "\n| " + " | ".join("v" * 50 for _ in range(9)) + " |"
    )
    return Meeting(
        group_name="Hutt Valley PSG",
        date=dt.date(2026, 9, 9),
        status=status,
        modality=Modality.VIDEOCONFERENCE,
        platform="Microsoft Teams https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        + "ZmFrZQ" * 30,
        attendees=[
            Member(
                name="Wiremu" + "x" * 90,
                registration_number="7" * 32,
                profession="Clinical" + "pharmacist" * 15,
            ),
            *people(4),
        ],
        roles=Roles(note_taker="70001"),
        slots=[
            Slot(
                presenter="70001",
                title="T" * 160,
                summary=wide_table + "\n\nSee https://example.org/" + "p" * 200,
                state=SlotState.DONE,
            )
        ],
        summary="Brief.",
    )


# -- item 3: nothing past the page's edge; no join link ------------------------------------


def test_long_tokens_stay_inside_the_page_and_no_join_link_prints(tmp_path: Path) -> None:
    data = render_meeting_pdf(long_meeting())
    boxes = word_boxes(data, tmp_path)
    assert boxes
    past = [(page, x, word[:20]) for page, x, word in boxes if x > A4_WIDTH - RIGHT_MARGIN + 1]
    assert not past, past
    text = pages_text(data)
    # The registration-number column is on page 1, header and (wrapped) number both.
    assert "Registration number" in text[0] and "7777777777" in text[0]
    whole = " ".join(text)
    assert "teams.microsoft.com" not in whole and "meetup-join" not in whole
    assert "Videoconference: Microsoft Teams (link left out)" in whole
    assert "link left out" in render_meeting_markdown(long_meeting())
    assert "teams.microsoft.com" not in render_meeting_markdown(long_meeting())


# -- item 5: drafts --------------------------------------------------------------------------


@pytest.mark.parametrize("status", [MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS])
def test_a_draft_says_so_on_every_page_and_claims_nothing(status: MeetingStatus) -> None:
    meeting = long_meeting(status)
    meeting.summary = "Long. " * 900  # several pages
    text = pages_text(render_meeting_pdf(meeting))
    assert len(text) >= 3
    for page in text:
        assert page.count("DRAFT: not final") >= 2  # top and foot
    whole = " ".join(text)
    assert "meets the PSG criteria" not in whole
    assert "Expected (not an attendance record)" in whole and "Not yet known" in whole
    done = " ".join(pages_text(render_meeting_pdf(long_meeting())))
    assert "DRAFT" not in done and "This meeting meets the PSG criteria" in done


def test_psg_render_refuses_an_unfinished_meeting_unless_draft(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planned = sample_group / "meetings" / "2026-12-09.toml"
    assert main(["render", str(planned)]) == 1
    err = capsys.readouterr().err
    assert "planned" in err and "--draft" in err and "nothing was written" in err
    assert not planned.with_suffix(".pdf").exists()
    assert main(["render", str(planned), "--draft"]) == 0
    text = pages_text(planned.with_suffix(".pdf").read_bytes())
    assert all("DRAFT: not final" in page for page in text)


def test_the_final_pdf_replaces_the_draft(sample_group: Path) -> None:
    from psg_tui.report import export

    store = GroupStore(sample_group)
    path = sample_group / "meetings" / "2026-12-09.toml"
    meeting = store.load_meeting(path)
    draft = export.prepare(meeting, path, "pdf")
    assert draft.draft
    written, _ = export.render_and_write(draft)
    assert "DRAFT" in " ".join(pages_text(written.read_bytes()))
    with pytest.raises(export.NotCompleteError):
        export.prepare_final(meeting, path)
    meeting.status = MeetingStatus.COMPLETE
    final = export.prepare_final(meeting, path)
    assert not final.draft and final.target == written
    assert final.gate().clear
    export.render_and_write(final)
    assert "DRAFT" not in " ".join(pages_text(written.read_bytes()))


# -- items 8 and 10: every character printable, none as an empty box ------------------------


def test_names_in_any_script_print_without_notdef_or_controls(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    names = [
        "王小明",
        "김민준",
        "สมชาย ประเสริฐ",
        "प्रिया शर्मा",
        "Aroha 1\ufe0f\u20e3 #\u20e3",
        "Ali\u202eecilA\u202c",  # a right-to-left override: would print reversed
        "Bad\x1b]0;pwned\x07Name\u2066x\u2069",
        "Unknown \ue000\U0010fffd",  # no font has these: written as their code
    ]
    meeting = Meeting(
        date=dt.date(2026, 9, 9),
        status=MeetingStatus.COMPLETE,
        venue="Hall",
        attendees=[Member(name=n, registration_number=f"{80000 + i}") for i, n in enumerate(names)],
        summary="日本語のメモ and ไทย and हिन्दी \u200fmark\u200e \u061c.",
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        data = render_meeting_pdf(meeting)
    # weasyprint warns for every glyph it draws as .notdef: the retry wrote none.
    retried = [r for r in caplog.records if ".notdef" in r.getMessage()]
    whole = " ".join(pages_text(data))
    # (Devanagari is checked by its first word: text extraction reorders the vowel signs of
    # a conjunct like र्मा, a weasyprint ToUnicode limit; the glyphs printed are right.)
    for expected in ("王小明", "김민준", "สมชาย", "ประเสริฐ", "प्रिया", "日本語のメモ", "AliecilA"):
        assert expected in whole, expected
    assert ":keycap 1:" in whole and ":keycap #:" in whole
    assert "[U+E000]" in whole and "[U+10FFFD]" in whole
    for bad in ("\u202e", "\u202c", "\x1b", "\x07", "\u2066", "\u2069", "\u200f", "\u061c"):
        assert bad not in whole
    # Control characters come out visible (the model shows them as control pictures) or
    # not at all: never as themselves.
    assert re.search(r"Bad\W?\]0;pwned\W?Namex", whole), whole
    assert len(retried) == 2  # the first pass, then none: the output has no .notdef
    pdf = tmp_path / "names.pdf"
    pdf.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    # The fonts the system packages bring (fonts-noto-core, fonts-noto-cjk), all embedded.
    for family in ("DejaVu-Sans", "Noto-Sans-CJK", "Noto-Sans-Thai", "Noto-Sans-Devanagari"):
        assert family in fonts, fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])
    assert_no_notdef(data)


def assert_no_notdef(data: bytes) -> None:
    """No glyph shown is one the embedded font does not have (weasyprint's .notdef)."""
    import pikepdf
    from fontTools.ttLib import TTFont

    pdf = pikepdf.open(io.BytesIO(data))
    counts: dict[str, int] = {}
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        font_name = None
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "Tf":
                font_name = str(operands[0])
            elif str(op) in ("Tj", "TJ"):
                font = fonts[font_name]
                descendant = font.DescendantFonts[0]
                key = str(font.BaseFont)
                if key not in counts:
                    descriptor = descendant.FontDescriptor
                    stream = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
                    raw = stream.read_bytes()
                    if "/FontFile2" in descriptor:
                        counts[key] = len(TTFont(io.BytesIO(raw)).getGlyphOrder())
                    else:
                        counts[key] = 1 << 16  # CFF: weasyprint keeps CIDs in range
                items = operands[0] if str(op) == "TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, pikepdf.String):
                        raw = bytes(item)
                        for i in range(0, len(raw), 2):
                            gid = int.from_bytes(raw[i : i + 2], "big")
                            assert 0 < gid < counts[key], (key, gid)


# -- item 4: an acknowledgement belongs to its output, through the command -----------------


def test_a_members_acknowledgement_stays_in_their_copy(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sample_group / "meetings" / "2026-02-18.toml"
    store = GroupStore(sample_group)
    meeting = store.load_meeting(path)
    member = "81455"
    meeting.reflections = [r for r in meeting.reflections if r.registration_number != member] + [
        Reflection(registration_number=member, text="Rang Mrs Patel on 021 555 0199 after.")
    ]
    store.save_meeting(meeting, path)
    assert main(["render", str(path), "--member", member]) == 1
    assert main(["render", str(path), "--member", member, "--allow-findings"]) == 0
    saved = parse_model(Meeting, path)
    assert saved.privacy_acknowledgement is None
    (ack,) = saved.output_acknowledgements
    assert (ack.output, ack.member, ack.by) == ("member", member, member)
    own = " ".join(pages_text(path.with_name(f"2026-02-18-{member}.pdf").read_bytes()))
    assert "Privacy check: 2 possible identifiers" in own
    assert "Daniel Okafor (81455)" in own.split("Privacy check:")[1][:200]
    # The group's notes carry no finding, so no acknowledgement, and need none.
    assert main(["render", str(path)]) == 0
    group = " ".join(pages_text(path.with_suffix(".pdf").read_bytes()))
    assert "Privacy check" not in group
    # Fixed: the member's copy no longer states it (the record stays in the file).
    saved = store.load_meeting(path)  # the command wrote it since
    saved.reflections[-1] = Reflection(registration_number=member, text="Rang the prescriber.")
    store.save_meeting(saved, path)
    assert main(["render", str(path), "--member", member]) == 0
    own = " ".join(pages_text(path.with_name(f"2026-02-18-{member}.pdf").read_bytes()))
    assert "Privacy check" not in own
    capsys.readouterr()


# -- item 11: presenters left out of the shared record ----------------------------------------


def test_presenters_left_out_of_the_group_pdf_but_in_their_own_copy() -> None:
    meeting = Meeting(
        date=dt.date(2026, 9, 9),
        status=MeetingStatus.COMPLETE,
        venue="Hall",
        attendees=[
            Member(name="Hēmi Walker", registration_number="80001"),
            *people(4),
        ],
        presenters_in_record=False,
        slots=[
            Slot(
                presenter="80001",
                title="A hard week",
                topic_type=TopicType.DIFFICULT_SITUATION,
                summary="Talked it through.",
                state=SlotState.DONE,
            )
        ],
    )
    group = " ".join(pages_text(render_meeting_pdf(meeting)))
    topic = group.split("A hard week")[1].split("Next meeting")[0]
    assert "Presenter" not in topic and "Hēmi" not in topic
    assert "Difficult situation or critical incident" in topic
    own = " ".join(pages_text(render_meeting_pdf(meeting, member="80001")))
    assert "Presenter: Hēmi Walker (80001)" in own
    assert "Presenter" not in render_meeting_markdown(meeting).split("A hard week")[1]
