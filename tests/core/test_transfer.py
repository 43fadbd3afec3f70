"""Import and export: every check, every file problem, all-or-nothing, and lossless round trips."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
import pytest

from crm_desktop.db import close_database, open_database
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.models import Customer, Project, SurveyResponse
from crm_desktop.transfer import export_file, import_file
from crm_desktop.transfer.exporting import hours_text

CUSTOMERS = "ref,name,phone,email,birthday,referred_by,tier,notes\n"
PROJECTS = "ref,customer_ref,title,status,revenue,cost,hours,started,finished\n"
RESPONSES = "customer_ref,date,score,comment\n"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    # Bytes exactly as given: line endings and BOMs are part of what is tested.
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def counts() -> tuple[int, int, int]:
    return Customer.select().count(), Project.select().count(), SurveyResponse.select().count()


def problems_of(kind: str, path: Path) -> list[str]:
    before = counts()
    with pytest.raises(ValidationError) as info:
        import_file(kind, path)
    assert counts() == before, "a failed import must write nothing"
    assert info.value.message.endswith("nothing was imported.")
    assert len(info.value.problems) == int(info.value.message.split(" has ")[1].split()[0])
    return info.value.problems


@pytest.fixture
def two_customers(db: peewee.Database, tmp_path: Path) -> None:
    import_file("customers", write(tmp_path, "seed.csv", CUSTOMERS + "A,Ann,,,,,,\nB,Bo,,,,,,\n"))


# --- good files ----------------------------------------------------------------------------


def test_customers_with_defaults_and_a_forward_referral(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", CUSTOMERS
                 + "C1, 王芳 ,138 0013 8000,w@x.cn,1985-06-01,C2,a,VIP\n"
                 + "C2,Tom Li,,,,,,\n")
    assert import_file("customers", path) == 2
    rows = {r["ref"]: r for r in Customer.select().dicts()}
    c1, c2 = rows["C1"], rows["C2"]
    assert (c1["name"], c1["phone"], c1["tier"], c1["birthday"]) == (
        "王芳", "138 0013 8000", "A", dt.date(1985, 6, 1))
    # C1's referrer is a *later* row of the same file.
    assert c1["referred_by"] == c2["id"] and c2["referred_by"] is None
    assert (c2["tier"], c2["email"], c2["notes"], c2["birthday"]) == ("C", "", "", None)
    assert c2["created"] == dt.date.today() and c2["version"] == 1


def test_referral_to_a_customer_already_in_the_database(two_customers: None, tmp_path: Path) -> None:
    import_file("customers", write(tmp_path, "c.csv", "ref,name,referred_by\nC,Cy,A\n"))
    referrer = Customer.get(Customer.ref == "C").referred_by
    assert referrer is not None and referrer.ref == "A"


def test_crlf_bom_any_column_order_and_optional_columns_left_out(
    two_customers: None, tmp_path: Path
) -> None:
    path = write(tmp_path, "p.csv", "\ufeffTitle,Status,customer_ref,REF,revenue\r\n"
                 "Kitchen,Active,A,P1,12 000.5\r\n")
    assert import_file("projects", path) == 1
    p = Project.select().dicts().get()
    assert (p["ref"], p["title"], p["status"], p["revenue_cents"], p["cost_cents"], p["hours"]) == (
        "P1", "Kitchen", "active", 1_200_050, 0, 0.0)
    assert p["started"] is None and p["finished"] is None


def test_quoted_line_breaks_keep_line_numbers_right(two_customers: None, tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", RESPONSES
                 + 'A,2024-01-01,9,"two\nlines"\n'   # lines 2-3
                 + "B,2024-01-02,11,\n"              # line 4
                 + "\n"                              # line 5, blank: skipped
                 + "A,2024-01-03,x,\n")              # line 6
    assert problems_of("responses", path) == [
        "line 4: score: 11 is not between 0 and 10",
        "line 6: score: 'x' is not a whole number from 0 to 10",
    ]


def test_header_only_imports_nothing_and_succeeds(db: peewee.Database, tmp_path: Path) -> None:
    for kind, header in (("customers", CUSTOMERS), ("projects", PROJECTS), ("responses", RESPONSES)):
        assert import_file(kind, write(tmp_path, f"{kind}.csv", header)) == 0
    assert counts() == (0, 0, 0)


def test_xlsx_with_dates_and_numbers(two_customers: None, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([])  # a blank first row: the header is the first row with something in it
    sheet.append(["ref", "customer_ref", "title", "status", "revenue", "cost", "hours",
                  "started", "finished"])
    sheet.append([1001, "A", "Bath", "completed", 12000.5, 8000, 40,
                  dt.datetime(2024, 3, 1), dt.date(2024, 4, 2)])
    sheet.append(["P2", "B", "Hall", "inquiry", None, None, 12.5, "2024-05-01", None])
    sheet.append(["P3", "Z", "Roof", "active", -5, None, None, dt.datetime(2024, 6, 1, 9, 30), None])
    path = tmp_path / "projects.xlsx"
    book.save(path)
    assert problems_of("projects", path) == [
        "line 5: customer_ref: no customer with ref Z",
        "line 5: revenue: -5 is negative",
        "line 5: started: '2024-06-01 09:30:00' is not a date in the form YYYY-MM-DD",
    ]
    sheet.delete_rows(5)
    book.save(path)
    assert import_file("projects", path) == 2
    rows = {r[0]: r[1:] for r in Project.select(
        Project.ref, Project.revenue_cents, Project.cost_cents, Project.hours,
        Project.started, Project.finished).tuples()}
    assert rows == {
        "1001": (1_200_050, 800_000, 40.0, dt.date(2024, 3, 1), dt.date(2024, 4, 2)),
        "P2": (0, 0, 12.5, dt.date(2024, 5, 1), None),
    }


# --- every check ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "row", "problem"),
    [
        ("customers", ",Nameless ref,,,,,,", "ref: is empty"),
        ("customers", "C,,,,,,,", "name: is empty"),
        ("customers", "C,   ,,,,,,", "name: is empty"),
        ("customers", "C,Cy,,,1990-13-01,,,", "birthday: 1990-13-01 is not a real date"),
        ("customers", "C,Cy,,,01/02/1990,,,", "birthday: '01/02/1990' is not a date in the form YYYY-MM-DD"),
        ("customers", "C,Cy,,,19900102,,,", "birthday: '19900102' is not a date in the form YYYY-MM-DD"),
        ("customers", "C,Cy,,,,Nobody,,",
         "referred_by: no customer with ref Nobody in the database or this file"),
        ("customers", "C,Cy,,,,C,,", "referred_by: a customer cannot be referred by themself"),
        ("customers", "C,Cy,,,,,D,", "tier: 'D' is not a tier (A, B or C)"),
        ("customers", "A,Again,,,,,,", "ref: A already exists in the database"),
        ("customers", "X" * 65 + ",Cy,,,,,,", "ref: is longer than 64 characters"),
        ("projects", "P,A,Job,lost,,,,,",
         "status: 'lost' is not a status (inquiry, active, completed, declined, cancelled)"),
        ("projects", "P,A,Job,,,,,,", "status: is empty"),
        ("projects", "P,A,,active,,,,,", "title: is empty"),
        ("projects", "P,Z,Job,active,,,,,", "customer_ref: no customer with ref Z"),
        ("projects", "P,A,Job,active,-1,,,,", "revenue: -1 is negative"),
        ("projects", "P,A,Job,active,,-0.01,,,", "cost: -0.01 is negative"),
        ("projects", "P,A,Job,active,lots,,,,", "revenue: 'lots' is not an amount"),
        ("projects", "P,A,Job,active,1e20,,,,", "revenue: 1e20 is too large"),
        ("projects", "P,A,Job,active,,,-2,,", "hours: -2 is negative"),
        ("projects", "P,A,Job,active,,,nan,,", "hours: 'nan' is not a number of hours"),
        ("projects", "P,A,Job,active,,,,2024-03-01,2024-02-01",
         "finished: 2024-02-01 is before started 2024-03-01"),
        ("projects", "P,A,Job,active,,,,2024-02-30,", "started: 2024-02-30 is not a real date"),
        ("responses", "A,2024-02-30,9,", "date: 2024-02-30 is not a real date"),
        ("responses", "A,,9,", "date: is empty"),
        ("responses", "A,2024-01-01,11,", "score: 11 is not between 0 and 10"),
        ("responses", "A,2024-01-01,-1,", "score: -1 is not between 0 and 10"),
        ("responses", "A,2024-01-01,nine,", "score: 'nine' is not a whole number from 0 to 10"),
        ("responses", "A,2024-01-01,7.5,", "score: '7.5' is not a whole number from 0 to 10"),
        ("responses", "A,2024-01-01,,", "score: is empty"),
        ("responses", "Z,2024-01-01,5,", "customer_ref: no customer with ref Z"),
    ],
)
def test_each_bad_cell_is_one_problem(
    two_customers: None, tmp_path: Path, kind: str, row: str, problem: str
) -> None:
    header = {"customers": CUSTOMERS, "projects": PROJECTS, "responses": RESPONSES}[kind]
    # A good row first, so the bad one is line 3 and the good one is not imported either.
    good = {"customers": "G,Good,,,,,,", "projects": "G,A,Good,active,,,,,",
            "responses": "A,2024-01-01,10,"}[kind]
    path = write(tmp_path, "f.csv", f"{header}{good}\n{row}\n")
    assert problems_of(kind, path) == [f"line 3: {problem}"]


def test_edge_values_that_are_fine(two_customers: None, tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", RESPONSES + "A,2024-02-29,0,\nB,2023-12-31, 10 ,\n")
    assert import_file("responses", path) == 2
    assert sorted(SurveyResponse.select(SurveyResponse.score).tuples()) == [(0,), (10,)]


def test_every_bad_row_and_every_problem_is_reported(two_customers: None, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", CUSTOMERS
                 + "C1,Cy,,,2024-02-30,,,\n"     # line 2
                 + "C2,Di,,,,,,\n"               # line 3: fine
                 + "C1,,,,,Nobody,E,\n"          # line 4: four problems
                 + "A,Ann again,,,,,,,extra\n")  # line 5: exists, and a value past the header
    assert problems_of("customers", path) == [
        "line 2: birthday: 2024-02-30 is not a real date",
        "line 4: ref: C1 is also on line 2",
        "line 4: name: is empty",
        "line 4: referred_by: no customer with ref Nobody in the database or this file",
        "line 4: tier: 'E' is not a tier (A, B or C)",
        "line 5: ref: A already exists in the database",
        "line 5: column 9: has a value but no column name in the header",
    ]


@pytest.mark.parametrize(
    ("header", "problems"),
    [
        ("ref,phone\n", ["line 1: name: missing column"]),
        ("phone,email\n", ["line 1: ref: missing column", "line 1: name: missing column"]),
        ("ref,name,e-mail\n", ["line 1: e-mail: unknown column (expected ref, name, phone, email, "
                               "birthday, referred_by, tier, notes)"]),
        ("ref,name,Name\n", ["line 1: name: column appears twice"]),
    ],
)
def test_header_problems(db: peewee.Database, tmp_path: Path, header: str, problems: list[str]) -> None:
    assert problems_of("customers", write(tmp_path, "c.csv", header + "C,Cy,x\n")) == problems


def test_a_nameless_empty_column_is_ignored(db: peewee.Database, tmp_path: Path) -> None:
    assert import_file("customers", write(tmp_path, "c.csv", "ref,,name\nC,,Cy\n")) == 1


# --- file problems -------------------------------------------------------------------------


def _sentence(kind: str, path: Path) -> str:
    with pytest.raises(UserError) as info:
        import_file(kind, path)
    assert not isinstance(info.value, ValidationError)
    message = info.value.message
    assert message.endswith(".") and "\n" not in message
    return message


def test_file_problems_are_one_sentence(db: peewee.Database, tmp_path: Path) -> None:
    assert _sentence("customers", tmp_path / "none.csv") == f"There is no file {tmp_path / 'none.csv'}."
    assert "is a folder" in _sentence("customers", tmp_path)
    assert "is empty" in _sentence("customers", write(tmp_path, "e.csv", b""))
    assert "has no header row" in _sentence("customers", write(tmp_path, "b.csv", "\n \r\n,,\n"))
    latin1 = write(tmp_path, "g.csv", "ref,name\nC,Gr\xfc\xdf\n".encode("latin-1"))
    assert "not a UTF-8 CSV file" in _sentence("customers", latin1)
    utf16 = write(tmp_path, "u16.csv", "ref,name\n".encode("utf-16"))
    assert "not a UTF-8 CSV file" in _sentence("customers", utf16)
    assert "not a .csv or .xlsx file" in _sentence("customers", write(tmp_path, "c.txt", CUSTOMERS))
    assert "not a .csv or .xlsx file" in _sentence("customers", write(tmp_path, "c.xls", CUSTOMERS))
    fake_xlsx = write(tmp_path, "c.xlsx", CUSTOMERS)
    assert "cannot be read as an Excel .xlsx file" in _sentence("customers", fake_xlsx)
    assert "cannot be imported" in _sentence("invoices", write(tmp_path, "ok.csv", CUSTOMERS))
    assert counts() == (0, 0, 0)


def test_a_damaged_xlsx_is_a_sentence(db: peewee.Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["ref", "name"])
    path = tmp_path / "c.xlsx"
    book.save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short, as by a failed download
    assert "cannot be read as an Excel .xlsx file" in _sentence("customers", path)


def test_a_huge_field_is_a_sentence_not_a_traceback(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", 'ref,name\nC,"' + "x" * 200_000 + "\n")
    assert "cannot be read as CSV" in _sentence("customers", path)


def test_a_10_mb_binary_file_is_refused(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "photo.csv", bytes(range(256)) * (10 * 4096))
    assert "not a UTF-8 CSV file" in _sentence("customers", path)
    # Binary without NUL bytes must fail in the decoder too, not in the csv parser.
    noisy = write(tmp_path, "noise.csv", bytes(range(1, 256)) * (10 * 4096))
    assert "not a UTF-8 CSV file" in _sentence("customers", noisy)


# --- export --------------------------------------------------------------------------------


def _fill_studio() -> None:
    """Data chosen to break a careless CSV writer: quotes, commas, line breaks, CJK, cycles."""
    a = Customer.create(ref="A-1", name='Ann "the client", Jr.', phone="+86 138", email="a@x.cn",
                        birthday=dt.date(1980, 2, 29), tier="A",
                        notes="line one\nline two\r\nthree, with comma\rand a lone CR ")
    b = Customer.create(ref="B-2", name="王芳", referred_by=a, tier="B", notes="  spaces kept  ")
    c = Customer.create(ref="c-3", name="陈静", referred_by=b)
    a.referred_by = c  # a referral cycle must survive too
    a.save()
    Customer.create(ref="D", name="=SUM(1)")
    Project.create(ref="P10", customer=a, title="全屋, \"dream\"", status="completed",
                   revenue_cents=1_234_567, cost_cents=5, hours=12.5,
                   started=dt.date(2024, 1, 1), finished=dt.date(2024, 1, 1))
    Project.create(ref="P2", customer=b, title="Kitchen", status="inquiry", hours=40)
    Project.create(ref="P3", customer=c, title="Tiny", status="cancelled", hours=0.1 + 0.2,
                   started=dt.date(2023, 5, 6))
    for customer, day, score, comment in [
        (b, "2024-03-01", 9, ""), (a, "2024-02-01", 0, "bad,\n\"very\""), (a, "2024-02-01", 10, "same day"),
        (c, "2023-01-01", 7, "好"),
    ]:
        SurveyResponse.create(customer=customer, date=dt.date.fromisoformat(day), score=score,
                              comment=comment)


def test_export_format(db: peewee.Database, tmp_path: Path) -> None:
    _fill_studio()
    assert export_file("projects", tmp_path / "p.csv") == 3
    data = (tmp_path / "p.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    assert data.decode("utf-8").splitlines() == [
        PROJECTS.strip(),
        'P10,A-1,"全屋, ""dream""",completed,12345.67,0.05,12.5,2024-01-01,2024-01-01',
        "P2,B-2,Kitchen,inquiry,0.00,0.00,40,,",
        "P3,c-3,Tiny,cancelled,0.00,0.00,0.30000000000000004,2023-05-06,",
    ]
    assert export_file("responses", tmp_path / "r.csv") == 4
    assert (tmp_path / "r.csv").read_text(encoding="utf-8") == (
        RESPONSES
        + 'A-1,2024-02-01,0,"bad,\n""very"""\n'
        + "A-1,2024-02-01,10,same day\n"
        + "B-2,2024-03-01,9,\n"
        + "c-3,2023-01-01,7,好\n"
    )


