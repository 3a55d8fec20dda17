"""The meeting plan: how the time of one meeting is shared, and why, in words.

A meeting is a check-in round, one slot per presenter, a check-out round, a wrap-up block and
time to socialise. The rounds, the wrap-up and the socialising have fixed lengths (minutes per
person, minutes); what is left is
shared between the presenters, either equally (clamped to the group's minimum and maximum
slot) or by the minutes each presenter asked for ("bid for time"), scaled down to fit. When
even the minimum cannot fit the plan refuses with a :class:`PlanError` that says what to do,
instead of producing an impossible plan.

Everything here is pure arithmetic on whole seconds; nothing reads a clock.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from zoneinfo import ZoneInfo

from psg_tui.core.models import SLOT_PHASES, GroupDefaults, Meeting, PhaseShares, SlotState
from psg_tui.core.timing.rounding import whole_parts
from psg_tui.core.timing.text import PlanError, clock_text, minutes_text, plural, time_of_day

PHASE_LABELS: dict[str, str] = {
    "present": "Present",
    "discussion": "Discussion",
    "takeaways": "Takeaways",
}
"""How each phase of a presenter slot is named on screen."""


class ShareMode(StrEnum):
    """How presenter time is shared."""

    EQUAL = "equal"
    """Everyone gets the same, clamped to the group's minimum and maximum slot."""
    REQUESTED = "requested"
    """Everyone gets the minutes they asked for, scaled down together when they do not fit."""


PhaseSharesLike = PhaseShares | Mapping[str, int] | Sequence[int]
"""Phase shares as the model, a ``{"present": 30, ...}`` mapping or a ``(30, 55, 15)`` tuple."""


def phase_share_tuple(shares: PhaseSharesLike) -> tuple[int, int, int]:
    """The three phase shares in percent, checked: each 0-100 and adding up to exactly 100."""
    if isinstance(shares, PhaseShares):
        values = [shares.present, shares.discussion, shares.takeaways]
    elif isinstance(shares, Mapping):
        unknown = sorted(set(shares) - set(SLOT_PHASES))
        if unknown:
            raise PlanError(
                f"unknown phase {unknown[0]!r}: the phases are present, discussion, takeaways"
            )
        values = [shares.get(name, 0) for name in SLOT_PHASES]
    else:
        values = list(shares)
        if len(values) != 3:
            raise PlanError(
                f"give three phase shares (present, discussion, takeaways), not {len(values)}"
            )
    for name, value in zip(SLOT_PHASES, values, strict=True):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise PlanError(
                f"the {name} share must be a whole percent from 0 to 100, not {value!r}"
            )
    total = sum(values)
    if total != 100:
        raise PlanError(f"phase shares add up to {total}%, they must add up to 100%")
    return values[0], values[1], values[2]


def phase_split(slot_seconds: int, shares: PhaseSharesLike) -> tuple[int, int, int]:
    """Split a slot into its three phases by percent; the parts add up exactly to the slot.

    Whole seconds, largest remainder first, so 1001 s at 30/55/15 gives (300, 551, 150).
    """
    if slot_seconds < 0:
        raise PlanError(f"a slot cannot last a negative time ({slot_seconds} s)")
    percents = phase_share_tuple(shares)
    parts = whole_parts([Fraction(slot_seconds * p, 100) for p in percents], slot_seconds)
    return parts[0], parts[1], parts[2]


