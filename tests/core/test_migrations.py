"""Schema versions: a new database, an upgrade from version 1 without loss, a newer one refused."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.db import close_database, open_database
from crm_desktop.errors import DatabaseError
from crm_desktop.migrations import LATEST, schema_version
from crm_desktop.models import (
    ALL_MODELS,
    Customer,
    Decision,
    Feedback,
    Interaction,
    NpsMonth,
    Project,
    ProjectLogEntry,
    SchemaVersion,
    SurveyResponse,
)
from crm_desktop.settings import load_settings

V1_SQL = Path(__file__).resolve().parent.parent / "data" / "schema_v1.sql"


def _month_counts() -> list[tuple[str, int, int]]:
    return sorted(NpsMonth.select(NpsMonth.month, NpsMonth.score, NpsMonth.responses).tuples())


def _columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        schema = {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')) for t in tables}
        indexes = conn.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")
        schema["(indexes)"] = sorted(r[0] for r in indexes)
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        schema["(triggers)"] = sorted(r[0] for r in triggers)
        return schema


def test_new_database_is_at_the_latest_version(db_path: Path) -> None:
    db = open_database(db_path)
    assert schema_version(db) == LATEST
    assert all(db.table_exists(m._meta.table_name) for m in ALL_MODELS)
    close_database()


def test_version_1_database_upgrades_without_loss(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as conn:
        conn.executescript(V1_SQL.read_text(encoding="utf-8"))
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh)
    close_database()

    db = open_database(old)
    try:
        assert schema_version(db) == LATEST
        counts = {m.__name__: m.select().count() for m in
                  (Customer, Project, ProjectLogEntry, SurveyResponse, Interaction, Feedback, Decision)}
        assert counts == {"Customer": 2, "Project": 2, "ProjectLogEntry": 1, "SurveyResponse": 2,
                          "Interaction": 1, "Feedback": 1, "Decision": 1}
        lin = Customer.get(Customer.ref == "C1")
        assert (lin.name, lin.notes, lin.birthday_lunar, lin.version) == ("林晓", "喜欢原木风", True, 1)
        # v6: nobody was erased; v7: the cached figures are filled in from the old rows.
        assert lin.erased_on is None
        assert (lin.latest_score, lin.latest_response_on, lin.profit_cents) == (9, dt.date(2023, 7, 5), 1_500_000)
        # v9: the responses are counted per month and score, and the triggers keep counting.
        assert _month_counts() == [("2023-07", 9, 1), ("2023-08", 6, 1)]
        SurveyResponse.create(customer=lin, date=dt.date(2023, 7, 9), score=9)
        assert _month_counts() == [("2023-07", 9, 2), ("2023-08", 6, 1)]
        anna = Customer.get(Customer.ref == "C2")
        assert anna.referred_by_id == lin.id and anna.lost_reason == "moved"
        assert Project.get(Project.ref == "P1").revenue_cents == 4_000_000
        assert load_settings().profit_line_cents == 3_000_000
        assert not db.execute_sql("PRAGMA foreign_key_check").fetchall()
    finally:
        close_database()
    # The upgraded schema has exactly the columns, indexes and triggers a new database has.
    assert _columns(old) == _columns(fresh)


def test_a_database_from_a_newer_app_is_refused(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    with pytest.raises(DatabaseError, match="newer"):
        open_database(db_path)
    close_database()


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(DatabaseError, match="not made by Studio CRM"):
        open_database(other)
    close_database()
    assert set(_columns(other)) == {"notes", "(indexes)", "(triggers)"}


# --- PostgreSQL: the same migrations on the office database ------------------------------

V3_POSTGRES_SQL = V1_SQL.with_name("schema_v3_postgresql.sql")


def _pg_schema(url: str) -> dict[str, list[str]]:
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = 'public'")
            schema: dict[str, list[str]] = {}
            for table, column in cur.fetchall():
                schema.setdefault(table, []).append(column)
            cur.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")
            schema["(indexes)"] = [row[0] for row in cur.fetchall()]
            cur.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            schema["(triggers)"] = [row[0] for row in cur.fetchall()]
            return {name: sorted(columns) for name, columns in schema.items()}
    finally:
        conn.close()


@pytest.fixture
def pg_urls(pg_server):  # type: ignore[no-untyped-def]
    made: list[str] = []

    def new() -> str:
        made.append(pg_server.new_empty_database())
        return made[-1]

    yield new
    close_database()
    for url in made:
        pg_server.drop(url)


def test_new_postgresql_database_is_at_the_latest_version(pg_urls) -> None:  # type: ignore[no-untyped-def]
    db = open_database(pg_urls())
    assert schema_version(db) == LATEST
    assert all(db.table_exists(m._meta.table_name) for m in ALL_MODELS)
    close_database()


def test_version_3_postgresql_database_upgrades_without_loss(pg_urls) -> None:  # type: ignore[no-untyped-def]
    import psycopg2

    old, fresh = pg_urls(), pg_urls()
    conn = psycopg2.connect(old)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(V3_POSTGRES_SQL.read_text(encoding="utf-8"))
    finally:
        conn.close()
    open_database(fresh)
    close_database()

    db = open_database(old)
    try:
        assert schema_version(db) == LATEST
        counts = {m.__name__: m.select().count() for m in
                  (Customer, Project, ProjectLogEntry, SurveyResponse, Interaction, Feedback, Decision)}
        assert counts == {"Customer": 2, "Project": 2, "ProjectLogEntry": 1, "SurveyResponse": 2,
                          "Interaction": 1, "Feedback": 1, "Decision": 1}
        lin = Customer.get(Customer.ref == "C1")
        assert (lin.name, lin.notes, lin.birthday_lunar, lin.version) == ("林晓", "喜欢原木风", True, 1)
        # v6: nobody was erased; v7: the cached figures are filled in from the old rows.
        assert lin.erased_on is None
        assert (lin.latest_score, lin.latest_response_on, lin.profit_cents) == (9, dt.date(2023, 7, 5), 1_500_000)
        assert _month_counts() == [("2023-07", 9, 1), ("2023-08", 6, 1)]
        SurveyResponse.create(customer=lin, date=dt.date(2023, 7, 9), score=9)
        assert _month_counts() == [("2023-07", 9, 2), ("2023-08", 6, 1)]
        assert Customer.get(Customer.ref == "C2").referred_by_id == lin.id
        assert Project.get(Project.ref == "P1").revenue_cents == 4_000_000
        assert load_settings().profit_line_cents == 3_000_000
        # The id sequences survived: a new row does not collide with an old one.
        assert Customer.create(ref="C3", name="新客户").id == 3
    finally:
        close_database()
    assert _pg_schema(old) == _pg_schema(fresh)


def test_a_postgresql_database_from_a_newer_app_is_refused(pg_urls) -> None:  # type: ignore[no-untyped-def]
    url = pg_urls()
    open_database(url)
    SchemaVersion.update(version=LATEST + 1).execute()
    close_database()
    with pytest.raises(DatabaseError, match="newer"):
        open_database(url)
    close_database()
