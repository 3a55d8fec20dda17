"""One CLI subcommand a module: each exposes HELP, add_arguments(parser) and run(args) -> int.

This package holds the arguments several commands share."""

from __future__ import annotations

import argparse


def add_variant_argument(parser: argparse.ArgumentParser) -> None:
    """``--variant ua|a3b``: the PDF flavour (see the README's "The PDF")."""
    parser.add_argument(
        "--variant",
        choices=("ua", "a3b"),
        default="ua",
        help="ua: tagged PDF/UA-1 for accessibility (default); a3b: archival PDF/A-3b",
    )
