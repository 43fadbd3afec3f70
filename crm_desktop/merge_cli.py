"""`merge KEEP_REF DROP_REF`: merge a duplicate customer into the one that stays.

Everything of DROP_REF (projects, decisions, survey answers, contacts, complaints, referrals)
moves to KEEP_REF and DROP_REF is deleted, in one transaction (see `crm_desktop.merge`).
Profile fields follow `merge_customers`' defaults: the kept customer's values, with its empty
phone, e-mail, birthday or notes filled from the dropped one; `--take FIELD` takes a field
from the dropped customer instead. Says what it did in one sentence on stderr; a bad
reference is one sentence and exit 1, with nothing changed. Owner-only when accounts are on.
"""
from __future__ import annotations

import argparse
from typing import TextIO

from crm_desktop.db import open_database
from crm_desktop.i18n import _
from crm_desktop.merge import CHOOSABLE, DROP, merge_customers


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The sub-command, for `cli.build_parser`."""
    merge = sub.add_parser("merge", help="merge a duplicate customer into another, with all its history")
    merge.add_argument("keep", metavar="KEEP_REF", help="the customer that stays")
    merge.add_argument("drop", metavar="DROP_REF", help="the duplicate, deleted once merged")
    merge.add_argument("--db", required=True)
    merge.add_argument("--take", action="append", default=[], choices=sorted(CHOOSABLE),
                       help="take this field from the dropped customer (repeatable)")


def cmd_merge(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    open_database(args.db, must_exist=True)
    result = merge_customers(args.keep, args.drop, dict.fromkeys(args.take, DROP))
    print(_("Merged {drop} into {keep}: {projects} projects, {responses} survey answers, "
            "{interactions} contacts, {complaints} complaints and {referrals} referrals moved.")
          .format(drop=result.drop_ref, keep=result.keep_ref, projects=result.projects,
                  responses=result.responses, interactions=result.interactions,
                  complaints=result.complaints, referrals=result.referrals), file=err)
    return 0
