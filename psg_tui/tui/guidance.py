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

MEETING_HELP = (
    "Timer keys work while you type in the notes. Check-in and check-out notes are personal: "
    "they go into no PDF. " + NOTES_REMINDER
)
"""Help note on the screens of a running meeting."""

GENERAL_NOTE = (
    "Tab and shift+Tab move between fields; on a tab bar, left and right switch tabs. "
    "ctrl+p opens the command palette."
)
"""Help note on every screen."""
