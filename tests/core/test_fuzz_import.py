"""The CSV and XLSX importer under hypothesis: any file either imports or is refused kindly.

Refused means a UserError (a ValidationError listing "line N: column: problem") with one
clean sentence, and the database exactly as it was. Anything else — another exception, a
traceback's text, a half-written import — is a bug.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.errors import UserError
from crm_desktop.models import Customer, Project, SurveyResponse
from crm_desktop.transfer import import_file
from crm_desktop.transfer.validate import KINDS
from tests.crash_tools import fingerprint, main_py
from tests.fuzz_tools import assert_sentence, assert_user_error, snapshot

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
MODELS = {"customers": Customer, "projects": Project, "responses": SurveyResponse}

# Text a person might put in any cell. Backslashes are left out only so that the check for
# Python reprs ("\x00") cannot mistake the user's own text for one.
cell_chars = st.characters(blacklist_characters="\\", blacklist_categories=("Cs",))
any_text = st.text(cell_chars, max_size=40)
# Values that parse, so that some rows (and whole files) are valid and really get written.
good_values = st.one_of(
    st.sampled_from(["A", "B", "C", "a", "", " ", "R1", "R2", "ZZ", "inquiry", "active",
                     "completed", "2024-02-29", "2023-02-29", "0", "10", "7", "12 000.50",
                     "1e3", "-1", "NaN", "Infinity", "1e999999", "9" * 30, "0x10", "١٠"]),
    st.dates().map(dt.date.isoformat),
    st.integers(-10**30, 10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
formulas = st.sampled_from(["=1+1", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3",
                            "@SUM(A1:A2)", "=A1", "'=quoted"])
cell = st.one_of(any_text, good_values, formulas)


def header_for(kind: str) -> st.SearchStrategy[list[str]]:
    """A header built from the kind's own columns, with cases, spaces, repeats, unknowns, gaps."""
    names = list(KINDS[kind].names)
    column = st.one_of(
        st.sampled_from(names),
        st.sampled_from(names).map(str.upper),
        st.sampled_from(names).map(lambda n: f"  {n} "),
        st.sampled_from(["", "e-mail", "Ref", "ref ", "\ufeffref", "notes\n", "名字"]),
        any_text,
    )
    return st.one_of(
        st.permutations(names).flatmap(lambda p: st.integers(1, len(p)).map(lambda k: list(p[:k]))),
        st.lists(column, min_size=1, max_size=len(names) + 2),
    )


@st.composite
def tables(draw: st.DrawFn, kind: str) -> list[list[str]]:
    header = draw(header_for(kind))
    width = st.integers(0, len(header) + 2)
    rows = draw(st.lists(width.flatmap(lambda n: st.lists(cell, min_size=n, max_size=n)), max_size=6))
    return [header, *rows]


def csv_bytes(rows: list[list[str]], encoding: str, newline: str) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator=newline).writerows(rows)
    return text.getvalue().encode(encoding, errors="replace")


@pytest.fixture
def seeded(db: peewee.Database, tmp_path: Path) -> peewee.Database:
    """Two customers and a project, so projects and responses have someone to point at."""
    path = tmp_path / "seed.csv"
    path.write_text("ref,name\nR1,Ann\nR2,Bo\n", encoding="utf-8")
    import_file("customers", path)
    path.write_text("ref,customer_ref,title,status\nP1,R1,Kitchen,active\n", encoding="utf-8")
    import_file("projects", path)
    return db


def attempt(kind: str, path: Path) -> int | None:
    """Import; on success the kind's table grew by the count, on refusal nothing changed at all."""
    before = snapshot()
    rows_before = MODELS[kind].select().count()
    try:
        count = import_file(kind, path)
    except UserError as exc:
        assert_user_error(exc)
        assert snapshot() == before, "a refused import wrote something"
        return None
    assert MODELS[kind].select().count() == rows_before + count
    return count


# --- CSV -----------------------------------------------------------------------------------


