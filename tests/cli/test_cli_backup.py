"""`backup --db PATH --out FILE` and `restore FILE --db PATH`: a round trip, bad input, PostgreSQL."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import access
from crm_desktop.backup import backup_folder
from crm_desktop.customer_service import CustomerInput, save_customer
from crm_desktop.db import close_database, open_database
from tests.cli.run import owner_and_staff, run_cli
from tests.conftest import REPO


@pytest.fixture(autouse=True)
def backups_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "backups"
    monkeypatch.setattr("crm_desktop.backup.backups_root", lambda: root)
    return root


@pytest.fixture
def studio(tmp_path: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    _add(path, "C1", "C2")
    return path


def _add(path: Path, *refs: str) -> None:
    open_database(path)
    for ref in refs:
        save_customer(CustomerInput(ref=ref, name=f"Customer {ref}"))
    close_database()


def _refs(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT ref FROM customer ORDER BY ref")]
    finally:
        conn.close()


def test_backup_then_restore_round_trip(studio: Path, tmp_path: Path) -> None:
    out = tmp_path / "saved.sqlite3"
    assert run_cli("backup", "--db", str(studio), "--out", str(out)) == (0, "", f"Backed up {studio} to {out}.\n")
    _add(studio, "C3")
    code, stdout, err = run_cli("restore", str(out), "--db", str(studio))
    assert (code, stdout) == (0, "")
    [safety] = backup_folder(studio).glob("*-before-restore.sqlite3")
    assert err == f"Restored {studio} from {out}; the data it replaced is kept in {safety}.\n"
    assert _refs(studio) == ["C1", "C2"]
    assert _refs(safety) == ["C1", "C2", "C3"]
    # The restored file is an ordinary Studio CRM database again.
    assert run_cli("segments", "--db", str(studio))[0] == 0


def test_restore_to_a_new_path(studio: Path, tmp_path: Path) -> None:
    out = tmp_path / "saved.sqlite3"
    run_cli("backup", "--db", str(studio), "--out", str(out))
    fresh = tmp_path / "copy.sqlite3"
    assert run_cli("restore", str(out), "--db", str(fresh)) == (0, "", f"Restored {fresh} from {out}.\n")
    assert _refs(fresh) == ["C1", "C2"]


def test_the_commands_run_from_main_py(studio: Path, tmp_path: Path) -> None:
    out = tmp_path / "saved.sqlite3"
    result = subprocess.run([sys.executable, "main.py", "backup", "--db", str(studio), "--out", str(out)],
                            cwd=REPO, capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONFAULTHANDLER": "1"})
    assert (result.returncode, result.stdout, result.stderr) == (0, "", f"Backed up {studio} to {out}.\n")
    assert _refs(out) == ["C1", "C2"]
    result = subprocess.run([sys.executable, "main.py", "restore", str(tmp_path / "none.sqlite3"), "--db", str(studio)],
                            cwd=REPO, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"There is no backup file at {tmp_path / 'none.sqlite3'}.\n"


@pytest.mark.parametrize(("argv", "expected"), [
    (["backup", "--db", "{tmp}/none.sqlite3", "--out", "{tmp}/out.sqlite3"], "There is no database at {tmp}/none.sqlite3.\n"),
    (["backup", "--db", "{db}", "--out", "{tmp}/no/out.sqlite3"], "The folder {tmp}/no does not exist.\n"),
    (["backup", "--db", "{db}", "--out", "{tmp}"], "{tmp} is a folder; give a file name for the backup.\n"),
    (["backup", "--db", "{db}", "--out", "{db}"], "A database cannot be backed up onto itself.\n"),
    (["backup", "--db", "{db}"], "The following arguments are required: --out.\n"),
    (["restore", "{tmp}/none.sqlite3", "--db", "{db}"], "There is no backup file at {tmp}/none.sqlite3.\n"),
    (["restore", "{tmp}/notes.txt", "--db", "{db}"],
     "{tmp}/notes.txt is not a SQLite database, so it is not a Studio CRM backup.\n"),
    (["restore", "{db}", "--db", "{db}"], "A database cannot be restored from itself.\n"),
    (["restore", "{tmp}/notes.txt"], "The following arguments are required: --db.\n"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(studio: Path, tmp_path: Path, backups_root: Path,
                                                      argv: list[str], expected: str) -> None:
    (tmp_path / "notes.txt").write_text("shopping list\n" * 200, encoding="utf-8")
    before = studio.read_bytes()
    fill = {"tmp": str(tmp_path), "db": str(studio)}
    code, out, err = run_cli(*[arg.format(**fill) for arg in argv])
    assert (code, out, err) == (1, "", expected.format(**fill))
    assert studio.read_bytes() == before
    assert not (tmp_path / "out.sqlite3").exists() and not backups_root.exists()


def test_with_accounts_on_only_the_owner_may_back_up_or_restore(studio: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "saved.sqlite3"
    assert run_cli("backup", "--db", str(studio), "--out", str(out))[0] == 0
    owner_and_staff(studio, monkeypatch)
    refused = "Only the studio owner can back up or restore the whole database.\n"
    assert run_cli("backup", "--db", str(studio), "--out", str(tmp_path / "staff.sqlite3"), "--user", "Mei") == (
        1, "", refused)
    assert run_cli("restore", str(out), "--db", str(studio), "--user", "Mei") == (1, "", refused)
    assert run_cli("restore", str(out), "--db", str(studio))[2] == "Staff accounts are on: give your name with --user NAME.\n"
    assert not (tmp_path / "staff.sqlite3").exists()
    assert _refs(studio) == ["C1", "C2"] and access_enabled(studio)
    code, _, err = run_cli("restore", str(out), "--db", str(studio), "--user", "Owner Wu")
    assert code == 0, err
    assert not access_enabled(studio)  # the backup was taken before accounts were turned on


def access_enabled(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (access.ACCOUNTS_KEY,)).fetchone()
    finally:
        conn.close()
    return row is not None and row[0] == "1"


def test_a_postgresql_url_points_to_pg_dump_and_pg_restore(tmp_path: Path) -> None:
    url = "postgresql://studio:secret@db.example/studio"
    code, out, err = run_cli("backup", "--db", url, "--out", str(tmp_path / "x.sqlite3"))
    assert (code, out) == (1, "")
    assert err == ("Studio CRM backs up only SQLite files; back up a PostgreSQL database with pg_dump, "
                   "for example: pg_dump -Fc -f studio.dump postgresql://…\n")
    code, out, err = run_cli("restore", str(tmp_path / "x.dump"), "--db", url)
    assert (code, out) == (1, "")
    assert err == ("Studio CRM restores only SQLite files; restore a PostgreSQL database with pg_restore, "
                   "for example: pg_restore --clean -d postgresql://… studio.dump\n")
    assert "secret" not in err and not list(tmp_path.iterdir())
