"""The annual attendance summary: safe HTML, a one-page PDF read back with pypdf, the command."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest

from psg_tui.cli import main
from psg_tui.core.attendance import attendance_report, load_attendance
from psg_tui.core.models import (
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.store import GroupStore
from psg_tui.report.summary import (
    UnknownSummaryMemberError,
    annual_summary_html,
    fit_table,
    meeting_topics,
    render_annual_summary_pdf,
    shorten,
)

D = dt.date
PEOPLE = [
    Member(name="Aroha Ngāta", registration_number="10001"),
    Member(name="Ben Ironside", registration_number="10002"),
    Member(name="Chloe Lee", registration_number="10003"),
    Member(name="Dev Sharma", registration_number="10004", profession="Pharmacist prescriber"),
]
LEFT = Member(name="Frank Oduya", registration_number="10006")
GROUP = Group(name="Summary & <Test> PSG", members=PEOPLE)

LONG_TITLES = (
    "Deprescribing in frail older people living in residential care: a structured review",
    "Journal club: a guideline update on managing chronic pain in primary care settings",
    "Cultural safety when supporting whānau through a complex medicines reconciliation",
)


def meeting(date: D, who: list[Member], titles: tuple[str, ...], **fields: object) -> Meeting:
    """A complete fictional meeting with one summarised slot per title."""
    slots = [
        Slot(
            presenter=who[i % len(who)].registration_number,
            title=title,
            state=SlotState.DONE,
            summary="Discussed without identifiers.",
        )
        for i, title in enumerate(titles)
    ]
    values: dict[str, object] = {
        "group_name": GROUP.name,
        "date": date,
        "venue": "Room 1 (fictional)",
        "status": MeetingStatus.COMPLETE,
        "attendees": who,
        "slots": slots,
    }
    values.update(fields)
    return Meeting(**values)


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_topics_in_one_line() -> None:
    m = meeting(D(2026, 5, 1), PEOPLE, ("First\ntitle", ""))
    m.slots.append(Slot(presenter="10001", title="Not presented", state=SlotState.SKIPPED))
    m.slots[1].topic_type = TopicType.GUEST_SPEAKER
    assert meeting_topics(m) == "First title; Guest speaker"
    bare = meeting(D(2026, 5, 1), PEOPLE, (), summary="Overall: a theme night.\nMore.")
    assert meeting_topics(bare) == "Overall: a theme night."


def test_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    assert shorten("short", 10) == "short"
    assert shorten("one two three four", 12) == "one two…"
    assert len(shorten("x" * 50, 20)) == 20


def test_fit_table_prefers_a_readable_font_and_shrinks_for_many_meetings() -> None:
    few = fit_table([(40, 1)] * 3)
    assert few.font_pt == 9.0 and few.max_chars >= 40
    year = fit_table([(250, 2)] * 12)
    fortnightly = fit_table([(250, 2)] * 26)
    assert fortnightly.font_pt <= year.font_pt < few.font_pt
    assert year.max_chars >= 100  # a monthly year still shows two or three titles
    assert fortnightly.max_chars < year.max_chars


def test_html_escapes_every_field_and_lists_only_attended_meetings() -> None:
    meetings = [
        meeting(D(2026, 5, 1), PEOPLE, ("<script>alert(1)</script> & co",)),
        meeting(D(2026, 6, 1), PEOPLE[1:], ("Not Aroha's meeting",)),
        meeting(D(2026, 7, 1), PEOPLE[:3], ("Only three",)),
    ]
    report = attendance_report(GROUP, meetings, 2026, today=D(2026, 8, 1))
    html = annual_summary_html(report, "10001")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "Summary &amp; &lt;Test&gt; PSG" in html
    assert "Not Aroha" not in html
    assert "No: fewer than 4" in html
    assert "attended one peer support group meeting that meets" in html
    assert "one more is needed" in html
    assert "http" not in html and "<link" not in html and "<img" not in html
    with pytest.raises(UnknownSummaryMemberError, match="10009"):
        annual_summary_html(report, "10009")


def test_a_full_year_fits_on_one_page_and_reads_back() -> None:
    meetings = [
        meeting(D(2026 + (m > 12), (m - 1) % 12 + 1, 10), PEOPLE, LONG_TITLES)
        for m in range(4, 16)  # April 2026 to March 2027, all three long topics each
    ]
    meetings[5].modality = Modality.VIDEOCONFERENCE
    meetings[5].platform = "Zoom"
    meetings[5].venue = ""
    report = attendance_report(GROUP, meetings, 2026, today=D(2027, 4, 1))
    data = render_annual_summary_pdf(report, "10004")
    pages, text = pdf_text(data)
    assert pages == 1
    assert "Dev Sharma" in text and "10004" in text and "Pharmacist prescriber" in text
    assert "10 Apr 2026" in text and "10 Mar 2027" in text
    assert "Videoconference (Zoom)" in text
    assert "attended 12 peer support group meetings" in text
    assert "This meets the requirement of at least two" in text
    assert "Deprescribing in frail older people" in text
    assert "shortened" in text  # three long titles do not fit whole
    # The same records give the same bytes (no clock in the PDF).
    assert render_annual_summary_pdf(report, "10004") == data


def test_a_fortnightly_group_still_gets_one_page() -> None:
    start = D(2026, 4, 1)
    meetings = [
        meeting(start + dt.timedelta(days=14 * i), PEOPLE, ("Case review", "Journal club"))
        for i in range(26)
    ]
    for m in meetings[::2]:
        m.modality, m.platform, m.venue = Modality.VIDEOCONFERENCE, "Microsoft Teams", ""
    report = attendance_report(GROUP, meetings, 2026, today=D(2027, 4, 1))
    pages, text = pdf_text(render_annual_summary_pdf(report, "10002"))
    assert pages == 1
    assert "attended 26 peer support group meetings" in text
    assert "17 Mar 2027" in text  # the last row made it onto the page


def test_member_who_left_and_skipped_files_are_stated(tmp_path: Path) -> None:
    store = GroupStore(tmp_path / "g")
    store.save_group(GROUP)
    store.save_meeting(meeting(D(2026, 5, 1), [*PEOPLE[:3], LEFT], ("A topic",)))
    (store.meetings_dir / "2026-06-01.toml").write_text("date = = 1\n", "utf-8")
    report = load_attendance(store.root, 2026, D(2026, 9, 1))
    html = annual_summary_html(report, "10006")
    assert "Frank Oduya" in html and "no longer a member of Summary" in html
    assert "1 meeting file in the group&#x27;s records could not be read" in html
    assert "2026-06-01.toml" in html


# -- the command ---------------------------------------------------------------------------


@pytest.fixture
def group_dir(tmp_path: Path) -> Path:
    store = GroupStore(tmp_path / "g")
    store.save_group(GROUP)
    store.save_meeting(meeting(D(2026, 5, 1), PEOPLE, ("Stewardship",)))
    store.save_meeting(meeting(D(2026, 8, 1), PEOPLE, ("Shortages",)))
    store.save_meeting(meeting(D(2027, 5, 1), PEOPLE, ("Next year",)))
    return store.root


def test_cli_writes_the_pdf_in_the_group_folder(
    group_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "--group", str(group_dir), "--member", "10002", "--year", "2026"]) == 0
    out = group_dir / "attendance-2026-10002.pdf"
    assert str(out) in capsys.readouterr().out
    assert out.stat().st_mode & 0o777 == 0o600
    pages, text = pdf_text(out.read_bytes())
    assert pages == 1
    assert "Ben Ironside" in text and "10002" in text
    assert "1 May 2026" in text and "Stewardship" in text and "Shortages" in text
    assert "Next year" not in text  # another recertification year


def test_cli_unknown_member_exit_2(group_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["summary", "--group", str(group_dir), "--member", "555", "--year", "2026"])
    assert code == 2
    err = capsys.readouterr().err
    assert "555" in err and "not a member" in err
    assert not list(group_dir.glob("*.pdf"))


def test_cli_privacy_check_on_topic_titles(
    group_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = GroupStore(group_dir)
    store.save_meeting(meeting(D(2026, 9, 1), PEOPLE, ("Mrs Smith's interactions",)))
    args = ["summary", "--group", str(group_dir), "--member", "10001", "--year", "2026"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "2026-09-01.toml" in err and "Smith" not in err  # the excerpt is masked
    assert not list(group_dir.glob("*.pdf"))
    assert main([*args, "--allow-findings", "-o", str(group_dir / "s.pdf")]) == 0
    assert (group_dir / "s.pdf").read_bytes().startswith(b"%PDF")
