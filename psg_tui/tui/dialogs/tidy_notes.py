"""Tidy the notes of a finished meeting: the note taker cleans up summaries the next day, or
removes an identifier the privacy check found, before the PDF goes out.

Only the shared notes are listed (titles, summaries, takeaways, references, the meeting
summary and the confidentiality note): personal notes and reflections belong to their
owners. Each change is saved at once, atomically.

A flagged note shows its first finding, a plain name with how sure the check is ("looks
like a person's name"). Enter fixes it in the note; "Dismiss for this meeting" saves a name
or address finding's words in the meeting file (``dismissed_findings``: no export of this
meeting and no ``psg check`` asks about them again), and only hides an NHI number, phone
number, email address or date of birth while the dialog is open (writing the PDF still asks
about those); "Not an identifier: remember for this group" adds its words to the group's
list in group.toml (through the store), never for those four kinds.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from psg_tui.core.gate import dismiss_finding
from psg_tui.core.models import Group, Meeting
from psg_tui.core.privacy import (
    Finding,
    finding_term,
    findings_in_output,
    meeting_text_fields,
    with_term,
)
from psg_tui.core.signoff import clear_if_changed
from psg_tui.core.store import GroupStore, StoreError
from psg_tui.core.words import plural
from psg_tui.tui.dialogs.field_editor import FieldEditor, set_field
from psg_tui.tui.guidance import NOTES_REMINDER

SHARED_FIELDS = ("slots.", "summary", "confidentiality_note")
"""Field paths (prefixes) of the notes every member's PDF holds."""


