"""The meeting clock: one object the meeting screens hold and display.

It walks a meeting through its stages (check-in round, presenter slots, check-out round,
wrap-up), keeps at most one timer open (a person's turn, a slot, or the wrap-up), records
actual times into the meeting model as they happen, rebalances the slots still to come when
one runs over or finishes early, and keeps ``meeting.live`` up to date so that saving the
meeting at any moment lets a crashed app resume with the right remaining time.

Screens call the action methods (``start_slot``, ``pause``, ``next_phase``, ``extend`` ...)
and, on each refresh, ``view()`` for what to draw and ``poll()`` for level changes to
announce. Nothing here imports textual.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from psg_tui.core.models import (
    SLOT_PHASES,
    GroupDefaults,
    LiveMeeting,
    Meeting,
    MeetingStatus,
    PhaseSeconds,
    RebalanceMode,
    RoundEntry,
    Slot,
    SlotState,
)
from psg_tui.core.timing.plan import (
    PHASE_LABELS,
    MeetingPlan,
    ShareMode,
    meeting_minutes_of,
    meeting_start,
    phase_share_tuple,
    phase_split,
    plan_for_meeting,
    share_time,
)
from psg_tui.core.timing.rounding import whole_parts
from psg_tui.core.timing.text import PlanError, TimerError, minutes_text, time_of_day
from psg_tui.core.timing.timer import (
    Clock,
    LevelChanged,
    Timer,
    TimerState,
    TimerView,
    WallClock,
    WarningRule,
    monotonic_clock,
    system_wall_clock,
)

_FAR_FROM_BOOKED_SECONDS = 2 * 3600
"""A start further than this from the booked start means the meeting moved: time it from
its actual start."""


class Stage(StrEnum):
    """The part of the meeting under way, in order."""

    NOT_STARTED = "not_started"
    CHECK_IN = "check_in"
    SLOTS = "slots"
    CHECK_OUT = "check_out"
    WRAP_UP = "wrap_up"
    ENDED = "ended"

    @property
    def label(self) -> str:
        """The stage in words."""
        return _STAGE_LABELS[self]

    @property
    def rank(self) -> int:
        """Position in the meeting, from 0."""
        return list(Stage).index(self)


_STAGE_LABELS = {
    Stage.NOT_STARTED: "Not started",
    Stage.CHECK_IN: "Check-in round",
    Stage.SLOTS: "Presenters",
    Stage.CHECK_OUT: "Check-out round",
    Stage.WRAP_UP: "Wrap-up",
    Stage.ENDED: "Ended",
}
_LIVE_STAGES = (Stage.CHECK_IN, Stage.SLOTS, Stage.CHECK_OUT, Stage.WRAP_UP)


@dataclass(frozen=True)
class SlotPreview:
    """A slot still to come, with the time it gets if it starts now (after rebalancing)."""

    index: int
    registration_number: str
    who: str
    planned_seconds: int
    """What the slot gets now, after rebalancing."""
    base_seconds: int
    """What the plan gave it before the meeting."""
    phase_seconds: tuple[int, int, int]

    @property
    def change_seconds(self) -> int:
        """Minus when shortened to catch up, plus when given spare time."""
        return self.planned_seconds - self.base_seconds

    @property
    def text(self) -> str:
        """``Ben Okafor: 18 min (2 min shorter to catch up)``."""
        text = f"{self.who}: {minutes_text(self.planned_seconds)}"
        if self.change_seconds < 0:
            text += f" ({minutes_text(-self.change_seconds)} shorter to catch up)"
        elif self.change_seconds > 0:
            text += f" ({minutes_text(self.change_seconds)} more from spare time)"
        return text


@dataclass(frozen=True)
class ScheduleView:
    """Where the meeting stands against its booked end, always available."""

    now: dt.datetime
    planned_end: dt.datetime | None
    """Booked end (start plus length); None when neither a start time nor a start is known."""
    projected_end: dt.datetime
    """When it will end at this rate, with the later slots rebalanced."""
    behind_seconds: float
    """Projected minus booked end: positive behind, negative ahead (0 when no booked end)."""
    slip_seconds: float
    """How far behind it would be if the later slots kept their planned lengths."""
    rebalance: RebalanceMode
    upcoming: tuple[SlotPreview, ...]
    """Slots still to come, in order, with their adjusted lengths."""

    @property
    def next_slot(self) -> SlotPreview | None:
        """The next slot to start, with its adjusted length (known before it starts)."""
        return self.upcoming[0] if self.upcoming else None

    @property
    def behind_minutes(self) -> int:
        """Whole minutes behind (negative: ahead); under a minute either way is on time."""
        return int(self.behind_seconds / 60)

    @property
    def text(self) -> str:
        """``3 min behind: ends 20:03``, ``On time: ends 20:00``, ``5 min ahead: ends 19:55``."""
        end = time_of_day(self.projected_end)
        if self.planned_end is None:
            return f"Ends about {end}"
        minutes = self.behind_minutes
        if minutes > 0:
            return f"{minutes} min behind: ends {end}"
        if minutes < 0:
            return f"{-minutes} min ahead: ends {end}"
        return f"On time: ends {end}"

    @property
    def rebalance_text(self) -> str:
        """What rebalancing is doing, in words (empty when nothing)."""
        change = sum(p.change_seconds for p in self.upcoming)
        if change < 0:
            return f"later slots {minutes_text(-change)} shorter in all to keep to time"
        if change > 0:
            return f"later slots given {minutes_text(change)} of spare time"
        return ""


@dataclass(frozen=True)
class MeetingView:
    """Everything a meeting screen draws on one refresh."""

    stage: Stage
    timer: TimerView | None
    """The open timer (a turn, a slot or the wrap-up), if any."""
    timer_index: int | None
    """The slot's index when the open timer is a slot."""
    timer_person: str
    """Registration number of the presenter or of the person taking their turn."""
    schedule: ScheduleView


