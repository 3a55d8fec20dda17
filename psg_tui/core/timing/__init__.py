"""Timekeeping for a PSG meeting: a fair plan, drift-free timers, live rebalancing.

Pure Python with an injected clock; the meeting screens only display it. Start here:

- :func:`plan_for_meeting` / :func:`make_plan` -> :class:`MeetingPlan` (``explain()``,
  ``apply_to(meeting)``), or :class:`PlanError` saying plainly what does not fit;
- :class:`MeetingEngine`: the object a meeting screen holds; actions (``start_meeting``,
  ``start_turn``, ``start_slot``, ``pause``, ``resume``, ``next_phase``, ``extend``,
  ``correct_elapsed``, ``skip``, ``finish``, ``begin``, ``end_meeting``), and on every
  refresh ``view()`` (what to draw) and ``poll()`` (level changes to announce once);
- :class:`Timer`: one drift-free timer, usable on its own.
"""

from psg_tui.core.timing.meeting import (
    MeetingEngine,
    MeetingView,
    ScheduleView,
    SlotPreview,
    Stage,
)
from psg_tui.core.timing.plan import (
    PHASE_LABELS,
    MeetingPlan,
    PlanBlock,
    PlanRules,
    Presenter,
    ShareMode,
    SlotPlan,
    make_plan,
    meeting_minutes_of,
    meeting_start,
    phase_share_tuple,
    phase_split,
    plan_for_meeting,
    share_time,
)
from psg_tui.core.timing.text import (
    PlanError,
    TimerError,
    TimingError,
    clock_text,
    countdown_seconds,
    minutes_text,
)
from psg_tui.core.timing.timer import (
    Clock,
    Level,
    LevelChanged,
    PhaseView,
    Timer,
    TimerState,
    TimerView,
    WallClock,
    WarningRule,
    level_text,
    monotonic_clock,
    system_wall_clock,
)

__all__ = [
    "PHASE_LABELS",
    "Clock",
    "Level",
    "LevelChanged",
    "MeetingEngine",
    "MeetingPlan",
    "MeetingView",
    "PhaseView",
    "PlanBlock",
    "PlanError",
    "PlanRules",
    "Presenter",
    "ScheduleView",
    "ShareMode",
    "SlotPlan",
    "SlotPreview",
    "Stage",
    "Timer",
    "TimerError",
    "TimerState",
    "TimerView",
    "TimingError",
    "WallClock",
    "WarningRule",
    "clock_text",
    "countdown_seconds",
    "level_text",
    "make_plan",
    "meeting_minutes_of",
    "meeting_start",
    "minutes_text",
    "monotonic_clock",
    "phase_share_tuple",
    "phase_split",
    "plan_for_meeting",
    "share_time",
    "system_wall_clock",
]
