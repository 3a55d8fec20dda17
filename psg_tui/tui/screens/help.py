"""F1: every key of the screen underneath, with what it does."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from psg_tui.tui.guidance import GENERAL_NOTE
from psg_tui.tui.keys import PALETTE_KEY_HELP
from psg_tui.tui.screens.base import HelpedScreen


class HelpScreen(ModalScreen[None]):
    """Lists the bindings active on ``underneath`` (its focused widget, the screen, the app)."""

    BINDINGS = [
        Binding("escape,f1,q", "dismiss", "Close", priority=True, id="close-help"),
    ]

    def __init__(self, underneath: Screen) -> None:
        super().__init__()
        self.underneath = underneath

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            title = self.underneath.sub_title or self.underneath.title or "psg-tui"
            yield Static(f"Keys: {title}", classes="dialog-title", markup=False)
            with VerticalScroll():
                yield Static(self._table(), id="help-keys")
                under = self.underneath
                note = under.HELP_NOTE if isinstance(under, HelpedScreen) else ""
                yield Static(f"{note}\n{GENERAL_NOTE}".strip(), classes="hint", markup=False)
            yield Static("Esc or F1 closes this help.", classes="hint")

    def _table(self) -> Table:
        table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("Does")
        seen: set[str] = set()
        for key, description in self.bindings_of(self.underneath):
            if key and key in seen:
                continue  # the screen's binding shadows the app's for the same key
            seen.add(key)
            table.add_row(Text(key), Text(description))
        return table

    @staticmethod
    def bindings_of(screen: Screen) -> list[tuple[str, str]]:
        """(key shown to a person, description) for every binding active on ``screen``."""
        app = screen.app
        rows: list[tuple[str, str]] = []
        for _key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.description or not (binding.show or binding.id):
                continue  # a text area's cursor keys are not news to anyone; ours have ids
            rows.append((app.get_key_display(binding), binding.tooltip or binding.description))
        rows.append(("ctrl+p", PALETTE_KEY_HELP))
        if isinstance(screen, HelpedScreen):
            rows += [("", f"· {command.title}") for command in screen.palette_commands()]
        return rows
