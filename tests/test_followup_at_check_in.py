"""Following up a member's last takeaways at check-in, as a tester ran it on the sample group:
the note typed after choosing lands in the follow-up (never in the check-in notes), and
takeaways a later meeting already followed up are not offered again."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from psg_tui.core.followup import last_takeaways_by_member, set_follow_up
from psg_tui.core.models import FollowUpOutcome, Meeting
from psg_tui.core.store import GroupStore
from psg_tui.tui.app import PsgApp
from psg_tui.tui.dialogs.follow_up import CHOOSE_HINT, CHOOSE_KEYS, NOTE_KEYS, FollowUpDialog
from psg_tui.tui.screens.round import RoundScreen
from tests.tui_helpers import app_for, start_planned

DECEMBER = dt.date(2026, 12, 9)
ANAHERA, DANIEL, PRIYA, TOMASI, SARAH, WIREMU = (
    "70231",
    "81455",
    "64012",
    "92370",
    "55918",
    "88106",
)
NOTE = "Now agrees one change per review."


def _meetings(group: Path) -> list[Meeting]:
    loaded, _ = GroupStore(group).load_meetings()
    return [m for _p, m in loaded]


def test_the_takeaways_offered_are_the_latest_not_yet_followed_up(sample_group: Path) -> None:
    meetings = _meetings(sample_group)
    everyone = [ANAHERA, DANIEL, PRIYA, TOMASI, SARAH, WIREMU]
    found = last_takeaways_by_member(meetings, everyone, DECEMBER)
    # Anahera and Sarah gave takeaways in May and followed them up in August: nothing new.
    for reg in (ANAHERA, SARAH):
        assert found[reg].date == dt.date(2026, 5, 20)
        assert found[reg].followed_up_on == dt.date(2026, 8, 19)
        assert not found[reg].to_follow_up
    # Wiremu followed up February's in August, and presented again in August: those are new.
    assert found[WIREMU].date == dt.date(2026, 8, 19) and found[WIREMU].to_follow_up
    # Daniel's February takeaways were never followed up; Priya's and Tomasi's are August's.
    assert found[DANIEL].date == dt.date(2026, 2, 18) and found[DANIEL].to_follow_up
    assert found[PRIYA].to_follow_up and found[TOMASI].to_follow_up
    # Asked at the August meeting itself, its own follow-ups are not "a later meeting".
    at_august = last_takeaways_by_member(meetings, [ANAHERA], dt.date(2026, 8, 19))
    assert at_august[ANAHERA].date == dt.date(2026, 5, 20)
    assert at_august[ANAHERA].to_follow_up
    # A blank follow-up, or one of other takeaways, does not count.
    august = next(m for m in meetings if m.date == dt.date(2026, 8, 19))
    august.follow_ups[0] = august.follow_ups[0].model_copy(update={"outcome": None, "note": ""})
    other = august.follow_ups[1].model_copy(update={"from_date": dt.date(2026, 2, 18)})
    august.follow_ups[1] = other
    again = last_takeaways_by_member(meetings, [ANAHERA, SARAH], DECEMBER)
    assert again[ANAHERA].to_follow_up and again[SARAH].to_follow_up


def test_a_follow_up_of_takeaways_already_followed_up_names_none(sample_group: Path) -> None:
    meetings = _meetings(sample_group)
    december = next(m for m in meetings if m.date == DECEMBER)
    done = last_takeaways_by_member(meetings, [ANAHERA], DECEMBER)[ANAHERA]
    given = set_follow_up(december, ANAHERA, None, "Still greeting in te reo", done)
    assert given is not None and given.from_date is None and given.takeaways == ""


async def _check_in_turn(app: PsgApp, group: Path, pilot: Pilot, presses: list[str]) -> Path:
    path = await start_planned(app, group, pilot)
    assert isinstance(app.screen, RoundScreen) and not app.screen.check_out
    await app.workers.wait_for_complete()
    await pilot.pause()
    for key in presses:
        await pilot.press(key)
        await pilot.pause()
    return path


def _hint(app: PsgApp) -> str:
    return str(app.screen.query_one("#follow-up-hint", Static).render())


def _keys(app: PsgApp) -> str:
    return str(app.screen.query_one("#follow-up-keys", Static).render())


def _panel(screen: RoundScreen) -> str:
    return str(screen.query_one("#round-followup", Static).render())


async def test_the_note_typed_after_a_digit_and_enter_goes_into_the_follow_up(
    sample_group: Path,
) -> None:
    """The tester's keys on Daniel's turn: ctrl+f, 2, Enter, the note, Enter."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        # F2: Anahera's turn; F3: she is done, Daniel's turn starts.
        path = await _check_in_turn(app, sample_group, pilot, ["f2", "f3"])
        screen = app.screen
        assert isinstance(screen, RoundScreen)
        assert app.session.engine.turn_person == DANIEL
        assert "Last time, 18 Feb 2026 · ctrl+f: follow up" in _panel(screen)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog)
        assert _hint(app) == CHOOSE_HINT and _keys(app) == CHOOSE_KEYS
        assert CHOOSE_KEYS.endswith("Goes only into their own PDF.")
        await pilot.press("2")
        await pilot.pause()
        note = app.screen.query_one("#follow-up-note", Input)
        assert app.screen.focused is note
        assert _hint(app) == (
            "Changed my practice: type the note, Enter keeps (no note: Enter twice)"
        )
        assert _keys(app) == NOTE_KEYS
        await pilot.press("enter")  # out of habit: the empty note asks, it does not close
        await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog) and app.screen.focused is note
        assert _hint(app) == "No note: Enter again keeps “Changed my practice” alone, or type one"
        await pilot.press(*NOTE)
        await pilot.pause()
        assert note.value == NOTE
        assert _hint(app) == "Changed my practice: Enter keeps it with this note"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert _panel(screen).startswith("Since: Changed my practice: Now agrees one")
        app.session.save_now()
        saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["follow_ups"] == [
        {
            "registration_number": DANIEL,
            "outcome": "changed_practice",
            "note": NOTE,
            "from_date": "2026-02-18",
            "takeaways": saved["follow_ups"][0]["takeaways"],
        }
    ]
    assert "Agree one change at a time" in saved["follow_ups"][0]["takeaways"]
    assert all(NOTE not in entry["notes"] for entry in saved["check_in"])
    daniel = next(e for e in saved["check_in"] if e["registration_number"] == DANIEL)
    assert daniel["notes"] == ""


