"""The note taker's text area: soft-wrapped, Tab moves focus, and no function keys of its own.

Textual's TextArea binds F6 (select line) and F7 (select all). The meeting screens use every
function key for the timer, with priority, so those two never reached the text area anyway;
dropping them keeps the Footer in key order and the help screen honest.
"""

from __future__ import annotations

from textual.widgets import TextArea

_TIMER_KEYS = {f"f{n}" for n in range(1, 13)}


class NotesArea(TextArea, inherit_bindings=False):
    """A TextArea for meeting notes."""

    BINDINGS = [b for b in TextArea.BINDINGS if b.key not in _TIMER_KEYS]  # type: ignore[union-attr]

    def __init__(self, text: str = "", **kwargs: object) -> None:
        kwargs.setdefault("soft_wrap", True)
        kwargs.setdefault("tab_behavior", "focus")
        super().__init__(text, **kwargs)  # type: ignore[arg-type]
