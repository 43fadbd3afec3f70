"""Backups through SQLite's backup API, rotation, and a restore that checks before it replaces."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop import backup as backup_module
from crm_desktop.auto_backup import auto_backup, automatic_backups, rotate, taken_at
from crm_desktop.backup import (
    KEEP_BEFORE_RESTORE,
    TEMP_PREFIX,
    backup_folder,
    backup_to,
    before_restore_copies,
    restore,
)
from crm_desktop.customer_service import CustomerInput, save_customer
from crm_desktop.db import close_database, open_database
from crm_desktop.errors import DatabaseError, UserError
from crm_desktop.migrations import LATEST

T0 = dt.datetime(2026, 3, 1, 9, 30, 15, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def backups_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "backups"
    monkeypatch.setattr("crm_desktop.backup.backups_root", lambda: root)
    yield root
    close_database()


def _make_db(path: Path, *refs: str) -> Path:
    db = open_database(path)
    with db.atomic():
        for ref in refs:
            save_customer(CustomerInput(ref=ref, name=f"Customer {ref}"))
    close_database()
    return path


def _refs(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT ref FROM customer ORDER BY ref")]
    finally:
        conn.close()


def _files(path: Path) -> dict[str, bytes]:
    """The database file and its journals, byte for byte (-shm is an index any reader updates)."""
    return {s: Path(f"{path}{s}").read_bytes() for s in ("", "-wal", "-journal") if Path(f"{path}{s}").exists()}


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def _set_mtime(path: Path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


# -- backup_to ---------------------------------------------------------------------------------


def test_a_backup_of_the_live_database_holds_what_is_still_only_in_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    db = open_database(path)
    for n in range(30):
        save_customer(CustomerInput(ref=f"C{n:02}", name=f"Customer {n}"))
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0  # committed, not yet checkpointed into the main file

    with db.atomic():
        save_customer(CustomerInput(ref="UNCOMMITTED", name="Not yet"))
        out = backup_to(db, tmp_path / "copy.sqlite3")  # the open handle itself, mid-transaction
    assert out == tmp_path / "copy.sqlite3"
    assert _refs(out) == [f"C{n:02}" for n in range(30)]  # committed data only, all of it
    assert out.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file: one self-contained file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "live.sqlite3", "live.sqlite3-shm",
                                                         "live.sqlite3-wal"]
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    save_customer(CustomerInput(ref="AFTER", name="Still writable"))  # the source was not disturbed


def test_backup_by_path_overwrites_an_earlier_backup(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "studio.sqlite3", "A")
    out = tmp_path / "nightly.sqlite3"
    backup_to(path, out)
    _make_db(path, "B")
    backup_to(str(path), str(out))
    assert _refs(out) == ["A", "B"]
    assert not _temporaries(tmp_path)


@pytest.mark.parametrize(("case", "expected"), [
    ("missing", "There is no database at"),
    ("folder_out", "is a folder; give a file name for the backup."),
    ("no_folder", "does not exist."),
    ("itself", "A database cannot be backed up onto itself."),
    ("not_crm", "is not a Studio CRM database."),
    ("not_sqlite", "is not a Studio CRM database or is damaged."),
])
def test_backup_refuses_bad_paths_with_a_sentence(tmp_path: Path, case: str, expected: str) -> None:
    path = _make_db(tmp_path / "studio.sqlite3", "A")
    source, out = path, tmp_path / "out.sqlite3"
    if case == "missing":
        source = tmp_path / "nowhere.sqlite3"
    elif case == "folder_out":
        out = tmp_path
    elif case == "no_folder":
        out = tmp_path / "no" / "out.sqlite3"
    elif case == "itself":
        out = path
    elif case == "not_crm":
        source = tmp_path / "other.sqlite3"
        sqlite3.connect(source).execute("CREATE TABLE notes (text)").connection.close()
    elif case == "not_sqlite":
        source = tmp_path / "notes.txt"
        source.write_text("not a database at all " * 100, encoding="utf-8")
    with pytest.raises(UserError, match=expected):
        backup_to(source, out)
    assert not (tmp_path / "out.sqlite3").exists()
    assert not _temporaries(tmp_path)


def test_a_failure_while_writing_leaves_no_temporary_and_no_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _make_db(tmp_path / "studio.sqlite3", "A")
    real_copy = backup_module._copy

    def copy_then_fill_the_disk(src: sqlite3.Connection, dest: sqlite3.Connection) -> None:
        real_copy(src, dest)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_copy", copy_then_fill_the_disk)
    with pytest.raises(DatabaseError, match="The disk is full"):
        backup_to(path, tmp_path / "out.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("studio.sqlite3")) == []


def test_a_postgresql_url_gets_the_pg_dump_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="pg_dump -Fc -f studio.dump"):
        backup_to("postgresql://me:secret@server/studio", tmp_path / "out.sqlite3")
    with pytest.raises(UserError, match="pg_restore --clean -d"):
        restore(tmp_path / "out.sqlite3", "postgresql://me:secret@server/studio")


# -- automatic backups and rotation ------------------------------------------------------------


def test_backup_folders_keep_databases_of_the_same_name_apart(tmp_path: Path, backups_root: Path) -> None:
    one, two = tmp_path / "a" / "studio.sqlite3", tmp_path / "b" / "studio.sqlite3"
    assert backup_folder(one) != backup_folder(two)
    assert backup_folder(one).parent == backups_root
    assert backup_folder(one).name.startswith("studio-")
    assert backup_folder(one) == backup_folder(tmp_path / "a" / ".." / "a" / "studio.sqlite3")


def test_automatic_backup_only_when_the_database_changed(tmp_path: Path, backups_root: Path) -> None:
    path = _make_db(tmp_path / "studio.sqlite3", "A")
    _set_mtime(path, T0 - dt.timedelta(hours=2))
    first = auto_backup(path, now=T0)
    assert first is not None and first.parent == backup_folder(path)
    assert first.name == "studio-crm-2026-03-01T093015Z.sqlite3" and taken_at(first) == T0
    assert _refs(first) == ["A"]
    assert auto_backup(path, now=T0 + dt.timedelta(hours=1)) is None  # nothing changed since

    _make_db(path, "B")  # committed and checkpointed into the main file
    _set_mtime(path, T0 + dt.timedelta(hours=3))
    second = auto_backup(path, now=T0 + dt.timedelta(hours=4))
    assert second is not None and _refs(second) == ["A", "B"]

    # A commit still in the -wal file counts as a change too.
    open_database(path)
    save_customer(CustomerInput(ref="C", name="In the WAL"))
    _set_mtime(Path(f"{path}-wal"), T0 + dt.timedelta(hours=5))
    third = auto_backup(path, now=T0 + dt.timedelta(hours=6))
    assert third is not None and _refs(third) == ["A", "B", "C"]
    close_database()
    assert automatic_backups(backup_folder(path)) == [first, second, third]
    assert not _temporaries(backup_folder(path))


def test_the_daily_check_waits_a_day_after_the_newest_backup(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "studio.sqlite3", "A")
    _set_mtime(path, T0 - dt.timedelta(hours=1))
    assert auto_backup(path, now=T0, min_interval=dt.timedelta(days=1)) is not None  # none yet
    _set_mtime(path, T0 + dt.timedelta(hours=1))
    assert auto_backup(path, now=T0 + dt.timedelta(hours=23), min_interval=dt.timedelta(days=1)) is None
    assert auto_backup(path, now=T0 + dt.timedelta(hours=25), min_interval=dt.timedelta(days=1)) is not None


def test_rotation_keeps_the_newest_and_touches_only_its_own_files(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "studio.sqlite3", "A")
    folder = backup_folder(path)
    folder.mkdir(parents=True)
    foreign = ["notes.txt", "studio-crm-latest.sqlite3", "studio-crm-2020-01-01T000000Z.sqlite3.bak",
               "studio-crm-2020-01-01T000000Z-before-restore.sqlite3", "my-studio-crm-2020-01-01T000000Z.sqlite3"]
    for name in foreign:
        (folder / name).write_text("keep me", encoding="utf-8")
    stale = folder / f"{TEMP_PREFIX}crashed.tmp"
    stale.write_bytes(b"half a backup")
    _set_mtime(stale, dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
    fresh = folder / f"{TEMP_PREFIX}in-progress.tmp"
    fresh.write_bytes(b"another process is writing this one")

    for hour in range(12):
        when = T0 + dt.timedelta(hours=hour)
        _set_mtime(path, when - dt.timedelta(minutes=1))
        assert auto_backup(path, now=when, keep=10) is not None
    kept = automatic_backups(folder)
    assert [taken_at(p) for p in kept] == [T0 + dt.timedelta(hours=h) for h in range(2, 12)]
    assert all((folder / name).read_text(encoding="utf-8") == "keep me" for name in foreign)
    assert not stale.exists() and fresh.exists()
    assert rotate(folder, keep=3) == kept[:7]
    assert automatic_backups(folder) == kept[7:]


# -- restore -----------------------------------------------------------------------------------


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """The database to restore into, closed, with data the backups do not have."""
    return _make_db(tmp_path / "studio.sqlite3", "T1", "T2", "T3")


@pytest.fixture
def good_backup(tmp_path: Path) -> Path:
    other = _make_db(tmp_path / "other.sqlite3", *[f"B{n:03}" for n in range(120)])
    return backup_to(other, tmp_path / "good-backup.sqlite3")


def _damaged(good: Path) -> Path:
    """A copy with a few bytes wrong: the cell count of the page holding a customer's row."""
    bad = good.with_name("damaged.sqlite3")
    shutil.copy(good, bad)
    data = bytearray(bad.read_bytes())
    page_start = data.find(b"Customer B050") // 4096 * 4096
    data[page_start + 3:page_start + 5] = b"\x00\x40"
    bad.write_bytes(bytes(data))
    return bad


