"""A member's year from the home screen (issue 15, part 3): y, the member, and the app
writes ``year-<year>-<REG>.pdf`` in the group folder through the privacy gate, in a worker."""

from __future__ import annotations

import time
from pathlib import Path

from pypdf import PdfReader
from textual.pilot import Pilot

from psg_tui.core.models import Reflection
from psg_tui.core.store import GroupStore
from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.messages import YearRequested
from psg_tui.tui.screens.home import HomeScreen
from tests.test_tui_home import SIZE, home_filled
from tests.tui_helpers import app_for

WIREMU = "88106"
"""Presented at 19 August 2026, with a What? / So what? / Now what? reflection and a
follow-up of his February takeaways (the sample group)."""
MY_TOPIC = "Evidence for the 'Contributes to quality and safety' competency"
TOMASI_REFLECTION = "how much of stewardship is conversation"
"""From another member's reflection at the same meeting."""


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


async def choose_year_of(pilot: Pilot, registration_number: str) -> None:
    """y on Home, then the member in the list (by arrow keys), Enter."""
    app = pilot.app
    await pilot.press("y")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ChooseMemberDialog)
    regs = [p.registration_number for p in dialog.people]
    await pilot.press(*["down"] * regs.index(registration_number), "enter")
    await pilot.pause()


async def written(pilot: Pilot, path: Path) -> None:
    """Wait (up to a minute: weasyprint on a busy machine) for the exporter's word that
    ``path`` was written, or that it was not."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)
        said = [n.message for n in pilot.app._notifications]
        if any(f"Wrote {path}" in m or "not written" in m for m in said):
            return
    raise AssertionError(f"no word about {path.name}: {said}")


async def asked(pilot: Pilot) -> None:
    """Wait (up to a minute) for the exporter's question."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not isinstance(pilot.app.screen, ConfirmDialog):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)


async def test_y_on_home_writes_the_members_year(sample_group: Path) -> None:
    requests: list[YearRequested] = []

    def hook(message: object) -> None:
        if isinstance(message, YearRequested):
            requests.append(message)

    app, _ = app_for(sample_group)
    target = sample_group / f"year-2026-{WIREMU}.pdf"
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await home_filled(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        footer_keys = {b.key for _n, b, enabled, _t in home.active_bindings.values() if enabled}
        assert "y" in footer_keys
        await choose_year_of(pilot, WIREMU)
        # One request (seen on Home, then bubbled to the app), for the year Home shows.
        assert {(r.member, r.year) for r in requests} == {(WIREMU, 2026)}
        await written(pilot, target)
        assert app.screen is home  # the gate was clear: no question
        notes = [n.message for n in app._notifications]
        assert any(f"Wrote {target}" in m for m in notes), notes
    assert target.stat().st_mode & 0o777 == 0o600
    text = pdf_text(target)
    assert "Wiremu" in text and MY_TOPIC in text
    assert "So what?" in text and "Follow-up of my takeaways" in text
    assert TOMASI_REFLECTION not in text
    assert "Tomasi" not in text


async def test_a_finding_in_the_members_year_asks_first(sample_group: Path) -> None:
    """The year's gate flags a phone number in the member's own reflection: Enter answers
    "Fix first" and nothing is written; asked again, "Write anyway" writes it."""
    store = GroupStore(sample_group)
    path = sample_group / "meetings" / "2026-08-19.toml"
    meeting = store.load_meeting(path)
    meeting.reflections = [r for r in meeting.reflections if r.registration_number != "64012"]
    meeting.reflections.append(
        Reflection(registration_number="64012", text="Call her back on 021 555 1234.")
    )
    store.save_meeting(meeting, path)
    target = sample_group / "year-2026-64012.pdf"
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        home = app.screen
        await choose_year_of(pilot, "64012")
        await asked(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "phone number" in dialog.question and "19 August 2026" in dialog.question
        await pilot.press("enter")  # careful: Enter answers "Fix first"
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.screen is home and not target.exists()
        await choose_year_of(pilot, "64012")
        await asked(pilot)
        await pilot.press("y")  # Write anyway
        await written(pilot, target)
    assert "021 555 1234" in pdf_text(target)


async def test_an_unknown_member_says_so_and_writes_nothing(sample_group: Path) -> None:
    app, _ = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await home_filled(pilot)
        app.post_message(YearRequested("99999", 2026))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("Year not written" in m and "99999" in m for m in notes), notes
    assert not list(sample_group.glob("year-*"))
