"""Import: read, validate every row, and only then write everything in one transaction."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import peewee
from peewee import __exception_wrapper__

from crm_desktop import access, audit
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.models import (
    BaseModel,
    Customer,
    Project,
    SurveyResponse,
    database_proxy,
)
from crm_desktop.transfer.reading import read_table
from crm_desktop.transfer.validate import (
    KINDS,
    Existing,
    Kind,
    check_existing,
    map_header,
    parse_table,
)

# Rows per executemany call: bounds the memory of the parameter list, nothing more.
BATCH_ROWS = 5000


def import_file(kind: str, path: str | os.PathLike[str]) -> int:
    """Import a customers, projects or responses file; return the number of rows imported.

    Nothing is written unless every row is valid; otherwise ValidationError lists every problem
    as "line N: column: problem".
    """
    spec = _kind(kind)
    if spec.name == "projects":
        # Staff cannot set money by any path, and project rows carry revenue and cost.
        access.require_owner(_("import projects, which carry revenue and cost"))
    file = Path(path)
    table = read_table(file)
    index, header_problems = map_header(spec, table)
    if header_problems:
        failure = _failure(file, [str(p) for p in header_problems])
        if any(p.position < 0 for p in header_problems):  # a header that names no column
            raise UnknownColumns(failure.message, failure.problems)
        raise failure
    # Everything that needs only the file is checked before the database is locked.
    parsed = parse_table(spec, table, index)
    # Database errors (a locked file, ...) are left to the caller's db.translate_errors.
    with _write_transaction():
        existing = _load_existing(spec)
        check_existing(parsed, existing)
        if parsed.problems:
            raise _failure(file, [str(p) for p in sorted(parsed.problems)])
        rows = [values for _, values in parsed.rows]
        try:
            _WRITERS[spec.name](rows, existing)
            audit.record("import", spec.name, None, f"file: {file.name}; rows: {len(rows)}")
            _refresh_statistics(spec.name)
        except peewee.IntegrityError as exc:
            # Only possible if another program (on PostgreSQL) added the same ref meanwhile.
            raise UserError(
                "The database changed while importing and a ref clashed; nothing was imported, "
                "so try again."
            ) from exc
    return len(rows)


# The tables an import of each kind writes (the triggers write customer too).
_WRITTEN = {"customers": ("customer",), "projects": ("project", "customer"),
            "responses": ("survey_response", "customer", "nps_month")}


def _refresh_statistics(kind: str) -> None:
    """On PostgreSQL, tell the planner how big the tables have grown.

    After thousands of new rows its old statistics can make it join 50 000 customers to
    themselves by scanning — minutes for the next export — until autovacuum catches up.
    SQLite plans from the indexes themselves and needs nothing.
    """
    db = database_proxy.obj
    if isinstance(db, peewee.PostgresqlDatabase):
        for table in _WRITTEN[kind]:
            db.execute_sql(f'ANALYZE "{table}"')


def _kind(kind: str) -> Kind:
    try:
        return KINDS[kind]
    except KeyError:
        raise UserError(f"'{kind}' cannot be imported; choose customers, projects or responses.") from None


class UnknownColumns(ValidationError):
    """The header names columns this kind does not have: a file with headers of its own."""


def _failure(file: Path, problems: list[str]) -> ValidationError:
    count = len(problems)
    noun = "problem" if count == 1 else "problems"
    return ValidationError(
        f"The file {file.name} has {count} {noun}; nothing was imported.", problems
    )


@contextlib.contextmanager
def _write_transaction() -> Iterator[None]:
    db = database_proxy.obj
    # IMMEDIATE takes SQLite's write lock at BEGIN: the refs checked below cannot be taken by
    # another program before the rows are written, and a locked database fails at once.
    context = db.atomic("IMMEDIATE") if isinstance(db, peewee.SqliteDatabase) else db.atomic()
    with context:
        yield


def _load_existing(spec: Kind) -> Existing:
    customer_ids = dict(Customer.select(Customer.ref, Customer.id).tuples())
    project_refs: frozenset[str] = frozenset()
    if spec.name == "projects":
        project_refs = frozenset(ref for (ref,) in Project.select(Project.ref).tuples())
    return Existing(customer_ids, project_refs)


def _insert(model: type[BaseModel], fields: Sequence[peewee.Field], rows: list[tuple[Any, ...]]) -> None:
    """Insert plain value tuples (dates already ISO text) in the order of `fields`."""
    if not rows:
        return
    # peewee renders every value of a multi-row INSERT in Python (~90 µs a row, 4 s for 50 000
    # customers); one statement prepared by peewee and run through the driver's executemany
    # is ten times faster and has no limit on variables.
    sql, params = model.insert_many(rows[:1], fields=list(fields)).sql()
    # peewee appends the columns with defaults (created, version, ...) after the given fields.
    defaults = tuple(_iso(v) if isinstance(v, dt.date) else v for v in params[len(fields):])
    _execute_batches(sql, [row + defaults for row in rows], insert=True)


def _execute_batches(sql: str, rows: list[tuple[Any, ...]], *, insert: bool = False) -> None:
    """Run one prepared statement for every row, in batches, inside the caller's transaction."""
    db = database_proxy.obj
    cursor = db.cursor()
    with __exception_wrapper__:  # the driver's errors as peewee's (IntegrityError, ...)
        if not isinstance(db, peewee.PostgresqlDatabase):
            for chunk in peewee.chunked(rows, BATCH_ROWS):
                cursor.executemany(sql, chunk)
            return
        # psycopg2's executemany is a round trip per row; and each row would be its own
        # statement for the statement-level figure triggers (crm_desktop.customer_figures).
        from psycopg2.extras import execute_batch, execute_values

        if insert:
            head = sql.split(" VALUES ", 1)[0]  # and no RETURNING: the ids are not needed
            execute_values(cursor, head + " VALUES %s", rows, page_size=BATCH_ROWS)
        else:
            execute_batch(cursor, sql, rows, page_size=BATCH_ROWS)


