"""Findings dismissed "for this meeting" are kept in the meeting file (``dismissed_findings``)
and honoured by the one privacy gate exactly as the group's ``not_identifiers`` are: a name
or address finding whose text is exactly a dismissed text is silenced in that meeting only,
never an NHI, phone, email or date of birth. Old files without the field load; no output
prints the dismissals; ``psg check`` and ``psg render`` honour them; at wrap-up a dismissal
made with the keys is saved, and neither the export nor a reopened past meeting asks again."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError
from pypdf import PdfReader
from textual.widgets import OptionList

from psg_tui.cli import main
from psg_tui.core.gate import GROUP, NOTES, Output, check_output, dismiss_finding
from psg_tui.core.models import MAX_ITEMS, DismissedFinding, Meeting
from psg_tui.core.privacy import meeting_not_identifiers, scan_meeting
from psg_tui.core.record import build_record
from psg_tui.core.store import GroupStore
from psg_tui.report.markdown import render_meeting_markdown
from tests.tui_helpers import NZ, FakeClock, app_for, next_stages, planned_meeting, start_planned

NOW = dt.datetime(2026, 5, 21, 9, 30, tzinfo=NZ)
MEETING = "2026-05-20"
NOTE = "Grace Kereama came in about her warfarin. NHI ZZZ0016, ph 021 123 4567."


def _kinds(meeting: Meeting, output: Output = NOTES) -> list[str]:
    return [f.kind for f in check_output(meeting, output).findings if f.field == "summary"]


def _meeting(store: GroupStore, stem: str = MEETING, summary: str = NOTE) -> Meeting:
    meeting = store.load_meeting(store.meetings_dir / f"{stem}.toml")
    meeting.summary = summary
    return meeting


def _dismiss(meeting: Meeting, kind: str) -> DismissedFinding | None:
    finding = next(f for f in scan_meeting(meeting) if f.field == "summary" and f.kind == kind)
    return dismiss_finding(meeting, finding, "64012", NOW)


# -- the gate ------------------------------------------------------------------------------


def test_a_dismissed_name_is_silenced_in_this_meeting_only(sample_store: GroupStore) -> None:
    meeting = _meeting(sample_store)
    assert _kinds(meeting) == ["person_name", "nhi_test", "phone"]
    dismissal = _dismiss(meeting, "person_name")
    assert dismissal == DismissedFinding(text="Grace Kereama", acknowledged_at=NOW, by="64012")
    assert meeting.dismissed_findings == [dismissal]
    assert _kinds(meeting) == ["nhi_test", "phone"]  # psg check's output
    assert _kinds(meeting, GROUP) == ["nhi_test", "phone"]  # the group's PDF
    assert meeting_not_identifiers(meeting) == ["Grace Kereama"]
    # Another meeting of the same group with the same words still asks.
    other = _meeting(sample_store, "2026-08-19")
    assert _kinds(other) == ["person_name", "nhi_test", "phone"]
    # The same words again (spaced otherwise) are one dismissal, the first one.
    meeting.summary = "Grace  Kereama came in again."
    assert check_output(meeting, NOTES).clear
    undismissed = meeting.model_copy(update={"dismissed_findings": []})
    (finding,) = scan_meeting(undismissed)[-1:]
    assert finding.field == "summary"
    assert dismiss_finding(meeting, finding, "other", NOW) is dismissal
    assert meeting.dismissed_findings == [dismissal]


@pytest.mark.parametrize("kind", ["nhi_test", "phone"])
def test_an_nhi_or_phone_is_never_dismissed_in_the_file(
    sample_store: GroupStore, kind: str
) -> None:
    meeting = _meeting(sample_store)
    assert _dismiss(meeting, kind) is None
    assert meeting.dismissed_findings == []
    assert kind in _kinds(meeting)


def test_a_hand_written_dismissal_never_silences_a_protected_kind(
    sample_store: GroupStore,
) -> None:
    meeting = _meeting(
        sample_store,
        summary=NOTE + " Email a.person@example.nz, DOB 3/4/1956, 14 Kowhai Street.",
    )
    texts = ["ZZZ0016", "NHI ZZZ0016", "021 123 4567", "a.person@example.nz", "3/4/1956"]
    texts += ["DOB 3/4/1956", "14 Kowhai Street"]
    meeting.dismissed_findings = [
        DismissedFinding(text=t, acknowledged_at=NOW, by="hand") for t in texts
    ]
    # The address goes (a dismissed address is like a remembered one); the rest stay.
    assert _kinds(meeting) == ["person_name", "nhi_test", "phone", "email", "dob"]


def test_moot_once_the_notes_change(sample_store: GroupStore) -> None:
    """Editing the text away leaves the dismissal in the file, silencing nothing else."""
    meeting = _meeting(sample_store, summary="Grace Kereama came in.")
    _dismiss(meeting, "person_name")
    meeting.summary = "Aroha Ngata came in."
    assert _kinds(meeting) == ["person_name"]
    assert [d.text for d in meeting.dismissed_findings] == ["Grace Kereama"]
    meeting.summary = "Aroha Ngata and Grace Kereama came in."
    assert len(check_output(meeting, NOTES).findings) == 1


def test_with_the_groups_list_too(sample_store: GroupStore) -> None:
    meeting = _meeting(sample_store, summary="Grace Kereama and Aroha Ngata came in.")
    _dismiss(meeting, "person_name")
    group = sample_store.load_group()
    group.not_identifiers = ["Aroha Ngata"]
    assert meeting_not_identifiers(meeting, group) == ["Aroha Ngata", "Grace Kereama"]
    assert check_output(meeting, NOTES, group=group).clear
    assert check_output(meeting, NOTES).findings[0].excerpt.startswith("Grace Kereama and A")


def test_a_dismissal_needs_an_aware_time(sample_store: GroupStore) -> None:
    meeting = _meeting(sample_store)
    finding = scan_meeting(meeting)[-3]
    with pytest.raises(ValueError, match="timezone-aware"):
        dismiss_finding(meeting, finding, "64012", NOW.replace(tzinfo=None))


# -- the file ------------------------------------------------------------------------------


def test_an_old_file_without_the_field_loads(sample_store: GroupStore) -> None:
    path = sample_store.meetings_dir / f"{MEETING}.toml"
    assert "dismissed_findings" not in path.read_text("utf-8")
    assert sample_store.load_meeting(path).dismissed_findings == []


def test_the_file_keeps_the_dismissals(sample_store: GroupStore) -> None:
    path = sample_store.meetings_dir / f"{MEETING}.toml"
    meeting = _meeting(sample_store)
    _dismiss(meeting, "person_name")
    sample_store.save_meeting(meeting, path)
    saved = tomllib.loads(path.read_text("utf-8"))["dismissed_findings"]
    assert saved == [{"text": "Grace Kereama", "acknowledged_at": NOW.isoformat(), "by": "64012"}]
    again = sample_store.load_meeting(path)
    assert again.dismissed_findings == meeting.dismissed_findings
    assert _kinds(again) == ["nhi_test", "phone"]


def test_bad_dismissals_are_refused(sample_store: GroupStore) -> None:
    data = _meeting(sample_store).model_dump(mode="json")
    one = {"text": "Grace Kereama", "acknowledged_at": NOW.isoformat()}
    with pytest.raises(ValidationError, match="needs its text"):
        Meeting.model_validate({**data, "dismissed_findings": [{**one, "text": "  "}]})
    with pytest.raises(ValidationError, match="Extra inputs"):
        Meeting.model_validate({**data, "dismissed_findings": [{**one, "kind": "nhi"}]})
    with pytest.raises(ValidationError, match="needs a time zone"):
        Meeting.model_validate(
            {**data, "dismissed_findings": [{**one, "acknowledged_at": "2026-05-21T09:30:00"}]}
        )
    with pytest.raises(ValidationError, match=f"at most {MAX_ITEMS}"):
        Meeting.model_validate({**data, "dismissed_findings": [one] * (MAX_ITEMS + 1)})
    assert Meeting.model_validate({**data, "dismissed_findings": [one]}).dismissed_findings


def test_psg_validate_names_the_field(sample_group: Path, capsys) -> None:
    path = sample_group / "meetings" / f"{MEETING}.toml"
    path.write_text(
        path.read_text("utf-8") + '\n[[dismissed_findings]]\ntext = ""\n'
        "acknowledged_at = 2026-05-21T09:30:00+12:00\n",
        "utf-8",
    )
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{MEETING}.toml" in err and "dismissed" in err


# -- no output prints them -----------------------------------------------------------------


def test_no_output_prints_the_dismissals(sample_group: Path) -> None:
    store = GroupStore(sample_group)
    path = sample_group / "meetings" / f"{MEETING}.toml"
    meeting = store.load_meeting(path)
    # A dismissal whose text the notes do not hold (moot), by someone named nowhere else.
    meeting.dismissed_findings = [
        DismissedFinding(text="Quenby Marchetti", acknowledged_at=NOW, by="Ysolde Trask")
    ]
    store.save_meeting(meeting, path)
    assert "Quenby" not in repr(build_record(meeting))
    assert "Ysolde" not in repr(build_record(meeting, "64012"))
    markdown = render_meeting_markdown(meeting)
    assert "Quenby" not in markdown and "Ysolde" not in markdown and "dismiss" not in markdown
    pdf = path.with_suffix(".pdf")
    assert main(["render", str(path), "-o", str(pdf)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Waitaha" in text
    assert "Quenby" not in text and "Ysolde" not in text and "dismiss" not in text.lower()


# -- the CLI -------------------------------------------------------------------------------


def test_psg_check_and_render_honour_the_meetings_dismissal(
    sample_group: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = GroupStore(sample_group)
    path = sample_group / "meetings" / f"{MEETING}.toml"
    other = sample_group / "meetings" / "2026-08-19.toml"
    for file in (path, other):
        meeting = store.load_meeting(file)
        meeting.summary = "Grace Kereama came in. NHI ZZZ0016."
        store.save_meeting(meeting, file)
    assert main(["check", str(path)]) == 1
    assert "person_name" in capsys.readouterr().out
    meeting = store.load_meeting(path)
    _dismiss(meeting, "person_name")
    store.save_meeting(meeting, path)
    # The name is silenced for this meeting; the NHI is still reported.
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "person_name" not in out and "nhi_test" in out
    # The other meeting with the same name still reports it.
    assert main(["check", str(other)]) == 1
    assert "person_name" in capsys.readouterr().out
    # Once the NHI is fixed the check is clean, and psg render writes without asking.
    meeting = store.load_meeting(path)
    meeting.summary = "Grace Kereama came in."
    store.save_meeting(meeting, path)
    assert main(["check", str(path)]) == 0
    assert "no findings" in capsys.readouterr().out
    md = tmp_path / "out.md"
    assert main(["render", str(path), "--format", "md", "-o", str(md)]) == 0
    assert md.exists()
    assert store.load_meeting(path).privacy_acknowledgement is None  # nothing acknowledged


# -- wrap-up, then the export and the past meeting ----------------------------------------


async def _check_notes(pilot) -> None:
    """The palette's "Check the notes for patient identifiers", as a person runs it."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"Check the notes")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_wrap_up_dismissal_is_saved_and_not_asked_again(sample_group: Path) -> None:
    from psg_tui.tui.dialogs.confirm import ConfirmDialog
    from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog
    from psg_tui.tui.screens.past_meeting import PastMeetingScreen
    from psg_tui.tui.screens.wrap_up import WrapUpScreen

    store = GroupStore(sample_group)
    _path, planned = planned_meeting(sample_group)
    planned.slots[0].summary = "Grace Kereama came in about her warfarin."
    app, _ = app_for(sample_group, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        path = await start_planned(app, sample_group, pilot, planned)
        await next_stages(app, pilot, 3)
        wrap = app.screen
        assert isinstance(wrap, WrapUpScreen)
        await _check_notes(pilot)
        options = wrap.query_one("#findings", OptionList)
        assert app.focused is options and [f.kind for f in wrap.findings] == ["person_name"]
        await pilot.press("tab", "enter")  # "Dismiss for this meeting"
        await pilot.pause()
        assert wrap.findings == []
        assert "found nothing" in str(wrap.query_one("#privacy-status").content)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        (saved,) = store.load_meeting(path).dismissed_findings
        assert saved.text == "Grace Kereama" and saved.by == planned.roles.note_taker
        await _check_notes(pilot)  # checking again: still dismissed (from the meeting)
        assert wrap.findings == [] and wrap.dismissed == set()
        # The group PDF is written without asking, and nothing is acknowledged.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Write the group PDF")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert path.with_suffix(".pdf").exists()
        assert app.session.meeting.privacy_acknowledgement is None
        # F10: still open is only the next meeting (not the name); finishing writes the
        # final PDF through the gate, which does not ask either.
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "identifier" not in app.screen.question
        assert "no next meeting set" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        finished = store.load_meeting(path)
        assert finished.status.value == "complete"
        assert finished.privacy_acknowledgement is None
        assert [d.text for d in finished.dismissed_findings] == ["Grace Kereama"]
    # A new app on the group reopens the meeting: the tidy-notes dialog flags nothing.
    app, _ = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_past_meeting(path, store.load_meeting(path))
        await pilot.pause()
        assert isinstance(app.screen, PastMeetingScreen)
        await pilot.press("t")
        await pilot.pause()
        tidy = app.screen
        assert isinstance(tidy, TidyNotesDialog)
        assert all(finding is None for *_rest, finding in tidy.fields)
        assert str(tidy.query_one("#tidy-status").content) == "Nothing flagged."
    assert main(["check", str(path)]) == 0


async def test_tidy_notes_dismissal_is_saved_in_the_meeting(sample_group: Path) -> None:
    from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog
    from psg_tui.tui.screens.past_meeting import PastMeetingScreen

    store = GroupStore(sample_group)
    path = sample_group / "meetings" / f"{MEETING}.toml"
    meeting = store.load_meeting(path)
    meeting.slots[1].summary = "Shared care for Hemi Parata, who came in."
    store.save_meeting(meeting, path)
    app, clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_past_meeting(path, store.load_meeting(path))
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        tidy = app.screen
        assert isinstance(tidy, TidyNotesDialog)
        assert tidy.fields[0][3] is not None and tidy.fields[0][3].kind == "person_name"
        await pilot.press("tab", "enter")  # "Dismiss for this meeting"
        await pilot.pause()
        assert all(finding is None for *_rest, finding in tidy.fields)
        status = str(tidy.query_one("#tidy-status").content)
        assert status.startswith("Dismissed for this meeting (kept in its file): ")
        (saved,) = store.load_meeting(path).dismissed_findings
        assert saved.text == "Hemi Parata" and saved.by == meeting.roles.note_taker
        assert saved.acknowledged_at == clock.now()
        assert store.load_group().not_identifiers == []  # this meeting only
        await pilot.press("escape")
        await pilot.pause()
        past = app.screen
        assert isinstance(past, PastMeetingScreen)
        assert past.meeting.dismissed_findings == [saved]  # read again after the dialog
