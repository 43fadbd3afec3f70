"""Running one command line in-process, and turning staff accounts on, as the CLI tests do."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from crm_desktop import access
from crm_desktop.accounts import add_account, enable_accounts
from crm_desktop.cli import run_command
from crm_desktop.db import close_database, open_database


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of `python main.py ARGV…`."""
    out, err = io.StringIO(), io.StringIO()
    code = run_command(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


STAFF_PASSWORD = "a long enough passphrase"


def owner_and_staff(db: str | Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Accounts on in `db`: owner "Owner Wu" and staff "Mei", both with STAFF_PASSWORD, which
    the commands read from STUDIO_CRM_PASSWORD; nobody stays logged in, the database closed."""
    open_database(db, must_exist=True)
    try:
        add_account("Owner Wu", access.OWNER, STAFF_PASSWORD)
        add_account("Mei", access.STAFF, STAFF_PASSWORD)
        enable_accounts("Owner Wu", STAFF_PASSWORD)
    finally:
        access.logout()
        close_database()
    monkeypatch.setenv("STUDIO_CRM_PASSWORD", STAFF_PASSWORD)
