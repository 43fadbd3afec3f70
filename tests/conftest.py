"""Shared fixtures: a fresh database per test on each backend, and Qt kept offscreen.

Every test that uses `db` or `db_spec` outside tests/ui runs twice, on SQLite and on
PostgreSQL (a session-wide throw-away server, see tests/pg_server.py). The Qt tests use
SQLite only: what they check is the window, not the backend.
STUDIO_CRM_TEST_BACKENDS=sqlite (or postgresql) selects one backend for a quick local run.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.db import close_database, open_database

REPO = Path(__file__).resolve().parent.parent
BACKENDS = tuple(
    name for name in os.environ.get("STUDIO_CRM_TEST_BACKENDS", "sqlite,postgresql").split(",") if name
)


def _is_gui(path: Path) -> bool:
    return "tests/ui/" in str(path).replace(os.sep, "/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Everything under tests/ui needs Qt; marking it here keeps `-m "not gui"` honest.
    for item in items:
        if _is_gui(item.path):
            item.add_marker(pytest.mark.gui)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and not _is_gui(metafunc.definition.path):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    from tests.pg_server import postgres_server

    with postgres_server() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "studio.sqlite3"


@pytest.fixture
def db_spec(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """What `--db` takes: the SQLite file's path, or a fresh PostgreSQL database's URL."""
    if backend == "sqlite":
        yield str(db_path)
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database()
    try:
        yield url
    finally:
        close_database()
        server.drop(url)


@pytest.fixture
def db(db_spec: str) -> Iterator[peewee.Database]:
    database = open_database(db_spec)
    yield database
    close_database()


@pytest.fixture(autouse=True)
def _nobody_logged_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with no login (the process-wide principal), and cheap password hashing."""
    from crm_desktop import access, passwords

    # A low scrypt cost keeps tests quick; the stored string records the cost it used.
    monkeypatch.setattr(passwords, "N", 2**10)
    access.logout()
    yield
    access.logout()
