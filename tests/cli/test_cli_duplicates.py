"""`duplicates --db PATH` prints the likely duplicate customers as CSV, best first."""
from __future__ import annotations

import peewee
import pytest

from crm_desktop import access
from crm_desktop.accounts import add_account, enable_accounts
from crm_desktop.db import close_database
from crm_desktop.models import Customer
from tests.cli.run import run_cli

PASSWORD = "a long enough passphrase"


def test_duplicates_prints_exact_csv(db: peewee.Database, db_spec: str) -> None:
    Customer.create(ref="C1", name="林晓", phone="+86 138-0013-8000")
    Customer.create(ref="C2", name="Lin Xiao", phone="13800138000")
    Customer.create(ref="C3", name="Jon Smith")
    Customer.create(ref="C4", name="John Smith", email="JOHN@example.com")
    Customer.create(ref="C5", name="王伟", email="john@example.com ")
    Customer.create(ref="C6", name="王芳")
    close_database()
    assert run_cli("duplicates", "--db", db_spec) == (0, (
        "customer_ref_a,customer_ref_b,reason,score\n"
        "C1,C2,phone,100\n"
        "C4,C5,email,100\n"
        "C3,C4,name,94\n"), "")


def test_no_duplicates_prints_the_header_only(db: peewee.Database, db_spec: str) -> None:
    Customer.create(ref="C1", name="王伟")
    Customer.create(ref="C2", name="王芳")
    close_database()
    assert run_cli("duplicates", "--db", db_spec) == (0, "customer_ref_a,customer_ref_b,reason,score\n", "")


def test_a_missing_database_is_one_sentence(tmp_path: object) -> None:
    code, out, err = run_cli("duplicates", "--db", f"{tmp_path}/nowhere.sqlite3")
    assert (code, out) == (1, "") and err.count("\n") == 1


def test_with_accounts_on_staff_may_list_duplicates(db: peewee.Database, db_spec: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The list holds references, reasons and scores: no money, so no owner-only rule."""
    Customer.create(ref="C1", name="Anna Berg")
    Customer.create(ref="C2", name="anna  berg")
    add_account("Owner Wu", access.OWNER, PASSWORD)
    add_account("Mei", access.STAFF, PASSWORD)
    enable_accounts("Owner Wu", PASSWORD)
    close_database()
    monkeypatch.setenv("STUDIO_CRM_PASSWORD", PASSWORD)
    assert run_cli("duplicates", "--db", db_spec, "--user", "Mei") == (
        0, "customer_ref_a,customer_ref_b,reason,score\nC1,C2,name,100\n", "")
