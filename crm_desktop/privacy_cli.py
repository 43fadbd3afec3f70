"""`forget REF --yes` and `export-customer REF FILE.json`: a person's right to erasure and to a copy.

`forget` overwrites the customer's personal data and the free text about them for good (see
`crm_desktop.privacy`); their figures stay, anonymous. It refuses to run without `--yes`.
`export-customer` writes everything held about the customer as one UTF-8 JSON file.
Both say what they did in one sentence on stderr; both are owner-only when accounts are on.
"""
from __future__ import annotations

import argparse
from typing import TextIO

from crm_desktop.db import open_database
from crm_desktop.errors import NotFoundError, UserError
from crm_desktop.i18n import _
from crm_desktop.models import Customer
from crm_desktop.privacy import erase_customer
from crm_desktop.privacy_export import write_customer_export


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The two sub-commands, for `cli.build_parser`."""
    forget = sub.add_parser("forget", help="erase a customer's personal data for good (figures stay)")
    forget.add_argument("ref", help="the customer's reference")
    forget.add_argument("--db", required=True)
    forget.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    export = sub.add_parser("export-customer", help="everything held about one customer, as JSON")
    export.add_argument("ref", help="the customer's reference")
    export.add_argument("file", help="the JSON file to write")
    export.add_argument("--db", required=True)


def _customer_id(ref: str) -> int:
    customer_id = Customer.select(Customer.id).where(Customer.ref == ref).scalar()
    if customer_id is None:
        raise NotFoundError(_("There is no customer '{ref}'.").format(ref=ref))
    return int(customer_id)


def cmd_forget(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.yes:
        raise UserError(_("Erasing {ref} cannot be undone; add --yes to go ahead.").format(ref=args.ref))
    open_database(args.db, must_exist=True)
    erasure = erase_customer(_customer_id(args.ref))
    print(_("{ref} is erased: personal data and notes are gone, the figures stay; "
            "older backups still hold a copy until they are replaced.").format(ref=erasure.ref),
          file=err)
    return 0


def cmd_export_customer(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    open_database(args.db, must_exist=True)
    write_customer_export(_customer_id(args.ref), args.file)
    print(_("Everything held about {ref} is in {file}.").format(ref=args.ref, file=args.file), file=err)
    return 0
