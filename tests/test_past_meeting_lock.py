"""A past meeting holds its lock while it is open (issue 11's leftover).

Opening a finished meeting from Home (Enter) takes the meeting's lock file through the store,
as a running meeting does, and leaving the screen lets go. When another live process holds
the lock (a second psg: here a real Python process that took it with ``lock_meeting``, or a
real ``sleep`` holding the ``flock`` the way ``acquire_lock`` takes it), the past meeting
opens read-only: the header and the status line say so and name the holder, and every key
that would change the meeting or write beside it is refused, naming the holder; the file is
unchanged. A lock left by a process that died is taken over.
"""

from __future__ import annotations

import fcntl
import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static, TextArea

from psg_tui.core.store import FILE_MODE, GroupStore, dumps_toml, lock_path
from psg_tui.tui.app import PsgApp
from psg_tui.tui.dialogs.choose_member import ChooseMemberDialog
from psg_tui.tui.dialogs.reflection import ReflectionDialog
from psg_tui.tui.screens.home import HomeScreen
from psg_tui.tui.screens.past_meeting import PastMeetingScreen
from tests.tui_helpers import app_for

SIZE = (80, 24)
PAST = "2026-08-19.toml"
"""The sample's finished meeting on the second row of Home's table (newest first)."""

EDIT_KEYS = {
    "m": "Reflection not changed",
    "a": "Attendance not changed",
    "c": "Notes not confirmed",
    "t": "Notes not tidied",
    "p": "Your PDF not written",
    "g": "Group PDF not written",
}
"""Every key of the past-meeting screen that changes the meeting or writes beside it, and
the start of what it says when another psg holds the meeting."""

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


def psg_holder(meeting: Path) -> subprocess.Popen[str]:
    """A second live process that took the meeting's lock through the store, as psg does."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(meeting)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def sleep_holder(meeting: Path) -> subprocess.Popen[str]:
    """A live ``sleep`` holding the meeting's lock the way ``acquire_lock`` takes it: an
    exclusive ``flock`` on ``.<date>.toml.lock`` (inherited), and the file naming its pid,
    host, user and since."""
    path = lock_path(meeting)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        child = subprocess.Popen(["sleep", "60"], pass_fds=(fd,), text=True)
        text = "# psg-tui: this meeting is open in the app named here.\n" + dumps_toml(
            {
                "pid": child.pid,
                "host": socket.gethostname(),
                "user": getpass.getuser(),
                "since": "2026-08-19T18:31:00+12:00",
            }
        )
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8"), 0)
    finally:
        os.close(fd)  # the sleep's copy keeps the flock
    return child


HOLDERS = {"psg": psg_holder, "sleep": sleep_holder}


@pytest.fixture(params=sorted(HOLDERS))
def holder(request: pytest.FixtureRequest, sample_group: Path) -> Iterator[subprocess.Popen[str]]:
    """A live process holding the past meeting's lock (a second psg, or a sleep)."""
    child = HOLDERS[request.param](sample_group / "meetings" / PAST)
    yield child
    child.kill()
    child.wait()


def kill(child: subprocess.Popen[str]) -> None:
    """``kill -9``: the process dies without a word; its lock file stays behind."""
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


async def open_from_home(app: PsgApp, pilot: Pilot) -> PastMeetingScreen:
    """Home, the finished meeting's row, Enter: what a person does."""
    await pilot.pause()
    for _ in range(200):
        home = app.screen
        if isinstance(home, HomeScreen) and home.loaded:
            break
        await app.workers.wait_for_complete()
        await pilot.pause(0.01)
    table = app.screen.query_one("#meetings", DataTable)
    table.focus()
    table.move_cursor(row=1)
    await pilot.press("enter")
    await pilot.pause()
    view = app.screen
    assert isinstance(view, PastMeetingScreen)
    assert view.path.name == PAST
    return view


def status_of(view: PastMeetingScreen) -> str:
    return str(view.query_one("#view-status", Static).content)


