"""File ▸ Import…: a sheet with Chinese headers goes through file, columns and preview; bad rows
are listed and block Import; customers already here are updated, left out or added as chosen."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop import access, accounts
from crm_desktop.models import Customer
from crm_desktop.transfer.mapped_import import OnMatch
from crm_desktop.transfer.mapping import remembered_fields
from ui.context import AppContext
from ui.import_wizard import ImportWizard
from ui.models.text_rows_model import TextRowsModel

SHEET = ("序号,姓名,手机,生日,备注\n"
         "1,王芳,139 0000 1111,1990年12月1日,介绍来的\n"
         "2,Anna Berg,,5.6.1979,\n"
         "3,李四,13800138000,1985/3/5,\n")


@pytest.fixture
def wizard(db: peewee.Database, qtbot: QtBot) -> Iterator[ImportWizard]:
    widget = ImportWizard(AppContext("test"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.wait()


def _sheet(tmp_path: Path, text: str = SHEET) -> Path:
    path = tmp_path / "老客户.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _to_preview(wizard: ImportWizard, qtbot: QtBot, path: Path) -> None:
    wizard.source_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None or "problem" in wizard.preview_page.summary.text())


def _finish(wizard: ImportWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_a_sheet_with_chinese_headers_imports_through_the_columns_step(
        wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    path = _sheet(tmp_path)
    wizard.source_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page)
    page = wizard.columns_page
    assert [combo.currentData() for combo in page.combos] == [None, "name", "phone", "birthday", "notes"]
    assert "guessed" in page.subTitle() and page.isComplete()
    # Leaving out the name column is refused in a sentence, and Next waits.
    page.combos[1].setCurrentIndex(0)
    assert page.message.text() == "Choose the column that holds Name." and not page.isComplete()
    page.combos[1].setCurrentIndex(page.combos[1].findData("name"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None)
    preview = wizard.preview_page
    assert preview.summary.text().startswith("Rows: 3 — 3 new, 0 to update, 0 left out.")
    assert not preview.problem_view.isVisibleTo(wizard) and preview.isComplete()
    assert not preview.match_box.isVisibleTo(wizard)  # nobody is in the database yet
    with qtbot.waitSignal(wizard.imported) as signal:
        _finish(wizard).click()
    assert signal.args == ["Imported 老客户.csv: 3 new, 0 updated, 0 left out (already in the database)."]
    qtbot.waitUntil(lambda: not wizard.isVisible())
    rows = sorted(Customer.select(Customer.name, Customer.phone, Customer.birthday, Customer.ref).tuples())
    assert rows == [("Anna Berg", "", dt.date(1979, 6, 5), "C000002"),
                    ("李四", "13800138000", dt.date(1985, 3, 5), "C000003"),
                    ("王芳", "139 0000 1111", dt.date(1990, 12, 1), "C000001")]
    assert remembered_fields("customers", ["序号", "姓名", "手机", "生日", "备注"]) == (
        None, "name", "phone", "birthday", "notes")


def test_bad_rows_are_listed_and_nothing_can_be_imported(
        wizard: ImportWizard, qtbot: QtBot, tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    path = _sheet(tmp_path, "姓名,生日\n,1990/1/1\n林,13/1/2020\n王,2024-02-29\n")
    _to_preview(wizard, qtbot, path)
    preview = wizard.preview_page
    model = preview.problems
    assert [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())] == [
        ["2", "姓名", "is empty"],
        ["3", "生日", "'13/1/2020' is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or D.M.YYYY)"]]
    assert "2 rows have problems." in preview.summary.text()
    assert not preview.isComplete() and not _finish(wizard).isEnabled()
    qtmodeltester.check(model)
    assert Customer.select().count() == 0
    # Corrected in the spreadsheet program, the file is read again and can be imported.
    path.write_text("姓名,生日\n周,1990/1/1\n林,13.1.2020\n王,2024-02-29\n", encoding="utf-8")
    preview.plan = None
    preview.check()
    qtbot.waitUntil(lambda: preview.plan is not None)
    assert not preview.plan.problems and preview.isComplete()


def test_customers_already_here_are_handled_as_chosen_once(
        wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    Customer.create(ref="C000050", name="李四", phone="+86 138-0013-8000", notes="老")
    _to_preview(wizard, qtbot, _sheet(tmp_path))
    preview = wizard.preview_page
    assert preview.match_box.isVisibleTo(wizard)
    rows = preview.rows
    assert [rows.index(2, c).data() for c in range(4)] == ["4", "李四", "C000050", "left out (same phone)"]
    preview.match_buttons[OnMatch.UPDATE].setChecked(True)
    qtbot.waitUntil(lambda: preview.plan is not None and preview.plan.count("update") == 1)
    assert rows.index(2, 3).data() == "updates the customer (same phone)"
    with qtbot.waitSignal(wizard.imported):
        _finish(wizard).click()
    li = Customer.get(Customer.ref == "C000050")
    assert (li.birthday, li.notes, Customer.select().count()) == (dt.date(1985, 3, 5), "老", 3)


def test_an_unreadable_file_is_one_sentence_on_the_first_page(
        wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    wizard.source_page.path_edit.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.source_page.message.text()))
    assert wizard.source_page.message.text() == f"There is no file {tmp_path / 'missing.csv'}."
    assert wizard.currentPage() is wizard.source_page


def test_the_text_rows_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TextRowsModel(["a", "b"])
    qtmodeltester.check(model)
    model.set_rows([(1, "x"), (2, "y")])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "y"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "a"


def test_cancel_stops_an_import_under_way_and_nothing_is_written(
        wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    rows = "".join(f"客户{i},139{i:08d}\n" for i in range(10_000))
    _to_preview(wizard, qtbot, _sheet(tmp_path, "姓名,电话\n" + rows))
    preview = wizard.preview_page
    assert preview.plan is not None and preview.plan.count("new") == 10_000
    imported: list[str] = []
    wizard.imported.connect(imported.append)
    _finish(wizard).click()  # Import starts in the background…
    assert preview.progress.isVisible()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.button(QWizard.WizardButton.CancelButton).click()  # …and Cancel stops it
    qtbot.wait(50)
    assert not wizard.isVisible() and imported == []
    assert Customer.select().count() == 0
    assert remembered_fields("customers", ["姓名", "电话"]) is None


def test_the_check_reports_its_progress(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    rows = "".join(f"客户{i},1390000{i:04d}\n" for i in range(1200))
    counts: list[tuple[int, int]] = []
    wizard.relay.changed.connect(lambda done, total: counts.append((done, total)))
    _to_preview(wizard, qtbot, _sheet(tmp_path, "姓名,电话\n" + rows))
    qtbot.waitUntil(lambda: counts[-1:] == [(2400, 2400)])
    assert counts[0] == (0, 2400) and len(counts) == 6


def test_staff_are_not_offered_projects(db: peewee.Database, qtbot: QtBot) -> None:
    """Project rows carry revenue and cost, which staff may not set."""
    accounts.add_account("Owner Wu", access.OWNER, "correct horse")
    accounts.add_account("Tom", access.STAFF, "correct horse")
    accounts.enable_accounts("Owner Wu", "correct horse")
    access.login("Tom", "correct horse")
    widget = ImportWizard(AppContext("test"))
    qtbot.addWidget(widget)
    combo = widget.source_page.kind_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["customers", "responses"]
    access.login("Owner Wu", "correct horse")
    owners = ImportWizard(AppContext("test"))
    qtbot.addWidget(owners)
    combo = owners.source_page.kind_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["customers", "projects", "responses"]


def test_a_row_that_went_bad_after_the_check_is_shown_and_nothing_is_written(
        wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    Customer.create(ref="C000050", name="王芳")
    _to_preview(wizard, qtbot, _sheet(tmp_path, "姓名,推荐人\n李四,王芳\n"))
    preview = wizard.preview_page
    assert preview.plan is not None and not preview.plan.problems
    Customer.create(ref="C000051", name="王芳")  # at another desk, before Import is pressed
    _finish(wizard).click()
    qtbot.waitUntil(lambda: not preview._busy)
    model = preview.problems
    assert [model.index(0, c).data() for c in range(3)] == [
        "2", "推荐人", "王芳 is the name of 2 customers; write the ref instead"]
    assert wizard.isVisible() and not _finish(wizard).isEnabled()
    assert Customer.select().count() == 2
