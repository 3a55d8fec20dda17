"""Fair airtime (issue 15, part 4): how group time has been shared out.

- :func:`airtime` — for each attendee, when they last presented and their minutes of
  presenter time in the current recertification year; :func:`suggest_presenters` picks
  those who have had least (setup reads past meetings in its worker and calls these).
- :func:`planned_vs_actual` — a past meeting's planned against actual minutes, per stage
  (check-in, presenter slots, check-out) and per slot and phase, from what the meeting file
  saved (planned slot seconds, the seconds of each phase, each round turn's seconds).

Pure: no textual, no report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from psg_tui.core.attendance import recert_year_bounds, recert_year_of
from psg_tui.core.models import GroupDefaults, Meeting, MeetingStatus, Slot, SlotState
from psg_tui.core.timing.plan import phase_split


@dataclass(frozen=True)
class Airtime:
    """One attendee's share of group time."""

    registration_number: str
    last_presented: dt.date | None
    """The date of their last presented slot in this group (None: never)."""
    minutes_this_year: int
    """Minutes of presenter time in complete meetings of this recertification year."""


def slot_seconds(slot: Slot) -> int:
    """Seconds a presented slot took: as timed, else as planned (0 for a skipped one)."""
    if slot.state is SlotState.SKIPPED:
        return 0
    return slot.phase_seconds.total or slot.planned_seconds


def airtime(
    meetings: Iterable[Meeting],
    registration_numbers: Sequence[str],
    on: dt.date,
    start_month: int = 4,
) -> dict[str, Airtime]:
    """Each member's airtime before ``on`` (the meeting being set up): their last presented
    slot in a complete meeting, and their minutes in the recertification year ``on`` is in."""
    first, _last = recert_year_bounds(recert_year_of(on, start_month), start_month)
    wanted = set(registration_numbers)
    last: dict[str, dt.date] = {}
    seconds: dict[str, int] = dict.fromkeys(wanted, 0)
    for meeting in meetings:
        if meeting.status is not MeetingStatus.COMPLETE or meeting.date >= on:
            continue
        for slot in meeting.slots:
            reg = slot.presenter
            if reg not in wanted or slot.state is SlotState.SKIPPED:
                continue
            if reg not in last or meeting.date > last[reg]:
                last[reg] = meeting.date
            if meeting.date >= first:
                seconds[reg] += slot_seconds(slot)
    return {
        reg: Airtime(reg, last.get(reg), round(seconds[reg] / 60)) for reg in registration_numbers
    }


def suggest_presenters(shares: Sequence[Airtime], count: int) -> list[str]:
    """The ``count`` members who have had least: fewest minutes this year, then the longest
    since they last presented (never first), then the order given."""
    order = {a.registration_number: i for i, a in enumerate(shares)}
    ranked = sorted(
        shares,
        key=lambda a: (
            a.minutes_this_year,
            a.last_presented or dt.date.min,
            order[a.registration_number],
        ),
    )
    return [a.registration_number for a in ranked[: max(count, 0)]]


def slots_that_fit(defaults: GroupDefaults, attendees: int) -> int:
    """How many presenters of the usual slot length fit the usual meeting (at least one)."""
    per_person = defaults.check_in_minutes_per_person + defaults.check_out_minutes_per_person
    rounds = attendees * per_person
    room = defaults.meeting_minutes - rounds - defaults.wrap_up_minutes
    return max(1, room // max(defaults.slot_minutes, 1))


# -- planned against actual --------------------------------------------------------------


@dataclass(frozen=True)
class TimingRow:
    """Planned and actual seconds of one part of a meeting (None: not known)."""

    label: str
    planned: int | None
    actual: int | None
    level: int = 0
    """0 a stage of the meeting, 1 a slot, 2 a phase of a slot."""


def planned_vs_actual(meeting: Meeting, defaults: GroupDefaults | None = None) -> list[TimingRow]:
    """The meeting's planned against actual time: each round, each presented slot and its
    three phases. The plan of a round and of a slot's phases comes from the group's
    ``defaults`` (with the meeting's own minutes put in); without them only the slots'
    saved plan is known. Empty when nothing was timed."""
    rules = meeting.timing_defaults(defaults) if defaults is not None else None
    rows: list[TimingRow] = []

    def round_row(label: str, entries, per_person: int | None) -> None:
        if not entries:
            return
        planned = per_person * 60 * len(entries) if per_person is not None else None
        rows.append(TimingRow(label, planned, sum(e.elapsed_seconds for e in entries)))

    round_row(
        "Check-in round", meeting.check_in, rules.check_in_minutes_per_person if rules else None
    )
    presented = [s for s in meeting.slots if s.state is not SlotState.SKIPPED]
    if presented:
        rows.append(
            TimingRow(
                "Presenter slots",
                sum(s.planned_seconds for s in presented),
                sum(s.phase_seconds.total for s in presented),
            )
        )
        for number, slot in enumerate(presented, start=1):
            who = meeting.name_of(slot.presenter)
            rows.append(
                TimingRow(
                    f"{number}. {who}: {slot.title.strip() or slot.topic_type.label}",
                    slot.planned_seconds,
                    slot.phase_seconds.total,
                    level=1,
                )
            )
            split = phase_split(slot.planned_seconds, rules.phase_shares) if rules else None
            for i, (name, actual) in enumerate(
                (
                    ("Present", slot.phase_seconds.present),
                    ("Discussion", slot.phase_seconds.discussion),
                    ("Takeaways", slot.phase_seconds.takeaways),
                )
            ):
                rows.append(TimingRow(name, split[i] if split else None, actual, level=2))
    round_row(
        "Check-out round",
        meeting.check_out,
        rules.check_out_minutes_per_person if rules else None,
    )
    if not any(row.actual for row in rows):
        return []
    return rows
