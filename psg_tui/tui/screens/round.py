"""Check-in and check-out rounds: each attendee in turn, a short timer, brief personal notes.

Round notes are personal: they stay in the meeting file and go into no PDF.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from psg_tui.tui.guidance import CHECK_IN_PROMPT, CHECK_OUT_PROMPT
from psg_tui.tui.screens.timed import TimedScreenMixin
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.countdown import Countdown


class RoundScreen(TimedScreenMixin, Screen[None]):
    """One screen for both rounds; ``check_out`` picks which."""

    BINDINGS = [
        Binding("f2", "toggle_timer", "Start/Pause", priority=True, id="toggle-timer"),
        Binding("f3", "next_person", "Next person", priority=True, id="next-person"),
        Binding("f4", "extend(60)", "+1m", priority=True, id="extend-1"),
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
            "skip_person",
            "Skip",
            priority=True,
            id="skip-person",
            tooltip="Pass over this person (they can come back: choose them in the list)",
        ),
        Binding("f9", "timekeeper_view", "Big timer", priority=True, id="timekeeper-view"),
        Binding(
            "f10",
            "next_stage",
            "Next stage",
            priority=True,
            id="next-stage",
            tooltip="End the round (skip it) and go on",
        ),
    ]

    def __init__(self, session: MeetingSession, *, check_out: bool) -> None:
        super().__init__()
        self.session = session
        self.check_out = check_out
        self.kind = "check_out" if check_out else "check_in"
        self.shown_person: str | None = None

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
                yield TextArea(id="round-notes", soft_wrap=True, tab_behavior="focus")
                yield Static("Personal notes: kept in the meeting file, in no PDF.", classes="hint")
        yield Static("", id="meeting-progress", markup=False)
        yield Static("", id="save-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.round_name} round"
        nxt = "Presenters" if not self.check_out else "Wrap-up"
        self._bindings.key_to_bindings["f10"][0] = Binding(
            "f10",
            "next_stage",
            nxt,
            priority=True,
            id="next-stage",
            tooltip=f"End the {self.round_name.lower()} round and go to {nxt.lower()}",
        )
        self.refresh_bindings()
        self.session.clock.open_round(self.kind)
        self._fill_people()
        self.start_refreshing()
        self.query_one("#round-notes", TextArea).focus()

    # -- people ----------------------------------------------------------------------------

    def _fill_people(self) -> None:
        people = self.query_one("#round-people", OptionList)
        people.clear_options()
        for reg, name, done in self.session.clock.round_people(self.kind):
            label = Text(("✓ " if done else "  ") + name)
            people.add_option(Option(label, id=reg))

    @on(OptionList.OptionSelected, "#round-people")
    def _choose_person(self, event: OptionList.OptionSelected) -> None:
        self.run_clock(lambda: self.session.clock.round_choose(self.kind, str(event.option.id)))
        self.query_one("#round-notes", TextArea).focus()

    def load_notes(self) -> None:
        """Show the current person's notes when the turn moves on."""
        reg = self.session.clock.round_current(self.kind)
        if reg == self.shown_person:
            return
        self.shown_person = reg
        entry = self.session.clock.round_entry(self.kind, reg) if reg else None
        area = self.query_one("#round-notes", TextArea)
        with self.prevent(TextArea.Changed):
            area.load_text(entry.notes if entry else "")
        area.disabled = reg is None
        self._fill_people()
        if reg is not None:
            people = self.query_one("#round-people", OptionList)
            people.highlighted = people.get_option_index(reg)

    @on(TextArea.Changed, "#round-notes")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        if self.shown_person is None:
            return
        entry = self.session.clock.round_entry(self.kind, self.shown_person)
        entry.notes = event.text_area.text
        self.session.changed()

    # -- display ---------------------------------------------------------------------------

    def refresh_display(self) -> None:
        """Redraw from the meeting clock."""
        clock = self.session.clock
        view = clock.round_view(self.kind)
        countdown = self.query_one(Countdown)
        countdown.show(view.digits, view.words, view.level)
        self.query_one("#round-who", Static).update(view.who)
        self.query_one("#meeting-progress", Static).update(clock.progress_text())
        self.refresh_save_status()
        self.load_notes()
        for _event in clock.level_changes():
            countdown.flash()
            self.app.ring()

    # -- actions ---------------------------------------------------------------------------

    def action_next_person(self) -> None:
        """This person is done; the next one's turn starts."""
        self.run_clock(lambda: self.session.clock.round_next(self.kind))

    def action_skip_person(self) -> None:
        """Pass over this person without a turn."""
        self.run_clock(lambda: self.session.clock.round_skip(self.kind))

    def action_extend(self, seconds: int) -> None:
        """More time for this person."""
        self.run_clock(lambda: self.session.clock.extend(seconds))

    def action_next_stage(self) -> None:
        """End the round and go on."""
        self.session.clock.close_round(self.kind)
        self.session.changed()
        from psg_tui.tui.flow import next_stage

        next_stage(self.app)
