"""The past-meeting view (Home, Enter on a finished meeting) as a tester uses it.

- The "Time: planned and actual" table shows its numbers at 60, 80 and 120 columns: only the
  long first column gives way (cut with an ellipsis).
- After the facilitator confirms the notes (c), the group PDF already beside the meeting is
  written again, through the app's exporter, and says "Notes confirmed by"; with no group
  PDF yet, none is written and the status line says that g writes it.
- ``confirmed_at`` is recorded in the meeting's own time zone, as every other time in the file.
- A sign-off the notes no longer match (the file edited by hand) is shown for what it is,
  and the PDF does not print it.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from psg_tui.core import signoff
from psg_tui.core.store import GroupStore
from psg_tui.report.markdown import render_meeting_markdown
from psg_tui.tui.app import PsgApp
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.screens.home import HomeScreen
from psg_tui.tui.screens.past_meeting import PastMeetingScreen
from psg_tui.tui.widgets.record_view import meeting_record
from tests.tui_helpers import app_for

PAST = "2026-08-19.toml"
"""The sample's finished meeting on the second row of Home's table (newest first); Sarah
McAllister (55918) facilitated it and confirmed its notes on 20 August 2026."""

STALE = (
    "Confirmed by Sarah McAllister on Thursday 20 August 2026; the notes have changed "
    "since: confirm again (c)."
)


def edit_by_hand(group: Path) -> Path:
    """Change a slot's title in the file, as ``sed`` would: the sign-off no longer holds."""
    path = group / "meetings" / PAST
    text = path.read_text(encoding="utf-8")
    old = 'title = "Conference feedback: antimicrobial'
    assert text.count(old) == 1
    path.write_text(
        text.replace(old, 'title = "EDITED: AMS conference feedback: antimicrobial'),
        encoding="utf-8",
    )
    return path


async def open_from_home(app: PsgApp, pilot: Pilot) -> PastMeetingScreen:
    """Home, Down to the finished meeting, Enter: what a person does."""
    await pilot.pause()
    for _ in range(200):
        if isinstance(app.screen, HomeScreen) and app.screen.loaded:
            break
        await app.workers.wait_for_complete()
        await pilot.pause(0.01)
    table = app.screen.query_one("#meetings", DataTable)
    table.focus()
    table.move_cursor(row=0)
    await pilot.press("down", "enter")
    await pilot.pause()
    view = app.screen
    assert isinstance(view, PastMeetingScreen)
    assert view.path.name == PAST
    return view


def screen_lines(app: PsgApp) -> list[str]:
    """Every line the terminal shows now."""
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


async def read_all(app: PsgApp, pilot: Pilot, view: PastMeetingScreen) -> list[str]:
    """Every line of the record, read screen by screen with PageDown from the top."""
    scroll = view.query_one("#meeting-view")
    await pilot.press("home")
    await pilot.pause()
    seen: list[str] = []
    for _ in range(60):
        seen += screen_lines(app)
        before = scroll.scroll_y
        await pilot.press("pagedown")
        await pilot.pause()
        if scroll.scroll_y == before:
            break
    return seen


def status_of(view: PastMeetingScreen) -> str:
    return str(view.query_one("#view-status", Static).render())


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# -- 1. the numbers of the time table always show ---------------------------------------------


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_time_table_shows_its_numbers_at_every_width(
    sample_group: Path, size: tuple[int, int]
) -> None:
    edit_by_hand(sample_group)  # the tester's long first slot title
    app, _clock = app_for(sample_group)
    async with app.run_test(size=size) as pilot:
        view = await open_from_home(app, pilot)
        app.clear_notifications()
        await pilot.pause()
        lines = await read_all(app, pilot, view)
    text = "\n".join(lines)
    assert "Time: planned and actual" in text
    assert re.search(r"Part\s+Planned\s+Actual\s+\+/-", text), text
    expected = [
        r"Check-in round\s+14:00\s+11:40\s+-2:20",
        r"Presenter slots\s+60:00\s+57:10\s+-2:50",
        r"1\. Tomasi Fifita: EDITED[^\n]*\s+20:00\s+19:20\s+-0:40",
        r"Present\s+6:00\s+7:00\s+\+1:00",
        r"3\. Priya Raman: Managing[^\n]*\s+20:00\s+17:30\s+-2:30",
        r"Check-out round\s+7:00\s+3:30\s+-3:30",
    ]
    for pattern in expected:
        assert re.search(pattern, text), (pattern, size)
    if size[0] < 120:  # the long title is cut on its own line, never wrapped into the numbers
        slot = next(line for line in lines if "1. Tomasi Fifita: EDITED" in line)
        assert "…" in slot and "antimicrobial stewardship in the community" not in slot


# -- 2. c rewrites the group PDF that is already there -----------------------------------------


