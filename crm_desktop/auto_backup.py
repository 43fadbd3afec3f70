"""Automatic rotating backups of the SQLite file, taken only when the database has changed.

Backups of `<dir>/studio.sqlite3` go to `backup.backup_folder(...)` as
`studio-crm-2026-12-01T210301Z.sqlite3` (UTC, so names sort by time across time zones and
DST). Rotation keeps the newest KEEP and deletes only files named exactly like that (and
its own temporary files left by a crash); before-restore copies, which `backup.restore`
prunes itself, and anything else in the folder are left alone.

"Changed" is judged without opening the database: the newest write reaches either the main
file (at a checkpoint) or a non-empty -wal file (at a commit), so if neither was modified
since the newest backup began, that backup already holds every committed transaction.
(`PRAGMA data_version` cannot serve: it only compares states seen by one connection.)
"""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from crm_desktop.backup import (
    PREFIX,
    STAMP_PATTERN,
    SUFFIX,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    backup_folder,
    backup_to,
    make_folder,
    parse_stamp,
    stamp,
)
from crm_desktop.errors import DatabaseError
from crm_desktop.i18n import _

KEEP = 10
DAILY = dt.timedelta(days=1)
# A temporary file older than this is what a crash mid-backup left behind.
STALE_TEMP_SECONDS = 3600

_NAME = re.compile(re.escape(PREFIX) + f"({STAMP_PATTERN})" + re.escape(SUFFIX))


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _NAME.fullmatch(p.name) and p.is_file()),
                  key=lambda p: p.name)


def taken_at(backup: Path) -> dt.datetime:
    """When an automatic backup began, from its name."""
    match = _NAME.fullmatch(backup.name)
    if match is None:
        raise ValueError(f"{backup.name} is not an automatic backup's name")
    return parse_stamp(match.group(1))


def last_write(db_path: Path) -> float:
    """The latest modification time of the data: the main file, or a -wal file with frames in it."""
    latest = db_path.stat().st_mtime
    wal = Path(f"{db_path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        # An empty -wal is created whenever a connection opens; it holds no data.
        latest = max(latest, wal.stat().st_mtime)
    return latest


def needs_backup(db_path: Path, folder: Path, now: dt.datetime, min_interval: dt.timedelta | None = None) -> bool:
    """True when the database changed since the newest backup began (and that is old enough)."""
    backups = automatic_backups(folder)
    if not backups:
        return True
    newest = taken_at(backups[-1])
    if min_interval is not None and now - newest < min_interval:
        return False
    # Names have whole seconds; a write within the newest backup's second counts as a change.
    return last_write(db_path) >= newest.timestamp()


def auto_backup(db_path: Path, *, folder: Path | None = None, keep: int = KEEP, now: dt.datetime | None = None,
                min_interval: dt.timedelta | None = None) -> Path | None:
    """Back up `db_path` if it changed since its newest automatic backup, then rotate.

    Returns the new backup, or None when none was needed. `min_interval` (the daily check)
    also skips the backup while the newest one is younger than that.
    """
    if not db_path.is_file():
        raise DatabaseError(_("There is no database at {path}.").format(path=db_path))
    folder = backup_folder(db_path) if folder is None else folder
    now = dt.datetime.now(dt.UTC) if now is None else now
    if not needs_backup(db_path, folder, now, min_interval):
        return None
    make_folder(folder)
    out = folder / f"{PREFIX}{stamp(now)}{SUFFIX}"
    if out.exists():
        return None
    backup_to(db_path, out)
    rotate(folder, keep)
    return out


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest `keep` (at least one) automatic backups, and stale temporary files.

    Returns the files deleted.
    """
    backups = automatic_backups(folder)
    doomed = backups[: max(len(backups) - max(keep, 1), 0)]
    cutoff = time.time() - STALE_TEMP_SECONDS
    doomed += [p for p in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}") if p.stat().st_mtime < cutoff]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
