"""Wrap-up: the privacy check lists findings and opens each field at the spot; the PDF and
the invitation are written beside the meeting file, the PDF in a worker thread."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from textual.widgets import Input, OptionList, TextArea

from psg_tui.core.models import MeetingStatus
from psg_tui.core.store import GroupStore
from psg_tui.tui.dialogs.field_editor import FieldEditor
from psg_tui.tui.screens.wrap_up import WrapUpScreen
from tests.tui_helpers import FakeClock, app_for, next_stages, planned_meeting, start_planned

# A valid test NHI (Z-prefixed, check character confirmed): fictional by construction.
TEST_NHI = "ZZZ0016"


async def _to_wrap_up(app, sample_group: Path, pilot):
    _path, planned = planned_meeting(sample_group)
    planned.slots[0].summary = f"Discussed a person (NHI {TEST_NHI}) and their medicines."
    path = await start_planned(app, sample_group, pilot, planned)
    await next_stages(app, pilot, 3)
    assert isinstance(app.screen, WrapUpScreen)
    return path


async def test_privacy_findings_open_the_field_to_fix(sample_group: Path) -> None:
    app, _ = app_for(sample_group, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_wrap_up(app, sample_group, pilot)
        wrap = app.screen
        assert len(wrap.findings) == 1
        finding = wrap.findings[0]
        assert finding.field == "slots.0.summary"
        assert TEST_NHI not in finding.excerpt  # masked on screen too
        findings = wrap.query_one("#findings", OptionList)
        findings.highlighted = 0
        findings.action_select()
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, FieldEditor)
        area = editor.query_one(TextArea)
        assert area.cursor_location == (finding.line - 1, finding.column - 1)
        area.load_text("Discussed a person and their medicines.")
        editor.action_save()
        await pilot.pause()
        assert app.screen is wrap
        assert wrap.findings == []
        assert app.session.meeting.slots[0].summary == "Discussed a person and their medicines."


async def _settle(app, pilot) -> None:
    """Let the export message reach the app, its worker finish, and the answer land."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _palette(pilot, title: str) -> None:
    """Run a command-palette entry the way a person does: ctrl+p, type, Enter."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*title)
    await pilot.pause(0.3)
    await pilot.press("enter")


async def _button(app, pilot, button_id: str) -> None:
    """Open the Export tab and press one of its buttons (Tab to it, then Enter)."""
    app.screen.query_one("#wrap-tabs").active = "tab-export"
    await pilot.pause()
    app.screen.query_one(f"#{button_id}").focus()
    await pilot.press("enter")


async def test_export_pdf_and_invitation(sample_group: Path) -> None:
    from psg_tui.tui.dialogs.confirm import ConfirmDialog

    app, _ = app_for(sample_group, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        path = await _to_wrap_up(app, sample_group, pilot)
        wrap = app.screen
        await _palette(pilot, "next meeting's invitation")  # no next meeting: nothing to invite to
        await _settle(app, pilot)
        ics = path.with_name(f"{path.stem}-next-meeting.ics")
        assert not ics.exists()
        assert any("Set the next meeting's date first." in n.message for n in app._notifications)
        wrap.query_one("#next-date", Input).value = "2027-03-10"
        await pilot.pause()
        await _button(app, pilot, "export-ics")
        await _settle(app, pilot)
        assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
        assert ics.stat().st_mode & 0o777 == 0o600
        export_status = str(wrap.query_one("#export-status").content)
        assert export_status.startswith(f"Wrote {ics}")
        # Findings: export asks first, Enter answers "Fix first" and nothing is written.
        pdf = path.with_suffix(".pdf")
        await _palette(pilot, "Write the group PDF")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.question.startswith(
            "The privacy check found 1 possible identifier in what the PDF holds."
        )
        await pilot.press("enter")
        await _settle(app, pilot)
        assert app.screen is wrap and not pdf.exists()
        assert app.session.meeting.privacy_acknowledgement is None
        # "Export anyway" records the acknowledgement, then renders in a worker.
        await _button(app, pilot, "export-pdf")
        await pilot.pause()
        await pilot.press("y")
        await _settle(app, pilot)
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "Waitaha Primary Care Pharmacists PSG" in text
        ack = app.session.meeting.privacy_acknowledgement
        assert ack is not None and ack.findings == 1 and ack.kinds == ["nhi_test"]
        assert "reviewed and acknowledged" in " ".join(text.split())
        assert pdf.stat().st_mode & 0o777 == 0o600
        export_status = str(wrap.query_one("#export-status").content)
        assert export_status.startswith(f"Wrote {pdf} (")
        assert f"Group PDF:    {pdf}" in export_status


async def test_finishing_with_a_finding_asks_first(sample_group: Path) -> None:
    """F10 says what is still open (an identifier, no next meeting) and waits for a yes."""
    from psg_tui.tui.dialogs.confirm import ConfirmDialog

    app, _ = app_for(sample_group, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        path = await _to_wrap_up(app, sample_group, pilot)
        wrap = app.screen
        wrap.action_finish()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "1 possible patient identifier in the notes" in dialog.question
        assert "no next meeting set" in dialog.question
        dialog.action_no()
        await pilot.pause()
        assert app.screen is wrap
        assert app.session is not None  # still running
        wrap.action_finish()
        await pilot.pause()
        app.screen.action_yes()
        await pilot.pause()
        assert app.session is None
        assert GroupStore(sample_group).load_meeting(path).status is MeetingStatus.COMPLETE


async def test_finishing_leaves_the_final_group_pdf(sample_group: Path) -> None:
    """F10 at wrap-up finishes the meeting and writes the final group PDF (asking first when
    the privacy check finds something); a past meeting writes it again with g."""
    from psg_tui.tui.dialogs.confirm import ConfirmDialog
    from psg_tui.tui.screens.home import HomeScreen
    from psg_tui.tui.screens.past_meeting import PastMeetingScreen

    app, _ = app_for(sample_group, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        path = await _to_wrap_up(app, sample_group, pilot)
        pdf = path.with_suffix(".pdf")
        await pilot.press("f10")  # still open (a finding, no next meeting): it asks
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        dialog = app.screen  # the export's own question about the finding
        assert isinstance(dialog, ConfirmDialog)
        assert "possible identifier" in dialog.question
        await pilot.press("y")
        await _settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert GroupStore(sample_group).load_meeting(path).status is MeetingStatus.COMPLETE
        text = " ".join("".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert "Waitaha Primary Care Pharmacists PSG" in text
        assert "Draft" not in text and "in progress" not in text
        first = pdf.stat().st_mtime_ns
        pdf.unlink()
        app.open_past_meeting(path, GroupStore(sample_group).load_meeting(path))
        await pilot.pause()
        assert isinstance(app.screen, PastMeetingScreen)
        await pilot.press("g")
        await _settle(app, pilot)
        if isinstance(app.screen, ConfirmDialog):  # the acknowledged finding is still there
            await pilot.press("y")
            await _settle(app, pilot)
        assert pdf.exists() and first > 0


async def test_finishing_a_meeting_of_a_few_minutes_asks_first(sample_group: Path) -> None:
    """A trial run or an accident (4 minutes) would count for recertification once
    finished: F10 says how long it ran, and Enter goes back; after 90 minutes it is not
    mentioned."""
    from psg_tui.tui.dialogs.confirm import ConfirmDialog

    clock = FakeClock()
    app, _ = app_for(sample_group, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        path = await _to_wrap_up(app, sample_group, pilot)
        wrap = app.screen
        clock.advance(4 * 60)
        await pilot.press("f10")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "it has run only 4 minutes: a trial run?" in dialog.question
        await pilot.press("enter")  # the careful answer: go back
        await pilot.pause()
        assert app.screen is wrap and app.session is not None
        clock.advance(90 * 60)
        await pilot.press("f10")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)  # the identifier is still open
        assert "run only" not in dialog.question
    assert GroupStore(sample_group).load_meeting(path).status is MeetingStatus.IN_PROGRESS