def share_time(
    budget: int,
    weights: Sequence[float],
    floors: Sequence[int],
    caps: Sequence[int],
    *,
    unit: int = 60,
    fill: bool = True,
) -> list[int]:
    """Share ``budget`` seconds in proportion to ``weights``, each part within its floor and cap.

    Used for equal shares (equal weights), scaled requests (weights = requests, caps =
    requests) and live rebalancing (weights = planned slots). Parts are whole ``unit``s
    (minutes) unless a floor or cap is not; with ``fill`` the whole units left over by
    rounding go to the parts that lost most. Guarantees: every part within its floor and cap,
    and the sum never exceeds ``budget`` unless the floors alone do (then the floors are
    returned, and the caller decides whether that is an error).
    """
    count = len(weights)
    if not count:
        return []
    floors = [max(0, int(f)) for f in floors]
    caps = [max(int(c), f) for c, f in zip(caps, floors, strict=True)]
    # A zero weight would never grow; a tiny one keeps the search well defined.
    weights = [max(float(w), 1e-9) for w in weights]
    if budget <= sum(floors):
        return list(floors)
    target = min(int(budget), sum(caps))

    def parts_at(scale: float) -> list[float]:
        return [min(c, max(f, scale * w)) for w, f, c in zip(weights, floors, caps, strict=True)]

    # Water-filling: find the scale at which the clamped parts add up to the target.
    low, high = 0.0, max(c / w for c, w in zip(caps, weights, strict=True))
    for _ in range(100):
        middle = (low + high) / 2
        if sum(parts_at(middle)) < target:
            low = middle
        else:
            high = middle
    exact = parts_at(high)
    parts: list[int] = []
    for x, f, c in zip(exact, floors, caps, strict=True):
        if x <= f + 1e-6:
            parts.append(f)
        elif x >= c - 1e-6:
            parts.append(c)
        else:
            parts.append(max(f, math.floor(x / unit) * unit))
    if fill:
        leftover = target - sum(parts)
        order = sorted(range(count), key=lambda i: (-(exact[i] - parts[i]), i))
        progress = True
        while leftover > 0 and progress:
            progress = False
            for i in order:
                step = min(unit, caps[i] - parts[i])
                if 0 < step <= leftover:
                    parts[i] += step
                    leftover -= step
                    progress = True
    # Floating-point noise must never push the plan past its budget.
    while sum(parts) > target:
        i = max(range(count), key=lambda i: parts[i] - floors[i])
        parts[i] -= min(parts[i] - floors[i], sum(parts) - target)
    return parts


@dataclass(frozen=True)
class Presenter:
    """Someone who will present: who, and how many minutes they asked for (0: no request)."""

    registration_number: str
    requested_minutes: int = 0
    name: str = ""
    """Their name, for the explanation (the registration number is used when empty)."""
    slot_index: int | None = None
    """Which of the meeting's slots this is (defaults to the position in the list)."""

    @property
    def who(self) -> str:
        """The name a person reads."""
        return self.name or self.registration_number


@dataclass(frozen=True)
class PlanRules:
    """The group's numbers a plan is made from; :meth:`from_defaults` takes them from the group."""

    check_in_minutes_per_person: int = 2
    check_out_minutes_per_person: int = 1
    wrap_up_minutes: int = 10
    socialise_minutes: int = 0
    """Time to socialise at the end, after the wrap-up."""
    min_slot_minutes: int = 15
    max_slot_minutes: int = 30
    slot_minutes: int = 20
    """What a presenter who asked for nothing is taken to want when others made requests."""
    phase_shares: tuple[int, int, int] = (30, 55, 15)

    @classmethod
    def from_defaults(cls, defaults: GroupDefaults) -> PlanRules:
        """The rules in a group's defaults."""
        return cls(
            check_in_minutes_per_person=defaults.check_in_minutes_per_person,
            check_out_minutes_per_person=defaults.check_out_minutes_per_person,
            wrap_up_minutes=defaults.wrap_up_minutes,
            socialise_minutes=defaults.socialise_minutes,
            min_slot_minutes=defaults.min_slot_minutes,
            max_slot_minutes=defaults.max_slot_minutes,
            slot_minutes=defaults.slot_minutes,
            phase_shares=phase_share_tuple(defaults.phase_shares),
        )

    def check(self) -> None:
        """Raise :class:`PlanError` when a number makes no sense."""
        for name in (
            "check_in_minutes_per_person",
            "check_out_minutes_per_person",
            "wrap_up_minutes",
            "socialise_minutes",
        ):
            value = getattr(self, name)
            if _not_whole(value) or value < 0:
                raise PlanError(
                    f"{name.replace('_', ' ')} must be 0 or more whole minutes, not {value!r}"
                )
        for name in ("min_slot_minutes", "max_slot_minutes", "slot_minutes"):
            value = getattr(self, name)
            if _not_whole(value) or value <= 0:
                raise PlanError(
                    f"{name.replace('_', ' ')} must be at least 1 minute, not {value!r}"
                )
        if self.min_slot_minutes > self.max_slot_minutes:
            raise PlanError(
                f"the shortest slot ({self.min_slot_minutes} min) is longer than the longest "
                f"({self.max_slot_minutes} min)"
            )
        phase_share_tuple(self.phase_shares)


def _not_whole(value: object) -> bool:
    return isinstance(value, bool) or not isinstance(value, int)


@dataclass(frozen=True)
class SlotPlan:
    """One presenter's planned slot."""

    index: int
    """Position in the meeting's ``slots``."""
    registration_number: str
    who: str
    """The presenter's name (or number) as shown."""
    planned_seconds: int
    phase_seconds: tuple[int, int, int]
    """Present, discussion, takeaways: adds up exactly to ``planned_seconds``."""
    requested_minutes: int = 0
    starts_after_seconds: int = 0
    """Seconds from the meeting start to this slot's planned start."""
    note: str = ""
    """Why it got this length, when that is not obvious ("asked for 30 min")."""


