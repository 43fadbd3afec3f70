"""Helpers for the kill -9 tests: a content fingerprint of a SQLite file and its health checks."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import REPO


def fingerprint(path: Path, *, with_times: bool = True) -> dict[str, tuple[int, str]]:
    """Table → (row count, hash of its sorted rows), schema included; read through plain sqlite3.

    `with_times=False` leaves out DATETIME columns (the audit log's clock), to compare the
    results of two runs of the same import. Opening the file also recovers it the way the
    next start of the app would after a crash.
    """
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        result = {}
        for name in tables:
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [f'"{column}"' for _, column, kind, *_rest in info
                       if with_times or kind.upper() != "DATETIME"]
            rows = sorted(repr(row) for row in conn.execute(f'SELECT {", ".join(columns)} FROM "{name}"'))
            result[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        schema = [repr(row) for row in conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]
        result["(schema)"] = (len(schema), hashlib.sha256("\n".join(schema).encode()).hexdigest())
        return result
    finally:
        conn.close()


def assert_healthy(path: Path) -> None:
    """integrity_check says ok and no foreign key points nowhere."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def main_py(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python main.py ARGS` to completion."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, check=False)


def wait_until(condition: Callable[[], bool], process: subprocess.Popen[bytes], limit: float) -> bool:
    """Poll `condition` every 0.2 ms while `process` runs; False if it ended or time ran out."""
    end = time.monotonic() + limit
    while time.monotonic() < end and process.poll() is None:
        if condition():
            return True
        time.sleep(0.0002)
    return False


def restore(copy: Path, db: Path) -> None:
    """Put a closed copy back in place of `db` (no connection may be open on either)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, db)
