"""`report --db PATH --out FILE.pdf [--lang en|zh_CN] [--from DATE] [--to DATE]` on the command line.

The PDF is painted by Qt, which the core never imports: the composition root (main.py) hands
in the painter's entry point, `ui.report.command.run_report_command`, with `set_report_runner`.
"""
from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TextIO

from crm_desktop.errors import UserError
from crm_desktop.i18n import _

# (db, out, lang or None, first or None, last or None) -> exit status
ReportRunner = Callable[[str, str, "str | None", "dt.date | None", "dt.date | None"], int]

_runner: ReportRunner | None = None


def set_report_runner(runner: ReportRunner | None) -> None:
    """Install (or, with None, remove) the function that writes the PDF."""
    global _runner
    _runner = runner


def add_parser(sub: argparse._SubParsersAction, date: Callable[[str], dt.date]) -> None:  # type: ignore[type-arg]
    """The `report` sub-command, for `cli.build_parser`; `date` parses --from / --to."""
    report = sub.add_parser("report", help="the segment report as an A4 PDF, in English or Chinese")
    report.add_argument("--db", required=True)
    report.add_argument("--out", required=True, help="the PDF file to write")
    # SUPPRESS: the global `main.py --lang zh_CN report …` is not overwritten by a default here.
    report.add_argument("--lang", choices=("en", "zh_CN"), default=argparse.SUPPRESS)
    report.add_argument("--from", dest="first", type=date, help="first day (default: 12 months before --to)")
    report.add_argument("--to", dest="last", type=date, help="last day (default: today)")


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write the PDF through the installed runner; its user mistakes arrive as UserError."""
    if args.first and args.last and args.first > args.last:
        raise UserError(_("The --from date is after the --to date."))
    if _runner is None:
        raise UserError(_("The report needs the Qt front end (PySide6), which is not available."))
    status = _runner(args.db, args.out, getattr(args, "lang", None), args.first, args.last)
    print(_("Wrote the report to {path}.").format(path=args.out), file=err)
    return status
