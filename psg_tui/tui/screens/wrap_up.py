"""Wrap-up: the next meeting, an overall summary, the privacy check, the PDF, and done."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, HorizontalGroup, Vertical, VerticalScroll
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    OptionList,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from psg_tui.core.models import Modality, NextMeeting, PlannedPresenter, Slot
from psg_tui.core.store import output_path
from psg_tui.core.words import format_date, plural
from psg_tui.tui import keys
from psg_tui.tui.dialogs.field_editor import FieldEditor, get_field, set_field
from psg_tui.tui.dialogs.presenter import PresenterDialog
from psg_tui.tui.forms import hhmm, parse_date, parse_hhmm
from psg_tui.tui.guidance import NOTES_REMINDER
from psg_tui.tui.messages import ExportRequested, ExportUpdate, FinishMeeting
from psg_tui.tui.screens.base import MeetingScreen, PaletteCommand
from psg_tui.tui.session import MeetingSession
from psg_tui.tui.widgets.notes import NotesArea


class NextPresenterTable(DataTable[Text]):
    """Who will present at the next meeting, and on what; keys here edit the list (the line
    under it names them, and F1 lists them)."""

    BINDINGS = [
        Binding("a", "screen.add_next_presenter", "Add", id="add-next-presenter", show=False),
        Binding(
            "enter", "screen.edit_next_presenter", "Edit", id="edit-next-presenter", show=False
        ),
        Binding(
            "x,delete",
            "screen.remove_next_presenter",
            "Remove",
            id="remove-next-presenter",
            show=False,
        ),
        Binding("minus", "screen.move_next_presenter(-1)", "Move up", id="next-up", show=False),
        Binding(
            "plus,equals_sign",
            "screen.move_next_presenter(1)",
            "Move down",
            id="next-down",
            show=False,
        ),
    ]


class WrapUpScreen(MeetingScreen):
    """The last stage: set the next meeting, check the notes, export them, finish."""

    BINDINGS = keys.bindings(
        keys.PAUSE_WRAP_UP, keys.EXTEND_1, keys.EXTEND_5, keys.SAVE, keys.FINISH
    )

    def __init__(self, session: MeetingSession) -> None:
        super().__init__(session)
        self.findings: list = []
        self.dismissed: set[tuple[str, str, str]] = set()
        """NHI numbers, phone numbers, email addresses and dates of birth hidden from the
        list while this screen is open: (field, kind, text). A name or address dismissed for
        this meeting goes into the meeting file instead (``dismissed_findings``)."""
        nxt = session.meeting.next_meeting
        self.next_presenters: list[PlannedPresenter] = list(nxt.presenters) if nxt else []
        """Who will present at the next meeting (kept here while its date is still empty)."""

    @property
    def meeting(self):  # -> Meeting
        """The meeting being wrapped up."""
        return self.session.meeting

    def compose(self) -> ComposeResult:
        m = self.meeting
        nxt = m.next_meeting
        d = self.session.group.defaults
        yield Header()
        with TabbedContent(id="wrap-tabs"):
            with (
                TabPane("Next meeting", id="tab-next"),
                VerticalScroll(),
                Grid(classes="form compact"),
            ):
                yield Label("Date")
                yield Input(
                    nxt.date.isoformat() if nxt else "",
                    placeholder="YYYY-MM-DD",
                    id="next-date",
                    compact=True,
                )
                yield Label("Start time")
                yield Input(
                    hhmm(nxt.start_time if nxt else d.start_time),
                    placeholder="HH:MM",
                    id="next-start",
                    compact=True,
                )
                yield Label("Length (min)")
                yield Input(
                    str(nxt.duration_minutes if nxt else d.meeting_minutes),
                    type="integer",
                    id="next-length",
                    compact=True,
                )
                yield Label("Modality")
                yield Select(
                    [(x.label, x.value) for x in Modality],
                    value=(nxt.modality if nxt else m.modality).value,
                    allow_blank=False,
                    id="next-modality",
                    compact=True,
                )
                yield Label("Venue")
                yield Input(nxt.venue if nxt else m.venue, id="next-venue", compact=True)
                yield Label("Platform")
                yield Input(nxt.platform if nxt else m.platform, id="next-platform", compact=True)
                yield Label("Video link")
                yield Input(nxt.video_link if nxt else m.video_link, id="next-link", compact=True)
                yield Label("Focus")
                yield Input(
                    nxt.focus if nxt else "",
                    placeholder="structure, focus or priorities",
                    id="next-focus",
                    compact=True,
                )
                yield Label("Presenters")
                yield NextPresenterTable(id="next-presenters", cursor_type="row")
                yield Static(
                    "Presenters: a add · Enter edit · x remove · - / + move up or down",
                    classes="hint wide",
                )
            with TabPane("Summary", id="tab-summary"), Vertical():
                yield Static("Overall summary (Markdown)", classes="section-title")
                yield NotesArea(m.summary, id="summary")
                yield Static(
                    "Confidentiality and privacy: what the group noted", classes="section-title"
                )
                yield NotesArea(m.confidentiality_note, id="confidentiality")
            with TabPane("Privacy check", id="tab-privacy"), Vertical():
                yield Static(NOTES_REMINDER, classes="hint", markup=False)
                yield Static("", id="privacy-status", markup=False)
                yield OptionList(id="findings")
                with HorizontalGroup(id="finding-buttons"):
                    yield Button("Dismiss for this meeting", id="dismiss-finding", compact=True)
                    yield Button(
                        "Not an identifier: remember for this group",
                        id="remember-finding",
                        compact=True,
                    )
            with TabPane("Export", id="tab-export"), VerticalScroll():
                yield Static("", id="export-status", markup=False)
                with Horizontal(id="export-buttons"):
                    yield Button(keys.EXPORT_PDF.title, id="export-pdf", compact=True)
                    yield Button(keys.EXPORT_ICS.title, id="export-ics", compact=True)
                    yield Button("Check again", id="check-privacy", compact=True)
        yield Static("", id="wrap-status", markup=False)
        yield Static("", id="wrap-timer", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Wrap-up: next meeting, summary, privacy, export"
        self.action_check_privacy()
        self._refresh_export()
        self._refresh_next_presenters()
        self.query_one("#next-date", Input).focus()
        self.refresh_display()
        self.set_interval(1, self.refresh_display)

    def refresh_display(self) -> None:
        """The wrap-up timer line and the save status."""
        self._show_timer()
        super().refresh_display()

    def palette_commands(self) -> list[PaletteCommand]:
        """The meeting's commands, plus the privacy check and the exports."""
        return [
            PaletteCommand(keys.EXPORT_PDF.title, keys.EXPORT_PDF.help, self.action_export_pdf),
            PaletteCommand(keys.EXPORT_ICS.title, keys.EXPORT_ICS.help, self.action_export_ics),
            PaletteCommand(
                keys.CHECK_PRIVACY.title, keys.CHECK_PRIVACY.help, self.action_show_privacy
            ),
            PaletteCommand(keys.CONFIRM_NOTES.title, keys.CONFIRM_NOTES.help, self.confirm_notes),
            *super().palette_commands(),
        ]

    @on(Button.Pressed, "#export-pdf")
    def _pdf_pressed(self) -> None:
        self.action_export_pdf()

    @on(Button.Pressed, "#export-ics")
    def _ics_pressed(self) -> None:
        self.action_export_ics()

    @on(Button.Pressed, "#check-privacy")
    def _check_pressed(self) -> None:
        self.action_show_privacy()

    def action_toggle_timer(self) -> None:
        """F2: pause or resume the wrap-up timer."""
        if self.session.engine.timer is None:
            self.notify("The wrap-up timer has finished.")
            return
        self.run_clock(self.session.engine.toggle_pause)

    def _show_timer(self) -> None:
        """The wrap-up block's own time, so the meeting still ends when it said it would."""
        view = self.session.engine.view()
        timer = view.timer
        text = f"Wrap-up: {timer.text}" if timer is not None else "Wrap-up"
        self.query_one("#wrap-timer", Static).update(f"{text} · {view.schedule.text}")

    # -- sign-off --------------------------------------------------------------------------

    def confirm_notes(self) -> None:
        """The facilitator confirms the shared notes (asks first); the group PDF says so."""
        from psg_tui.core import signoff
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        self.flush_notes()
        meeting = self.meeting
        reg = meeting.roles.facilitator
        if not reg:
            self.notify(
                "No facilitator is recorded for this meeting: only the facilitator confirms "
                "the notes.",
                title="Not confirmed",
                severity="warning",
            )
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            signoff.sign(meeting, self.app_now())
            self.session.changed()
            self.notify(signoff.sign_off_sentence(meeting) + ".", title="Notes confirmed")

        self.app.push_screen(
            ConfirmDialog(
                f"Confirm the shared notes as {meeting.name_of(reg)} ({reg}), the facilitator? "
                "The group PDF will say so. Editing the notes afterwards clears it.",
                yes="Confirm",
                no="Not yet",
            ),
            answered,
        )

    def _sign_off_still_holds(self) -> None:
        """Editing the shared notes after the sign-off clears it, and says so."""
        if self.meeting.sign_off is None:
            return
        from psg_tui.core.signoff import clear_if_changed

        message = clear_if_changed(self.meeting)
        if message:
            self.session.changed()
            self.notify(message, title="Sign-off cleared", severity="warning", timeout=10)

    # -- editing ---------------------------------------------------------------------------

    def flush_notes(self) -> None:
        """Store what the text areas hold (a queued change message may not have landed)."""
        for area in self.query(TextArea):
            self._store(area)

    def _store(self, area: TextArea) -> None:
        field = {"summary": "summary", "confidentiality": "confidentiality_note"}.get(area.id or "")
        if field and getattr(self.meeting, field) != area.text:
            setattr(self.meeting, field, area.text)
            self.session.changed()
            self._sign_off_still_holds()

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        self._store(event.text_area)

    @on(Input.Changed)
    @on(Select.Changed)
    def _next_changed(self) -> None:
        status = self.query_one("#wrap-status", Static)
        try:
            self.meeting.next_meeting = self.read_next_meeting()
        except ValueError as exc:
            status.update(str(exc))
            status.add_class("error")
            return
        status.remove_class("error")
        nxt = self.meeting.next_meeting
        status.update(
            f"Next meeting: {format_date(nxt.date)}"
            + (f" at {hhmm(nxt.start_time)}" if nxt.start_time else "")
            + (f", {plural(len(nxt.presenters), 'presenter')} planned" if nxt.presenters else "")
            if nxt
            else "No next meeting set yet."
            + (" Give its date to keep the presenters planned." if self.next_presenters else "")
        )
        self.session.changed()
        self._sign_off_still_holds()

    def read_next_meeting(self) -> NextMeeting | None:
        """The next meeting from the form; None while its date is empty."""
        value = self.query_one
        date_text = value("#next-date", Input).value.strip()
        if not date_text:
            return None
        date = parse_date(date_text, "Next meeting date")
        start_text = value("#next-start", Input).value.strip()
        start = parse_hhmm(start_text, "Next meeting start") if start_text else None
        length = value("#next-length", Input).value.strip()
        if not length.isdigit() or not 1 <= int(length) <= 720:
            raise ValueError("Next meeting length: minutes from 1 to 720")
        if date <= self.meeting.date:
            raise ValueError("The next meeting is after this one: check its date")
        return NextMeeting(
            date=date,
            start_time=start,
            duration_minutes=int(length),
            modality=Modality(str(value("#next-modality", Select).value)),
            venue=value("#next-venue", Input).value.strip(),
            platform=value("#next-platform", Input).value.strip(),
            video_link=value("#next-link", Input).value.strip(),
            focus=value("#next-focus", Input).value.strip(),
            presenters=list(self.next_presenters),
        )

    # -- the next meeting's presenters -----------------------------------------------------

    def _refresh_next_presenters(self) -> None:
        table = self.query_one("#next-presenters", NextPresenterTable)
        row = table.cursor_row
        table.clear(columns=not table.columns)
        if not table.columns:
            table.add_columns("#", "Presenter", "Topic", "Title", "Min")
        names = {m.registration_number: m.name for m in self.session.group.members}
        for i, planned in enumerate(self.next_presenters, start=1):
            table.add_row(
                Text(str(i)),
                Text(_shorten(names.get(planned.presenter, planned.presenter), 20)),
                Text(_shorten(planned.topic_type.label, 18)),
                Text(_shorten(planned.title, 24)),
                Text(str(planned.requested_minutes or "=")),
            )
        if self.next_presenters:
            table.move_cursor(row=min(row, len(self.next_presenters) - 1))

    def _next_presenters_changed(self) -> None:
        self._refresh_next_presenters()
        self._next_changed()

    def action_add_next_presenter(self) -> None:
        """Add someone who will present at the next meeting."""

        def added(slot: Slot | None) -> None:
            if slot is not None:
                self.next_presenters.append(PlannedPresenter.from_slot(slot))
                self._next_presenters_changed()
                table = self.query_one("#next-presenters", NextPresenterTable)
                table.move_cursor(row=len(self.next_presenters) - 1)

        self.app.push_screen(PresenterDialog(list(self.session.group.members)), added)

    def action_edit_next_presenter(self) -> None:
        """Edit the highlighted presenter of the next meeting."""
        if not self.next_presenters:
            self.action_add_next_presenter()
            return
        index = self.query_one("#next-presenters", NextPresenterTable).cursor_row

        def edited(slot: Slot | None) -> None:
            if slot is not None:
                self.next_presenters[index] = PlannedPresenter.from_slot(slot)
                self._next_presenters_changed()

        self.app.push_screen(
            PresenterDialog(
                list(self.session.group.members), self.next_presenters[index].to_slot()
            ),
            edited,
        )

    def action_remove_next_presenter(self) -> None:
        """Take the highlighted presenter off the next meeting's list."""
        if self.next_presenters:
            del self.next_presenters[
                self.query_one("#next-presenters", NextPresenterTable).cursor_row
            ]
            self._next_presenters_changed()

    def action_move_next_presenter(self, step: int) -> None:
        """Move the highlighted presenter up (-1) or down (+1)."""
        table = self.query_one("#next-presenters", NextPresenterTable)
        i = table.cursor_row
        j = i + step
        if self.next_presenters and 0 <= j < len(self.next_presenters):
            self.next_presenters[i], self.next_presenters[j] = (
                self.next_presenters[j],
                self.next_presenters[i],
            )
            self._next_presenters_changed()
            table.move_cursor(row=j)

    # -- privacy ---------------------------------------------------------------------------

    def _finding_key(self, finding) -> tuple[str, str, str]:
        text = get_field(self.meeting, finding.field)
        return finding.field, finding.kind, " ".join(text[finding.start : finding.end].split())

    def action_check_privacy(self) -> None:
        """Scan every free-text field for patient identifiers (the group's members' names,
        its "not an identifier" list and the texts dismissed for this meeting honoured;
        protected findings hidden on this screen left out)."""
        from psg_tui.core.privacy import scan_meeting

        found = scan_meeting(self.meeting, group=self.session.group)
        self.findings = [f for f in found if self._finding_key(f) not in self.dismissed]
        options = self.query_one("#findings", OptionList)
        options.clear_options()
        for i, finding in enumerate(self.findings):
            options.add_option(
                Option(
                    Text(
                        f"{finding.where} {finding.line}:{finding.column}  "
                        f"{finding.headline}: {finding.excerpt}"
                    ),
                    id=str(i),
                )
            )
        if self.findings:
            options.highlighted = 0  # Enter opens the first one straight away
        self.query_one("#finding-buttons").display = bool(self.findings)
        status = self.query_one("#privacy-status", Static)
        if self.findings:
            status.update(
                f"{len(self.findings)} possible identifier(s). Enter opens the field at the spot "
                "to fix it. Not an identifier? The buttons below dismiss the highlighted one."
            )
            status.add_class("warning")
        else:
            status.update(
                "The automatic check found nothing that looks like a patient identifier. "
                "Read the notes once more before they leave the group."
            )
            status.remove_class("warning")
        self._refresh_export()

    def action_show_privacy(self) -> None:
        """F5: check again and show the findings, the first one ready for Enter."""
        self.flush_notes()
        self.action_check_privacy()
        self.query_one("#wrap-tabs", TabbedContent).active = "tab-privacy"
        if self.findings:
            self.query_one("#findings", OptionList).focus()

    @on(OptionList.OptionSelected, "#findings")
    def _open_finding(self, event: OptionList.OptionSelected) -> None:
        finding = self.findings[int(event.option.id or 0)]
        text = get_field(self.meeting, finding.field)

        def fixed(new_text: str | None) -> None:
            if new_text is not None and new_text != text:
                set_field(self.meeting, finding.field, new_text)
                self.session.changed()
                self._sync_text_areas()
                self._sign_off_still_holds()
            self.action_check_privacy()

        self.app.push_screen(
            FieldEditor(
                f"{finding.where}: {finding.label}",
                text,
                finding.line,
                finding.column,
                hint=NOTES_REMINDER,
            ),
            fixed,
        )

    def _highlighted_finding(self):  # -> Finding | None
        options = self.query_one("#findings", OptionList)
        if options.highlighted is None or not self.findings:
            return None
        return self.findings[min(options.highlighted, len(self.findings) - 1)]

    @on(Button.Pressed, "#dismiss-finding")
    def dismiss_finding(self) -> None:
        """Dismiss the highlighted finding for this meeting. A name or address: its text goes
        into the meeting (saved with it, as the note taker's answer), so no export of this
        meeting, no ``psg check`` and no later look at it asks about that text again. An NHI
        number, phone number, email address or date of birth is only hidden here while the
        screen is open: writing the PDF still asks once, and records who sent it anyway."""
        from psg_tui.core.gate import dismiss_finding

        finding = self._highlighted_finding()
        if finding is None:
            return
        by = self.meeting.roles.note_taker or "note taker"
        if dismiss_finding(self.meeting, finding, by, self.app_now()) is None:
            self.dismissed.add(self._finding_key(finding))
            self.notify(
                f"Hidden until you leave wrap-up (a {finding.label} is never dismissed in the "
                f"meeting file: writing the PDF asks about it once): {finding.excerpt}"
            )
        else:
            self.session.changed()
            self.notify(f"Dismissed for this meeting (kept in its file): {finding.excerpt}")
        self.action_check_privacy()
        self._focus_findings()

    @on(Button.Pressed, "#remember-finding")
    def remember_finding(self) -> None:
        """Remember the highlighted finding's words as "not an identifier" for the group
        (saved in group.toml through the store). Never for an NHI, phone number, email
        address or date of birth: those are dismissed for this meeting only."""
        from psg_tui.core.privacy import finding_term, with_term
        from psg_tui.core.store import StoreError

        finding = self._highlighted_finding()
        if finding is None:
            return
        term = finding_term(get_field(self.meeting, finding.field), finding)
        if term is None:
            self.notify(
                f"A {finding.label} is never remembered for the group: fix it, or dismiss "
                "it for this meeting.",
                severity="warning",
            )
            return
        group = self.session.group
        before = list(group.not_identifiers)
        try:
            group.not_identifiers = with_term(before, term)
            self.session.store.save_group(group)
        except (OSError, StoreError, ValueError) as exc:
            group.not_identifiers = before
            self.notify(str(exc), title="Could not save the group", severity="error")
            return
        self.notify(f'"{term}" is not an identifier in this group: remembered in group.toml.')
        self.action_check_privacy()
        self._focus_findings()

    def _focus_findings(self) -> None:
        if self.findings:
            self.query_one("#findings", OptionList).focus()

    def _sync_text_areas(self) -> None:
        for widget_id, value in (
            ("#summary", self.meeting.summary),
            ("#confidentiality", self.meeting.confidentiality_note),
        ):
            area = self.query_one(widget_id, TextArea)
            if area.text != value:
                area.load_text(value)

    # -- export ----------------------------------------------------------------------------

    def _refresh_export(self) -> None:
        m = self.meeting
        lines = [
            f"Meeting file: {self.session.path}",
            f"Group PDF:    {output_path(self.session.path, 'pdf')}",
        ]
        missing = m.missing_minimum_data()
        if missing:
            lines.append("Minimum data set still lacks: " + ", ".join(missing))
        else:
            lines.append("Minimum data set: complete.")
        if not m.meets_psg_minimum:
            lines.append(
                f"Only {len(m.members_attending)} attended (guests are not counted): the PDF "
                "will say this meeting does not meet the PSG minimum of four."
            )
        if self.findings:
            lines.append(
                f"Privacy check: {len(self.findings)} finding(s): writing the PDF asks first."
            )
        lines.append(
            "The buttons below (or ctrl+p) write the group PDF and the next meeting's "
            "invitation (.ics)."
        )
        self.query_one("#export-status", Static).update("\n".join(lines))

    def action_export_pdf(self) -> None:
        """The group PDF, after the privacy check (the app's exporter asks first when it
        finds something, and renders in a worker)."""
        self.flush_notes()
        self.action_check_privacy()
        self.post_message(ExportRequested("pdf", self.meeting, self.session.path))

    def action_export_ics(self) -> None:
        """The next meeting's calendar invitation, beside the meeting file."""
        self.flush_notes()
        self.post_message(ExportRequested("ics", self.meeting, self.session.path))

    @on(ExportUpdate)
    def _export_update(self, update: ExportUpdate) -> None:
        """What the exporter says about an output asked for here, on the Export tab."""
        status = self.query_one("#export-status", Static)
        if not update.done:
            status.update(update.text)
            return
        self._refresh_export()
        if not update.error:
            status.update(f"{update.text}\n\n{status.content}")

    # -- finishing -------------------------------------------------------------------------

    def action_save(self) -> None:
        """Save now."""
        self.session.save_soon()

    def action_finish(self) -> None:
        """Mark the meeting complete and go back to the group, after saying what is still
        open (a finished meeting keeps only its shared notes editable)."""
        focused = self.focused
        if isinstance(focused, TextArea):
            focused.call_later(self._finish)  # after the keys already typed
        else:
            self._finish()

    def still_open(self) -> list[str]:
        """What a note taker would want to settle before the meeting is closed."""
        self.flush_notes()
        self.action_check_privacy()
        items = []
        if self.findings:
            items.append(
                f"{plural(len(self.findings), 'possible patient identifier')} in the notes "
                "(Privacy check tab)"
            )
        missing = self.meeting.missing_minimum_data()
        if missing:
            items.append("the minimum data set lacks: " + ", ".join(missing))
        if self.meeting.next_meeting is None:
            items.append("no next meeting set")
        started = self.meeting.started_at
        if started is not None:
            ran = int((self.session.engine.now() - started).total_seconds() // 60)
            if 0 <= ran < SHORT_MEETING_MINUTES:
                items.append(
                    f"it has run only {plural(ran, 'minute')}: a trial run? Once finished "
                    "it counts as a PSG meeting for everyone who attended"
                )
        return items

    def _finish(self) -> None:
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        items = self.still_open()
        if not items:
            self.post_message(FinishMeeting())
            return

        def answered(finish: bool | None) -> None:
            if finish:
                self.post_message(FinishMeeting())

        self.app.push_screen(
            ConfirmDialog(
                "Still open:\n"
                + "\n".join(f"- {item}" for item in items)
                + "\n\nFinish the meeting anyway? Its notes can still be tidied later "
                "(t on its page).",
                yes="Finish anyway",
                no="Go back",
                careful=True,
            ),
            answered,
        )


SHORT_MEETING_MINUTES = 30
"""A meeting finished less than this long after it started is most likely a trial run or an
accident (a PSG meeting takes an hour or two), and a finished meeting of four or more counts
for recertification: finishing it asks first."""


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"
