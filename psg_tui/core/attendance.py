"""Attendance and compliance: who has the two PSG meetings a recertification year asks for.

Pure: no textual, no weasyprint, no report/. The CLI (``psg attendance``) and the app's home
screen both call :func:`attendance_report` (or :func:`load_attendance`, which reads a group
folder first) and show the same :class:`AttendanceReport`.

The rules, in the guidance's terms and where the guidance leaves a choice, ours:

- A recertification year starts on the 1st of ``GroupDefaults.recert_year_start_month``
  (Pharmacy Council: 1 April) and ends the day before the same date a year later. Year N is
  the year that *starts* in N: with an April start, 2026 runs 1 April 2026 to 31 March 2027.
- A meeting **counts** for recertification when its status is ``complete`` and it had at least
  four attendees (``PSG_MINIMUM_ATTENDEES``). A planned or in-progress meeting never counts,
  and neither does a complete meeting of three: a member who attended it sees it listed as
  attended, marked as not counting.
- Each member needs :data:`REQUIRED_MEETINGS` (two) counting meetings in the year. Their status:

  ``met``       two or more counting meetings in the year.
  ``on track``  fewer than two, but the meetings still planned in the year (on or after
                today, and not ones they sent apologies for) would bring them to two if
                they attend every one.
  ``at risk``   fewer than two, and the meetings planned for the rest of the year are not
                enough even if they attend all of them: plan another meeting, or attend.
  ``not met``   the year is over with fewer than two.

- A planned meeting is a meeting file with status ``planned`` (or ``in_progress``) dated today
  or later, or the ``next_meeting`` set at a meeting when no file exists yet for that date.
- Members are the people in ``group.toml`` plus anyone who attended a meeting in the year but
  has since left the group (keyed by registration number; their name is taken from the
  meeting record). Someone who has left is not counted as attending future meetings.
- A meeting file that does not load is never counted and never dropped: it is listed in
  :attr:`AttendanceReport.skipped` with its name and the reasons.
- :func:`load_attendance` reads only the files that can matter to the year (dated in it, the
  latest before today, any after today, and any whose date it cannot tell from the file name
  and the file's own ``date`` line); how many it left unread is in ``not_read``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psg_tui.core.facts import (  # the rules of one meeting, re-exported here
    GroupFacts,
    MeetingFacts,
    counts_for_recertification,
    notes_complete,
    presented_seconds,
)
from psg_tui.core.files import StoreError, meeting_name_date, read_bytes
from psg_tui.core.vocab import PSG_MINIMUM_ATTENDEES, MeetingStatus

if TYPE_CHECKING:
    from psg_tui.core.models import Group, Meeting

__all__ = ["counts_for_recertification", "notes_complete", "presented_seconds"]

REQUIRED_MEETINGS = 2
"""Counting PSG meetings each member must document in a recertification year."""

DEFAULT_START_MONTH = 4
"""Pharmacy Council recertification years start on 1 April."""


# -- the recertification year -----------------------------------------------------------


def recert_year_of(day: dt.date, start_month: int = DEFAULT_START_MONTH) -> int:
    """The recertification year ``day`` falls in: the calendar year that year starts in.

    With an April start, 31 March 2027 is in 2026 and 1 April 2027 is in 2027.
    """
    _check_month(start_month)
    return day.year if day.month >= start_month else day.year - 1


def recert_year_bounds(
    year: int, start_month: int = DEFAULT_START_MONTH
) -> tuple[dt.date, dt.date]:
    """First and last day (both inclusive) of recertification year ``year``."""
    _check_month(start_month)
    first = dt.date(year, start_month, 1)
    last = dt.date(year + 1, start_month, 1) - dt.timedelta(days=1)
    return first, last


def recert_year_label(year: int, start_month: int = DEFAULT_START_MONTH) -> str:
    """``2026`` -> ``"1 Apr 2026 to 31 Mar 2027"``: what a person reads beside the number."""
    first, last = recert_year_bounds(year, start_month)
    return f"{_day_text(first)} to {_day_text(last)}"


def _day_text(day: dt.date) -> str:
    # Not strftime("%-d"): that is not portable, and %b depends on the locale.
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"start month must be 1 to 12, not {month}")


# -- one meeting ------------------------------------------------------------------------


class ComplianceStatus(StrEnum):
    """A member's standing in a recertification year (see the module docstring)."""

    MET = "met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    NOT_MET = "not_met"

    @property
    def label(self) -> str:
        """In words, for tables and screens (colour is never the only signal). The one
        wording of each status: the attendance table, the home screen and the annual
        summary all say these words (:func:`status_sentence`)."""
        return self.value.replace("_", " ")


