"""Sharing the roles around: who has held facilitator, timekeeper or note taker least recently."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from psg_tui.core.models import Meeting, MeetingStatus

ROLES: tuple[str, ...] = ("facilitator", "timekeeper", "note_taker")
ROLE_LABELS: dict[str, str] = {
    "facilitator": "Facilitator",
    "timekeeper": "Timekeeper",
    "note_taker": "Note taker",
}


def last_held(meetings: Iterable[Meeting], role: str) -> dict[str, dt.date]:
    """Registration number -> date they last held ``role`` at a meeting that took place."""
    last: dict[str, dt.date] = {}
    for meeting in meetings:
        if meeting.status is MeetingStatus.PLANNED:
            continue
        holder = getattr(meeting.roles, role)
        if holder and (holder not in last or meeting.date > last[holder]):
            last[holder] = meeting.date
    return last


def suggest(meetings: Sequence[Meeting], candidates: Sequence[str], role: str) -> list[str]:
    """``candidates`` ordered by who should take ``role`` next: never held it first, then
    the longest ago. Ties keep the candidates' own order, so the suggestion is stable."""
    last = last_held(meetings, role)
    order = {reg: i for i, reg in enumerate(candidates)}
    return sorted(candidates, key=lambda reg: (last.get(reg, dt.date.min), order[reg]))


def suggest_all(meetings: Sequence[Meeting], candidates: Sequence[str]) -> dict[str, str]:
    """One suggested person per role, different people where there are enough candidates."""
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    for role in ROLES:
        ranked = suggest(meetings, candidates, role)
        pick = next((reg for reg in ranked if reg not in taken), ranked[0] if ranked else "")
        if pick:
            chosen[role] = pick
            taken.add(pick)
    return chosen
