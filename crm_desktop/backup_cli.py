"""`backup --db PATH --out FILE` and `restore FILE --db PATH`: the SQLite file, through the backup API.

Success is one line on stderr; a PostgreSQL URL gets the pg_dump/pg_restore sentence. With
staff accounts on, both are for the owner (`--user`): a backup holds every figure, and a
restore replaces the accounts too. Automatic backups belong to the window alone: a backup
at every scripted command would rotate the meaningful ones away within minutes.
"""
from __future__ import annotations

import argparse
from typing import TextIO

from crm_desktop import access
from crm_desktop.backup import backup_to, pg_restore_sentence, restore, sqlite_file
from crm_desktop.db import close_database, open_database
from crm_desktop.errors import DatabaseError
from crm_desktop.i18n import _


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The two sub-commands, for `cli.build_parser`."""
    backup = sub.add_parser("backup", help="copy the SQLite database to a file, safely even while it is open")
    backup.add_argument("--db", required=True)
    backup.add_argument("--out", required=True, help="the backup file to write")
    restore_cmd = sub.add_parser("restore", help="replace the SQLite database with a checked backup")
    restore_cmd.add_argument("file", help="the backup file")
    restore_cmd.add_argument("--db", required=True)


def _owner_only(db: str) -> None:
    """Refuse a staff login; opening the database runs the `--user` login when accounts are on."""
    open_database(db, must_exist=True)
    try:
        access.require_owner(_("back up or restore the whole database"))
    finally:
        close_database()


def cmd_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    sqlite_file(args.db)  # a PostgreSQL URL gets the pg_dump sentence before anything is opened
    _owner_only(args.db)
    written = backup_to(args.db, args.out)
    print(_("Backed up {db} to {out}.").format(db=args.db, out=written), file=err)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if sqlite_file(args.db, pg_restore_sentence).is_file():
        try:
            _owner_only(args.db)
        except DatabaseError:
            pass  # a damaged or foreign file has no accounts to honour; `restore` judges it
    safety = restore(args.file, args.db)
    if safety is None:
        print(_("Restored {db} from {file}.").format(db=args.db, file=args.file), file=err)
    else:
        print(_("Restored {db} from {file}; the data it replaced is kept in {copy}.").format(
            db=args.db, file=args.file, copy=safety), file=err)
    return 0
