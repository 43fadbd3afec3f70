"""Logging in on the command line (`--user NAME`), and the `accounts` and `audit` commands.

With accounts on, every command needs `--user NAME`; the password comes from the
STUDIO_CRM_PASSWORD environment variable or, at a terminal, a prompt. With accounts off,
`--user` is ignored and everything runs as today.
`accounts` prints CSV `name,role,active,has_password` (yes/no); `audit` prints CSV
`when,user,action,entity,entity_id,summary`, oldest first. Both are for owners only.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from crm_desktop import access
from crm_desktop.accounts import account_rows
from crm_desktop.audit import audit_rows
from crm_desktop.db import on_open, open_database
from crm_desktop.errors import UserError
from crm_desktop.i18n import _

PASSWORD_ENV = "STUDIO_CRM_PASSWORD"
USER_HELP = "your name, when staff accounts are on (password: $STUDIO_CRM_PASSWORD or a prompt)"


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `accounts` and `audit` sub-commands, for `cli.build_parser`."""
    accounts = sub.add_parser("accounts", help="staff accounts as CSV (owners only)")
    accounts.add_argument("--db", required=True)
    audit = sub.add_parser("audit", help="the audit log as CSV (owners only)")
    audit.add_argument("--db", required=True)


def add_user_option(parser: argparse.ArgumentParser, sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`--user NAME` before or after the command name (call once every command is added)."""
    parser.add_argument("--user", help=USER_HELP)
    for command in sub.choices.values():
        # SUPPRESS: a command that was not given --user keeps the value given before it.
        command.add_argument("--user", default=argparse.SUPPRESS, help=USER_HELP)


def _password(name: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UserError(_("Staff accounts are on: put the password for {name} in the "
                          "STUDIO_CRM_PASSWORD environment variable.").format(name=name))
    return getpass.getpass(_("Password for {name}: ").format(name=name))


def login_hook(user: str | None) -> None:
    """Log `user` in if this database has accounts on; refuse with a sentence if that fails."""
    if not access.accounts_enabled() or access.current().staff_id is not None:
        return
    if not user:
        raise UserError(_("Staff accounts are on: give your name with --user NAME."))
    access.login(user, _password(user))


@contextlib.contextmanager
def logged_in(user: str | None) -> Iterator[None]:
    """Within the block, each database opened is logged into as `user`; logged out after.

    Nobody is logged in at the start either: each command proves who runs it.
    """
    access.logout()
    try:
        with on_open(lambda: login_hook(user)):
            yield
    finally:
        access.logout()


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def cmd_accounts(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    open_database(args.db, must_exist=True)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "role", "active", "has_password"])
    for row in account_rows():
        writer.writerow([row.name, row.role, _yes(row.active), _yes(row.has_password)])
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    open_database(args.db, must_exist=True)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["when", "user", "action", "entity", "entity_id", "summary"])
    for row in audit_rows(None, newest_first=False):
        writer.writerow([row.when.isoformat(sep=" "), row.staff_name, row.action, row.entity,
                         "" if row.entity_id is None else row.entity_id, row.summary])
    return 0
