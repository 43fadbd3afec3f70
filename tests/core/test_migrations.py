"""Schema versions: a new database, an upgrade from version 1 without loss, a newer one refused."""
from __future__ import annotations

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
    Project,
    ProjectLogEntry,
    SurveyResponse,
)
from crm_desktop.settings import load_settings

V1_SQL = Path(__file__).resolve().parent.parent / "data" / "schema_v1.sql"


def _columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        schema = {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')) for t in tables}
        indexes = conn.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")
        schema["(indexes)"] = sorted(r[0] for r in indexes)
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
        anna = Customer.get(Customer.ref == "C2")
        assert anna.referred_by_id == lin.id and anna.lost_reason == "moved"
        assert Project.get(Project.ref == "P1").revenue_cents == 4_000_000
        assert load_settings().profit_line_cents == 3_000_000
        assert not db.execute_sql("PRAGMA foreign_key_check").fetchall()
    finally:
        close_database()
    # The upgraded schema has exactly the columns and indexes a new database has.
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
    assert set(_columns(other)) == {"notes", "(indexes)"}