def counting_text(count: int, required: int) -> str:
    """Counting meetings attended, beside how many are needed: ``3 (2 needed)`` (the home
    screen and ``psg attendance`` say it alike)."""
    return f"{count} ({required} needed)"


def status_sentence(
    status: ComplianceStatus, counting: int, required: int, number: Callable[[int], str] = str
) -> str:
    """The status in a sentence, with its label in it (the annual summary; the same words
    as ``psg attendance``): never "one more is needed" for a year that is over. ``number``
    writes a count ("two")."""
    short = max(0, required - counting)
    more = f"{number(short)} more {'is' if short == 1 else 'are'}"
    if status is ComplianceStatus.MET:
        return f"Status: met (at least {number(required)})."
    if status is ComplianceStatus.NOT_MET:
        missing = f"{number(short)} {'meeting' if short == 1 else 'meetings'}"
        return f"Status: not met. The year is over, {missing} short of at least {number(required)}."
    if status is ComplianceStatus.ON_TRACK:
        return f"Status: on track: {more} needed, and enough meetings are still planned."
    return f"Status: at risk: {more} needed, and too few meetings are planned this year."


@dataclass(frozen=True)
class MeetingAttendance:
    """One meeting in the year, as the attendance record sees it."""

    date: dt.date
    """Date of the meeting."""
    path: Path | None
    """The meeting file (None when the caller passed bare meetings)."""
    status: MeetingStatus
    """Planned, in progress or complete."""
    attendee_count: int
    """How many attended."""
    meets_minimum: bool
    """At least four attendees."""
    missing_minimum_data: tuple[str, ...]
    """What the minimum data set still lacks (empty: complete)."""
    notes_complete: bool
    """Complete, and every slot that ran has a summary."""
    counts: bool
    """Counts toward each attendee's two meetings (complete and at least four)."""
    attendees: tuple[str, ...]
    """Registration numbers of the attendees."""
    facts: MeetingFacts = field(repr=False, compare=False)
    """What attendance knows of the meeting."""
    meeting: Meeting | None = field(default=None, repr=False, compare=False)
    """The validated meeting, when the report was made from meetings (the CLI's); None
    when it was made from facts alone (the home screen's first look, from the index)."""

    @property
    def loaded(self) -> Meeting:
        """The validated meeting, for callers that show more (the annual summary, a
        member's year); they make the report from meetings (:func:`load_attendance`)."""
        if self.meeting is None:
            raise LookupError(f"{self.name}: this report was made from facts, not meetings")
        return self.meeting

    @property
    def minimum_data_complete(self) -> bool:
        """Nothing in the minimum data set is missing."""
        return not self.missing_minimum_data

    @property
    def name(self) -> str:
        """The file name, or the date when there is no file."""
        return self.path.name if self.path else self.date.isoformat()

    @property
    def why_not_counted(self) -> str:
        """Why this meeting does not count, in words; empty when it counts."""
        if self.counts:
            return ""
        if self.status is not MeetingStatus.COMPLETE:
            return f"not complete ({self.status.value.replace('_', ' ')})"
        return f"{self.attendee_count} attendees, fewer than {PSG_MINIMUM_ATTENDEES}"


