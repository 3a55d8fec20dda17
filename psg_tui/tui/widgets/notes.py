"""The note taker's text area: soft-wrapped, Tab moves focus, and no function keys of its own.

Textual's TextArea binds F6 (select line) and F7 (select all). The meeting screens use every
function key for the timer, with priority, so those two never reached the text area anyway;
dropping them keeps the Footer in key order and the help screen honest.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.widgets import TextArea

_TIMER_KEYS = {f"f{n}" for n in range(1, 13)}


class NotesArea(TextArea, inherit_bindings=False):
    """A TextArea for meeting notes."""

    BINDINGS = [
        *(
            replace(b, key="home") if b.key == "home,ctrl+a" else b  # type: ignore[union-attr]
            for b in TextArea.BINDINGS
            if b.key not in _TIMER_KEYS  # type: ignore[union-attr]
        ),
        # Most people expect ctrl+a to select everything (Textual's is "line start"; Home
        # still does that), e.g. to replace a flagged summary in the privacy editor.
        Binding("ctrl+a", "select_all", "Select all", show=False),
    ]

    def __init__(self, text: str = "", **kwargs: object) -> None:
        kwargs.setdefault("soft_wrap", True)
        kwargs.setdefault("tab_behavior", "focus")
        super().__init__(text, **kwargs)  # type: ignore[arg-type]
