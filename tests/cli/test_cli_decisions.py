"""`accept REF` is guarded like the window; `decisions` prints the journal as exact CSV."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
import pytest

from crm_desktop.db import close_database, open_database
from crm_desktop.decision_journal import record_decision, review_decision
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.models import Customer, Decision, Project
from crm_desktop.settings import StudioSettings
from tests.cli.run import run_cli

ANSWERS = {key: "考虑过了" for key in PROMPT_KEYS}


@pytest.fixture
def studio(db: peewee.Database, db_spec: str) -> str:
    chen = Customer.create(ref="CHEN", name="陈静")
    Project.create(ref="SMALL", customer=chen, title="前厅", revenue_cents=800_000, cost_cents=750_000)
    Project.create(ref="BIG", customer=chen, title="全屋", revenue_cents=30_000_000, cost_cents=15_000_000)
    close_database()
    return db_spec


def _status(db_path: Path, ref: str) -> str:
    open_database(db_path, must_exist=True)
    try:
        return Project.get(Project.ref == ref).status
    finally:
        close_database()


def test_accepting_a_low_value_inquiry_is_refused(studio: Path) -> None:
    code, out, err = run_cli("accept", "SMALL", "--db", str(studio))
    assert (code, out) == (1, "")
    assert err == ("SMALL is a low-value job: take it through the decline wizard and record a "
                   "decision before accepting it.\n")
    assert _status(studio, "SMALL") == "inquiry"


def test_an_ordinary_inquiry_is_accepted(studio: Path) -> None:
    code, _, err = run_cli("accept", "BIG", "--db", str(studio))
    assert code == 0 and "BIG is accepted" in err
    assert _status(studio, "BIG") == "active"
    code, _, err = run_cli("accept", "BIG", "--db", str(studio))
    assert code == 1 and err == "Only an inquiry can be accepted; BIG is no longer one.\n"


def test_a_low_value_inquiry_is_accepted_once_an_accept_decision_exists(studio: Path) -> None:
    open_database(studio, must_exist=True)
    small = Project.get(Project.ref == "SMALL")
    # The wizard's own path would activate the job at once; a decision row alone (as from an
    # older version or another client) is what the guard looks for.
    Decision.create(project=small, date=dt.date(2024, 5, 1), est_profit_cents=50_000, est_margin=0.0625,
                    recommendation="decline", decision="accept", reason="朋友介绍")
    close_database()
    code, _, err = run_cli("accept", "SMALL", "--db", str(studio))
    assert code == 0, err
    assert _status(studio, "SMALL") == "active"


def test_unknown_ref_and_missing_database(studio: Path, tmp_path: Path) -> None:
    assert run_cli("accept", "NOPE", "--db", str(studio))[::2] == (1, "There is no project 'NOPE'.\n")
    code, _, err = run_cli("decisions", "--db", str(tmp_path / "none.sqlite3"))
    assert code == 1 and err.startswith("There is no database at")
    code, _, err = run_cli("accept", "--db", str(studio))
    assert code == 1 and "ref" in err


def test_decisions_csv(studio: Path) -> None:
    open_database(studio, must_exist=True)
    small = Project.get(Project.ref == "SMALL").id
    big = Project.get(Project.ref == "BIG").id
    record_decision(small, "decline", "accept", "Referred by an old friend, \"just this once\"",
                    ANSWERS, dt.date(2024, 5, 1), StudioSettings())
    record_decision(big, "accept", "decline", "No designer free until autumn", ANSWERS,
                    dt.date(2024, 3, 2), StudioSettings())
    review_decision(Decision.get(Decision.project == small).id, "不值得", dt.date(2024, 11, 2))
    close_database()
    code, out, err = run_cli("decisions", "--db", str(studio))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "date,project_ref,customer_ref,est_profit,est_margin,recommendation,decision,reason,review_outcome",
        "2024-03-02,BIG,CHEN,150000.00,50.0,accept,decline,No designer free until autumn,",
        '2024-05-01,SMALL,CHEN,500.00,6.3,decline,accept,"Referred by an old friend, ""just this once""",不值得',
    ]


def test_empty_journal_is_just_the_header(studio: Path) -> None:
    header = ("date,project_ref,customer_ref,est_profit,est_margin,recommendation,decision,reason,"
              "review_outcome\n")
    assert run_cli("decisions", "--db", str(studio)) == (0, header, "")
