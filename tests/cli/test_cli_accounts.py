"""Staff accounts on the command line: `--user`, the password from the environment, what staff
may run, and the `accounts` and `audit` commands."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from crm_desktop import account_cli, accounts
from crm_desktop.db import close_database
from crm_desktop.models import Customer, Project, SurveyResponse
from tests.cli.run import run_cli
from tests.conftest import REPO

OWNER_PASSWORD = "owner-password"
STAFF_PASSWORD = "staff-password"


def _as(monkeypatch: pytest.MonkeyPatch, password: str | None) -> None:
    if password is None:
        monkeypatch.delenv(account_cli.PASSWORD_ENV, raising=False)
    else:
        monkeypatch.setenv(account_cli.PASSWORD_ENV, password)


def _studio() -> None:
    a = Customer.create(ref="A", name="王芳")
    Project.create(ref="P1", customer=a, title="全屋", status="completed",
                   revenue_cents=5_000_000, cost_cents=2_500_050)
    SurveyResponse.create(customer=a, date="2024-01-10", score=10)


@pytest.fixture
def office(db: peewee.Database, db_spec: str) -> str:
    """A studio with accounts on: owner Mei, staff Tom."""
    _studio()
    accounts.add_account("Mei", "owner", OWNER_PASSWORD)
    accounts.add_account("Tom", "staff", STAFF_PASSWORD)
    accounts.enable_accounts("Mei", OWNER_PASSWORD)
    close_database()
    return db_spec


def test_with_accounts_on_every_command_needs_a_login(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, None)
    for argv in (["nps", "--db", office], ["reminders", "--db", office], ["segments", "--db", office]):
        code, out, err = run_cli(*argv)
        assert (code, out) == (1, "")
        assert err.strip() == "Staff accounts are on: give your name with --user NAME."
    code, out, err = run_cli("--user", "Tom", "nps", "--db", office)
    assert code == 1 and out == "" and "STUDIO_CRM_PASSWORD" in err


def test_a_wrong_password_or_name_is_one_sentence(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for user, password in (("Tom", "wrong-password"), ("Nobody", STAFF_PASSWORD)):
        _as(monkeypatch, password)
        code, out, err = run_cli("nps", "--db", office, "--user", user)
        assert (code, out) == (1, "")
        assert err.strip() == "The name or the password is not right."


def test_staff_get_a_sentence_for_money_commands(office: str, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    _as(monkeypatch, STAFF_PASSWORD)
    for argv in (["segments"], ["decisions"], ["movement", "--from", "2024-01-01", "--to", "2024-06-30"],
                 ["export", "projects", str(tmp_path / "p.csv")], ["accounts"], ["audit"],
                 ["accept", "P1"]):
        code, out, err = run_cli("--user", "Tom", *argv, "--db", office)
        assert code == 1, argv
        assert "Only the studio owner can" in err and "Traceback" not in err, argv
        assert "2500050" not in out + err and "25000.50" not in out + err and "24999.50" not in out + err
    assert not (tmp_path / "p.csv").exists()


def test_staff_run_everyday_commands(office: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _as(monkeypatch, STAFF_PASSWORD)
    code, out, _err = run_cli("nps", "--db", office, "--user", "Tom", "--from", "2024-01-01", "--to", "2024-01-31")
    assert code == 0 and out.splitlines()[1] == "2024-01,1,1,0,0,100.0,0.0"
    code, _out, err = run_cli("--user", "Tom", "export", "customers", str(tmp_path / "c.csv"), "--db", office)
    assert code == 0, err
    assert "王芳" in (tmp_path / "c.csv").read_text(encoding="utf-8")


def test_the_owner_gets_figures_accounts_and_the_audit_log(office: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, OWNER_PASSWORD)
    code, out, err = run_cli("segments", "--db", office, "--user", "Mei")
    assert code == 0, err
    assert "promoter+,1,24999.50" in out.splitlines()
    code, out, err = run_cli("accounts", "--db", office, "--user", "Mei")
    assert code == 0, err
    assert out.splitlines() == ["name,role,active,has_password", "Mei,owner,yes,yes", "Tom,staff,yes,yes"]
    code, out, err = run_cli("audit", "--db", office, "--user", "Mei")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "when,user,action,entity,entity_id,summary"
    assert [line.split(",")[2:4] for line in lines[1:]] == [
        ["create", "staff"], ["create", "staff"], ["enable_accounts", "settings"]]
    assert OWNER_PASSWORD not in out and "scrypt" not in out


def test_with_accounts_off_user_is_ignored(db: peewee.Database, db_spec: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _studio()
    close_database()
    _as(monkeypatch, None)
    code, out, err = run_cli("segments", "--db", db_spec, "--user", "whoever")
    assert code == 0, err
    assert "promoter+,1,24999.50" in out.splitlines()


def test_the_report_command_refuses_staff(office: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "r.pdf"
    for user, password, code in (("Tom", STAFF_PASSWORD, 1), ("Mei", OWNER_PASSWORD, 0)):
        env[account_cli.PASSWORD_ENV] = password
        result = subprocess.run([sys.executable, "main.py", "--user", user, "report", "--db", office,
                                 "--out", str(out), "--from", "2024-01-01", "--to", "2024-06-30"],
                                cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == code, result.stderr
        if code:
            assert "Only the studio owner can" in result.stderr and "Traceback" not in result.stderr
            assert not out.exists()
    assert out.stat().st_size > 0
