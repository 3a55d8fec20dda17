"""The app opens no network connection: the notes are confidential and stay on this machine.

Every way to reach the network from Python goes through the ``socket`` module: creating an
AF_INET/AF_INET6 socket, ``create_connection`` or a DNS look-up. During these tests each of
those fails loudly and is recorded, so an attempt the code swallows is still caught. Local
sockets stay allowed: asyncio's event loop wakes itself up through a ``socketpair``.
"""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from psg_tui.cli import main
from psg_tui.core.models import MeetingStatus
from psg_tui.core.store import GroupStore

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkAttempt(AssertionError):
    """Raised where the code under test tried to reach the network."""


class NetworkGuard:
    """Makes network sockets and DNS fail, and records every attempt."""

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._pairing = 0

    def refuse(self, what: str) -> NetworkAttempt:
        """Record an attempt and return the error to raise."""
        self.attempts.append(what)
        return NetworkAttempt(f"network access attempted: {what}")

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Patch the socket module for the rest of the test."""
        guard = self
        real_socket = socket.socket
        real_socketpair = socket.socketpair

        class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
            def __init__(
                self,
                family: int = -1,
                type: int = -1,  # the socket module's own parameter name
                proto: int = -1,
                fileno: int | None = None,
            ) -> None:
                # socket.socket() with no family is AF_INET. A socket built around an
                # existing file descriptor (socketpair, fromfd) opens nothing new.
                effective = socket.AF_INET if family == -1 else family
                if fileno is None and effective in NETWORK_FAMILIES and not guard._pairing:
                    raise guard.refuse(f"socket(family={socket.AddressFamily(effective).name})")
                super().__init__(family, type, proto, fileno)

        def socketpair(*args: object, **kwargs: object) -> tuple[socket.socket, socket.socket]:
            # On platforms without AF_UNIX, socketpair is emulated over loopback TCP.
            guard._pairing += 1
            try:
                return real_socketpair(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                guard._pairing -= 1

        def create_connection(address: object, *args: object, **kwargs: object) -> None:
            raise guard.refuse(f"create_connection({address!r})")

        def getaddrinfo(host: object, *args: object, **kwargs: object) -> None:
            raise guard.refuse(f"getaddrinfo({host!r})")

        def gethostbyname(host: object, *args: object) -> None:
            raise guard.refuse(f"gethostbyname({host!r})")

        monkeypatch.setattr(socket, "socket", GuardedSocket)
        monkeypatch.setattr(socket, "socketpair", socketpair)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket, "gethostbyname", gethostbyname)
        monkeypatch.setattr(socket, "gethostbyname_ex", gethostbyname)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """The network is off for this test; the test fails if anything tried to use it."""
    guard = NetworkGuard()
    guard.install(monkeypatch)
    yield guard
    assert guard.attempts == [], f"network access attempted: {guard.attempts}"


def test_the_guard_itself_blocks_and_records(no_network: NetworkGuard) -> None:
    """Without this, the tests below could pass with a guard that guards nothing."""
    with pytest.raises(NetworkAttempt):
        socket.socket()
    with pytest.raises(NetworkAttempt):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.invalid", 443))
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.invalid", 443)
    assert len(no_network.attempts) == 4
    # Local sockets still work, as asyncio needs them.
    left, right = socket.socketpair()
    left.close()
    right.close()
    no_network.attempts.clear()


def test_check_and_validate_open_no_connection(
    no_network: NetworkGuard, sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meetings = sorted((sample_group / "meetings").glob("*.toml"))
    assert main(["check", *map(str, meetings)]) == 0
    assert main(["check", "--format", "json", str(meetings[0])]) == 0
    assert main(["validate", str(sample_group)]) == 0
    risky = sample_group / "meetings" / "risky.toml"
    shutil.copy(meetings[0], risky)
    risky.write_text(
        risky.read_text("utf-8").replace('summary = "', 'summary = "Mrs Patel, NHI ZZZ0016. ', 1),
        "utf-8",
    )
    assert main(["check", str(risky)]) == 1
    capsys.readouterr()


async def test_the_app_opens_no_connection(no_network: NetworkGuard, sample_group: Path) -> None:
    from psg_tui.tui.app import make_app  # imported here: the CLI tests need no Textual

    store = GroupStore(sample_group)
    loaded, errors = store.load_meetings()
    assert errors == []
    path, planned = next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)
    app = make_app(sample_group, bell=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the home screen, with the group and its meetings loaded
        app.start_meeting(planned, path)  # the setup screen of a planned meeting
        await pilot.pause()
        await pilot.press("tab", "tab", "down")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()


async def test_a_whole_meeting_and_its_exports_open_no_connection(
    no_network: NetworkGuard, sample_group: Path
) -> None:
    """Setup to finish, with the PDF (weasyprint and its fetcher) and the .ics written."""
    from textual.widgets import Input

    from tests.tui_helpers import FakeClock, app_for, next_stages

    store = GroupStore(sample_group)
    loaded, _ = store.load_meetings()
    path, planned = next((p, m) for p, m in loaded if m.status is MeetingStatus.PLANNED)
    planned.slots[
        0
    ].summary = "See ![chart](http://127.0.0.1:9/x.png) and <img src='file:///etc/passwd'>"
    clock = FakeClock()
    app, _ = app_for(sample_group, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_meeting(planned, path)
        await pilot.pause()
        app.screen.action_start()
        await pilot.pause()
        await pilot.press("f10")  # ground rules -> check-in
        await pilot.pause()
        app.screen.action_toggle_timer()
        clock.advance(60)
        app.screen.action_next_stage()  # one check-in turn only: it asks first
        await pilot.pause()
        app.screen.action_yes()
        await pilot.pause()
        await next_stages(app, pilot, 2)  # slots -> check-out -> wrap-up
        wrap = app.screen
        wrap.query_one("#next-date", Input).value = "2027-03-10"
        await pilot.pause()
        wrap.action_export_ics()
        wrap.action_export_pdf()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        wrap.action_finish()
        await pilot.pause()
        if app.session is not None:
            app.screen.action_yes()  # "Finish anyway" (no summary written)
            await pilot.pause()
    assert path.with_suffix(".pdf").exists()
    assert path.with_name(f"{path.stem}-next-meeting.ics").exists()
