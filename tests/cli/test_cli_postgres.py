"""Pointing the command line at a PostgreSQL server: a mistake in the address is one sentence."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.cli.run import run_cli
from tests.pg_server import PostgresServer


def _one_sentence(code: int, out: str, err: str) -> str:
    assert code == 1 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.strip().endswith("."), err
    return err.strip()


def test_the_same_commands_run_on_a_postgresql_url(pg_server: PostgresServer) -> None:
    url = pg_server.new_empty_database()
    try:
        assert run_cli("demo", "--db", url, "--customers", "30")[0] == 0
        code, out, err = run_cli("segments", "--db", url)
        assert code == 0, err
        assert out.splitlines()[0] == "segment,customers,profit"
        assert sum(int(line.split(",")[1]) for line in out.splitlines()[1:]) == 30
    finally:
        pg_server.drop(url)


def test_a_missing_database_names_it_without_the_password(pg_server: PostgresServer) -> None:
    parts = urlsplit(pg_server.admin_url)
    url = f"postgresql://{parts.username}:s3cret-word@{parts.hostname}:{parts.port}/no_such_studio"
    sentence = _one_sentence(*run_cli("nps", "--db", url))
    assert sentence == (f"postgresql://{parts.hostname}:{parts.port}/no_such_studio "
                        "does not exist on that server; ask whoever runs the server to create it.")
    assert "s3cret" not in sentence


def test_an_unreachable_server_is_one_sentence(pg_server: PostgresServer) -> None:
    port = urlsplit(pg_server.admin_url).port
    closed = 1 if port != 1 else 2
    sentence = _one_sentence(*run_cli("nps", "--db", f"postgresql://me:pw@127.0.0.1:{closed}/studio"))
    assert "cannot be reached" in sentence and "pw@" not in sentence


@pytest.mark.parametrize("url", ["postgresql://", "postgresql://me@host:port/studio", "postgres://h:99999999/x"])
def test_a_malformed_address_is_one_sentence(url: str) -> None:
    assert "is not a PostgreSQL address" in _one_sentence(*run_cli("nps", "--db", url))


@pytest.mark.parametrize(("spec", "label"), [
    ("postgresql://studio:pw@10.0.0.5:5432/crm", "postgresql://10.0.0.5:5432/crm"),
    ("postgres://studio@db.office/crm", "postgres://db.office/crm"),
    ("postgresql://st@dio:p@ss@host/crm", "postgresql://host/crm"),
    ("/home/lin/studio.sqlite3", "/home/lin/studio.sqlite3"),
])
def test_labels_never_show_the_password(spec: str, label: str) -> None:
    from crm_desktop.db import display_name

    assert display_name(spec) == label


def test_an_import_leaves_the_planner_knowing_the_new_size(pg_server: PostgresServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import psycopg2

    url = pg_server.new_database()
    source = tmp_path / "customers.csv"
    source.write_text("ref,name\n" + "".join(f"C{i},Name {i}\n" for i in range(3000)), encoding="utf-8")
    assert run_cli("import", "customers", str(source), "--db", url)[0] == 0
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT reltuples FROM pg_class WHERE relname = 'customer'")
            assert cur.fetchone()[0] == 3000
    finally:
        conn.close()
