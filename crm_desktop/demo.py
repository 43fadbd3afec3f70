"""Demo data: a believable studio with three years of customers, jobs, surveys and contacts."""
from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

import peewee

from crm_desktop import customer_figures, nps_months
from crm_desktop import demo_plan as plan
from crm_desktop import demo_rows as rows
from crm_desktop.errors import UserError
from crm_desktop.models import (
    BaseModel,
    Customer,
    Feedback,
    Interaction,
    Project,
    ProjectLogEntry,
    StaffMember,
    SurveyResponse,
    database_proxy,
)
from crm_desktop.settings import load_settings, save_settings

# SQLite's default limit of bound variables per statement.
MAX_VARIABLES = 32_766

STAFF_FIELDS = [StaffMember.id, StaffMember.name, StaffMember.role, StaffMember.active]
CUSTOMER_FIELDS = [
    Customer.id, Customer.ref, Customer.name, Customer.phone, Customer.email, Customer.birthday,
    Customer.birthday_lunar, Customer.referred_by, Customer.tier, Customer.notes,
    Customer.lost_reason, Customer.lost_on, Customer.created, Customer.version,
    # Listed (as 0) because peewee adds unlisted defaults, which would break the reused SQL;
    # the triggers fill in the real profit as the projects go in.
    Customer.profit_cents,
]
PROJECT_FIELDS = [
    Project.id, Project.ref, Project.customer, Project.title, Project.kind, Project.status,
    Project.revenue_cents, Project.cost_cents, Project.hours, Project.started, Project.finished,
    Project.designer, Project.version,
]
LOG_FIELDS = [
    ProjectLogEntry.id, ProjectLogEntry.project, ProjectLogEntry.date, ProjectLogEntry.kind,
    ProjectLogEntry.text, ProjectLogEntry.staff,
]
FEEDBACK_FIELDS = [
    Feedback.id, Feedback.customer, Feedback.project, Feedback.category, Feedback.severity,
    Feedback.opened, Feedback.due, Feedback.owner, Feedback.status, Feedback.summary,
    Feedback.resolution, Feedback.resolved_on, Feedback.satisfaction, Feedback.version,
]
RESPONSE_FIELDS = [
    SurveyResponse.id, SurveyResponse.customer, SurveyResponse.project, SurveyResponse.date,
    SurveyResponse.score, SurveyResponse.comment,
]
INTERACTION_FIELDS = [
    Interaction.id, Interaction.customer, Interaction.date, Interaction.kind, Interaction.staff,
    Interaction.summary,
]


DEMO_STUDIO_NAME = "林周设计 Lin & Zhou Interiors"


def generate_demo(customers: int, seed: int, today: dt.date | None = None) -> str:
    """Fill an empty database with a demo studio; the same seed and day give the same data.

    Returns a one-line summary of what was written.
    """
    if customers < 1:
        raise UserError("A demo studio needs at least one customer.")
    db = database_proxy.obj
    if db is None:
        raise RuntimeError("generate_demo needs an open database")
    today = today or dt.date.today()
    rng = random.Random(seed)
    # One transaction: a demo is either all there or not there at all.  On SQLite take the
    # write lock up front so the emptiness check still holds when the rows go in.
    atomic = db.atomic("IMMEDIATE") if isinstance(db, peewee.SqliteDatabase) else db.atomic()
    with atomic:
        if Customer.select().exists():
            raise UserError("The database already holds customers; demo data goes into a new database.")
        with customer_figures.suspended(db), nps_months.suspended(db):
            counts = _fill(db, rng, customers, today.toordinal())
        save_settings(replace(load_settings(), studio_name=DEMO_STUDIO_NAME))
        if isinstance(db, peewee.PostgresqlDatabase):
            # Fresh planner statistics for the tables just filled (see transfer.importing).
            db.execute_sql("ANALYZE")
    return "Demo studio: " + ", ".join([
        _n(counts[Customer], "customer", "customers"),
        _n(counts[Project], "project", "projects"),
        _n(counts[ProjectLogEntry], "project-log entry", "project-log entries"),
        _n(counts[SurveyResponse], "survey response", "survey responses"),
        _n(counts[Interaction], "interaction", "interactions"),
        _n(counts[Feedback], "complaint", "complaints"),
        _n(counts[StaffMember], "new staff member", "new staff members"),
    ]) + f" (seed {seed})."

