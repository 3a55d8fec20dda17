"""A presenter's slot: the countdown, the phase, the facilitator prompt, and the notes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane, TextArea

from psg_tui.tui.guidance import NOTES_REMINDER
from psg_tui.tui.screens.timed import TimedScreenMixin
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.countdown import Countdown


class SlotScreen(TimedScreenMixin, Screen[None]):
    """One presenter at a time. Timer keys are function keys with priority, so they work
    while the note taker types in the notes."""

    BINDINGS = [
        Binding("f2", "toggle_timer", "Start/Pause", priority=True, id="toggle-timer"),
        Binding(
            "f3",
            "next_phase",
            "Phase",
            priority=True,
            id="next-phase",
            tooltip="Next phase: present -> discussion -> takeaways",
        ),
        Binding("f4", "extend(60)", "+1m", priority=True, id="extend-1"),
        Binding("f5", "extend(300)", "+5m", priority=True, id="extend-5"),
        Binding(
            "f6",
            "correct",
            "Fix time",
            priority=True,
            id="correct",
            tooltip="Correct the elapsed time (the timer was started late)",
        ),
        Binding(
            "f7",
            "skip",
            "Skip",
            priority=True,
            id="skip",
            tooltip="Skip this presenter (no time used is recorded as skipped)",
        ),
        Binding(
            "f8",
            "finish_slot",
            "Next",
            priority=True,
            id="finish-slot",
            tooltip="Finish this slot and go to the next presenter",
        ),
        Binding("f9", "timekeeper_view", "Big timer", priority=True, id="timekeeper-view"),
        Binding(
            "f10",
            "next_stage",
            "Check-out",
            priority=True,
            id="next-stage",
            tooltip="End the presenter slots and go to the check-out round",
        ),
    ]

    def __init__(self, session: MeetingSession) -> None:
        super().__init__()
        self.session = session
        self.shown_slot: int | None = None
        """Which slot's notes the note widgets hold."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="slot-top"):
            with Vertical(id="slot-timer"):
                yield Countdown(id="countdown")
            with Vertical(id="slot-info"):
                yield Static("", id="slot-who", markup=False)
                yield Static("", id="slot-phase", markup=False)
                yield Static("", id="slot-prompt", markup=False)
                yield Static("", id="slot-next", markup=False)
        yield Static("", id="meeting-progress", markup=False)
        with TabbedContent(id="slot-notes"):
            with TabPane("Summary", id="tab-summary"):
                yield TextArea(id="summary", soft_wrap=True, tab_behavior="focus")
            with TabPane("Takeaways", id="tab-takeaways"):
                yield TextArea(id="takeaways", soft_wrap=True, tab_behavior="focus")
            with TabPane("References", id="tab-references"):
                yield TextArea(id="references", soft_wrap=True, tab_behavior="focus")
        yield Static("", id="save-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Presenter slots"
        self.query_one("#summary", TextArea).tooltip = NOTES_REMINDER
        self.start_refreshing()
        self.load_notes()
        self.query_one("#summary", TextArea).focus()

    # -- notes -----------------------------------------------------------------------------

    def load_notes(self) -> None:
        """Put the current slot's notes into the text areas (when the slot changes)."""
        index = self.session.clock.slot_index()
        if index == self.shown_slot:
            return
        self.shown_slot = index
        slot = self.session.meeting.slots[index] if index is not None else None
        with self.prevent(TextArea.Changed):
            self.query_one("#summary", TextArea).load_text(slot.summary if slot else "")
            self.query_one("#takeaways", TextArea).load_text(slot.takeaways if slot else "")
            self.query_one("#references", TextArea).load_text(
                "\n".join(slot.references) if slot else ""
            )
        for area in self.query(TextArea):
            area.disabled = slot is None

    @on(TextArea.Changed)
    def _notes_changed(self, event: TextArea.Changed) -> None:
        if self.shown_slot is None:
            return
        slot = self.session.meeting.slots[self.shown_slot]
        text = event.text_area.text
        match event.text_area.id:
            case "summary":
                slot.summary = text
            case "takeaways":
                slot.takeaways = text
            case "references":
                slot.references = [line.strip() for line in text.splitlines() if line.strip()]
        self.session.changed()

    # -- display ---------------------------------------------------------------------------

    def refresh_display(self) -> None:
        """Called a few times a second: everything is computed from the meeting clock."""
        clock = self.session.clock
        view = clock.slot_view()
        countdown = self.query_one(Countdown)
        countdown.show(view.digits, view.words, view.level)
        self.query_one("#slot-who", Static).update(view.who)
        self.query_one("#slot-phase", Static).update(view.phase)
        self.query_one("#slot-prompt", Static).update(view.prompt)
        self.query_one("#slot-next", Static).update(view.next_up)
        self.query_one("#meeting-progress", Static).update(clock.progress_text())
        self.refresh_save_status()
        self.load_notes()
        for _event in clock.level_changes():
            countdown.flash()
            self.app.ring()

    # -- timer actions ---------------------------------------------------------------------

    def action_next_phase(self) -> None:
        """Present -> discussion -> takeaways."""
        self.run_clock(self.session.clock.next_phase)

    def action_extend(self, seconds: int) -> None:
        """Give the current phase more time."""
        self.run_clock(lambda: self.session.clock.extend(seconds))

    def action_skip(self) -> None:
        """Skip this presenter."""
        self.run_clock(self.session.clock.skip)

    def action_finish_slot(self) -> None:
        """Finish this slot; the next presenter's adjusted time is shown."""
        self.run_clock(self.session.clock.finish)

    def action_next_stage(self) -> None:
        """On to the check-out round (an unfinished slot is finished first)."""
        self.session.clock.end_slots()
        self.session.changed()
        from psg_tui.tui.flow import next_stage

        next_stage(self.app)
