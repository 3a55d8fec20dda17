"""Purpose and ground rules, read out at the start of the meeting (and on demand).

At the first meeting of a new recertification year (issue 15, part 5) the screen offers them
for a short review: is the group achieving its purpose? ctrl+r records that the group
reviewed them (``Meeting.ground_rules_review``), with an optional one-line note. Whether the
review is due is worked out from the past meetings, read in a worker.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, Static, TextArea

from psg_tui.core.review import REVIEW_QUESTION, record_review, review_due
from psg_tui.core.store import StoreError
from psg_tui.tui import keys
from psg_tui.tui.guidance import CONFIDENTIALITY
from psg_tui.tui.messages import NextStage
from psg_tui.tui.screens.base import MeetingScreen
from psg_tui.tui.session import MeetingSession


class GroundRulesScreen(MeetingScreen):
    """Shows the group's purpose and ground rules. At a group's first meeting they can be
    edited here (one rule a line) and are saved to group.toml."""

    HELP_NOTE = ""

    BINDINGS = keys.bindings(
        keys.TO_CHECK_IN, keys.SAVE_RULES, keys.RECORD_REVIEW, keys.CLOSE_RULES
    )

    def __init__(self, session: MeetingSession, *, editable: bool, on_demand: bool = False):
        super().__init__(session)
        self.group = session.group
        """The group whose purpose and rules these are."""
        self.editable = editable
        """True at a group's first meeting: the rules are still being agreed."""
        self.on_demand = on_demand
        """Opened from the palette mid-meeting: F10/Esc just closes it."""
        self.review_offered = session.meeting.ground_rules_review is not None
        """The yearly review is offered here (first meeting of a recertification year, or
        already recorded at this meeting)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="ground-rules"):
            with Vertical(id="rules-review", classes="notice"):
                yield Static("", id="review-text", markup=False)
                yield Input(
                    self.session.meeting.ground_rules_review.note
                    if self.session.meeting.ground_rules_review
                    else "",
                    placeholder="what the group concluded, in a line (optional)",
                    id="review-note",
                    compact=True,
                )
            yield Static("Purpose", classes="section-title")
            yield Static(Text(self.group.purpose or "(no purpose written yet)"), id="purpose")
            yield Static(CONFIDENTIALITY, classes="notice", markup=False)
            yield Static("Ground rules", classes="section-title")
            if self.editable:
                yield Static(
                    "First meeting: agree the ground rules together. One rule a line; "
                    "ctrl+s saves them to the group.",
                    classes="hint",
                )
                yield TextArea("\n".join(self.group.ground_rules), id="rules-editor")
            else:
                rules = Text()
                for i, rule in enumerate(self.group.ground_rules, start=1):
                    rules.append(f"{i}. ", style="bold")
                    rules.append(rule + "\n")
                yield Static(rules, id="rules")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Purpose and ground rules"
        self._show_review()
        if self.editable:
            self.query_one("#rules-editor", TextArea).focus()
        elif not self.review_offered and not self.on_demand:
            self.read_past_meetings()

    # -- the yearly review -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="rules-review")
    def read_past_meetings(self) -> None:
        """Is this the first meeting of a new recertification year? Read off the event loop."""
        session = self.session
        try:
            loaded, _errors = session.store.load_meetings()
        except (OSError, StoreError):
            return
        others = [m for path, m in loaded if path != session.path]
        due = review_due(session.meeting, others, self.group.defaults.recert_year_start_month)
        if due:
            self.app.call_from_thread(self._offer_review)

    def _offer_review(self) -> None:
        self.review_offered = True
        self._show_review()
        self.refresh_bindings()
        self.query_one("#review-note", Input).focus()

    def _show_review(self) -> None:
        box = self.query_one("#rules-review")
        box.styles.height = "auto"
        box.display = self.review_offered
        if not self.review_offered:
            return
        review = self.session.meeting.ground_rules_review
        if review is None:
            text = (
                "First meeting of a new recertification year: review the purpose and ground "
                f"rules below together. {REVIEW_QUESTION} ctrl+r records the review."
            )
        else:
            text = (
                "The group reviewed its purpose and ground rules at this meeting. "
                "ctrl+r records the note again."
            )
        self.query_one("#review-text", Static).update(text)

    def action_record_review(self) -> None:
        """ctrl+r: the group reviewed its purpose and ground rules (with the note)."""
        if not self.review_offered:
            return
        note = self.query_one("#review-note", Input).value
        try:
            record_review(self.session.meeting, self.app_now(), note)
        except ValueError as exc:
            self.notify(str(exc), title="Review not recorded", severity="error")
            return
        self.session.changed()
        self._show_review()
        self.notify("Recorded: the group reviewed its purpose and ground rules.")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Saving shows only at a first meeting; Esc only when opened on demand."""
        if action == "save_rules":
            return self.editable
        if action == "record_review":
            return self.review_offered and not self.on_demand
        if action == "close":
            return self.on_demand
        if action == "next":
            return not self.on_demand  # opened mid-meeting: Esc goes back, nothing moves on
        return True

    def action_close(self) -> None:
        """Back to the meeting."""
        self.dismiss()

    def action_save_rules(self) -> bool:
        """Save the edited rules to group.toml."""
        if not self.editable:
            return True
        text = self.query_one("#rules-editor", TextArea).text
        rules = [line.strip() for line in text.splitlines() if line.strip()]
        try:
            self.group.ground_rules = rules
            self.session.store.save_group(self.group)
        except (OSError, StoreError, ValueError) as exc:
            self.notify(str(exc), title="Could not save the ground rules", severity="error")
            return False
        self.notify("Ground rules saved to the group.")
        return True

    def action_next(self) -> None:
        """On to the check-in round (or back to where we were, when opened on demand)."""
        if self.editable and not self.action_save_rules():
            return
        if self.on_demand:
            self.dismiss()
            return
        self.post_message(NextStage())
