"""Command palette (ctrl+p): jump to a presenter or a stage, timekeeper view, save, ..."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class MeetingPalette(Provider):
    """Commands that act on the running meeting; none while no meeting runs."""

    def _commands(self) -> list[tuple[str, object, str]]:
        app = self.app
        session = getattr(app, "session", None)
        if session is None:
            return []
        from psg_tui.core.timing import Stage
        from psg_tui.tui import flow

        commands: list[tuple[str, object, str]] = [
            ("Save the notes now", session.save_soon, "Write the meeting file at once"),
            ("Timekeeper view", self._timekeeper, "Screen-filling timer for a shared screen"),
            ("Ground rules", self._ground_rules, "Show the purpose and ground rules"),
            ("Toggle the bell", self._toggle_bell, "Ring on warning-level changes, or not"),
        ]
        for stage, label in (
            (Stage.CHECK_IN, "Go to the check-in round"),
            (Stage.SLOTS, "Go to the presenter slots"),
            (Stage.CHECK_OUT, "Go to the check-out round"),
            (Stage.WRAP_UP, "Go to wrap-up"),
        ):
            commands.append((label, partial(flow.go_to_stage, app, stage), "Jump to this stage"))
        for index, slot in enumerate(session.meeting.slots):
            name = session.meeting.name_of(slot.presenter)
            commands.append(
                (
                    f"Jump to presenter {index + 1}: {name}",
                    partial(self._jump_to_slot, index),
                    slot.title or slot.topic_type.label,
                )
            )
        return commands

    def _timekeeper(self) -> None:
        action = getattr(self.app.screen, "action_timekeeper_view", None)
        if callable(action):
            action()
        else:
            self.app.notify("The timekeeper view opens from a meeting screen.")

    def _ground_rules(self) -> None:
        from psg_tui.tui.screens.ground_rules import GroundRulesScreen

        session = self.app.session  # type: ignore[attr-defined]
        self.app.push_screen(
            GroundRulesScreen(session.store, session.group, editable=False, on_demand=True)
        )

    def _toggle_bell(self) -> None:
        session = self.app.session  # type: ignore[attr-defined]
        session.bell = not session.bell
        self.app.notify("Bell on." if session.bell else "Bell off (the flash stays).")

    def _jump_to_slot(self, index: int) -> None:
        from psg_tui.core.timing import TimingError
        from psg_tui.tui import flow

        session = self.app.session  # type: ignore[attr-defined]
        try:
            session.engine.restore_slot(index)  # a skipped presenter who arrived late
            session.engine.start_slot(index)
        except TimingError as exc:
            self.app.notify(str(exc), title="Cannot jump there", severity="warning")
            return
        session.changed()
        flow.show_stage(self.app)  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        """Shown before anything is typed."""
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        """Fuzzy match on the command names."""
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)  # type: ignore[arg-type]
