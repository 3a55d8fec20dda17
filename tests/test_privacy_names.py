"""Plain personal names (issue 13): the corpus figures, confidence, look-alikes, the group's
"not an identifier" list (never for NHI, phone, email or date of birth), short dates of
birth, ``psg check`` with the group's list, and the wrap-up and tidy-notes choices."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import Button, OptionList, Static

from psg_tui.cli import main
from psg_tui.core.gate import NOTES, check_output
from psg_tui.core.models import Group, Member
from psg_tui.core.names import CONFIDENCE_WORDS, HIGH, LOW, MEDIUM, find_names
from psg_tui.core.names_data import FAMILY, GIVEN
from psg_tui.core.privacy import (
    PROTECTED_KINDS,
    Finding,
    finding_term,
    scan_meeting,
    scan_text,
    with_term,
)
from psg_tui.core.store import GroupStore
from tests.tui_helpers import FakeClock, app_for, next_stages, planned_meeting, start_planned

CORPUS = tomllib.loads((Path(__file__).parent / "privacy_corpus.toml").read_text("utf-8"))
NAME_CASES = CORPUS["name"]
DECOYS = CORPUS["decoy"]
NAME_KINDS = ("person_name", "named_person")


def _found(text: str, name: str) -> bool:
    start = text.index(name)
    end = start + len(name)
    return any(m.kind in NAME_KINDS and m.start < end and m.end > start for m in scan_text(text))


def name_recall() -> tuple[int, int]:
    """(names found, names in the corpus)."""
    total = found = 0
    for case in NAME_CASES:
        for name in case["names"]:
            total += 1
            found += _found(case["text"], name)
    return found, total


def decoy_alarms() -> list[str]:
    """The decoys that raise any finding."""
    return [case["text"] for case in DECOYS if scan_text(case["text"])]


# -- the corpus figures ----------------------------------------------------------------


def test_the_corpus_is_big_enough() -> None:
    assert sum(len(case["names"]) for case in NAME_CASES) >= 60
    assert len(DECOYS) >= 60


def test_full_name_recall_is_at_least_0_9(capsys: pytest.CaptureFixture[str]) -> None:
    found, total = name_recall()
    missed = [
        name for case in NAME_CASES for name in case["names"] if not _found(case["text"], name)
    ]
    with capsys.disabled():
        print(f"\nfull-name recall {found}/{total} = {found / total:.3f}")
    assert found / total >= 0.9, missed


def test_decoy_false_alarms_are_at_most_5_percent(capsys: pytest.CaptureFixture[str]) -> None:
    alarms = decoy_alarms()
    with capsys.disabled():
        print(f"\ndecoy false alarms {len(alarms)}/{len(DECOYS)} = {len(alarms) / len(DECOYS):.3f}")
    assert len(alarms) / len(DECOYS) <= 0.05, alarms


def test_a_recall_miss_would_be_counted() -> None:
    # The measure itself: a name the check cannot know is a miss, a name it knows is not.
    assert not _found("Zzyzx Qwertyuiop was here.", "Zzyzx Qwertyuiop")
    assert _found("Hemi Parata was here.", "Hemi Parata")


# -- names, confidence and look-alikes -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "confidence"),
    [
        ("Patient: Sione Taufa on dialysis.", "Sione Taufa", HIGH),
        ("Sione Taufa's wife collects the scripts.", "Sione Taufa", HIGH),
        ("Sione Taufa, 67, on dialysis.", "Sione Taufa", HIGH),
        ("Sione Taufa came in.", "Sione Taufa", HIGH),
        ("Talked about Sione Taufa and dialysis.", "Sione Taufa", MEDIUM),
        ("pt Aroha was upset about the cost", "Aroha", LOW),
        ("Aroha's daughter rang about the blister pack.", "Aroha", LOW),
    ],
)
def test_confidence(text: str, name: str, confidence: str) -> None:
    [match] = find_names(text)
    assert text[match.start : match.end] == name
    assert match.confidence == confidence


@pytest.mark.parametrize(
    "text",
    [
        "Aroha said the session helped.",  # a first name alone, no cue: not flagged
        "Mark the date in your diary.",
        "Will the group meet in July?",
        "Grace Hospital and Wellington Free Ambulance",
        "the Stevens-Johnson syndrome case; Parkinson's disease",
        "Charles Bonnet syndrome",
        "Douglas Pharmaceuticals and Dr Reddy's",
        "Mary Potter Hospice",
        "pt will need review; the patient mark was faint",  # lower case: both on the lists
    ],
)
def test_not_names(text: str) -> None:
    assert scan_text(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kahurangi Pōmare rang.", "Kahurangi Pōmare"),
        ("Kahurangi Pomare rang.", "Kahurangi Pomare"),
        ("Discussed Hemi Te Whata's results.", "Hemi Te Whata"),
        ("Pieter van der Merwe was seen.", "Pieter van der Merwe"),
        ("Sean O'Brien and Fiona McAllister", "Sean O'Brien"),
        ("Sean O'Brien and Fiona McAllister", "Fiona McAllister"),
        ("Mary-Jane Wilson-Hart asked.", "Mary-Jane Wilson-Hart"),
        ("Kim Soo-jin's husband", "Kim Soo-jin"),
        ("Zhang Wei's son", "Zhang Wei"),
        ("Mohammed Al-Rashid is fasting.", "Mohammed Al-Rashid"),
        ("saw pt john smith re warfarin", "john smith"),
        ("PATIENT: MELE FIFITA on dialysis", "MELE FIFITA"),
    ],
)
def test_name_forms(text: str, name: str) -> None:
    spans = [text[m.start : m.end] for m in find_names(text)]
    assert name in spans


def test_a_name_is_masked_to_its_initials_in_the_excerpt() -> None:
    [match] = scan_text("John Smith came in about his warfarin.")
    assert match.kind == "person_name"
    assert "Smith" not in match.excerpt and "J*** S**** came in" in match.excerpt


def test_an_attendee_or_member_is_allowed_but_a_namesake_is_not() -> None:
    text = "Aroha Ngata presented; Hemi Ngata was the patient."
    matches = scan_text(text, allow=["Aroha Ngata", "40001"])
    assert [text[m.start : m.end] for m in matches] == ["Hemi Ngata"]


def test_finding_headline_says_how_sure() -> None:
    finding = Finding("person_name", "summary", "summary", 1, 1, "J*** S****", confidence=MEDIUM)
    assert finding.headline == "looks like a person's name" == CONFIDENCE_WORDS[MEDIUM]
    assert Finding("nhi", "summary", "summary", 1, 1, "ABC****").headline == "NHI number"
    assert finding.to_dict()["confidence"] == MEDIUM


def test_the_name_lists_cover_new_zealand() -> None:
    given = set(GIVEN.split())
    family = {w.replace("_", " ") for w in FAMILY.split()}
    for name in ("aroha", "wiremu", "sione", "mele", "tevita", "priya", "gurpreet", "min-jun"):
        assert name in given, name
    for name in ("wei", "maricel", "mohammed", "fatima", "pieter", "emma", "john"):
        assert name in given, name
    for name in ("ngata", "te whata", "taufa", "kim", "zhang", "santos", "singh"):
        assert name in family, name
    assert all(w.isascii() and w == w.lower() for w in given)  # folded: no macrons


# -- the group's list ------------------------------------------------------------------


def test_the_group_list_silences_names_and_addresses_only() -> None:
    text = (
        "Grace Kereama rang; Mrs Patel; 14 Kowhai Street; NHI ZZZ0016; ph 021 123 4567; "
        "a.person@example.nz; DOB 3/4/1956"
    )
    everything = [m.kind for m in scan_text(text)]
    assert everything == [
        "person_name",
        "named_person",
        "address",
        "nhi_test",
        "phone",
        "email",
        "dob",
    ]
    terms = [text[m.start : m.end] for m in scan_text(text)]  # every finding's own words
    left = [m.kind for m in scan_text(text, not_identifiers=terms)]
    assert left == ["nhi_test", "phone", "email", "dob"]
    assert set(left) <= PROTECTED_KINDS


def test_finding_term_refuses_protected_kinds_and_with_term_adds_once() -> None:
    text = "Grace Kereama rang; NHI ZZZ0016"
    name, nhi = scan_text(text)
    assert finding_term(text, name) == "Grace Kereama"
    assert finding_term(text, nhi) is None
    assert with_term(["Grace Kereama"], "grace  kereama") == ["Grace Kereama"]
    assert with_term([], "Grace Kereama") == ["Grace Kereama"]


def test_scan_meeting_honours_the_group(sample_store: GroupStore) -> None:
    (_path, meeting), *_ = sample_store.load_meetings()[0]
    meeting.summary = "Tavita Lolohea came in. Mrs Parata too. NHI ZZZ0016."
    group = sample_store.load_group()
    kinds = [f.kind for f in scan_meeting(meeting) if f.field == "summary"]
    assert kinds == ["person_name", "named_person", "nhi_test"]
    group.not_identifiers = ["Tavita Lolohea", "ZZZ0016"]
    group.members.append(Member(name="Rangi Parata", registration_number="49999"))
    kinds = [f.kind for f in scan_meeting(meeting, group=group) if f.field == "summary"]
    assert kinds == ["nhi_test"]  # the NHI stays, whatever the list says
    result = check_output(meeting, NOTES, group=group)
    assert [f.kind for f in result.findings if f.field == "summary"] == ["nhi_test"]


def test_the_group_file_keeps_the_list(sample_store: GroupStore) -> None:
    group = sample_store.load_group()
    group.not_identifiers = ["Grace Kereama", "Te Aroha Pharmacy"]
    sample_store.save_group(group)
    assert "not_identifiers" in sample_store.group_path.read_text("utf-8")
    assert sample_store.load_group().not_identifiers == ["Grace Kereama", "Te Aroha Pharmacy"]
    assert Group(name="G").not_identifiers == []


# -- psg check -------------------------------------------------------------------------


def _meeting_with_summary(sample_group: Path, summary: str) -> Path:
    store = GroupStore(sample_group)
    path = sample_group / "meetings" / "2026-05-20.toml"
    meeting = store.load_meeting(path)
    meeting.summary = summary
    store.save_meeting(meeting, path)
    return path


def test_psg_check_reports_names_and_honours_the_group_list(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _meeting_with_summary(sample_group, "Grace Kereama came in. NHI ZZZ0016.")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "person_name (almost certainly a person's name): G**** K****** came in" in out
    store = GroupStore(sample_group)
    group = store.load_group()
    group.not_identifiers = ["Grace Kereama", "ZZZ0016"]
    store.save_group(group)
    assert main(["check", str(path)]) == 1  # the NHI is never silenced by the list
    out = capsys.readouterr().out
    assert "person_name" not in out and "nhi_test" in out
    _meeting_with_summary(sample_group, "Grace Kereama came in.")
    assert main(["check", str(path)]) == 0
    assert "no findings" in capsys.readouterr().out


def test_psg_check_names_a_broken_group_file(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _meeting_with_summary(sample_group, "Fine.")
    (sample_group / "group.toml").write_text('name = "G"\nnot_identifiers = "oops"\n', "utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "group.toml:2: not identifiers" in err


# -- wrap-up and tidy notes ------------------------------------------------------------


async def _wrap_up_with(app, sample_group: Path, pilot, summary: str):
    from psg_tui.tui.screens.wrap_up import WrapUpScreen

    _path, planned = planned_meeting(sample_group)
    planned.slots[0].summary = summary
    await start_planned(app, sample_group, pilot, planned)
    await next_stages(app, pilot, 3)
    assert isinstance(app.screen, WrapUpScreen)
    return app.screen


async def _check_again(pilot) -> None:
    """The palette's "Check the notes for patient identifiers", as a person runs it."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"Check the notes")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


