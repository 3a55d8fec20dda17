"""The PDF itself: text a verifier reads (via pypdf), metadata, safety, determinism.

Each render takes 0.3 to 1 s, so renders are shared through module-scoped fixtures and the
tests are few.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from psg_tui.core.models import (
    Apology,
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    NextMeeting,
    Reflection,
    Roles,
    RoundEntry,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.store import parse_model
from psg_tui.core.words import CONFIDENTIALITY_STATEMENT, format_date
from psg_tui.report.pdf import (
    asset_fetcher,
    asset_fetcher_class,
    html_to_pdf,
    render_meeting_pdf,
    report_stylesheet_path,
)
from psg_tui.resources import sample_data_dir

NZ = dt.timezone(dt.timedelta(hours=13))


def flat(text: str) -> str:
    """Text with every run of white space (line wraps included) folded to one space."""
    return " ".join(text.split())


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return flat(" ".join(pdf_pages(data)))


def assert_footer_on_every_page(data: bytes) -> None:
    pages = pdf_pages(data)
    for number, text in enumerate(pages, start=1):
        assert "Confidential to the group" in text
        assert f"Page {number} of {len(pages)}" in text


# -- the sample meetings -------------------------------------------------------------------


def _sample_meetings() -> list[tuple[str, Meeting]]:
    paths = sorted((sample_data_dir() / "meetings").glob("*.toml"))
    return [(path.stem, parse_model(Meeting, path)) for path in paths]


SAMPLES = _sample_meetings()


@pytest.fixture(scope="module")
def sample_pdfs() -> dict[str, bytes]:
    """Every sample meeting's group PDF, rendered once for this module."""
    return {stem: render_meeting_pdf(meeting) for stem, meeting in SAMPLES}


@pytest.mark.parametrize(("stem", "meeting"), SAMPLES, ids=[stem for stem, _ in SAMPLES])
def test_minimum_data_set_in_each_sample_pdf(
    sample_pdfs: dict[str, bytes], stem: str, meeting: Meeting
) -> None:
    data = sample_pdfs[stem]
    text = pdf_text(data)
    assert meeting.group_name in text
    assert format_date(meeting.date) in text
    if meeting.modality is Modality.VIDEOCONFERENCE:
        assert f"Videoconference: {meeting.platform}" in text
    else:
        assert flat(f"In person: {meeting.venue}") in text
    for person in meeting.attendees:
        # A name and its number sit on one table row.
        assert f"{person.name} {person.registration_number}" in text
    for apology in meeting.apologies:
        assert f"{apology.name} ({apology.registration_number})" in text
    for role in (meeting.roles.facilitator, meeting.roles.timekeeper, meeting.roles.note_taker):
        assert f"{meeting.name_of(role)} ({role})" in text
    if meeting.summary:
        assert flat(meeting.summary) in text
    for slot in meeting.slots:
        assert slot.title in text and slot.topic_type.label in text
        for part in (slot.takeaways, *slot.references):
            assert flat(part) in text
        if slot.summary:
            # The first paragraph, as typed (later ones may be Markdown lists).
            assert flat(slot.summary.split("\n\n")[0]) in text
    assert flat(CONFIDENTIALITY_STATEMENT) in text
    if meeting.confidentiality_note:
        assert flat(meeting.confidentiality_note) in text
    if meeting.status is MeetingStatus.COMPLETE:
        assert f"This meeting meets the PSG criteria: {len(meeting.attendees)} attendees" in text
    else:  # a draft: DRAFT on every page, no claim, people expected (issue 11, item 5)
        assert "meets the PSG criteria" not in text and "Not yet known" in text
        assert "Expected (not an attendance record)" in text
        for page in pypdf.PdfReader(io.BytesIO(data)).pages:
            assert page.extract_text().count("DRAFT: not final") == 2
    if meeting.next_meeting:
        assert f"Next meeting Date {format_date(meeting.next_meeting.date)}" in text
    for entry in meeting.check_in + meeting.check_out:
        assert not entry.notes or flat(entry.notes) not in text
    for reflection in meeting.reflections:
        assert not reflection.text or flat(reflection.text) not in text
    assert "Kōwhai" in text and "Tāne" in text  # macrons survive as real letters
    assert_footer_on_every_page(data)


def test_metadata_and_language(sample_pdfs: dict[str, bytes]) -> None:
    reader = pypdf.PdfReader(io.BytesIO(sample_pdfs["2026-02-18"]))
    info = reader.metadata
    assert info is not None
    assert info.title == (
        "Waitaha Primary Care Pharmacists PSG: meeting notes, Wednesday 18 February 2026"
    )
    assert info.author == "Sarah McAllister"  # the note taker
    assert "minimum data set" in (info.subject or "")
    keywords = info["/Keywords"]
    assert "peer support group" in keywords and "2026-02-18" in keywords
    # The meeting's own end time, never the clock: this is what makes the bytes repeatable.
    assert info["/CreationDate"] == "D:20260218200200+13'00"
    assert info["/ModDate"] == info["/CreationDate"]
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en-NZ"
    assert catalog["/MarkInfo"]["/Marked"]  # tagged
    xmp = catalog["/Metadata"].get_object().get_data()
    assert b'pdfuaid:part="1"' in xmp  # the default variant is PDF/UA-1
    assert reader.xmp_metadata is not None
    assert reader.xmp_metadata.dc_creator == ["Sarah McAllister"]