async def test_enter_twice_keeps_a_choice_with_no_note_and_letters_start_the_note(
    sample_group: Path,
) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in_turn(app, sample_group, pilot, ["f2", "f3"])
        screen = app.screen
        assert isinstance(screen, RoundScreen)
        meeting = app.session.meeting
        # Enter on a choice, then Enter twice on the empty note: "Tried it" alone.
        for key in ("ctrl+f", "enter", "enter"):
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog) and meeting.follow_up_of(DANIEL) is None
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        given = meeting.follow_up_of(DANIEL)
        assert given is not None and given.outcome is FollowUpOutcome.TRIED and not given.note
        # Again: a letter typed while choosing starts the note; ↑ goes back to choosing;
        # 3 then chooses "Not yet" and the note typed so far stays.
        await pilot.press("ctrl+f")
        await pilot.pause()
        note = app.screen.query_one("#follow-up-note", Input)
        await pilot.press(*"Busy")
        await pilot.pause()
        assert note.value == "Busy" and app.screen.focused is note
        await pilot.press("up")
        await pilot.pause()
        assert isinstance(app.screen.focused, OptionList) and _hint(app) == CHOOSE_HINT
        await pilot.press("3", "enter")
        await pilot.pause()
        assert app.screen is screen
        given = meeting.follow_up_of(DANIEL)
        assert given is not None and given.outcome is FollowUpOutcome.NOT_YET
        assert given.note == "Busy"


async def test_takeaways_already_followed_up_are_not_offered_again(sample_group: Path) -> None:
    """Anahera followed up her May takeaways in August: in December there is nothing new."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path = await _check_in_turn(app, sample_group, pilot, ["f2"])
        screen = app.screen
        assert isinstance(screen, RoundScreen)
        assert app.session.engine.turn_person == ANAHERA
        panel = _panel(screen)
        assert panel.splitlines() == [
            "Nothing new to follow up · ctrl+f: a note",
            "Followed up 19 Aug 2026 (takeaways of 20 May 2026)",
        ]
        assert "Last time" not in panel and "te reo" not in panel
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog)
        said = str(app.screen.query_one("#follow-up-takeaways", Static).render())
        assert "Nothing new to follow up" in said and "19 August 2026" in said
        await pilot.press("0", *"Still greeting in te reo", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert "Since: Still greeting in te reo" in _panel(screen)
        assert "Followed up 19 Aug 2026 (takeaways of 20 May 2026)" in _panel(screen)
        app.session.save_now()
        saved = tomllib.loads(path.read_text(encoding="utf-8"))
    (entry,) = saved["follow_ups"]
    assert entry["registration_number"] == ANAHERA and "outcome" not in entry
    assert "from_date" not in entry and not entry.get("takeaways")
