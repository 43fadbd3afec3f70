"""`movement` on the command line: the exact 49-row CSV, and one sentence for every mistake."""
from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from crm_desktop.db import close_database
from crm_desktop.models import Customer, Project, SurveyResponse
from crm_desktop.segments import SEGMENT_ORDER
from crm_desktop.settings import load_settings, save_settings
from tests.cli.run import run_cli
from tests.conftest import REPO

D = dt.date


@pytest.fixture
def studio(db: peewee.Database, db_spec: str) -> str:
    """Four customers, the studio's profit line at 25 000 (not the default)."""
    save_settings(dataclasses.replace(load_settings(), profit_line_cents=2_500_000))
    a = Customer.create(ref="A", name="王芳")
    b = Customer.create(ref="B", name="Tom Li")
    Customer.create(ref="C", name="陈静")
    d = Customer.create(ref="D", name="Dan Green")
    # A: a promoter with 30 000 from a job started long ago — promoter+ on both dates.
    Project.create(ref="P1", customer=a, title="全屋", status="completed", revenue_cents=5_000_000,
                   cost_cents=2_000_000, started=D(2023, 12, 1))
    # B: passive, then detractor; a small job — passive− on 1 Feb, detractor− on 1 Apr.
    Project.create(ref="P2", customer=b, title="Kitchen", status="active", revenue_cents=1_000_000,
                   cost_cents=900_000, started=D(2024, 3, 1))
    # D: a 6 given on 1 Feb itself (detractor−), then a big job and a 10, both on 1 Apr (promoter+).
    Project.create(ref="P3", customer=d, title="Villa", status="active", revenue_cents=4_000_000,
                   cost_cents=1_000_000, started=D(2024, 4, 1))
    # An inquiry is not profit.
    Project.create(ref="P4", customer=b, title="Shed", status="inquiry", revenue_cents=9_000_000,
                   started=D(2024, 1, 1))
    for customer, day, score in [(a, "2024-01-10", 10), (b, "2024-01-20", 8), (b, "2024-03-05", 4),
                                 (a, "2024-03-31", 9), (d, "2024-02-01", 6), (d, "2024-04-01", 10),
                                 (b, "2024-04-02", 10)]:
        SurveyResponse.create(customer=customer, date=D.fromisoformat(day), score=score)
    close_database()
    return db_spec


def _expected(nonzero: dict[tuple[str, str], int]) -> list[str]:
    rows = ["from_segment,to_segment,customers"]
    for a in SEGMENT_ORDER:
        for b in SEGMENT_ORDER:
            rows.append(f"{a.value},{b.value},{nonzero.get((a.value, b.value), 0)}")
    return rows


def test_movement_prints_all_49_pairs_in_order(studio: Path) -> None:
    code, out, err = run_cli("movement", "--db", str(studio), "--from", "2024-02-01", "--to", "2024-04-01")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 50
    assert lines == _expected({
        ("promoter+", "promoter+"): 1,
        ("passive-", "detractor-"): 1,
        ("detractor-", "promoter+"): 1,
        ("unrated", "unrated"): 1,
    })
    assert lines[1] == "promoter+,promoter+,1" and lines[-1] == "unrated,unrated,1"


def test_movement_before_any_answer_starts_from_unrated(studio: Path) -> None:
    code, out, _ = run_cli("movement", "--db", str(studio), "--from", "2024-01-01", "--to", "2024-01-31")
    assert code == 0
    assert out.splitlines() == _expected({("unrated", "promoter+"): 1, ("unrated", "passive-"): 1,
                                          ("unrated", "unrated"): 2})


def test_movement_through_main_py(studio: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "movement", "--db", str(studio), "--from", "2024-02-01", "--to", "2024-04-01"],
        cwd=REPO, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == run_cli("movement", "--db", str(studio), "--from", "2024-02-01",
                                              "--to", "2024-04-01")[1].splitlines()


@pytest.mark.parametrize(("args", "words"), [
    (("--from", "2024-04-01", "--to", "2024-02-01"), "must come before"),
    (("--from", "2024-04-01", "--to", "2024-04-01"), "must come before"),
    (("--from", "2024-02-30", "--to", "2024-04-01"), "not a date"),
    (("--from", "yesterday", "--to", "2024-04-01"), "not a date"),
    (("--from", "2024-02-01",), "required"),
])
def test_movement_mistakes_are_one_sentence(studio: Path, args: tuple[str, ...], words: str) -> None:
    code, out, err = run_cli("movement", "--db", str(studio), *args)
    assert code == 1 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_movement_needs_an_existing_database(tmp_path: Path) -> None:
    code, out, err = run_cli("movement", "--db", str(tmp_path / "none.sqlite3"), "--from", "2024-01-01",
                          "--to", "2024-02-01")
    assert code == 1 and out == "" and "no database" in err
