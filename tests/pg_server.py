"""A throw-away PostgreSQL server for the test session, so the core suite runs on both backends.

Set STUDIO_CRM_TEST_PG to the URL of a server where the tests may create and drop databases
(e.g. postgresql://postgres@127.0.0.1:5432/postgres) to use that one; otherwise the session
starts its own cluster from Debian's `postgresql` package on a free loopback port, in a
temporary folder, and removes it at the end. initdb refuses to run as root, so as root the
cluster belongs to the `postgres` user the package creates.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg2

from crm_desktop.migrations import migrate

_counter = itertools.count(1)


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError(
        "The PostgreSQL half of the suite needs a PostgreSQL server: install Debian's "
        "'postgresql' package (the README's test command does), or set STUDIO_CRM_TEST_PG."
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_owner(args: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *args] if owner else args


@contextmanager
def _own_cluster() -> Iterator[str]:
    bin_dir = _bin_dir()
    owner = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="studio-crm-pg-"))
    data = root / "data"
    if owner:
        entry = pwd.getpwnam(owner)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    run = lambda *args: subprocess.run(
        _as_owner([str(a) for a in args], owner), check=True, capture_output=True, text=True
    )
    try:
        run(bin_dir / "initdb", "-D", data, "-U", "studio", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8")
        # Durability does not matter for a test cluster; speed does.
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        run(bin_dir / "pg_ctl", "start", "-w", "-D", data, "-l", root / "server.log", "-o", options)
        try:
            yield f"postgresql://studio@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate"],
                                     owner), capture_output=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin_sql(url: str, *statements: str) -> None:
    # CREATE / DROP DATABASE cannot run inside a transaction: autocommit, no `with conn`.
    conn = psycopg2.connect(url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for statement in statements:
                cur.execute(statement)
    finally:
        conn.close()


class PostgresServer:
    """Hands out one migrated database, emptied before each test.

    Emptying (TRUNCATE … RESTART IDENTITY) takes a few milliseconds where CREATE DATABASE
    from a template takes half a second; the schema itself is made once by the migrations.
    """

    def __init__(self, url: str) -> None:
        self.admin_url = url
        self.name = f"studio_test_{os.getpid()}"
        _admin_sql(url, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)", f"CREATE DATABASE {self.name}")
        self.url = _with_database(url, self.name)
        self._migrate()
        conn = psycopg2.connect(self.url)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                self.tables = sorted(row[0] for row in cur.fetchall())
                cur.execute("SELECT version FROM schema_version")
                self.version = cur.fetchone()[0]
        finally:
            conn.close()

    def _migrate(self) -> None:
        import peewee

        from crm_desktop.models import database_proxy

        database = peewee.PostgresqlDatabase(None)
        parts = urlsplit(self.url)
        database.init(self.name, host=parts.hostname, port=parts.port, user=parts.username,
                      password=parts.password)
        previous = database_proxy.obj
        database_proxy.initialize(database)
        try:
            database.connect()
            migrate(database)
        finally:
            database.close()
            database_proxy.initialize(previous)

    def new_database(self) -> str:
        """The test database, empty but for its schema version, with no one else connected."""
        _admin_sql(
            self.admin_url,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{self.name}' AND pid <> pg_backend_pid()",
        )
        tables = ", ".join(f'"{name}"' for name in self.tables)
        _admin_sql(self.url, f"TRUNCATE {tables} RESTART IDENTITY CASCADE",
                   f"INSERT INTO schema_version (version) VALUES ({self.version})")
        return self.url

    def new_empty_database(self) -> str:
        """A database with no tables at all, for tests of creating and migrating one."""
        name = f"{self.name}_empty_{next(_counter)}"
        _admin_sql(self.admin_url, f"CREATE DATABASE {name}")
        return _with_database(self.admin_url, name)

    def drop(self, url: str) -> None:
        name = urlsplit(url).path.lstrip("/")
        if name != self.name:
            _admin_sql(self.admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        _admin_sql(self.admin_url, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    given = os.environ.get("STUDIO_CRM_TEST_PG")
    if given:
        server = PostgresServer(given)
        try:
            yield server
        finally:
            server.close()
        return
    with _own_cluster() as url:
        yield PostgresServer(url)
