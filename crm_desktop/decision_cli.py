"""`accept REF` and `decisions` on the command line: the same guard and journal as the wizard.

`decisions` prints CSV `date,project_ref,customer_ref,est_profit,est_margin,recommendation,
decision,reason,review_outcome`, oldest first. `est_profit` is an amount like `4500.00`;
`est_margin` is the estimated margin as a percentage with one decimal (`12.5` means 12.5 %,
the unit of the `job_min_margin` setting; a job with no fee shows `0.0`).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
from typing import TextIO

from crm_desktop.db import open_database
from crm_desktop.decision_journal import journal_rows
from crm_desktop.decision_rules import percent_figure
from crm_desktop.errors import NotFoundError
from crm_desktop.i18n import _
from crm_desktop.models import Project
from crm_desktop.money import format_amount
from crm_desktop.project_service import accept_inquiry
from crm_desktop.settings import load_settings

DECISIONS_HEADER = ["date", "project_ref", "customer_ref", "est_profit", "est_margin",
                    "recommendation", "decision", "reason", "review_outcome"]


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The two sub-commands, for `cli.build_parser`."""
    accept = sub.add_parser("accept", help="accept an inquiry (a low-value one needs a recorded decision)")
    accept.add_argument("ref", help="the project's reference")
    accept.add_argument("--db", required=True)
    decisions = sub.add_parser("decisions", help="the decision journal as CSV")
    decisions.add_argument("--db", required=True)


def cmd_accept(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Accept the inquiry `args.ref` through the guard; a refusal is a GuardError sentence.

    The project is accepted only as it was read here: a change saved by someone else before
    the write is a ConflictError sentence, not an acceptance of something nobody looked at.
    """
    open_database(args.db, must_exist=True)
    found = Project.select(Project.id, Project.version).where(Project.ref == args.ref).tuples().first()
    if found is None:
        raise NotFoundError(_("There is no project '{ref}'.").format(ref=args.ref))
    project_id, version = found
    accept_inquiry(project_id, load_settings(), dt.date.today(), expected_version=version)
    print(_("{ref} is accepted and now active.").format(ref=args.ref), file=err)
    return 0


def cmd_decisions(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The decision journal as CSV, oldest decision first."""
    open_database(args.db, must_exist=True)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DECISIONS_HEADER)
    for row in journal_rows(dt.date.today(), newest_first=False):
        writer.writerow([
            row.date.isoformat(), row.project_ref, row.customer_ref,
            format_amount(row.est_profit_cents), percent_figure(row.est_margin),
            row.recommendation.value, row.decision, row.reason, row.review_outcome,
        ])
    return 0
