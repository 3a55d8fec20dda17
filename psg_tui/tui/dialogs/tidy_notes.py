"""Tidy the notes of a finished meeting: the note taker cleans up summaries the next day, or
removes an identifier the privacy check found, before the PDF goes out.

Only the shared notes are listed (titles, summaries, takeaways, references, the meeting
summary and the confidentiality note): personal notes and reflections belong to their
owners. Each change is saved at once, atomically.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from psg_tui.core.models import Meeting
from psg_tui.core.privacy import Finding, findings_in_output, meeting_text_fields
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

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="tidy-dialog"):
            yield Static("Tidy the notes", classes="dialog-title")
            yield Static(NOTES_REMINDER, classes="hint", markup=False)
            yield OptionList(id="tidy-fields")
            yield Static("", id="tidy-status", markup=False)
            yield Static("Enter edits the highlighted note; Esc closes.", classes="hint")

    def on_mount(self) -> None:
        self.refresh_list()
        self.query_one(OptionList).focus()

    def refresh_list(self) -> None:
        """Flagged notes first, each with what the privacy check found in it."""
        findings: dict[str, Finding] = {}
        for finding in findings_in_output(self.meeting):
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
                label.append(f"  {finding.label}: {finding.excerpt}", style="bold red")
            else:
                label.append("  " + " ".join(text.split())[:60], style="dim")
            options.add_option(Option(label, id=str(index)))
        if fields:
            options.highlighted = 0
        flagged = sum(1 for item in fields if item[3] is not None)
        self.query_one("#tidy-status", Static).update(
            f"{plural(flagged, 'note')} with possible identifiers."
            if flagged
            else "Nothing flagged."
        )

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
                self.store.save_meeting(candidate, self.path)
            except (OSError, StoreError, ValueError) as exc:
                self.query_one("#tidy-status", Static).update(f"Not saved: {exc}")
                return
            self.meeting = candidate
            self.changed = True
            self.refresh_list()

        self.app.push_screen(FieldEditor(where, text, line, column, hint=NOTES_REMINDER), edited)

    def action_close(self) -> None:
        """Back to the meeting."""
        self.dismiss(self.changed)