@dataclass(frozen=True)
class PlanBlock:
    """One part of the meeting in order: check-in, a slot, check-out, wrap-up, time to
    socialise or spare time."""

    kind: str
    """``check_in``, ``slot``, ``check_out``, ``wrap_up``, ``socialise`` or ``spare``."""
    label: str
    planned_seconds: int
    starts_after_seconds: int
    starts_at: dt.datetime | None = None
    slot_index: int | None = None


@dataclass(frozen=True)
class MeetingPlan:
    """A fair plan for one meeting that fits in its length, with its reasons in words."""

    meeting_minutes: int
    start: dt.datetime | None
    attendees: int
    mode: ShareMode
    rules: PlanRules
    check_in_seconds: int
    slots: tuple[SlotPlan, ...]
    check_out_seconds: int
    wrap_up_seconds: int
    spare_seconds: int
    """Time the plan leaves unused (slots at their maximum, rounding to whole minutes)."""
    reasons: tuple[str, ...] = field(default=())
    socialise_seconds: int = 0
    """Time to socialise at the end, after the wrap-up."""

    @property
    def total_seconds(self) -> int:
        """The meeting's length."""
        return self.meeting_minutes * 60

    @property
    def used_seconds(self) -> int:
        """Everything planned, spare time excluded; never more than the meeting's length."""
        return (
            self.check_in_seconds
            + sum(s.planned_seconds for s in self.slots)
            + self.check_out_seconds
            + self.wrap_up_seconds
            + self.socialise_seconds
        )

    @property
    def planned_end(self) -> dt.datetime | None:
        """When the meeting is booked to end (start plus its length)."""
        return self.start + dt.timedelta(minutes=self.meeting_minutes) if self.start else None

    def blocks(self) -> list[PlanBlock]:
        """The meeting in order, with planned start times where the start is known."""
        result: list[PlanBlock] = []
        offset = 0

        def add(kind: str, label: str, seconds: int, slot_index: int | None = None) -> None:
            nonlocal offset
            when = self.start + dt.timedelta(seconds=offset) if self.start else None
            result.append(PlanBlock(kind, label, seconds, offset, when, slot_index))
            offset += seconds

        if self.check_in_seconds:
            add("check_in", "Check-in round", self.check_in_seconds)
        for slot in self.slots:
            add("slot", slot.who, slot.planned_seconds, slot.index)
        if self.check_out_seconds:
            add("check_out", "Check-out round", self.check_out_seconds)
        if self.wrap_up_seconds:
            add("wrap_up", "Wrap-up: next meeting, admin", self.wrap_up_seconds)
        if self.socialise_seconds:
            add("socialise", "Time to socialise", self.socialise_seconds)
        if self.spare_seconds:
            add("spare", "Spare time", self.spare_seconds)
        return result

    def slot(self, index: int) -> SlotPlan | None:
        """The plan of the meeting's slot number ``index`` (0-based), if it is planned."""
        return next((s for s in self.slots if s.index == index), None)

    def explain(self) -> list[str]:
        """The plan in sentences, for the screen: how the time was shared and why."""
        lines = list(self.reasons)
        for block in self.blocks():
            when = f"{time_of_day(block.starts_at)}  " if block.starts_at else ""
            text = f"{when}{block.label}: {minutes_text(block.planned_seconds)}"
            if block.kind == "slot" and block.slot_index is not None:
                slot = self.slot(block.slot_index)
                if slot is not None:
                    phases = ", ".join(
                        f"{PHASE_LABELS[name].lower()} {clock_text(sec)}"
                        for name, sec in zip(SLOT_PHASES, slot.phase_seconds, strict=True)
                    )
                    text += f" ({phases})"
                    if slot.note:
                        text += f"; {slot.note}"
            lines.append(text)
        return lines

    def apply_to(self, meeting: Meeting) -> None:
        """Write each planned slot length into the meeting's pending slots.

        Slots already running, done or skipped keep what they recorded: a plan made during a
        meeting never rewrites its history.
        """
        for slot_plan in self.slots:
            if 0 <= slot_plan.index < len(meeting.slots):
                slot = meeting.slots[slot_plan.index]
                if slot.state is SlotState.PENDING:
                    slot.planned_seconds = slot_plan.planned_seconds


