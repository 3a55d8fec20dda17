"""The one privacy gate: before any output leaves the app, which text it carries, what the
privacy check finds in that text, and the acknowledgement when someone sends it anyway.

Every output goes through :func:`check_output`: the group's PDF or Markdown, a member's
copy, the next meeting's invitation, a member's annual summary, and ``psg check`` (every
note, the personal ones included). The CLI (``psg render``, ``psg summary``, ``psg check``)
and the app (wrap-up, a past meeting) all ask here; none keeps its own rule.

What each output carries:

- ``group``: every shared field; no check-in or check-out notes, no reflection.
- ``member``: the group's text plus that member's own reflection and follow-up of
  earlier takeaways (nobody else's).
- ``ics``: the next meeting's focus, venue and platform.
- ``summary``: the line of topics the annual summary prints for the meeting (drawn by the
  report, so the caller passes ``topics``).
- ``notes``: every free-text field (what ``psg check`` scans).
- ``year``: a member's year (``psg year``), per meeting: the titles and takeaways of the
  topics that member presented (not skipped ones), their reflection (its parts included),
  their follow-up of earlier takeaways, and the platform.
- ``sheet``: the attendance sheet (``psg sheet``): the venue and platform.

The allow list (values never flagged) is the same for all: the names and registration
numbers of the attendees and of those who sent apologies.

"Not an identifier" is answered at two reaches, honoured by one rule
(:func:`psg_tui.core.privacy.scan_text`) in every output: the group's ``not_identifiers``
(group.toml, when the caller passes the group) and the meeting's ``dismissed_findings``
(the meeting file, always: :func:`dismiss_finding` records one). Either silences a name or
address finding whose text is exactly the term, never an NHI number, phone number, email
address or date of birth. A dismissal whose text the notes no longer hold silences nothing
and stays in the file, harmless; no output prints the dismissals.

Pure: no textual, no weasyprint, no report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from psg_tui.core.models import (
    DismissedFinding,
    Group,
    Meeting,
    PrivacyAcknowledgement,
    SlotState,
)
from psg_tui.core.privacy import (
    Finding,
    TextField,
    describe_findings,
    finding_term,
    group_allow_list,
    in_output,
    meeting_allow_list,
    meeting_not_identifiers,
    meeting_text_fields,
    same_term,
    scan_fields,
)

OutputKind = Literal["group", "member", "ics", "summary", "notes", "year", "sheet"]
"""Which output, for the gate (PDF and Markdown of one copy carry the same text)."""

Topics = Callable[[Meeting], str]
"""The annual summary's topic line for one meeting."""


@dataclass(frozen=True)
class Output:
    """One output, as far as privacy goes: its kind and, for a member's, whose."""

    kind: OutputKind
    member: str | None = None
    """Registration number: whose copy (``member``) or summary (``summary``)."""

    def __post_init__(self) -> None:
        if self.kind in ("member", "summary", "year") and not self.member:
            raise ValueError(f"a {self.kind} output needs a member's registration number")

    @classmethod
    def copy_for(cls, member: str | None) -> Output:
        """The group's copy (``member`` None) or a member's own copy of the record."""
        return cls("member", member) if member else cls("group")


GROUP = Output("group")
"""The group's PDF or Markdown."""
ICS = Output("ics")
"""The next meeting's invitation."""
NOTES = Output("notes")
"""Every note (``psg check``)."""


@dataclass(frozen=True)
class GateResult:
    """What the gate found for one output of one meeting."""

    output: Output
    allow: tuple[str, ...]
    """Values never flagged: attendees' and apologies' names and registration numbers."""
    fields: tuple[TextField, ...]
    """The text that goes out, field by field, in the order of the notes."""
    findings: list[Finding]
    """Possible identifiers in that text, in order."""

    @property
    def clear(self) -> bool:
        """Nothing found: the output may go without asking."""
        return not self.findings

    def describe(self) -> str:
        """The findings counted in words: "2 NHI numbers and 1 phone number"."""
        return describe_findings(self.findings)

    def acknowledge(self, meeting: Meeting, by: str, now: dt.datetime) -> None:
        """Record on ``meeting`` that ``by`` (a registration number, or a name) sends this
        output despite the findings (``now`` timezone-aware), for this output only: the
        group's copy, one member's own copy or the invitation. The caller saves the meeting."""
        record_acknowledgement(meeting, self.output, self.findings, by, now)


def _output_key(output: Output) -> tuple[str, str]:
    kind = "group" if output.kind in ("group", "notes") else output.kind
    return kind, (output.member or "") if kind == "member" else ""


def acknowledgement_for(meeting: Meeting, output: Output) -> PrivacyAcknowledgement | None:
    """The acknowledgement recorded for ``output`` (the group's copy, one member's own copy,
    the invitation), or None. Another output's never counts: a member's acknowledgement for
    their own reflection is not the group's."""
    kind, member = _output_key(output)
    if kind == "group":
        return meeting.privacy_acknowledgement
    return next(
        (a for a in meeting.output_acknowledgements if (a.output, a.member) == (kind, member)),
        None,
    )


