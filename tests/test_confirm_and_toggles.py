"""Confirm dialogs say what Enter does and press the button that looks it; ticks show by
glyph, not only colour. Keys pressed, the screen read at 80x24."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from textual.widgets import Button

from psg_tui.core.models import MeetingStatus, SlotState
from psg_tui.core.store import GroupStore
from psg_tui.tui.app import PsgApp
from psg_tui.tui.dialogs.attendance import AttendanceDialog
from psg_tui.tui.dialogs.confirm import ConfirmDialog
from psg_tui.tui.screens.round import RoundScreen
from psg_tui.tui.screens.setup import SetupScreen
from psg_tui.tui.screens.slot import SlotScreen
from tests.tui_helpers import NZ, FakeClock, app_for, next_stages, planned_meeting, start_planned

SIZE = (80, 24)
PAST = "2026-02-18.toml"


def screen_text(app: PsgApp) -> str:
    """Every line the terminal shows."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def focused_button(dialog: ConfirmDialog) -> Button:
    focused = dialog.focused
    assert isinstance(focused, Button)
    return focused


def assert_looks_default(dialog: ConfirmDialog, button_id: str) -> None:
    """The focused button is the primary-looking one; the other is plain."""
    assert focused_button(dialog).id == button_id
    for button in dialog.query(Button):
        assert button.variant == ("primary" if button.id == button_id else "default")


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.pause(0.05)


async def on_first_slot(app: PsgApp, group: Path, pilot) -> SlotScreen:
    """The first presenter's slot (Anahera Kōwhai's), not started."""
    await start_planned(app, group, pilot)
    await next_stages(app, pilot)  # check-in (nobody had a turn: answered yes) -> slots
    screen = app.screen
    assert isinstance(screen, SlotScreen)
    await settle(pilot)
    assert "1/3 Anahera Kōwhai" in screen_text(app)
    return screen


# -- confirm dialogs ------------------------------------------------------------------


async def test_f7_then_enter_keeps_the_presenter_and_says_so(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await on_first_slot(app, sample_group, pilot)
        slots = app.session.meeting.slots
        await pilot.press("f7")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog) and dialog.careful
        shown = screen_text(app)
        assert "Skip Anahera Kōwhai's slot?" in shown
        assert "Enter: Keep · ←/→ to choose · Esc: Keep" in shown
        assert_looks_default(dialog, "no")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SlotScreen)
        assert slots[0].state is SlotState.PENDING


async def test_left_then_enter_skips(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await on_first_slot(app, sample_group, pilot)
        await pilot.press("f7")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        await pilot.press("left")
        await settle(pilot)
        assert_looks_default(dialog, "yes")
        assert "Enter: Skip Anahera Kōwhai · ←/→ to choose · Esc: Keep" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SlotScreen)
        assert app.session.meeting.slots[0].state is SlotState.SKIPPED


