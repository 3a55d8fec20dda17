"""Command palette (ctrl+p): the commands the screen underneath declares (jump to a
presenter or a stage, timekeeper view, save, ...); none on a screen that declares none."""

from __future__ import annotations

from textual.command import DiscoveryHit, Hit, Hits, Provider

from psg_tui.tui.screens.base import HelpedScreen, PaletteCommand


class MeetingPalette(Provider):
    """Offers :meth:`HelpedScreen.palette_commands` of the screen the palette opened on."""

    def _commands(self) -> list[PaletteCommand]:
        screen = self.screen
        return screen.palette_commands() if isinstance(screen, HelpedScreen) else []

    async def discover(self) -> Hits:
        """Shown before anything is typed."""
        for command in self._commands():
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        """Fuzzy match on the command titles."""
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), command.run, help=command.help)
