"""Pick a group: a person can belong to several, each a folder under the groups folder."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from psg_tui.core.models import Group
from psg_tui.core.store import GROUP_FILE, StoreError, parse_model
from psg_tui.core.words import plural
from psg_tui.paths import list_group_dirs
from psg_tui.tui.messages import OpenGroup
from psg_tui.tui.screens.create_group import CreateGroupScreen

CREATE = "create-group"
"""Option id of "Create a new group"."""


def describe_group(folder: Path) -> Text:
    """One entry of the list: the group's name and size, or why its file cannot be read."""
    try:
        group = parse_model(Group, folder / GROUP_FILE)
    except StoreError as exc:
        reason = "; ".join(
            p.message + (f" (line {p.line})" if p.line else "") for p in exc.problems
        )
        return Text.assemble(
            (folder.name, "bold"), "\n  ", (f"cannot read {GROUP_FILE}: {reason}", "red")
        )
    count = len(group.members)
    return Text.assemble(
        (group.name, "bold"),
        f"\n  {plural(count, 'member')} · folder {folder.name}",
    )


class GroupList(OptionList):
    """The groups, and "create a new group" last; Enter opens the highlighted entry."""

    BINDINGS = [Binding("enter", "select", "Open", id="open-group")]


class PickGroupScreen(Screen[None]):
    """Lists the groups under ``groups_root``; opens one, or creates a new one.

    ``suggested`` is a folder the person named (``--group``) that has no group yet: the
    screen goes straight to creating the group there.
    """

    SUB_TITLE = "Your groups"

    BINDINGS = [
        Binding("n", "create", "New group", id="new-group"),
        Binding("escape", "back", "Back", id="pick-back", tooltip="Back to the open group"),
    ]

    def __init__(
        self, groups_root: Path, suggested: Path | None = None, back_to: Path | None = None
    ) -> None:
        super().__init__()
        self.groups_root = groups_root
        """The folder holding one folder per group."""
        self.suggested = suggested
        self.back_to = back_to
        """The group that was open (Esc goes back to it), if any."""
        """A folder named with ``--group`` that has no group.toml yet (or None)."""
        self.folders: list[Path] = []
        """The group folders listed, in order."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="pick-group"):
            yield Static("", id="pick-title", classes="section-title", markup=False)
            yield Static("", id="pick-hint", classes="hint", markup=False)
            yield GroupList(id="groups")
        yield Footer()

    def on_mount(self) -> None:
        self.show_groups()
        if self.suggested_needs_group:
            self.action_create()

    def on_screen_resume(self) -> None:
        self.show_groups()

    @property
    def suggested_needs_group(self) -> bool:
        """A folder was named and has no group.toml yet."""
        return self.suggested is not None and not (self.suggested / GROUP_FILE).is_file()

    def show_groups(self) -> None:
        """List the groups found, and "create a new group" last."""
        self.folders = list_group_dirs(self.groups_root)
        options = self.query_one("#groups", GroupList)
        highlighted = options.highlighted
        options.clear_options()
        for folder in self.folders:
            options.add_option(Option(describe_group(folder), id=str(folder)))
            options.add_option(None)  # a rule between groups
        where = f" in {self.suggested}" if self.suggested_needs_group else ""
        options.add_option(Option(Text(f"+ Create a new group{where}"), id=CREATE))
        options.highlighted = min(highlighted or 0, options.option_count - 1)
        title = self.query_one("#pick-title", Static)
        hint = self.query_one("#pick-hint", Static)
        if self.folders:
            title.update("Your peer support groups")
            hint.update(f"Groups are kept in {self.groups_root}. Enter opens the one highlighted.")
        else:
            title.update("Welcome to psg-tui")
            hint.update(
                "No group yet. Press Enter to create your peer support group: its name, "
                f"purpose, ground rules and members. It will be kept in {self.groups_root}."
            )
        options.focus()

    @on(OptionList.OptionSelected, "#groups")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        """Open the group chosen, or start creating one."""
        self.open_option(event.option.id)

    def open_option(self, option_id: str | None) -> None:
        """Act on one entry of the list."""
        if option_id == CREATE:
            self.action_create()
        elif option_id:
            self.post_message(OpenGroup(Path(option_id)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc goes back only when a group is open to go back to."""
        if action == "back":
            return self.back_to is not None
        return True

    def action_back(self) -> None:
        """Back to the group that was open."""
        if self.back_to is not None:
            self.post_message(OpenGroup(self.back_to))

    def action_create(self) -> None:
        """Create a new group (in the suggested folder, if one was named)."""
        folder = self.suggested if self.suggested_needs_group else None
        self.app.push_screen(CreateGroupScreen(self.groups_root, folder=folder))
