"""Data the database keeps for itself with triggers, and how to load in bulk without them.

Two tables of derived figures exist (crm_desktop.customer_figures, crm_desktop.nps_months).
Each has triggers for SQLite and for PostgreSQL and a way to recompute everything from
scratch; this holds what they do alike: install the triggers and recount, and a bulk load
(the demo) that drops the triggers, loads, and recounts once.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import peewee

# The events every trigger set watches.
EVENTS = ("insert", "update", "delete")


# Transition tables allow one event per trigger, and no column list for UPDATE.
_TRANSITION = {
    "insert": "REFERENCING NEW TABLE AS new_rows",
    "update": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "REFERENCING OLD TABLE AS old_rows",
}


def postgres_statement_triggers(table: str, name: str, function: str) -> list[str]:
    """PostgreSQL: `{name}_{event}` on `table` for each event, statement-level, calling `function`
    with the changed rows as `new_rows` / `old_rows` (a 5 000-row INSERT is one call)."""
    statements = []
    for event, referencing in _TRANSITION.items():
        trigger = f"{name}_{event}"
        statements += [
            f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
            f"CREATE TRIGGER {trigger} AFTER {event.upper()} ON {table} {referencing}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        ]
    return statements


@dataclass(frozen=True)
class Derived:
    # The CREATE TRIGGER statements (and on PostgreSQL their functions), per backend.
    triggers: Callable[[bool], list[str]]  # is_sqlite → statements
    # (table, trigger name) of every trigger `triggers` creates.
    trigger_names: tuple[tuple[str, str], ...]
    # Recompute everything from the source rows.
    refresh_all: Callable[[peewee.Database], None]

    def install(self, db: peewee.Database) -> None:
        """Create the triggers (idempotent) and bring everything up to date."""
        for statement in self.triggers(isinstance(db, peewee.SqliteDatabase)):
            db.execute_sql(statement)
        self.refresh_all(db)

    @contextlib.contextmanager
    def suspended(self, db: peewee.Database) -> Iterator[None]:
        """Bulk loading without the triggers (inside the caller's transaction), then one recount.

        A trigger per inserted row triples the time of a 50 000-customer demo; one
        recomputation at the end gives the same figures.
        """
        is_sqlite = isinstance(db, peewee.SqliteDatabase)
        for table, name in self.trigger_names:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}" + ("" if is_sqlite else f" ON {table}"))
        yield
        self.install(db)