@FUZZ
@given(kind=st.sampled_from(sorted(KINDS)), data=st.binary(max_size=600),
       prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00"]))
def test_arbitrary_bytes_as_csv(seeded: peewee.Database, tmp_path: Path, kind: str, data: bytes,
                                prefix: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(prefix + data)
    attempt(kind, path)


@FUZZ
@given(kind=st.sampled_from(sorted(KINDS)), data=st.data(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gbk", "latin-1", "cp1252"]),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_arbitrary_tables_as_csv(seeded: peewee.Database, tmp_path: Path, kind: str,
                                 data: st.DataObject, encoding: str, newline: str) -> None:
    rows = data.draw(tables(kind))
    path = tmp_path / "table.csv"
    path.write_bytes(csv_bytes(rows, encoding, newline))
    attempt(kind, path)


@settings(FUZZ, max_examples=30)
@given(data=st.data())
def test_well_formed_customer_files_import_every_row(seeded: peewee.Database, tmp_path: Path,
                                                     data: st.DataObject) -> None:
    # Not only refusals: a file of valid rows with fresh refs must import, all of it.
    refs = data.draw(st.lists(st.text(st.characters(min_codepoint=48, max_codepoint=0x9fff,
                                                    blacklist_categories=("Cs", "Z", "C")),
                                      max_size=10).map(lambda t: f"G{t}"),
                              min_size=1, max_size=5, unique=True))
    names = data.draw(st.lists(any_text.map(str.strip).filter(lambda t: t and "\x00" not in t),
                               min_size=len(refs), max_size=len(refs)))
    rows = [["ref", "name", "tier", "notes"]]
    rows += [[ref, name, data.draw(st.sampled_from(["A", "b", ""])),
              data.draw(any_text.filter(lambda t: "\x00" not in t))] for ref, name in zip(refs, names)]
    path = tmp_path / "good.csv"
    path.write_bytes(csv_bytes(rows, "utf-8-sig", "\r\n"))
    try:
        assert attempt("customers", path) == len(refs)
        stored = dict(Customer.select(Customer.ref, Customer.name).where(Customer.ref.in_(refs)).tuples())
        assert stored == dict(zip(refs, names))
    finally:
        Customer.delete().where(Customer.ref.in_(refs)).execute()


def test_huge_fields_nul_bytes_and_formulas(seeded: peewee.Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    header = "ref,name,phone,email,birthday,referred_by,tier,notes\n"
    # A note of 100 000 characters is kept whole; a cell past the CSV reader's limit is refused.
    path.write_text(header + "N1,Nora,,,,,,\"" + "x" * 100_000 + "\"\n", encoding="utf-8")
    assert attempt("customers", path) == 1
    assert len(Customer.get(Customer.ref == "N1").notes) == 100_000
    path.write_text(header + "N2,Ned,,,,,,\"" + "y" * 200_000 + "\"\n", encoding="utf-8")
    assert attempt("customers", path) is None
    path.write_text(header + "N3," + "z" * 300 + ",,,,,,\n", encoding="utf-8")
    assert attempt("customers", path) is None  # a name past 255 characters
    path.write_bytes(header.encode() + b"N4,Nul\x00l,,,,,,\n")
    assert attempt("customers", path) is None
    # Formula-like text is only text: it is stored as typed, never evaluated.
    path.write_text(header + "N5,=1+1,,,,,,@SUM(A1)\n", encoding="utf-8")
    assert attempt("customers", path) == 1
    assert Customer.select(Customer.name, Customer.notes).where(Customer.ref == "N5").tuples().get() == (
        "=1+1", "@SUM(A1)")


# --- XLSX ----------------------------------------------------------------------------------

# openpyxl refuses to write the control characters XML cannot hold; everything else may go in.
xlsx_text = st.text(st.characters(blacklist_characters="\\", blacklist_categories=("Cs", "Cc")),
                    max_size=30)
xlsx_value = st.one_of(
    st.none(), xlsx_text, good_values, formulas, st.booleans(),
    st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)),
    st.dates(min_value=dt.date(1900, 3, 1)), st.times(),
    st.just("_x0000_"),  # Excel's escape for a NUL character, which openpyxl unescapes
)


def xlsx_file(path: Path, sheets: list[list[list[object]]], active: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for rows in sheets:
        sheet = book.create_sheet()
        for row in rows:
            sheet.append(row)
    if sheets:
        book.active = active % len(sheets)
    book.save(path)


@settings(FUZZ, max_examples=40)
@given(kind=st.sampled_from(sorted(KINDS)), data=st.data())
def test_arbitrary_xlsx_workbooks(seeded: peewee.Database, tmp_path: Path, kind: str,
                                  data: st.DataObject) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    header = data.draw(header_for(kind).map(lambda h: [ILLEGAL_CHARACTERS_RE.sub(" ", c) for c in h]))
    rows = data.draw(st.lists(st.lists(xlsx_value, max_size=len(header) + 2), max_size=5))
    other = data.draw(st.lists(st.lists(xlsx_value, max_size=3), max_size=2))
    first = data.draw(st.booleans())
    sheets = [[header, *rows], other] if first else [other, [header, *rows]]
    path = tmp_path / "book.xlsx"
    xlsx_file(path, sheets, active=0 if first else 1)
    attempt(kind, path)


@pytest.fixture
def good_xlsx(tmp_path: Path) -> bytes:
    path = tmp_path / "good.xlsx"
    xlsx_file(path, [[["ref", "name", "tier"], ["X1", "Xia", "A"], ["X2", "Xu", "B"]]], 0)
    return path.read_bytes()


@FUZZ
@given(data=st.data())
def test_truncated_and_damaged_xlsx_files(seeded: peewee.Database, tmp_path: Path, good_xlsx: bytes,
                                          data: st.DataObject) -> None:
    how = data.draw(st.sampled_from(["truncate", "flip", "garbage", "renamed csv", "empty zip"]))
    if how == "truncate":
        content = good_xlsx[:data.draw(st.integers(1, len(good_xlsx) - 1))]
    elif how == "flip":
        content = bytearray(good_xlsx)
        for at in data.draw(st.lists(st.integers(0, len(content) - 1), min_size=1, max_size=8)):
            content[at] ^= data.draw(st.integers(1, 255))
        content = bytes(content)
    elif how == "garbage":
        content = data.draw(st.binary(min_size=1, max_size=400))
    elif how == "renamed csv":
        content = b"ref,name\nX1,Xia\n"
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(data.draw(st.sampled_from(["[Content_Types].xml", "x.txt"])),
                             data.draw(st.binary(max_size=50)))
        content = buffer.getvalue()
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(content)
    count = attempt("customers", path)
    if count:  # a flipped byte may land where it does no harm; then the file is still good
        assert count == 2 and Customer.select().where(Customer.ref.in_(["X1", "X2"])).count() == 2
        Customer.delete().where(Customer.ref.in_(["X1", "X2"])).execute()


# --- the command line on nasty files --------------------------------------------------------


def test_the_cli_refuses_nasty_files_with_one_sentence(tmp_path: Path) -> None:
    # The real process, once (SQLite): exit 1, one sentence on stderr, no traceback, no change.
    db = tmp_path / "cli.sqlite3"
    seed = tmp_path / "seed.csv"
    seed.write_text("ref,name\nR1,Ann\n", encoding="utf-8")
    assert main_py("import", "customers", str(seed), "--db", str(db)).returncode == 0
    before = fingerprint(db)
    nasty = {
        "binary.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "utf16.csv": "ref,name\nA,Ann\n".encode("utf-16"),
        "truncated.xlsx": b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        "headers.csv": b"ref,ref,name,e-mail\nA,A,Ann,a@b\n",
        "huge.csv": b"ref,name,notes\nA,Ann,\"" + b"x" * 200_000 + b"\"\n",
        "values.csv": b"ref,name,birthday,tier\nA,Ann,\"2024-01-01\n=cmd\",Z\nB,,x,A\n",
    }
    for name, content in nasty.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = main_py("import", "customers", str(path), "--db", str(db), timeout=60)
        assert result.returncode == 1, (name, result.stderr)
        assert result.stdout == ""
        assert "Traceback" not in result.stderr, result.stderr
        first, *rest = result.stderr.strip().splitlines()
        assert_sentence(first)
        assert all(line.startswith("line ") for line in rest), (name, rest)
        assert fingerprint(db) == before, name
