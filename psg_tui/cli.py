"""The ``psg`` command. Thin: parse arguments, then hand over to a command module.

Each subcommand lives in ``psg_tui/commands/<name>.py`` and exposes ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``. Modules are imported only when their
command runs, so ``psg validate`` never pays for importing Textual or weasyprint.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from psg_tui import __version__

COMMANDS: dict[str, str] = {
    "attendance": "who has their two PSG meetings this recertification year",
    "check": "look for patient identifiers in meeting notes; exit 1 listing each finding",
    "demo": "open the app on a fresh copy of the fictional demo group",
    "ics": "write an iCalendar invitation for a meeting's next meeting",
    "render": "write a meeting's minimum-data-set PDF (or Markdown) for MyRecert",
    "sheet": "a printable A4 attendance sheet to sign at an in-person meeting",
    "summary": "one member's annual PSG attendance as a one-page PDF",
    "validate": "check group and meeting files; exit 2 listing every problem",
    "where": "print the folders psg-tui uses",
    "year": "one member's year: own topics, takeaways, reflections and PSG hours",
}
"""Subcommand name -> one-line help. The module ``psg_tui.commands.<name>`` does the work."""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole argument parser (tests use it to check every command is wired).

    ``only``: fill in the arguments of that one command and import no other command module
    (``psg --version`` and ``psg render`` need not import the privacy scanner, the
    attendance report and the rest). ``None`` fills in every command.
    """
    parser = argparse.ArgumentParser(
        prog="psg",
        description="Run a pharmacy peer support group meeting and produce its notes.",
    )
    parser.add_argument("--version", action="version", version=f"psg-tui {__version__}")
    parser.add_argument(
        "--group",
        metavar="DIR",
        help="group folder to open (default: $PSG_GROUP, else pick from the data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            module = _command_module(name)
            command.description = module.HELP
            module.add_arguments(command)
    return parser


def _command_module(name: str):  # -> module
    return importlib.import_module(f"psg_tui.commands.{name.replace('-', '_')}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``psg`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    wanted = next((arg for arg in argv if arg in COMMANDS), "")
    parser = build_parser(only=wanted)
    args = parser.parse_args(argv)
    if args.command is None:
        from psg_tui.commands.open_app import run_default

        return run_default(args)
    try:
        return _command_module(args.command).run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
