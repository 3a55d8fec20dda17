"""Timers that cannot drift: a presenter's slot (three phases), a turn in a round, the wrap-up.

Elapsed time is never counted by ticks. Each phase keeps the seconds *banked* from earlier
runs (pauses end a run) plus, while running, the monotonic clock reading at which the current
run began; so remaining = planned - (now - started - paused) at every read, however late or
seldom the display refreshes. The clock is injected (a callable returning monotonic seconds),
so tests drive a fake clock and the app passes ``time.monotonic``.

Warning levels go ON_TRACK -> WARNING -> TIME_UP -> OVERTIME; :meth:`Timer.poll` reports each
crossing exactly once as a :class:`LevelChanged` event the UI can turn into a bell or a flash.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from psg_tui.core.models import GroupDefaults, SavedTimer
from psg_tui.core.timing.rounding import whole_parts
from psg_tui.core.timing.text import TimerError, clock_text, countdown_seconds

Clock = Callable[[], float]
"""Monotonic seconds (``time.monotonic`` in the app, a fake in tests)."""

WallClock = Callable[[], dt.datetime]
"""The aware wall-clock time, for what is recorded in the notes."""


def system_wall_clock() -> dt.datetime:
    """Now, as an aware datetime in the computer's local time zone."""
    return dt.datetime.now().astimezone()


monotonic_clock: Clock = time.monotonic
"""The real monotonic clock."""


class Level(StrEnum):
    """How a timer stands, for the display. Ordered: each is louder than the one before."""

    ON_TRACK = "on_track"
    WARNING = "warning"
    TIME_UP = "time_up"
    OVERTIME = "overtime"

    @property
    def rank(self) -> int:
        """0 (on track) to 3 (overtime)."""
        return _LEVEL_ORDER.index(self)

    @property
    def label(self) -> str:
        """The level in words."""
        return _LEVEL_LABELS[self]


_LEVEL_ORDER = (Level.ON_TRACK, Level.WARNING, Level.TIME_UP, Level.OVERTIME)
_LEVEL_LABELS = {
    Level.ON_TRACK: "On track",
    Level.WARNING: "Nearly time",
    Level.TIME_UP: "Time up",
    Level.OVERTIME: "Overtime",
}


@dataclass(frozen=True)
class WarningRule:
    """When a timer warns, and how long "TIME UP" shows before it counts "OVER +m:ss".

    The warning comes at ``seconds`` left or ``fraction`` of the planned time left, whichever
    is larger, but never earlier than half-way (so a 1-minute check-in turn is not "nearly
    time" from its first second).
    """

    seconds: float = 120
    fraction: float = 0.15
    time_up_seconds: float = 10

    @classmethod
    def from_defaults(cls, defaults: GroupDefaults) -> WarningRule:
        """The group's configured warning."""
        return cls(seconds=defaults.warning_seconds, fraction=defaults.warning_fraction)

    def threshold(self, planned: float) -> float:
        """Seconds left at which the warning starts."""
        return min(max(self.seconds, self.fraction * planned), planned / 2)

    def level(self, planned: float, elapsed: float) -> Level:
        """The level of a timer with this much planned and elapsed."""
        remaining = planned - elapsed
        if remaining > 0:
            warn = self.threshold(planned)
            return Level.WARNING if warn > 0 and remaining <= warn else Level.ON_TRACK
        return Level.TIME_UP if -remaining < self.time_up_seconds else Level.OVERTIME

    def crossing(self, planned: float, level: Level) -> float:
        """Elapsed seconds at which a timer enters ``level``."""
        if level is Level.WARNING:
            return planned - self.threshold(planned)
        if level is Level.TIME_UP:
            return planned
        if level is Level.OVERTIME:
            return planned + self.time_up_seconds
        return 0.0


PHASE_RULE = WarningRule(seconds=0, fraction=0)
"""Phases have no warning of their own: they only say when their time is up."""


def level_text(level: Level, remaining: float) -> str:
    """What the display says, in words as well as colour.

    ``2:00 left``, ``TIME UP``, ``OVER +1:30``."""
    if level is Level.TIME_UP:
        return "TIME UP"
    if level is Level.OVERTIME:
        return f"OVER +{clock_text(-remaining)}"
    return f"{clock_text(countdown_seconds(remaining))} left"


