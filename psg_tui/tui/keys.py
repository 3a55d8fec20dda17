"""The one key table: every key of a meeting screen, with its label and what it does.

Screens build their ``BINDINGS`` from these entries, the timekeeper view re-uses the same
entries for the keys it passes on, and F1 help lists them from the active bindings, so a
key has one label and one description everywhere. Palette-only commands are listed here
too (:data:`PALETTE`), so F1 help and the palette say the same words.

Timer keys are function keys with priority: a focused notes area swallows printable keys,
and the note taker types while the timers run.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    """One key of the app: the key, the action it runs, its footer label and its help."""

    key: str
    """Textual key name(s), comma separated."""
    action: str
    """The screen action it runs."""
    label: str
    """Short footer label."""
    help: str
    """What it does, in a sentence (tooltip and F1 help)."""
    id: str
    """Binding id (stable; tests and keymaps use it)."""
    show: bool = True
    """Shown in the footer."""
    priority: bool = True
    """Works while a text area has focus."""

    def binding(self, action: str | None = None) -> Binding:
        """The Textual binding; ``action`` re-targets it (the timekeeper view passes keys
        on to the meeting screen underneath)."""
        return Binding(
            self.key,
            action or self.action,
            self.label,
            show=self.show,
            priority=self.priority,
            id=self.id,
            tooltip=self.help,
        )


def bindings(*keys: Key) -> list[Binding]:
    """``BINDINGS`` for a screen from table entries."""
    return [key.binding() for key in keys]


# -- everywhere --------------------------------------------------------------------------

HELP = Key("f1", "help", "Help", "List every key", "help")
QUIT = Key(
    "ctrl+q", "quit", "Quit", "Save the notes and quit (asks first about an unsaved form)", "quit"
)
HELP_FIRST = Key("f1", "app.help", "Help", "List every key", "help")
"""F1 at the front of the timed screens' footers, where a person looks first: it lists every
key, those the footer leaves out too. (When their keys do not fit on one line, as at 60
columns, those footers take two, so every key they show stays in sight: widgets/key_footer.py.)"""
QUIT_UNSHOWN = Key(
    "ctrl+q",
    "app.quit",
    "Quit",
    "Save the notes and quit (asks first about an unsaved form)",
    "quit",
    show=False,
)
"""ctrl+q on the timed screens, whose footers are full at 80 columns: it works and F1 lists
it, the footer leaves it out."""

# -- timers (rounds and presenter slots) -----------------------------------------------

TOGGLE_TIMER = Key(
    "f2",
    "toggle_timer",
    "Go",
    "Go: start the timer; again to pause, again to resume",
    "toggle-timer",
)
NEXT_PERSON = Key(
    "f3", "next_person", "Next", "This person is done: the next one's turn starts", "next-person"
)
NEXT_PHASE = Key(
    "f3", "next_phase", "Phase", "Next phase: present -> discussion -> takeaways", "next-phase"
)
NEXT_TURN_OR_PHASE = Key("f3", "next", "Next", "Next person (rounds) or next phase (slots)", "next")
"""F3 in the timekeeper view, which serves both."""
EXTEND_1 = Key("f4", "extend(60)", "+1", "One more minute", "extend-1")
EXTEND_5 = Key("f5", "extend(300)", "+5", "Five more minutes", "extend-5")
EXTEND_5_UNSHOWN = Key("f5", "extend(300)", "+5", "Five more minutes", "extend-5", show=False)
"""F5 on the slot screen, whose footer is full at 80 columns (F1 lists it)."""
CORRECT = Key(
    "f6",
    "correct",
    "Correct",
    "Correct the time used so far (the timer was started late)",
    "correct",
)
SKIP_PERSON = Key(
    "f7",
    "skip_person",
    "Skip",
    "Pass over this person (they can come back: choose them in the list)",
    "skip-person",
)
SKIP_PRESENTER = Key(
    "f7",
    "skip",
    "Skip",
    "Skip this presenter (asks first; time already used is kept in the record)",
    "skip",
)
FINISH_SLOT = Key(
    "f8", "finish_slot", "Done", "Finish this slot and go to the next presenter", "finish-slot"
)
FOLLOW_UP = Key(
    "ctrl+f",
    "follow_up",
    "Follow-up",
    "What happened since? This member's follow-up of their last takeaways (optional)",
    "follow-up",
    show=False,
)
"""Check-in only; not a function key, so the timer keys keep their meanings everywhere
(the panel beside the member names it)."""
TIMEKEEPER_VIEW = Key(
    "f9",
    "timekeeper_view",
    "Timer",
    "Timekeeper view: a screen-filling timer for a shared screen",
    "timekeeper-view",
)
CLOSE_TIMEKEEPER = Key(
    "f9,escape", "close", "Back", "Back to the meeting screen", "close-timekeeper"
)

# -- moving the meeting on -----------------------------------------------------------------

END_ROUND = Key(
    "f10",
    "next_stage",
    "Go on",
    "End the round (or skip it) and go on to the next stage",
    "next-stage",
)
END_SLOTS = Key(
    "f10",
    "next_stage",
    "Check-out",
    "End the presenter slots and go to the check-out round",
    "next-stage",
)
TO_CHECK_IN = Key("f10", "next", "Check-in", "On to the check-in round", "next-stage")
SAVE_RULES = Key(
    "ctrl+s", "save_rules", "Save rules", "Save the ground rules to the group", "save-rules"
)
RECORD_REVIEW = Key(
    "ctrl+r",
    "record_review",
    "Reviewed",
    "Record that the group reviewed its purpose and ground rules (once a year)",
    "record-review",
)
CLOSE_RULES = Key("escape", "close", "Close", "Back to the meeting", "close-rules", priority=False)

# -- wrap-up -------------------------------------------------------------------------------

PAUSE_WRAP_UP = Key("f2", "toggle_timer", "Go", "Pause or resume the wrap-up timer", "toggle-timer")
"""F2 at wrap-up: the same key and label as in the rounds and slots."""
SAVE = Key("ctrl+s", "save", "Save", "Save the notes now", "save")
FINISH = Key(
    "f10", "finish", "Finish", "Mark the meeting complete and go back to the group", "finish"
)


# -- the command palette (ctrl+p) ----------------------------------------------------------


@dataclass(frozen=True)
class PaletteEntry:
    """A command-palette entry: its title and what it does."""

    title: str
    help: str


SAVE_NOW = PaletteEntry("Save the notes now", "Write the meeting file at once")
TIMEKEEPER = PaletteEntry("Timekeeper view", "Screen-filling timer for a shared screen")
GROUND_RULES = PaletteEntry("Ground rules", "Show the purpose and ground rules")
TOGGLE_BELL = PaletteEntry("Toggle the bell", "Ring on warning-level changes, or not")
CHANGE_ATTENDANCE = PaletteEntry(
    "Change attendance", "Someone arrived late, left early, or the list needs correcting"
)
CHECK_PRIVACY = PaletteEntry(
    "Check the notes for patient identifiers", "Scan every note again and list what it finds"
)
EXPORT_PDF = PaletteEntry(
    "Write the group PDF", "The minimum-data-set notes, beside the meeting file"
)
EXPORT_ICS = PaletteEntry(
    "Write the next meeting's invitation (.ics)", "A calendar file beside the meeting file"
)
CONFIRM_NOTES = PaletteEntry(
    "Confirm the notes (facilitator's sign-off)",
    'The group PDF says "Notes confirmed by" the facilitator, with the date',
)
PALETTE_KEY_HELP = "Command palette: jump, timekeeper view, save, ..."
"""How F1 help describes ctrl+p."""