def _not_crm(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()
    return path


def _newer(good: Path) -> Path:
    path = good.with_name("newer.sqlite3")
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    conn.commit()
    conn.close()
    return path


def _not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(bytes(range(256)) * 64)
    return path


@pytest.mark.parametrize(("make", "expected"), [
    (lambda good, tmp: _damaged(good), r"The backup .*damaged\.sqlite3 is damaged \(.+ page \d+\); nothing was restored\.$"),
    (lambda good, tmp: _not_crm(tmp), r"notes\.sqlite3 is not a Studio CRM database\."),
    (lambda good, tmp: _newer(good), rf"was written by a newer Studio CRM \(schema {LATEST + 1}\); update the app"),
    (lambda good, tmp: _not_sqlite(tmp), r"photo\.sqlite3 is not a SQLite database, so it is not a Studio CRM backup"),
    (lambda good, tmp: tmp / "nowhere.sqlite3", r"There is no backup file at .*nowhere\.sqlite3\."),
    (lambda good, tmp: tmp, r"There is no backup file at"),
], ids=["damaged", "not-crm", "newer-schema", "not-sqlite", "missing", "folder"])
def test_restore_refuses_a_bad_backup_and_leaves_the_target_byte_identical(
        target: Path, good_backup: Path, tmp_path: Path, backups_root: Path, make, expected: str) -> None:
    bad = make(good_backup, tmp_path)
    before = _files(target)
    with pytest.raises(UserError, match=expected):
        restore(bad, target)
    assert _files(target) == before
    assert not backups_root.exists()  # not even a before-restore copy was made
    assert not _temporaries(tmp_path)


def test_restore_replaces_the_data_and_keeps_a_copy_of_what_it_replaced(
        target: Path, good_backup: Path, tmp_path: Path) -> None:
    open_database(target)
    save_customer(CustomerInput(ref="T4", name="Only in the WAL"))
    close_database()
    safety = restore(good_backup, target)
    assert _refs(target) == [f"B{n:03}" for n in range(120)]
    assert safety is not None and safety.parent == backup_folder(target)
    assert safety.name.startswith("studio-crm-") and safety.name.endswith("-before-restore.sqlite3")
    assert _refs(safety) == ["T1", "T2", "T3", "T4"]
    assert automatic_backups(safety.parent) == []  # rotation never deletes a before-restore copy
    assert not _temporaries(tmp_path) and not _temporaries(safety.parent)
    db = open_database(target, must_exist=True)  # the app opens the restored file as usual
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    save_customer(CustomerInput(ref="NEW", name="Written after the restore"))
    close_database()


def test_only_the_newest_before_restore_copies_stay_and_none_is_overwritten(
        target: Path, good_backup: Path) -> None:
    copies = [restore(good_backup, target) for _ in range(KEEP_BEFORE_RESTORE + 2)]  # within a second or two
    assert len(set(copies)) == len(copies)  # each restore kept its own copy
    assert before_restore_copies(backup_folder(target)) == copies[-KEEP_BEFORE_RESTORE:]
    assert _refs(copies[-1])[:2] == ["B000", "B001"]


def test_restore_into_a_new_file(good_backup: Path, tmp_path: Path) -> None:
    new = tmp_path / "fresh.sqlite3"
    assert restore(good_backup, new) is None
    assert _refs(new)[:2] == ["B000", "B001"]
    assert not _temporaries(tmp_path)


def test_restore_refuses_while_the_database_is_open(target: Path, good_backup: Path) -> None:
    open_database(target)  # as the window has it
    save_customer(CustomerInput(ref="T4", name="Open in the app"))
    before = _files(target)
    with pytest.raises(DatabaseError, match="is open in Studio CRM or another program; close it there"):
        restore(good_backup, target)
    assert _files(target) == before
    save_customer(CustomerInput(ref="T5", name="The app carries on"))
    close_database()
    assert _refs(target) == ["T1", "T2", "T3", "T4", "T5"]


def test_restore_gives_up_on_a_locked_database(target: Path, good_backup: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_module, "BUSY_SECONDS", 0.3)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    conn.execute("UPDATE customer SET name = 'Being edited' WHERE ref = 'T1'")
    try:
        with pytest.raises(DatabaseError, match="is locked by another program; try again"):
            restore(good_backup, target)
    finally:
        conn.execute("COMMIT")
        conn.close()
    assert _refs(target) == ["T1", "T2", "T3"]


@pytest.mark.parametrize(("case", "expected"), [
    ("itself", "A database cannot be restored from itself."),
    ("not_sqlite_target", "is not a SQLite database, so it was not replaced"),
    ("folder_target", "is a folder, not a database file."),
    ("no_folder", "does not exist."),
])
def test_restore_refuses_a_bad_target(target: Path, good_backup: Path, tmp_path: Path, case: str,
                                      expected: str) -> None:
    source, dest = good_backup, target
    if case == "itself":
        source = target
    elif case == "not_sqlite_target":
        dest = tmp_path / "letter.txt"
        dest.write_text("Dear customer, " * 200, encoding="utf-8")
    elif case == "folder_target":
        dest = tmp_path
    elif case == "no_folder":
        dest = tmp_path / "missing" / "studio.sqlite3"
    before = _files(dest) if dest.is_file() else {}
    with pytest.raises(UserError, match=expected):
        restore(source, dest)
    assert (_files(dest) if dest.is_file() else {}) == before
    assert _refs(target) == ["T1", "T2", "T3"]
