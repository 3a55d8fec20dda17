"""Digits five rows tall for the timekeeper view, readable across a room or a shared screen.

Textual's Digits are three rows; on a projected or shared screen the timekeeper's view wants
more. Each glyph is a 3x5 pixel pattern drawn with two full blocks a pixel.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

_GLYPHS: dict[str, tuple[str, ...]] = {
    "0": ("###", "# #", "# #", "# #", "###"),
    "1": (" # ", "## ", " # ", " # ", "###"),
    "2": ("###", "  #", "###", "#  ", "###"),
    "3": ("###", "  #", " ##", "  #", "###"),
    "4": ("# #", "# #", "###", "  #", "  #"),
    "5": ("###", "#  ", "###", "  #", "###"),
    "6": ("###", "#  ", "###", "# #", "###"),
    "7": ("###", "  #", "  #", "  #", "  #"),
    "8": ("###", "# #", "###", "# #", "###"),
    "9": ("###", "# #", "###", "  #", "###"),
    ":": (" ", "#", " ", "#", " "),
    "+": ("   ", " # ", "###", " # ", "   "),
    "-": ("   ", "   ", "###", "   ", "   "),
    " ": ("  ", "  ", "  ", "  ", "  "),
}
ROWS = 5


def big_text(value: str) -> str:
    """``12:34`` as five lines of block characters (unknown characters become blanks)."""
    lines = [""] * ROWS
    for index, char in enumerate(value):
        glyph = _GLYPHS.get(char, _GLYPHS[" "])
        for row in range(ROWS):
            pixels = glyph[row].replace("#", "██").replace(" ", "  ")
            lines[row] += ("  " if index else "") + pixels
    return "\n".join(lines)


class BigDigits(Static):
    """Shows a time such as ``12:34`` or ``+1:30`` five rows tall."""

    DEFAULT_CSS = """
    BigDigits { width: auto; height: 5; }
    """

    def __init__(self, value: str = "", **kwargs: object) -> None:
        super().__init__(Text(big_text(value)), **kwargs)  # type: ignore[arg-type]

    def update(self, value: object = "") -> None:  # type: ignore[override]
        """Draw ``value`` (a string of digits, ``:``, ``+`` or ``-``)."""
        super().update(Text(big_text(str(value))))