def test_member_pdf_has_only_their_reflection_and_same_bytes_twice(
    sample_pdfs: dict[str, bytes],
) -> None:
    stem, meeting = SAMPLES[0]
    assert stem == "2026-02-18"
    own = meeting.reflection_of("81455")
    other = meeting.reflection_of("88106")
    assert own and other
    data = render_meeting_pdf(meeting, member="81455")
    text = pdf_text(data)
    assert "Personal reflection on learning: Daniel Okafor (81455)" in text
    assert flat(own.text) in text
    assert flat(other.text) not in text
    assert "My takeaways" in text and flat(meeting.slots[0].takeaways) in text
    for entry in meeting.check_in + meeting.check_out:
        assert flat(entry.notes) not in text
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and "Daniel Okafor's copy" in (reader.metadata.title or "")
    assert_footer_on_every_page(data)
    # Deterministic: the same meeting gives the same bytes.
    assert render_meeting_pdf(meeting, member="81455") == data


def test_unknown_variant_fails_before_rendering() -> None:
    # The archival variant itself is checked through the CLI (test_render_cli.py).
    with pytest.raises(ValueError, match="unknown PDF variant"):
        render_meeting_pdf(SAMPLES[0][1], variant="pdf/x-4")


# -- hostile and awkward content -----------------------------------------------------------


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local port that would notice any connection the renderer made."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def assert_no_connection(server: socket.socket) -> None:
    with pytest.raises(BlockingIOError):
        connection, _ = server.accept()
        connection.close()


LONG_PARAGRAPH = (
    "The group talked through how the change was explained, what was documented and how the "
    "prescriber was contacted; members compared how their own pharmacies handle the same "
    "situation and what they would try differently next time. "
) * 4


def awkward_meeting(port: int) -> Meeting:
    """30 attendees, long summaries, quotes, a Markdown table, hostile text, macrons, emoji."""
    attendees = [
        Member(name=f"Whānau Member {i:02d}", registration_number=f"{60000 + i}") for i in range(28)
    ]
    attendees.insert(0, Member(name="Mere Pōmare-Tūhoe", registration_number="81234"))
    attendees.insert(1, Member(name='Seán "Jack" O\'Brien', registration_number="7"))
    hostile = (
        "<style>body { display: none }</style> "
        '<img src="file:///etc/passwd"> '
        "![x](http://127.0.0.1:9/x.png) "
        f"![local](http://127.0.0.1:{port}/y.png) "
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/evil.css">'
    )
    table = (
        "| Option | When |\n|---|---|\n"
        "| Shelf separation | Always |\n| Tall-man lettering | Where supported |"
    )
    slots = [
        Slot(
            presenter=attendees[i].registration_number,
            topic_type=TopicType.DIFFICULT_SITUATION,
            title=f"Topic {i + 1}: \u201cquoted\u201d & 'single' <b>not bold</b> 🙂",
            state=SlotState.DONE,
            summary="\n\n".join([hostile, table, *[LONG_PARAGRAPH] * 2]),
            takeaways=f"Takeaway {i + 1}: kōrero with whānau first 🌿.",
            references=[f"Reference {i + 1} <script>alert(1)</script>"],
        )
        for i in range(4)
    ]
    slots.append(Slot(presenter="81234", title="Skipped for time", state=SlotState.SKIPPED))
    return Meeting(
        group_name="Ōtautahi Pharmacists <PSG> & Friends",
        date=dt.date(2026, 9, 16),
        status=MeetingStatus.COMPLETE,
        modality=Modality.VIDEOCONFERENCE,
        platform="Zoom",
        video_link=f"http://127.0.0.1:{port}/join",
        attendees=attendees,
        apologies=[Apology(name="Ngaio Te Rangi")],
        roles=Roles(facilitator="81234", timekeeper="7", note_taker="60000"),
        check_in=[RoundEntry(registration_number="81234", notes="CHECK-IN PRIVATE")],
        slots=slots,
        summary=hostile + "\n\nFour topics, all de-identified. " + LONG_PARAGRAPH,
        confidentiality_note="Nothing identifying was recorded.",
        next_meeting=NextMeeting(date=dt.date(2026, 12, 9), modality=Modality.VIDEOCONFERENCE),
        reflections=[Reflection(registration_number="7", text="REFLECTION PRIVATE")],
        ended_at=dt.datetime(2026, 9, 16, 20, 30, tzinfo=NZ),
    )


