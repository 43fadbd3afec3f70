"""Composition root: parse the arguments, open the one database, run the window or a command."""
from __future__ import annotations

import sys
from collections.abc import Sequence

_OPTIONS_WITH_VALUE = ("--db", "--lang", "--user")


def _first_word(args: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python main.py` and the `studio-crm` launcher."""
    from crm_desktop.cli import run_command
    from crm_desktop.logsetup import setup_logging

    args = list(sys.argv[1:] if argv is None else argv)
    setup_logging()
    if _first_word(args) is not None or "-h" in args or "--help" in args:
        if _first_word(args) == "report":
            # The PDF is painted by Qt, which the core cannot import: hand it the painter.
            from crm_desktop.report_cli import set_report_runner
            from ui.report.command import run_report_command

            set_report_runner(run_report_command)
        return run_command(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(run())
