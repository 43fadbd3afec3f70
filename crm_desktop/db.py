"""Opening the one database: SQLite file (default) or a PostgreSQL URL, then migrating it."""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
from platformdirs import user_data_dir

from crm_desktop.errors import DatabaseError
from crm_desktop.migrations import migrate
from crm_desktop.models import database_proxy

log = logging.getLogger(__name__)

APP_NAME = "StudioCRM"
DEFAULT_FILE = "studio-crm.sqlite3"
BUSY_TIMEOUT_MS = 5000


def data_dir() -> Path:
    """The per-user data directory (database, backups, logs)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_FILE


def is_url(spec: str) -> bool:
    return spec.startswith(("postgresql://", "postgres://"))


def _sqlite(path: Path) -> peewee.SqliteDatabase:
    return peewee.SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "cache_size": -64000,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": "normal",
        },
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def _postgres(url: str) -> peewee.Database:
    try:
        from playhouse.db_url import connect
    except ImportError as exc:  # pragma: no cover - playhouse ships with peewee
        raise DatabaseError("PostgreSQL support is not installed.") from exc
    try:
        return connect(url.replace("postgres://", "postgresql://", 1))
    except (ImportError, RuntimeError) as exc:
        raise DatabaseError(
            "PostgreSQL support needs the psycopg2 driver: pip install 'studio-crm[postgres]'."
        ) from exc


def _check_sqlite_path(path: Path, must_exist: bool) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(f"The database {path} cannot be read and written; check its permissions.")
        return
    if must_exist:
        raise DatabaseError(f"There is no database at {path}.")
    parent = path.parent
    if not parent.is_dir():
        raise DatabaseError(f"The folder {parent} does not exist, so no database can be created there.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise DatabaseError(f"The folder {parent} is not writable, so no database can be created there.")


def open_database(spec: str | os.PathLike[str] | None = None, *, must_exist: bool = False) -> peewee.Database:
    """Open (creating if allowed) and migrate the database, and bind the models to it.

    `spec` is a file path, a PostgreSQL URL, or None for the default file in the data directory.
    """
    if spec is None:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        db: peewee.Database = _sqlite(path)
        where = str(path)
    elif is_url(str(spec)):
        db = _postgres(str(spec))
        where = "the PostgreSQL database"
    else:
        path = Path(spec).expanduser()
        _check_sqlite_path(path, must_exist)
        db = _sqlite(path)
        where = str(path)
    database_proxy.initialize(db)
    with translate_errors(where):
        db.connect(reuse_if_open=True)
        migrate(db)
    return db


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


@contextlib.contextmanager
def translate_errors(where: str = "the database") -> Iterator[None]:
    """Turn the driver's environment errors into one sentence for a person."""
    try:
        yield
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if isinstance(exc, peewee.IntegrityError):
            raise
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseError(
                f"{where} is locked by another program; try again when it has finished."
            ) from exc
        if "not a database" in text or "malformed" in text or "file is encrypted" in text:
            raise DatabaseError(f"{where} is not a Studio CRM database or is damaged.") from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseError(f"{where} is read-only; check its permissions.") from exc
        if "unable to open" in text or "could not connect" in text or "connection" in text:
            raise DatabaseError(f"{where} cannot be opened: {exc}".rstrip(".") + ".") from exc
        if "disk" in text and "full" in text:
            raise DatabaseError("The disk is full; free some space and try again.") from exc
        raise