def test_round_trip_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    open_database(tmp_path / "a.sqlite3")
    try:
        _fill_studio()
        for kind in ("customers", "projects", "responses"):
            export_file(kind, first / f"{kind}.csv")
    finally:
        close_database()
    open_database(tmp_path / "b.sqlite3")
    try:
        for kind in ("customers", "projects", "responses"):
            import_file(kind, first / f"{kind}.csv")
            export_file(kind, second / f"{kind}.csv")
    finally:
        close_database()
    for kind in ("customers", "projects", "responses"):
        assert (second / f"{kind}.csv").read_bytes() == (first / f"{kind}.csv").read_bytes(), kind


def test_export_to_an_unwritable_place_is_a_sentence(db: peewee.Database, tmp_path: Path) -> None:
    _fill_studio()
    a_file = write(tmp_path, "plain.txt", "x")
    for target, needle in [
        (a_file / "c.csv", "does not exist"),           # a regular file as the folder
        (tmp_path / "missing" / "c.csv", "does not exist"),
        (tmp_path, "is a folder"),
        (tmp_path / "c.xlsx", "Export writes CSV"),
    ]:
        with pytest.raises(UserError) as info:
            export_file("customers", target)
        assert needle in info.value.message and info.value.message.endswith(".")
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob(".*.tmp"))
    assert not (tmp_path / "c.xlsx").exists()


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    db: peewee.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_studio()
    target = write(tmp_path, "c.csv", "old contents\n")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("crm_desktop.transfer.exporting.os.replace", broken_replace)
    with pytest.raises(UserError, match="The disk is full"):
        export_file("customers", target)
    assert target.read_text() == "old contents\n"
    assert not list(tmp_path.glob(".c.csv.*"))


