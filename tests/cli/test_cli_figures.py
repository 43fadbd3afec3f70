"""`nps` and `segments` on the command line: exact CSV, and one sentence for every mistake."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from crm_desktop.db import close_database
from crm_desktop.models import Customer, Project, SurveyResponse
from tests.cli.run import run_cli
from tests.conftest import REPO


@pytest.fixture
def studio(db: peewee.Database, db_spec: str) -> str:
    """Three customers: a + promoter, a − detractor (on two dates), an unrated one."""
    a = Customer.create(ref="A", name="王芳")
    b = Customer.create(ref="B", name="Tom Li", referred_by=a)
    Customer.create(ref="C", name="陈静")
    Project.create(ref="P1", customer=a, title="全屋", status="completed",
                   revenue_cents=5_000_000, cost_cents=2_500_050)
    Project.create(ref="P2", customer=b, title="Kitchen", status="active",
                   revenue_cents=1_000_000, cost_cents=900_000)
    for customer, day, score in [(a, "2024-01-10", 10), (b, "2024-01-20", 8),
                                 (b, "2024-03-05", 4), (a, "2024-03-31", 9)]:
        SurveyResponse.create(customer=customer, date=dt.date.fromisoformat(day), score=score)
    close_database()
    return db_spec


def test_nps_by_month_lists_every_period(studio: Path) -> None:
    code, out, err = run_cli("nps", "--db", str(studio))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "period,responses,promoters,passives,detractors,nps,moe",
        "2024-01,2,1,1,0,50.0,69.3",
        "2024-02,0,0,0,0,,",
        "2024-03,2,1,0,1,0.0,138.6",
    ]


def test_nps_by_quarter_and_year_with_a_range(studio: Path) -> None:
    code, out, _ = run_cli("nps", "--db", str(studio), "--by", "quarter",
                        "--from", "2023-12-01", "--to", "2024-03-30")
    assert code == 0
    assert out.splitlines()[1:] == ["2023-Q4,0,0,0,0,,", "2024-Q1,3,1,1,1,0.0,92.4"]
    code, out, _ = run_cli("nps", "--db", str(studio), "--by", "year")
    assert out.splitlines()[1:] == ["2024,4,2,1,1,25.0,81.3"]


def test_segments_csv_in_design_order(studio: Path) -> None:
    code, out, err = run_cli("segments", "--db", str(studio))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "segment,customers,profit",
        "promoter+,1,24999.50",
        "promoter-,0,0.00",
        "passive+,0,0.00",
        "passive-,0,0.00",
        "detractor+,0,0.00",
        "detractor-,1,1000.00",
        "unrated,1,0.00",
    ]
    _, out, _ = run_cli("segments", "--db", str(studio), "--profit-line", "25000")
    assert "promoter-,1,24999.50" in out.splitlines()


def test_empty_database_has_a_header_and_no_nps(db: peewee.Database, db_spec: str) -> None:
    close_database()
    code, out, _ = run_cli("nps", "--db", db_spec)
    assert (code, out) == (0, "period,responses,promoters,passives,detractors,nps,moe\n")
    code, out, _ = run_cli("nps", "--db", db_spec, "--from", "2024-01-01", "--to", "2024-02-10")
    assert out.splitlines()[1:] == ["2024-01,0,0,0,0,,", "2024-02,0,0,0,0,,"]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["nps", "--from", "2024-02-30"], "'2024-02-30' is not a date"),
        (["nps", "--from", "2024-03-01", "--to", "2024-01-01"], "after the --to date"),
        (["nps", "--by", "week"], "invalid choice"),
        (["segments", "--profit-line", "lots"], "'lots' is not an amount"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_one_sentence(studio: Path, argv: list[str], needle: str) -> None:
    code, out, err = run_cli(*argv[:1], "--db", str(studio), *argv[1:])
    assert code == 1 and out == ""
    assert needle in err and len(err.strip().splitlines()) == 1


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    code, _, err = run_cli("segments", "--db", str(missing))
    assert code == 1 and "There is no database" in err
    assert not missing.exists()


def test_real_process_prints_csv_and_no_traceback(studio: Path) -> None:
    result = subprocess.run([sys.executable, "main.py", "segments", "--db", str(studio)],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("segment,customers,profit\n")
    result = subprocess.run([sys.executable, "main.py", "nps", "--db", str(studio), "--to", "x"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().endswith(".")


def test_the_studio_crm_launcher_behaves_like_main_py(studio: Path) -> None:
    launcher = Path(sys.executable).with_name("studio-crm")
    assert launcher.exists(), "install the project (pip install -e .) to get the studio-crm launcher"
    via_launcher = subprocess.run([str(launcher), "nps", "--db", str(studio), "--by", "quarter"],
                                  capture_output=True, text=True, timeout=60)
    via_main = subprocess.run([sys.executable, "main.py", "nps", "--db", str(studio), "--by", "quarter"],
                              cwd=REPO, capture_output=True, text=True, timeout=60)
    assert via_launcher.returncode == via_main.returncode == 0
    assert via_launcher.stdout == via_main.stdout != ""