async def test_right_and_tab_move_between_the_buttons(sample_group: Path) -> None:
    """Two buttons: Left and Right each go to the other one; Tab and shift+Tab too."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await on_first_slot(app, sample_group, pilot)
        await pilot.press("f7")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        for key, now_on in [
            ("right", "yes"),
            ("right", "no"),
            ("shift+tab", "yes"),
            ("tab", "no"),
            ("left", "yes"),
            ("left", "no"),
        ]:
            await pilot.press(key)
            await settle(pilot)
            assert_looks_default(dialog, now_on)
        await pilot.press("escape")  # Esc answers no: kept
        await settle(pilot)
        assert app.session.meeting.slots[0].state is SlotState.PENDING


async def test_leaving_a_round_part_way_enter_stays(sample_group: Path) -> None:
    """It passes people over (their turn is lost): Enter answers Stay; Right then Enter
    goes on."""
    app, clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.press("f2")  # the first person's turn
        await settle(pilot)
        clock.advance(30)
        await pilot.press("f10")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "Not everyone has had their check-in turn" in dialog.question
        assert "Enter: Stay · ←/→ to choose · Esc: Stay" in screen_text(app)
        assert_looks_default(dialog, "no")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RoundScreen)
        await pilot.press("f10")
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert "Enter: Go on · ←/→ to choose · Esc: Stay" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SlotScreen)


async def open_setup_another_day(app: PsgApp, group: Path, pilot) -> None:
    path, planned = planned_meeting(group)
    app.start_meeting(planned, path)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("f10")  # start: booked for another date, so it asks
    await pilot.pause()


def another_day_app(group: Path) -> PsgApp:
    clock = FakeClock(wall=dt.datetime(2026, 11, 26, 19, 5, tzinfo=NZ))
    app, _ = app_for(group, clock)
    return app


async def test_run_it_now_enter_runs_it_today(sample_group: Path) -> None:
    app = another_day_app(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await open_setup_another_day(app, sample_group, pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog) and not dialog.careful
        booked = planned_meeting(sample_group)[1].date.isoformat()
        assert "Enter: Run it now · ←/→ to choose · Esc: back to setup" in screen_text(app)
        assert_looks_default(dialog, "yes")
        assert f"Keep {booked}" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.session is not None
        assert app.session.meeting.date == dt.date(2026, 11, 26)


async def test_run_it_now_right_then_enter_keeps_the_booked_date(sample_group: Path) -> None:
    app = another_day_app(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await open_setup_another_day(app, sample_group, pilot)
        booked = planned_meeting(sample_group)[1].date
        await pilot.press("right")
        await settle(pilot)
        assert f"Enter: Keep {booked.isoformat()} ·" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.session is not None
        assert app.session.meeting.date == booked


async def test_run_it_now_esc_goes_back_to_setup_and_starts_nothing(sample_group: Path) -> None:
    """Esc used to answer "Keep <date>", which started the meeting: now it starts nothing."""
    app = another_day_app(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await open_setup_another_day(app, sample_group, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SetupScreen)
        assert app.session is None
        assert planned_meeting(sample_group)[1].status is MeetingStatus.PLANNED


# -- ticks by glyph -----------------------------------------------------------------------


def lines_with(text: str, name: str) -> list[str]:
    """The lines of toggles (they start with a box) that show ``name``."""
    return [line for line in text.splitlines() if name in line and "▐" in line]


async def test_setup_who_tab_ticks_differ_by_glyph(sample_group: Path) -> None:
    """Lucy sent apologies: unticked in Attending, ticked in Sent apologies; the others the
    other way round. Space unticks: the glyph changes."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        path, planned = planned_meeting(sample_group)
        app.start_meeting(planned, path)
        await settle(pilot)
        await app.workers.wait_for_complete()
        app.screen.query_one("#setup-tabs").active = "tab-who"
        await settle(pilot)
        shown = screen_text(app)
        (lucy,) = lines_with(shown, "Lucy Chen")
        (daniel,) = lines_with(shown, "Daniel Okafor")
        assert lucy.count("▐ ▌ Lucy Chen") == 1 and lucy.count("▐X▌ Lucy Chen") == 1
        assert daniel.index("▐X▌ Daniel") < daniel.index("▐ ▌ Daniel")  # attending: ticked
        attendees = app.screen.query_one("#attendees")
        attendees.focus()
        await settle(pilot)
        assert attendees.highlighted == 0
        await pilot.press("space")  # untick the first: Anahera
        await settle(pilot)
        (anahera,) = lines_with(screen_text(app), "Anahera")
        assert anahera.count("▐ ▌ Anahera") == 2


async def test_attendance_dialog_ticks_and_radios_differ_by_glyph(sample_group: Path) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        path = sample_group / "meetings" / PAST
        meeting = GroupStore(sample_group).load_meeting(path)
        app.open_past_meeting(path, meeting)
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, AttendanceDialog)
        shown = screen_text(app)
        attended = {member.name for member in meeting.attendees}
        ticked = [line for line in shown.splitlines() if "▐X▌" in line]
        unticked = [line for line in shown.splitlines() if "▐ ▌" in line]
        assert ticked and unticked
        for line in ticked:
            assert any(name in line for name in attended), line
        for line in unticked:
            assert not any(name in line for name in attended), line
        # After the meeting an unticked person is a correction: "was not here" is chosen.
        (left,) = lines_with(shown, "left early")
        (absent,) = lines_with(shown, "was not here")
        assert "▐○▌" in left and "▐●▌" in absent
        await pilot.press("space")  # untick the first person, who attended
        await settle(pilot)
        first = dialog.people[0]
        assert first.name in attended
        (line,) = lines_with(screen_text(app), first.name)
        assert "▐ ▌" in line


NOT_YET: dict[str, str] = {}
"""Files outside this change still to move to widgets/toggles.py (remove each when done)."""


def test_the_apps_toggles_come_from_widgets_toggles() -> None:
    """No Checkbox, RadioButton or SelectionList is made directly in the app's screens and
    dialogs (each would draw ticked and unticked alike): they use widgets/toggles.py."""
    tui = Path(__file__).parents[1] / "psg_tui" / "tui"
    raw = {"Checkbox", "RadioButton", "SelectionList"}
    found = []
    for source in sorted(tui.rglob("*.py")):
        if source.name == "toggles.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func.value if isinstance(node.func, ast.Subscript) else node.func
                if isinstance(func, ast.Name) and func.id in raw:
                    found.append(f"{source.relative_to(tui)}:{node.lineno} {func.id}")
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    base = base.value if isinstance(base, ast.Subscript) else base
                    if isinstance(base, ast.Name) and base.id in raw:
                        found.append(f"{source.relative_to(tui)}:{node.lineno} {node.name}")
    assert {where.split(":")[0] for where in found} <= NOT_YET.keys(), found