@dataclass(frozen=True)
class PlannedMeeting:
    """A meeting still to come: a planned meeting file, or a next meeting set at wrap-up."""

    date: dt.date
    """When."""
    source: Path | None
    """The planned meeting's file, or the file of the meeting that set it as next meeting."""
    from_next_meeting: bool = False
    """True when only a ``next_meeting`` entry records it (no file for that date yet)."""
    apologies: frozenset[str] = frozenset()
    """Registration numbers who already sent apologies for it."""


@dataclass(frozen=True)
class MemberAttendance:
    """One member's row: what they attended in the year and where that leaves them."""

    registration_number: str
    """Key of the row."""
    name: str
    """Name (from group.toml, or from the latest meeting record for someone who left)."""
    profession: str
    """Profession."""
    current: bool
    """In group.toml now; False for someone who attended this year and has since left."""
    attended: tuple[MeetingAttendance, ...]
    """Meetings in the year they attended (complete or in progress; counting or not),
    oldest first. A planned meeting's attendee list is who is expected, so it is not here."""
    planned_left: int
    """Planned meetings left in the year they could still attend."""
    next_planned: dt.date | None
    """Date of the next planned meeting for them (any year), if one is known."""
    status: ComplianceStatus
    """Met, on track, at risk or not met."""

    @property
    def counting(self) -> tuple[MeetingAttendance, ...]:
        """The attended meetings that count for recertification."""
        return tuple(m for m in self.attended if m.counts)

    @property
    def counting_count(self) -> int:
        """How many counting meetings they attended in the year."""
        return sum(1 for m in self.attended if m.counts)

    @property
    def needed(self) -> int:
        """Counting meetings still needed to reach two (0 when met)."""
        return max(0, REQUIRED_MEETINGS - self.counting_count)

    @property
    def presented_minutes(self) -> int:
        """Minutes of group time their own topics took in the year (fair airtime): every
        meeting they attended, counting or not, as timed (:func:`presented_seconds`)."""
        reg = self.registration_number
        return round(sum(m.facts.presented_seconds(reg) for m in self.attended) / 60)


@dataclass(frozen=True)
class SkippedFile:
    """A meeting file that did not load, and why; it was not counted."""

    path: Path
    """The file."""
    reasons: tuple[str, ...]
    """One sentence a problem, with ``line N`` where the file gives one."""

    def __str__(self) -> str:
        return f"{self.path.name}: {'; '.join(self.reasons)}"


