"""Opening the one database: SQLite file (default) or a PostgreSQL URL, then migrating it."""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee
from platformdirs import user_data_dir

from crm_desktop.errors import DatabaseError
from crm_desktop.i18n import _
from crm_desktop.migrations import migrate
from crm_desktop.models import database_proxy

log = logging.getLogger(__name__)

APP_NAME = "StudioCRM"
DEFAULT_FILE = "studio-crm.sqlite3"
BUSY_TIMEOUT_MS = 5000
# Another data folder (database, backups, log) than the per-user one: a portable install, or a
# benchmark or script that must not write into the user's own folder.
DATA_DIR_ENV = "STUDIO_CRM_DATA_DIR"

# Run after every open_database, once the schema is current: the CLI logs in there.
_open_hooks: list[Callable[[], None]] = []


def data_dir() -> Path:
    """The data directory (database, backups, logs): $STUDIO_CRM_DATA_DIR, else the per-user one."""
    chosen = os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
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
            # NORMAL in WAL mode survives a killed process, but the WAL is synced only at
            # checkpoints, so a power cut could take back hours of saves typed since the last
            # one. FULL syncs each commit: about a millisecond per save, once per import.
            "synchronous": "full",
            # Deleted and overwritten text is zeroed, not left in free space: erasing a
            # customer's personal data must really remove it from the file.
            "secure_delete": 1,
        },
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def display_name(spec: str | os.PathLike[str] | None) -> str:
    """A database as labels and messages name it: the file's path, or the URL without user and
    password (the same in every language, and never a secret)."""
    if spec is None:
        return str(default_db_path())
    spec = str(spec)
    if not is_url(spec) or "@" not in spec:
        return spec
    scheme, rest = spec.split("://", 1)
    return f"{scheme}://{rest.rsplit('@', 1)[1]}"


def _postgres(url: str) -> peewee.Database:
    from playhouse.db_url import connect

    try:
        # Like SQLite's busy timeout: wait a while for another user's lock, then say so.
        return connect(url.replace("postgres://", "postgresql://", 1),
                       options=f"-c lock_timeout={BUSY_TIMEOUT_MS}")
    except (ImportError, RuntimeError) as exc:
        raise DatabaseError(
            "PostgreSQL support needs the psycopg2 driver: pip install 'studio-crm[postgres]'."
        ) from exc
    except ValueError as exc:  # no database name, a port that is not a number, ...
        raise DatabaseError(
            "That is not a PostgreSQL address; write it as "
            "postgresql://user:password@host:port/database."
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
        where = display_name(spec)
    else:
        path = Path(spec).expanduser()
        _check_sqlite_path(path, must_exist)
        db = _sqlite(path)
        where = str(path)
    database_proxy.initialize(db)
    with translate_errors(where):
        db.connect(reuse_if_open=True)
        migrate(db)
        for hook in _open_hooks:
            hook()
    return db


@contextlib.contextmanager
def on_open(hook: Callable[[], None]) -> Iterator[None]:
    """Call `hook` after each database opened within the block (it may raise a UserError)."""
    _open_hooks.append(hook)
    try:
        yield
    finally:
        _open_hooks.remove(hook)


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


@contextlib.contextmanager
def translate_errors(where: str | None = None) -> Iterator[None]:
    """Turn the driver's environment errors into one sentence for a person.

    `where` names the database as `display_name` does (None: "the database"); it starts
    each sentence.
    """
    try:
        yield
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if isinstance(exc, peewee.IntegrityError):
            raise
        message = _message_for(str(exc).lower())
        if message is None:
            raise
        if where is None:
            phrase = _("the database")  # starts the sentence: capitalised (a path or URL is not)
            where = phrase[:1].upper() + phrase[1:]
        raise DatabaseError(message.format(where=where)) from exc


def _message_for(text: str) -> str | None:
    """The sentence for a driver's error text (SQLite or PostgreSQL), or None for a bug."""
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return _("{where} is locked by another program; try again when it has finished.")
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return _("{where} is not a Studio CRM database or is damaged.")
    if "readonly" in text or "read-only" in text:
        return _("{where} is read-only; check its permissions.")
    if "password authentication failed" in text or "no password supplied" in text:
        return _("{where} refused the user name or password.")
    if "database" in text and "does not exist" in text:
        return _("{where} does not exist on that server; ask whoever runs the server to create it.")
    if "permission denied" in text:
        return _("{where} does not let this user read and write the studio's tables.")
    if ("could not connect" in text or "connection to server" in text or "could not translate host" in text
            or "timeout expired" in text):
        return _("{where} cannot be reached; check the address and that the server is running.")
    if "server closed the connection" in text or "connection already closed" in text:
        return _("The connection to {where} was lost; try again.")
    if "unable to open" in text:
        return _("{where} cannot be opened; check that the file and its folder are there.")
    if "disk" in text and "full" in text:
        return _("The disk is full; free some space and try again.")
    return None
