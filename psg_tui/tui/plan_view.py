"""The meeting plan as the setup screen shows it: fits or not, and why."""

from __future__ import annotations

from psg_tui.core.models import Group, Meeting
from psg_tui.core.timing.plan import plan_for_meeting
from psg_tui.core.timing.text import PlanError
from psg_tui.core.words import plural


def plan_summary(meeting: Meeting, group: Group) -> tuple[bool, list[str]]:
    """(fits, lines): the plan explained, or the plain reason it cannot fit."""
    try:
        plan = plan_for_meeting(meeting, meeting.timing_defaults(group.defaults))
    except PlanError as exc:
        message = str(exc)
        return False, [message[0].upper() + message[1:]]
    lines = plan.explain()
    if not meeting.slots:
        lines.insert(0, "No presenters yet: add them on the Presenters tab (a add).")
        return True, lines
    return True, [
        f"Plan fits: {plural(len(plan.slots), 'presenter slot')}.",
        *lines,
    ]
