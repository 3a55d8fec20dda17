"""Purpose and ground rules, read out at the start of the meeting (and on demand)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static, TextArea

from psg_tui.core.store import StoreError
from psg_tui.tui import keys
from psg_tui.tui.guidance import CONFIDENTIALITY
from psg_tui.tui.messages import NextStage
from psg_tui.tui.screens.base import MeetingScreen
from psg_tui.tui.session import MeetingSession


class GroundRulesScreen(MeetingScreen):
    """Shows the group's purpose and ground rules. At a group's first meeting they can be
    edited here (one rule a line) and are saved to group.toml."""

    HELP_NOTE = ""

    BINDINGS = keys.bindings(keys.TO_CHECK_IN, keys.SAVE_RULES, keys.CLOSE_RULES)

    def __init__(self, session: MeetingSession, *, editable: bool, on_demand: bool = False):
        super().__init__(session)
        self.group = session.group
        """The group whose purpose and rules these are."""
        self.editable = editable
        """True at a group's first meeting: the rules are still being agreed."""
        self.on_demand = on_demand
        """Opened from the palette mid-meeting: F10/Esc just closes it."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="ground-rules"):
            yield Static("Purpose", classes="section-title")
            yield Static(Text(self.group.purpose or "(no purpose written yet)"), id="purpose")
            yield Static(CONFIDENTIALITY, classes="notice", markup=False)
            yield Static("Ground rules", classes="section-title")
            if self.editable:
                yield Static(
                    "First meeting: agree the ground rules together. One rule a line; "
                    "ctrl+s saves them to the group.",
                    classes="hint",
                )
                yield TextArea("\n".join(self.group.ground_rules), id="rules-editor")
            else:
                rules = Text()
                for i, rule in enumerate(self.group.ground_rules, start=1):
                    rules.append(f"{i}. ", style="bold")
                    rules.append(rule + "\n")
                yield Static(rules, id="rules")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Purpose and ground rules"
        if self.editable:
            self.query_one("#rules-editor", TextArea).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Saving shows only at a first meeting; Esc only when opened on demand."""
        if action == "save_rules":
            return self.editable
        if action == "close":
            return self.on_demand
        if action == "next":
            return not self.on_demand  # opened mid-meeting: Esc goes back, nothing moves on
        return True

    def action_close(self) -> None:
        """Back to the meeting."""
        self.dismiss()

    def action_save_rules(self) -> bool:
        """Save the edited rules to group.toml."""
        if not self.editable:
            return True
        text = self.query_one("#rules-editor", TextArea).text
        rules = [line.strip() for line in text.splitlines() if line.strip()]
        try:
            self.group.ground_rules = rules
            self.session.store.save_group(self.group)
        except (OSError, StoreError, ValueError) as exc:
            self.notify(str(exc), title="Could not save the ground rules", severity="error")
            return False
        self.notify("Ground rules saved to the group.")
        return True

    def action_next(self) -> None:
        """On to the check-in round (or back to where we were, when opened on demand)."""
        if self.editable and not self.action_save_rules():
            return
        if self.on_demand:
            self.dismiss()
            return
        self.post_message(NextStage())
