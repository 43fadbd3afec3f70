"""Each customer's latest score and profit, kept on the customer row by the database itself.

Every figure the owner looks at (the segment grid, the list's score, profit and segment
columns, the report, referral values) starts from two facts per customer: the latest survey
answer and Σ(revenue − cost) over active and completed projects. Computing them per request
means a correlated subquery per customer; at 50 000 customers that costs ten times the rest of
the query. So `customer.latest_score`, `customer.latest_response_on` and
`customer.profit_cents` hold them, and triggers on `survey_response` and `project` refresh
them on every insert, update and delete — whatever writes the row (a form, the importer, the
demo, a script), the figures cannot go stale. The triggers recompute from the indexed rows of
that one customer rather than adjust by deltas, so they are right by construction.
"""
from __future__ import annotations

import peewee

from crm_desktop.derived import EVENTS, Derived, postgres_statement_triggers
from crm_desktop.models import ACCEPTED_STATUSES

_ACCEPTED = ", ".join(f"'{status}'" for status in ACCEPTED_STATUSES)

# One statement refreshes one customer; {cid} is the customer id expression of the trigger.
_REFRESH = (
    "UPDATE customer SET"
    " latest_score = (SELECT r.score FROM survey_response r WHERE r.customer_id = {cid}"
    "  ORDER BY r.date DESC, r.id DESC LIMIT 1),"
    " latest_response_on = (SELECT MAX(r.date) FROM survey_response r WHERE r.customer_id = {cid}),"
    " profit_cents = COALESCE((SELECT SUM(p.revenue_cents - p.cost_cents) FROM project p"
    f"  WHERE p.customer_id = {{cid}} AND p.status IN ({_ACCEPTED})), 0)"
    " WHERE id = {cid}"
)

# Which column changes of each table can move a customer's figures.
_WATCHED = {
    "survey_response": "customer_id, date, score",
    "project": "customer_id, status, revenue_cents, cost_cents",
}


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, columns in _WATCHED.items():
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS {table}_figures_insert AFTER INSERT ON {table} BEGIN "
            f"{_REFRESH.format(cid='NEW.customer_id')}; END",
            f"CREATE TRIGGER IF NOT EXISTS {table}_figures_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {_REFRESH.format(cid='OLD.customer_id')}; "
            f"{_REFRESH.format(cid='NEW.customer_id')}; END",
            f"CREATE TRIGGER IF NOT EXISTS {table}_figures_delete AFTER DELETE ON {table} BEGIN "
            f"{_REFRESH.format(cid='OLD.customer_id')}; END",
        ]
    return statements


def _postgres_triggers() -> list[str]:
    # Statement-level, with the changed rows as transition tables: a 5 000-row INSERT
    # refreshes its customers in one UPDATE. EXECUTE plans that UPDATE afresh each time:
    # a plan cached while the tables were small would scan them whole for every customer.
    refresh = _REFRESH.replace(" WHERE id = {cid}", "").format(cid="customer.id")
    for_rows = refresh + " WHERE customer.id IN (SELECT customer_id FROM {rows})"
    statements = [
        "CREATE OR REPLACE FUNCTION customer_figures_refresh() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        f" IF TG_OP <> 'INSERT' THEN EXECUTE $q${for_rows.format(rows='old_rows')}$q$; END IF;"
        f" IF TG_OP <> 'DELETE' THEN EXECUTE $q${for_rows.format(rows='new_rows')}$q$; END IF;"
        " RETURN NULL;"
        " END $$"
    ]
    for table in _WATCHED:
        statements += postgres_statement_triggers(table, f"{table}_figures", "customer_figures_refresh")
    return statements


def refresh_all(db: peewee.Database) -> None:
    """Recompute every customer's figures in one statement (after a schema upgrade)."""
    db.execute_sql(_REFRESH.replace(" WHERE id = {cid}", "").format(cid="customer.id"))


DERIVED = Derived(
    triggers=lambda is_sqlite: _sqlite_triggers() if is_sqlite else _postgres_triggers(),
    trigger_names=tuple((table, f"{table}_figures_{event}") for table in _WATCHED for event in EVENTS),
    refresh_all=refresh_all,
)
# Create the triggers and bring every customer's figures up to date; bulk load without them.
install = DERIVED.install
suspended = DERIVED.suspended
