"""Snapshots at 80x24 of the screens outside a running meeting: home, picker, create, edit,
and a past meeting; home also at 60x20 and 120x40, with a long member name. Update with
``pytest --snapshot-update`` after checking the new pictures by eye."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TabbedContent

from psg_tui.core.store import GroupStore
from psg_tui.tui.app import make_app
from psg_tui.tui.screens.home import HomeScreen
from tests.tui_helpers import FakeClock, app_for

SIZE = (80, 24)


async def settle(pilot: Pilot) -> None:
    """Let Home's worker fill the tables (Home paints first and fills after), then layout,
    the resize-driven column widths and focus settle."""
    await pilot.pause()
    for _ in range(200):
        home = next((s for s in pilot.app.screen_stack if isinstance(s, HomeScreen)), None)
        if home is None or home.loaded:
            break
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.01)
    await pilot.pause()
    await pilot.pause()


LONG_NAME = "Wiremu Te Rangi Ngāti-Kahungunu Fitzgerald-Montgomery-Smythe"


def test_home(sample_group: Path, snap_compare) -> None:
    app, _ = app_for(sample_group)
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=["60x20", "80x24", "120x40"])
def test_home_long_name(sample_group: Path, size: tuple[int, int], snap_compare) -> None:
    """Issue 12, item 8: the layout degrades gracefully; a long name is cut with an
    ellipsis (except where it fits), and every column shows."""
    store = GroupStore(sample_group)
    group = store.load_group()
    group.members[0] = group.members[0].model_copy(update={"name": LONG_NAME})
    store.save_group(group)
    app, _ = app_for(sample_group)
    assert snap_compare(app, terminal_size=size, run_before=settle)


def test_pick_group(
    sample_group: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snap_compare
) -> None:
    # A relative groups folder, so the path on screen is the same on every machine.
    monkeypatch.chdir(tmp_path)
    shutil.copytree(sample_group, tmp_path / "groups" / "waitaha")
    clock = FakeClock()
    app = make_app(None, clock=clock, now=clock.now, groups_root=Path("groups"), bell=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_create_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snap_compare) -> None:
    monkeypatch.chdir(tmp_path)
    clock = FakeClock()
    app = make_app(None, clock=clock, now=clock.now, groups_root=Path("groups"), bell=False)

    async def first_run(pilot: Pilot) -> None:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        name = pilot.app.screen.query_one("#name", Input)
        name.cursor_blink = False  # a blinking cursor would make the picture flaky
        await pilot.press(*"Ōtautahi PSG")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=first_run)


def test_edit_group_members(sample_group: Path, snap_compare) -> None:
    app, _ = app_for(sample_group)

    async def members_tab(pilot: Pilot) -> None:
        await pilot.pause()
        pilot.app.screen.action_edit_group()
        await pilot.pause()
        pilot.app.screen.query_one("#group-tabs", TabbedContent).active = "tab-members"
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=members_tab)


def test_past_meeting(sample_group: Path, snap_compare) -> None:
    app, _ = app_for(sample_group)
    path = sample_group / "meetings" / "2026-02-18.toml"

    async def open_past(pilot: Pilot) -> None:
        await pilot.pause()
        pilot.app.open_past_meeting(path, GroupStore(sample_group).load_meeting(path))
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=open_past)
