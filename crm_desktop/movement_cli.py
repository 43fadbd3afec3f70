"""`movement --db PATH --from A --to B` on the command line: the 7 × 7 segment movement as CSV.

Prints `from_segment,to_segment,customers`: all 49 pairs, from-major in the segment order of
DESIGN.md (`promoter+ promoter- passive+ passive- detractor+ detractor- unrated`), zeros
included. Segments are as of each date (see `crm_desktop.movement`), against the studio's
profit line.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
from typing import TextIO

from crm_desktop.db import open_database
from crm_desktop.errors import UserError
from crm_desktop.i18n import _
from crm_desktop.movement import movement_matrix
from crm_desktop.settings import load_settings

MOVEMENT_HEADER = ["from_segment", "to_segment", "customers"]


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `movement` sub-command, for `cli.build_parser`."""
    move = sub.add_parser("movement", help="customers by segment on one date and on a later one, as CSV")
    move.add_argument("--db", required=True)
    move.add_argument("--from", dest="first", required=True, type=_day, help="the earlier date (YYYY-MM-DD)")
    move.add_argument("--to", dest="last", required=True, type=_day, help="the later date (YYYY-MM-DD)")


def cmd_movement(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The 49 (from, to, customers) rows; --from must come before --to."""
    if args.first >= args.last:
        raise UserError(_("The --from date must come before the --to date."))
    open_database(args.db, must_exist=True)
    matrix = movement_matrix(args.first, args.last, load_settings().profit_line_cents)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MOVEMENT_HEADER)
    for first, second, count in matrix.cells():
        writer.writerow([first.value, second.value, count])
    return 0
