"""Meeting -> safe HTML -> PDF, Markdown and iCalendar. No textual here.

The meeting renderers are re-exported lazily (PEP 562), so importing a sibling module such as
the calendar does not pay for markdown-it or the HTML builder, and nothing here ever imports
weasyprint until a PDF is actually rendered.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "render_meeting_pdf": "psg_tui.report.pdf",
    "html_to_pdf": "psg_tui.report.pdf",
    "meeting_html": "psg_tui.report.html",
    "UnknownMemberError": "psg_tui.report.html",
    "render_meeting_markdown": "psg_tui.report.markdown",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