async def test_c_writes_the_group_pdf_beside_the_meeting_again(sample_group: Path) -> None:
    path = edit_by_hand(sample_group)
    pdf = path.with_suffix(".pdf")
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_from_home(app, pilot)
        await pilot.press("g")  # the group PDF, written before the sign-off is renewed
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert pdf.exists()
        assert "confirmed" not in pdf_text(pdf).lower()  # the stale sign-off is not claimed
        written_at = pdf.stat().st_mtime_ns

        await pilot.press("c")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert f"{pdf.name} is written again to say so" in str(
            dialog.query_one("#confirm-question", Static).render()
        )
        await pilot.press("enter")  # Confirm
        await pilot.pause()
        assert app.screen is view
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = status_of(view)
        assert status.startswith("Notes confirmed by Sarah McAllister (55918) on ")
        assert f"Wrote {pdf}" in status
    assert pdf.stat().st_mtime_ns != written_at
    text = pdf_text(pdf)
    assert "Notes confirmed by Sarah McAllister (55918)" in text
    assert "EDITED: AMS conference feedback" in text
    assert sorted(p.name for p in path.parent.glob("2026-08-19*")) == [
        "2026-08-19.pdf",
        PAST,
    ]


async def test_c_without_a_group_pdf_writes_none_and_says_g_writes_it(
    sample_group: Path,
) -> None:
    path = edit_by_hand(sample_group)
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(60, 20)) as pilot:
        view = await open_from_home(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "The group PDF says so once it is written (g)" in str(
            app.screen.query_one("#confirm-question", Static).render()
        )
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = status_of(view)
        assert status.startswith("Notes confirmed by Sarah McAllister (55918) on ")
        assert status.endswith("No group PDF written yet: g writes it.")
    assert not path.with_suffix(".pdf").exists()  # nobody asked for one
    assert tomllib.loads(path.read_text(encoding="utf-8"))["sign_off"]["name"] == (
        "Sarah McAllister"
    )


async def test_an_attendance_change_clears_the_sign_off_and_rewrites_the_pdf(
    sample_group: Path,
) -> None:
    path = sample_group / "meetings" / PAST
    pdf = path.with_suffix(".pdf")
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_from_home(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Notes confirmed by Sarah McAllister" in pdf_text(pdf)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("end", "space")  # untick the last attendee...
        await pilot.click("#left")  # ...who left early (they had their turns)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = status_of(view)
        assert status.startswith("Attendance saved: ")
        assert "the sign-off is cleared" in status
        assert f"Wrote {pdf}" in status
    assert "sign_off" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert "confirmed" not in pdf_text(pdf).lower()


# -- 3. confirmed_at in the meeting's own zone ---------------------------------------------------


def test_confirmed_at_is_recorded_in_the_meetings_zone(sample_group: Path) -> None:
    store = GroupStore(sample_group)
    path = sample_group / "meetings" / PAST
    meeting = store.load_meeting(path)
    assert meeting.timezone == "Pacific/Auckland"
    # 06:18:57 UTC on 1 December is 19:18:57 in Auckland (daylight time, +13:00).
    signoff.sign(meeting, dt.datetime(2026, 12, 1, 6, 18, 57, 480_000, tzinfo=dt.UTC))
    store.save_meeting(meeting, path)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["sign_off"]["confirmed_at"] == "2026-12-01T19:18:57+13:00"
    # Every time the file holds carries the meeting's offset, none is UTC.
    stamps = re.findall(r'_at = "([^"]+)"', path.read_text(encoding="utf-8"))
    assert stamps and all(re.search(r"\+1[23]:00$", s) for s in stamps), stamps
    with pytest.raises(signoff.SignOffError, match="time zone"):
        signoff.sign(meeting, dt.datetime(2026, 12, 1, 6, 18, 57))


# -- 4. a sign-off the notes no longer match -------------------------------------------------------


def test_a_stale_sign_off_is_shown_for_what_it_is_and_never_printed(sample_group: Path) -> None:
    store = GroupStore(sample_group)
    meeting = store.load_meeting(edit_by_hand(sample_group))
    assert meeting.sign_off is not None and not signoff.holds(meeting)
    assert signoff.sign_off_sentence(meeting) == ""
    assert signoff.stale_sentence(meeting) == (
        "Confirmed by Sarah McAllister on Thursday 20 August 2026; the notes have changed since"
    )
    console = Console(width=200, record=True)
    console.print(meeting_record(meeting))
    shown = "\n".join(line.rstrip() for line in console.export_text().splitlines())
    assert f"Sign-off\n   {STALE}" in shown
    assert "Not confirmed yet" not in shown
    markdown = render_meeting_markdown(meeting)
    assert "confirmed" not in markdown.lower()
    # The sign-off that holds is shown as such, and nothing else.
    fresh = store.load_meeting(sample_group / "meetings" / "2026-05-20.toml")
    signoff.sign(fresh, dt.datetime(2026, 5, 21, tzinfo=dt.UTC))
    assert signoff.stale_sentence(fresh) == ""
    console = Console(width=200, record=True)
    console.print(meeting_record(fresh))
    assert "Notes confirmed by Tomasi Fifita (92370) on Thursday 21 May 2026." in (
        console.export_text()
    )


async def test_the_attendance_dialog_of_a_past_meeting_speaks_of_the_past(
    sample_group: Path,
) -> None:
    """After the meeting, `a` corrects who was there: no "arrived late" hint."""
    from textual.widgets import Static

    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_home(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        words = " ".join(str(s.content) for s in app.screen.query(Static))
        assert "Who was there" in words and "was at the meeting (a correction)" in words
        assert "arrived late" not in words and "Who is here" not in words