@dataclass(frozen=True)
class AttendanceReport:
    """The group's attendance for one recertification year."""

    group_name: str
    """The group's name."""
    year: int
    """Recertification year: the calendar year it starts in."""
    start_month: int
    """First month of the recertification year."""
    first_day: dt.date
    """First day of the year."""
    last_day: dt.date
    """Last day of the year (inclusive)."""
    today: dt.date
    """The day the report was made for (decides what is still planned)."""
    members: tuple[MemberAttendance, ...]
    """Current members in group.toml order, then people who left, by name."""
    meetings: tuple[MeetingAttendance, ...]
    """Every loaded meeting dated in the year, oldest first."""
    planned: tuple[PlannedMeeting, ...]
    """Meetings planned on or after today (any year), soonest first."""
    skipped: tuple[SkippedFile, ...] = ()
    """Meeting files that did not load (never counted)."""
    copies: tuple[tuple[Path, Path], ...] = ()
    """(copy, original): a meeting file with the same date, group and content as another
    ("2026-09-09 (copy).toml"). The meeting is counted once, from the original."""
    misnamed: tuple[tuple[Path, dt.date], ...] = ()
    """(file, its date): a meeting file whose name is not ``<its date>[-n].toml``."""
    required: int = REQUIRED_MEETINGS
    """Counting meetings each member needs."""
    not_read: int = 0
    """Meeting files :func:`load_attendance` left unread: dated outside the year, so they
    cannot change it (they are neither counted nor checked)."""

    @property
    def next_planned(self) -> dt.date | None:
        """Date of the group's next planned meeting, if any is known."""
        return self.planned[0].date if self.planned else None

    @property
    def year_label(self) -> str:
        """``1 Apr 2026 to 31 Mar 2027``."""
        return recert_year_label(self.year, self.start_month)

    @property
    def year_over(self) -> bool:
        """Today is after the last day of the year."""
        return self.today > self.last_day

    def member(self, registration_number: str) -> MemberAttendance | None:
        """The row for this registration number, if there is one."""
        return next((m for m in self.members if m.registration_number == registration_number), None)

    def status_counts(self) -> dict[ComplianceStatus, int]:
        """How many members have each status (every status present, maybe 0)."""
        counts = dict.fromkeys(ComplianceStatus, 0)
        for member in self.members:
            counts[member.status] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings) for ``psg attendance --format json``."""

        def meeting_ref(m: MeetingAttendance) -> dict[str, Any]:
            return {"date": m.date.isoformat(), "file": m.name, "counts": m.counts}

        return {
            "group": self.group_name,
            "year": self.year,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "today": self.today.isoformat(),
            "required": self.required,
            "minimum_attendees": PSG_MINIMUM_ATTENDEES,
            "next_planned": _iso(self.next_planned),
            "members": [
                {
                    "registration_number": m.registration_number,
                    "name": m.name,
                    "profession": m.profession,
                    "current_member": m.current,
                    "status": m.status.value,
                    "counting_meetings": m.counting_count,
                    "needed": m.needed,
                    "planned_left": m.planned_left,
                    "presented_minutes": m.presented_minutes,
                    "next_planned": _iso(m.next_planned),
                    "attended": [meeting_ref(a) for a in m.attended],
                }
                for m in self.members
            ],
            "meetings": [
                {
                    "date": m.date.isoformat(),
                    "file": m.name,
                    "status": m.status.value,
                    "attendees": m.attendee_count,
                    "meets_minimum": m.meets_minimum,
                    "minimum_data_complete": m.minimum_data_complete,
                    "missing_minimum_data": list(m.missing_minimum_data),
                    "notes_complete": m.notes_complete,
                    "counts": m.counts,
                }
                for m in self.meetings
            ],
            "skipped": [{"file": str(s.path), "reasons": list(s.reasons)} for s in self.skipped],
            "copies": [{"file": str(c), "same_as": str(o)} for c, o in self.copies],
            "misnamed": [{"file": str(p), "date": d.isoformat()} for p, d in self.misnamed],
            "files_not_read": self.not_read,
        }

    def file_notes(self, *, names: bool = False) -> list[str]:
        """What a person should know about the files: copies counted once, names that
        disagree with their dates (one line each, for every output that lists files).
        ``names``: each file by its name, not its whole path (the home screen)."""

        def shown(path: Path) -> str:
            return path.name if names else str(path)

        notes = [
            f"{shown(copy)}: the same meeting as {original.name} (same date, group and "
            "content): counted once"
            for copy, original in self.copies
        ]
        notes += [
            f"{shown(path)}: named for another date: the meeting inside is dated "
            f"{day.isoformat()} (rename it {day.isoformat()}.toml)"
            for path, day in self.misnamed
        ]
        return notes


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# -- building the report ----------------------------------------------------------------


Entry = tuple["Path | None", MeetingFacts, "Meeting | None"]
"""One meeting as the report works on it: its file (None for a bare meeting), its facts,
and the validated meeting where the caller gave one."""


def attendance_report(
    group: Group | GroupFacts,
    meetings: Sequence[Meeting | MeetingFacts] | Sequence[tuple[Path, Meeting | MeetingFacts]],
    year: int,
    *,
    today: dt.date,
    skipped: Iterable[StoreError | SkippedFile] = (),
) -> AttendanceReport:
    """The attendance report for recertification year ``year``.

    ``meetings`` is every meeting of the group (any year: later ones give the next planned
    meeting), either bare or as ``(path, meeting)`` pairs as ``GroupStore.load_meetings``
    returns them; a meeting is a validated :class:`~psg_tui.core.models.Meeting` or its
    :class:`~psg_tui.core.facts.MeetingFacts` (the home screen's first look, from the
    index), and the group likewise. The answer is the same either way: it is worked out
    from the facts. ``skipped`` takes the errors for files that did not load, so the report
    can say which were skipped and why. ``today`` decides what is still to come.
    """
    facts = group if isinstance(group, GroupFacts) else GroupFacts.of(group)
    start_month = facts.start_month
    first, last = recert_year_bounds(year, start_month)
    entries = [_entry(m) for m in meetings]
    entries.sort(key=lambda e: (e[1].date, e[0].name if e[0] else ""))
    entries, copies = drop_copies(entries)
    misnamed = tuple(
        (path, f.date)
        for path, f, _m in entries
        if path is not None and not name_matches_date(path, f)
    )

    in_year = tuple(_meeting_attendance(*e) for e in entries if first <= e[1].date <= last)
    planned = _planned_meetings(entries, today)
    planned_in_year = [p for p in planned if p.date <= last]  # planned are all >= today

    attended: dict[str, list[MeetingAttendance]] = {}
    latest_record: dict[str, tuple[str, str]] = {}  # reg -> (name, profession) who left
    for record in in_year:
        if record.status is MeetingStatus.PLANNED:
            continue  # a planned meeting lists who is expected, not who came
        for person in record.facts.members_attending:  # a guest is never counted
            reg = person.registration_number
            attended.setdefault(reg, []).append(record)
            latest_record[reg] = (person.name, person.profession)

    year_over = today > last
    rows: list[MemberAttendance] = []

    def row(reg: str, name: str, profession: str, current: bool) -> MemberAttendance:
        mine = tuple(attended.get(reg, ()))
        counting = sum(1 for m in mine if m.counts)
        # Someone who has left is not expected at future meetings.
        open_to_them = [p for p in planned if current and reg not in p.apologies]
        left = sum(1 for p in planned_in_year if current and reg not in p.apologies)
        if counting >= REQUIRED_MEETINGS:
            status = ComplianceStatus.MET
        elif year_over:
            status = ComplianceStatus.NOT_MET
        elif counting + left >= REQUIRED_MEETINGS:
            status = ComplianceStatus.ON_TRACK
        else:
            status = ComplianceStatus.AT_RISK
        return MemberAttendance(
            registration_number=reg,
            name=name,
            profession=profession,
            current=current,
            attended=mine,
            planned_left=left,
            next_planned=open_to_them[0].date if open_to_them else None,
            status=status,
        )

    for member in facts.members:
        rows.append(row(member.registration_number, member.name, member.profession, True))
    current = {m.registration_number for m in facts.members}
    former = [(reg, *latest_record[reg]) for reg in attended if reg not in current]
    former.sort(key=lambda f: (f[1].casefold(), f[0]))
    for reg, name, profession in former:
        rows.append(row(reg, name, profession, False))

    return AttendanceReport(
        group_name=facts.name,
        year=year,
        start_month=start_month,
        first_day=first,
        last_day=last,
        today=today,
        members=tuple(rows),
        meetings=in_year,
        planned=tuple(planned),
        skipped=tuple(_skipped_files(skipped)),
        copies=tuple(copies),
        misnamed=misnamed,
    )


def _entry(item: Meeting | MeetingFacts | tuple[Path, Meeting | MeetingFacts]) -> Entry:
    path, meeting = item if isinstance(item, tuple) else (None, item)
    if isinstance(meeting, MeetingFacts):
        return path, meeting, None
    return path, MeetingFacts.of(meeting), meeting


def name_matches_date(path: Path, meeting: Meeting | MeetingFacts) -> bool:
    """Is ``path`` named ``<the meeting's date>[-n].toml``?"""
    return meeting_name_date(path) == meeting.date.isoformat()


