"""`duplicates --db PATH`: likely duplicate customers as CSV, best first.

Open to every account when accounts are on: the rows hold references, a reason and a score,
no money and no contact details.
"""
from __future__ import annotations

import argparse
import csv
from typing import TextIO

from crm_desktop.db import open_database
from crm_desktop.duplicates import find_duplicates


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The sub-command, for `cli.build_parser`."""
    dup = sub.add_parser("duplicates", help="likely duplicate customers (phone, email, name) as CSV")
    dup.add_argument("--db", required=True)


def cmd_duplicates(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    open_database(args.db, must_exist=True)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["customer_ref_a", "customer_ref_b", "reason", "score"])
    for pair in find_duplicates():
        writer.writerow([pair.customer_ref_a, pair.customer_ref_b, pair.reason, pair.score])
    return 0
