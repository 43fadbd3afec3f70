"""Backing up and restoring the SQLite file with SQLite's online backup API, never a file copy.

A backup is written to a hidden temporary file beside its final name and renamed only when
complete, so a half-written backup never carries the final name. It is a single
self-contained file (rollback journal, no -wal), openable by any SQLite tool.

A restore checks the backup first — it opens read-only, passes `PRAGMA integrity_check`,
is a Studio CRM database of a schema this app can open — and only then touches the target.
It refuses a target that any connection has open (switching a WAL database to a rollback
journal needs every other connection gone), keeps a "before-restore" copy of the data it
replaces, and copies the backup in through the backup API, inside SQLite's own locking.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee

from crm_desktop.db import BUSY_TIMEOUT_MS, data_dir, is_url
from crm_desktop.errors import DatabaseError, UserError
from crm_desktop.i18n import _
from crm_desktop.migrations import LATEST
from crm_desktop.models import SchemaVersion, database_proxy

PREFIX = "studio-crm-"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y-%m-%dT%H%M%SZ"
TEMP_PREFIX = ".studio-crm-partial-"
TEMP_SUFFIX = ".tmp"
BEFORE_RESTORE = "-before-restore"
KEEP_BEFORE_RESTORE = 3
BUSY_SECONDS = BUSY_TIMEOUT_MS / 1000
STAMP_PATTERN = r"\d{4}-\d\d-\d\dT\d{6}Z"

_BEFORE_RESTORE_NAME = re.compile(re.escape(PREFIX) + f"({STAMP_PATTERN})" + re.escape(BEFORE_RESTORE + SUFFIX))

PathLike = str | os.PathLike[str]


class _Busy(Exception):
    """Raised from the backup progress callback to stop waiting for a lock."""


def pg_backup_sentence() -> str:
    return _("Studio CRM backs up only SQLite files; back up a PostgreSQL database with pg_dump, "
             "for example: pg_dump -Fc -f studio.dump postgresql://…")


def pg_restore_sentence() -> str:
    return _("Studio CRM restores only SQLite files; restore a PostgreSQL database with pg_restore, "
             "for example: pg_restore --clean -d postgresql://… studio.dump")


def backups_root() -> Path:
    """Where automatic and before-restore backups go: `<data dir>/backups` (tests point it elsewhere)."""
    return data_dir() / "backups"


def backup_folder(db_path: Path) -> Path:
    """The backups of one database file: `<backups root>/<file stem>-<hash of its full path>`.

    The hash keeps two databases with the same file name (say, two `studio.sqlite3` in different
    folders) apart, so rotating one never deletes the other's backups.
    """
    resolved = db_path.expanduser().resolve()
    digest = hashlib.blake2s(str(resolved).encode("utf-8"), digest_size=4).hexdigest()
    return backups_root() / f"{resolved.stem}-{digest}"


def stamp(when: dt.datetime) -> str:
    """A UTC timestamp for file names: sortable, and the same whatever the time zone or DST."""
    return when.astimezone(dt.UTC).strftime(STAMP_FORMAT)


def parse_stamp(text: str) -> dt.datetime:
    """The UTC time a `stamp` stands for."""
    return dt.datetime.strptime(text, STAMP_FORMAT).replace(tzinfo=dt.UTC)


def open_sqlite_file() -> Path | None:
    """The file of the database the app has open, or None when it is PostgreSQL or in memory."""
    db = database_proxy.obj
    if not isinstance(db, peewee.SqliteDatabase) or db.database in ("", ":memory:"):
        return None
    return Path(db.database)


def sqlite_file(spec: PathLike | peewee.Database, pg_sentence: Callable[[], str] = pg_backup_sentence) -> Path:
    """The SQLite file behind a path or an open database; PostgreSQL gets the pg_dump sentence."""
    if isinstance(spec, peewee.Database):
        if not isinstance(spec, peewee.SqliteDatabase):
            raise UserError(pg_sentence())
        if spec.database in ("", ":memory:"):
            raise UserError(_("A database kept in memory has no file to back up."))
        return Path(spec.database)
    text = os.fspath(spec)
    if is_url(text):
        raise UserError(pg_sentence())
    return Path(text).expanduser()


def backup_to(db_or_path: PathLike | peewee.Database, out_path: PathLike) -> Path:
    """Write a consistent copy of the live database to `out_path`; returns that path.

    Safe while the app has the database open: it reads through its own read-only connection,
    sees every committed transaction (including those still in the -wal file) and never
    writes to or checkpoints the source.
    """
    source = sqlite_file(db_or_path)
    out = Path(out_path).expanduser()
    if not source.is_file():
        raise DatabaseError(_("There is no database at {path}.").format(path=source))
    _check_output(out, source)
    with _translated(source), contextlib.closing(_read_only(source)) as src:
        version = _schema_version(src)
        if version is None:
            raise DatabaseError(_("{path} is not a Studio CRM database.").format(path=source))
        _write_atomically(out, lambda conn: _copy(src, conn))
    return out


def restore(backup_file: PathLike, db_path: PathLike) -> Path | None:
    """Replace the database at `db_path` with a verified backup.

    Returns the before-restore copy of the data that was replaced (None when there was no
    database at `db_path`). Any problem raises a UserError and leaves the target as it was.
    The caller must have closed its own connection to the target.
    """
    source = Path(backup_file).expanduser()
    target = sqlite_file(db_path, pg_restore_sentence)
    _require_file(source)
    if target.is_dir():
        raise UserError(_("{path} is a folder, not a database file.").format(path=target))
    if not target.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist.").format(folder=target.parent))
    if target.exists() and _same_file(source, target):
        raise UserError(_("A database cannot be restored from itself."))
    with _translated(source), contextlib.closing(_read_only(source)) as src:
        _verified_version(src, source)
        if not target.exists():
            _check_output(target, source)
            _write_atomically(target, lambda conn: _copy(src, conn))
            return None
        return _replace(src, target)


def _replace(src: sqlite3.Connection, target: Path) -> Path:
    connection = sqlite3.connect(target, timeout=BUSY_SECONDS, isolation_level=None)
    with contextlib.closing(connection) as dest, _translated(target):
        try:
            mode = dest.execute("PRAGMA journal_mode").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(_("{path} is not a SQLite database, so it was not replaced; move it "
                                  "away and restore again.").format(path=target)) from exc
        if mode == "wal":
            try:
                # Only possible when no other connection has the file open: a restore must
                # never pull the data from under a running app.
                mode_now = dest.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.OperationalError as exc:
                raise DatabaseError(_open_elsewhere(target)) from exc
            if mode_now == "wal":
                raise DatabaseError(_open_elsewhere(target))
        safety = _safety_copy(dest, target)
        _copy(src, dest)
        if mode == "wal":
            with contextlib.suppress(sqlite3.OperationalError):
                # If another program opened the file meanwhile this fails harmlessly; the
                # app turns the write-ahead log back on whenever it opens the database.
                dest.execute("PRAGMA journal_mode=WAL")
    return safety


def _safety_copy(dest: sqlite3.Connection, target: Path) -> Path:
    """Keep the data about to be replaced, through the connection that will replace it.

    Only the newest KEEP_BEFORE_RESTORE such copies stay: they hold data that may since have
    been erased on purpose (a customer's right to be forgotten), so they must not pile up.
    """
    folder = make_folder(backup_folder(target))
    when = dt.datetime.now(dt.UTC)
    existing = before_restore_copies(folder)
    if existing:
        # Names strictly increase, so two restores within a second never share (overwrite) a copy.
        match = _BEFORE_RESTORE_NAME.fullmatch(existing[-1].name)
        assert match is not None
        when = max(when, parse_stamp(match.group(1)) + dt.timedelta(seconds=1))
    out = folder / f"{PREFIX}{stamp(when)}{BEFORE_RESTORE}{SUFFIX}"
    _write_atomically(out, lambda conn: _copy(dest, conn))
    for old in before_restore_copies(folder)[:-KEEP_BEFORE_RESTORE]:
        old.unlink(missing_ok=True)
    return out


def before_restore_copies(folder: Path) -> list[Path]:
    """The copies restores kept of the data they replaced, oldest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _BEFORE_RESTORE_NAME.fullmatch(p.name) and p.is_file()),
                  key=lambda p: p.name)


