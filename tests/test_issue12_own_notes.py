"""Issue 12 item 14: "members write their own notes" when there is no note taker: each
presenter's summary may be entered by anyone, with who wrote it (``written_by``), shown in
the record as "notes by ..."."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from psg_tui.core.models import Meeting
from psg_tui.core.record import build_record
from psg_tui.report.html import meeting_html
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
from psg_tui.tui.screens.slot import SlotScreen
from tests.tui_helpers import FakeClock, app_for, next_stages, planned_meeting, start_planned


def _meeting(**slot) -> Meeting:
    return Meeting.model_validate(
        {
            "date": "2026-03-04",
            "status": "complete",
            "venue": "Room 2",
            "attendees": [
                {"name": "Aroha Test", "registration_number": "70000"},
                {"name": "Ben Sample", "registration_number": "70001"},
            ],
            "slots": [{"presenter": "70000", "title": "A case", "summary": "Talked.", **slot}],
        }
    )


def test_the_record_says_who_wrote_the_notes() -> None:
    meeting = _meeting(written_by="70001")
    [topic] = build_record(meeting).topics
    assert topic.notes_by == "notes by Ben Sample"
    assert "notes by Ben Sample" in meeting_html(meeting)
    assert "notes by Ben Sample" in render_meeting_markdown(meeting)
    assert build_record(_meeting()).topics[0].notes_by == ""


@pytest.mark.slow
def test_the_group_pdf_says_who_wrote_the_notes() -> None:
    import io

    from psg_tui.report.pdf import render_meeting_pdf

    data = render_meeting_pdf(_meeting(written_by="70001"))
    text = " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "notes by Ben Sample" in text


def test_the_writer_must_be_an_attendee_and_old_files_load() -> None:
    with pytest.raises(ValidationError, match="written_by 99999 is not an attendee"):
        _meeting(written_by="99999")
    assert _meeting().slots[0].written_by == ""


async def test_with_no_note_taker_the_slot_screen_records_who_wrote_the_notes(
    sample_group: Path,
) -> None:
    from psg_tui.core.store import GroupStore

    app, _ = app_for(sample_group, FakeClock())
    _path, planned = planned_meeting(sample_group)
    writer = planned.attendees[-1]
    async with app.run_test(size=(80, 24)) as pilot:
        path = await start_planned(app, sample_group, pilot, planned)
        app.session.meeting.roles.note_taker = ""  # setup suggested one: nobody takes notes
        await next_stages(app, pilot, 1)
        screen = app.screen
        assert isinstance(screen, SlotScreen)
        assert "Who wrote these notes" in [c.title for c in screen.palette_commands()]
        await pilot.press(*"Discussed deprescribing.")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Who wrote")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChooseMemberDialog)
        await pilot.press("end", "enter")  # the last attendee
        await pilot.pause()
        assert app.screen is screen
        slot = app.session.meeting.slots[0]
        assert slot.written_by == writer.registration_number
        assert slot.summary == "Discussed deprescribing."
        app.session.save_now()
    saved = GroupStore(sample_group).load_meeting(path)
    assert saved.slots[0].written_by == writer.registration_number
    assert f"notes by {writer.name}" in render_meeting_markdown(saved)


async def test_with_a_note_taker_the_command_is_not_offered(sample_group: Path) -> None:
    app, _ = app_for(sample_group, FakeClock())
    _path, planned = planned_meeting(sample_group)
    assert planned.roles.note_taker
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot, planned)
        await next_stages(app, pilot, 1)
        assert isinstance(app.screen, SlotScreen)
        assert "Who wrote these notes" not in [c.title for c in app.screen.palette_commands()]
