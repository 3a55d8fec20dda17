"""Check-in and check-out rounds: each attendee in turn, a short timer, brief personal notes.

Round notes are personal: they stay in the meeting file and go into no PDF.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from psg_tui.core.followup import LastTakeaways, follow_up_text, last_takeaways_by_member
from psg_tui.core.store import StoreError
from psg_tui.core.words import format_short_date
from psg_tui.tui import keys
from psg_tui.tui.clock_view import face_of, schedule_line
from psg_tui.tui.guidance import CHECK_IN_PROMPT, CHECK_OUT_PROMPT
from psg_tui.tui.messages import NextStage
from psg_tui.tui.screens.base import TimedScreen
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.countdown import Countdown
from psg_tui.tui.widgets.key_footer import KeysFooter
from psg_tui.tui.widgets.notes import NotesArea


class RoundScreen(TimedScreen):
    """One screen for both rounds; ``check_out`` picks which."""

    BINDINGS = keys.bindings(
        keys.HELP_FIRST,
        keys.TOGGLE_TIMER,
        keys.NEXT_PERSON,
        keys.EXTEND_1,
        keys.CORRECT,
        keys.SKIP_PERSON,
        keys.TIMEKEEPER_VIEW,
        keys.END_ROUND,
        keys.FOLLOW_UP,
    )

    def __init__(self, session: MeetingSession, *, check_out: bool) -> None:
        super().__init__(session)
        self.check_out = check_out
        self.shown_person: str | None = None
        self.last_takeaways: dict[str, LastTakeaways] | None = None
        """Each attendee's takeaways from their last presented slot (check-in only), once
        read from the past meetings in a worker; None until then."""

    @property
    def round_name(self) -> str:
        """ "Check-in" or "Check-out"."""
        return "Check-out" if self.check_out else "Check-in"

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="round-body"):
            yield OptionList(id="round-people")
            with Vertical(id="round-main"):
                with Horizontal(id="round-timer"):
                    yield Countdown(id="countdown")
                    yield Static("", id="round-who", markup=False)
                yield Static(
                    CHECK_OUT_PROMPT if self.check_out else CHECK_IN_PROMPT,
                    id="round-prompt",
                    markup=False,
                )
                yield Static("", id="round-followup", markup=False)
                # What the box is, on its border: a line of its own cost the notes a line.
                notes = NotesArea(id="round-notes")
                notes.border_title = "Personal notes: in no PDF"
                notes.tooltip = "Personal notes: kept in the meeting file, in no PDF."
                yield notes
        yield Static("", id="meeting-progress", markup=False)
        yield Static("", id="save-status", markup=False)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = f"{self.round_name} round"
        self._fill_people()
        self.query_one("#round-followup").display = not self.check_out
        if not self.check_out:
            self.read_last_takeaways()
        super().on_mount()
        self.query_one("#round-notes", TextArea).focus()

    # -- takeaways followed up (check-in) ---------------------------------------------------

    @work(thread=True, exclusive=True, group="round-takeaways")
    def read_last_takeaways(self) -> None:
        """Read the group's past meetings off the event loop, for each attendee's takeaways
        from the last time they presented."""
        session = self.session
        try:
            loaded, _errors = session.store.load_meetings()
        except (OSError, StoreError):
            loaded = []
        meeting = session.meeting
        others = [m for path, m in loaded if path != session.path]
        regs = [a.registration_number for a in meeting.attendees]
        found = last_takeaways_by_member(others, regs, meeting.date)
        self.app.call_from_thread(self._takeaways_read, found)

    def _takeaways_read(self, found: dict[str, LastTakeaways]) -> None:
        self.last_takeaways = found
        self._show_follow_up()

    def follow_up_person(self) -> str | None:
        """Whose follow-up the panel shows: the person whose turn it is, else the next."""
        current = self.session.engine.turn_person
        if current:
            return current
        waiting = self.waiting()
        return waiting[0] if waiting else None

    def follow_up_lines(self) -> str:
        """The panel beside the member: their last takeaways with the date, and their
        follow-up (or the key that gives one), in at most two lines."""
        reg = self.follow_up_person()
        if reg is None:
            return ""
        if self.last_takeaways is None:
            return "Reading their last takeaways..."
        last = self.last_takeaways.get(reg)
        width = max(20, self.query_one("#round-followup").size.width or 50)

        def fit(line: str) -> str:
            return line[: width - 1] + "…" if len(line) > width else line

        given = self.session.meeting.follow_up_of(reg)
        if last is None:
            first = "No takeaways of theirs on record yet."
            if given is not None:
                first += f" Since: {follow_up_text(given)}"
            return fit(first)
        if last.followed_up_on is not None:  # followed up at a later meeting: not again
            done = (  # the date it was followed up first: a narrow panel cuts the rest
                f"Followed up {format_short_date(last.followed_up_on)} "
                f"(takeaways of {format_short_date(last.date)})"
            )
            if given is not None:
                return fit(f"Since: {follow_up_text(given)}") + "\n" + fit(done)
            return fit("Nothing new to follow up · ctrl+f: a note") + "\n" + fit(done)
        when = f"Last time, {format_short_date(last.date)}"
        takeaways = " ".join(last.takeaways.split())
        if given is not None:  # what they said first; the takeaways after it
            return fit(f"Since: {follow_up_text(given)}") + "\n" + fit(f"{when}: {takeaways}")
        return fit(f"{when} · ctrl+f: follow up") + "\n" + fit(takeaways)

    def _show_follow_up(self) -> None:
        if self.check_out:
            return
        panel = self.query_one("#round-followup", Static)
        text = self.follow_up_lines()
        if getattr(panel, "_shown", None) != text:
            panel._shown = text  # type: ignore[attr-defined]
            panel.update(text)

    def action_follow_up(self) -> None:
        """ctrl+f: "What happened since?" for the member whose turn it is (optional)."""
        from psg_tui.core.followup import set_follow_up
        from psg_tui.tui.dialogs.follow_up import FollowUpAnswer, FollowUpDialog

        reg = self.follow_up_person()
        if reg is None:
            self.notify("Everyone has had a turn.")
            return
        meeting = self.session.meeting
        last = (self.last_takeaways or {}).get(reg)

        def answered(answer: FollowUpAnswer | None) -> None:
            if answer is not None:
                set_follow_up(meeting, reg, answer.outcome, answer.note, last)
                self.session.changed()
                self._show_follow_up()
            self.query_one("#round-notes", TextArea).focus()

        self.app.push_screen(
            FollowUpDialog(meeting.name_of(reg), last, meeting.follow_up_of(reg)), answered
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The follow-up is the check-in's only."""
        if action == "follow_up":
            return not self.check_out
        return True

    # -- people ----------------------------------------------------------------------------

    def entries(self):  # -> list[RoundEntry]
        """This round's entries in the meeting (one per person who had a turn)."""
        m = self.session.meeting
        return m.check_out if self.check_out else m.check_in

    def had_turn(self) -> set[str]:
        """Registration numbers of those who had (or are having) their turn."""
        return {e.registration_number for e in self.entries()}

    def waiting(self) -> list[str]:
        """Attendees still to have a turn, in order (not those who have left)."""
        done = self.had_turn()
        meeting = self.session.meeting
        return [
            a.registration_number
            for a in meeting.attendees
            if a.registration_number not in done and not meeting.has_left(a.registration_number)
        ]

    def _fill_people(self) -> None:
        people = self.query_one("#round-people", OptionList)
        highlighted = people.highlighted
        people.clear_options()
        entries = {e.registration_number: e for e in self.entries()}
        current = self.session.engine.turn_person
        for attendee in self.session.meeting.attendees:
            reg = attendee.registration_number
            entry = entries.get(reg)
            passed = entry is not None and entry.elapsed_seconds < 5 and not entry.notes
            if reg == current:
                mark = "▶ "
            elif entry is None:
                mark = "  "
            else:
                mark = "– " if passed else "✓ "  # passed over (F7) / had their turn
            left = " (left)" if self.session.meeting.has_left(reg) else ""
            people.add_option(Option(Text(mark + attendee.name + left), id=reg))
        if highlighted is not None and highlighted < people.option_count:
            people.highlighted = highlighted

    @on(OptionList.OptionSelected, "#round-people")
    def _choose_person(self, event: OptionList.OptionSelected) -> None:
        reg = str(event.option.id)
        self.run_clock(lambda: self.session.engine.start_turn(reg))
        self.query_one("#round-notes", TextArea).focus()

    def load_notes(self) -> None:
        """Show the current person's notes when the turn moves on."""
        reg = self.session.engine.turn_person or None
        if reg == self.shown_person:
            return
        # A keystroke whose change message is still queued belongs to the previous person.
        self._store(self.query_one("#round-notes", TextArea))
        self.shown_person = reg
        entry = next((e for e in self.entries() if e.registration_number == reg), None)
        area = self.query_one("#round-notes", TextArea)
        with self.prevent(TextArea.Changed):
            area.load_text(entry.notes if entry else "")
        area.read_only = entry is None
        self._fill_people()

    def flush_notes(self) -> None:
        """Store what the notes area holds (a queued change message may not have landed)."""
        self._store(self.query_one("#round-notes", TextArea))

    def _store(self, area: TextArea) -> None:
        entry = next(
            (e for e in self.entries() if e.registration_number == self.shown_person), None
        )
        if entry is None or entry.notes == area.text:
            return
        entry.notes = area.text
        self.session.changed()

    @on(TextArea.Changed, "#round-notes")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        self._store(event.text_area)

    # -- display ---------------------------------------------------------------------------

    def refresh_display(self) -> None:
        """Redraw from the meeting engine."""
        engine = self.session.engine
        view = engine.view()
        waiting = self.waiting()
        if view.timer is None:
            first = self.session.meeting.name_of(waiting[0]) if waiting else ""
            # The name is beside it ("Next: ..."), cut to fit: a long one here broke apart.
            idle = "F2 starts their turn" if first else "All had a turn: F10 on"
            face = face_of(None, idle)
            who = first and f"Next: {first}"
        else:
            face = face_of(view.timer)
            total = len(self.session.meeting.attendees)
            position = total - len(waiting)
            who = Text.assemble((view.timer.label, "bold"), f"\nturn {position} of {total}")
        countdown = self.query_one(Countdown)
        countdown.show(face.digits, face.words, face.level)
        self.query_one("#round-who", Static).update(who)
        self.query_one("#meeting-progress", Static).update(
            schedule_line(view.schedule, f"{self.round_name} round")
        )
        self.refresh_save_status()
        self.load_notes()
        self._show_follow_up()
        self.announce(engine.poll(), countdown)

    # -- actions ---------------------------------------------------------------------------

    def action_toggle_timer(self) -> None:
        """Start the next person's turn, or pause/resume the open one."""
        engine = self.session.engine
        if engine.timer is None:
            waiting = self.waiting()
            if not waiting:
                self.notify("Everyone has had a turn: F10 moves on.")
                return
            self.run_clock(lambda: engine.start_turn(waiting[0]))
        else:
            self.run_clock(engine.toggle_pause)

    def action_next_person(self) -> None:
        """This person is done; the next one's turn starts at once (rounds flow)."""
        engine = self.session.engine
        self._move_on(lambda: engine.finish() if engine.timer is not None else None)

    def action_skip_person(self) -> None:
        """Pass over this person (choose them in the list to come back to them); the next
        one's turn starts at once, as with F3."""
        engine = self.session.engine

        def pass_over() -> None:
            waiting = self.waiting()
            if engine.timer is None and waiting:
                engine.start_turn(waiting[0])  # the person F2 would start: passed over
            engine.skip()

        self._move_on(pass_over)

    def _move_on(self, close_turn: Callable[[], object]) -> None:
        """Close the open turn, then start the next waiting person's, after the keys already
        typed have landed in this person's notes."""
        engine = self.session.engine

        def advance() -> None:
            close_turn()
            waiting = self.waiting()
            if waiting:
                engine.start_turn(waiting[0])
            else:
                self.notify(f"Everyone has had a turn. F10: {self._next_name()}.")

        self.after_typing(lambda: self.run_clock(advance))

    def _next_name(self) -> str:
        return "wrap-up" if self.check_out else "presenter slots"

    def action_next_stage(self) -> None:
        """End the round and go on. Leaving it part way asks first, naming who has not had
        their turn; skipping the whole round asks too. Both pass someone over, so Enter
        answers no (a round once left cannot be reopened)."""
        waiting = self.waiting()
        current = self.session.engine.turn_person
        waiting = [reg for reg in waiting if reg != current]
        if not waiting:
            self.after_typing(lambda: self.post_message(NextStage()))
            return
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        round_name = self.round_name.lower()
        if len(waiting) == len(self.session.meeting.attendees):
            question = (
                f"Nobody has had their {round_name} turn yet. Skip the {round_name} round "
                f"and go on to {self._next_name()}?"
            )
            dialog = ConfirmDialog(question, yes="Skip the round", no="Stay", careful=True)
        else:
            names = ", ".join(self.session.meeting.name_of(reg) for reg in waiting)
            question = (
                f"Not everyone has had their {round_name} turn: {names}. "
                f"End the round and go on to {self._next_name()}?"
            )
            dialog = ConfirmDialog(question, yes="Go on", no="Stay", careful=True)

        def answered(go_on: bool | None) -> None:
            if go_on:
                self.post_message(NextStage())

        self.after_typing(lambda: self.app.push_screen(dialog, answered))