def test_awkward_meeting(listener: socket.socket) -> None:
    meeting = awkward_meeting(listener.getsockname()[1])
    fetcher = asset_fetcher()
    data = render_meeting_pdf(meeting, fetcher=fetcher)
    # Escaped text asks for nothing at all, so the fetcher was not even consulted.
    assert fetcher.requested == []
    assert_no_connection(listener)
    pages = pdf_pages(data)
    text = flat(" ".join(pages))
    assert len(pages) >= 4  # long summaries flow over pages
    assert_footer_on_every_page(data)
    for person in meeting.attendees:
        assert f"{person.name} {person.registration_number}" in text
    assert "This meeting meets the PSG criteria: 30 attendees" in text
    assert "Ōtautahi Pharmacists <PSG> & Friends" in text
    # Hostile text is shown as typed, never obeyed.
    assert '<img src="file:///etc/passwd">' in text
    assert "<style>body { display: none }</style>" in text
    assert "[image: x]" in text and "[image: local]" in text
    assert "root:" not in text
    assert "Topic 1: \u201cquoted\u201d & 'single' <b>not bold</b>" in text
    assert "Reference 4 <script>alert(1)</script>" in text
    # The Markdown table is a table: its cells come out as text, the pipes do not.
    assert "Shelf separation Always" in text and "| Option |" not in text
    assert "kōrero with whānau first :herb:." in text and "Pōmare-Tūhoe" in text
    # No font here has emoji: they are written out by name rather than printed as boxes.
    assert "<b>not bold</b> :slightly smiling face:" in text
    assert "Skipped for time" in text and "Not presented at this meeting" in text
    assert "CHECK-IN PRIVATE" not in text and "REFLECTION PRIVATE" not in text
    assert "/join" not in text
    # A heading never ends a page: its text follows it.
    headings = {"Discussion summary", "Takeaways", "References and supporting information"}
    footer = re.compile(r"Confidential to the group|Page \d+ of \d+|Ōtautahi Pharmacists")
    for page in pages[:-1]:
        body = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in body if not footer.search(line)]
        assert body[-1] not in headings, body[-3:]


def test_empty_optional_fields() -> None:
    meeting = Meeting(
        date=dt.date(2026, 3, 4),
        attendees=[Member(name=f"P{i}", registration_number=str(i + 1)) for i in range(4)],
    )
    text = pdf_text(render_meeting_pdf(meeting))
    assert "Wednesday 4 March 2026" in text
    assert "In person: venue not recorded" in text
    assert "P0 1" in text and "P3 4" in text
    assert "No overall summary recorded." in text
    assert "Not set at this meeting." in text
    assert "Draft: this meeting is planned" in text


# -- the second wall: the fetcher itself ----------------------------------------------------


def test_fetcher_serves_only_the_package_assets(tmp_path: Path) -> None:
    from weasyprint.urls import URLFetcher

    fetcher = asset_fetcher()
    assert isinstance(fetcher, URLFetcher) and isinstance(fetcher, asset_fetcher_class())
    css = report_stylesheet_path()
    response = fetcher.fetch(css.as_uri())
    assert response.read() == css.read_bytes() and response.content_type == "text/css"
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    refused = [
        "http://127.0.0.1:9/x.png",
        "https://example.org/a.css",
        "ftp://example.org/a",
        "data:text/plain,hello",
        "file:///etc/passwd",
        outside.as_uri(),
        css.parent.as_uri() + "/../pyproject.toml",
        "file://example.org" + css.as_posix(),
        css.parent.as_uri() + "/missing.css",
    ]
    for url in refused:
        with pytest.raises(ValueError, match="psg-tui"):
            fetcher.fetch(url)
    assert fetcher.refused == refused


def test_raw_html_that_asks_for_resources_is_refused(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    html = (
        "<html><head>"
        f"<link rel='stylesheet' href='http://127.0.0.1:{port}/a.css'>"
        "<link rel='stylesheet' href='file:///etc/passwd'>"
        "<link rel='stylesheet' href='report.css'>"
        f"<style>@import url(http://127.0.0.1:{port}/b.css);</style>"
        "</head><body><p>Body text</p>"
        f"<img src='http://127.0.0.1:{port}/x.png' alt='remote'>"
        "<img src='file:///etc/passwd' alt='passwd'>"
        "<img src='../pyproject.toml' alt='outside'>"
        "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt='inline'>"
        "</body></html>"
    )
    fetcher = asset_fetcher()
    data = html_to_pdf(
        html,
        title="t",
        author="a",
        subject="s",
        keywords=["k"],
        created=dt.datetime(2026, 1, 1, tzinfo=NZ),
        fetcher=fetcher,
    )
    assert "Body text" in pdf_text(data)
    assert_no_connection(listener)
    served = [url for url in fetcher.requested if url not in fetcher.refused]
    assert served == [report_stylesheet_path().as_uri()]  # the package's own stylesheet only
    refused = " ".join(fetcher.refused)
    for asked in (f"{port}/a.css", f"{port}/b.css", f"{port}/x.png", "/etc/passwd", "pyproject"):
        assert asked in refused
    assert any(url.startswith("data:") for url in fetcher.refused)