def _prompts(options: OptionList) -> list[str]:
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_wrap_up_remembers_a_name_for_the_group(sample_group: Path) -> None:
    app, _ = app_for(sample_group, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        wrap = await _wrap_up_with(
            app, sample_group, pilot, "Grace Kereama came in. Sione's daughter rang. NHI ZZZ0016."
        )
        await _check_again(pilot)
        options = wrap.query_one("#findings", OptionList)
        prompts = _prompts(options)
        assert len(prompts) == 3
        assert "almost certainly a person's name: G**** K****** came in" in prompts[0]
        assert "may be a person's first name" in prompts[1]
        assert "test NHI number" in prompts[2]
        assert app.focused is options and options.highlighted == 0
        await pilot.press("tab", "tab")  # past "Dismiss for this meeting"
        assert isinstance(app.focused, Button) and app.focused.id == "remember-finding"
        await pilot.press("enter")
        await pilot.pause()
        assert len(wrap.findings) == 2
        assert GroupStore(sample_group).load_group().not_identifiers == ["Grace Kereama"]
        # An NHI is never remembered for the group, only dismissed for this meeting.
        options.highlighted = 1
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        assert len(wrap.findings) == 2
        assert GroupStore(sample_group).load_group().not_identifiers == ["Grace Kereama"]
        options.focus()
        options.highlighted = 1
        await pilot.press("tab", "enter")  # "Dismiss for this meeting"
        await pilot.pause()
        assert [f.kind for f in wrap.findings] == ["person_name"]
        await _check_again(pilot)  # checking again keeps the dismissal for this meeting
        assert [f.kind for f in wrap.findings] == ["person_name"]


async def test_tidy_notes_dismisses_and_remembers(sample_group: Path) -> None:
    from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog

    store = GroupStore(sample_group)
    path = sample_group / "meetings" / "2026-05-20.toml"
    meeting = store.load_meeting(path)
    meeting.slots[1].summary = "Shared care for Hemi Parata, who came in."
    meeting.summary = "Ph 021 123 4567 was on the draft."
    store.save_meeting(meeting, path)
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_past_meeting(path, store.load_meeting(path))
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        tidy = app.screen
        assert isinstance(tidy, TidyNotesDialog)
        fields = tidy.query_one("#tidy-fields", OptionList)
        prompts = _prompts(fields)
        assert "almost certainly a person's name" in prompts[0]
        assert "H*** P***** who came in" in prompts[0] or "H*** P*****, who" in prompts[0]
        assert "phone number" in prompts[1]
        await pilot.press("tab", "tab", "enter")  # remember the name for the group
        await pilot.pause()
        assert store.load_group().not_identifiers == ["Hemi Parata"]
        assert [f for f, *_rest, finding in tidy.fields if finding is not None] == ["summary"]
        fields.focus()
        fields.highlighted = 0
        await pilot.press("tab", "tab", "enter")  # a phone number is not remembered
        await pilot.pause()
        status = str(tidy.query_one("#tidy-status", Static).content)
        assert "never remembered for the group" in status
        assert store.load_group().not_identifiers == ["Hemi Parata"]
        fields.focus()
        await pilot.press("tab", "enter")  # dismissed for this meeting
        await pilot.pause()
        assert all(finding is None for *_rest, finding in tidy.fields)
        status = str(tidy.query_one("#tidy-status", Static).content)
        assert status == (  # a phone number is only hidden, never dismissed in the file
            "Hidden while this dialog is open (a phone number is never dismissed in the "
            "meeting file: writing the PDF asks about it): Ph 021 *** **** was on the draft."
        )
        assert store.load_meeting(path).dismissed_findings == []


def test_psg_render_honours_the_groups_list(sample_store: GroupStore, capsys) -> None:
    """The PDF's gate, like psg check, lets a remembered term through (never an NHI)."""
    from psg_tui.cli import main

    path, meeting = next(
        (p, m) for p, m in sample_store.load_meetings()[0] if m.status.value == "complete"
    )
    meeting.summary = "Tavita Lolohea came in about a new blister pack."
    sample_store.save_meeting(meeting, path)
    out = path.with_name("group-list.md")
    assert main(["render", str(path), "--format", "md", "-o", str(out)]) == 1
    group = sample_store.load_group()
    group.not_identifiers = ["Tavita Lolohea"]
    sample_store.save_group(group)
    assert main(["render", str(path), "--format", "md", "-o", str(out)]) == 0
    assert out.exists()