class TidyNotesDialog(ModalScreen[bool]):
    """Lists the shared notes, flagged ones first; returns True when anything was saved."""

    BINDINGS = [Binding("escape", "close", "Close", id="close-tidy")]

    def __init__(self, store: GroupStore, path: Path, meeting: Meeting) -> None:
        super().__init__()
        self.store = store
        self.path = path
        self.meeting = meeting.model_copy(deep=True)
        """This dialog's copy; the view reads the file again when something was saved."""
        self.changed = False
        """Something was saved."""
        self.fields: list[tuple[str, str, str, Finding | None]] = []
        """(path, where, text, first finding) in list order."""
        self.group: Group | None = None
        """The meeting's group (its members' names and "not an identifier" list), when its
        group.toml reads."""
        self.dismissed: set[tuple[str, str, str]] = set()
        """NHI numbers, phone numbers, email addresses and dates of birth hidden while the
        dialog is open: (field, kind, text). A name or address dismissed for this meeting is
        saved in the meeting file instead (``dismissed_findings``)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="tidy-dialog"):
            yield Static("Tidy the notes", classes="dialog-title")
            yield Static(NOTES_REMINDER, classes="hint", markup=False)
            yield OptionList(id="tidy-fields")
            with HorizontalGroup(id="tidy-finding-buttons"):
                yield Button("Dismiss for this meeting", id="tidy-dismiss", compact=True)
                yield Button(
                    "Not an identifier: remember for this group", id="tidy-remember", compact=True
                )
            yield Static("", id="tidy-status", markup=False)
            yield Static("Enter edits the highlighted note; Esc closes.", classes="hint")

    def on_mount(self) -> None:
        try:
            self.group = self.store.load_group() if self.store.exists() else None
        except StoreError as exc:
            self.group = None
            self.notify(str(exc), title="The group file does not read", severity="warning")
        self.refresh_list()
        self.query_one(OptionList).focus()

    def refresh_list(self) -> None:
        """Flagged notes first, each with what the privacy check found in it."""
        findings: dict[str, Finding] = {}
        texts = {f.field: f.text for f in meeting_text_fields(self.meeting)}
        for finding in findings_in_output(self.meeting, group=self.group):
            text = texts.get(finding.field, "")
            key = (
                finding.field,
                finding.kind,
                " ".join(text[finding.start : finding.end].split()),
            )
            if key not in self.dismissed:
                findings.setdefault(finding.field, finding)
        fields = [
            (f.field, f.where, f.text, findings.get(f.field))
            for f in meeting_text_fields(self.meeting)
            if f.field.startswith(SHARED_FIELDS) and (f.text.strip() or f.field in findings)
        ]
        fields.sort(key=lambda item: item[3] is None)  # flagged first, else in note order
        self.fields = fields
        options = self.query_one(OptionList)
        options.clear_options()
        for index, (_field, where, text, finding) in enumerate(fields):
            label = Text(where, style="bold")
            if finding is not None:
                label.append(f"  {finding.headline}: {finding.excerpt}", style="bold red")
            else:
                label.append("  " + " ".join(text.split())[:60], style="dim")
            options.add_option(Option(label, id=str(index)))
        if fields:
            options.highlighted = 0
        flagged = sum(1 for item in fields if item[3] is not None)
        self.query_one("#tidy-finding-buttons").display = bool(flagged)
        self.query_one("#tidy-status", Static).update(
            f"{plural(flagged, 'note')} with possible identifiers. Not an identifier? The "
            "buttons dismiss the highlighted note's finding."
            if flagged
            else "Nothing flagged."
        )

    def _highlighted(self) -> tuple[str, str, Finding] | None:
        """(field, text, finding) of the highlighted note, when it is flagged."""
        index = self.query_one("#tidy-fields", OptionList).highlighted
        if index is None or index >= len(self.fields):
            return None
        field, _where, text, finding = self.fields[index]
        return (field, text, finding) if finding is not None else None

    def _status(self, text: str) -> None:
        self.query_one("#tidy-status", Static).update(text)

    @on(Button.Pressed, "#tidy-dismiss")
    def dismiss_finding(self) -> None:
        """Dismiss the highlighted note's finding for this meeting: a name or address is
        saved in the meeting file (as an edit is), an NHI number, phone number, email
        address or date of birth only hidden while the dialog is open."""
        chosen = self._highlighted()
        if chosen is None:
            self._status("The highlighted note has no finding to dismiss.")
            return
        field, text, finding = chosen
        candidate = self.meeting.model_copy(deep=True)
        by = candidate.roles.note_taker or "note taker"
        try:
            dismissal = dismiss_finding(candidate, finding, by, self.app.now())
            if dismissal is not None:
                self.store.save_meeting(candidate, self.path)
        except (OSError, StoreError, ValueError) as exc:
            self._status(f"Not saved: {exc}")
            return
        if dismissal is None:
            self.dismissed.add(
                (field, finding.kind, " ".join(text[finding.start : finding.end].split()))
            )
            self.refresh_list()
            self._status(
                f"Hidden while this dialog is open (a {finding.label} is never dismissed in "
                f"the meeting file: writing the PDF asks about it): {finding.excerpt}"
            )
        else:
            self.meeting = candidate
            self.changed = True
            self.refresh_list()
            self._status(f"Dismissed for this meeting (kept in its file): {finding.excerpt}")
        self.query_one("#tidy-fields", OptionList).focus()

    @on(Button.Pressed, "#tidy-remember")
    def remember_finding(self) -> None:
        """Add the highlighted note's finding to the group's "not an identifier" list."""
        chosen = self._highlighted()
        if chosen is None:
            self._status("The highlighted note has no finding to remember.")
            return
        _field, text, finding = chosen
        term = finding_term(text, finding)
        if term is None:
            self._status(
                f"A {finding.label} is never remembered for the group: fix it, or dismiss it "
                "for this meeting."
            )
            return
        if self.group is None:
            self._status("No group file to remember it in: dismiss it for this meeting.")
            return
        candidate = self.group.model_copy(deep=True)
        candidate.not_identifiers = with_term(candidate.not_identifiers, term)
        try:
            self.store.save_group(candidate)
        except (OSError, StoreError, ValueError) as exc:
            self._status(f"Not saved: {exc}")
            return
        self.group = candidate
        self.refresh_list()
        self._status(f'"{term}" is not an identifier in this group: remembered in group.toml.')
        self.query_one("#tidy-fields", OptionList).focus()

    @on(OptionList.OptionSelected, "#tidy-fields")
    def _edit(self, event: OptionList.OptionSelected) -> None:
        field, where, text, finding = self.fields[int(event.option.id or 0)]
        line, column = (finding.line, finding.column) if finding else (1, 1)

        def edited(new_text: str | None) -> None:
            if new_text is None or new_text == text:
                return
            candidate = self.meeting.model_copy(deep=True)
            try:
                set_field(candidate, field, new_text)
                cleared = clear_if_changed(candidate)  # the sign-off no longer holds
                self.store.save_meeting(candidate, self.path)
            except (OSError, StoreError, ValueError) as exc:
                self.query_one("#tidy-status", Static).update(f"Not saved: {exc}")
                return
            self.meeting = candidate
            self.changed = True
            self.refresh_list()
            if cleared:
                self.notify(cleared, title="Sign-off cleared", severity="warning", timeout=10)

        self.app.push_screen(FieldEditor(where, text, line, column, hint=NOTES_REMINDER), edited)

    def action_close(self) -> None:
        """Back to the meeting."""
        self.dismiss(self.changed)
