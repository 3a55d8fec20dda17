"""The yearly review of the group's purpose and ground rules (issue 15, part 5): at the
first meeting of a new recertification year the ground rules screen offers them for a short
review ("is the group achieving its purpose?") and records that it was reviewed.

Pure: no textual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from psg_tui.core.attendance import recert_year_bounds, recert_year_of
from psg_tui.core.models import GroundRulesReview, Meeting, MeetingStatus

REVIEW_QUESTION = "Is the group achieving its purpose?"
"""What the group asks itself once a year."""


def review_due(meeting: Meeting, others: Iterable[Meeting], start_month: int = 4) -> bool:
    """Whether ``meeting`` is the first of a new recertification year for a group that has
    met before: no other complete meeting in its year came before it, at least one complete
    meeting did in an earlier year (a group's very first meeting agrees its rules instead),
    and none this year has recorded a review yet."""
    first, _last = recert_year_bounds(recert_year_of(meeting.date, start_month), start_month)
    earlier_year = False
    for other in others:
        if other.date > meeting.date:
            continue
        in_year = other.date >= first
        if in_year and other.ground_rules_review is not None:
            return False
        if other.status is not MeetingStatus.COMPLETE:
            continue
        if in_year:
            return False
        earlier_year = True
    return earlier_year


def record_review(meeting: Meeting, now: dt.datetime, note: str = "") -> GroundRulesReview:
    """Record that the group reviewed its purpose and ground rules now. The caller saves."""
    meeting.ground_rules_review = GroundRulesReview(reviewed_at=now, note=note.strip())
    return meeting.ground_rules_review