def drop_copies(entries: Sequence[Entry]) -> tuple[list[Entry], list[tuple[Path, Path]]]:
    """One entry per meeting: a file with the same date, group and content as another is a
    copy, not a second meeting. The file named after its date is kept (else the first by
    name); returns the entries kept, in order, and (copy, original) for each dropped."""
    by_date: dict[dt.date, list[Entry]] = {}
    for entry in entries:
        by_date.setdefault(entry[1].date, []).append(entry)
    by_content: dict[str, list[Entry]] = {}
    for same_day in by_date.values():
        if len(same_day) > 1:  # a copy has its original's date: digest only these
            for entry in same_day:
                by_content.setdefault(entry[1].content, []).append(entry)
    dropped: dict[int, tuple[Path, Path]] = {}
    for same in by_content.values():
        if len(same) < 2:
            continue
        same.sort(
            key=lambda e: (
                e[0] is None or not name_matches_date(e[0], e[1]),
                e[0].name if e[0] else "",
            )
        )
        original = same[0][0]
        for path, facts, _meeting in same[1:]:
            if path is not None and original is not None:
                dropped[id(facts)] = (path, original)
    kept = [e for e in entries if id(e[1]) not in dropped]
    return kept, list(dropped.values())


def _meeting_attendance(
    path: Path | None, facts: MeetingFacts, meeting: Meeting | None
) -> MeetingAttendance:
    return MeetingAttendance(
        date=facts.date,
        path=path,
        status=facts.status,
        attendee_count=len(facts.members_attending),  # guests are not counted
        meets_minimum=facts.meets_psg_minimum,
        missing_minimum_data=facts.missing_minimum_data,
        notes_complete=facts.notes_complete,
        counts=facts.counts,
        attendees=tuple(p.registration_number for p in facts.members_attending),
        facts=facts,
        meeting=meeting,
    )


