"""Issue 15, part 1: takeaways followed up at check-in (core, model, the round screen)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from textual.widgets import Static

from psg_tui.core.followup import last_takeaways, last_takeaways_by_member, set_follow_up
from psg_tui.core.gate import GROUP, Output, output_fields
from psg_tui.core.models import FollowUpOutcome, Meeting
from psg_tui.core.privacy import findings_in_output
from psg_tui.core.record import build_record
from psg_tui.core.store import GroupStore
from psg_tui.report.html import meeting_html
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.tui.dialogs.follow_up import FollowUpDialog
from psg_tui.tui.screens.round import RoundScreen
from tests.tui_helpers import app_for, start_planned


def _meetings(group: Path) -> list[Meeting]:
    loaded, _ = GroupStore(group).load_meetings()
    return [m for _p, m in loaded]


def test_last_takeaways_are_the_latest_presented_before_the_date(sample_group: Path) -> None:
    meetings = _meetings(sample_group)
    # Tomasi presented in August: that is his last before December.
    last = last_takeaways(meetings, "92370", dt.date(2026, 12, 9))
    assert last is not None and last.date == dt.date(2026, 8, 19)
    assert "delayed-prescription" in last.takeaways
    # Before August, his last was earlier (or none): never a meeting on or after the date.
    earlier = last_takeaways(meetings, "92370", dt.date(2026, 8, 19))
    assert earlier is None or earlier.date < dt.date(2026, 8, 19)
    # A planned meeting's slots never count, and nobody unknown is found.
    found = last_takeaways_by_member(meetings, ["92370", "999"], dt.date(2030, 1, 1))
    assert "999" not in found and found["92370"].date == dt.date(2026, 8, 19)


def test_a_follow_up_is_its_own_field_and_only_in_the_members_copy(sample_group: Path) -> None:
    store = GroupStore(sample_group)
    path = sample_group / "meetings" / "2026-08-19.toml"
    meeting = store.load_meeting(path)
    meeting.follow_ups = []
    last = last_takeaways(_meetings(sample_group), "64012", meeting.date)
    set_follow_up(meeting, "64012", FollowUpOutcome.CHANGED, "Phone 021 555 0199 first", last)
    store.save_meeting(meeting, path)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    entry = next(f for f in raw["follow_ups"] if f["registration_number"] == "64012")
    assert entry["outcome"] == "changed_practice"
    assert all("Phone 021" not in e["notes"] for e in raw["check_in"])
    reloaded = store.load_meeting(path)
    # Her own copy has it under her reflection; the group's copy and others' do not.
    own = render_meeting_markdown(reloaded, member="64012")
    assert "What happened since: Changed my practice: Phone 021 555 0199 first" in own
    assert own.index("### My reflection") < own.index("What happened since")
    assert "Phone 021" not in render_meeting_markdown(reloaded)
    assert "Phone 021" not in render_meeting_markdown(reloaded, member="92370")
    assert "Changed my practice" in meeting_html(reloaded, member="64012")
    assert build_record(reloaded, "92370").member.follow_up is None
    # The privacy check scans it for her copy only.
    assert any(f.field.startswith("follow_ups.") for f in findings_in_output(reloaded, "64012"))
    assert not any(f.field.startswith("follow_ups.") for f in findings_in_output(reloaded))
    fields = {f.field for f in output_fields(reloaded, Output("member", "64012"))}
    assert any(f.startswith("follow_ups.") for f in fields)
    assert not any(f.field.startswith("follow_ups.") for f in output_fields(reloaded, GROUP))
    # Blank clears it.
    set_follow_up(reloaded, "64012", None, "   ", last)
    assert reloaded.follow_up_of("64012") is None


def test_two_follow_ups_for_one_member_are_refused() -> None:
    with pytest.raises(ValueError, match="already has a follow-up"):
        Meeting.model_validate(
            {
                "date": "2026-01-01",
                "follow_ups": [
                    {"registration_number": "1", "note": "a"},
                    {"registration_number": "1", "note": "b"},
                ],
            }
        )


async def test_check_in_shows_last_takeaways_and_ctrl_f_records_a_follow_up(
    sample_group: Path,
) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        path = await start_planned(app, sample_group, pilot)
        screen = app.screen
        assert isinstance(screen, RoundScreen) and not screen.check_out
        await app.workers.wait_for_complete()
        await pilot.pause()
        session = app.session
        first = session.meeting.attendees[0].registration_number
        expected = last_takeaways(_meetings(sample_group), first, session.meeting.date)
        panel = str(screen.query_one("#round-followup", Static).render())
        if expected is not None and expected.to_follow_up:
            assert "Last time" in panel and "ctrl+f" in panel
        elif expected is not None:  # followed up at a later meeting: not offered again
            assert "Nothing new to follow up" in panel and "Last time" not in panel
        # The first person's turn: F2, then ctrl+f, choose 2 (changed my practice), a note.
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpDialog)
        await pilot.press("2")
        await pilot.press(*"asked first")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        given = session.meeting.follow_up_of(first)
        assert given is not None and given.outcome is FollowUpOutcome.CHANGED
        assert given.note == "asked first"
        assert "Since: Changed my practice: asked first" in str(
            screen.query_one("#round-followup", Static).render()
        )
        # The timer keys keep their meanings: F3 still moves on to the next person.
        await pilot.press("f3")
        await pilot.pause()
        assert session.engine.turn_person != first
        # Esc in the dialog changes nothing.
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(session.meeting.follow_ups) == 1
        session.save_now()
        saved = tomllib.loads(path.read_text(encoding="utf-8"))
        assert saved["follow_ups"][0]["registration_number"] == first
