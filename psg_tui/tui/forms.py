"""Reading and writing the dates and times people type into the meeting forms."""

from __future__ import annotations

import datetime as dt


def hhmm(value: dt.time | None) -> str:
    """``18:30`` (empty for no time)."""
    return value.strftime("%H:%M") if value else ""


def parse_hhmm(text: str, what: str) -> dt.time:
    """``18:30`` or ``9:05`` -> a time; a ValueError that names the field otherwise."""
    text = text.strip()
    try:
        return dt.time.fromisoformat(text if len(text) != 4 else f"0{text}")
    except ValueError:
        raise ValueError(f"{what}: write it as HH:MM, e.g. 18:30") from None


def parse_date(text: str, what: str) -> dt.date:
    """``2026-12-09`` -> a date; a ValueError that names the field otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what}: write it as YYYY-MM-DD, e.g. 2026-12-09") from None
