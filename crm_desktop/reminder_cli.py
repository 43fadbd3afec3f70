"""`reminders --db PATH [--on DATE] [--days N]`: the care reminders due in a window, as CSV.

Prints `date,customer_ref,kind,detail`, one row per reminder *due* from DATE (default today)
through DATE + N days inclusive (default 14). `date` is the due date itself, not the day the
reminder starts to show (the lead time plays no part here). Kinds are `birthday festival
check-in follow-up complaint` (rules in `crm_desktop.reminder_rules`); a festival row has an
empty `customer_ref` and says how many customers to greet. Rows are sorted by date, then kind,
then customer_ref (then detail). Reminders are computed from the database as it stands; the
ones marked done, and the ones snoozed to a day after DATE, are left out, as in the window.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from typing import TextIO

from crm_desktop.db import open_database
from crm_desktop.errors import UserError
from crm_desktop.i18n import _
from crm_desktop.reminders import reminders_due
from crm_desktop.settings import load_care_settings, load_settings

HEADER = ["date", "customer_ref", "kind", "detail"]
DEFAULT_DAYS = 14
# A hundred years is more than anyone plans ahead, and keeps far from the calendar's end.
MAX_DAYS = 36_600
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAYS = re.compile(r"[0-9]+")


def _date_arg(text: str) -> dt.date:
    if _DATE.fullmatch(text.strip()):
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text} is not a real date") from None
    raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD")


def _days_arg(text: str) -> int:
    if not _DAYS.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days (0 or more)")
    days = int(text)
    if days > MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{days} days is more than the {MAX_DAYS} allowed")
    return days


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `reminders` sub-command, for `cli.build_parser`."""
    cmd = sub.add_parser("reminders", help="care reminders due in the next days, as CSV")
    cmd.add_argument("--db", required=True)
    cmd.add_argument("--on", type=_date_arg, help="first day of the window (default: today)")
    cmd.add_argument("--days", type=_days_arg, default=DEFAULT_DAYS,
                     help=f"days after --on the window reaches (default: {DEFAULT_DAYS})")


def cmd_reminders(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write the reminders due from --on through --on + --days as CSV."""
    first: dt.date = args.on or dt.date.today()
    try:
        last = first + dt.timedelta(days=args.days)
    except OverflowError:
        raise UserError(_("The window reaches past the year 9999; ask for fewer days.")) from None
    open_database(args.db, must_exist=True)
    rows = reminders_due(first, last, load_care_settings(), load_settings().profit_line_cents)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for reminder in rows:
        writer.writerow([reminder.due.isoformat(), reminder.customer_ref, reminder.kind.value,
                         reminder.detail])
    return 0
