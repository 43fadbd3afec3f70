"""kill -9 while the customer dialog saves: every row is wholly old or wholly new, and kept.

tests/crash_child.py drives the real dialog and services in a loop, writing name, phone,
e-mail and notes from one counter; the test kills it at random moments and reads the file.
"""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.crash_child import version_of
from tests.crash_tools import assert_healthy, main_py

pytestmark = pytest.mark.slow

KILLS = 5
SAVED_FIELDS = ("name", "phone", "email", "notes")


def customer_rows(db: Path) -> dict[int, dict[str, object]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {row["id"]: dict(row) for row in conn.execute("SELECT * FROM customer")}
    finally:
        conn.close()


def counter_of(row: dict[str, object]) -> int:
    """The save counter a row was written with; fails unless every saved field agrees on it."""
    name = str(row["name"])
    assert name.startswith("Crash "), row
    n = int(name.removeprefix("Crash "))
    assert {f: row[f] for f in SAVED_FIELDS} == version_of(n), f"a torn row: {row}"
    return n


def run_and_kill(db: Path, first: int, delay: float) -> dict[int, int]:
    """Run the child from counter `first`, kill -9 it `delay` s after it is ready; id → last saved n."""
    child = subprocess.Popen([sys.executable, "-m", "tests.crash_child", str(db), str(first)],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n", child.communicate()[1]
    time.sleep(delay)
    child.kill()
    out, err = child.communicate()
    assert child.returncode == -9, (out, err)
    saved: dict[int, int] = {}
    for line in out.splitlines():
        word, customer_id, n = line.split()
        assert word == "saved", line
        saved[int(customer_id)] = int(n)
    return saved


def test_kill_9_during_saves_leaves_whole_rows_and_keeps_every_reported_save(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    result = main_py("demo", "--db", str(db), "--customers", "40")
    assert result.returncode == 0, result.stderr
    rng = random.Random(7)
    total_saves = 0
    for run in range(KILLS):
        first = (run + 1) * 1_000_000  # each run's counters are its own
        old = customer_rows(db)
        saved = run_and_kill(db, first, rng.uniform(0.3, 1.5))
        total_saves += len(saved)
        assert_healthy(db)
        new = customer_rows(db)
        assert set(old) <= set(new)
        for customer_id, row in new.items():
            before = old.get(customer_id)
            if row == before:
                continue
            n = counter_of(row)
            assert first <= n <= first + 100_000, row
            if before is None:
                assert n % 5 == 0, row  # only every fifth save makes a new customer
            else:
                unchanged = {k: v for k, v in row.items() if k not in (*SAVED_FIELDS, "version")}
                assert unchanged == {k: v for k, v in before.items() if k not in (*SAVED_FIELDS, "version")}
                assert row["version"] > before["version"]
        for customer_id, n in saved.items():
            # Reported as saved means committed: it survives the process dying the next moment.
            assert customer_id in new and counter_of(new[customer_id]) >= n
    assert total_saves >= KILLS, "the child hardly saved anything before the kills"
