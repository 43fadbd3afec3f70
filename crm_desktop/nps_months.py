"""Survey responses counted per month and score, kept in `nps_month` by the database itself.

The NPS trend over all years reads every response: at 190 000 responses that is most of its
time, and a trend or headline over any range of whole months needs no more than these counts.
So `nps_month` holds, for each (month, score), how many responses dated in that month gave
that score, and triggers on `survey_response` adjust it on every insert, delete and change of
date or score — whatever writes the row (a form, the importer, the demo, a script, a cascade
from a deleted customer). A count that falls to zero deletes its row, so the table always
equals `GROUP BY month, score` over the responses, and a month without responses has no rows.
Unlike crm_desktop.customer_figures, the triggers adjust by ±1 (or by a statement's net
counts) instead of recounting: recounting a month would read thousands of rows per write.
"""
from __future__ import annotations

import peewee

from crm_desktop.derived import EVENTS, Derived, postgres_statement_triggers

TABLE = "nps_month"

# SQLite keeps dates as ISO text; PostgreSQL as dates.
_SQLITE_MONTH = "substr({day}, 1, 7)"
_POSTGRES_MONTH = "to_char({day}, 'YYYY-MM')"


def _sqlite_triggers() -> list[str]:
    new_month, old_month = _SQLITE_MONTH.format(day="NEW.date"), _SQLITE_MONTH.format(day="OLD.date")
    add = (f"INSERT INTO {TABLE} (month, score, responses) VALUES ({new_month}, NEW.score, 1)"
           " ON CONFLICT (month, score) DO UPDATE SET responses = responses + 1;")
    key = f"month = {old_month} AND score = OLD.score"
    remove = (f"UPDATE {TABLE} SET responses = responses - 1 WHERE {key};"
              f" DELETE FROM {TABLE} WHERE {key} AND responses <= 0;")
    # Moving a response to another customer, or to a day of the same month, changes nothing.
    moved = f"WHEN {old_month} IS NOT {new_month} OR OLD.score IS NOT NEW.score"
    create = "CREATE TRIGGER IF NOT EXISTS survey_response_nps_month_{} AFTER {} ON survey_response"
    return [
        f"{create.format('insert', 'INSERT')} BEGIN {add} END",
        f"{create.format('update', 'UPDATE OF date, score')} {moved} BEGIN {remove} {add} END",
        f"{create.format('delete', 'DELETE')} BEGIN {remove} END",
    ]


def _postgres_triggers() -> list[str]:
    # Statement-level, with the changed rows as transition tables: a 5 000-row INSERT adds its
    # net counts in one upsert. EXECUTE plans each statement afresh (see customer_figures).
    def rows(table: str, sign: str) -> str:
        return f"SELECT {_POSTGRES_MONTH.format(day='date')} AS month, score, {sign}1 AS n FROM {table}"

    def upsert(changes: str) -> str:
        # Ordered, so that concurrent statements lock the rows they share in the same order.
        return (f"INSERT INTO {TABLE} (month, score, responses)"
                f" SELECT month, score, SUM(n) FROM ({changes}) AS changes GROUP BY month, score"
                " HAVING SUM(n) <> 0 ORDER BY month, score"
                " ON CONFLICT (month, score)"
                f" DO UPDATE SET responses = {TABLE}.responses + EXCLUDED.responses")

    emptied = (f"DELETE FROM {TABLE} WHERE responses <= 0 AND (month, score) IN"
               f" (SELECT {_POSTGRES_MONTH.format(day='date')}, score FROM old_rows)")
    added, removed = rows("new_rows", "+"), rows("old_rows", "-")
    statements = [(
        f"CREATE OR REPLACE FUNCTION {TABLE}_count() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        f" IF TG_OP = 'INSERT' THEN EXECUTE $q${upsert(added)}$q$;"
        f" ELSIF TG_OP = 'DELETE' THEN EXECUTE $q${upsert(removed)}$q$;"
        f" ELSE EXECUTE $q${upsert(f'{added} UNION ALL {removed}')}$q$;"
        " END IF;"
        f" IF TG_OP <> 'INSERT' THEN EXECUTE $q${emptied}$q$; END IF;"
        " RETURN NULL;"
        " END $$"
    )]
    # An update of other columns nets to nothing.
    return statements + postgres_statement_triggers("survey_response", f"survey_response_{TABLE}", f"{TABLE}_count")


def refresh_all(db: peewee.Database) -> None:
    """Recount the whole table from the responses (a new schema, after a bulk load)."""
    of_date = _SQLITE_MONTH if isinstance(db, peewee.SqliteDatabase) else _POSTGRES_MONTH
    month = of_date.format(day="date")
    db.execute_sql(f"DELETE FROM {TABLE}")
    db.execute_sql(f"INSERT INTO {TABLE} (month, score, responses)"
                   f" SELECT {month}, score, COUNT(*) FROM survey_response GROUP BY {month}, score")


DERIVED = Derived(
    triggers=lambda is_sqlite: _sqlite_triggers() if is_sqlite else _postgres_triggers(),
    trigger_names=tuple(("survey_response", f"survey_response_{TABLE}_{event}") for event in EVENTS),
    refresh_all=refresh_all,
)
# Create the triggers and recount every month; bulk load without them.
install = DERIVED.install
suspended = DERIVED.suspended
