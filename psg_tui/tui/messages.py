"""What a screen asks of the app. Screens never navigate and never write files: they post
one of these and the app (through its :class:`~psg_tui.tui.navigator.Navigator` and its
:class:`~psg_tui.tui.exporter.Exporter`) does the rest.

Every message bubbles from the screen to the app. Each is a small dataclass, so a test can
post one, or assert on the ones a key press produced (``run_test(message_hook=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from textual.message import Message

from psg_tui.core.models import Meeting
from psg_tui.core.timing import Stage

# -- moving between the group's screens ----------------------------------------------------


@dataclass
class OpenGroup(Message):
    """Open a group's home screen (the group picker's answer)."""

    folder: Path
    """The group's folder."""


@dataclass
class PickGroup(Message):
    """Show the group picker (home's "switch group")."""


@dataclass
class PlanMeeting(Message):
    """Open setup for a new meeting (``meeting`` None) or for a planned one."""

    meeting: Meeting | None = None
    """The planned meeting to set up; None for a new one."""
    path: Path | None = None
    """The planned meeting's file."""


@dataclass
class OpenPastMeeting(Message):
    """Show a finished meeting (its record, reflections, exports, tidying)."""

    path: Path
    meeting: Meeting


@dataclass
class ResumeMeeting(Message):
    """Carry on with an in-progress meeting where it stopped, running timers included."""

    path: Path
    meeting: Meeting


# -- running a meeting -----------------------------------------------------------------------


@dataclass
class BeginMeeting(Message):
    """Setup is done: run this meeting (ground rules first)."""

    meeting: Meeting
    """The meeting as set up."""
    path: Path | None
    """Its file; None names a new one from its date."""
    replaces: Path | None = None
    """A planned meeting's old file (its date changed): removed once the new one is saved."""
    first_meeting: bool | None = None
    """The group's first meeting, when setup already knows (saves a second read)."""


@dataclass
class NextStage(Message):
    """Move the running meeting on: ground rules -> check-in -> slots -> check-out -> wrap-up."""


@dataclass
class GoToStage(Message):
    """Jump forward to a stage (the palette)."""

    stage: Stage


@dataclass
class JumpToSlot(Message):
    """Run this presenter's slot now (the palette; brings back a skipped presenter)."""

    index: int


@dataclass
class FinishMeeting(Message):
    """End the meeting: complete, end time recorded, saved; the next meeting planned."""


@dataclass
class ChangeAttendance(Message):
    """Make this the running meeting's attendance (a late arrival, an early leaver, a
    correction); the rounds and the plan follow."""

    attending: tuple[str, ...]
    """Registration numbers attending now."""
    removed_as: str
    """How those taken off are recorded: "left" (left early) or "absent" (not here)."""


@dataclass
class ShowGroundRules(Message):
    """Show the purpose and ground rules over the meeting (the palette)."""


@dataclass
class ShowTimekeeper(Message):
    """Show the screen-filling timer over the timed screen on top (F9, the palette)."""


@dataclass
class GoHome(Message):
    """Back to the group's home screen (from a past meeting or setup)."""


# -- outputs ---------------------------------------------------------------------------------

ExportKind = Literal["pdf", "member_pdf", "ics"]
"""The group PDF, one member's PDF, or the next meeting's invitation."""


@dataclass
class ExportRequested(Message):
    """Write an output of a meeting: through the one privacy gate, in a worker, via the store."""

    kind: ExportKind
    meeting: Meeting
    """The meeting as it is now (the running one, or a past one)."""
    path: Path
    """The meeting's file: outputs are named from it."""
    member: str | None = None
    """Whose copy, for ``member_pdf``."""


@dataclass
class YearRequested(Message):
    """Write a member's year (``psg year`` from home): their own topics, takeaways,
    reflections and follow-ups at the counting meetings of a recertification year, and the
    hours, as a PDF in the group folder; through the privacy gate, in a worker."""

    member: str
    """Whose year: a registration number."""
    year: int | None = None
    """The recertification year (the calendar year it starts in); None: the one today is in."""


@dataclass
class ExportUpdate(Message):
    """The exporter's word back to the screen that asked for an output (for its status
    line): the output is being written, was written, or was not."""

    bubble = False

    kind: ExportKind
    text: str
    """What to show, in words: "Rendering the PDF...", "Wrote ...", "PDF not written: ..."."""
    done: bool = True
    """False while the output is still being rendered and written."""
    error: bool = False
    """The output was not written."""
    path: Path | None = None
    """The file written."""
