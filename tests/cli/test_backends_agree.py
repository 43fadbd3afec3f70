"""The same studio on SQLite and on PostgreSQL gives the same figures, byte for byte.

The demo generator and the importer fill both backends with the same data; every figure
command must then print exactly the same CSV. This is the office-mode promise: moving the
studio to a shared PostgreSQL server changes nothing the owner sees.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.cli import run_command
from crm_desktop.db import close_database
from tests.pg_server import PostgresServer

FIGURE_COMMANDS = [
    ("nps", "--by", "month"),
    ("nps", "--by", "quarter", "--from", "2023-01-01", "--to", "2026-12-31"),
    ("nps", "--by", "year"),
    ("segments",),
    ("segments", "--profit-line", "8000"),
    ("movement", "--from", "2025-01-01", "--to", "2025-12-31"),
    ("reminders", "--on", "2025-06-01", "--days", "60"),
]


def _run(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(list(argv), out=out, err=err)
    close_database()
    assert code == 0, err.getvalue()
    return out.getvalue()


@pytest.fixture
def both(tmp_path: Path, pg_server: PostgresServer) -> Iterator[tuple[str, str]]:
    url = pg_server.new_empty_database()
    try:
        yield str(tmp_path / "studio.sqlite3"), url
    finally:
        close_database()
        pg_server.drop(url)


def test_demo_studio_figures_are_identical_on_both_backends(both: tuple[str, str]) -> None:
    for spec in both:
        _run("demo", "--db", spec, "--customers", "400", "--seed", "11")
    for command in FIGURE_COMMANDS:
        sqlite_out, postgres_out = (_run(*command, "--db", spec) for spec in both)
        assert sqlite_out.count("\n") > 1, command
        assert postgres_out == sqlite_out, command


def test_exports_after_an_import_are_identical_on_both_backends(
    both: tuple[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    _run("demo", "--db", str(source / "demo.sqlite3"), "--customers", "150", "--seed", "3")
    for kind in ("customers", "projects", "responses"):
        _run("export", kind, str(source / f"{kind}.csv"), "--db", str(source / "demo.sqlite3"))
    for n, spec in enumerate(both):
        for kind in ("customers", "projects", "responses"):
            _run("import", kind, str(source / f"{kind}.csv"), "--db", spec)
        for kind in ("customers", "projects", "responses"):
            _run("export", kind, str(tmp_path / f"{kind}-{n}.csv"), "--db", spec)
    for kind in ("customers", "projects", "responses"):
        original = (source / f"{kind}.csv").read_text(encoding="utf-8")
        assert (tmp_path / f"{kind}-0.csv").read_text(encoding="utf-8") == original
        assert (tmp_path / f"{kind}-1.csv").read_text(encoding="utf-8") == original