def record_acknowledgement(
    meeting: Meeting, output: Output, findings: Sequence[Finding], by: str, now: dt.datetime
) -> PrivacyAcknowledgement:
    """Record (replacing any earlier one for the same output) that ``by`` sent ``output``
    despite ``findings``. ``now`` must be timezone-aware. The caller saves the meeting."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the time of an acknowledgement must be timezone-aware")
    kind, member = _output_key(output)
    if kind not in ("group", "member", "ics"):
        raise ValueError(f"a {output.kind} output records no acknowledgement in the meeting")
    ack = PrivacyAcknowledgement(
        acknowledged_at=now,
        by=by,
        output=kind,  # type: ignore[arg-type]
        member=member,
        findings=len(findings),
        kinds=sorted({f.kind for f in findings}),
    )
    if kind == "group":
        meeting.privacy_acknowledgement = ack
    else:
        others = [
            a for a in meeting.output_acknowledgements if (a.output, a.member) != (kind, member)
        ]
        meeting.output_acknowledgements = [*others, ack]
    return ack


def dismiss_finding(
    meeting: Meeting, finding: Finding, by: str, now: dt.datetime
) -> DismissedFinding | None:
    """Record on ``meeting`` that ``by`` dismissed ``finding`` as "not an identifier" for
    this meeting (``now`` timezone-aware): its exact text (spaces collapsed) goes into
    ``dismissed_findings``, and every output of this meeting, ``psg check`` included, then
    leaves a name or address finding with that text alone, as the group's list does.

    Returns the dismissal (the earlier one when the text was dismissed before), or None for
    an NHI number, phone number, email address or date of birth: those are never dismissed
    in the file (an export asks about them and records who sent it anyway). Editing the
    notes so the text is gone makes the dismissal moot; it stays in the file, harmless, and
    silences the same text if it is typed again in this meeting. The caller saves."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the time of a dismissal must be timezone-aware")
    text = next((f.text for f in meeting_text_fields(meeting) if f.field == finding.field), "")
    term = finding_term(text, finding)
    if term is None:
        return None
    earlier = next((d for d in meeting.dismissed_findings if same_term(d.text, term)), None)
    if earlier is not None:
        return earlier
    dismissal = DismissedFinding(text=term, acknowledged_at=now, by=by)
    meeting.dismissed_findings = [*meeting.dismissed_findings, dismissal]
    return dismissal


def current_acknowledgement(meeting: Meeting, output: Output) -> PrivacyAcknowledgement | None:
    """The acknowledgement to state in ``output`` now: the one recorded for it, and only
    while the privacy check still finds something in what it carries (once the notes are
    fixed, the statement goes)."""
    ack = acknowledgement_for(meeting, output)
    if ack is None or check_output(meeting, output).clear:
        return None
    return ack


def allow_list(meeting: Meeting) -> list[str]:
    """The values no output's check flags: attendees' and apologies' names and numbers."""
    return meeting_allow_list(meeting)


_NEXT_MEETING_FIELDS = ("next_meeting.focus", "next_meeting.venue", "next_meeting.platform")


def output_fields(
    meeting: Meeting, output: Output, *, topics: Topics | None = None
) -> list[TextField]:
    """The free text ``output`` carries from ``meeting``."""
    if output.kind == "summary":
        if topics is None:
            raise ValueError("the summary's topic line is the report's: pass topics=")
        return [TextField("topics", "topics", topics(meeting))]
    fields = meeting_text_fields(meeting)
    if output.kind == "notes":
        return list(fields)
    if output.kind == "sheet":
        return [f for f in fields if f.field in ("venue", "platform")]
    if output.kind == "year":
        return [f for f in fields if _in_year(meeting, f.field, output.member or "")]
    if output.kind == "ics":
        return [f for f in fields if f.field in _NEXT_MEETING_FIELDS]
    return [f for f in fields if in_output(meeting, f.field, output.member)]


def _in_year(meeting: Meeting, field: str, member: str) -> bool:
    """Does ``field`` go into ``member``'s year (:mod:`psg_tui.core.year`)? Their own
    presented topics' titles and takeaways, their own reflection (free text and parts),
    their own follow-ups (note and the takeaways followed up; not a blank one, which the
    year does not print: ``core.year.own_follow_ups``), the platform; nothing of anyone
    else's, no summaries, no check-in or check-out notes."""
    head, _, rest = field.partition(".")
    index, _, leaf = rest.partition(".")
    if head == "slots":
        slot = meeting.slots[int(index)]
        own = slot.presenter == member and slot.state is not SlotState.SKIPPED
        return own and leaf in ("title", "takeaways")
    if head == "reflections":
        return meeting.reflections[int(index)].registration_number == member
    if head == "follow_ups":
        follow_up = meeting.follow_ups[int(index)]
        return follow_up.registration_number == member and not follow_up.blank
    return head == "platform"


def check_output(
    meeting: Meeting,
    output: Output,
    *,
    topics: Topics | None = None,
    group: Group | None = None,
) -> GateResult:
    """Run the privacy check over exactly the text ``output`` carries, honouring the
    texts dismissed for this meeting. With ``group``, its members' names are allowed too and
    its "not an identifier" list is honoured."""
    allow = (*allow_list(meeting), *group_allow_list(group))
    fields = tuple(output_fields(meeting, output, topics=topics))
    terms = meeting_not_identifiers(meeting, group)
    return GateResult(output, allow, fields, scan_fields(fields, allow, terms))
