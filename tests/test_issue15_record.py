"""Issue 15, parts 2, 4 and 5: guided reflection, fair airtime, sign-off and the yearly
review of the ground rules (model, core, the screens with real key presses)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Checkbox, Input, Static, TextArea

from psg_tui.core import signoff
from psg_tui.core.airtime import airtime, planned_vs_actual, suggest_presenters
from psg_tui.core.models import GroupDefaults, Meeting, Reflection, ReflectionFramework
from psg_tui.core.record import build_record
from psg_tui.core.review import review_due
from psg_tui.core.store import GroupStore
from psg_tui.report.html import meeting_html
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.dialogs.reflection import ReflectionDialog
from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog
from psg_tui.tui.screens.ground_rules import GroundRulesScreen
from psg_tui.tui.screens.past_meeting import PastMeetingScreen
from psg_tui.tui.screens.setup import SetupScreen
from psg_tui.tui.screens.wrap_up import WrapUpScreen
from tests.tui_helpers import NZ, FakeClock, app_for, next_stages, planned_meeting, start_planned

AUGUST = "2026-08-19.toml"


def _load(group: Path, name: str) -> tuple[Path, Meeting]:
    path = group / "meetings" / name
    return path, GroupStore(group).load_meeting(path)


def _text(renderable: object) -> str:
    console = Console(width=76, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def _all(group: Path) -> list[Meeting]:
    return [m for _p, m in GroupStore(group).load_meetings()[0]]


# -- part 2: guided reflection -----------------------------------------------------------


def test_an_old_reflection_loads_as_free_text_and_a_guided_one_keeps_its_parts() -> None:
    old = Reflection.model_validate({"registration_number": "1", "text": "Plain."})
    assert old.framework is ReflectionFramework.FREE and old.sections() == [("", "Plain.")]
    gibbs = Reflection(
        registration_number="1",
        framework=ReflectionFramework.GIBBS,
        answers=["What happened", "", "Good and bad"],
        culturally_safe_practice=True,
    )
    assert [h for h, _ in gibbs.sections()] == ["Description", "Evaluation"]
    assert gibbs.ticked() == ["Relates to culturally safe practice"]
    with pytest.raises(ValueError, match="has 3 parts"):
        Reflection(registration_number="1", framework="what_so_what_now_what", answers=["a"] * 4)
    with pytest.raises(ValueError, match="free text goes in text"):
        Reflection(registration_number="1", answers=["a"])


def test_the_members_pdf_prints_the_headings_used_and_the_ticks(sample_group: Path) -> None:
    _path, meeting = _load(sample_group, AUGUST)
    own = render_meeting_markdown(meeting, member="88106")
    for heading in ("#### What?", "#### So what?", "#### Now what?"):
        assert heading in own
    assert "- Informs my professional development plan" in own
    assert "- For my written reflective account" in own
    assert "culturally safe" not in own  # not ticked
    html = meeting_html(meeting, member="88106")
    assert "<h4>So what?</h4>" in html and "What? / So what? / Now what?" in html
    # Nobody else's copy, and not the group's.
    for other in (None, "92370"):
        text = render_meeting_markdown(meeting, member=other)
        assert "So what?" not in text and "Informs my professional" not in text


async def test_a_member_writes_a_guided_reflection_with_keys(sample_group: Path) -> None:
    path, meeting = _load(sample_group, AUGUST)
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_past_meeting(path, meeting)
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        app.screen.dismiss("81455")  # Daniel, who has written none
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReflectionDialog)
        await pilot.press("ctrl+o")  # free text -> What? / So what? / Now what?
        await pilot.pause()
        assert dialog.framework is ReflectionFramework.WHAT
        await pilot.press(*"A shortage")
        await pilot.press("tab")
        await pilot.press(*"I waited")
        await pilot.press("tab")
        await pilot.press(*"Call early")
        dialog.query_one("#tick-culturally_safe_practice", Checkbox).focus()
        await pilot.press("space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PastMeetingScreen)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    daniel = next(r for r in raw["reflections"] if r["registration_number"] == "81455")
    assert daniel["framework"] == "what_so_what_now_what"
    assert daniel["answers"] == ["A shortage", "I waited", "Call early"]
    assert daniel["culturally_safe_practice"] is True
    assert daniel.get("informs_pdp", False) is False


# -- part 4: fair airtime ----------------------------------------------------------------


def test_airtime_counts_this_recertification_year_and_suggests_who_had_least(
    sample_group: Path,
) -> None:
    meetings = _all(sample_group)
    everyone = ["70231", "81455", "64012", "92370", "55918", "88106", "431207"]
    shares = airtime(meetings, everyone, dt.date(2026, 12, 9))
    # February is in the 2025 recertification year (April start): Daniel's slot then is
    # not this year's, but it is his last.
    assert shares["81455"].minutes_this_year == 0
    assert shares["81455"].last_presented == dt.date(2026, 2, 18)
    assert shares["92370"].last_presented == dt.date(2026, 8, 19)
    assert shares["92370"].minutes_this_year == round(1160 / 60)
    assert shares["64012"].minutes_this_year > 0  # August
    # Fewest minutes first; a tie goes to whoever presented longest ago.
    assert suggest_presenters(list(shares.values()), 2) == ["81455", "64012"]
    assert suggest_presenters(list(shares.values()), 4)[2:] == ["55918", "92370"]
    assert suggest_presenters(list(shares.values()), 0) == []


def test_planned_against_actual_per_stage_slot_and_phase(sample_group: Path) -> None:
    _path, meeting = _load(sample_group, AUGUST)
    rows = planned_vs_actual(meeting, GroupDefaults())
    labels = [r.label for r in rows]
    assert labels[0] == "Check-in round" and labels[-1] == "Check-out round"
    slots = next(r for r in rows if r.label == "Presenter slots")
    assert slots.planned == 3600 and slots.actual == 1160 + 1220 + 1050
    phases = [r for r in rows if r.level == 2]
    assert len(phases) == 9 and phases[0].planned == 360 and phases[0].actual == 420
    # Without the group's defaults the rounds' plan is unknown, not made up.
    assert planned_vs_actual(meeting)[0].planned is None
    assert build_record(meeting).timing  # the past-meeting screen draws it


async def test_setup_shows_airtime_and_marks_the_suggested(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = planned_meeting(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = _text(app.screen.query_one("#airtime", Static).content)
        assert "Airtime this recert. year" in shown
        assert "* Daniel Okafor: 0 min, 18 Feb 2026" in shown
        assert "Tomasi Fifita: 19 min, 19 Aug 2026" in shown
        assert "* Tomasi" not in shown


# -- part 5: sign-off --------------------------------------------------------------------


def test_the_sample_sign_off_holds_and_prints_on_the_group_pdf(sample_group: Path) -> None:
    _path, meeting = _load(sample_group, AUGUST)
    assert signoff.holds(meeting)
    sentence = "Notes confirmed by Sarah McAllister (55918) on Thursday 20 August 2026"
    assert sentence in render_meeting_markdown(meeting)
    assert sentence in meeting_html(meeting)
    # A change to the shared notes (a hand edit) and the record no longer claims it.
    meeting.summary += " Edited."
    assert build_record(meeting).sign_off == ""
    assert "sign-off is cleared" in signoff.clear_if_changed(meeting)
    assert meeting.sign_off is None
    # Personal text is no part of what was confirmed.
    _path, again = _load(sample_group, AUGUST)
    again.reflections[0].text += " more"
    again.follow_ups[0].note = "changed"
    assert signoff.holds(again)


def test_no_facilitator_no_sign_off() -> None:
    meeting = Meeting(date=dt.date(2026, 1, 1))
    with pytest.raises(signoff.SignOffError, match="no facilitator"):
        signoff.sign(meeting, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


async def test_past_meeting_c_confirms_and_tidying_clears_it(sample_group: Path) -> None:
    path, meeting = _load(sample_group, "2026-05-20.toml")
    assert meeting.sign_off is None
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_past_meeting(path, meeting)
        await pilot.pause()
        view = app.screen
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert "Notes confirmed by Tomasi Fifita (92370)" in str(
            view.query_one("#view-status", Static).render()
        )
        assert tomllib.loads(path.read_text(encoding="utf-8"))["sign_off"]["name"] == (
            "Tomasi Fifita"
        )
        # The note taker tidies a summary: the sign-off is cleared, and the app says so.
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TidyNotesDialog)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("end", *" Tidied.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("sign-off is cleared" in n.message for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
    assert "sign_off" not in tomllib.loads(path.read_text(encoding="utf-8"))


async def test_wrap_up_palette_confirms_and_editing_the_summary_clears(
    sample_group: Path,
) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot, 3)
        screen = app.screen
        assert isinstance(screen, WrapUpScreen)
        session = app.session
        session.meeting.roles.facilitator = session.meeting.attendees[0].registration_number
        command = next(c for c in screen.palette_commands() if "sign-off" in c.title)
        command.run()
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert signoff.holds(session.meeting)
        screen.query_one("#wrap-tabs").active = "tab-summary"
        await pilot.pause()
        screen.query_one("#summary", TextArea).focus()
        await pilot.press(*"More.")
        await pilot.pause()
        assert session.meeting.sign_off is None
        assert any("sign-off is cleared" in n.message for n in app._notifications)


# -- part 5: the yearly review of the ground rules ----------------------------------------


def test_the_review_is_due_at_the_first_meeting_of_a_new_year(sample_group: Path) -> None:
    meetings = _all(sample_group)
    _p, december = _load(sample_group, "2026-12-09.toml")
    others = [m for m in meetings if m.date != december.date]
    assert not review_due(december, others)  # May and August are this year already
    april = december.model_copy(update={"date": dt.date(2027, 4, 14)})
    assert review_due(april, others)
    first_ever = december.model_copy(update={"date": dt.date(2025, 1, 1)})
    assert not review_due(first_ever, others)  # no earlier meeting: rules are agreed instead
    # The sample's May meeting, first of the 2026 year, recorded its review.
    may = next(m for m in meetings if m.date == dt.date(2026, 5, 20))
    assert may.ground_rules_review is not None
    assert "reviewed its purpose and ground rules" in render_meeting_markdown(may)


async def test_ground_rules_offer_the_review_and_ctrl_r_records_it(sample_group: Path) -> None:
    path, planned = planned_meeting(sample_group)
    # The first meeting of the 2027 recertification year (it starts on 1 April).
    clock = FakeClock(dt.datetime(2027, 4, 14, 18, 30, tzinfo=NZ))
    app, _clock = app_for(sample_group, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_meeting(planned, path)
        await pilot.pause()
        app.screen.query_one("#date", Input).value = "2027-04-14"
        await pilot.pause()
        app.screen.action_start()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GroundRulesScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.review_offered
        assert "Is the group achieving its purpose?" in str(
            screen.query_one("#review-text", Static).render()
        )
        assert screen.query_one("#review-note", Input).has_focus
        await pilot.press(*"Still on track")
        await pilot.press("ctrl+r")
        await pilot.pause()
        review = app.session.meeting.ground_rules_review
        assert review is not None and review.note == "Still on track"
        await pilot.press("f10")
        await pilot.pause()
        app.session.save_now()
        saved = tomllib.loads(app.session.path.read_text(encoding="utf-8"))
    assert saved["ground_rules_review"]["note"] == "Still on track"


async def test_no_review_offered_mid_year(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path, planned = planned_meeting(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        app.screen.action_start()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GroundRulesScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.review_offered
        assert not screen.query_one("#rules-review").display
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.session.meeting.ground_rules_review is None
