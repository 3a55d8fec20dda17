"""At 60 columns every key of a live round or slot shows, and every registration number in
setup's Who lists (issue 12, item 8, what was left): read from the screen as a person sees it.

The round's and the slot's footers take a second line when their keys do not fit on one
(at 60 columns); at 80 and 120 columns they are one line, as before. The Who lists cut a
long name with an ellipsis, never the registration number after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import TextArea

from psg_tui.core.store import GroupStore
from psg_tui.tui.screens.round import RoundScreen
from psg_tui.tui.screens.setup import PeopleList, SetupScreen
from psg_tui.tui.screens.slot import SlotScreen
from psg_tui.tui.widgets.key_footer import KeysFooter
from tests.tui_helpers import app_for, next_stages, planned_meeting, start_planned

LONG_NAME = "Wiremu Te Rangi Ngāti-Kahungunu Fitzgerald-Montgomery-Smythe"

ROUND_KEYS = [
    "f1 Help",
    "f2 Go",
    "f3 Next",
    "f4 +1",
    "f6 Correct",
    "f7 Skip",
    "f9 Timer",
    "f10 Go on",
    "^q Quit",
]
SLOT_KEYS = [
    "f1 Help",
    "f2 Go",
    "f3 Phase",
    "f4 +1",
    "f6 Correct",
    "f7 Skip",
    "f8 Done",
    "f9 Timer",
    "f10 Check-out",
]


def screen_lines(app) -> list[str]:
    """Every line the terminal shows."""
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def footer_text(app) -> str:
    """The footer's lines as shown (the bottom one or two lines of the terminal)."""
    footer = app.screen.query_one(KeysFooter)
    lines = screen_lines(app)
    return "\n".join(lines[footer.region.y : footer.region.bottom])


def shown_keys(app) -> list[str]:
    """``key label`` for every binding of the screen that the footer should show."""
    return [
        f"{app.get_key_display(binding)} {binding.description}"
        for _node, binding, _enabled, _tooltip in app.screen.active_bindings.values()
        if binding.show
    ]


def _long_named(group_dir: Path) -> None:
    """The first member (who presents first) has a long name, in the group and the plan."""
    store = GroupStore(group_dir)
    group = store.load_group()
    reg = group.members[0].registration_number
    group.members[0] = group.members[0].model_copy(update={"name": LONG_NAME})
    store.save_group(group)
    path, planned = planned_meeting(group_dir)
    for attendee in planned.attendees:
        if attendee.registration_number == reg:
            attendee.name = LONG_NAME
    store.save_meeting(planned, path)


def _shown_lines(widget) -> int:
    return widget.content_region.intersection(widget.screen.region).height


# -- the round's and the slot's footers ------------------------------------------------------


async def test_round_and_slot_show_every_key_at_60x20(sample_group: Path) -> None:
    """A timekeeper at 60x20 sees every key, F10 included, on two footer lines; the notes
    keep at least 3 lines and say they are personal; F10 as shown moves on."""
    _long_named(sample_group)
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(60, 20)) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        footer = app.screen.query_one(KeysFooter)
        assert footer.size.height == 2
        shown = footer_text(app)
        assert sorted(shown_keys(app)) == sorted(ROUND_KEYS)
        for key in ROUND_KEYS:
            assert key in shown, f"{key!r} not in the footer:\n{shown}"
        notes = app.screen.query_one("#round-notes", TextArea)
        assert _shown_lines(notes) >= 3
        assert any("Personal notes: in no PDF" in line for line in screen_lines(app))

        await next_stages(app, pilot)  # F10, as the footer says
        assert isinstance(app.screen, SlotScreen)
        await pilot.pause()
        shown = footer_text(app)
        assert sorted(shown_keys(app)) == sorted(SLOT_KEYS)
        for key in SLOT_KEYS:
            assert key in shown, f"{key!r} not in the footer:\n{shown}"
        assert _shown_lines(app.screen.query_one("#summary", TextArea)) >= 3


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_round_and_slot_footers_are_one_line_when_wide(sample_group: Path, size) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=size) as pilot:
        await start_planned(app, sample_group, pilot)
        await pilot.pause()
        for keys in (ROUND_KEYS, SLOT_KEYS):
            footer = app.screen.query_one(KeysFooter)
            assert footer.size.height == 1
            shown = footer_text(app)
            assert shown == screen_lines(app)[-1]
            for key in keys:
                assert key in shown, f"{key!r} not in the footer:\n{shown}"
            if keys is ROUND_KEYS:
                await next_stages(app, pilot)
                await pilot.pause()


