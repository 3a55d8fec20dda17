"""First run: create a group (name, purpose, ground rules, first members, defaults).

The same form as :class:`~psg_tui.tui.screens.edit_group.EditGroupScreen`, started from the
guidance's defaults, with a welcome line and a folder to save into: the folder given with
``--group``, or a new folder under the groups folder named after the group.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from psg_tui.core.models import (
    DEFAULT_GROUND_RULES,
    PSG_MINIMUM_ATTENDEES,
    Group,
    GroupDefaults,
)
from psg_tui.core.store import GroupStore, StoreError
from psg_tui.tui.messages import OpenGroup
from psg_tui.tui.screens.edit_group import EditGroupScreen


def folder_name_for(group_name: str) -> str:
    """A folder name from a group name.

    ``Ōtautahi Pharmacists' PSG`` -> ``otautahi-pharmacists-psg``: plain ASCII, so the folder
    works on every file system and in every shell.
    """
    plain = unicodedata.normalize("NFKD", group_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:60].rstrip("-") or "group"


def new_group_folder(groups_root: Path, group_name: str) -> Path:
    """A folder under ``groups_root`` that does not exist yet (``-2``, ``-3``... if taken)."""
    base = folder_name_for(group_name)
    candidate, n = groups_root / base, 2
    while candidate.exists():
        candidate, n = groups_root / f"{base}-{n}", n + 1
    return candidate


def blank_group() -> Group:
    """A group to start the form from: no name yet, the guidance's ground rules, defaults.

    Built without validation because a group must have a name; the form checks it on save.
    """
    return Group.model_construct(
        name="",
        purpose="",
        ground_rules=list(DEFAULT_GROUND_RULES),
        members=[],
        defaults=GroupDefaults(),
    )


class CreateGroupScreen(EditGroupScreen):
    """Create a group and open it. Returns None when left without creating one."""

    SUB_TITLE = "New group"

    def __init__(self, groups_root: Path, folder: Path | None = None) -> None:
        super().__init__(None, blank_group())
        self.groups_root = groups_root
        """Where a new group's folder goes when no folder was given."""
        self.folder = folder
        """The folder to create the group in (``--group``), or None: one named after it."""

    def compose_intro(self) -> ComposeResult:
        yield Static(
            "New group. Fill in each tab (Tab moves between fields; on the tab bar, "
            "←/→ switch tabs), then ctrl+s to create it.",
            id="create-intro",
            classes="hint",
        )
        yield Static("", id="create-folder", classes="hint", markup=False)

    def on_mount(self) -> None:
        # Textual also runs EditGroupScreen.on_mount (handlers run for every class).
        self.show_folder()

    def target_folder(self, group_name: str) -> Path:
        """Where the group will be saved."""
        return self.folder or new_group_folder(self.groups_root, group_name)

    @on(Input.Changed, "#name")
    def show_folder(self) -> None:
        """Say where the group will be saved (it follows the name as it is typed)."""
        name = self.query_one("#name", Input).value
        self.query_one("#create-folder", Static).update(
            Text(f"Saved in: {self.target_folder(name)}")
        )

    def write_group(self, group: Group) -> None:
        """Create the folder and write ``group.toml`` through a store on it."""
        folder = self.target_folder(group.name)
        store = GroupStore(folder)
        if store.exists():
            raise StoreError.one(store.group_path, "a group already exists here; open it instead")
        store.save_group(group)
        self.store = store

    def saved(self, group: Group) -> None:
        """Open the new group's home screen."""
        assert self.store is not None
        message = f"Created {group.name}."
        if len(group.members) < PSG_MINIMUM_ATTENDEES:
            self.app.notify(f"{message} {self.members_warning()}", severity="warning", markup=False)
        else:
            self.app.notify(message, markup=False)
        self.post_message(OpenGroup(self.store.root))
