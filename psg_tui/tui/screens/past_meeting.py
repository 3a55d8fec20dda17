"""A past meeting, read-only: the same record as the group PDF.

Check-in and check-out notes are personal and are not shown. A member may add or edit their
own personal reflection on learning (only theirs is ever shown, and only while they edit it),
and may export their own PDF, which carries that reflection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from psg_tui.core.models import Meeting, MeetingStatus, Reflection
from psg_tui.core.privacy import KIND_LABELS, TextMatch, meeting_allow_list, scan_text
from psg_tui.core.store import GroupStore, StoreError
from psg_tui.core.words import format_date
from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
from psg_tui.tui.dialogs.reflection import ReflectionDialog
from psg_tui.tui.messages import ExportRequested, ExportUpdate
from psg_tui.tui.widgets.record_view import meeting_record


class PastMeetingScreen(Screen[None]):
    """A past meeting, read-only, with a member's own reflection and PDF."""

    SUB_TITLE = "Past meeting"

    BINDINGS = [
        Binding("escape", "back", "Back", id="view-back"),
        Binding("m", "reflect", "My reflection", id="my-reflection"),
        Binding("p", "export_pdf", "My PDF", id="my-pdf", tooltip="Export your own PDF"),
        Binding(
            "t",
            "tidy",
            "Tidy notes",
            id="tidy-notes",
            tooltip="The note taker tidies the shared notes (and fixes privacy findings)",
        ),
    ]

    def __init__(self, store: GroupStore, path: Path, meeting: Meeting) -> None:
        super().__init__()
        self.store = store
        """The group's folder."""
        self.path = path
        """The meeting file."""
        self.meeting = meeting
        """The meeting as last saved."""
        self.drafts: dict[str, str] = {}
        """Reflections typed but not saved (a failed save), by registration number."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="meeting-view"):
            yield Static(id="meeting-record", markup=False)
        yield Static(id="view-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#meeting-record", Static).update(meeting_record(self.meeting))
        self.set_status(self.default_status())
        self.query_one("#meeting-view", VerticalScroll).focus()

    def default_status(self) -> str:
        """What the line under the record says when nothing has just happened."""
        if not self.can_reflect:
            return "Read-only. Esc goes back."
        return "m: your own reflection (yours alone). p: your own PDF. t: tidy the notes."

    def set_status(self, message: str | Text, *, error: bool = False) -> None:
        """The line under the record."""
        status = self.query_one("#view-status", Static)
        status.update(message)
        status.set_class(error, "error")

    @property
    def can_reflect(self) -> bool:
        """Reflections and member PDFs are for complete meetings with attendees."""
        return self.meeting.status is MeetingStatus.COMPLETE and bool(self.meeting.attendees)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the member actions where they do not apply (a planned meeting)."""
        if action in ("reflect", "export_pdf", "tidy"):
            return self.can_reflect
        return True

    def action_tidy(self) -> None:
        """Edit the shared notes of this finished meeting, then show them again."""
        from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog

        def closed(changed: bool | None) -> None:
            if not changed:
                return
            try:
                self.meeting = self.store.load_meeting(self.path)
            except StoreError as exc:
                self.set_status(Text(str(exc)), error=True)
                return
            self.query_one("#meeting-record", Static).update(meeting_record(self.meeting))
            self.set_status(Text("Notes saved."))

        self.app.push_screen(TidyNotesDialog(self.store, self.path, self.meeting), closed)

    def action_back(self) -> None:
        """Back to the group."""
        self.dismiss(None)

    # -- reflections -------------------------------------------------------------------------

    def choose_member(self, question: str, then: Callable[[str], None]) -> None:
        """Ask which attendee is acting, then call ``then(registration_number)``."""

        def chosen(registration_number: str | None) -> None:
            if registration_number:
                then(registration_number)

        self.app.push_screen(
            ChooseMemberDialog(
                question,
                self.meeting.attendees,
                hint="Only attendees of this meeting. Nobody else's reflection is shown.",
            ),
            chosen,
        )

    def action_reflect(self) -> None:
        """A member writes or edits their own reflection on learning."""
        if self.can_reflect:
            self.choose_member("Whose reflection?", self.edit_reflection)

    def edit_reflection(self, registration_number: str) -> None:
        """Open the chosen member's reflection (only theirs) in the editor."""
        current = self.meeting.reflection_of(registration_number)
        text = self.drafts.get(registration_number, current.text if current else "")

        def edited(new_text: str | None) -> None:
            if new_text is not None:
                self.save_reflection(registration_number, new_text)

        self.app.push_screen(
            ReflectionDialog(
                self.meeting.name_of(registration_number), format_date(self.meeting.date), text
            ),
            edited,
        )

    def save_reflection(self, registration_number: str, text: str) -> bool:
        """Save one member's reflection into the meeting file (empty text removes it).

        The meeting on screen changes only once the file is written; a failed save keeps
        the text as a draft for the next try and says why.
        """
        updated = self.meeting.model_copy(deep=True)
        others = [r for r in updated.reflections if r.registration_number != registration_number]
        if text.strip():
            others.append(
                Reflection(
                    registration_number=registration_number, text=text, updated_at=self.app.now()
                )
            )
        updated.reflections = others
        name = self.meeting.name_of(registration_number)
        try:
            self.store.save_meeting(updated, self.path)
        except (OSError, StoreError) as exc:
            self.drafts[registration_number] = text
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.set_status(
                Text(
                    f"Reflection of {name} not saved: {reason}. Your text is kept: press m "
                    "to try again."
                ),
                error=True,
            )
            return False
        self.drafts.pop(registration_number, None)
        self.meeting = updated
        findings = scan_text(text, allow=meeting_allow_list(updated))
        if findings:
            self.set_status(
                Text(
                    f"Reflection of {name} saved. It may identify someone "
                    f"({finding_kinds(findings)}): it goes into your own PDF, so "
                    "check it (m)."
                ),
                error=True,
            )
        elif text.strip():
            self.set_status(Text(f"Reflection of {name} saved."))
        else:
            self.set_status(Text(f"Reflection of {name} removed."))
        return True

    # -- a member's PDF ----------------------------------------------------------------------

    def action_export_pdf(self) -> None:
        """A member exports their own PDF (the group record plus their reflection)."""
        if self.can_reflect:
            self.choose_member("Whose PDF?", self.export_member_pdf)

    def export_member_pdf(self, registration_number: str) -> None:
        """Ask the app for this member's PDF: the privacy check on what it holds (as
        ``psg render --member`` does), a question when it finds something, then the PDF
        beside the meeting file, rendered in a worker."""
        self.post_message(
            ExportRequested("member_pdf", self.meeting, self.path, member=registration_number)
        )

    @on(ExportUpdate)
    def _export_update(self, update: ExportUpdate) -> None:
        """What the exporter says about the PDF asked for here, on the status line."""
        self.set_status(Text(update.text), error=update.error)


def finding_kinds(matches: list[TextMatch]) -> str:
    """The kinds of possible identifiers found in one text, in words: "NHI number, phone"."""
    return ", ".join(KIND_LABELS.get(k, k) for k in sorted({m.kind for m in matches}))