def screen_text(app: PsgApp) -> str:
    """Every line the terminal shows (the header, the record, the status line, the footer)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def written_beside(group: Path) -> set[str]:
    return {p.name for p in (group / "meetings").iterdir()}


async def test_a_live_holder_makes_it_read_only_and_every_edit_is_refused(
    sample_group: Path, holder: subprocess.Popen[str]
) -> None:
    meeting = sample_group / "meetings" / PAST
    before = meeting.read_bytes()
    files_before = written_beside(sample_group)
    held = lock_path(meeting).read_bytes()
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_from_home(app, pilot)
        assert view.sub_title == "Past meeting · read-only"
        status = status_of(view)
        assert status.startswith(f"Read-only: {PAST} is open in another psg, ")
        assert f"(process {holder.pid})" in status
        assert f"{getpass.getuser()} on {socket.gethostname()}" in status
        assert "since " in status
        assert view.query_one("#view-status", Static).has_class("error")
        for key, said in EDIT_KEYS.items():
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is view, f"{key} opened {app.screen!r}"  # no dialog, no editor
            status = status_of(view)
            assert status.startswith(f"{said}: {PAST} is open in another psg, "), (key, status)
            assert f"(process {holder.pid})" in status
            assert "Read-only here until it is closed there" in status
        await app.workers.wait_for_complete()
        # A reflection saved by other means (a dialog left open) is refused too, and kept.
        assert view.save_reflection("81455", "Typed while the other window had it") is False
        assert view.drafts["81455"].text == "Typed while the other window had it"
        await pilot.press("escape")  # back home: the other process's lock is left alone
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert meeting.read_bytes() == before
    assert written_beside(sample_group) == files_before  # no PDF, no conflict copy
    assert lock_path(meeting).read_bytes() == held
    assert holder.poll() is None  # still running, still the holder


async def test_the_read_only_screen_says_so_at_80x24(
    sample_group: Path, holder: subprocess.Popen[str]
) -> None:
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_home(app, pilot)
        app.clear_notifications()
        await pilot.pause()
        shown = screen_text(app)
        assert "Past meeting · read-only" in shown  # the header
        assert "Read-only: 2026-08-19.toml is open in another psg" in shown
        await pilot.press("a")
        await pilot.pause()
        shown = screen_text(app)
        assert "Attendance not changed: 2026-08-19.toml is open in another psg" in shown
        assert f"(process {holder.pid})" in shown.replace("\n", " ")


async def test_opening_takes_the_lock_and_leaving_lets_go(sample_group: Path) -> None:
    meeting = sample_group / "meetings" / PAST
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_from_home(app, pilot)
        assert view.sub_title == "Past meeting"
        assert not status_of(view).startswith("Read-only")
        held = tomllib.loads(lock_path(meeting).read_text())
        assert held["pid"] == os.getpid()
        # A second psg now finds it held and names this one.
        other = subprocess.run(
            [sys.executable, "-c", HOLD, str(meeting)],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent.parent,
            timeout=60,
        )
        assert other.returncode != 0
        assert f"is open in another psg: {getpass.getuser()}" in other.stderr
        assert f"(process {os.getpid()})" in other.stderr
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert not lock_path(meeting).exists()
        # Open again, then quit from the past meeting: the lock goes with the app.
        await open_from_home(app, pilot)
        assert lock_path(meeting).exists()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not lock_path(meeting).exists()


@pytest.mark.parametrize("kind", sorted(HOLDERS))
async def test_a_dead_holders_lock_is_taken_over(sample_group: Path, kind: str) -> None:
    meeting = sample_group / "meetings" / PAST
    child = HOLDERS[kind](meeting)
    kill(child)
    assert f"pid = {child.pid}" in lock_path(meeting).read_text()  # left behind
    app, _clock = app_for(sample_group)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_from_home(app, pilot)
        assert view.sub_title == "Past meeting"
        assert view.lock is not None and view.lock.took_over is not None
        assert view.lock.took_over.pid == child.pid
        assert f"pid = {os.getpid()}" in lock_path(meeting).read_text()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ChooseMemberDialog)
        app.screen.dismiss("81455")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, ReflectionDialog)
        editor.query_one("#reflection-text", TextArea).text = "Written after the crash."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is view
        assert "Reflection of Daniel Okafor saved" in status_of(view)
        await pilot.press("escape")
        await pilot.pause()
    saved = GroupStore(sample_group).load_meeting(meeting).reflection_of("81455")
    assert saved is not None and saved.text == "Written after the crash."
    assert not lock_path(meeting).exists()


async def test_once_the_holder_closes_it_the_next_key_takes_it_with_their_changes(
    sample_group: Path,
) -> None:
    meeting = sample_group / "meetings" / PAST
    child = psg_holder(meeting)
    try:
        app, _clock = app_for(sample_group)
        async with app.run_test(size=SIZE) as pilot:
            view = await open_from_home(app, pilot)
            assert view.sub_title == "Past meeting · read-only"
            # The other window saves its change, then closes the meeting.
            theirs = GroupStore(sample_group)
            changed = theirs.load_meeting(meeting)
            changed.summary = "Tidied in the other window."
            theirs.save_meeting(changed, meeting)
            child.terminate()  # the other psg ends (the kernel drops its flock)
            child.wait()
            await pilot.press("m")
            await pilot.pause()
            assert isinstance(app.screen, ChooseMemberDialog)  # ours now
            assert view.sub_title == "Past meeting"
            assert view.meeting.summary == "Tidied in the other window."  # read afresh
            assert f"pid = {os.getpid()}" in lock_path(meeting).read_text()
            app.screen.dismiss("81455")
            await pilot.pause()
            app.screen.query_one("#reflection-text", TextArea).text = "Mine, on theirs."
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert "Reflection of Daniel Okafor saved" in status_of(view)
    finally:
        child.kill()
        child.wait()
    saved = GroupStore(sample_group).load_meeting(meeting)
    assert saved.summary == "Tidied in the other window."  # their change is kept
    reflection = saved.reflection_of("81455")
    assert reflection is not None and reflection.text == "Mine, on theirs."
    assert not list((sample_group / "meetings").glob("*conflict*"))
