"""`merge KEEP_REF DROP_REF`: one sentence and exit 0 on success; one sentence, exit 1 and
nothing changed on a bad reference."""
from __future__ import annotations

import subprocess
import sys

import peewee
import pytest

from crm_desktop.db import close_database, open_database
from crm_desktop.models import (
    ALL_MODELS,
    Customer,
    Feedback,
    Interaction,
    Project,
    SurveyResponse,
)
from tests.cli.run import owner_and_staff, run_cli
from tests.conftest import REPO


@pytest.fixture
def studio(db: peewee.Database, db_spec: str) -> str:
    lin = Customer.create(ref="C1", name="林晓", phone="")
    dup = Customer.create(ref="C2", name="Lin Xiao", phone="13811112222")
    Customer.create(ref="C3", name="Anna", referred_by=dup)
    Project.create(ref="P1", customer=dup, title="虹口区 12 号", status="completed",
                   revenue_cents=4_000_000, cost_cents=1_500_000)
    Project.create(ref="P2", customer=lin, title="书房", status="inquiry")
    SurveyResponse.create(customer=dup, date="2025-03-01", score=9)
    Interaction.create(customer=dup, date="2025-03-02", kind="call")
    Feedback.create(customer=dup, category="design", severity="low", opened="2025-03-03",
                    due="2025-03-05")
    close_database()
    return db_spec


def _fingerprint(db_spec: str) -> dict[str, list[tuple[str, ...]]]:
    open_database(db_spec, must_exist=True)
    try:
        return {model.__name__: sorted(tuple(map(repr, row)) for row in model.select().tuples())
                for model in ALL_MODELS}
    finally:
        close_database()


def test_merge_moves_everything_and_says_so_in_one_sentence(studio: str) -> None:
    code, out, err = run_cli("merge", "C1", "C2", "--db", studio)
    assert (code, out) == (0, "")
    assert err == ("Merged C2 into C1: 1 projects, 1 survey answers, 1 contacts, 1 complaints "
                   "and 1 referrals moved.\n")
    open_database(studio, must_exist=True)
    try:
        assert [c.ref for c in Customer.select().order_by(Customer.ref)] == ["C1", "C3"]
        lin = Customer.get(Customer.ref == "C1")
        assert (lin.name, lin.phone, lin.profit_cents, lin.latest_score) == (
            "林晓", "13811112222", 2_500_000, 9)
        assert Customer.get(Customer.ref == "C3").referred_by_id == lin.id
        assert {p.ref for p in Project.select().where(Project.customer == lin)} == {"P1", "P2"}
    finally:
        close_database()


def test_take_chooses_a_field_from_the_dropped_customer(studio: str) -> None:
    code, _, err = run_cli("merge", "C1", "C2", "--db", studio, "--take", "name")
    assert code == 0, err
    open_database(studio, must_exist=True)
    try:
        assert Customer.get(Customer.ref == "C1").name == "Lin Xiao"
    finally:
        close_database()


@pytest.mark.parametrize(("argv", "sentence"), [
    (("C1", "NOPE"), "There is no customer 'NOPE'."),
    (("NOPE", "C2"), "There is no customer 'NOPE'."),
    (("C1", "C1"), "A customer cannot be merged into itself; choose two different customers."),
])
def test_a_bad_ref_is_one_sentence_and_changes_nothing(studio: str, argv: tuple[str, str],
                                                       sentence: str) -> None:
    before = _fingerprint(studio)
    assert run_cli("merge", *argv, "--db", studio) == (1, "", sentence + "\n")
    assert _fingerprint(studio) == before


def test_an_erased_customer_is_refused(studio: str) -> None:
    code, _, err = run_cli("forget", "C2", "--db", studio, "--yes")
    assert code == 0, err
    before = _fingerprint(studio)
    assert run_cli("merge", "C1", "C2", "--db", studio) == (
        1, "", "C2 was erased; an erased customer cannot be merged.\n")
    assert _fingerprint(studio) == before


def test_with_accounts_on_only_the_owner_may_merge(studio: str, monkeypatch: pytest.MonkeyPatch) -> None:
    owner_and_staff(studio, monkeypatch)
    before = _fingerprint(studio)
    assert run_cli("merge", "C1", "C2", "--db", studio, "--user", "Mei") == (
        1, "", "Only the studio owner can merge customers.\n")
    assert _fingerprint(studio) == before
    code, _, err = run_cli("merge", "C1", "C2", "--db", studio, "--user", "Owner Wu")
    assert code == 0, err


def test_main_py_runs_merge(studio: str) -> None:
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "merge", "C1", "NOPE", "--db", studio],
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "There is no customer 'NOPE'.\n")
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "merge", "C1", "C2", "--db", studio],
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    assert done.stderr.startswith("Merged C2 into C1:") and done.stderr.count("\n") == 1
