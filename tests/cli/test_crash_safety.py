"""kill -9 in the middle of a large CLI import: the database stays intact and unchanged.

The import reads and checks the whole file, then writes every row inside one IMMEDIATE
transaction; SQLite (WAL mode) makes the commit atomic. The test kills the process at phases
it can observe from outside — just started, database opened, write lock held, commit being
written to the -wal file — and at random moments spread over a measured full import, then
checks the file each time.
"""
from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_desktop.db import close_database, open_database
from tests.conftest import REPO
from tests.crash_tools import assert_healthy, fingerprint, main_py, restore, wait_until

ROWS = 30_000
RANDOM_KILLS = 6


def write_big_csv(path: Path, rows: int) -> None:
    """Valid customers, two in three referred by the row before (so the import also links them)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ref", "name", "phone", "email", "birthday", "referred_by", "tier", "notes"])
        for i in range(rows):
            writer.writerow([
                f"K{i:06d}", f"Crash test {i}", f"138 {i:08d}", f"k{i}@example.com",
                f"19{60 + i % 40}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                f"K{i - 1:06d}" if i % 3 else "", "ABC"[i % 3], "likes oak; " * (i % 20),
            ])


class WriteLockProbe:
    """Tells whether another process holds the database's write lock, without waiting for it.

    BEGIN IMMEDIATE with no busy timeout fails at once while the importer's transaction is
    open; when it succeeds the probe rolls back at once (the importer's busy timeout covers
    that instant).
    """

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, timeout=0, isolation_level=None)

    def held(self) -> bool:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc) or "busy" in str(exc), exc
            return True
        self.conn.execute("ROLLBACK")
        time.sleep(0.001)
        return False

    def close(self) -> None:
        self.conn.close()


def wal_size(db: Path) -> int:
    try:
        return Path(f"{db}-wal").stat().st_size
    except FileNotFoundError:
        return -1


def start_import(db: Path, csv_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "main.py", "import", "customers", str(csv_path), "--db", str(db)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


@dataclass
class Timing:
    """Seconds from the start of a full import to: the write lock taken, the commit, the end."""

    lock: float
    commit: float
    end: float


def measure_full_import(db: Path, csv_path: Path) -> Timing:
    probe = WriteLockProbe(db)
    lock = commit = None
    start = time.monotonic()
    process = start_import(db, csv_path)
    try:
        while process.poll() is None:
            now = time.monotonic() - start
            if lock is None and probe.held():
                lock = now
            if commit is None and wal_size(db) > 0:
                commit = now
            time.sleep(0.001)
        end = time.monotonic() - start
    finally:
        probe.close()
    _, err = process.communicate()
    assert process.returncode == 0, err
    assert lock is not None and commit is not None and lock < commit <= end
    return Timing(lock, commit, end)


@dataclass
class Kill:
    moment: str
    killed: bool  # False: the import had already finished when the kill came
    writing: bool  # the import held the write lock just before the kill
    outcome: str = ""  # "unchanged" or "complete"


def kill_import(db: Path, csv_path: Path, moment: str,
                ready: Callable[[subprocess.Popen[bytes]], bool], delay: float = 0.0,
                probe: WriteLockProbe | None = None, look: bool = True) -> Kill:
    """Start an import, kill -9 it `delay` s after `ready` says so.

    Unless `look` is False, a probe first sees whether the import holds the write lock.
    """
    process = start_import(db, csv_path)
    own = None
    try:
        if ready(process) and delay:
            time.sleep(delay)
        if look and probe is None:
            probe = own = WriteLockProbe(db)
        writing = probe is not None and process.poll() is None and probe.held()
        process.kill()  # SIGKILL on POSIX: no handler, no cleanup, no rollback by the app
        process.wait()
    finally:
        if own is not None:
            own.close()
        assert process.stderr is not None
        process.stderr.close()
    # Whether the kill came in time is read from how the process ended: it may finish on its
    # own between any check made before the kill and the kill itself.
    assert process.returncode in (0, -9), process.returncode
    finished = process.returncode == 0
    return Kill(moment, not finished, writing)


def test_a_sqlite_commit_is_on_disk_before_the_save_returns(tmp_path: Path) -> None:
    # WAL survives a killed process in any mode; FULL also survives a power cut, because the
    # WAL is synced at every commit rather than only at checkpoints.
    db = open_database(tmp_path / "studio.sqlite3")
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute_sql("PRAGMA synchronous").fetchone() == (2,)  # FULL
    finally:
        close_database()


@pytest.mark.slow
def test_kill_9_at_any_moment_of_a_large_import_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    result = main_py("demo", "--db", str(db), "--customers", "300")
    assert result.returncode == 0, result.stderr
    big = tmp_path / "big.csv"
    write_big_csv(big, ROWS)
    before = fingerprint(db)
    assert before["customer"][0] == 300 and before["project"][0] > 0
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(db, pristine)  # no process has the demo file open: a plain copy is exact

    # One full import on a copy: how long it takes, and what "everything" looks like.
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(pristine, copy)
    timing = measure_full_import(copy, big)
    complete = fingerprint(copy, with_times=False)
    assert complete["customer"][0] == 300 + ROWS
    kills: list[Kill] = []

    def check(kill: Kill) -> None:
        """Intact, and all or nothing: unchanged, or (when the kill came too late) complete."""
        assert_healthy(db)
        if fingerprint(db) == before:
            kill.outcome = "unchanged"
        else:
            assert fingerprint(db, with_times=False) == complete, \
                f"kill -9 {kill.moment} left part of an import"
            kill.outcome = "complete"
            restore(pristine, db)
        kills.append(kill)

    check(kill_import(db, big, "just after start", lambda p: True, 0.05))

    def opened(process: subprocess.Popen[bytes]) -> bool:
        return wait_until(lambda: wal_size(db) >= 0, process, 60)

    check(kill_import(db, big, "as the database is opened", opened))
    # The file is read and checked between opening the database and taking the write lock.
    check(kill_import(db, big, "while parsing", opened, 0.25 * timing.lock))
    rng = random.Random(20240607)
    probe = WriteLockProbe(db)
    try:
        for share in (0.05, 0.5):
            # Timed from the moment the write lock is seen, so load on the machine matters less.
            check(kill_import(db, big, f"{share:.0%} into the write transaction",
                              lambda p: wait_until(probe.held, p, 60),
                              share * (timing.commit - timing.lock), probe))
        for i in range(RANDOM_KILLS):
            # Stratified: one random moment in each equal slice of the measured full import.
            moment = (i + rng.random()) / RANDOM_KILLS * timing.end
            check(kill_import(db, big, f"at {moment:.2f} s of {timing.end:.2f} s",
                              lambda p: True, moment, probe))
    finally:
        probe.close()

    # While the commit is being written to the -wal file: kill at its first bytes there. If
    # the whole commit landed before the poll saw it, the import is complete (all or nothing
    # still holds), so try again: the test must see a torn commit.
    for _attempt in range(3):
        # The import's commit writes megabytes; a smaller -wal would be some other write.
        kill = kill_import(db, big, "while the commit is written to the WAL",
                           lambda p: wait_until(lambda: wal_size(db) > 256 * 1024, p, 60), look=False)
        torn = kill.killed and wal_size(db) > 256 * 1024
        check(kill)
        if torn and kill.outcome == "unchanged":
            break
    summary = [(k.moment, k.killed, k.writing, k.outcome) for k in kills]
    # The kills really hit the import while it parsed, while it wrote, and during the commit.
    assert all(k.killed and k.outcome == "unchanged" for k in kills[:3]), summary
    assert not kills[2].writing, summary  # "while parsing" came before the write transaction
    assert sum(k.writing and k.outcome == "unchanged" for k in kills) >= 3, summary
    assert kills[-1].outcome == "unchanged", summary

    # After all that, the same import runs to the end and really imports.
    result = main_py("import", "customers", str(big), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"Imported {ROWS} customers."
    assert_healthy(db)
    assert fingerprint(db, with_times=False) == complete
