"""A past meeting, read-only: the same record as the group PDF.

Check-in and check-out notes are personal and are not shown. A member may add or edit their
own personal reflection on learning (only theirs is ever shown, and only while they edit it),
and may export their own PDF, which carries that reflection.

While the screen is open it holds the meeting's lock file, through the store, as a running
meeting does (:meth:`GroupStore.lock_meeting`), and shows the version on disk; leaving the
screen lets go. When another running psg holds the meeting (a second window on the same
past meeting, or someone running it), the screen opens read-only: the header and the status
line say so and name the holder, and every key that would change the meeting or write beside
it (m, a, c, t, p, g) is refused, saying who holds it. Each such key first tries the lock
again, so once the other psg has closed the meeting it is this window's to change. A lock
left by a process that no longer runs is taken over.

Saves here stay synchronous, on the event loop: one small file (the sample's is 7 KB: about
1 ms with its fsyncs, measured), once per answered dialog, never per keystroke; what the
screen shows next (and whether a reflection's draft is kept) depends on the result, and a
worker would need a "still saving" state so a second edit could not start from the old
version.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from psg_tui.core.models import GroupDefaults, Meeting, MeetingStatus
from psg_tui.core.privacy import KIND_LABELS, TextMatch, meeting_allow_list, scan_text
from psg_tui.core.store import (
    GroupStore,
    MeetingLock,
    MeetingLockedError,
    StoreError,
    neutralise_output,
    output_path,
)
from psg_tui.core.words import format_date
from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
from psg_tui.tui.dialogs.reflection import ReflectionAnswer, ReflectionDialog
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
            "a",
            "attendance",
            "Attendance",
            id="attendance",
            tooltip="Correct who attended (someone late, gone early, or not here at all)",
        ),
        Binding(
            "g",
            "export_group_pdf",
            "Group PDF",
            id="group-pdf",
            tooltip="Write the group PDF (the minimum data set) beside the meeting file",
        ),
        Binding(
            "c",
            "confirm_notes",
            "Confirm",
            id="confirm-notes",
            tooltip="The facilitator confirms the shared notes (a sign-off on the group PDF)",
            show=False,  # the line under the record names it; the footer is full at 80 columns
        ),
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
        self.defaults: GroupDefaults | None = None
        """The group's defaults (the planned time of rounds and phases), once read."""
        self.drafts: dict[str, ReflectionAnswer] = {}
        """Reflections typed but not saved (a failed save), by registration number."""
        self.lock: MeetingLock | None = None
        """This window's hold on the meeting file while the screen is open."""
        self.status_lead = ""
        """What was just done here (a sign-off, say) while the group PDF is written again
        because of it: the exporter's word follows it on the status line."""
        self.held_by: str | None = None
        """Who holds the meeting when another running psg does (this window is then
        read-only), in the words a running meeting uses; None when it is ours."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="meeting-view"):
            yield Static(id="meeting-record", markup=False)
        yield Static(id="view-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        try:  # one small file: the group's plan of the rounds and the phases
            self.defaults = self.store.load_group().defaults
        except (OSError, StoreError):
            self.defaults = None
        if not self.take_lock():
            self.notify(
                f"{self.read_only}", title="Opened read-only", severity="warning", timeout=10
            )
        self.show_record()
        self.set_status(self.default_status(), error=self.read_only is not None)
        self.query_one("#meeting-view", VerticalScroll).focus()

    def on_unmount(self) -> None:
        """Leaving the screen (Esc, home, quit) lets go of the meeting's lock."""
        self.release_lock()

    def default_status(self) -> str:
        """What the line under the record says when nothing has just happened."""
        if self.read_only is not None:
            return f"{self.read_only} Esc goes back."
        if not self.can_reflect:
            return "Read-only. Esc goes back."
        return "m: your reflection · p: your PDF · t: tidy the notes · c: facilitator confirms"

    # -- the lock ----------------------------------------------------------------------------

    @property
    def read_only(self) -> str | None:
        """Why nothing can be changed here (another running psg holds the meeting), or None."""
        if self.held_by is None:
            return None
        return neutralise_output(
            f"Read-only: {self.path.name} is open in another psg, {self.held_by}."
        )

    def take_lock(self) -> bool:
        """Hold the meeting file while this screen shows it, and show the version on disk
        (home read it earlier; whoever held it before may have changed it since). False when
        another running psg holds it: the screen is then read-only and says who holds it."""
        if self.lock is not None:
            return True
        try:
            self.lock = self.store.lock_meeting(self.path)
        except MeetingLockedError as exc:
            self.held_by = exc.holder.describe()
        except OSError:  # a folder that cannot hold a lock file: saves report their own errors
            self.held_by = None
        else:
            self.held_by = None
        self.sub_title = "Past meeting · read-only" if self.held_by else "Past meeting"
        # The next save is checked against this version. A file that no longer reads is
        # shown as home read it; a save then refuses to overwrite it, saying why.
        with contextlib.suppress(OSError, StoreError):
            self.meeting = self.store.reload_meeting(self.path)
        return self.held_by is None

    def release_lock(self) -> None:
        """Let go of the meeting's lock (safe to call twice)."""
        if self.lock is not None:
            self.store.release_meeting(self.path, self.lock)
            self.lock = None

    def refused(self, what: str) -> bool:
        """True, saying so on the status line, when ``what`` may not be done here: another
        running psg holds the meeting. The lock is tried again first: once the other psg
        has closed the meeting, it is this window's (and the version on disk is shown)."""
        if self.held_by is None:
            return False
        ours = self.take_lock()
        self.show_record()  # the version on disk, as the holder last saved it
        if ours:
            self.set_status(
                Text(f"{self.path.name} is no longer open in another psg: changes here are saved.")
            )
            return False
        self.set_status(
            Text(
                neutralise_output(
                    f"{what}: {self.path.name} is open in another psg, {self.held_by}. "
                    "Read-only here until it is closed there; Esc goes back."
                )
            ),
            error=True,
        )
        self.app.bell()
        return True

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
        if action in (
            "reflect",
            "export_pdf",
            "tidy",
            "export_group_pdf",
            "attendance",
            "confirm_notes",
        ):
            return self.can_reflect
        return True

    def action_tidy(self) -> None:
        """Edit the shared notes of this finished meeting, then show them again."""
        from psg_tui.tui.dialogs.tidy_notes import TidyNotesDialog

        if self.refused("Notes not tidied"):
            return

        def closed(changed: bool | None) -> None:
            if not changed:
                return
            try:
                self.meeting = self.store.load_meeting(self.path)
            except StoreError as exc:
                self.set_status(Text(str(exc)), error=True)
                return
            self.show_record()
            self.group_pdf_after("Notes saved.")

        self.app.push_screen(TidyNotesDialog(self.store, self.path, self.meeting), closed)

    def action_confirm_notes(self) -> None:
        """The facilitator confirms the shared notes of this finished meeting (asks first);
        the group PDF then says "Notes confirmed by"."""
        from psg_tui.core import signoff
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        if self.refused("Notes not confirmed"):
            return
        meeting = self.meeting
        reg = meeting.roles.facilitator
        if not reg:
            self.set_status(
                Text("No facilitator is recorded for this meeting: only they confirm the notes."),
                error=True,
            )
            return
        if signoff.holds(meeting):
            self.set_status(Text(signoff.sign_off_sentence(meeting) + " already."))
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            updated = meeting.model_copy(deep=True)
            try:
                signoff.sign(updated, self.app.now())
                self.store.save_meeting(updated, self.path)
            except (ValueError, OSError, StoreError) as exc:
                self.set_status(Text(f"Not confirmed: {exc}"), error=True)
                return
            self.meeting = updated
            self.show_record()
            self.group_pdf_after(signoff.sign_off_sentence(updated) + ".")

        if self.group_pdf.exists():
            then = f"{self.group_pdf.name} is written again to say so."
        else:
            then = "The group PDF says so once it is written (g)."
        self.app.push_screen(
            ConfirmDialog(
                f"Confirm the shared notes as {meeting.name_of(reg)} ({reg}), the facilitator? "
                f"{then} Editing the notes afterwards clears it.",
                yes="Confirm",
                no="Not yet",
            ),
            answered,
        )

    def show_record(self) -> None:
        """Draw the meeting's record (with planned against actual time)."""
        self.query_one("#meeting-record", Static).update(
            meeting_record(self.meeting, self.defaults)
        )

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
        if self.can_reflect and not self.refused("Reflection not changed"):
            self.choose_member("Whose reflection?", self.edit_reflection)

    def edit_reflection(self, registration_number: str) -> None:
        """Open the chosen member's reflection (only theirs) in the editor."""
        current = self.meeting.reflection_of(registration_number)
        draft = self.drafts.get(registration_number) or ReflectionAnswer.of(current)

        def edited(answer: ReflectionAnswer | None) -> None:
            if answer is not None:
                self.save_reflection(registration_number, answer)

        self.app.push_screen(
            ReflectionDialog(
                self.meeting.name_of(registration_number),
                format_date(self.meeting.date),
                current=draft,
            ),
            edited,
        )

    def save_reflection(self, registration_number: str, answer: ReflectionAnswer | str) -> bool:
        """Save one member's reflection into the meeting file (a blank one removes it):
        free text, or a guided reflection with its tick-boxes.

        The meeting on screen changes only once the file is written; a failed save keeps
        the reflection as a draft for the next try and says why.
        """
        if isinstance(answer, str):
            answer = ReflectionAnswer(text=answer)
        if self.refused("Reflection not saved"):
            self.drafts[registration_number] = answer  # kept for when it is ours again
            return False
        updated = self.meeting.model_copy(deep=True)
        others = [r for r in updated.reflections if r.registration_number != registration_number]
        if not answer.blank:
            # In the meeting's own zone, as every other time in the file.
            when = self.app.now().astimezone(ZoneInfo(updated.timezone))
            others.append(answer.reflection(registration_number, updated_at=when))
        updated.reflections = others
        text = "\n".join([*answer.answers, answer.text])
        name = self.meeting.name_of(registration_number)
        try:
            self.store.save_meeting(updated, self.path)
        except (OSError, StoreError) as exc:
            self.drafts[registration_number] = answer
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
        elif not answer.blank:
            self.set_status(Text(f"Reflection of {name} saved."))
        else:
            self.set_status(Text(f"Reflection of {name} removed."))
        return True

    # -- a member's PDF ----------------------------------------------------------------------

    def action_export_pdf(self) -> None:
        """A member exports their own PDF (the group record plus their reflection)."""
        if self.can_reflect and not self.refused("Your PDF not written"):
            self.choose_member("Whose PDF?", self.export_member_pdf)

    def action_attendance(self) -> None:
        """Correct the attendance of this finished meeting (attendees are minimum data)."""
        from psg_tui.core import planning, signoff
        from psg_tui.tui.dialogs.attendance import AttendanceAnswer, AttendanceDialog

        if self.refused("Attendance not changed"):
            return
        meeting = self.meeting
        group = self.store.load_group()
        people, here = planning.attendance_choices(meeting, group)

        def answered(answer: AttendanceAnswer | None) -> None:
            if answer is None:
                return
            updated = meeting.model_copy(deep=True)
            cleared = ""
            try:
                changes = planning.change_attendance(
                    updated, group, answer.attending, now=None, removed_as=answer.removed_as
                )
                if changes:
                    # The attendees are part of what the facilitator confirmed.
                    cleared = signoff.clear_if_changed(updated)
                    self.store.save_meeting(updated, self.path)
            except (ValueError, OSError, StoreError) as exc:
                self.set_status(Text(f"Attendance not changed: {exc}"), error=True)
                return
            if changes:
                self.meeting = updated
                self.show_record()
                said = "Attendance saved: " + "; ".join(changes) + "."
                self.group_pdf_after(f"{said} {cleared}" if cleared else said)

        self.app.push_screen(AttendanceDialog(people, here, during=False), answered)

    def action_export_group_pdf(self) -> None:
        """The group PDF of this finished meeting, through the same gate as everywhere."""
        if self.refused("Group PDF not written"):
            return
        self.status_lead = ""  # a rewrite asked for earlier and declined ("Fix first")
        self.post_message(ExportRequested("pdf", self.meeting, self.path))

    @property
    def group_pdf(self) -> Path:
        """Where the group PDF of this meeting is (or would be) written: the store's name
        beside the meeting file, the one ``g`` and finishing the meeting write."""
        return output_path(self.path, "pdf")

    def group_pdf_after(self, done: str) -> None:
        """Say ``done`` (a change here that the group PDF carries: a sign-off, tidied notes,
        attendance), and keep the group PDF on disk honest.

        When a group PDF is already beside the meeting, it is written again, as ``g`` does
        (the app's exporter: the privacy gate, a worker, the store); until the exporter says
        it wrote it, the line says the PDF on disk does not show the change yet (so it stays
        true when the gate's question is answered "Fix first", or the write fails). With no
        group PDF yet, none is written (the facilitator did not ask for one): the line says
        that ``g`` writes it."""
        if not self.group_pdf.exists():
            self.set_status(Text(f"{done} No group PDF written yet: g writes it."))
            return
        self.status_lead = done
        self.set_status(
            Text(f"{done} {self.group_pdf.name} on disk does not show this yet: g writes it.")
        )
        self.post_message(ExportRequested("pdf", self.meeting, self.path))

    def export_member_pdf(self, registration_number: str) -> None:
        """Ask the app for this member's PDF: the privacy check on what it holds (as
        ``psg render --member`` does), a question when it finds something, then the PDF
        beside the meeting file, rendered in a worker."""
        self.post_message(
            ExportRequested("member_pdf", self.meeting, self.path, member=registration_number)
        )

    @on(ExportUpdate)
    def _export_update(self, update: ExportUpdate) -> None:
        """What the exporter says about the PDF asked for here, on the status line (after
        what was just done here, when the group PDF is written again because of it)."""
        text = update.text
        if self.status_lead and update.kind == "pdf":
            text = f"{self.status_lead} {text}"
            if update.done:
                self.status_lead = ""
        self.set_status(Text(text), error=update.error)


def finding_kinds(matches: list[TextMatch]) -> str:
    """The kinds of possible identifiers found in one text, in words: "NHI number, phone"."""
    return ", ".join(KIND_LABELS.get(k, k) for k in sorted({m.kind for m in matches}))