@pytest.mark.parametrize(
    ("hours", "text"),
    [(0.0, "0"), (-0.0, "0"), (40.0, "40"), (12.5, "12.5"), (0.25, "0.25"), (1e16, "10000000000000000"),
     (1234.5678, "1234.5678")],
)
def test_hours_text(hours: float, text: str) -> None:
    assert hours_text(hours) == text


# --- size ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_50_000_rows_import_and_export_exactly(db: peewee.Database, tmp_path: Path) -> None:
    # Large enough to cross every batch and bound-variable limit; the time is bench/'s business.
    n = 50_000
    customers = CUSTOMERS + "".join(
        f"C{i:05d},Name {i},138{i:08d},c{i}@x.cn,1980-01-{i % 28 + 1:02d},"
        f"{f'C{(i + 7) % n:05d}' if i % 3 == 0 else ''},{'ABC'[i % 3]},note {i}\n" for i in range(n))
    projects = PROJECTS + "".join(
        f"P{i:05d},C{i:05d},Job {i},completed,{i * 10}.50,{i}.25,{i % 100}.5,2024-01-01,2024-03-01\n"
        for i in range(n))
    responses = RESPONSES + "".join(f"C{i:05d},2024-0{i % 9 + 1}-15,{i % 11},c {i}\n" for i in range(n))
    for kind, text in (("customers", customers), ("projects", projects), ("responses", responses)):
        path = write(tmp_path, f"{kind}.csv", text)
        assert import_file(kind, path) == n
        assert export_file(kind, tmp_path / f"out-{kind}.csv") == n
        if kind != "responses":  # responses come back ordered by customer, then date
            assert (tmp_path / f"out-{kind}.csv").read_text(encoding="utf-8") == text
    assert counts() == (n, n, n)
