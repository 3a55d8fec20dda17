"""The meeting being run: its model, its file, and an autosave that never loses a note.

Autosave is throttled, not debounced: the first change after a save starts a short timer,
and later changes ride along with it. Typing without pause therefore still saves every
``AUTOSAVE_SECONDS``, so at most that much typing is lost to a crash or ``kill -9``.

The model is dumped to plain dicts on the event loop (fast, and it cannot change under the
dump); the TOML encoding, the write and the fsyncs run in a worker thread. Writes carry a
sequence number so a slow older write can never land after a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.timer import Timer

from psg_tui.core.models import Group, Meeting
from psg_tui.core.store import GroupStore, StoreError

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
        self._timer: Timer | None = None
        self._lock = threading.Lock()
        self._seq = 0
        self._written_seq = 0

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
        with self._lock:
            if seq <= self._written_seq:
                return True  # a newer snapshot is already on disk
            try:
                self.store.save_meeting_data(data, self.path)
            except (OSError, StoreError) as exc:
                message = _describe_error(exc, self.path)
                self._report(message, from_thread)
                return False
            self._written_seq = seq
            self.saves += 1
        if self.save_error is not None:
            self._report(None, from_thread)
        return True

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
        return f"{path}: {reason}"
    return f"{path}: {exc}"