_UPCOMING = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)


def _planned_meetings(entries: Sequence[Entry], today: dt.date) -> list[PlannedMeeting]:
    """Meetings still to come, soonest first: planned files, then next meetings without one."""
    planned = [
        PlannedMeeting(date=f.date, source=path, apologies=f.apologies)
        for path, f, _m in entries
        if f.status in _UPCOMING and f.date >= today
    ]
    # A next meeting is only recorded inside the meeting that set it until someone creates
    # its file; once any file exists for that date, the file is the record. And a meeting
    # held after the one that set it supersedes it (the group met, perhaps on another day,
    # and set its own next meeting).
    file_dates = {f.date for _, f, _m in entries}
    seen: set[dt.date] = set()
    for path, f, _m in entries:
        nxt = f.next_meeting
        if nxt is None or nxt < today or nxt in file_dates or nxt in seen:
            continue
        if any(f.date < other.date < nxt for _, other, _m in entries):
            continue  # superseded: the group met in between and set its own next meeting
        seen.add(nxt)
        planned.append(PlannedMeeting(date=nxt, source=path, from_next_meeting=True))
    planned.sort(key=lambda p: p.date)
    return planned


def _skipped_files(skipped: Iterable[StoreError | SkippedFile]) -> list[SkippedFile]:
    """One entry a file, its problems in order (a file can have several)."""
    reasons: dict[Path, list[str]] = {}
    for item in skipped:
        if isinstance(item, SkippedFile):
            reasons.setdefault(item.path, []).extend(item.reasons)
            continue
        for problem in item.problems:
            where = f"line {problem.line}: " if problem.line else ""
            reasons.setdefault(problem.path, []).append(where + problem.message)
    return [SkippedFile(path, tuple(r)) for path, r in reasons.items()]


# -- from a folder ----------------------------------------------------------------------


