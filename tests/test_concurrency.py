"""Issue 11, item 1: two app windows, a hand edit or ``psg render`` on a meeting that is
running never lose a note.

- A second process holding the meeting (a real second Python process) makes this app open
  it read-only, naming who holds it; a lock left by a killed process is taken over.
- A meeting file changed on disk while the meeting runs is never overwritten: the autosave
  keeps our version in a conflict copy at once, the screen says so, and the dialog keeps both
  (carry on with ours, theirs set aside; or open theirs, ours set aside).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from psg_tui.core.models import LiveMeeting, MeetingStatus
from psg_tui.core.store import (
    GroupStore,
    MeetingLockedError,
    dump_toml,
    load_meeting_file,
    lock_path,
)
from psg_tui.resources import sample_data_dir
from psg_tui.tui.dialogs.conflict import ConflictDialog
from psg_tui.tui.screens.base import MeetingScreen
from tests.tui_helpers import app_for, planned_meeting

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from psg_tui.core.store import GroupStore
    path = Path(sys.argv[1])
    lock = GroupStore.for_meeting_file(path).lock_meeting(path)
    print("held", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def group(tmp_path: Path) -> Path:
    folder = tmp_path / "group"
    shutil.copytree(sample_data_dir(), folder)
    return folder


@pytest.fixture
def running(group: Path) -> Path:
    """The sample's planned meeting, made a meeting in progress at its check-in."""
    path, meeting = planned_meeting(group)
    meeting.status = MeetingStatus.IN_PROGRESS
    meeting.live = LiveMeeting(stage="check_in")
    path.write_bytes(dump_toml(meeting))
    return path