class MeetingEngine:
    """Times one meeting and records it into the model.

    ``clock`` gives monotonic seconds (``time.monotonic``); ``wall_clock`` gives the aware
    wall-clock time recorded in the notes. A meeting that has ``live`` state (saved while in
    progress) is resumed: a running timer has kept running while the app was away.
    """

    def __init__(
        self,
        meeting: Meeting,
        defaults: GroupDefaults | None = None,
        *,
        clock: Clock = monotonic_clock,
        wall_clock: WallClock = system_wall_clock,
        rebalance: RebalanceMode | None = None,
    ) -> None:
        self.meeting = meeting
        self.defaults = defaults or GroupDefaults()
        self.rebalance = rebalance or self.defaults.rebalance
        """One-way (only shorten later slots) or two-way (also hand spare time on)."""
        self._clock = clock
        zone = ZoneInfo(meeting.timezone)
        # Every time the engine records or shows is in the meeting's own zone, whatever zone
        # the computer is set to: the app, the group PDF and a member's PDF then agree.
        self._wall = lambda: wall_clock().astimezone(zone)
        self._shares = phase_share_tuple(self.defaults.phase_shares)
        self.rule = WarningRule.from_defaults(self.defaults)
        """The warning rule of every timer."""
        self._timer: Timer | None = None
        self._timer_index: int | None = None
        self._timer_person = ""
        self.restore_note = ""
        """Set when saved live state could not be resumed (say it to the timekeeper)."""
        if wall_clock().tzinfo is None:
            raise TimerError("the wall clock must give timezone-aware times")
        self._stage = self._initial_stage()
        if meeting.live is not None and meeting.live.timer is not None:
            try:
                self._restore(meeting.live)
            except TimerError as error:
                # A hand-edited or stale file must not stop the meeting: carry on without it.
                self.restore_note = f"The saved timer was not resumed: {error}."
                self._timer = None

    # -- reading ------------------------------------------------------------------------

    @property
    def stage(self) -> Stage:
        """The part of the meeting under way."""
        return self._stage

    @property
    def timer(self) -> Timer | None:
        """The open timer, if any (read it; change it through this clock's methods)."""
        return self._timer

    @property
    def current_slot_index(self) -> int | None:
        """Index of the slot whose timer is open."""
        return self._timer_index if self._timer and self._timer.kind == "slot" else None

    @property
    def turn_person(self) -> str:
        """Registration number of the person whose round turn is open ("" when none)."""
        return self._timer_person if self._timer and self._timer.kind != "slot" else ""

    def next_pending_index(self) -> int | None:
        """The first slot still pending, if any."""
        return next(
            (i for i, s in enumerate(self.meeting.slots) if s.state is SlotState.PENDING), None
        )

    def poll(self) -> list[LevelChanged]:
        """Level changes of the open timer since the last poll, each reported once."""
        return self._timer.poll() if self._timer else []

    def view(self) -> MeetingView:
        """A snapshot for the display."""
        return MeetingView(
            stage=self._stage,
            timer=self._timer.view() if self._timer else None,
            timer_index=self.current_slot_index,
            timer_person=self._timer_person if self._timer else "",
            schedule=self.schedule(),
        )

    # -- plan and schedule --------------------------------------------------------------

    def plan(self, mode: ShareMode | None = None) -> MeetingPlan:
        """Plan the meeting from the group's defaults and write slot lengths into pending slots.

        Raises :class:`~psg_tui.core.timing.PlanError` when the presenters cannot fit.
        """
        plan = plan_for_meeting(self.meeting, self.defaults, mode=mode)
        plan.apply_to(self.meeting)
        return plan

    def planned_end(self) -> dt.datetime | None:
        """The booked end: booked start (or the actual start) plus the meeting's length.

        A meeting started far from its booked time (run on another day than planned, say)
        is timed from its actual start: "18466 min ahead" helps nobody.
        """
        booked = meeting_start(self.meeting)
        actual = self.meeting.started_at
        start = booked or actual
        far = booked and actual and abs((actual - booked).total_seconds())
        if far and far > _FAR_FROM_BOOKED_SECONDS:
            start = actual
        if start is None:
            return None
        try:
            minutes = meeting_minutes_of(self.meeting, self.defaults)
        except PlanError:
            # An end time before the start is the setup screen's to report; the clock keeps
            # going with the group's usual length rather than failing on every refresh.
            minutes = self.defaults.meeting_minutes
        return start + dt.timedelta(minutes=minutes)

    def _base_seconds(self, slot: Slot) -> int:
        if slot.planned_seconds > 0:
            return slot.planned_seconds
        # A slot added without a plan is taken at the group's usual length, within bounds.
        usual = min(
            max(self.defaults.slot_minutes, self.defaults.min_slot_minutes),
            self.defaults.max_slot_minutes,
        )
        return usual * 60

    def _round_seconds_left(self, stage: Stage) -> float:
        """Time the check-in or check-out round still needs (all of it if not begun)."""
        per_person = 60 * (
            self.defaults.check_in_minutes_per_person
            if stage is Stage.CHECK_IN
            else self.defaults.check_out_minutes_per_person
        )
        entries = self.meeting.check_in if stage is Stage.CHECK_IN else self.meeting.check_out
        had_turn = {e.registration_number for e in entries}
        if self._stage is stage and self._timer is not None:
            had_turn.add(self._timer_person)
        waiting = [a for a in self.meeting.attendees if a.registration_number not in had_turn]
        current = 0.0
        if self._stage is stage and self._timer is not None:
            current = max(0.0, self._timer.remaining)
        return current + per_person * len(waiting)

    def _fixed_seconds_left(self) -> float:
        """Everything still to come except the pending slots."""
        stage = self._stage
        left = 0.0
        if stage.rank <= Stage.CHECK_IN.rank:
            left += self._round_seconds_left(Stage.CHECK_IN)
        if stage is Stage.SLOTS and self._timer is not None:
            left += max(0.0, self._timer.remaining)
        if stage.rank <= Stage.CHECK_OUT.rank:
            left += self._round_seconds_left(Stage.CHECK_OUT)
        if stage.rank < Stage.WRAP_UP.rank:
            left += self.defaults.wrap_up_minutes * 60
        elif stage is Stage.WRAP_UP and self._timer is not None:
            left += max(0.0, self._timer.remaining)
        if stage.rank <= Stage.WRAP_UP.rank:
            left += self.defaults.socialise_minutes * 60  # the time to socialise comes last
        return left

    def _pending(self) -> list[int]:
        if self._stage.rank > Stage.SLOTS.rank:
            return []
        return [
            i
            for i, s in enumerate(self.meeting.slots)
            if s.state is SlotState.PENDING and i != self.current_slot_index
        ]

    def _adjusted(self, budget: float | None, pending: list[int]) -> list[int]:
        """The pending slots' lengths, rebalanced into ``budget`` seconds (None: no limit)."""
        base = [self._base_seconds(self.meeting.slots[i]) for i in pending]
        if budget is None or not base:
            return base
        minimum = self.defaults.min_slot_minutes * 60
        floors = [min(minimum, b) for b in base]
        budget_s = max(0, math.floor(budget))
        if budget_s < sum(base):
            return share_time(budget_s, base, floors, base)
        if self.rebalance is RebalanceMode.TWO_WAY and budget_s > sum(base):
            caps = [max(b, self.defaults.max_slot_minutes * 60) for b in base]
            return share_time(budget_s, base, base, caps)
        return base

    def schedule(self) -> ScheduleView:
        """Projected end, minutes behind or ahead, and the adjusted lengths of later slots."""
        now = self._wall()
        if self._stage is Stage.ENDED:
            end = self.meeting.ended_at or now
            planned_end = self.planned_end()
            behind = (end - planned_end).total_seconds() if planned_end else 0.0
            return ScheduleView(now, planned_end, end, behind, behind, self.rebalance, ())
        planned_end = self.planned_end()
        start = now
        if self._stage is Stage.NOT_STARTED:
            booked = meeting_start(self.meeting)
            start = max(now, booked) if booked else now
        fixed = self._fixed_seconds_left()
        pending = self._pending()
        budget = None
        if planned_end is not None:
            budget = (planned_end - start).total_seconds() - fixed
        adjusted = self._adjusted(budget, pending)
        base = [self._base_seconds(self.meeting.slots[i]) for i in pending]
        projected = start + dt.timedelta(seconds=fixed + sum(adjusted))
        slipped = start + dt.timedelta(seconds=fixed + sum(base))
        behind = (projected - planned_end).total_seconds() if planned_end else 0.0
        slip = (slipped - planned_end).total_seconds() if planned_end else 0.0
        upcoming = tuple(
            SlotPreview(
                index=i,
                registration_number=self.meeting.slots[i].presenter,
                who=self.meeting.name_of(self.meeting.slots[i].presenter),
                planned_seconds=seconds,
                base_seconds=b,
                phase_seconds=phase_split(seconds, self._shares),
            )
            for i, seconds, b in zip(pending, adjusted, base, strict=True)
        )
        return ScheduleView(now, planned_end, projected, behind, slip, self.rebalance, upcoming)

    def preview(self, index: int) -> SlotPreview | None:
        """The adjusted length slot ``index`` gets if it starts now (None unless pending)."""
        return next((p for p in self.schedule().upcoming if p.index == index), None)

    # -- the meeting's stages -----------------------------------------------------------

    def _initial_stage(self) -> Stage:
        meeting = self.meeting
        if meeting.live is not None:
            return Stage(meeting.live.stage)
        if meeting.ended_at is not None or meeting.status is MeetingStatus.COMPLETE:
            return Stage.ENDED
        if meeting.started_at is None:
            return Stage.NOT_STARTED
        # In progress without live state (saved by hand, or by an older version): infer.
        if meeting.check_out:
            return Stage.CHECK_OUT
        if any(s.state is not SlotState.PENDING for s in meeting.slots):
            return Stage.SLOTS
        return Stage.CHECK_IN

    def start_meeting(self) -> bool:
        """Record the start and open the check-in round. A repeat is a no-op (False)."""
        if self._stage is Stage.ENDED:
            raise TimerError("this meeting has ended: it cannot start again")
        if self._stage is not Stage.NOT_STARTED:
            return False
        self.meeting.started_at = self._wall()
        self.meeting.status = MeetingStatus.IN_PROGRESS
        self._stage = Stage.CHECK_IN
        self._save_live()
        return True

    def now(self) -> dt.datetime:
        """The wall-clock time now, in the meeting's own time zone."""
        return self._wall()

    def passed_over_by(self, stage: Stage) -> list[str]:
        """Who a jump to a later ``stage`` would pass over, in words (empty: nobody).

        The current round's people still waiting (or the whole round, if it has not
        begun), every presenter whose slot has not been run, and a round jumped past.
        """
        here = self._stage
        if stage.rank <= here.rank:
            return []
        meeting = self.meeting
        left_out: list[str] = []
        for round_stage, entries, name in (
            (Stage.CHECK_IN, meeting.check_in, "check-in"),
            (Stage.CHECK_OUT, meeting.check_out, "check-out"),
        ):
            if here.rank < round_stage.rank < stage.rank:
                left_out.append(f"the whole {name} round")
            elif here is round_stage:
                had = {e.registration_number for e in entries}
                waiting = [
                    meeting.name_of(a.registration_number)
                    for a in meeting.attendees
                    if a.registration_number not in had
                    and a.registration_number != self._timer_person
                ]
                if waiting and not had:
                    left_out.append(f"the whole {name} round")
                elif waiting:
                    left_out.append(f"{name} turns for {', '.join(waiting)}")
            if round_stage is Stage.CHECK_IN and here.rank <= Stage.SLOTS.rank < stage.rank:
                pending = [
                    meeting.name_of(slot.presenter)
                    for slot in meeting.slots
                    if slot.state in (SlotState.PENDING, SlotState.RUNNING)
                ]
                if pending:
                    left_out.append(f"the slots of {', '.join(pending)}")
        return left_out

    def begin(self, stage: Stage) -> bool:
        """Move on to a later stage (a repeat is a no-op; going back is an error).

        The open timer is finished first (a slot that never started is left pending).
        Leaving the presenters marks slots that never ran as skipped. Beginning the wrap-up
        starts its timer; beginning ENDED ends the meeting.
        """
        if stage is self._stage:
            return False
        if stage.rank < self._stage.rank:
            raise TimerError(
                f"the meeting has moved on to {self._stage.label.lower()}: it cannot go back "
                f"to {stage.label.lower()}"
            )
        if stage is Stage.NOT_STARTED:
            return False
        if self._stage is Stage.NOT_STARTED:
            self.start_meeting()
        if stage is Stage.ENDED:
            return self.end_meeting()
        self._close_open_timer()
        if stage.rank > Stage.SLOTS.rank:
            self._skip_pending()
        self._stage = stage
        if stage is Stage.WRAP_UP:
            wrap_up = Timer(
                [self.defaults.wrap_up_minutes * 60],
                clock=self._clock,
                label="Wrap-up",
                kind="wrap_up",
                phase_labels=["Wrap-up"],
                rule=self.rule,
            )
            self._open(wrap_up, person="")
            wrap_up.start()
        self._save_live()
        return True

    def end_meeting(self) -> bool:
        """Finish whatever is open, record the end and clear the live state. Repeat: no-op."""
        if self._stage is Stage.ENDED:
            return False
        if self._stage is Stage.NOT_STARTED:
            raise TimerError("the meeting has not started: start it before ending it")
        self._close_open_timer()
        self._skip_pending()
        self.meeting.ended_at = self._wall()
        self.meeting.status = MeetingStatus.COMPLETE
        self._stage = Stage.ENDED
        self.meeting.live = None
        return True

    def _skip_pending(self) -> None:
        for slot in self.meeting.slots:
            if slot.state is SlotState.PENDING:
                slot.state = SlotState.SKIPPED

    def _close_open_timer(self) -> None:
        timer = self._timer
        if timer is None:
            return
        if timer.state is TimerState.READY and timer.elapsed == 0:
            self._timer = None  # never started: nothing to record
            if timer.kind == "slot" and self._timer_index is not None:
                self.meeting.slots[self._timer_index].state = SlotState.PENDING
            return
        timer.finish()
        self._record()
        self._timer = None

    # -- rounds -------------------------------------------------------------------------

    def start_turn(self, registration_number: str) -> Timer:
        """Time one person's check-in or check-out turn (the round under way).

        The previous turn, if still open, is finished first. A person who already had a turn
        continues from the time they used.
        """
        if self._stage is Stage.NOT_STARTED:
            self.start_meeting()
        if self._stage not in (Stage.CHECK_IN, Stage.CHECK_OUT):
            raise TimerError(
                f"turns are timed in the check-in and check-out rounds, not during "
                f"{self._stage.label.lower()}"
            )
        if self._timer is not None:
            self._close_open_timer()
        entries = self.meeting.check_in if self._stage is Stage.CHECK_IN else self.meeting.check_out
        entry = next((e for e in entries if e.registration_number == registration_number), None)
        if entry is None:
            entry = RoundEntry(registration_number=registration_number)
            entries.append(entry)
        per_person = (
            self.defaults.check_in_minutes_per_person
            if self._stage is Stage.CHECK_IN
            else self.defaults.check_out_minutes_per_person
        )
        kind = self._stage.value
        timer = Timer(
            [per_person * 60],
            clock=self._clock,
            label=self.meeting.name_of(registration_number),
            kind=kind,
            phase_labels=["Check-in" if kind == "check_in" else "Check-out"],
            rule=self.rule,
        )
        self._open(timer, person=entry.registration_number)
        timer.start()
        if entry.elapsed_seconds:
            timer.correct_elapsed(entry.elapsed_seconds)
        self._save_live()
        return timer

    # -- slots --------------------------------------------------------------------------

    def start_slot(self, index: int | None = None, *, run: bool = True) -> Timer:
        """Start a presenter's slot (default: the next pending one) with its adjusted length.

        Moves the meeting on to the presenters if the check-in round is still open. Another
        slot must be finished or skipped first. ``run=False`` opens it ready: the clock
        starts with the next :meth:`toggle_pause` (F2), so the presenter can get ready.
        """
        if self._stage.rank < Stage.SLOTS.rank:
            self.begin(Stage.SLOTS)
        if self._stage is not Stage.SLOTS:
            raise TimerError(
                f"the meeting has moved on to {self._stage.label.lower()}: slots are over"
            )
        if self._timer is not None and self._timer.kind == "slot":
            if self._timer.state is not TimerState.READY:
                raise TimerError(f"finish or skip {self._timer.label}'s slot first")
            self._close_open_timer()
        if index is None:
            index = self.next_pending_index()
            if index is None:
                raise TimerError("every slot has been run or skipped")
        if not 0 <= index < len(self.meeting.slots):
            raise TimerError(f"there is no slot {index + 1}")
        slot = self.meeting.slots[index]
        who = self.meeting.name_of(slot.presenter)
        if slot.state is not SlotState.PENDING:
            raise TimerError(f"{who}'s slot is {slot.state.value}: it cannot start again")
        preview = self.preview(index)
        planned = preview.planned_seconds if preview else self._base_seconds(slot)
        phases = phase_split(planned, self._shares)
        slot.planned_seconds = planned
        slot.state = SlotState.RUNNING
        slot.started_at = self._wall()
        timer = Timer(
            phases,
            clock=self._clock,
            phase_names=SLOT_PHASES,
            phase_labels=[PHASE_LABELS[p] for p in SLOT_PHASES],
            label=who,
            kind="slot",
            rule=self.rule,
        )
        self._open(timer, person=slot.presenter, index=index)
        if run:
            timer.start()
        self._save_live()
        return timer

    def skip_slot(self, index: int) -> bool:
        """Skip a slot: the open one (time spent is kept) or a pending one. Repeat: no-op."""
        if not 0 <= index < len(self.meeting.slots):
            raise TimerError(f"there is no slot {index + 1}")
        if index == self.current_slot_index:
            return self.skip()
        slot = self.meeting.slots[index]
        if slot.state is SlotState.SKIPPED:
            return False
        if slot.state is not SlotState.PENDING:
            raise TimerError(
                f"{self.meeting.name_of(slot.presenter)}'s slot is {slot.state.value}: "
                "only a pending or running slot can be skipped"
            )
        slot.state = SlotState.SKIPPED
        self._save_live()
        return True

    def restore_slot(self, index: int) -> bool:
        """Bring a skipped slot back to pending (the presenter arrived late, or F7 was a
        slip). Only during the presenter slots, and only for a slot that used no time: time
        already recorded is history and stays. A slot that is not skipped: no-op (False)."""
        if not 0 <= index < len(self.meeting.slots):
            raise TimerError(f"there is no slot {index + 1}")
        slot = self.meeting.slots[index]
        if slot.state is not SlotState.SKIPPED:
            return False
        who = self.meeting.name_of(slot.presenter)
        if self._stage.rank > Stage.SLOTS.rank:
            raise TimerError(f"the presenter slots are over: {who}'s slot stays skipped")
        if slot.phase_seconds.total > 0:
            raise TimerError(
                f"{who}'s slot already used {slot.phase_seconds.total // 60} min before it was "
                "skipped: it stays skipped"
            )
        slot.state = SlotState.PENDING
        slot.ended_at = None
        self._save_live()
        return True

    # -- actions on the open timer ------------------------------------------------------

    def _open(self, timer: Timer, *, person: str, index: int | None = None) -> None:
        self._timer = timer
        self._timer_person = person
        self._timer_index = index

    def _need_timer(self) -> Timer:
        if self._timer is None:
            raise TimerError("no timer is open: start a slot, a turn or the wrap-up first")
        return self._timer

    def _after(self, changed: bool) -> bool:
        self._record()
        self._save_live()
        return changed

    def pause(self) -> bool:
        """Pause the open timer (no-op if paused)."""
        return self._after(self._need_timer().pause())

    def resume(self) -> bool:
        """Resume the open timer (no-op if running); a ready one starts."""
        self._mark_started()
        return self._after(self._need_timer().resume())

    def toggle_pause(self) -> TimerState:
        """Pause or resume the open timer (a ready one starts); the new state."""
        self._mark_started()
        state = self._need_timer().toggle_pause()
        self._after(True)
        return state

    def _mark_started(self) -> None:
        """A slot opened ready starts now: its recorded start is now, not when it opened."""
        timer = self._need_timer()
        if timer.state is TimerState.READY and self._timer_index is not None:
            self.meeting.slots[self._timer_index].started_at = self._wall()

    def next_phase(self) -> bool:
        """Move the open slot on to its next phase."""
        return self._after(self._need_timer().next_phase())

    def extend(self, seconds: float = 60) -> bool:
        """Give the open timer more time (+60 s, +300 s)."""
        return self._after(self._need_timer().extend(seconds))

    def correct_elapsed(self, seconds: float) -> bool:
        """Set the time the open timer has run (it was started late); the recorded start moves
        back by the same amount."""
        timer = self._need_timer()
        before = timer.elapsed
        timer.correct_elapsed(seconds)
        if timer.kind == "slot" and self._timer_index is not None:
            slot = self.meeting.slots[self._timer_index]
            if slot.started_at is not None:
                slot.started_at = slot.started_at - dt.timedelta(seconds=timer.elapsed - before)
        return self._after(True)

    def finish(self) -> bool:
        """Finish the open timer and record it; the timer closes."""
        timer = self._need_timer()
        changed = timer.finish()
        self._record()
        self._timer = None
        self._save_live()
        return changed

    def skip(self) -> bool:
        """Skip the open timer (its time is kept in the record); the timer closes."""
        timer = self._need_timer()
        changed = timer.skip()
        self._record()
        self._timer = None
        self._save_live()
        return changed

    # -- recording ----------------------------------------------------------------------

    def record_now(self) -> None:
        """Write the open timer's times so far into the model and refresh ``meeting.live``.

        Every action already does this; call it before an autosave so the slot's phase
        seconds in the file are current too (the live state alone is enough to resume).
        """
        self._record()
        self._save_live()

    def _record(self) -> None:
        """Write the open timer's times into the meeting model."""
        timer = self._timer
        if timer is None:
            return
        if timer.kind == "slot" and self._timer_index is not None:
            slot = self.meeting.slots[self._timer_index]
            elapsed = [timer.phase_elapsed(i) for i in range(timer.phase_count)]
            seconds = whole_parts(elapsed, round(sum(elapsed)))
            slot.phase_seconds = PhaseSeconds(
                present=seconds[0], discussion=seconds[1], takeaways=seconds[2]
            )
            if timer.state is TimerState.FINISHED:
                slot.state = SlotState.DONE
                slot.ended_at = self._wall()
            elif timer.state is TimerState.SKIPPED:
                slot.state = SlotState.SKIPPED
                slot.ended_at = self._wall() if timer.elapsed > 0 else None
        elif timer.kind in ("check_in", "check_out"):
            entries = self.meeting.check_in if timer.kind == "check_in" else self.meeting.check_out
            for entry in entries:
                if entry.registration_number == self._timer_person:
                    entry.elapsed_seconds = round(timer.elapsed)

    def _save_live(self) -> None:
        """Keep ``meeting.live`` in step, so saving the meeting at any moment is enough."""
        if self._stage not in _LIVE_STAGES:
            self.meeting.live = None
            return
        live_timer = None
        timer = self._timer
        if timer is not None and timer.state.is_open:
            where: dict[str, object] = {}
            if timer.kind == "slot":
                where["index"] = self._timer_index or 0
            elif timer.kind != "wrap_up":
                where["registration_number"] = self._timer_person
            live_timer = timer.to_live(self._wall(), **where)
        self.meeting.live = LiveMeeting(stage=self._stage.value, timer=live_timer)

    def _restore(self, live: LiveMeeting) -> None:
        saved = live.timer
        if saved is None:
            return
        now = self._wall()
        if saved.kind == "slot":
            if not 0 <= saved.index < len(self.meeting.slots):
                raise TimerError(f"it points at slot {saved.index + 1}, which is gone")
            slot = self.meeting.slots[saved.index]
            timer = Timer.from_live(
                saved,
                now,
                clock=self._clock,
                original_phase_planned=phase_split(slot.planned_seconds, self._shares),
                phase_names=SLOT_PHASES,
                phase_labels=[PHASE_LABELS[p] for p in SLOT_PHASES],
                label=self.meeting.name_of(slot.presenter),
                rule=self.rule,
            )
            self._open(timer, person=slot.presenter, index=saved.index)
        elif saved.kind == "wrap_up":
            timer = Timer.from_live(
                saved,
                now,
                clock=self._clock,
                label="Wrap-up",
                phase_labels=["Wrap-up"],
                rule=self.rule,
            )
            self._open(timer, person="")
        else:
            timer = Timer.from_live(
                saved,
                now,
                clock=self._clock,
                label=self.meeting.name_of(saved.registration_number),
                phase_labels=["Check-in" if saved.kind == "check_in" else "Check-out"],
                rule=self.rule,
            )
            self._open(timer, person=saved.registration_number)