def make_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(_("Could not create the backup folder {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from exc
    return folder


def _open_elsewhere(path: Path) -> str:
    return _("{path} is open in Studio CRM or another program; close it there and try again.").format(path=path)


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise UserError(_("There is no backup file at {path}.").format(path=path))


def _check_output(out: Path, source: Path) -> None:
    if out.is_dir():
        raise UserError(_("{path} is a folder; give a file name for the backup.").format(path=out))
    if not out.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist.").format(folder=out.parent))
    if out.exists() and _same_file(out, source):
        raise UserError(_("A database cannot be backed up onto itself."))
    if Path(f"{out}-wal").exists():
        # A stale write-ahead log beside the new file would be replayed over it when opened.
        raise UserError(_("{path} looks like a database in use ({name} exists); choose another file name.")
                        .format(path=out, name=f"{out.name}-wal"))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS,
                           isolation_level=None)


def _schema_version(conn: sqlite3.Connection) -> int | None:
    """The stored schema version; None when the file is SQLite but not a Studio CRM database."""
    table = SchemaVersion._meta.table_name
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is None:
        return None
    row = conn.execute(f'SELECT max(version) FROM "{table}"').fetchone()
    return None if row is None or row[0] is None else int(row[0])


def _verified_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise DatabaseError(_("{path} is not a SQLite database, so it is not a Studio CRM backup.")
                                .format(path=path)) from exc
        raise DatabaseError(_("The backup {path} is damaged ({problem}); nothing was restored.")
                            .format(path=path, problem=exc)) from exc
    if problems != ["ok"]:
        # SQLite heads its report with "*** in database main ***"; the first finding says enough.
        lines = [line for text in problems for line in text.splitlines() if line and not line.startswith("***")]
        raise DatabaseError(_("The backup {path} is damaged ({problem}); nothing was restored.")
                            .format(path=path, problem=lines[0] if lines else problems[0]))
    version = _schema_version(conn)
    if version is None:
        raise DatabaseError(_("{path} is not a Studio CRM database.").format(path=path))
    if version > LATEST:
        raise DatabaseError(_("The backup {path} was written by a newer Studio CRM (schema {version}); "
                              "update the app to restore it.").format(path=path, version=version))
    return version


def _copy(src: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    """The whole database in one step; waits at most BUSY_SECONDS for a lock, then gives up."""
    started = time.monotonic()

    def progress(status: int, remaining: int, total: int) -> None:
        # sqlite3.Connection.backup retries a busy step for ever; this bounds the wait.
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() - started > BUSY_SECONDS:
            raise _Busy

    src.backup(dest, progress=progress)


def _write_atomically(out: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Fill a temporary database beside `out`, make it a single file, then rename it to `out`."""
    try:
        handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=out.parent)
    except OSError as exc:
        raise UserError(_("Could not write {path}: {reason}.").format(path=out, reason=exc.strerror or exc)) from exc
    os.close(handle)
    temp = Path(name)
    try:
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            fill(conn)
            # The copied header says WAL when the source uses it; a backup is one file.
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        try:
            os.replace(temp, out)
        except OSError as exc:
            raise UserError(_("Could not write {path}: {reason}.").format(
                path=out, reason=exc.strerror or exc)) from exc
    except BaseException:
        for leftover in (temp, Path(f"{temp}-journal")):
            leftover.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def _translated(path: Path) -> Iterator[None]:
    """SQLite's environment errors as one sentence naming the file concerned."""
    try:
        yield
    except _Busy as exc:
        raise DatabaseError(_("{path} is locked by another program; try again when it has finished.")
                            .format(path=path)) from exc
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseError(_("{path} is locked by another program; try again when it has finished.")
                                .format(path=path)) from exc
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            raise DatabaseError(_("{path} is not a Studio CRM database or is damaged.").format(path=path)) from exc
        if "full" in text:
            raise DatabaseError(_("The disk is full; free some space and try again.")) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
            raise DatabaseError(_("{path} cannot be read or written: {reason}.").format(path=path, reason=exc)) from exc
        raise
