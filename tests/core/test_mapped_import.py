"""Importing a spreadsheet with other headers: the guessed mapping, every date form, the preview
of bad rows, customers already in the database, refs made up, and the remembered mapping."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import peewee
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop import access, fields
from crm_desktop.accounts import add_account, enable_accounts
from crm_desktop.errors import PermissionDenied, UserError, ValidationError
from crm_desktop.models import AuditEntry, Customer, Project, Setting, SurveyResponse
from crm_desktop.privacy import erase_customer
from crm_desktop.progress import Cancelled, Progress
from crm_desktop.transfer import import_file, mapped_import
from crm_desktop.transfer.mapped_import import (
    NEW,
    SKIP,
    UPDATE,
    OnMatch,
    import_mapped,
    preview_import,
)
from crm_desktop.transfer.mapping import (
    guess_fields,
    mapping_problems,
    normalise_header,
    remembered_fields,
    suggest_fields,
)
from crm_desktop.transfer.reading import read_table
from crm_desktop.transfer.validate import KINDS

CN_HEADER = "姓名,电话,生日,邮箱,推荐人,等级,备注\n"
CN_FIELDS = ("name", "phone", "birthday", "email", "referred_by", "tier", "notes")


def write(folder: Path, text: str, name: str = "客户.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def header_of(path: Path) -> list[str]:
    return read_table(path).header


def customers() -> dict[str, dict[str, object]]:
    return {row["ref"]: row for row in Customer.select().dicts()}


@pytest.fixture
def seeded(db: peewee.Database, tmp_path: Path) -> None:
    """Two customers already in the database, imported the plain way."""
    import_file("customers", write(tmp_path, "ref,name,phone,email,birthday,referred_by,tier,notes\n"
                                   "C000007,王小明,13800138000,,1985-03-05,,A,老客户\n"
                                   "C000009,Anna Berg,,anna@example.com,,,B,\n", "seed.csv"))


# --- guessing ------------------------------------------------------------------------------


def test_chinese_headers_are_guessed() -> None:
    assert guess_fields("customers", CN_HEADER.strip().split(",")) == CN_FIELDS
    assert guess_fields("customers", ["客户编号", "客户姓名", "手机号码", "出生日期", "序号"]) == (
        "ref", "name", "phone", "birthday", None)
    assert guess_fields("projects", ["项目编号", "客户姓名", "项目名称", "状态", "合同金额", "成本",
                                     "工时", "开工日期", "竣工日期"]) == (
        "ref", "customer_ref", "title", "status", "revenue", "cost", "hours", "started", "finished")
    assert guess_fields("responses", ["客户", "回访日期", "评分", "意见"]) == (
        "customer_ref", "date", "score", "comment")


def test_english_variants_hints_and_full_width_are_guessed() -> None:
    assert normalise_header("姓名（必填）") == "姓名" and normalise_header(" E-Mail ") == "email"
    assert guess_fields("customers", ["Customer Name", "Phone No.", "E-mail", "Date of Birth",
                                      "姓名（必填）", "ＲＥＦ"]) == (
        "name", "phone", "email", "birthday", None, "ref")
    # A near miss of a Latin header still counts; an unrelated one does not.
    assert guess_fields("customers", ["E-mail adress", "Favourite colour"]) == ("email", None)


@given(st.sampled_from(["customers", "projects", "responses"]).flatmap(
    lambda kind: st.tuples(st.just(kind), st.permutations(KINDS[kind].names))),
    st.sampled_from([str, str.upper, str.title, lambda t: f"  {t} ", lambda t: t.replace("_", " ")]))
def test_the_documented_headers_in_any_order_or_case_map_to_themselves(
        kind_and_names: tuple[str, list[str]], spelling: Callable[[str], str]) -> None:
    kind, names = kind_and_names
    assert guess_fields(kind, [spelling(name) for name in names]) == tuple(names)


def test_a_field_goes_to_one_column_only() -> None:
    assert guess_fields("customers", ["电话", "手机", "姓名"]) == ("phone", None, "name")


def test_mapping_problems_name_what_is_missing_or_doubled() -> None:
    header = ["电话", "手机"]
    assert mapping_problems("customers", header, ("phone", None)) == ["Choose the column that holds Name."]
    assert mapping_problems("customers", header, ("phone", "phone")) == [
        "Choose the column that holds Name.", "Phone is chosen for more than one column: 电话, 手机."]
    # A customer ref may be left out (it is made up); a project's customer may not.
    assert mapping_problems("customers", ["姓名"], ("name",)) == []
    assert "Choose the column that holds Customer." in mapping_problems(
        "projects", ["项目名称", "状态"], ("title", "status"))
    assert mapping_problems("customers", ["a"], ("name", None)) == [
        "The mapping does not fit the file's 1 columns."]


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["1985-03-05", "1985-3-5", "1985/3/5", "1985/03/05", "1985年3月5日",
                                  "1985 年 03 月 05 日", "5.3.1985", "05.03.1985", "１９８５／３／５"])
def test_each_date_form_imports(db: peewee.Database, tmp_path: Path, text: str) -> None:
    path = write(tmp_path, f"姓名,生日\n林,{text}\n")
    plan = import_mapped("customers", path, guess_fields("customers", header_of(path)))
    assert plan.count(NEW) == 1
    assert Customer.get().birthday == dt.date(1985, 3, 5)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_every_date_reads_back_in_every_form(day: dt.date) -> None:
    for text in (day.isoformat(), f"{day.year}/{day.month}/{day.day}",
                 f"{day.year}年{day.month}月{day.day}日", f"{day.day}.{day.month}.{day.year}"):
        assert fields.required_spreadsheet_date(text) == day


@pytest.mark.parametrize("text", ["5/3/1985", "1985.3.5", "March 5 1985", "1985年3月5", "85-3-5",
                                  "١٩٨٥-03-05", "2023-02-29", "31.4.2024", "0000-01-01"])
def test_other_date_forms_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        fields.optional_spreadsheet_date(text)


# --- preview and all-or-nothing ------------------------------------------------------------


def test_the_preview_lists_every_bad_row_and_writes_nothing(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, CN_HEADER + "王芳,139 0000 1111,1990/12/1,,,A,\n"
                 ",,,,,,\u3000\n"  # blank row: skipped
                 ",13700000000,,,,,\n"
                 "李四,,13/1/2020,,,D,\n"
                 "张伟,,2024-02-30,,无名氏,,\n")
    chosen = guess_fields("customers", header_of(path))
    plan = preview_import("customers", path, chosen)
    assert [str(p) for p in plan.problems] == [
        "line 4: 姓名: is empty",
        "line 5: 生日: '13/1/2020' is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or D.M.YYYY)",
        "line 5: 等级: 'D' is not a tier (A, B or C)",
        "line 6: 生日: 2024-02-30 is not a real date",
        "line 6: 推荐人: no customer with the ref or name 无名氏",
    ]
    assert plan.bad_lines == [4, 5, 6]
    assert Customer.select().count() == 0
    with pytest.raises(ValidationError) as info:
        import_mapped("customers", path, chosen)
    assert info.value.problems == [str(p) for p in plan.problems]
    assert Customer.select().count() == 0 and Setting.select().count() == 0


def test_unmapped_columns_are_left_out(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "序号,姓名,微信\n1,林,lin_wx\n2,Anna,anna_wx\n")
    plan = import_mapped("customers", path, (None, "name", None))
    assert plan.count(NEW) == 2 and not plan.problems
    assert sorted((c["name"], c["notes"]) for c in customers().values()) == [("Anna", ""), ("林", "")]


# --- refs ----------------------------------------------------------------------------------


def test_refs_are_made_up_after_the_highest_in_use(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, "客户编号,姓名\n,林\nC000010,Bo\n,王\n")
    plan = import_mapped("customers", path, ("ref", "name"))
    assert [(r.ref, r.label) for r in plan.rows] == [("C000011", "林"), ("C000010", "Bo"), ("C000012", "王")]
    assert set(customers()) == {"C000007", "C000009", "C000010", "C000011", "C000012"}


def test_projects_get_refs_statuses_by_their_chinese_word_and_customers_by_name_or_phone(
        seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, "客户姓名,项目名称,状态,合同金额,成本,开工日期,竣工日期\n"
                           "王小明,厨房翻新,已完成,80000,50000,2024/3/1,2024年5月20日\n"
                           "+86 138-0013-8000,阳台,进行中,20000,,1.6.2024,\n"
                           "Anna Berg,卫生间,咨询,,,,\n")
    plan = import_mapped("projects", path, guess_fields("projects", header_of(path)))
    assert plan.count(NEW) == 3
    rows = list(Project.select(Project.ref, Project.title, Project.status, Project.customer,
                               Project.revenue_cents, Project.finished).order_by(Project.ref).tuples())
    ids = {ref: c["id"] for ref, c in customers().items()}
    assert rows == [
        ("P0000001", "厨房翻新", "completed", ids["C000007"], 8_000_000, dt.date(2024, 5, 20)),
        ("P0000002", "阳台", "active", ids["C000007"], 2_000_000, None),
        ("P0000003", "卫生间", "inquiry", ids["C000009"], 0, None),
    ]


def test_an_answer_names_its_customer_by_phone(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, "手机号,日期,评分,意见\n138 0013 8000,2024年6月1日,9,很满意\n")
    chosen = guess_fields("responses", ["客户", "日期", "评分", "意见"])
    import_mapped("responses", path, chosen)
    answer = SurveyResponse.get()
    assert (answer.customer.ref, answer.date, answer.score, answer.comment) == (
        "C000007", dt.date(2024, 6, 1), 9, "很满意")


def test_a_name_shared_by_two_customers_must_be_a_ref(seeded: None, tmp_path: Path) -> None:
    Customer.create(ref="C000020", name="王小明")
    path = write(tmp_path, "客户,日期,评分\n王小明,2024-06-01,9\n")
    plan = preview_import("responses", path, ("customer_ref", "date", "score"))
    assert [str(p) for p in plan.problems] == ["line 2: 客户: 王小明 fits 2 customers; write the ref instead"]


# --- customers already in the database -------------------------------------------------------

MATCHING = ("客户编号,姓名,电话,邮箱,备注\n"
            "C000007,王小明,,,来自文件\n"           # by ref
            ",王先生,+86 138-0013-8000,,\n"         # the same customer again, by phone
            ",Anna,,ANNA@Example.com,\n"           # by e-mail, whatever its case
            ",新客户,13911112222,,\n")             # nobody


def test_matching_rows_can_be_skipped(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, MATCHING)
    chosen = guess_fields("customers", header_of(path))
    plan = import_mapped("customers", path, chosen, OnMatch.SKIP)
    assert [(r.action, r.ref, r.matched_by) for r in plan.rows] == [
        (SKIP, "C000007", "ref"), (SKIP, "C000007", "phone"), (SKIP, "C000009", "email"),
        (NEW, "C000010", None)]
    assert customers()["C000007"]["notes"] == "老客户" and len(customers()) == 3


def test_matching_rows_can_be_imported_as_new_customers(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, MATCHING)
    plan = import_mapped("customers", path, guess_fields("customers", header_of(path)), OnMatch.NEW)
    # The row whose ref is taken gets a fresh one.
    assert [(r.action, r.ref) for r in plan.rows] == [
        (NEW, "C000010"), (NEW, "C000011"), (NEW, "C000012"), (NEW, "C000013")]
    assert len(customers()) == 6 and customers()["C000007"]["notes"] == "老客户"


def test_updating_fills_in_from_non_empty_cells_only(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, "姓名,电话,邮箱,生日,等级,备注\n"
                           "王小明,138 0013 8000,wang@example.com,,,新备注\n"
                           "Anna Berg,,anna@example.com,1979/6/5,A,\n")
    before = customers()
    plan = import_mapped("customers", path, guess_fields("customers", header_of(path)), OnMatch.UPDATE)
    assert [(r.action, r.ref) for r in plan.rows] == [(UPDATE, "C000007"), (UPDATE, "C000009")]
    after = customers()
    wang, anna = after["C000007"], after["C000009"]
    assert (wang["email"], wang["notes"], wang["tier"], wang["birthday"]) == (
        "wang@example.com", "新备注", "A", dt.date(1985, 3, 5))  # empty cells left tier and birthday
    assert (anna["birthday"], anna["tier"], anna["notes"]) == (dt.date(1979, 6, 5), "A", "")
    assert all(after[ref]["version"] == before[ref]["version"] + 1 for ref in after)
    assert AuditEntry.select().where(AuditEntry.summary.contains("updated: 2")).count() == 1


def test_two_rows_cannot_update_one_customer(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, MATCHING)
    with pytest.raises(ValidationError) as info:
        import_mapped("customers", path, guess_fields("customers", header_of(path)), OnMatch.UPDATE)
    assert info.value.problems == ["line 3: 电话: updates the same customer as line 2 (C000007)"]
    assert customers()["C000007"]["notes"] == "老客户"


def test_an_erased_customer_is_neither_found_nor_updated(seeded: None, tmp_path: Path) -> None:
    erase_customer(customers()["C000007"]["id"])
    by_phone = write(tmp_path, "姓名,电话\n王小明,13800138000\n")
    assert [r.action for r in preview_import("customers", by_phone, ("name", "phone"), OnMatch.UPDATE).rows] == [NEW]
    by_ref = write(tmp_path, "编号,姓名\nC000007,王小明\n", "by_ref.csv")
    plan = preview_import("customers", by_ref, ("ref", "name"), OnMatch.UPDATE)
    assert [str(p) for p in plan.problems] == ["line 2: 编号: C000007's data was erased, so it cannot be updated"]


def test_a_referrer_may_be_named_in_the_file_or_the_database(seeded: None, tmp_path: Path) -> None:
    path = write(tmp_path, CN_HEADER + "李四,,,,王小明,,\n赵六,,,,李四,,\n钱七,,,,C000009,,\n")
    import_mapped("customers", path, CN_FIELDS)
    rows = customers()
    by_name = {row["name"]: row for row in rows.values()}
    assert by_name["李四"]["referred_by"] == rows["C000007"]["id"]
    assert by_name["赵六"]["referred_by"] == by_name["李四"]["id"]
    assert by_name["钱七"]["referred_by"] == rows["C000009"]["id"]


# --- remembering ---------------------------------------------------------------------------


def test_the_mapping_is_remembered_per_header_set(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "名称,联系方式,微信\n林,13800138000,lin\n")
    header = header_of(path)
    guessed, remembered = suggest_fields("customers", header)
    assert (guessed, remembered) == ((None, "phone", None), False)
    import_mapped("customers", path, ("name", "phone", "notes"))
    assert suggest_fields("customers", header) == (("name", "phone", "notes"), True)
    # Another header set, or another kind, is guessed afresh.
    assert suggest_fields("customers", [*header, "备注"])[1] is False
    assert remembered_fields("responses", header) is None


def test_a_remembered_mapping_that_no_longer_fits_is_ignored(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "姓名,电话\n林,1\n")
    import_mapped("customers", path, ("name", "phone"))
    Setting.update(value='["name", "nonsense"]').where(Setting.key.startswith("import.")).execute()
    assert suggest_fields("customers", header_of(path)) == (("name", "phone"), False)


def test_a_failed_import_remembers_nothing(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "姓名,电话\n,1\n")
    with pytest.raises(ValidationError):
        import_mapped("customers", path, ("name", "phone"))
    assert remembered_fields("customers", header_of(path)) is None


# --- files and people ----------------------------------------------------------------------


def test_an_xlsx_with_chinese_headers_and_date_cells(db: peewee.Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日", "备注"])
    sheet.append(["王芳", 13900001111, dt.datetime(1990, 12, 1), "介绍来的"])
    sheet.append(["Anna", None, "5.6.1979", None])
    path = tmp_path / "老客户.xlsx"
    book.save(path)
    chosen, _ = suggest_fields("customers", read_table(path).header)
    assert chosen == ("name", "phone", "birthday", "notes")
    import_mapped("customers", path, chosen)
    rows = sorted((c["name"], c["phone"], c["birthday"]) for c in customers().values())
    assert rows == [("Anna", "", dt.date(1979, 6, 5)), ("王芳", "13900001111", dt.date(1990, 12, 1))]


def test_a_csv_saved_by_chinese_excel_is_read_as_gb18030(db: peewee.Database, tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    path.write_bytes("姓名,电话,生日\r\n王芳,13900001111,1990年12月1日\r\n".encode("gb18030"))
    chosen, _ = suggest_fields("customers", read_table(path, chinese_excel=True).header)
    assert chosen == ("name", "phone", "birthday")
    import_mapped("customers", path, chosen)
    assert [(c["name"], c["birthday"]) for c in customers().values()] == [("王芳", dt.date(1990, 12, 1))]
    # The documented import stays UTF-8: the same file is refused there, in one sentence.
    with pytest.raises(UserError, match="is not a UTF-8 CSV file"):
        import_file("customers", path)


def test_bad_mappings_and_kinds_are_one_sentence(db: peewee.Database, tmp_path: Path) -> None:
    path = write(tmp_path, "电话\n1\n")
    with pytest.raises(UserError, match="^Choose the column that holds Name.$"):
        preview_import("customers", path, ("phone",))
    with pytest.raises(UserError, match="cannot be imported"):
        preview_import("orders", path, ("phone",))


def test_staff_cannot_import_projects_through_a_mapping(seeded: None, tmp_path: Path) -> None:
    add_account("Owner Wu", access.OWNER, "correct horse")
    add_account("Mei", access.STAFF, "correct horse")
    enable_accounts("Owner Wu", "correct horse")
    access.login("Mei", "correct horse")
    path = write(tmp_path, "客户,项目名称,状态,合同金额\nC000007,厨房,已完成,1\n")
    with pytest.raises(PermissionDenied):
        preview_import("projects", path, ("customer_ref", "title", "status", "revenue"))
    assert Project.select().count() == 0


# --- progress and stopping ---------------------------------------------------------------------


def test_progress_counts_every_row_twice_and_ends_at_the_total(db: peewee.Database, tmp_path: Path) -> None:
    rows = "".join(f"客户{i},1390000{i:04d}\n" for i in range(1200))
    path = write(tmp_path, "姓名,电话\n" + rows)
    seen: list[tuple[int, int]] = []
    plan = preview_import("customers", path, ("name", "phone"), progress=Progress(lambda d, t: seen.append((d, t))))
    assert plan.count(NEW) == 1200
    assert seen == [(0, 2400), (500, 2400), (1000, 2400), (1500, 2400), (2000, 2400), (2400, 2400)]


@pytest.mark.parametrize("stop_at", [10, 1500, None])
def test_stopping_an_import_writes_nothing(db: peewee.Database, tmp_path: Path, stop_at: int | None,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopped while checking (row 10 or 1 500 of 2 × 1 200), or after writing but before the commit."""
    rows = "".join(f"客户{i},1390000{i:04d}\n" for i in range(1200))
    path = write(tmp_path, "姓名,电话\n" + rows)
    progress = Progress()
    if stop_at is None:
        original = mapped_import._write

        def write_then_stop(plan: mapped_import.ImportPlan, planner: object) -> None:
            original(plan, planner)  # type: ignore[arg-type]
            assert Customer.select().count() == 1200  # written, inside the transaction
            progress.cancel()

        monkeypatch.setattr(mapped_import, "_write", write_then_stop)
    else:
        step = progress.step

        def stepping(done: int, total: int) -> None:
            if done == stop_at:
                progress.cancel()
            step(done, total)

        monkeypatch.setattr(progress, "step", stepping)
    with pytest.raises(Cancelled, match="^Stopped; nothing was written.$"):
        import_mapped("customers", path, ("name", "phone"), progress=progress)
    assert Customer.select().count() == 0
    assert remembered_fields("customers", ["姓名", "电话"]) is None
