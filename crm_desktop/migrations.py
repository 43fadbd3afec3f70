"""Schema versions and the migrations between them.

A new database gets the current schema straight from the models and is stamped LATEST.
An older one is brought forward one version at a time, each step in its own transaction.
A database from a newer version of the app is refused rather than guessed at.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from crm_desktop import customer_figures, nps_months
from crm_desktop.errors import DatabaseError
from crm_desktop.models import (
    ALL_MODELS,
    AuditEntry,
    Customer,
    Decision,
    DistinctPair,
    Feedback,
    NpsMonth,
    Project,
    ReminderState,
    SchemaVersion,
    StaffMember,
    SurveyResponse,
)

log = logging.getLogger(__name__)


def _v2_record_versions(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v2: a version counter on customers and projects, so concurrent edits cannot overwrite."""
    run_operations(
        migrator.add_column(Customer._meta.table_name, "version", peewee.IntegerField(default=1)),
        migrator.add_column(Project._meta.table_name, "version", peewee.IntegerField(default=1)),
    )


def _v3_reminder_states(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v3: the table of reminders marked done or snoozed (care reminders are computed)."""
    db.create_tables([ReminderState])


def _v4_accounts_and_audit(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v4: a password for staff accounts, and the audit log of who changed what."""
    run_operations(
        migrator.add_column(StaffMember._meta.table_name, "password_hash",
                            peewee.CharField(null=True, max_length=255)),
    )
    db.create_tables([AuditEntry])


def _v5_complaint_and_decision_versions(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v5: version counters on complaints and decisions too (resolving, reviewing), so a stale
    form cannot overwrite someone else's edit."""
    run_operations(
        migrator.add_column(Feedback._meta.table_name, "version", peewee.IntegerField(default=1)),
        migrator.add_column(Decision._meta.table_name, "version", peewee.IntegerField(default=1)),
    )


def _v6_customer_erasure(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v6: the day a customer's personal data was erased (None: never)."""
    run_operations(
        migrator.add_column(Customer._meta.table_name, "erased_on", peewee.DateField(null=True)),
    )


def _v7_cached_customer_figures(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v7: each customer's latest score and profit on the customer row, kept by triggers."""
    table = Customer._meta.table_name
    # As a fresh schema has it: NOT NULL with a default in the database (one statement on
    # both backends; peewee's migrator would keep the default in Python only).
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "profit_cents" BIGINT NOT NULL DEFAULT 0')
    run_operations(
        migrator.add_column(table, "latest_score", peewee.SmallIntegerField(null=True)),
        migrator.add_column(table, "latest_response_on", peewee.DateField(null=True)),
        migrator.add_index(table, ("latest_score", "profit_cents"), False),
        migrator.add_index(table, ("profit_cents",), False),
    )
    customer_figures.install(db)


def _v8_nps_index(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v8: survey_response(date, score) covers every NPS count; it replaces the date index."""
    table = SurveyResponse._meta.table_name
    run_operations(
        migrator.add_index(table, ("date", "score"), False),
        migrator.drop_index(table, f"{table}_date"),
    )


def _v9_nps_month_counts(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v9: responses counted per (month, score) in nps_month, kept by triggers."""
    db.create_tables([NpsMonth])
    nps_months.install(db)


def _v10_customer_designer(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v10: the designer who looks after each customer (set one by one or in bulk)."""
    run_operations(
        # The migrator adds the field's index and foreign key with the column.
        migrator.add_column(Customer._meta.table_name, "designer_id", Customer.designer),
    )


def _v11_distinct_pairs(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """v11: pairs of customers the owner marked as different people, left out of duplicates."""
    db.create_tables([DistinctPair])


# MIGRATIONS[n] brings a database from version n - 1 to version n.
MIGRATIONS: dict[int, Callable[[peewee.Database, SchemaMigrator], None]] = {
    2: _v2_record_versions,
    3: _v3_reminder_states,
    4: _v4_accounts_and_audit,
    5: _v5_complaint_and_decision_versions,
    6: _v6_customer_erasure,
    7: _v7_cached_customer_figures,
    8: _v8_nps_index,
    9: _v9_nps_month_counts,
    10: _v10_customer_designer,
    11: _v11_distinct_pairs,
}
LATEST = max(MIGRATIONS, default=1)


def schema_version(db: peewee.Database) -> int | None:
    """The stored version, or None for an empty database."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise DatabaseError("This database was not made by Studio CRM.")
        return None
    row = SchemaVersion.select(SchemaVersion.version).first()
    if row is None:
        raise DatabaseError("This database has no schema version and cannot be used.")
    return row.version


def _set_version(version: int) -> None:
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=version)


def migrate(db: peewee.Database) -> int:
    """Create or upgrade the schema; return the version the database is now at."""
    current = schema_version(db)
    if current is None:
        with db.atomic():
            db.create_tables(ALL_MODELS)
            customer_figures.install(db)
            nps_months.install(db)
            _set_version(LATEST)
        return LATEST
    if current > LATEST:
        raise DatabaseError(
            f"This database was written by a newer Studio CRM (schema {current}); "
            "please update the app."
        )
    if current == LATEST:
        return current
    is_sqlite = isinstance(db, peewee.SqliteDatabase)
    # SQLite rebuilds tables for some column changes; with foreign keys on, dropping the
    # old table would fire ON DELETE CASCADE. The pragma only takes effect outside a transaction.
    if is_sqlite:
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        migrator = SchemaMigrator.from_database(db)
        for version in range(current + 1, LATEST + 1):
            log.info("migrating database schema to version %d", version)
            with db.atomic():
                MIGRATIONS[version](db, migrator)
                _set_version(version)
        if is_sqlite and db.execute_sql("PRAGMA foreign_key_check").fetchall():
            raise DatabaseError("The database has broken references after upgrading; restore a backup.")
    finally:
        if is_sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return LATEST