def make_plan(
    meeting_minutes: int,
    presenters: Sequence[Presenter | str],
    *,
    attendees: int,
    start: dt.datetime | None = None,
    rules: PlanRules | None = None,
    mode: ShareMode | None = None,
) -> MeetingPlan:
    """Plan a meeting of ``meeting_minutes`` for these presenters and ``attendees`` people.

    ``mode`` defaults to :attr:`ShareMode.REQUESTED` when anyone asked for minutes, else
    :attr:`ShareMode.EQUAL`. Raises :class:`PlanError` with a plain message when the figures
    make no sense or the presenters' minimum slots cannot fit.
    """
    rules = rules or PlanRules()
    rules.check()
    if _not_whole(meeting_minutes) or meeting_minutes <= 0:
        raise PlanError(f"the meeting must last at least 1 minute, not {meeting_minutes!r}")
    if _not_whole(attendees) or attendees < 0:
        raise PlanError(f"the number of attendees must be 0 or more, not {attendees!r}")
    people = [Presenter(p) if isinstance(p, str) else p for p in presenters]
    for person in people:
        if _not_whole(person.requested_minutes) or person.requested_minutes < 0:
            raise PlanError(
                f"{person.who} asked for {person.requested_minutes!r} minutes: "
                "give 0 (no request) or more whole minutes"
            )
    if len({p.registration_number for p in people}) > attendees:
        raise PlanError(
            f"{plural(len({p.registration_number for p in people}), 'presenter')} but only "
            f"{plural(attendees, 'attendee')}: every presenter must be an attendee"
        )
    if mode is None:
        mode = ShareMode.REQUESTED if any(p.requested_minutes for p in people) else ShareMode.EQUAL

    check_in = rules.check_in_minutes_per_person * attendees * 60
    check_out = rules.check_out_minutes_per_person * attendees * 60
    wrap_up = rules.wrap_up_minutes * 60
    socialise = rules.socialise_minutes * 60
    fixed = check_in + check_out + wrap_up + socialise
    total = meeting_minutes * 60
    available = total - fixed
    count = len(people)
    minimum = rules.min_slot_minutes * 60
    fixed_text = _fixed_text(rules, attendees)

    fixed_take = (
        f"{fixed_text} {'take' if ' and ' in fixed_text else 'takes'} {minutes_text(fixed)}"
    )
    if available < count * minimum or available < 0:
        need = (fixed + count * minimum) // 60
        if count == 0:
            raise PlanError(
                f"{fixed_take}, more than the {meeting_minutes} min meeting: "
                f"shorten them or extend to {need} min"
            )
        fits = max(0, available) // minimum
        drop = count - fits
        drop_text = "drop a presenter" if drop == 1 else f"drop {drop} presenters"
        if fits == 0:
            drop_text = "no presenter fits: give the rounds less time"
        reason = f" ({fixed_take})" if fixed else ""
        raise PlanError(
            f"{count} presenter{'s' if count != 1 else ''} x {rules.min_slot_minutes} min does "
            f"not fit in {meeting_minutes} min{reason}: {drop_text} or extend to {need} min"
        )

    booked = ""
    if start:
        end = start + dt.timedelta(minutes=meeting_minutes)
        booked = f", {time_of_day(start)} to {time_of_day(end)}"
    reasons = [
        f"Meeting: {meeting_minutes} min{booked}, {plural(attendees, 'attendee')}.",
        f"{fixed_take[0].upper()}{fixed_take[1:]}, which leaves "
        f"{minutes_text(available)} for {plural(count, 'presenter')}."
        if fixed
        else f"All {minutes_text(available)} go to {plural(count, 'presenter')}.",
    ]
    notes = [""] * count
    if count == 0:
        lengths: list[int] = []
    elif mode is ShareMode.EQUAL:
        lengths = share_time(
            available,
            [1] * count,
            [minimum] * count,
            [rules.max_slot_minutes * 60] * count,
            fill=False,
        )
        exact = available / count
        line = f"Equal shares: {minutes_text(available)} / {count} = {exact / 60:.1f} min each"
        if exact > rules.max_slot_minutes * 60:
            line += f", capped at the {rules.max_slot_minutes} min maximum."
        elif lengths[0] != exact:
            line += f", rounded down to {minutes_text(lengths[0])}."
        else:
            line += "."
        reasons.append(line)
    else:
        asks = [
            max(p.requested_minutes or rules.slot_minutes, rules.min_slot_minutes) * 60
            for p in people
        ]
        for i, person in enumerate(people):
            if not person.requested_minutes:
                notes[i] = f"no request, taken as {rules.slot_minutes} min"
            elif person.requested_minutes < rules.min_slot_minutes:
                notes[i] = f"asked for {person.requested_minutes} min, raised to the minimum"
        lengths = share_time(available, asks, [minimum] * count, asks, fill=True)
        asked = sum(asks)
        if asked <= available:
            reasons.append(f"Requested minutes: {minutes_text(asked)} asked, all of it fits.")
        else:
            reasons.append(
                f"Requested minutes: {minutes_text(asked)} asked but {minutes_text(available)} "
                f"available, so every request is scaled to about {available / asked:.0%} "
                f"(never below {rules.min_slot_minutes} min)."
            )
            for i, person in enumerate(people):
                if lengths[i] < asks[i] and not notes[i]:
                    notes[i] = f"asked for {person.requested_minutes} min"
    spare = available - sum(lengths)
    if spare > 0 and count:
        reasons.append(
            f"{minutes_text(spare)} spare: the meeting can finish early"
            + (f" (at {time_of_day(start + dt.timedelta(seconds=total - spare))})" if start else "")
            + " or use it for discussion."
        )

    slots = []
    offset = check_in
    for i, (person, length) in enumerate(zip(people, lengths, strict=True)):
        slots.append(
            SlotPlan(
                index=person.slot_index if person.slot_index is not None else i,
                registration_number=person.registration_number,
                who=person.who,
                planned_seconds=length,
                phase_seconds=phase_split(length, rules.phase_shares),
                requested_minutes=person.requested_minutes,
                starts_after_seconds=offset,
                note=notes[i],
            )
        )
        offset += length
    return MeetingPlan(
        meeting_minutes=meeting_minutes,
        start=start,
        attendees=attendees,
        mode=mode,
        rules=rules,
        check_in_seconds=check_in,
        slots=tuple(slots),
        check_out_seconds=check_out,
        wrap_up_seconds=wrap_up,
        spare_seconds=spare,
        reasons=tuple(reasons),
        socialise_seconds=socialise,
    )