def load_attendance(
    group_dir: Path,
    year: int | None = None,
    today: dt.date | None = None,
    *,
    every_file: bool = False,
) -> AttendanceReport:
    """Read a group folder and report its attendance for ``year``.

    ``year`` defaults to the recertification year containing ``today`` (default: the
    local date). Raises :class:`StoreError` naming the file when the folder, its
    ``group.toml`` or its ``meetings`` folder cannot be read; a meeting file that does not
    load is listed in the report's ``skipped`` instead.

    Only the meeting files that can matter are read and validated (see
    :func:`select_meeting_files`): those dated in the year, the latest before today and any
    after it. Twenty years of monthly meetings would otherwise cost a second of TOML parsing
    for a report about twelve of them. ``every_file`` reads them all (a full check); the
    report's ``not_read`` says how many were left alone either way.
    """
    from psg_tui.core.store import GroupStore

    today = today or dt.date.today()
    group_dir = Path(group_dir)
    store = GroupStore(group_dir)
    _check_readable_dir(group_dir, "group folder")
    group = store.load_group()
    if store.meetings_dir.exists():
        # Path.glob quietly yields nothing for a folder it cannot list; say so instead.
        _check_readable_dir(store.meetings_dir, "meetings folder")
    if year is None:
        year = recert_year_of(today, group.defaults.recert_year_start_month)
    paths = store.meeting_paths()
    wanted = paths
    if not every_file:
        first, last = recert_year_bounds(year, group.defaults.recert_year_start_month)
        wanted = select_meeting_files(paths, first, last, today)
    loaded: list[tuple[Path, Meeting]] = []
    errors: list[StoreError] = []
    for path in wanted:
        try:
            loaded.append((path, store.load_meeting(path)))
        except StoreError as exc:
            errors.append(exc)
    report = attendance_report(group, loaded, year, today=today, skipped=errors)
    return replace(report, not_read=len(paths) - len(wanted))


# The top-level ``date`` key: a TOML local date or a quoted one (dump_toml writes a string).
_DATE_LINE_RE = re.compile(
    rb"""^date[ \t]*=[ \t]*(["']?)(\d{4}-\d{2}-\d{2})\1[ \t]*(?:#.*)?\r?$""", re.MULTILINE
)
_TABLE_RE = re.compile(rb"^[ \t]*\[", re.MULTILINE)


def meeting_file_date(path: Path) -> dt.date | None:
    """The meeting date a file can be trusted to have without parsing it, or None.

    Both the file name (``<date>[-n].toml``) and the file's own top-level ``date = ...``
    line (before any table) must give the same date: a file renamed by hand, a date edited
    inside, a date written some other way, or a file that cannot be read all give None, and
    such a file is parsed in full.
    """
    named = meeting_name_date(path)
    if named is None:
        return None
    try:
        data = read_bytes(path)  # a regular file only: a FIFO never blocks the report
    except StoreError:
        return None
    table = _TABLE_RE.search(data)
    head = data[: table.start()] if table else data
    lines = _DATE_LINE_RE.findall(head)
    # Exactly one: a second "date =" line at the top could only be inside a multi-line string.
    if len(lines) != 1 or lines[0][1].decode() != named:
        return None
    try:
        return dt.date.fromisoformat(named)
    except ValueError:
        return None


def select_meeting_files(
    paths: Sequence[Path], first: dt.date, last: dt.date, today: dt.date
) -> list[Path]:
    """The meeting files an attendance report for ``first``..``last`` needs, in order.

    Every file dated in the year; every file dated today or later (planned meetings); the
    latest file(s) dated before today (its next meeting may be the next planned one); and
    every file whose date cannot be told without parsing (see :func:`meeting_file_date`).
    """
    dates = {path: meeting_file_date(path) for path in paths}
    before_today = [d for d in dates.values() if d is not None and d < today]
    latest_past = max(before_today, default=None)
    return [
        path
        for path, day in dates.items()
        if day is None or first <= day <= last or day >= today or day == latest_past
    ]


def _check_readable_dir(folder: Path, what: str) -> None:
    try:
        with os.scandir(folder):
            pass
    except FileNotFoundError:
        raise StoreError.one(folder, f"{what} not found") from None
    except NotADirectoryError:
        raise StoreError.one(folder, f"is a file, not a {what}") from None
    except OSError as exc:
        raise StoreError.one(folder, f"cannot read the {what}: {exc.strerror or exc}") from None