def _iso(day: dt.date | None) -> str | None:
    # DateField's storage form; passing date objects relies on sqlite3's default adapter,
    # deprecated since Python 3.12.
    return None if day is None else day.isoformat()


def _write_customers(rows: list[dict[str, Any]], existing: Existing) -> None:
    fields = (Customer.ref, Customer.name, Customer.phone, Customer.email, Customer.birthday,
              Customer.tier, Customer.notes)
    _insert(Customer, fields, [
        (r["ref"], r["name"], r["phone"], r["email"], _iso(r["birthday"]), r["tier"], r["notes"])
        for r in rows
    ])
    referrals = [(r["ref"], r["referred_by"]) for r in rows if r["referred_by"]]
    if not referrals:
        return
    # A referrer may be a later row of the file, so links are set once every row has its id.
    ids = dict(Customer.select(Customer.ref, Customer.id).tuples())
    # One UPDATE prepared by peewee (SET value first, then the WHERE id), run per link.
    sql, _ = Customer.update(referred_by=0).where(Customer.id == 0).sql()
    _execute_batches(sql, [(ids[referrer], ids[ref]) for ref, referrer in referrals])


def _write_projects(rows: list[dict[str, Any]], existing: Existing) -> None:
    fields = (Project.ref, Project.customer, Project.title, Project.status, Project.revenue_cents,
              Project.cost_cents, Project.hours, Project.started, Project.finished)
    ids = existing.customer_ids
    _insert(Project, fields, [
        (r["ref"], ids[r["customer_ref"]], r["title"], r["status"], r["revenue"], r["cost"],
         r["hours"], _iso(r["started"]), _iso(r["finished"]))
        for r in rows
    ])


def _write_responses(rows: list[dict[str, Any]], existing: Existing) -> None:
    fields = (SurveyResponse.customer, SurveyResponse.date, SurveyResponse.score,
              SurveyResponse.comment)
    ids = existing.customer_ids
    _insert(SurveyResponse, fields, [
        (ids[r["customer_ref"]], _iso(r["date"]), r["score"], r["comment"]) for r in rows
    ])


_WRITERS = {
    "customers": _write_customers,
    "projects": _write_projects,
    "responses": _write_responses,
}

