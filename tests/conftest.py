"""Shared fixtures: a fresh database per test, and Qt kept offscreen."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.db import close_database, open_database  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Everything under tests/ui needs Qt; marking it here keeps `-m "not gui"` honest.
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "studio.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[peewee.Database]:
    database = open_database(db_path)
    yield database
    close_database()