class TimerState(StrEnum):
    """Where a timer is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    SKIPPED = "skipped"

    @property
    def is_open(self) -> bool:
        """Still able to run (ready, running or paused)."""
        return self in (TimerState.READY, TimerState.RUNNING, TimerState.PAUSED)


@dataclass(frozen=True)
class LevelChanged:
    """A timer (or one phase of it) crossed into another warning level. Raised once per crossing."""

    scope: str
    """``timer`` for the whole slot or turn, ``phase`` for one phase of a slot."""
    phase: str
    """The phase's name (``present``, ``discussion``, ``takeaways``), or the timer's kind."""
    previous: Level
    level: Level
    elapsed: float
    """Seconds into the timer (or phase) at which the crossing happened."""
    label: str
    """Whose timer, for the message (``Aroha: discussion``)."""

    @property
    def louder(self) -> bool:
        """True when the level rose (ring the bell); False when an extension lowered it."""
        return self.level.rank > self.previous.rank

    @property
    def message(self) -> str:
        """One line for a notification."""
        what = f"{self.label}: " if self.label else ""
        if self.level is Level.WARNING:
            return f"{what}nearly time"
        if self.level is Level.TIME_UP:
            return f"{what}time is up"
        if self.level is Level.OVERTIME:
            return f"{what}running over"
        return f"{what}back on track"


@dataclass(frozen=True)
class PhaseView:
    """One phase of a timer, as the display shows it."""

    name: str
    label: str
    index: int
    planned: float
    elapsed: float
    remaining: float
    overtime: float
    level: Level
    text: str
    """``3:20 left``, ``TIME UP`` or ``OVER +0:40``."""
    is_current: bool
    is_done: bool


@dataclass(frozen=True)
class TimerView:
    """A snapshot of a timer for one refresh of the display; all times in seconds."""

    label: str
    kind: str
    state: TimerState
    planned: float
    """Target including extensions."""
    elapsed: float
    remaining: float
    """Negative once over time."""
    overtime: float
    """Seconds past the target (0 while on time)."""
    level: Level
    text: str
    """``2:00 left``, ``TIME UP`` or ``OVER +1:30``."""
    status: str
    """``Not started``, ``Running``, ``Paused``, ``Finished`` or ``Skipped``."""
    extended: float
    phase: PhaseView | None
    """The current phase (None for one-phase timers such as a round turn)."""
    phases: tuple[PhaseView, ...]

    @property
    def progress(self) -> float:
        """Fraction of the target used, 0 to 1 (for a progress bar)."""
        return 1.0 if self.planned <= 0 else min(1.0, max(0.0, self.elapsed / self.planned))


_STATUS = {
    TimerState.READY: "Not started",
    TimerState.RUNNING: "Running",
    TimerState.PAUSED: "Paused",
    TimerState.FINISHED: "Finished",
    TimerState.SKIPPED: "Skipped",
}


class Timer:
    """A drift-free timer of one or more phases (a slot has present, discussion, takeaways).

    Methods that change the timer raise :class:`TimerError` when the action makes no sense
    (extending a finished slot) and return ``False`` for harmless repeats, which are no-ops
    (pausing a paused timer, resuming a running one, starting a started one, finishing a
    finished one).
    """

    def __init__(
        self,
        phase_planned: Sequence[float],
        *,
        clock: Clock = monotonic_clock,
        phase_names: Sequence[str] | None = None,
        phase_labels: Sequence[str] | None = None,
        label: str = "",
        kind: str = "slot",
        rule: WarningRule | None = None,
    ) -> None:
        if not phase_planned:
            raise TimerError("a timer needs at least one phase")
        for seconds in phase_planned:
            if not (seconds >= 0 and math.isfinite(seconds)):
                raise TimerError(f"a planned time must be 0 or more seconds, not {seconds!r}")
        self._clock = clock
        self.kind = kind
        """What is timed: ``slot``, ``check_in``, ``check_out`` or ``wrap_up``."""
        self.label = label
        """Whose timer, in words."""
        self.rule = rule or WarningRule()
        self.phase_names = tuple(phase_names or (kind,) * len(phase_planned))
        self.phase_labels = tuple(
            phase_labels or (n.replace("_", " ").capitalize() for n in self.phase_names)
        )
        if len(self.phase_names) != len(phase_planned) or len(self.phase_labels) != len(
            phase_planned
        ):
            raise TimerError("give one name and label for each phase")
        self._phase_planned = [float(s) for s in phase_planned]
        self._original_shares = list(self._phase_planned)
        self._banked = [0.0] * len(phase_planned)
        self._planned = float(sum(phase_planned))
        self._extended = 0.0
        self._corrected = 0.0
        self._phase = 0
        self._run_start: float | None = None
        self._state = TimerState.READY
        self._reported = {"timer": Level.ON_TRACK, "phase": Level.ON_TRACK}

    # -- reading ------------------------------------------------------------------------

    @property
    def state(self) -> TimerState:
        """Ready, running, paused, finished or skipped."""
        return self._state

    @property
    def phase_index(self) -> int:
        """The current phase, from 0."""
        return self._phase

    @property
    def phase_count(self) -> int:
        """How many phases."""
        return len(self._phase_planned)

    @property
    def is_last_phase(self) -> bool:
        """True in the last phase (there is no next phase)."""
        return self._phase == self.phase_count - 1

    @property
    def planned(self) -> float:
        """The target in seconds, extensions included."""
        return self._planned

    @property
    def extended(self) -> float:
        """Seconds added by extensions."""
        return self._extended

    @property
    def corrected(self) -> float:
        """Net seconds added (or taken) by corrections of the elapsed time."""
        return self._corrected

    def _live(self) -> float:
        if self._run_start is None:
            return 0.0
        return max(0.0, self._clock() - self._run_start)

    def phase_elapsed(self, index: int) -> float:
        """Seconds spent in phase ``index`` so far."""
        live = self._live() if index == self._phase else 0.0
        return self._banked[index] + live

    def phase_planned(self, index: int) -> float:
        """The target of phase ``index`` (later phases re-share what the slot has left)."""
        return self._phase_planned[index]

    @property
    def elapsed(self) -> float:
        """Seconds spent so far, pauses excluded."""
        return sum(self._banked) + self._live()

    @property
    def remaining(self) -> float:
        """Seconds left (negative once over time)."""
        return self._planned - self.elapsed

    @property
    def overtime(self) -> float:
        """Seconds past the target (0 while on time)."""
        return max(0.0, -self.remaining)

    @property
    def level(self) -> Level:
        """The warning level now."""
        return self.rule.level(self._planned, self.elapsed)

    @property
    def phase_level(self) -> Level:
        """The current phase's level (phases only say when their time is up)."""
        return PHASE_RULE.level(self._phase_planned[self._phase], self.phase_elapsed(self._phase))

    def phase_view(self, index: int) -> PhaseView:
        """One phase, for the display."""
        elapsed = self.phase_elapsed(index)
        planned = self._phase_planned[index]
        remaining = planned - elapsed
        level = PHASE_RULE.level(planned, elapsed)
        return PhaseView(
            name=self.phase_names[index],
            label=self.phase_labels[index],
            index=index,
            planned=planned,
            elapsed=elapsed,
            remaining=remaining,
            overtime=max(0.0, -remaining),
            level=level,
            text=level_text(level, remaining),
            is_current=index == self._phase and self._state.is_open,
            is_done=index < self._phase or not self._state.is_open,
        )

    def view(self) -> TimerView:
        """Everything the display needs, read at one instant of the clock."""
        now = self._clock()
        live = 0.0 if self._run_start is None else max(0.0, now - self._run_start)
        elapsed = sum(self._banked) + live
        remaining = self._planned - elapsed
        level = self.rule.level(self._planned, elapsed)
        phases = tuple(self.phase_view(i) for i in range(self.phase_count))
        return TimerView(
            label=self.label,
            kind=self.kind,
            state=self._state,
            planned=self._planned,
            elapsed=elapsed,
            remaining=remaining,
            overtime=max(0.0, -remaining),
            level=level,
            text=level_text(level, remaining),
            status=_STATUS[self._state],
            extended=self._extended,
            phase=phases[self._phase] if self.phase_count > 1 else None,
            phases=phases,
        )

    # -- events -------------------------------------------------------------------------

    def poll(self) -> list[LevelChanged]:
        """Level crossings since the last poll, each exactly once, oldest first.

        A display that stalled past two thresholds gets both events (WARNING, then
        TIME_UP); an extension that lowers the level gives one event with ``louder`` False.
        """
        if not self._state.is_open:
            return []
        events = self._crossings(
            "timer",
            self.phase_names[self._phase] if self.phase_count == 1 else self.kind,
            self.rule,
            self._planned,
            self.elapsed,
        )
        if self.phase_count > 1:
            events += self._crossings(
                "phase",
                self.phase_names[self._phase],
                PHASE_RULE,
                self._phase_planned[self._phase],
                self.phase_elapsed(self._phase),
            )
        return events

    def _crossings(
        self, scope: str, name: str, rule: WarningRule, planned: float, elapsed: float
    ) -> list[LevelChanged]:
        previous = self._reported[scope]
        now = rule.level(planned, elapsed)
        if now is previous:
            return []
        self._reported[scope] = now
        label = self.label if scope == "timer" else f"{self.label}: {name}".lstrip(": ")
        if now.rank < previous.rank:
            return [LevelChanged(scope, name, previous, now, elapsed, label)]
        events = []
        for rank in range(previous.rank + 1, now.rank + 1):
            level = _LEVEL_ORDER[rank]
            if level is Level.WARNING and rule.threshold(planned) <= 0:
                continue  # this rule has no warning step (phases)
            events.append(
                LevelChanged(scope, name, previous, level, rule.crossing(planned, level), label)
            )
            previous = level
        return events

    def mark_reported(self) -> None:
        """Treat the present levels as already announced (after a reload: no second bell)."""
        self._reported["timer"] = self.level
        self._reported["phase"] = self.phase_level

    # -- changing -----------------------------------------------------------------------

    def _what(self) -> str:
        return f"{self.label}'s {self.kind.replace('_', '-')}" if self.label else f"the {self.kind}"

    def _require_open(self, action: str) -> None:
        if not self._state.is_open:
            raise TimerError(f"{self._what()} is {self._state.value}: it cannot be {action}")

    def _bank(self) -> None:
        if self._run_start is not None:
            self._banked[self._phase] += self._live()
            self._run_start = None

    def start(self) -> bool:
        """Start the clock. Starting a running or paused timer is a no-op (returns False)."""
        self._require_open("started")
        if self._state is not TimerState.READY:
            return False
        self._run_start = self._clock()
        self._state = TimerState.RUNNING
        return True

    def pause(self) -> bool:
        """Stop the clock for a while. Pausing a paused timer is a no-op (returns False)."""
        self._require_open("paused")
        if self._state is TimerState.READY:
            raise TimerError(f"{self._what()} has not started: there is nothing to pause")
        if self._state is TimerState.PAUSED:
            return False
        self._bank()
        self._state = TimerState.PAUSED
        return True

    def resume(self) -> bool:
        """Run again after a pause (or start a ready timer). Resuming a running timer is a no-op."""
        self._require_open("resumed")
        if self._state is TimerState.RUNNING:
            return False
        self._run_start = self._clock()
        self._state = TimerState.RUNNING
        return True

    def toggle_pause(self) -> TimerState:
        """Pause when running, run otherwise (one key for the timekeeper); the new state."""
        if self._state is TimerState.RUNNING:
            self.pause()
        else:
            self.resume()
        return self._state

    def next_phase(self) -> bool:
        """Move on to the next phase; the phases still to come share what the slot has left.

        From the last phase this is an error: finish the slot instead. A paused timer stays
        paused in the new phase; a ready timer starts.
        """
        self._require_open("moved to its next phase")
        if self.is_last_phase:
            raise TimerError(
                f"{self.phase_labels[self._phase]} is the last phase: finish the "
                f"{self.kind.replace('_', '-')} instead"
            )
        running = self._state is not TimerState.PAUSED
        self._bank()
        self._phase += 1
        self._reshare()
        self._reported["phase"] = Level.ON_TRACK
        if running:
            self._run_start = self._clock()
            self._state = TimerState.RUNNING
        return True

    def _reshare(self) -> None:
        """Give the phases still to come the slot's time left, in their original proportions.

        A short presentation leaves more for discussion; a long one squeezes it, so the
        phases always point at the slot's own end.
        """
        later = list(range(self._phase, self.phase_count))
        left = max(0.0, self._planned - sum(self._banked))
        whole = math.floor(left)
        weights = [self._original_shares[i] for i in later]
        if not sum(weights):
            weights = [1.0] * len(later)
        parts: list[float] = list(whole_parts([whole * w / sum(weights) for w in weights], whole))
        parts[0] += left - whole
        for i, part in zip(later, parts, strict=True):
            self._phase_planned[i] = float(part)

    def extend(self, seconds: float) -> bool:
        """Give more time (+60 s, +300 s...): to the slot and to its current phase."""
        self._require_open("extended")
        if not (seconds > 0 and math.isfinite(seconds)):
            raise TimerError(f"extend by a positive number of seconds, not {seconds!r}")
        self._planned += seconds
        self._extended += seconds
        self._phase_planned[self._phase] += seconds
        return True

    def correct_elapsed(self, seconds: float) -> bool:
        """Set the time spent so far (the timekeeper forgot to start the clock, or stopped it late).

        The difference goes to the current phase; it cannot take that phase below zero.
        """
        self._require_open("corrected")
        if not (seconds >= 0 and math.isfinite(seconds)):
            raise TimerError(f"the time spent must be 0 or more seconds, not {seconds!r}")
        delta = seconds - self.elapsed
        current = self.phase_elapsed(self._phase)
        if current + delta < 0:
            earlier = self.elapsed - current
            raise TimerError(
                f"the earlier phases already took {clock_text(earlier)}; the time spent cannot "
                f"be less than that"
            )
        self._banked[self._phase] += delta
        self._corrected += delta
        return True

    def finish(self) -> bool:
        """Stop for good and keep the times. Finishing a finished timer is a no-op."""
        if self._state is TimerState.FINISHED:
            return False
        self._require_open("finished")
        if self._state is TimerState.READY and self.elapsed == 0:
            raise TimerError(f"{self._what()} has not started: skip it instead of finishing it")
        self._bank()
        self._state = TimerState.FINISHED
        return True

    def skip(self) -> bool:
        """Stop for good without finishing (time already spent is kept). A repeat is a no-op."""
        if self._state is TimerState.SKIPPED:
            return False
        self._require_open("skipped")
        self._bank()
        self._state = TimerState.SKIPPED
        return True

    # -- saving and resuming ------------------------------------------------------------

    def to_live(self, wall_now: dt.datetime, **where: object) -> SavedTimer:
        """The state to save, anchored to the wall clock (``where``: kind, index, registration)."""
        if not self._state.is_open:
            raise TimerError(f"{self._what()} is {self._state.value}: there is nothing to resume")
        running_since = None
        if self._state is TimerState.RUNNING:
            running_since = wall_now - dt.timedelta(seconds=self._live())
        return SavedTimer.model_validate(
            {
                "kind": self.kind,
                "state": self._state.value,
                "phase": self._phase,
                "planned_seconds": self._planned,
                "extended_seconds": self._extended,
                "phase_planned_seconds": list(self._phase_planned),
                "phase_elapsed_seconds": list(self._banked),
                "running_since": running_since,
                **where,
            }
        )

    @classmethod
    def from_live(
        cls,
        live: SavedTimer,
        wall_now: dt.datetime,
        *,
        clock: Clock = monotonic_clock,
        original_phase_planned: Sequence[float] | None = None,
        phase_names: Sequence[str] | None = None,
        phase_labels: Sequence[str] | None = None,
        label: str = "",
        rule: WarningRule | None = None,
    ) -> Timer:
        """Rebuild a saved timer: time that passed on the wall clock since it was saved counts.

        ``original_phase_planned`` keeps the proportions used when later phases re-share
        (default: the saved targets). The levels reached are treated as already announced.
        """
        planned = list(live.phase_planned_seconds) or [live.planned_seconds]
        timer = cls(
            original_phase_planned or planned,
            clock=clock,
            phase_names=phase_names,
            phase_labels=phase_labels,
            label=label,
            kind=live.kind,
            rule=rule,
        )
        timer._phase_planned = [float(s) for s in planned]
        timer._banked = [float(s) for s in live.phase_elapsed_seconds] or [0.0]
        timer._planned = float(live.planned_seconds)
        timer._extended = float(live.extended_seconds)
        timer._phase = live.phase
        timer._state = TimerState(live.state)
        if live.running_since is not None:
            # Wall time since the run began; a wall clock set backwards counts as no time.
            since = max(0.0, (wall_now - live.running_since).total_seconds())
            timer._run_start = clock() - since
        timer.mark_reported()
        return timer
