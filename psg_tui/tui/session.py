"""The meeting being run: its model, its file, and an autosave that never loses a note.

Autosave is throttled, not debounced: the first change after a save starts a short timer,
and later changes ride along with it. Typing without pause therefore still saves every
``AUTOSAVE_SECONDS``, so at most that much typing is lost to a crash or ``kill -9``.

The model is dumped to plain dicts on the event loop (fast, and it cannot change under the
dump); the TOML encoding, the write and the fsyncs run in a worker thread. Writes carry a
sequence number so a slow older write can never land after a newer one.

Every write goes through the store's check: a meeting file changed on disk since this app
last read or wrote it (another psg window, a hand edit, ``psg render --allow-findings``) is
never overwritten. This app's version is kept at once in a conflict copy beside it, the
status line says so, and the navigator asks which to carry on with (the other is kept).
The session holds the meeting's lock file while it runs; a meeting another running psg holds
is opened read-only (nothing is written) and the status line names who holds it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.timer import Timer

from psg_tui.core.models import Group, Meeting
from psg_tui.core.store import (
    ConflictError,
    GroupStore,
    MeetingLock,
    MeetingLockedError,
    StoreError,
    dumps_toml,
    neutralise_output,
)

if TYPE_CHECKING:
    from psg_tui.core.timing import MeetingEngine

AUTOSAVE_SECONDS = 1.5
"""Longest time a change waits before it is on disk."""


class MeetingSession:
    """Holds the running meeting and saves it. Screens change ``meeting`` and call
    :meth:`changed`; they never write files themselves."""

    def __init__(
        self,
        app: App[int],
        store: GroupStore,
        group: Group,
        meeting: Meeting,
        path: Path,
        engine: MeetingEngine,
    ) -> None:
        self.app = app
        self.store = store
        self.group = group
        """The group (for defaults: phase shares, warning levels, bell)."""
        self.meeting = meeting
        """The meeting model every screen reads and changes."""
        self.path = path
        """The meeting's file."""
        self.engine = engine
        """The timekeeping engine: stages, the open timer, rebalancing; it records into
        ``meeting`` (``meeting.live`` holds the running timer, so a save is a resume point)."""
        self.first_meeting: bool | None = None
        """The group's first meeting (its ground rules still open); None until known."""
        self.bell = group.defaults.bell
        """Ring on warning-level changes (F-key toggles it)."""
        self.save_error: str | None = None
        """The last save failure, shown on screen until a save succeeds."""
        self.saves = 0
        """How many saves have landed (tests and the status line read it)."""
        self.on_status: Callable[[], None] = lambda: None
        """Called when the save status changes (the navigator redraws the status line)."""
        self.autosave_seconds = AUTOSAVE_SECONDS
        """Longest wait before a change is written (tests shorten it)."""
        self.on_conflict: Callable[[Path], None] = lambda side: None
        """Called (on the event loop) when a save found the file changed on disk; ``side``
        is the conflict copy now holding this app's version."""
        self.conflict_copy: Path | None = None
        """While a conflict is open: the file holding this app's version (kept current by
        every save until the conflict is resolved)."""
        self.read_only: str | None = None
        """Why nothing is written (another psg holds the meeting), or None."""
        self.lock: MeetingLock | None = None
        """This process's hold on the meeting (see :meth:`take_lock`)."""
        self._timer: Timer | None = None
        self._lock = threading.Lock()
        self._seq = 0
        self._written_seq = 0

    # -- the lock ---------------------------------------------------------------------------

    def take_lock(self) -> bool:
        """Hold the meeting file for this app. False when another running psg holds it: the
        session is then read-only, and ``save_error`` says who holds it."""
        try:
            self.lock = self.store.lock_meeting(self.path)
        except MeetingLockedError as exc:
            self.read_only = neutralise_output(
                f"read-only: {self.path.name} is open in another psg, {exc.holder.describe()}. "
                "Nothing typed here is saved."
            )
            self.save_error = self.read_only
            return False
        except OSError:  # a folder that cannot hold a lock file: saves report their own errors
            self.lock = None
        return True

    def close(self) -> None:
        """The meeting is no longer run here: stop the autosave, let go of the lock."""
        self._cancel_timer()
        self.store.release_meeting(self.path, self.lock)
        self.lock = None

    # -- conflicts -------------------------------------------------------------------------

    def keep_mine(self) -> Path | None:
        """Resolve a conflict for this app's version: the version on disk is kept as a
        conflict copy (returned), then ours is written to the meeting file."""
        self._cancel_timer()
        seq, data = self._snapshot()
        with self._lock:
            side = self.store.keep_mine(dumps_toml(data).encode("utf-8"), self.path)
            self._written_seq = seq
            self.saves += 1
            mine = self.conflict_copy
            self.conflict_copy = None
            if mine is not None:  # ours is in the meeting file now: its copy is redundant
                mine.unlink(missing_ok=True)
        self._report(None, from_thread=False)
        return side

    def set_mine_aside(self) -> Path | None:
        """Before opening the version on disk: this app's latest version goes into its
        conflict copy (made now if there is none yet). Returns that copy."""
        self._cancel_timer()
        _seq, data = self._snapshot()
        payload = dumps_toml(data).encode("utf-8")
        with self._lock:
            if self.conflict_copy is None:
                self.conflict_copy = self.store.save_conflict_copy(payload, self.path)
            else:
                self.store.write_conflict_copy(payload, self.conflict_copy)
            return self.conflict_copy

    # -- called by screens -----------------------------------------------------------------

    def changed(self) -> None:
        """The meeting changed: make sure it is saved within ``AUTOSAVE_SECONDS``."""
        if self._timer is None:
            self._timer = self.app.set_timer(self.autosave_seconds, self._autosave)

    def save_soon(self) -> None:
        """Save in the worker thread right away (stage changes): no wait for the throttle,
        and no fsync on the event loop."""
        self._cancel_timer()
        self._autosave()

    def save_now(self) -> bool:
        """Save synchronously (quit, stage changes). True when it landed."""
        self._cancel_timer()
        return self._write(self._snapshot())

    @property
    def dirty(self) -> bool:
        """Unsaved changes are waiting for the autosave timer."""
        return self._timer is not None

    # -- internals -------------------------------------------------------------------------

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _snapshot(self) -> tuple[int, dict[str, Any]]:
        self._seq += 1
        self.engine.record_now()  # the running slot's phase seconds, current in the file too
        return self._seq, self.meeting.model_dump(mode="json", exclude_none=True)

    def _autosave(self) -> None:
        self._timer = None
        snapshot = self._snapshot()
        self.app.run_worker(
            lambda: self._write(snapshot, from_thread=True),
            name="autosave",
            group="autosave",
            thread=True,
            exit_on_error=False,
        )

    def _write(self, snapshot: tuple[int, dict[str, Any]], from_thread: bool = False) -> bool:
        seq, data = snapshot
        if self.read_only is not None:
            return False
        with self._lock:
            if seq <= self._written_seq:
                return True  # a newer snapshot is already on disk
            if self.conflict_copy is not None:  # waiting for the person: keep ours aside
                return self._keep_aside(data, self.conflict_copy, from_thread)
            try:
                self.store.save_meeting_data(data, self.path)
            except ConflictError:
                return self._keep_aside(data, None, from_thread)
            except (OSError, StoreError) as exc:
                message = _describe_error(exc, self.path)
                self._report(message, from_thread)
                return False
            self._written_seq = seq
            self.saves += 1
        if self.save_error is not None:
            self._report(None, from_thread)
        return True

    def _keep_aside(self, data: dict[str, Any], side: Path | None, from_thread: bool) -> bool:
        """The file changed on disk: our version goes to a conflict copy (never lost)."""
        payload = dumps_toml(data).encode("utf-8")
        try:
            if side is None:
                side = self.store.save_conflict_copy(payload, self.path)
            else:
                self.store.write_conflict_copy(payload, side)
        except (OSError, StoreError) as exc:
            self._report(_describe_error(exc, self.path), from_thread)
            return False
        first = self.conflict_copy is None
        self.conflict_copy = side
        message = neutralise_output(
            f"CONFLICT: {self.path.name} changed on disk (another psg window, a hand edit or "
            f"psg render), so it was not overwritten. Your notes are kept in {side.name}."
        )

        def show() -> None:
            self.save_error = message
            self.on_status()
            if first:
                self.on_conflict(side)

        if from_thread:
            self.app.call_from_thread(show)
        else:
            show()
        return False

    def _report(self, message: str | None, from_thread: bool) -> None:
        def show() -> None:
            repeated = message is not None and message == self.save_error
            self.save_error = message
            if repeated:
                self.changed()  # same failure as last time: keep trying, quietly
            elif message is None:
                self.app.notify("Saved again: the notes are safe on disk.", title="Saved")
            else:
                self.app.notify(
                    f"{message}\nYour notes are still here in the app; it will keep trying.",
                    title="Could not save",
                    severity="error",
                    timeout=10,
                )
                self.changed()  # try again soon
            self.on_status()

        if from_thread:
            self.app.call_from_thread(show)
        else:
            show()


def _describe_error(exc: Exception, path: Path) -> str:
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return neutralise_output(f"{path}: {reason}")
    return neutralise_output(f"{path}: {exc}")