def second_process(path: Path) -> subprocess.Popen[str]:
    """Another Python process that holds ``path`` open (as a second psg window does)."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_meeting_held_by_another_process_is_refused_naming_it(running: Path) -> None:
    child = second_process(running)
    try:
        with pytest.raises(MeetingLockedError) as caught:
            GroupStore(running.parent.parent).lock_meeting(running)
        assert caught.value.holder.pid == child.pid
        assert f"(process {child.pid})" in str(caught.value)
    finally:
        child.kill()
        child.wait()


def test_a_lock_left_by_a_killed_process_is_taken_over(running: Path) -> None:
    child = second_process(running)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert lock_path(running).exists()  # kill -9 left the file behind
    lock = GroupStore(running.parent.parent).lock_meeting(running)
    try:
        assert lock.took_over is not None and lock.took_over.pid == child.pid
        assert f"pid = {os.getpid()}" in lock_path(running).read_text()
    finally:
        lock.release()


async def test_second_window_opens_read_only_and_writes_nothing(running: Path) -> None:
    child = second_process(running)
    before = running.read_bytes()
    try:
        app, _clock = app_for(running.parent.parent)
        async with app.run_test(size=(80, 24)) as pilot:
            store = GroupStore(running.parent.parent)
            app.resume_meeting(running, store.load_meeting(running))
            await pilot.pause()
            session = app.session
            assert session is not None and session.read_only is not None
            assert f"process {child.pid}" in session.read_only
            screen = app.screen
            assert isinstance(screen, MeetingScreen)
            status = str(screen.query_one("#save-status").render())
            assert "read-only" in status and f"process {child.pid}" in status
            session.meeting.summary = "typed in the second window"
            session.changed()
            assert session.save_now() is False
            await pilot.pause(0.1)
            await pilot.press("ctrl+q")  # quits at once: there is nothing of ours to save
            await pilot.pause()
        assert app.return_code == 0
        assert running.read_bytes() == before
        assert f"pid = {child.pid}" in lock_path(running).read_text()  # still the first's
    finally:
        child.kill()
        child.wait()


async def _run_and_edit_by_hand(running: Path, pilot, app) -> tuple[str, Path]:
    """Resume the meeting, save once, then change the file by hand: the next save finds
    it and asks. Returns (the hand edit, the conflict copy holding ours)."""
    store = GroupStore(running.parent.parent)
    app.resume_meeting(running, store.load_meeting(running))
    await pilot.pause()
    await app.workers.wait_for_complete()  # the resume's own save, in a worker, has landed
    await pilot.pause()
    session = app.session
    assert session is not None and session.read_only is None
    assert session.save_now()
    edited = load_meeting_file(running)
    edited.summary = "typed by hand"  # as a person would, in an editor
    theirs = dump_toml(edited).decode("utf-8")
    running.write_text(theirs, encoding="utf-8")
    session.meeting.focus = "our focus, typed in the app"
    assert session.save_now() is False
    await pilot.pause()
    assert isinstance(app.screen, ConflictDialog)
    side = session.conflict_copy
    assert side is not None and side.parent == running.parent
    assert "our focus, typed in the app" in side.read_text(encoding="utf-8")
    assert running.read_text(encoding="utf-8") == theirs  # never overwritten
    assert session.save_error is not None and side.name in session.save_error
    return theirs, side


async def test_a_hand_edit_during_the_meeting_keeps_both_carry_on_with_mine(
    running: Path,
) -> None:
    app, _clock = app_for(running.parent.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        theirs, ours_aside = await _run_and_edit_by_hand(running, pilot, app)
        await pilot.click("#mine")
        await pilot.pause()
        session = app.session
        assert session is not None and session.conflict_copy is None
        assert "our focus, typed in the app" in running.read_text(encoding="utf-8")
        store = GroupStore(running.parent.parent)
        (kept,) = store.conflict_paths()  # theirs, set aside; our copy is in the file now
        assert kept.read_text(encoding="utf-8") == theirs
        assert not ours_aside.exists() or ours_aside == kept
        session.meeting.focus = "and more"
        assert session.save_now()  # saving goes on as usual
        assert session.save_error is None


async def test_a_hand_edit_during_the_meeting_keeps_both_open_theirs(running: Path) -> None:
    app, _clock = app_for(running.parent.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        _theirs, ours_aside = await _run_and_edit_by_hand(running, pilot, app)
        await pilot.click("#theirs")
        await pilot.pause()
        session = app.session
        assert session is not None and session.meeting.summary == "typed by hand"
        assert isinstance(app.screen, MeetingScreen)
        assert "our focus, typed in the app" in ours_aside.read_text(encoding="utf-8")
        session.meeting.focus = "after the reload"
        assert session.save_now()
        assert "typed by hand" in running.read_text(encoding="utf-8")
        assert "after the reload" in running.read_text(encoding="utf-8")


async def test_an_acknowledgement_written_by_psg_render_during_the_meeting_is_kept(
    running: Path, tmp_path: Path
) -> None:
    # Issue 11 item 1: psg render --allow-findings recorded its acknowledgement in the file,
    # and the app's next autosave silently dropped it.
    import contextlib
    import io

    from psg_tui.cli import main

    meeting = load_meeting_file(running)
    meeting.summary = "Ring the patient on 021 555 0123 tomorrow."
    running.write_bytes(dump_toml(meeting))
    app, _clock = app_for(running.parent.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        app.resume_meeting(running, GroupStore(running.parent.parent).load_meeting(running))
        await pilot.pause()
        session = app.session
        assert session is not None and session.save_now()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(
                ["render", str(running), "--format", "md", "--draft", "--allow-findings",
                 "--by", "70231", "-o", str(tmp_path / "notes.md")]
            )  # fmt: skip
        assert code == 0
        acknowledged = running.read_bytes()
        assert b"acknowledged_at" in acknowledged
        session.meeting.focus = "typed after the render"
        assert session.save_now() is False  # not overwritten
        await pilot.pause()
        assert isinstance(app.screen, ConflictDialog)
        await pilot.click("#theirs")
        await pilot.pause()
        assert app.session is not None
        assert app.session.meeting.privacy_acknowledgement is not None
        assert app.session.save_now()
        assert b"acknowledged_at" in running.read_bytes()
