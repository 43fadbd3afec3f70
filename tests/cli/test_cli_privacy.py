"""`forget REF --yes` erases a customer's personal data; `export-customer REF FILE` writes a copy."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from crm_desktop.db import close_database, open_database
from crm_desktop.models import Customer, Project, SurveyResponse
from tests.cli.run import owner_and_staff, run_cli
from tests.conftest import REPO


@pytest.fixture
def studio(db: peewee.Database, db_spec: str) -> str:
    lin = Customer.create(ref="C1", name="林晓", phone="13811112222", notes="喜欢原木风")
    Customer.create(ref="C2", name="Anna", referred_by=lin)
    Project.create(ref="P1", customer=lin, title="虹口区 12 号", status="completed",
                   revenue_cents=4_000_000, cost_cents=1_500_000)
    SurveyResponse.create(customer=lin, date="2025-03-01", score=9, comment="很满意")
    close_database()
    return db_spec


def _customer(db_spec: str, ref: str) -> tuple[str, str, str, object]:
    open_database(db_spec, must_exist=True)
    try:
        row = Customer.get(Customer.ref == ref)
        return row.name, row.phone, row.notes, row.erased_on
    finally:
        close_database()


def test_forget_needs_yes_and_changes_nothing_without_it(studio: str) -> None:
    assert run_cli("forget", "C1", "--db", studio) == (
        1, "", "Erasing C1 cannot be undone; add --yes to go ahead.\n")
    assert _customer(studio, "C1") == ("林晓", "13811112222", "喜欢原木风", None)


def test_forget_erases_the_personal_data_and_says_so_in_one_sentence(studio: str) -> None:
    code, out, err = run_cli("forget", "C1", "--db", studio, "--yes")
    assert (code, out) == (0, "")
    assert err.count("\n") == 1 and err.startswith("C1 is erased:") and "backups" in err
    name, phone, notes, erased_on = _customer(studio, "C1")
    assert (name, phone, notes) == ("—", "", "") and erased_on is not None
    assert _customer(studio, "C2")[0] == "Anna"
    # The figures are as they were.
    code, out, _ = run_cli("segments", "--db", studio)
    assert code == 0 and "promoter+,1,25000.00" in out


def test_an_unknown_reference_is_one_sentence_and_exit_1(studio: str, tmp_path: Path) -> None:
    assert run_cli("forget", "NOPE", "--db", studio, "--yes") == (1, "", "There is no customer 'NOPE'.\n")
    assert run_cli("export-customer", "NOPE", str(tmp_path / "x.json"), "--db", studio) == (
        1, "", "There is no customer 'NOPE'.\n")
    assert not (tmp_path / "x.json").exists()


def test_export_customer_writes_everything_as_json(studio: str, tmp_path: Path) -> None:
    target = tmp_path / "lin.json"
    code, out, err = run_cli("export-customer", "C1", str(target), "--db", studio)
    assert (code, out, err) == (0, "", f"Everything held about C1 is in {target}.\n")
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["customer"]["name"] == "林晓" and doc["customer"]["phone"] == "13811112222"
    assert doc["referred_customers"] == ["C2"]
    assert [(p["ref"], p["title"], p["revenue"]) for p in doc["projects"]] == [
        ("P1", "虹口区 12 号", "40000.00")]
    assert doc["survey_responses"][0]["comment"] == "很满意"
    assert "林晓" in target.read_text(encoding="utf-8")


def test_export_to_a_missing_folder_is_one_sentence(studio: str, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "lin.json"
    code, out, err = run_cli("export-customer", "C1", str(target), "--db", studio)
    assert (code, out) == (1, "")
    assert err == f"The folder {target.parent} does not exist, so lin.json cannot be written there.\n"


def test_with_accounts_on_only_the_owner_may_forget_or_export(studio: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    owner_and_staff(studio, monkeypatch)
    code, _, err = run_cli("forget", "C1", "--db", studio, "--yes", "--user", "Mei")
    assert (code, err) == (1, "Only the studio owner can erase a customer's personal data.\n")
    code, _, err = run_cli("export-customer", "C1", str(tmp_path / "x.json"), "--db", studio, "--user", "Mei")
    assert (code, err) == (1, "Only the studio owner can export a customer's personal data.\n")
    assert _customer(studio, "C1")[1] == "13811112222"
    assert not (tmp_path / "x.json").exists()
    code, _, err = run_cli("export-customer", "C1", str(tmp_path / "x.json"), "--db", studio,
                        "--user", "Owner Wu")
    assert code == 0 and (tmp_path / "x.json").exists()
    code, _, err = run_cli("forget", "C1", "--db", studio, "--yes", "--user", "Owner Wu")
    assert code == 0, err
    assert _customer(studio, "C1")[1] == ""


def test_main_py_runs_both_commands(studio: str, tmp_path: Path) -> None:
    target = tmp_path / "c1.json"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "export-customer", "C1", str(target),
                           "--db", studio], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["customer"]["ref"] == "C1"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "forget", "C1", "--db", studio],
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "Erasing C1 cannot be undone; add --yes to go ahead.\n"
