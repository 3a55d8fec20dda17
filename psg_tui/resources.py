"""Where the shipped files are: styles/ and sample_data/.

In a wheel they are inside the package (``psg_tui/_shipped/``); in a source checkout they
are at the top of the repository. Both layouts are looked up, the wheel's first.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def shipped(name: str) -> Path:
    """The folder ``styles`` or ``sample_data``, wherever this install keeps it."""
    for candidate in (_PACKAGE / "_shipped" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"psg-tui is missing its {name}/ folder (looked beside {_PACKAGE})")


def styles_dir() -> Path:
    """Textual CSS (app.tcss) and the PDF stylesheet (report.css)."""
    return shipped("styles")


def sample_data_dir() -> Path:
    """The fictional demo group."""
    return shipped("sample_data")
