"""The ``newsmodel`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsmodel._version import __version__

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsmodel`` command."""
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Turn news articles into typed, validated, linked data.",
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Example:
        >>> main([])  # no command: print the help and succeed
        usage: newsmodel ...
        0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stdout)
        return 0
    return 0  # pragma: no cover - every subcommand returns before this
