"""The app's one way to write an output: screens post
:class:`~psg_tui.tui.messages.ExportRequested` and the app hands it to its :class:`Exporter`.

For every output the exporter does the same four things, through
:mod:`psg_tui.report.export` (no screen or dialog writes a file):

1. names the output (the store's name beside the meeting file) and refuses what must never
   be written (an output over a group or meeting file);
2. runs the one privacy gate over what this output carries and, with findings, asks first
   (Enter answers "Fix first"); "Export anyway" records the acknowledgement in the meeting
   file: the running meeting's session saves it, a past meeting is saved through the store;
3. renders and writes in a thread worker, never on the event loop;
4. says how it went: a notification, and an :class:`~psg_tui.tui.messages.ExportUpdate`
   posted to the screen that asked, for its status line.

A member's year (:class:`~psg_tui.tui.messages.YearRequested`, from home) takes the same
shape through :mod:`psg_tui.report.year`: it is read from the group folder and gated in a
worker (it reads every meeting file of the year), asks when the gate found something (no
acknowledgement is recorded: it spans many meetings, like ``psg year --allow-findings``),
then renders and writes in a worker and notifies with the file name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.screen import Screen

from psg_tui.core.store import GroupStore, OutputKind, StoreError
from psg_tui.tui.messages import ExportKind, ExportRequested, ExportUpdate, YearRequested

if TYPE_CHECKING:
    from psg_tui.core.gate import GateResult
    from psg_tui.core.models import Group
    from psg_tui.core.privacy import Finding
    from psg_tui.core.year import YearMeeting
    from psg_tui.report.export import MeetingExport
    from psg_tui.report.year import YearExport

_FILE_KIND: dict[ExportKind, OutputKind] = {"pdf": "pdf", "member_pdf": "pdf", "ics": "ics"}

_NOT_WRITTEN: dict[ExportKind, str] = {
    "pdf": "PDF not written",
    "member_pdf": "PDF not written",
    "ics": "Invitation not written",
}


class Exporter:
    """Gate -> ask -> render and write in a worker -> tell, for every output the app writes."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        """The psg-tui app: the exporter reads its ``session`` (the running meeting),
        ``store`` (the open group) and ``now`` (the wall clock), and shows its dialogs,
        workers and notifications. (Typed as a plain App: the app module imports this one.)"""

    # -- the request -------------------------------------------------------------------------

    def export(self, request: ExportRequested) -> None:
        """Write the output ``request`` asks for (asking first when the gate found something)."""
        from psg_tui.report import export

        asker = self.app.screen
        meeting = request.meeting
        if request.kind == "ics" and meeting.next_meeting is None:
            self.app.notify("Set the next meeting's date first.", severity="warning")
            return
        group = self._group_of(request)
        try:
            job = export.prepare(
                meeting,
                request.path,
                _FILE_KIND[request.kind],
                member=request.member if request.kind == "member_pdf" else None,
                group_name=group.name if group is not None else "",
                members=group.members if group is not None else None,
                group=group,
            )
        except (ValueError, StoreError) as exc:
            self._failed(asker, request.kind, f"{_NOT_WRITTEN[request.kind]}: {exc}")
            return
        if job.meeting_changed:  # an invitation's SEQUENCE went up: keep it
            self._keep(request)
        gate = job.gate()
        if gate.clear:
            self._start(asker, request, job)
            return

        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        def answered(go: bool | None) -> None:
            if go and self._acknowledge(asker, request, gate):
                self._start(asker, request, job)

        self.app.push_screen(
            ConfirmDialog(
                self._question(request, gate),
                yes="Export anyway",
                no="Fix first",
                careful=True,
            ),
            answered,
        )

    def _group_of(self, request: ExportRequested) -> Group | None:
        """The meeting's group: its name and members go into an invitation, and the gate
        allows its members' names and honours its "not an identifier" list. None when
        group.toml cannot be read (the gate then works from the meeting alone)."""
        session = self.app.session
        if session is not None and session.meeting is request.meeting:
            return session.group
        store = self.app.store or GroupStore.for_meeting_file(request.path)
        try:
            return store.load_group()
        except (OSError, StoreError):
            return None

    def _keep(self, request: ExportRequested) -> None:
        """Save a change the export made to the meeting (running: the autosave writes it;
        past: through the store, quietly: the output is written either way)."""
        session = self.app.session
        if session is not None and session.meeting is request.meeting:
            session.changed()
            return
        store = self.app.store or GroupStore.for_meeting_file(request.path)
        with contextlib.suppress(OSError, StoreError):
            store.save_meeting(request.meeting, request.path)

    @staticmethod
    def _question(request: ExportRequested, gate: GateResult) -> str:
        if request.kind == "member_pdf":
            where = "; ".join(sorted({f.where for f in gate.findings}))
            return (
                f"The privacy check found {gate.describe()} that may identify "
                f"someone, in: {where}. Fix them first (m edits your reflection), or export "
                "anyway; the meeting file will record that you acknowledged them."
            )
        from psg_tui.core.timing.text import plural

        return (
            f"The privacy check found {plural(len(gate.findings), 'possible identifier')} "
            f"in what the {'invitation' if request.kind == 'ics' else 'PDF'} holds. Export "
            "anyway? The meeting file will record that "
            "the note taker acknowledged them."
        )

    def _acknowledge(self, asker: Screen, request: ExportRequested, gate: GateResult) -> bool:
        """Record who sent the output anyway, and save it; False (said) when not saved."""
        meeting = request.meeting
        if request.kind == "member_pdf" and request.member:
            by = request.member  # a member exports their own copy
        else:
            by = meeting.roles.note_taker or "note taker"
        gate.acknowledge(meeting, by, self.app.now())
        session = self.app.session
        if session is not None and session.meeting is meeting:
            session.changed()  # the running meeting: its autosave writes it
            return True
        store = self.app.store or GroupStore.for_meeting_file(request.path)
        try:
            store.save_meeting(meeting, request.path)
        except (OSError, StoreError) as exc:
            self._failed(asker, request.kind, f"Not exported: {exc}")
            return False
        return True

    # -- rendering and writing (a thread worker) -----------------------------------------------

    def _start(self, asker: Screen, request: ExportRequested, job: MeetingExport) -> None:
        # A copy: the notes may change on screen while the worker renders.
        job.meeting = job.meeting.model_copy(deep=True)
        target = job.target
        assert target is not None
        busy = "Rendering the PDF..." if request.kind == "pdf" else f"Writing {target.name}..."
        asker.post_message(ExportUpdate(request.kind, busy, done=False))
        self.app.run_worker(
            lambda: self._render_and_write(asker, request.kind, job),
            name=f"export {target.name}",
            group=f"export-{request.kind}",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _render_and_write(self, asker: Screen, kind: ExportKind, job: MeetingExport) -> None:
        """In the worker thread: weasyprint (up to a second), then the store's write."""
        from psg_tui.report import export

        try:
            path, data = export.render_and_write(job)
        except Exception as exc:  # shown to the person; the notes are untouched
            self.app.call_from_thread(self._failed, asker, kind, f"{_NOT_WRITTEN[kind]}: {exc}")
            return
        size = f" ({len(data) // 1024} KB)" if kind == "pdf" else ""
        self.app.call_from_thread(self._written, asker, kind, path, f"Wrote {path}{size}")

    # -- a member's year (YearRequested, from home) -------------------------------------------

    def export_year(self, request: YearRequested) -> None:
        """Write ``request.member``'s year as a PDF in the group folder
        (``year-2026-70231.pdf``): read and gate it in a worker; with findings, ask first
        (Enter answers "Fix first"); then render and write in a worker, and say so."""
        group_dir = self.app.group_dir
        if group_dir is None:
            self.app.notify("Open a group first.", severity="warning")
            return
        today = self.app.now().date()
        self.app.run_worker(
            lambda: self._gather_year(Path(group_dir), request, today),
            name=f"year {request.member}",
            group="export-year",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _gather_year(self, group_dir: Path, request: YearRequested, today: dt.date) -> None:
        """In the worker thread: read the year's meeting files, name the output, gate it."""
        from psg_tui.core.year import UnknownYearMemberError, load_member_year
        from psg_tui.report.year import prepare_year

        try:
            year = load_member_year(group_dir, request.member, request.year, today)
            group = GroupStore(group_dir).load_group()
            job = prepare_year(year, group_dir, kind="pdf", group=group)
            findings = job.gate()
        except (UnknownYearMemberError, StoreError, OSError) as exc:
            self.app.call_from_thread(self._year_failed, f"Year not written: {exc}")
            return
        self.app.call_from_thread(self._year_gated, job, findings)

    def _year_gated(self, job: YearExport, findings: list[tuple[YearMeeting, Finding]]) -> None:
        if not findings:
            self._start_year(job)
            return
        from psg_tui.core.privacy import describe_findings
        from psg_tui.core.words import format_date
        from psg_tui.tui.dialogs.confirm import ConfirmDialog

        where = "; ".join(dict.fromkeys(f"{format_date(m.date)}, {f.where}" for m, f in findings))
        question = (
            f"The privacy check found {describe_findings([f for _m, f in findings])} that may "
            f"identify someone in {job.year.name}'s year, in: {where}. Fix them first (in "
            "the past meeting: m edits a reflection), or write the PDF anyway."
        )

        def answered(go: bool | None) -> None:
            if go:
                self._start_year(job)

        self.app.push_screen(
            ConfirmDialog(question, yes="Write anyway", no="Fix first", careful=True), answered
        )

    def _start_year(self, job: YearExport) -> None:
        assert job.target is not None
        self.app.notify(f"Writing {job.target.name}...", title="Member's year")
        self.app.run_worker(
            lambda: self._write_year(job),
            name=f"export {job.target.name}",
            group="export-year",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _write_year(self, job: YearExport) -> None:
        """In the worker thread: weasyprint, then the store's write."""
        try:
            path, data = job.render_and_write()
        except Exception as exc:  # shown to the person; nothing else changes
            self.app.call_from_thread(self._year_failed, f"Year not written: {exc}")
            return
        year = job.year
        hours = f"{year.total_minutes / 60:.2f} hours"
        text = f"Wrote {path} ({len(data) // 1024} KB; {year.name}: {hours} of PSG time)"
        if year.skipped:
            names = ", ".join(s.path.name for s in year.skipped)
            text += f". Not included (cannot be read): {names}"
        self.app.call_from_thread(self.app.notify, text, title="Exported", timeout=10)

    def _year_failed(self, text: str) -> None:
        self.app.notify(text, title="Export failed", severity="error", timeout=10)

    # -- telling -----------------------------------------------------------------------------

    def _written(self, asker: Screen, kind: ExportKind, path: Path, text: str) -> None:
        asker.post_message(ExportUpdate(kind, text, path=path))
        self.app.notify(text, title="Exported")

    def _failed(self, asker: Screen, kind: ExportKind, text: str) -> None:
        asker.post_message(ExportUpdate(kind, text, error=True))
        self.app.notify(text, title="Export failed", severity="error", timeout=10)
