"""Words from the PSG guidance that the app shows at the right moment."""

from __future__ import annotations

from psg_tui.core.models import SlotPhase

PHASE_PROMPTS: dict[SlotPhase, str] = {
    # Each fits two lines of the slot screen at 80 columns.
    "present": "Presenter: the case or topic, its context, your thinking and feelings, "
    "what you want from the group.",
    "discussion": "Acknowledge the work first; clarifying and probing questions; "
    "no advice giving or problem solving.",
    "takeaways": "Presenter: your takeaway learnings from the discussion.",
}

CHECK_IN_PROMPT = (
    "Check-in: how are things at work? What would you like to discuss today, and what help "
    "would you like from the group?"
)
CHECK_OUT_PROMPT = "Check-out: one thing you take away today, and anything for next time."

NOTES_REMINDER = (
    "Notes are a brief summary fit to show a verifier: no patient names, NHI numbers, dates "
    "of birth or other identifiers, and nothing that breaches a member's privacy."
)

CONFIDENTIALITY = (
    "What is discussed in the group is confidential, and so are the notes. Patient "
    "confidentiality and group member privacy come first."
)

TIMER_RULE = (
    "When timers start: in a round, moving on (F3, F7, choosing a name) starts the next "
    "person's turn at once. A presenter's slot always waits for F2, after F8, F7 or a "
    "palette jump, so the presenter can get ready. The wrap-up timer starts with wrap-up."
)
"""The one rule for when a timer starts by itself, said in F1 help."""

MEETING_HELP = (
    "Timer keys work while you type in the notes. " + TIMER_RULE + " Check-in and check-out "
    "notes are personal: they go into no PDF. " + NOTES_REMINDER
)
"""Help note on the screens of a running meeting."""

GENERAL_NOTE = (
    "Tab and shift+Tab move between fields; on a tab bar, left and right switch tabs. "
    "ctrl+p opens the command palette."
)
"""Help note on every screen."""