async def test_footer_follows_a_resized_terminal(sample_group: Path) -> None:
    """Narrowed mid-slot, the keys take a second line; widened again, one."""
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planned(app, sample_group, pilot)
        await next_stages(app, pilot)
        await pilot.pause()
        footer = app.screen.query_one(KeysFooter)
        assert footer.size.height == 1
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.pause()
        footer = app.screen.query_one(KeysFooter)
        assert footer.size.height == 2
        assert "f10 Check-out" in footer_text(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(KeysFooter).size.height == 1
        assert screen_lines(app)[-1].rstrip().endswith("f10 Check-out")


# -- setup's Who lists -----------------------------------------------------------------------


async def test_who_lists_show_every_registration_number_at_60x20(sample_group: Path) -> None:
    """Each person is one line of each list, ``Name  (number)``: a long name is cut with
    an ellipsis and the number shows; a guest added later is cut the same way."""
    _long_named(sample_group)
    group = GroupStore(sample_group).load_group()
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(60, 20)) as pilot:
        path, planned = planned_meeting(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        app.screen.query_one("#setup-tabs").active = "tab-who"
        await pilot.pause()
        await pilot.pause()
        lines = screen_lines(app)
        for member in group.members:
            number = f"({member.registration_number})"
            rows = [line for line in lines if number in line]
            assert len(rows) == 1 and rows[0].count(number) == 2, (number, lines)
        long_row = next(
            line for line in lines if f"({group.members[0].registration_number})" in line
        )
        assert f"Wiremu Te Ra…  ({group.members[0].registration_number})" in long_row

        for list_id in ("#attendees", "#apologies"):
            people = app.screen.query_one(list_id, PeopleList)
            width = people.prompt_width()
            assert 15 <= width < 30
            for index in range(people.option_count):
                prompt = people.get_option_at_index(index).prompt
                assert cell_len(str(prompt)) <= width
            assert people.virtual_size.height == people.option_count  # one line a person

        # A guest with a long name: ticked as attending, cut to fit too.
        from psg_tui.tui.dialogs.guest import GuestDialog

        app.screen.query_one("#add-guest").press()
        await pilot.pause()
        assert isinstance(app.screen, GuestDialog)
        await pilot.press(*"Aroha Ngāwhika-Pemberton-Blackwood of Ōtautahi")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        people = app.screen.query_one("#attendees", PeopleList)
        last = str(people.get_option_at_index(people.option_count - 1).prompt)
        assert last.startswith("Aroha") and last.endswith("…")
        assert cell_len(last) <= people.prompt_width()


async def test_who_lists_refit_when_wider(sample_group: Path) -> None:
    """Widened to 120 columns, the long name shows more of itself, its number still last."""
    _long_named(sample_group)
    reg = GroupStore(sample_group).load_group().members[0].registration_number
    app, _clock = app_for(sample_group)
    async with app.run_test(size=(60, 20)) as pilot:
        path, planned = planned_meeting(sample_group)
        app.start_meeting(planned, path)
        await pilot.pause()
        app.screen.query_one("#setup-tabs").active = "tab-who"
        await pilot.pause()
        people = app.screen.query_one("#attendees", PeopleList)
        narrow = str(people.get_option_at_index(0).prompt)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        wide = str(people.get_option_at_index(0).prompt)
        assert narrow.endswith(f"…  ({reg})") and wide.endswith(f"…  ({reg})")
        assert len(wide) > len(narrow) + 20
        assert any("Wiremu Te Rangi Ngāti-Kahungunu" in line for line in screen_lines(app))
