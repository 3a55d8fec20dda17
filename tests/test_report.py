"""The meeting as safe HTML and Markdown (fast: no PDF rendering here)."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from psg_tui.core.models import (
    Apology,
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    NextMeeting,
    PrivacyAcknowledgement,
    Reflection,
    Roles,
    RoundEntry,
    Slot,
    SlotState,
)
from psg_tui.core.store import GroupStore
from psg_tui.core.words import CONFIDENTIALITY_STATEMENT, format_date
from psg_tui.report.html import UnknownMemberError, meeting_html
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.report.markup import (
    describe_emoji,
    escape_markdown,
    markdown_to_html,
    neutralise_markdown,
)

NZ = dt.timezone(dt.timedelta(hours=13))

HOSTILE = (
    "<style>body{display:none}</style> "
    '<img src="file:///etc/passwd"> '
    "![x](http://127.0.0.1:9/x.png) "
    '<script>alert("x")</script> '
    "<link rel=stylesheet href=http://127.0.0.1:9/evil.css>"
)

# Tags our own HTML may contain; anything else came from user text.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "body", "header", "section", "h1", "h2", "h3", "h4",
    "h5", "h6", "p", "span", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li",
    "em", "strong", "code", "pre", "blockquote", "hr", "br", "s",
}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def people(count: int) -> list[Member]:
    return [
        Member(name=f"Member {i:02d} Ngāti", registration_number=f"{70000 + i}")
        for i in range(count)
    ]


def hostile_meeting() -> Meeting:
    members = people(5)
    members[0] = Member(name='Aroha "Ro" O\'Neill <b>', registration_number="70000")
    return Meeting(
        group_name="Group <i>&amp;</i> Co",
        date=dt.date(2026, 3, 4),
        venue="<img src=x onerror=alert(1)>",
        attendees=members,
        roles=Roles(facilitator="70000", note_taker="70001"),
        summary=HOSTILE,
        confidentiality_note=HOSTILE,
        slots=[
            Slot(
                presenter="70000",
                title="<style>@import url(http://127.0.0.1:9/a.css)</style>",
                summary=HOSTILE + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# Typed heading",
                takeaways=HOSTILE,
                references=[HOSTILE],
            )
        ],
        next_meeting=NextMeeting(date=dt.date(2026, 6, 1), focus=HOSTILE, venue=HOSTILE),
        reflections=[Reflection(registration_number="70000", text=HOSTILE)],
    )


def sample_meetings(sample_store: GroupStore) -> list[Meeting]:
    loaded, errors = sample_store.load_meetings()
    assert not errors
    return [meeting for _, meeting in loaded]


# -- safety -------------------------------------------------------------------------------


@pytest.mark.parametrize("member", [None, "70000"])
def test_user_text_never_becomes_markup(member: str | None) -> None:
    html = meeting_html(hostile_meeting(), member=member)
    tags = tags_of(html)
    assert {tag for tag, _ in tags} <= ALLOWED_TAGS
    for tag, attrs in tags:
        assert not {"src", "href", "style", "onerror"} & set(attrs), (tag, attrs)
    assert "<style" not in html and "<img" not in html and "<script" not in html
    assert "&lt;style&gt;" in html  # shown as the characters typed
    assert "127.0.0.1:9/x.png" in html  # the image's address is text, not a fetch
    assert "<table>" in html  # the typed Markdown table is still a table


def test_markdown_images_become_alt_text_and_links_become_text() -> None:
    html = markdown_to_html(
        "See ![chart *one*](http://127.0.0.1:9/x.png) and [the guide](https://example.org/g)."
    )
    assert "<img" not in html and "href" not in html
    assert "[image: chart one]" in html
    assert 'the guide</span> <span class="link-target">(https://example.org/g)</span>' in html


def test_markdown_raw_html_off_and_headings_moved_below_their_section() -> None:
    html = markdown_to_html("# Big\n\n<div>raw</div>\n\n<b>bold</b>", heading_level=4)
    assert "<h5>Big</h5>" in html
    assert "<div>" not in html and "<b>" not in html
    assert "&lt;div&gt;raw&lt;/div&gt;" in html


def test_markdown_empty_is_empty() -> None:
    assert markdown_to_html("   \n") == ""


def test_escape_markdown_keeps_plain_fields_literal() -> None:
    assert escape_markdown("*Mr* <b>x</b> [a](b)") == r"\*Mr\* \<b\>x\</b\> \[a\](b)"
    assert escape_markdown("1. first\n- second") == r"1\. first - second"


HOSTILE_NOTES = [
    "a <img src=x> ![p](http://127.0.0.1:9/x.png) `<kept>`\n```\n<also kept>\n```\n\\<b>",
    "\\\\<b>",
    # Unbalanced backticks: one parser's code span is another's plain text.
    "``<img src=http://127.0.0.1:9/a.png>` and `` ` ![x](http://127.0.0.1:9/b.png)",
    "```\nfenced, never closed <script>alert(1)</script>\n",
    "~~~ html\n<img src=x onerror=alert(1)>\n~~~",
    "    <img src=indented>",
    "<details><summary>x</summary>\n\n<img src=y>\n</details>",
    "[![alt](http://127.0.0.1:9/c.png)](http://example.org)",
    "&lt;img src=z&gt; &#60;img src=w&#62; <http://127.0.0.1:9/auto>",
    "- item <img src=l>\n  1) nested ![n](http://127.0.0.1:9/n.png)\n> quoted <b>x</b>",
    "Title\n===\n\n---\n\n# typed <img src=h>",
    "[ref]: http://127.0.0.1:9/ref.png\n![ref]",
]


@pytest.mark.parametrize("text", HOSTILE_NOTES)
def test_markdown_notes_are_written_from_the_text_and_safe_in_any_viewer(text: str) -> None:
    out = neutralise_markdown(text)
    rendered = markdown_to_html(out)
    # No tag of the note taker's, no image, no link, no code: only characters.
    for tag in ("<img", "<script", "<details", "<a ", "<code", "<pre", "<b>", "<h1", "<hr"):
        assert tag not in rendered, (tag, out, rendered)
    assert "image-alt" not in rendered and "link-target" not in rendered
    # Every character typed is still there to read (markup shown, not obeyed).
    plain = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    for word in re.findall(r"[A-Za-z]{4,}", text):
        assert word in plain, (word, plain)


def test_markdown_notes_keep_their_shape() -> None:
    out = neutralise_markdown("First line\nsecond *line*\n\n- one\n2) two\n\n# Typed heading")
    rendered = markdown_to_html(out)
    assert "<br />" in rendered and "*line*" in rendered
    assert "<li>one</li>" in rendered and "<li>two</li>" in rendered
    assert "<strong>Typed heading</strong>" in rendered
    # Control and bidi characters never reach the file.
    assert neutralise_markdown("Jo\u202eeoD\x1b]0;pwned\x07") == "JoeoD\\]0;pwned"


def test_emoji_are_written_out_by_name_and_macrons_kept() -> None:
    assert describe_emoji("Ka pai 🙂👍🏽 🇳🇿 ✅ ★ ❤ Kōwhai") == (
        "Ka pai :slightly smiling face::thumbs up sign: :flag NZ: :white heavy check mark: "
        "★ ❤ Kōwhai"
    )
    assert describe_emoji("plain ascii") == "plain ascii"
    html = meeting_html(Meeting(date=dt.date(2026, 3, 4), summary="Great 🎉 hui", venue="Café ☕"))
    assert "Great :party popper: hui" in html and "Café :hot beverage:" in html


# -- content -------------------------------------------------------------------------------


def test_minimum_data_set_in_every_sample_meeting(sample_store: GroupStore) -> None:
    for meeting in sample_meetings(sample_store):
        html = meeting_html(meeting)
        assert meeting.group_name in html
        assert format_date(meeting.date) in html
        if meeting.modality is Modality.VIDEOCONFERENCE:
            assert f"Videoconference: {meeting.platform}" in html
        else:
            assert f"In person: {meeting.venue}" in html
        for person in meeting.attendees:
            assert person.name in html and person.registration_number in html
        for apology in meeting.apologies:
            assert apology.name in html
        assert CONFIDENTIALITY_STATEMENT in html
        if meeting.status is MeetingStatus.COMPLETE:
            assert "meets the PSG criteria" in html
        else:  # a draft claims nothing (issue 11, item 5)
            assert "Not yet known" in html and "meets the PSG criteria" not in html
        for slot in meeting.slots:
            assert slot.title in html
            assert slot.topic_type.label in html


def test_personal_notes_are_in_no_output(sample_store: GroupStore) -> None:
    for meeting in sample_meetings(sample_store):
        personal = [e.notes for e in meeting.check_in + meeting.check_out if e.notes]
        # Every part of a reflection: free text, or each part of a guided one (issue 15).
        reflections = {
            r.registration_number: [text for _heading, text in r.sections()]
            for r in meeting.reflections
        }
        outputs = [meeting_html(meeting), render_meeting_markdown(meeting)]
        for member in (a.registration_number for a in meeting.attendees):
            outputs += [
                meeting_html(meeting, member=member),
                render_meeting_markdown(meeting, member=member),
            ]
        for output in outputs:
            for note in personal:
                assert note not in output
        for member, texts in reflections.items():
            own_html = meeting_html(meeting, member=member)
            own_md = render_meeting_markdown(meeting, member=member)
            for text in texts:
                assert text in own_html
                assert neutralise_markdown(text) in own_md
                assert text not in meeting_html(meeting)
                assert text not in render_meeting_markdown(meeting)
            for other, other_texts in reflections.items():
                if other != member:
                    for other_text in other_texts:
                        assert other_text not in own_html and other_text not in own_md


def test_member_copy_adds_their_takeaways() -> None:
    meeting = hostile_meeting()
    meeting.slots[0].takeaways = "Ask what matters to the person first."
    own = meeting_html(meeting, member="70000")
    assert "My takeaways" in own and own.count("Ask what matters to the person first.") == 2
    other = meeting_html(meeting, member="70001")
    assert "I did not present a topic at this meeting." in other
    assert "No reflection recorded." in other


def test_unknown_member_and_apologies_are_refused() -> None:
    meeting = hostile_meeting()
    meeting.apologies = [Apology(name="Lucy Chen", registration_number="431207")]
    with pytest.raises(UnknownMemberError, match="99999 is not an attendee"):
        meeting_html(meeting, member="99999")
    with pytest.raises(UnknownMemberError, match=r"Lucy Chen \(431207\) sent apologies"):
        render_meeting_markdown(meeting, member="431207")


def test_criteria_statement_under_four_attendees() -> None:
    meeting = Meeting(date=dt.date(2026, 3, 4), attendees=people(3), status=MeetingStatus.COMPLETE)
    html = meeting_html(meeting)
    assert "does not meet the PSG criteria: 3 attendees, and at least 4 are required" in html
    assert "does not meet the PSG criteria" in render_meeting_markdown(meeting)


def test_empty_optional_fields_still_give_a_complete_document() -> None:
    meeting = Meeting(date=dt.date(2026, 3, 4))
    html = meeting_html(meeting)
    assert "Nobody expected yet." in html  # a planned meeting has no attendees yet
    assert "In person: <span class='empty'>venue not recorded</span>" in html
    assert "Not set at this meeting." in html
    assert "Draft: this meeting is planned" in html
    markdown = render_meeting_markdown(meeting)
    assert "_Nobody expected yet._" in markdown
    meeting.status = MeetingStatus.COMPLETE
    assert "No attendees recorded." in meeting_html(meeting)


def test_skipped_slots_marked_not_presented_and_video_link_left_out() -> None:
    meeting = Meeting(
        date=dt.date(2026, 3, 4),
        modality=Modality.VIDEOCONFERENCE,
        platform="Zoom",
        video_link="https://example.org/j/123?pwd=secret",
        attendees=people(4),
        slots=[
            Slot(presenter="70000", title="Presented topic", state=SlotState.DONE),
            Slot(presenter="70001", title="Ran out of time", state=SlotState.SKIPPED),
        ],
        next_meeting=NextMeeting(
            date=dt.date(2026, 6, 1),
            modality=Modality.VIDEOCONFERENCE,
            platform="Teams",
            video_link="https://example.org/j/456",
        ),
    )
    html = meeting_html(meeting)
    assert "1. Presented topic" in html
    assert "Not presented at this meeting" in html and "Ran out of time" in html
    assert "2. Ran out of time" not in html
    assert "Videoconference: Zoom" in html and "Videoconference: Teams" in html
    assert "example.org/j" not in html
    assert "example.org/j" not in render_meeting_markdown(meeting)


def test_privacy_acknowledgement_is_stated() -> None:
    meeting = hostile_meeting()
    meeting.summary += "\n\nRing 021 555 0199 or jo@example.com."  # still found: still stated
    meeting.privacy_acknowledgement = PrivacyAcknowledgement(
        acknowledged_at=dt.datetime(2026, 3, 5, 9, 0, tzinfo=NZ),
        by="70001",
        findings=2,
        kinds=["phone", "email"],
    )
    html = meeting_html(meeting)
    assert "Privacy check: 2 possible identifiers (phone number, email address)" in html
    assert "Member 01 Ngāti" in html.split("Privacy check:")[1]
    assert (
        "Privacy check: 2 possible identifiers (phone number, email address)"
        in render_meeting_markdown(meeting)
    )


def test_markdown_output_is_safe_and_complete() -> None:
    meeting = hostile_meeting()
    meeting.check_in = [RoundEntry(registration_number="70000", notes="CHECK-IN SECRET")]
    markdown = render_meeting_markdown(meeting, member="70000")
    rendered = markdown_to_html(markdown)
    assert "<img" not in rendered and "<style" not in rendered and "<script" not in rendered
    assert "CHECK-IN SECRET" not in markdown
    assert "| Member 01 Ngāti | 70001 | Pharmacist |" in markdown
    assert "Personal reflection on learning" in markdown
    assert "_Confidential to the group._" in markdown


# -- layering ------------------------------------------------------------------------------


def test_report_modules_import_neither_textual_nor_weasyprint() -> None:
    code = (
        "import sys\n"
        "import psg_tui.report, psg_tui.report.html, psg_tui.report.markdown, psg_tui.report.pdf\n"
        "import psg_tui.commands.render\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'weasyprint'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent,
    )
    assert result.stdout.strip() == ""
