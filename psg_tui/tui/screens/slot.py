"""A presenter's slot: the countdown, the phase, the facilitator prompt, and the notes."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Static, TabbedContent, TabPane, TextArea

from psg_tui.core.timing import PhaseView, clock_text, countdown_seconds
from psg_tui.tui import keys
from psg_tui.tui.clock_view import Face, face_of, schedule_line
from psg_tui.tui.guidance import NOTES_REMINDER, PHASE_PROMPTS
from psg_tui.tui.messages import NextStage
from psg_tui.tui.screens.base import PaletteCommand, TimedScreen
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.countdown import Countdown
from psg_tui.tui.widgets.key_footer import KeysFooter
from psg_tui.tui.widgets.notes import NotesArea


class SlotScreen(TimedScreen):
    """One presenter at a time. Timer keys are function keys with priority, so they work
    while the note taker types in the notes."""

    BINDINGS = keys.bindings(
        keys.HELP_FIRST,
        keys.TOGGLE_TIMER,
        keys.NEXT_PHASE,
        keys.EXTEND_1,
        keys.EXTEND_5_UNSHOWN,
        keys.CORRECT,
        keys.SKIP_PRESENTER,
        keys.FINISH_SLOT,
        keys.TIMEKEEPER_VIEW,
        keys.END_SLOTS,
        keys.QUIT_UNSHOWN,
    )

    def __init__(self, session: MeetingSession) -> None:
        super().__init__(session)
        self.shown_slot: int | None = None
        """Which slot's notes the note widgets hold."""
        self.shown_phase: str | None = None
        """The phase the notes tab last followed (takeaways -> the Takeaways tab)."""

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
                yield NotesArea(id="summary")
            with TabPane("Takeaways", id="tab-takeaways"):
                yield NotesArea(id="takeaways")
            with TabPane("References", id="tab-references"):
                yield NotesArea(id="references")
        yield Static("", id="save-status", markup=False)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Presenter slots"
        self.query_one("#summary", TextArea).tooltip = NOTES_REMINDER
        super().on_mount()
        self.query_one("#summary", TextArea).focus()

    def palette_commands(self) -> list[PaletteCommand]:
        """The meeting's commands; with no note taker, who wrote this presenter's notes."""
        commands = super().palette_commands()
        if not self.session.meeting.roles.note_taker and self.notes_slot() is not None:
            commands.insert(
                0,
                PaletteCommand(
                    "Who wrote these notes",
                    "No note taker today: members write their own notes. Record who wrote "
                    "this presenter's summary (the record says 'notes by ...').",
                    self.choose_writer,
                ),
            )
        return commands

    def choose_writer(self) -> None:
        """Ask who wrote the shown slot's notes (anyone here) and record it on the slot."""
        from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog

        self.flush_notes()
        index = self.notes_slot()
        if index is None:
            return
        meeting = self.session.meeting
        slot = meeting.slots[index]
        people = [a for a in meeting.attendees if not meeting.has_left(a.registration_number)]

        def chosen(reg: str | None) -> None:
            if reg is None:
                return
            slot.written_by = reg
            self.session.changed()
            self.notify(
                f"Notes of {meeting.name_of(slot.presenter)}'s slot: by {meeting.name_of(reg)}."
            )

        self.app.push_screen(
            ChooseMemberDialog(
                f"Who wrote the notes of {meeting.name_of(slot.presenter)}'s slot?",
                people,
                hint="No note taker today: each presenter's summary may be written by anyone.",
            ),
            chosen,
        )

    # -- notes -----------------------------------------------------------------------------

    def notes_slot(self) -> int | None:
        """The slot whose notes are shown: the running one, else the next one to start
        (the note taker may start typing while the presenter sets up)."""
        engine = self.session.engine
        if engine.current_slot_index is not None:
            return engine.current_slot_index
        return engine.next_pending_index()

    def load_notes(self) -> None:
        """Put the slot's notes into the text areas when the slot changes."""
        index = self.notes_slot()
        if index == self.shown_slot:
            return
        self.flush_notes()
        self.shown_slot = index
        slot = self.session.meeting.slots[index] if index is not None else None
        with self.prevent(TextArea.Changed):
            self.query_one("#summary", TextArea).load_text(slot.summary if slot else "")
            self.query_one("#takeaways", TextArea).load_text(slot.takeaways if slot else "")
            self.query_one("#references", TextArea).load_text(
                "\n".join(slot.references) if slot else ""
            )
        for area in self.query(TextArea):
            area.read_only = slot is None
        self._show_tab("tab-summary")  # a new presenter starts on their summary

    def _show_tab(self, tab: str) -> None:
        tabs = self.query_one("#slot-notes", TabbedContent)
        if tabs.active != tab:
            tabs.active = tab
            area = tabs.get_pane(tab).query_one(TextArea)
            if self.focused is None or isinstance(self.focused, TextArea):
                area.focus()

    def _follow_phase(self, phase: str | None) -> None:
        """The takeaways phase opens the Takeaways tab, once; the note taker can still move."""
        if phase == self.shown_phase:
            return
        self.shown_phase = phase
        if phase == "takeaways":
            self._show_tab("tab-takeaways")

    def flush_notes(self) -> None:
        """Copy what the text areas hold into the slot they show.

        Change messages are queued: a key typed just before F8 may not have reached
        :meth:`_notes_changed` yet. Flushing before the slot changes means it lands in the
        slot it was typed for, never in the next one.
        """
        if self.shown_slot is None:
            return
        for area in self.query(TextArea):
            self._store(area)

    def _store(self, area: TextArea) -> None:
        if self.shown_slot is None:
            return
        slot = self.session.meeting.slots[self.shown_slot]
        text = area.text
        match area.id:
            case "summary" if slot.summary != text:
                slot.summary = text
            case "takeaways" if slot.takeaways != text:
                slot.takeaways = text
            case "references":
                references = [line.strip() for line in text.splitlines() if line.strip()]
                if slot.references != references:
                    slot.references = references
            case _:
                return
        self.session.changed()

    @on(TextArea.Changed)
    def _notes_changed(self, event: TextArea.Changed) -> None:
        self._store(event.text_area)

    # -- display ---------------------------------------------------------------------------

    def refresh_display(self) -> None:
        """Called a few times a second: everything is computed from the meeting engine."""
        engine = self.session.engine
        meeting = self.session.meeting
        view = engine.view()
        schedule = view.schedule
        index = self.notes_slot()
        slot = meeting.slots[index] if index is not None else None
        countdown = self.query_one(Countdown)
        if view.timer is not None and view.timer_index is not None:
            face = face_of(view.timer)
            phase = view.timer.phase
            phase_text = _phase_line(phase) if phase else ""
            prompt = PHASE_PROMPTS.get(phase.name, "") if phase else ""  # type: ignore[call-overload]
            self._follow_phase(phase.name if phase else None)
            upcoming = schedule.upcoming
        elif slot is not None:
            preview = schedule.next_slot
            length = clock_text(preview.planned_seconds) if preview else ""
            face = Face(length or "--:--", "F2 starts this slot", "idle")
            phase_text = preview.text if preview else ""
            prompt = PHASE_PROMPTS["present"]
            upcoming = schedule.upcoming[1:]
        else:
            face = face_of(None, "All slots done")
            phase_text = "Every slot has been run or skipped."
            prompt = "F10 goes on to the check-out round."
            upcoming = ()
        countdown.show(face.digits, face.words, face.level)
        if slot is not None:
            who = f"{index + 1}/{len(meeting.slots)} {meeting.name_of(slot.presenter)}"
            title = (
                f"{slot.topic_type.label}: {slot.title}" if slot.title else slot.topic_type.label
            )
            self.query_one("#slot-who", Static).update(Text.assemble((who, "bold"), "\n", title))
        else:
            self.query_one("#slot-who", Static).update("")
        self.query_one("#slot-phase", Static).update(phase_text)
        self.query_one("#slot-prompt", Static).update(prompt)
        self.query_one("#slot-next", Static).update(
            f"Next: {upcoming[0].text}" if upcoming else "Next: check-out round"
        )
        position = f"Slot {index + 1} of {len(meeting.slots)}" if index is not None else "Slots"
        self.query_one("#meeting-progress", Static).update(schedule_line(schedule, position))
        self.refresh_save_status()
        self.load_notes()
        self.announce(engine.poll(), countdown)

    # -- timer actions ---------------------------------------------------------------------

    def action_toggle_timer(self) -> None:
        """Start the next slot, or pause/resume the running one."""
        engine = self.session.engine
        if engine.timer is None:
            self.run_clock(engine.start_slot)
        else:
            self.run_clock(engine.toggle_pause)

    def action_next_phase(self) -> None:
        """Present -> discussion -> takeaways."""
        self.run_clock(self.session.engine.next_phase)

    def action_skip(self) -> None:
        """Skip this presenter (the running one, or the next one to start), after a yes."""
        engine = self.session.engine
        index = engine.current_slot_index
        if index is None:
            index = engine.next_pending_index()
        if index is None:
            self.notify("There is no presenter left to skip.")
            return
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        who = self.session.meeting.name_of(self.session.meeting.slots[index].presenter)

        def answered(skip_it: bool | None) -> None:
            if skip_it:
                self._skip()

        self.app.push_screen(
            ConfirmDialog(
                f"Skip {who}'s slot? A skipped presenter who has used no time can be brought "
                "back from the command palette (ctrl+p, Jump to presenter).",
                yes=f"Skip {who}",
                no="Keep",
                careful=True,
            ),
            answered,
        )

    def _skip(self) -> None:
        engine = self.session.engine

        def skip() -> None:
            if engine.timer is not None:
                self.run_clock(engine.skip)
                return
            index = engine.next_pending_index()
            if index is None:
                self.notify("There is no presenter left to skip.")
                return
            self.run_clock(lambda: engine.skip_slot(index))

        self.after_typing(skip)

    def action_finish_slot(self) -> None:
        """Finish this slot; the next presenter's adjusted time shows before it starts."""
        self.after_typing(lambda: self.run_clock(self.session.engine.finish))

    def action_next_stage(self) -> None:
        """On to the check-out round (an open slot is finished first)."""
        self.after_typing(lambda: self.post_message(NextStage()))


def _phase_line(phase: PhaseView) -> str:
    """``Discussion (2 of 3): 3:00 left of 12:46``. A phase that starts with the slot's time
    already used up says so, instead of "TIME UP of 0:00"."""
    where = f"{phase.label} ({phase.index + 1} of 3)"
    planned = countdown_seconds(phase.planned)  # rounded as the countdown rounds
    if planned == 0:
        return f"{where}: the slot's time is used up, so keep it brief · {phase.text}"
    return f"{where}: {phase.text} of {clock_text(planned)}"
