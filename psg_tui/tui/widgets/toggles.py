"""Toggles whose state shows in the glyph, not only its colour.

Textual draws a ticked and an unticked box alike (``▐X▌``, green X or dark X; radio
buttons ``▐●▌``): on a monochrome or low-contrast terminal an apology looks ticked. The
app's checkboxes, radio buttons and tick lists come from here instead, so ticked and
unticked differ by character: ``▐X▌`` / ``▐ ▌`` and ``▐●▌`` / ``▐○▌``.
"""

from __future__ import annotations

from typing import Generic

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import SelectionType

TICKED = "X"
"""Inside a ticked box."""
UNTICKED = " "
"""Inside an unticked box."""
RADIO_ON = "\u25cf"
"""Inside the chosen radio button (●)."""
RADIO_OFF = "\u25cb"
"""Inside a radio button not chosen (○)."""

_TEXTUAL_INNER = Checkbox.BUTTON_INNER
"""The one character SelectionList puts in every box (ToggleButton's, which Checkbox has)."""


class TickBox(Checkbox):
    """A checkbox: ``X`` ticked, blank not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return TICKED if self.value else UNTICKED


class Radio(RadioButton):
    """A radio button (in a RadioSet): ``●`` chosen, ``○`` not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return RADIO_ON if self.value else RADIO_OFF


class TickList(SelectionList[SelectionType], Generic[SelectionType]):
    """A SelectionList whose boxes show ``X`` ticked and blank unticked.

    SelectionList draws its boxes itself, with ToggleButton's one inner character for
    every line; this puts the unticked glyph into the lines whose option is not selected.
    """

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        _, scroll_y = self.scroll_offset
        try:
            selection = self.get_option_at_index(scroll_y + y)
        except OptionDoesNotExist:  # a line below the last option
            return line
        segments = list(line)
        inner = segments[1] if len(segments) > 1 else None
        if inner is None or inner.text != _TEXTUAL_INNER:
            return line  # not a line that starts with a box
        glyph = TICKED if selection.value in self.selected else UNTICKED
        segments[1] = Segment(glyph, inner.style, inner.control)
        return Strip(segments, line.cell_length)