def _fill(db: peewee.Database, rng: random.Random, customers: int, today: int) -> dict[type[BaseModel], int]:
    start = today - (plan.YEARS * 365 + 1)
    # ISO text for every day a row can carry (due dates run up to two weeks past today).
    iso = {day: dt.date.fromordinal(day).isoformat() for day in range(start - 1, today + 20)}
    existing = dict(StaffMember.select(StaffMember.name, StaffMember.id).tuples())
    studio = plan.Studio(today=today, start=start,
                         staff=plan.plan_staff(rng, customers, start, existing))
    plan.plan_customers(rng, studio, customers)
    plan.plan_projects(rng, studio)
    plan.plan_lost(rng, studio)

    counts: dict[type[BaseModel], int] = {}
    counts[StaffMember] = _insert(db, StaffMember, STAFF_FIELDS, studio.staff.rows)
    counts[Customer] = _insert(db, Customer, CUSTOMER_FIELDS, plan.customer_rows(rng, studio, iso))
    counts[Project] = _insert(db, Project, PROJECT_FIELDS, plan.project_rows(studio, iso))
    counts[ProjectLogEntry] = _insert(db, ProjectLogEntry, LOG_FIELDS, rows.log_rows(rng, studio, iso))
    complaints, complained = rows.feedback_rows(rng, studio, iso)
    counts[Feedback] = _insert(db, Feedback, FEEDBACK_FIELDS, complaints)
    counts[SurveyResponse] = _insert(
        db, SurveyResponse, RESPONSE_FIELDS, rows.response_rows(rng, studio, iso, complained))
    counts[Interaction] = _insert(db, Interaction, INTERACTION_FIELDS, rows.interaction_rows(rng, studio, iso))
    _assign_designers(db)
    if isinstance(db, peewee.PostgresqlDatabase):
        _advance_sequences(db, [m for m, n in counts.items() if n])
    return counts


def _assign_designers(db: peewee.Database) -> None:
    """Each demo customer is looked after by the designer of their latest project (if any).

    Projects not started yet count as the oldest, on both backends (PostgreSQL would sort
    NULL first in a descending order).
    """
    db.execute_sql(
        'UPDATE "customer" SET "designer_id" = ('
        ' SELECT p."designer_id" FROM "project" p WHERE p."customer_id" = "customer"."id"'
        ' AND p."designer_id" IS NOT NULL ORDER BY p."started" IS NULL, p."started" DESC, p."id" DESC LIMIT 1)'
        ' WHERE "designer_id" IS NULL')


def _insert(db: peewee.Database, model: type[BaseModel], fields: Sequence[peewee.Field],
            source: Iterable[tuple[object, ...]]) -> int:
    """Bulk insert in batches that fit the bound-variable limit; returns the row count.

    Building a 30 000-value INSERT through peewee's query nodes costs far more than running it,
    so the SQL of a full batch is built once per table and reused with each batch's values.
    The values are already in database form (ISO dates, cents, ids), so nothing is lost by
    skipping peewee's per-value conversion.  A last, shorter batch goes through insert_many.
    """
    size = max(1, MAX_VARIABLES // len(fields))
    full_sql: str | None = None
    count = 0
    for batch in peewee.chunked(source, size):
        if len(batch) == size:
            if full_sql is None:
                full_sql, _ = model.insert_many(batch, fields=list(fields)).sql()
            db.execute_sql(full_sql, list(itertools.chain.from_iterable(batch)))
        else:
            model.insert_many(batch, fields=list(fields)).execute()
        count += len(batch)
    return count


def _advance_sequences(db: peewee.Database, models: Sequence[type[BaseModel]]) -> None:
    # Explicit ids leave PostgreSQL's id sequences behind; the next ordinary insert would
    # collide with a demo row.
    for model in models:
        table = model._meta.table_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f"(SELECT MAX(id) FROM \"{table}\"))"
        )


def _n(count: int, one: str, many: str) -> str:
    """1180 → '1 180 projects': the thousands grouping reads the same in both languages."""
    return f"{count:,}".replace(",", " ") + " " + (one if count == 1 else many)
