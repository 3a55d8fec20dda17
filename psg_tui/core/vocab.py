"""The words of a meeting that need no validation library: statuses, states, topic types,
modalities, the PSG minimum, and the one rule for control characters in text.

Pure and light (no pydantic): the home screen fills its tables from the group's index
(:mod:`psg_tui.core.index`) and works out attendance (:mod:`psg_tui.core.attendance`) with
these before pydantic and the models are imported. :mod:`psg_tui.core.models` builds its
models on them and re-exports every name, so ``from psg_tui.core.models import
MeetingStatus`` keeps working.
"""

from __future__ import annotations

import re
from enum import StrEnum

PSG_MINIMUM_ATTENDEES = 4
"""A meeting counts as a PSG meeting only with at least this many attendees."""


MAX_TEXT_CHARS = 20_000
"""The most characters one free-text field holds. The guidance asks for brief notes: a
slot's summary is a few paragraphs (a whole 2-hour meeting file is about 30 KB). 20,000
characters (about 3,000 words, eight printed pages, in one field) is far beyond any real
note, yet small enough that every command stays quick on the largest valid file
(bench/bench_reliability.py; the whole file is capped too, see ``store.MAX_FILE_BYTES``)."""

MAX_SHORT_CHARS = 500
"""The most characters a name, time zone or other one-line field holds."""

MAX_ITEMS = 500
"""The most entries in one list (attendees, slots, references, ground rules...)."""


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, so text typed on any system round-trips exactly."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_MAP = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return ""  # a bidi embedding, override or isolate: gone, the text reads as stored
    return _CONTROL_MAP.get(code, "\ufffd")


def neutralise_controls(text: str) -> str:
    """Show control characters instead of obeying them: a C0 control (but newline and tab)
    becomes its Unicode control picture (ESC -> U+241B, so an escape sequence is harmless
    text), DEL U+2421, a C1 control U+FFFD; a bidi embedding, override or isolate is
    dropped, so a name cannot be shown reversed (as the PDF drops it). The one rule for
    text going in (the model) and out (every terminal and CLI output)."""
    return _CONTROL_RE.sub(_picture, text) if _CONTROL_RE.search(text) else text


class TopicType(StrEnum):
    """What a presenter brings, in the guidance's own list of examples."""

    CASE_STUDY = "case_study"
    INTERVENTION = "intervention"
    DIFFICULT_SITUATION = "difficult_situation"
    LEARNINGS = "learnings"
    JOURNAL_ARTICLE = "journal_article"
    CULTURAL_SAFETY = "cultural_safety"
    THEME = "theme"
    COMPETENCY_EVIDENCE = "competency_evidence"
    GUEST_SPEAKER = "guest_speaker"
    CONFERENCE_FEEDBACK = "conference_feedback"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The wording a person reads on screen and in the PDF."""
        return TOPIC_LABELS[self]


TOPIC_LABELS: dict[TopicType, str] = {
    TopicType.CASE_STUDY: "Case study / presentation",
    TopicType.INTERVENTION: "Intervention",
    TopicType.DIFFICULT_SITUATION: "Difficult situation or critical incident",
    TopicType.LEARNINGS: "Learnings from successes, mistakes, innovations",
    TopicType.JOURNAL_ARTICLE: "Journal article or guideline",
    TopicType.CULTURAL_SAFETY: "Cultural competence and safety",
    TopicType.THEME: "Theme or topic",
    TopicType.COMPETENCY_EVIDENCE: "Evidence of a competency",
    TopicType.GUEST_SPEAKER: "Guest speaker",
    TopicType.CONFERENCE_FEEDBACK: "Conference feedback",
    TopicType.OTHER: "Other",
}


class Modality(StrEnum):
    """How the group meets."""

    IN_PERSON = "in_person"
    VIDEOCONFERENCE = "videoconference"

    @property
    def label(self) -> str:
        """The wording a person reads."""
        return "In person" if self is Modality.IN_PERSON else "Videoconference"


class MeetingStatus(StrEnum):
    """Where a meeting is in its life."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class SlotState(StrEnum):
    """Where a presenter's slot is."""

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"
