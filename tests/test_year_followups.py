"""A member's year with the issue 15 part 1 and 2 records in it: their own follow-up of
earlier takeaways (never another member's), the guided reflection's headings and ticks, and
the privacy gate scanning exactly that text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from psg_tui.cli import main
from psg_tui.core.gate import Output, check_output, output_fields
from psg_tui.core.models import FollowUp, FollowUpOutcome, Reflection, ReflectionFramework
from psg_tui.core.year import OwnFollowUp, member_year, own_follow_ups
from psg_tui.report.year import member_year_html, member_year_markdown
from tests.test_year import ME, MY_REFLECTION, OTHER, OTHER_REFLECTION, D, held, report_for

MY_NOTE = "Asked every new patient who they would like involved."
MY_EARLIER = "Introduce everyone first and ask who should be involved."
OTHER_NOTE = "Ben's follow-up: moved the look-alike pair apart."
OTHER_EARLIER = "Ben's earlier takeaway about shelving."
WHAT = "I presented the whānau-first approach."
SO_WHAT = "Naming who is in the room changed the conversation."
NOW_WHAT = "I will add it to my professional development plan."


DAY = D(2026, 8, 19)


def with_records(day: D = DAY, **fields: object):
    """A counting meeting where I follow up (tried it) and Ben follows up too; I reflect
    with What? / So what? / Now what? and two ticks, Ben in free text."""
    values: dict[str, object] = {
        "follow_ups": [
            FollowUp(
                registration_number=ME,
                outcome=FollowUpOutcome.TRIED,
                note=MY_NOTE,
                from_date=D(2026, 5, 20),
                takeaways=MY_EARLIER,
            ),
            FollowUp(
                registration_number=OTHER,
                outcome=FollowUpOutcome.CHANGED,
                note=OTHER_NOTE,
                from_date=D(2026, 5, 20),
                takeaways=OTHER_EARLIER,
            ),
        ],
        "reflections": [
            Reflection(
                registration_number=ME,
                framework=ReflectionFramework.WHAT,
                answers=[WHAT, SO_WHAT, NOW_WHAT],
                informs_pdp=True,
                reflective_account=True,
            ),
            Reflection(registration_number=OTHER, text=OTHER_REFLECTION),
        ],
    }
    values.update(fields)
    return held(day, **values)


def test_own_follow_ups_are_mine_only_and_not_blank() -> None:
    meeting = with_records()
    (mine,) = own_follow_ups(meeting, ME)
    assert mine == OwnFollowUp(
        heading="Follow-up of my takeaways from Wednesday 20 May 2026",
        takeaways=MY_EARLIER,
        answer=f"What happened since: Tried it: {MY_NOTE}",
    )
    assert [f.answer for f in own_follow_ups(meeting, OTHER)] == [
        f"What happened since: Changed my practice: {OTHER_NOTE}"
    ]
    assert own_follow_ups(meeting, "10003") == ()
    # A blank follow-up (no choice, no note: hand-made) prints nothing.
    meeting.follow_ups[0] = FollowUp(registration_number=ME, takeaways=MY_EARLIER)
    assert own_follow_ups(meeting, ME) == ()
    # Only a note, no date of what it followed up.
    meeting.follow_ups[0] = FollowUp(registration_number=ME, note=MY_NOTE)
    (note_only,) = own_follow_ups(meeting, ME)
    assert note_only.heading == "Follow-up of my takeaways"
    assert note_only.answer == f"What happened since: {MY_NOTE}"


def test_my_follow_up_is_in_my_year_and_bens_is_not() -> None:
    year = member_year(report_for([with_records()]), ME)
    (entry,) = year.meetings
    assert [f.takeaways for f in entry.follow_ups] == [MY_EARLIER]
    html = member_year_html(year)
    md = member_year_markdown(year)
    for text in (html, md):
        assert "Follow-up of my takeaways from Wednesday 20 May 2026" in text
        assert MY_NOTE in text and MY_EARLIER in text and "Tried it" in text
        assert OTHER_NOTE not in text and OTHER_EARLIER not in text
        assert "Changed my practice" not in text
    bens = member_year(report_for([with_records()]), OTHER)
    assert OTHER_NOTE in member_year_markdown(bens)
    assert MY_NOTE not in member_year_markdown(bens)


def test_the_guided_reflection_prints_its_headings_and_ticks() -> None:
    year = member_year(report_for([with_records()]), ME)
    (entry,) = year.meetings
    assert entry.reflection_model == "What? / So what? / Now what?"
    assert entry.reflection_parts == (
        ("What?", WHAT),
        ("So what?", SO_WHAT),
        ("Now what?", NOW_WHAT),
    )
    html = member_year_html(year)
    assert "<h4>What?</h4>" in html and "<h4>So what?</h4>" in html
    assert html.index(WHAT) < html.index(SO_WHAT) < html.index(NOW_WHAT)
    assert "No reflection recorded." not in html  # the parts are the reflection
    assert "<li>Informs my professional development plan</li>" in html
    assert "<li>For my written reflective account</li>" in html
    assert "culturally safe" not in html  # not ticked
    md = member_year_markdown(year)
    assert "#### So what?" in md and NOW_WHAT in md
    assert "- Informs my professional development plan" in md
    assert OTHER_REFLECTION not in html and OTHER_REFLECTION not in md


def test_a_free_text_reflection_beside_the_parts_and_an_empty_one() -> None:
    meeting = with_records()
    meeting.reflections[0].text = "Also: one more thought."
    meeting.reflections[0].answers = ["", SO_WHAT]  # What? left blank
    (entry,) = member_year(report_for([meeting]), ME).meetings
    assert [h for h, _ in entry.reflection_parts] == ["So what?"]
    html = member_year_html(member_year(report_for([meeting]), ME))
    assert "<h4>What?</h4>" not in html and "Also: one more thought." in html
    # A free-text reflection keeps printing as before, with no model line.
    plain = held(DAY)
    (entry,) = member_year(report_for([plain]), ME).meetings
    assert (entry.reflection, entry.reflection_model, entry.reflection_parts) == (
        MY_REFLECTION,
        "",
        (),
    )
    assert "Reflective model" not in member_year_html(member_year(report_for([plain]), ME))


def test_the_gate_scans_my_follow_up_and_reflection_parts_exactly() -> None:
    meeting = with_records()
    (entry,) = member_year(report_for([meeting]), ME).meetings
    printed = {text for _h, text in entry.reflection_parts}
    printed |= {t.title for t in entry.topics} | {t.takeaways for t in entry.topics}
    printed |= {MY_NOTE, MY_EARLIER}
    gated = {f.text for f in output_fields(meeting, Output("year", ME)) if f.text}
    assert gated == printed
    assert OTHER_NOTE not in gated and OTHER_EARLIER not in gated


@pytest.mark.parametrize("where", ["note", "takeaways", "answer"])
def test_the_gate_flags_an_identifier_in_my_follow_up_or_reflection_part(where: str) -> None:
    phone = "Rang her back on 021 555 0123."
    meeting = with_records()
    if where == "answer":
        meeting.reflections[0].answers[1] = phone
    else:
        setattr(meeting.follow_ups[0], where, phone)
    findings = check_output(meeting, Output("year", ME)).findings
    assert [f.kind for f in findings] == ["phone"]
    # The same text in Ben's follow-up is not in my year: nothing flagged.
    other = with_records()
    other.follow_ups[1].note = phone
    assert check_output(other, Output("year", ME)).clear
    assert not check_output(other, Output("year", OTHER)).clear


def test_cli_stops_on_a_finding_in_my_follow_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_year import write_group

    meeting = with_records()
    meeting.follow_ups[0].note = "Rang her back on 021 555 0123."
    group = write_group(tmp_path / "g", [meeting])
    assert main(["year", "--member", ME, "--group", str(group)]) == 1
    err = capsys.readouterr().err
    assert "follow-up" in err and "phone" in err.lower()
    assert not (group / "year-2026-10001.pdf").exists()


def test_the_year_pdf_holds_my_follow_up_and_reflection_headings(tmp_path: Path) -> None:
    from tests.test_year import write_group

    group = write_group(tmp_path / "g", [with_records()])
    assert main(["year", "--member", ME, "--group", str(group)]) == 0
    reader = pypdf.PdfReader(group / "year-2026-10001.pdf")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for wanted in ("So what?", "Now what?", MY_NOTE, "Follow-up of my takeaways", "Tried it"):
        assert wanted in text
    assert OTHER_NOTE not in text and OTHER_REFLECTION not in text


def test_sample_group_year_has_the_follow_up_and_guided_reflection() -> None:
    from psg_tui.core.year import load_member_year

    sample = Path(__file__).resolve().parents[1] / "sample_data"
    year = load_member_year(sample, "88106", 2026, today=dt.date(2026, 12, 9))
    (entry,) = year.meetings
    assert entry.follow_ups[0].heading.endswith("18 February 2026")
    assert [h for h, _ in entry.reflection_parts] == ["What?", "So what?", "Now what?"]


def test_the_year_honours_the_groups_not_an_identifier_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like every other output, the year's gate takes the group: a value on its
    not_identifiers list is not flagged (the CLI and the app pass it)."""
    from psg_tui.core.store import GroupStore
    from tests.test_year import GROUP, write_group

    meeting = with_records()
    meeting.follow_ups[0].note = "Tavita Lolohea, our guest speaker, checked my new script."
    group = write_group(tmp_path / "g", [meeting])
    assert main(["year", "--member", ME, "--group", str(group), "-o", "-", "--format", "md"]) == 1
    assert "follow-up" in capsys.readouterr().err
    GroupStore(group).save_group(GROUP.model_copy(update={"not_identifiers": ["Tavita Lolohea"]}))
    assert main(["year", "--member", ME, "--group", str(group)]) == 0
    assert (group / "year-2026-10001.pdf").exists()
