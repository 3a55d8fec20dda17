"""What a screen asks of the app. Screens never write files: they post one of these and the
app (through its :class:`~psg_tui.tui.exporter.Exporter`) does the rest.

Every message bubbles from the screen to the app. Each is a small dataclass, so a test can
post one, or assert on the ones a key press produced (``run_test(message_hook=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from textual.message import Message

from psg_tui.core.models import Meeting

# -- outputs ---------------------------------------------------------------------------------

ExportKind = Literal["pdf", "member_pdf", "ics"]
"""The group PDF, one member's PDF, or the next meeting's invitation."""


@dataclass
class ExportRequested(Message):
    """Write an output of a meeting: through the one privacy gate, in a worker, via the store."""

    kind: ExportKind
    meeting: Meeting
    """The meeting as it is now (the running one, or a past one)."""
    path: Path
    """The meeting's file: outputs are named from it."""
    member: str | None = None
    """Whose copy, for ``member_pdf``."""


@dataclass
class ExportUpdate(Message):
    """The exporter's word back to the screen that asked for an output (for its status
    line): the output is being written, was written, or was not."""

    bubble = False

    kind: ExportKind
    text: str
    """What to show, in words: "Rendering the PDF...", "Wrote ...", "PDF not written: ..."."""
    done: bool = True
    """False while the output is still being rendered and written."""
    error: bool = False
    """The output was not written."""
    path: Path | None = None
    """The file written."""
