"""The confidentiality guard: NHI check characters, the labelled corpus, the meeting scan."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psg_tui.core.models import Meeting, NextMeeting, Reflection, RoundEntry
from psg_tui.core.privacy import (
    KIND_LABELS,
    KINDS,
    Finding,
    acknowledge_findings,
    describe_findings,
    mask_text,
    meeting_text_fields,
    nhi_is_valid,
    scan_meeting,
    scan_text,
)
from psg_tui.core.store import dump_toml, parse_model
from psg_tui.resources import sample_data_dir

CORPUS = tomllib.loads((Path(__file__).parent / "privacy_corpus.toml").read_text("utf-8"))["case"]
NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# -- NHI check characters -----------------------------------------------------------------

# Published examples (NHI validation libraries, HISO 10046 test ranges); none is a person's.
VALID_OLD = ["JBX3656", "ZZZ0016", "ZZZ0024", "ZAA0105", "ZAC5361", "WLD9413", "AAA1116"]
VALID_NEW = ["ZBN77VL", "ZSC21TN", "ZVB97XQ", "ZZZ00AC", "ABC12DS", "AAA11AU"]


@pytest.mark.parametrize("nhi", VALID_OLD + VALID_NEW)
def test_published_nhis_are_valid_in_any_case(nhi: str) -> None:
    assert nhi_is_valid(nhi)
    assert nhi_is_valid(nhi.lower())


@pytest.mark.parametrize("nhi", VALID_OLD + VALID_NEW)
def test_every_other_check_character_is_invalid(nhi: str) -> None:
    alphabet = "0123456789" if nhi[6].isdigit() else NHI_LETTERS
    for check in alphabet.replace(nhi[6], ""):
        assert not nhi_is_valid(nhi[:6] + check), nhi[:6] + check


def test_superseded_mod_24_numbers_are_invalid() -> None:
    # Valid under the pre-2023 modulus 24 rule only.
    assert not nhi_is_valid("ZZZ00AX")
    assert not nhi_is_valid("ZVU27KZ")


def test_remainder_zero_old_format_has_no_valid_check_digit() -> None:
    assert not any(nhi_is_valid(f"ZZZ004{d}") for d in range(10))


def test_i_and_o_are_never_nhi_letters() -> None:
    assert not nhi_is_valid("IBC1235")
    assert not nhi_is_valid("AOC1235")
    assert not nhi_is_valid("ABC12IS")


def _nhi_check(base: str) -> str | None:
    """The one check character that completes ``base``, found by trying them all."""
    alphabet = "0123456789" if base[5].isdigit() else NHI_LETTERS
    valid = [c for c in alphabet if nhi_is_valid(base + c)]
    assert len(valid) <= 1
    return valid[0] if valid else None


nhi_bases = st.builds(
    lambda letters, digits, last: "".join(letters) + "".join(digits) + last,
    st.lists(st.sampled_from(NHI_LETTERS), min_size=3, max_size=3),
    st.lists(st.sampled_from("0123456789"), min_size=2, max_size=2),
    st.sampled_from("0123456789" + NHI_LETTERS),
)


@given(base=nhi_bases)
def test_a_new_format_base_always_has_exactly_one_check_letter(base: str) -> None:
    if base[5].isalpha():
        assert _nhi_check(base) is not None


@given(base=nhi_bases, before=st.sampled_from(["", "NHI ", "seen (", "x: "]))
def test_every_valid_nhi_in_text_is_found_and_masked(base: str, before: str) -> None:
    check = _nhi_check(base)
    if check is None:
        return
    nhi = base + check
    matches = scan_text(f"{before}{nhi.lower()} today")
    assert [m.kind for m in matches] == ["nhi_test" if nhi[0] == "Z" else "nhi"]
    assert nhi not in matches[0].excerpt.upper()
    assert matches[0].column == len(before) + 1


# -- the labelled corpus ------------------------------------------------------------------


def test_the_corpus_has_true_and_false_cases_for_every_kind() -> None:
    for kind in KINDS:
        assert sum(kind in case["expect"] for case in CORPUS) >= 2, kind
    assert sum(not case["expect"] for case in CORPUS) >= 20


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: case["note"][:40])
def test_corpus_case(case: dict) -> None:
    matches = scan_text(case["text"], allow=case.get("allow", ()))
    assert [m.kind for m in matches] == case["expect"], case["note"]


def _identifying_core(kind: str, matched: str) -> str:
    """The part of a finding that must never show in an excerpt."""
    if kind == "named_person":
        return matched.split()[-1]
    if kind == "address":
        return re.sub(r"^\S+\s+", "", matched).rsplit(" ", 1)[0]
    if kind == "email":
        return matched.split("@")[0]
    if kind == "dob":
        return re.search(r"\d+\D*$", matched).group(0)
    return matched


@pytest.mark.parametrize("case", [c for c in CORPUS if c["expect"]], ids=lambda c: c["note"][:40])
def test_excerpts_never_show_an_identifier(case: dict) -> None:
    text = case["text"]
    matches = scan_text(text)
    cores = [_identifying_core(m.kind, text[m.start : m.end]) for m in matches]
    for match in matches:
        for core in cores:
            assert core not in match.excerpt, (core, match.excerpt)


# -- positions and excerpts ---------------------------------------------------------------


def test_line_and_column_are_one_based_within_the_field() -> None:
    text = "First line is fine.\nSecond: Mrs Patel\n\n  ph 021 123 4567"
    matches = scan_text(text)
    assert [(m.kind, m.line, m.column) for m in matches] == [
        ("named_person", 2, 9),
        ("phone", 4, 6),
    ]
    for match in matches:
        line = text.split("\n")[match.line - 1]
        assert line[match.column - 1 :].startswith(text[match.start : match.end])


def test_excerpt_shows_context_on_the_same_line_with_masks() -> None:
    [match] = scan_text("Reviewed the notes for NHI ZZZ0016 before the visit.\nNext line.")
    assert match.excerpt == "…the notes for NHI ZZZ00** before the visit."
    [match] = scan_text("Patient NHI ABC1235")
    assert match.excerpt == "Patient NHI ABC****"


def test_mask_text_masks_every_finding() -> None:
    assert mask_text("Mrs Patel, ph 021 123 4567") == "Mrs P****, ph 021 *** ****"


def test_empty_text() -> None:
    assert scan_text("") == []


@given(st.text(max_size=300))
def test_scan_never_fails_and_positions_are_consistent(text: str) -> None:
    for match in scan_text(text):
        assert match.kind in KINDS
        assert 0 <= match.start < match.end <= len(text)
        assert match.line == text.count("\n", 0, match.start) + 1


def test_kinds_limits_the_scan() -> None:
    text = "14 Kowhai Street, ph 03 366 1234"
    assert [m.kind for m in scan_text(text)] == ["address", "phone"]
    assert [m.kind for m in scan_text(text, kinds=("phone",))] == ["phone"]


# -- the meeting --------------------------------------------------------------------------


def _sample_meetings() -> list[Path]:
    return sorted((sample_data_dir() / "meetings").glob("*.toml"))


@pytest.mark.parametrize("path", _sample_meetings(), ids=lambda p: p.name)
def test_sample_meetings_have_no_findings(path: Path) -> None:
    assert scan_meeting(parse_model(Meeting, path)) == []


@pytest.fixture
def meeting() -> Meeting:
    """A completed sample meeting with check-in/out entries, slots and a next meeting."""
    return parse_model(Meeting, sample_data_dir() / "meetings" / "2026-05-20.toml")


def test_every_free_text_field_is_scanned(meeting: Meeting) -> None:
    secret = "ph 021 123 4567"
    first = meeting.attendees[0].registration_number
    meeting.check_in[0].notes = secret
    meeting.check_out[1].notes = secret
    meeting.check_out = [*meeting.check_out, RoundEntry(registration_number=first, notes=secret)]
    slot = meeting.slots[1]
    slot.title = secret
    slot.summary = secret
    slot.takeaways = secret
    slot.references = ["Fine reference.", secret]
    meeting.summary = secret
    meeting.confidentiality_note = secret
    meeting.venue = secret
    meeting.platform = secret
    assert meeting.next_meeting is not None
    meeting.next_meeting.focus = secret
    meeting.next_meeting.venue = secret
    meeting.next_meeting.platform = secret
    meeting.reflections = [Reflection(registration_number=first, text=secret)]
    fields = {f.field for f in scan_meeting(meeting)}
    assert fields == {
        "venue",
        "platform",
        "check_in.0.notes",
        "check_out.1.notes",
        f"check_out.{len(meeting.check_out) - 1}.notes",
        "slots.1.title",
        "slots.1.summary",
        "slots.1.takeaways",
        "slots.1.references.1",
        "summary",
        "confidentiality_note",
        "next_meeting.focus",
        "next_meeting.venue",
        "next_meeting.platform",
        "reflections.0.text",
    }
    # Every path leads back to the text that was scanned.
    for field in meeting_text_fields(meeting):
        target: object = meeting
        for part in field.field.split("."):
            target = target[int(part)] if part.isdigit() else getattr(target, part)  # type: ignore[index]
        assert target == field.text


def test_where_names_the_slot_and_the_person(meeting: Meeting) -> None:
    meeting.slots[0].summary = "Discussed Mrs Patel's repeat."
    meeting.check_in[0].notes = "Worried about Mr Brown."
    meeting.slots[2].title = "Mrs Patel and the NSAID"
    findings = scan_meeting(meeting)
    wheres = [(f.where, f.field) for f in findings]
    assert ("check-in (Anahera Kōwhai): notes", "check_in.0.notes") in wheres
    assert (
        "slot 1 (Whanaungatanga in a busy comm…): summary",
        "slots.0.summary",
    ) in wheres
    # A title that itself holds an identifier is shown masked in "where".
    assert ("slot 3 (Mrs P**** and the NSAID): title", "slots.2.title") in wheres
    assert all("Patel" not in f.where and "Patel" not in f.excerpt for f in findings)


def test_a_venue_may_be_an_address_but_not_a_phone_number(meeting: Meeting) -> None:
    meeting.venue = "Hagley Health Centre, 12 Riccarton Avenue"
    assert meeting.next_meeting is not None
    meeting.next_meeting.venue = "14 Kowhai Street (Priya's), ph 03 366 1234"
    findings = scan_meeting(meeting)
    assert [(f.field, f.kind) for f in findings] == [("next_meeting.venue", "phone")]
    meeting.summary = "Home visit at 14 Kowhai Street."
    assert ("summary", "address") in {(f.field, f.kind) for f in scan_meeting(meeting)}


def test_attendees_names_and_registration_numbers_are_never_flagged(meeting: Meeting) -> None:
    meeting.summary = (
        "Ms Raman (64012) and Ms McAllister presented; Mr Okafor sent apologies; "
        "Dr Chen (431207) asked. Mrs Patel was the case."
    )
    [finding] = scan_meeting(meeting)
    assert (finding.kind, finding.field) == ("named_person", "summary")
    assert finding.excerpt.endswith("Mrs P**** was the case.")


def test_next_meeting_may_be_absent(meeting: Meeting) -> None:
    meeting.next_meeting = None
    assert scan_meeting(meeting) == []
    meeting.next_meeting = NextMeeting(date=dt.date(2026, 8, 19), focus="ZZZ0016")
    assert [f.kind for f in scan_meeting(meeting)] == ["nhi_test"]


# -- acknowledging --------------------------------------------------------------------------


def test_acknowledge_findings_records_who_when_and_what(meeting: Meeting) -> None:
    meeting.summary = "NHI ZZZ0016; ph 021 123 4567; NHI ABC1235"
    findings = scan_meeting(meeting)
    when = dt.datetime(2026, 5, 20, 20, 5, tzinfo=dt.timezone(dt.timedelta(hours=12)))
    acknowledge_findings(meeting, findings, by="64012", now=when)
    ack = meeting.privacy_acknowledgement
    assert ack is not None
    assert (ack.acknowledged_at, ack.by, ack.findings) == (when, "64012", 3)
    assert ack.kinds == ["nhi", "nhi_test", "phone"]
    # It survives the trip to disk.
    again = Meeting.model_validate(tomllib.loads(dump_toml(meeting).decode()))
    assert again.privacy_acknowledgement == ack


def test_acknowledge_needs_an_aware_time(meeting: Meeting) -> None:
    with pytest.raises(ValueError):
        acknowledge_findings(meeting, [], by="64012", now=dt.datetime(2026, 5, 20, 20, 5))


def test_finding_label_and_description() -> None:
    findings = [
        Finding("nhi", "meeting summary", "summary", 1, 1, "NHI ABC****"),
        Finding("nhi", "meeting summary", "summary", 1, 9, "NHI ABC****"),
        Finding("phone", "meeting summary", "summary", 2, 1, "021 *** ****"),
    ]
    assert findings[0].label == "NHI number"
    assert set(KIND_LABELS) == set(KINDS)
    assert describe_findings(findings) == "2 NHI numbers and 1 phone number"
    assert describe_findings(findings[2:]) == "1 phone number"
    assert describe_findings([]) == "no findings"
    assert findings[0].to_dict()["label"] == "NHI number"