def _fixed_text(rules: PlanRules, attendees: int) -> str:
    """``check-in (6 x 2 min), check-out (6 x 1 min), wrap-up (10 min) and time to socialise
    (15 min)``, zero parts left out."""
    parts = []
    if rules.check_in_minutes_per_person and attendees:
        parts.append(f"check-in ({attendees} x {rules.check_in_minutes_per_person} min)")
    if rules.check_out_minutes_per_person and attendees:
        parts.append(f"check-out ({attendees} x {rules.check_out_minutes_per_person} min)")
    if rules.wrap_up_minutes:
        parts.append(f"wrap-up ({rules.wrap_up_minutes} min)")
    if rules.socialise_minutes:
        parts.append(f"time to socialise ({rules.socialise_minutes} min)")
    if not parts:
        return "the rounds and wrap-up"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def meeting_start(meeting: Meeting) -> dt.datetime | None:
    """The booked start of a meeting as an aware datetime in its own time zone, if set."""
    if meeting.start_time is None:
        return None
    return dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=ZoneInfo(meeting.timezone))


def meeting_minutes_of(meeting: Meeting, defaults: GroupDefaults) -> int:
    """The booked length: end minus start when both are set, else the group's default."""
    if meeting.start_time is None or meeting.end_time is None:
        return defaults.meeting_minutes
    start = dt.datetime.combine(meeting.date, meeting.start_time)
    end = dt.datetime.combine(meeting.date, meeting.end_time)
    if end <= start:
        raise PlanError(
            f"the meeting's end time {meeting.end_time:%H:%M} is not after its start time "
            f"{meeting.start_time:%H:%M}"
        )
    return int((end - start).total_seconds() // 60)


def plan_for_meeting(
    meeting: Meeting,
    defaults: GroupDefaults,
    *,
    mode: ShareMode | None = None,
    meeting_minutes: int | None = None,
) -> MeetingPlan:
    """The plan for a meeting model: its slots (skipped ones left out), attendees and times.

    Before attendance is taken the attendee count is at least the number of presenters.
    Call :meth:`MeetingPlan.apply_to` to write the slot lengths into the meeting.
    """
    presenters = [
        Presenter(slot.presenter, slot.requested_minutes, meeting.name_of(slot.presenter), index)
        for index, slot in enumerate(meeting.slots)
        if slot.state is not SlotState.SKIPPED
    ]
    attendees = max(len(meeting.attendees), len({p.registration_number for p in presenters}))
    return make_plan(
        meeting_minutes if meeting_minutes is not None else meeting_minutes_of(meeting, defaults),
        presenters,
        attendees=attendees,
        start=meeting_start(meeting),
        rules=PlanRules.from_defaults(defaults),
        mode=mode,
    )
