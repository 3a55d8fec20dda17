"""The timed screens' footer: Textual's compact Footer, on two lines when its keys do not fit
on one.

A timekeeper at a 60-column terminal needs every timer key in sight (F10 is the last one):
cutting the labels short would lose their meaning, so the keys take a second line instead,
in columns, and only when one line is too narrow (at 80 columns they fit on one).
"""

from __future__ import annotations

from math import ceil

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


def key_width(key: FooterKey) -> int:
    """Cells a compact footer key takes: ``f10 Go on`` and the one-cell gap after it."""
    described = 1 + cell_len(key.description) if key.description else 0
    return cell_len(key.key_display) + described + 1


class KeysFooter(Footer):
    """A compact footer without the palette key (F1 lists it) that wraps onto a second
    line, its keys in columns, when they are wider than the screen."""

    DEFAULT_CSS = """
    KeysFooter.-two-rows {
        layout: grid;
        height: 2;
        grid-rows: 1;
        grid-columns: auto;
        grid-gutter: 0 1;
    }
    KeysFooter.-two-rows.-compact FooterKey { margin: 0; }
    """

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("compact", True)
        kwargs.setdefault("show_command_palette", False)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.needed = 0
        """Cells the keys take on one line (0 until they are composed)."""

    def compose(self) -> ComposeResult:
        items: list[Widget] = list(super().compose())
        self.needed = sum(key_width(item) for item in items if isinstance(item, FooterKey))
        two_rows = self.needed > self._room()
        self.set_class(two_rows, "-two-rows")
        if two_rows:
            self.styles.grid_size_columns = ceil(len(items) / 2)
        yield from items

    def _room(self) -> int:
        return self.size.width or self.app.size.width

    def on_resize(self) -> None:
        """Wider or narrower: take one line or two, whichever the keys need now."""
        if self.needed and (self.needed > self._room()) != self.has_class("-two-rows"):
            self.call_after_refresh(self.recompose)
