"""`import` / `export` on the command line: exit 1, one sentence, no traceback, database untouched."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import peewee
import psycopg2
import pytest

from crm_desktop.db import close_database, open_database
from crm_desktop.models import Customer, Project, SurveyResponse
from tests.cli.run import run_cli
from tests.conftest import REPO

SEED = {
    "customers": "ref,name,phone,email,birthday,referred_by,tier,notes\nA,Ann,,,,,A,\nB,Bo,,,,A,,\n",
    "projects": "ref,customer_ref,title,status,revenue,cost,hours,started,finished\n"
                "P1,A,Kitchen,active,1000,500,10,2024-01-01,\n",
    "responses": "customer_ref,date,score,comment\nA,2024-01-05,9,fine\n",
}


def counts(db_spec: str | Path) -> tuple[int, int, int]:
    open_database(db_spec, must_exist=True)
    try:
        return Customer.select().count(), Project.select().count(), SurveyResponse.select().count()
    finally:
        close_database()


def assert_refused(code: int, out: str, err: str) -> None:
    """Exit 1, one sentence first, then only `line N: column: problem` lines; never a traceback."""
    assert code == 1 and out == ""
    assert "Traceback" not in err
    first, *rest = err.strip().splitlines()
    assert first.endswith("."), first
    assert all(line.startswith("line ") for line in rest), rest


@pytest.fixture
def seeded(db: peewee.Database, db_spec: str, tmp_path: Path) -> str:
    close_database()
    for kind, text in SEED.items():
        path = tmp_path / f"seed-{kind}.csv"
        path.write_text(text, encoding="utf-8")
        code, _, err = run_cli("import", kind, str(path), "--db", db_spec)
        assert code == 0, err
    assert counts(db_spec) == (2, 1, 1)
    return db_spec


@pytest.mark.parametrize(
    ("kind", "content", "needle"),
    [
        ("responses", b"customer_ref,date,score,comment\nA,2024-01-01,11,\n",
         "line 2: score: 11 is not between 0 and 10"),
        ("responses", b"customer_ref,date,score,comment\nA,2024-01-01,-1,\n",
         "line 2: score: -1 is not between 0 and 10"),
        ("responses", b"customer_ref,date,score,comment\nA,2024-01-01,nine,\n",
         "line 2: score: 'nine' is not a whole number"),
        ("responses", b"customer_ref,date,score,comment\nA,2024-02-30,9,\n",
         "line 2: date: 2024-02-30 is not a real date"),
        ("projects", b"ref,customer_ref,title,status\nP2,B,Hall,active\nP3,Nobody,Roof,active\n",
         "line 3: customer_ref: no customer with ref Nobody"),
        ("customers", b"ref,name\nC,Cy\nC,Cy again\n", "line 3: ref: C is also on line 2"),
        ("customers", b"ref,name\nC,Cy\nA,Ann\n", "line 3: ref: A already exists in the database"),
        ("customers", b"ref,name\nC,\n", "line 2: name: is empty"),
        ("customers", b"ref,phone\nC,123\n", "line 1: name: missing column"),
        ("customers", "ref,name\nC,Grüß\n".encode("cp1252"), "is not a UTF-8 CSV file"),
        ("customers", b"", "is empty"),
        ("customers", os.urandom(10 * 1024 * 1024), "is not a UTF-8 CSV file"),
    ],
    ids=["score-11", "score-minus-1", "score-nine", "feb-30", "unknown-customer", "duplicate-ref",
         "existing-ref", "empty-name", "missing-column", "not-utf8", "empty-file", "binary-10mb"],
)
def test_bad_file_changes_nothing(
    seeded: Path, tmp_path: Path, kind: str, content: bytes, needle: str
) -> None:
    path = tmp_path / f"bad-{kind}.csv"
    path.write_bytes(content)
    before = counts(seeded)
    code, out, err = run_cli("import", kind, str(path), "--db", str(seeded))
    assert_refused(code, out, err)
    assert needle in err
    assert counts(seeded) == before


def test_two_bad_rows_give_two_lines(seeded: Path, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("customer_ref,date,score,comment\nA,2024-01-01,11,\nB,2024-01-02,8,\n"
                    "Z,2024-01-03,5,\n", encoding="utf-8")
    code, out, err = run_cli("import", "responses", str(path), "--db", str(seeded))
    assert_refused(code, out, err)
    assert err.splitlines() == [
        "The file r.csv has 2 problems; nothing was imported.",
        "line 2: score: 11 is not between 0 and 10",
        "line 4: customer_ref: no customer with ref Z",
    ]
    assert counts(seeded) == (2, 1, 1)


def test_missing_file_and_folder(seeded: Path, tmp_path: Path) -> None:
    for target, needle in ((tmp_path / "nope.csv", "There is no file"), (tmp_path, "is a folder")):
        code, out, err = run_cli("import", "customers", str(target), "--db", str(seeded))
        assert_refused(code, out, err)
        assert needle in err and len(err.strip().splitlines()) == 1
    assert counts(seeded) == (2, 1, 1)


def _import_into(db_path: Path, tmp_path: Path) -> tuple[int, str, str]:
    good = tmp_path / "c.csv"
    good.write_text(SEED["customers"], encoding="utf-8")
    return run_cli("import", "customers", str(good), "--db", str(db_path))


def test_a_missing_database_folder(tmp_path: Path) -> None:
    db_path = tmp_path / "no-such-folder" / "studio.sqlite3"
    code, out, err = _import_into(db_path, tmp_path)
    assert_refused(code, out, err)
    assert "does not exist, so no database can be created there" in err
    assert len(err.strip().splitlines()) == 1 and not db_path.exists()


def test_an_unwritable_database_path(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    if os.geteuid() == 0:
        # root writes through any chmod; a regular *file* in the folder's place stops it anyway.
        folder.write_text("x")
    else:
        folder.mkdir()
        folder.chmod(0o500)
    db_path = folder / "studio.sqlite3"
    try:
        code, out, err = _import_into(db_path, tmp_path)
    finally:
        if folder.is_dir():
            folder.chmod(0o700)
    assert_refused(code, out, err)
    assert "no database can be created there" in err and len(err.strip().splitlines()) == 1
    assert not db_path.exists()


def test_a_locked_database_is_a_sentence_and_changes_nothing(
    seeded: str, backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_desktop.db.BUSY_TIMEOUT_MS", 200)
    good = tmp_path / "c.csv"
    good.write_text("ref,name\nC,Cy\n", encoding="utf-8")
    if backend == "sqlite":
        other = sqlite3.connect(seeded, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    else:
        other = psycopg2.connect(seeded)  # another user holds the table (psycopg2 opens a transaction)
        other.cursor().execute("LOCK TABLE customer IN ACCESS EXCLUSIVE MODE")
    try:
        started = time.perf_counter()
        code, out, err = run_cli("import", "customers", str(good), "--db", str(seeded))
        assert time.perf_counter() - started < 4
        assert_refused(code, out, err)
        assert "is locked by another program" in err and len(err.strip().splitlines()) == 1
    finally:
        other.rollback()
        other.close()
    assert counts(seeded) == (2, 1, 1)
    # Once the other program is done, the same import goes through.
    assert run_cli("import", "customers", str(good), "--db", str(seeded))[0] == 0
    assert counts(seeded) == (3, 1, 1)


def test_good_import_and_export(seeded: Path, tmp_path: Path) -> None:
    path = tmp_path / "more.csv"
    path.write_bytes("\ufeffref,name,referred_by\r\nC,Cy,D\r\nD,Di,A\r\n".encode("utf-8"))
    code, out, err = run_cli("import", "customers", str(path), "--db", str(seeded))
    assert (code, out, err) == (0, "", "Imported 2 customers.\n")
    out_path = tmp_path / "export.csv"
    code, _, err = run_cli("export", "customers", str(out_path), "--db", str(seeded))
    assert (code, err) == (0, "Exported 4 customers.\n")
    assert out_path.read_text(encoding="utf-8").splitlines()[1:] == [
        "A,Ann,,,,,A,", "B,Bo,,,,A,C,", "C,Cy,,,,D,C,", "D,Di,,,,A,C,"]


def test_export_to_an_unwritable_path(seeded: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, out, err = run_cli("export", "customers", str(blocker / "c.csv"), "--db", str(seeded))
    assert_refused(code, out, err)
    assert "does not exist" in err and len(err.strip().splitlines()) == 1


def test_real_process_reports_problems_without_a_traceback(seeded: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("customer_ref,date,score,comment\nA,2024-02-30,11,\nZ,2024-01-01,nine,\n",
                   encoding="utf-8")
    # Logs go to the data directory; keep them in the test's folder.
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "main.py", "import", "responses", str(bad), "--db", str(seeded)],
        cwd=REPO, capture_output=True, text=True, timeout=60, env=env,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "The file bad.csv has 4 problems; nothing was imported.",
        "line 2: date: 2024-02-30 is not a real date",
        "line 2: score: 11 is not between 0 and 10",
        "line 3: customer_ref: no customer with ref Z",
        "line 3: score: 'nine' is not a whole number from 0 to 10",
    ]
    result = subprocess.run(
        [sys.executable, "main.py", "import", "responses", str(tmp_path / "gone.csv"), "--db", str(seeded)],
        cwd=REPO, capture_output=True, text=True, timeout=60, env=env,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == f"There is no file {tmp_path / 'gone.csv'}.\n"
    assert counts(seeded) == (2, 1, 1)


def test_a_failed_import_leaves_no_new_database_behind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("ref,name\nC1,\n", encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    code, out, err = run_cli("import", "customers", str(bad), "--db", str(target))
    assert_refused(code, out, err)
    assert not target.exists() and not list(tmp_path.glob("new.sqlite3*"))


def test_import_with_map_takes_chinese_headers_and_says_how_it_read_them(db_spec: str, tmp_path: Path) -> None:
    sheet = tmp_path / "客户.csv"
    sheet.write_text("序号,姓名,手机,生日\n1,王芳,139 0000 1111,1990年12月1日\n2,Anna,,5.6.1979\n",
                     encoding="utf-8")
    code, out, err = run_cli("import", "customers", str(sheet), "--db", db_spec, "--map")
    assert code == 0 and out == ""
    assert err == ("Columns: 序号 → (left out); 姓名 → Name; 手机 → Phone; 生日 → Birthday.\n"
                   "Imported customers: 2 new, 0 updated, 0 left out (already in the database).\n")
    # Without --map the same file is refused: its headers are not the documented ones.
    code, _, err = run_cli("import", "customers", str(sheet), "--db", db_spec)
    assert code == 1 and "unknown column" in err
    assert err.splitlines()[0].endswith("If the file has headers of its own (姓名, 电话, …), add --map to match them.")
    again = tmp_path / "again.csv"
    again.write_text("序号,姓名,手机,生日\n3,王芳,+86 13900001111,1990/12/2\n", encoding="utf-8")
    code, _, err = run_cli("import", "customers", str(again), "--db", db_spec, "--map", "--on-match", "update")
    assert code == 0 and "0 new, 1 updated" in err
    assert counts(db_spec)[0] == 2


def test_import_with_map_lists_every_bad_row_and_writes_nothing(db_spec: str, tmp_path: Path) -> None:
    open_database(db_spec)
    close_database()
    sheet = tmp_path / "bad.csv"
    sheet.write_text("姓名,生日\n,1990/1/1\n林,13/1/2020\n", encoding="utf-8")
    code, out, err = run_cli("import", "customers", str(sheet), "--db", db_spec, "--map")
    assert code == 1 and "Traceback" not in err
    assert err.splitlines()[1:] == [
        "line 2: 姓名: is empty",
        "line 3: 生日: '13/1/2020' is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or D.M.YYYY)"]
    assert counts(db_spec) == (0, 0, 0)
