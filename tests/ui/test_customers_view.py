"""The Customers section: search as you type (Chinese by input method), filters, detail, in-place entry."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.customer_list import CustomerFilter, count_customers
from crm_desktop.db import close_database, open_database
from crm_desktop.models import Customer, Interaction, SurveyResponse
from crm_desktop.segments import Segment
from tests.ui.customer_data import Studio
from ui import labels
from ui.context import AppContext
from ui.customers_view import CustomersSection
from ui.models.customer_model import Column, CustomerIdRole

LINE = 2_000_000



def _names(section: CustomersSection) -> list[str]:
    model = section.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def _select(section: CustomersSection, customer_id: int) -> None:
    model = section.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(CustomerIdRole) == customer_id:
            section.table.selectRow(row)
            return
    raise AssertionError(f"customer {customer_id} is not in the list")


def _type_like_an_input_method(widget: QLineEdit, text: str) -> None:
    # qtbot.keyClicks with CJK characters aborts PySide6 6.12 offscreen; an IME commits instead.
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_object_names_for_automation(section: CustomersSection) -> None:
    for name in ("customerList", "customerSearch", "customerDetail"):
        widget = section.findChild(QLineEdit, name) or section.findChild(type(section.table), name) \
            or section.findChild(type(section.detail), name)
        assert widget is not None, name
        assert widget.accessibleName() == name
    assert section.count_label.text() == "6 customers"


def test_chinese_typed_through_an_input_method_filters_after_the_pause(section: CustomersSection,
                                                                       qtbot: QtBot) -> None:
    section.focus_search()
    assert section.search.hasFocus()
    _type_like_an_input_method(section.search, "王")
    assert section.search.text() == "王"
    assert len(_names(section)) == 6  # debounced: nothing yet
    qtbot.waitUntil(lambda: sorted(_names(section)) == ["王小明", "王芳"], timeout=2000)
    assert section.count_label.text() == "2 customers"
    _type_like_an_input_method(section.search, "芳")
    qtbot.waitUntil(lambda: _names(section) == ["王芳"], timeout=2000)
    assert section.count_label.text() == "1 customer"


def test_ascii_search_with_key_clicks_and_the_clear_button(section: CustomersSection,
                                                           qtbot: QtBot) -> None:
    qtbot.keyClicks(section.search, "alice")
    qtbot.waitUntil(lambda: _names(section) == ["Alice Smith"], timeout=2000)
    section.search.clear()
    qtbot.waitUntil(lambda: len(_names(section)) == 6, timeout=2000)
    # Notes and phone numbers are searched too.
    section.search.setText("13700003333")
    qtbot.waitUntil(lambda: _names(section) == ["李四"], timeout=2000)


def test_filter_combos(section: CustomersSection, studio: Studio) -> None:
    section.tier_combo.setCurrentIndex(section.tier_combo.findData("B"))
    assert sorted(_names(section)) == ["Bob Lost", "王小明"]
    section.state_combo.setCurrentIndex(section.state_combo.findData("active"))
    assert _names(section) == ["王小明"]
    section.tier_combo.setCurrentIndex(0)
    section.state_combo.setCurrentIndex(section.state_combo.findData("lost"))
    assert _names(section) == ["Bob Lost"]
    section.state_combo.setCurrentIndex(0)
    assert section.designer_combo.count() == 3  # all + two designers
    section.designer_combo.setCurrentIndex(section.designer_combo.findData(studio.other_designer_id))
    assert sorted(_names(section)) == ["Alice Smith", "王小明"]
    # Customers Zhou looks after count too, not only those Zhou had a job with.
    Customer.update(designer=studio.other_designer_id).where(Customer.id == studio.lin_jing).execute()
    section.refresh()
    assert sorted(_names(section)) == ["Alice Smith", "林静", "王小明"]
    assert section.segment_combo.count() == 8  # all + seven segments


def test_show_segment_shows_exactly_that_segment(section: CustomersSection, qtbot: QtBot) -> None:
    section.search.setText("nobody matches this")
    section.tier_combo.setCurrentIndex(1)
    for segment in Segment:
        section.show_segment(segment)
        expected = count_customers(CustomerFilter(segment=segment), LINE)
        assert section.model.total_count() == expected
        assert section.search.text() == ""
        assert section.segment_combo.currentText() == labels.segment_name(segment)
        assert set(section.model.index(r, Column.SEGMENT).data() for r in range(expected)) <= {
            labels.segment_name(segment)}
    section.show_segment(Segment.PROMOTER_PLUS)
    assert _names(section) == ["王芳"]
    section.show_segment(None)
    assert len(_names(section)) == 6
    # The cleared search must not re-run later and undo the segment.
    qtbot.wait(200)
    assert len(_names(section)) == 6


def test_selecting_a_row_shows_the_customer(section: CustomersSection, studio: Studio) -> None:
    detail = section.detail
    assert detail.customer_id is None
    assert not section.edit_customer_action.isEnabled()
    _select(section, studio.wang_fang)
    assert detail.customer_id == studio.wang_fang
    assert detail.name_label.text() == "王芳"
    assert detail.segment_chip.text() == labels.segment_name(Segment.PROMOTER_PLUS)
    assert "10" in detail.score_value.text()
    assert "2024-08-01" in detail.contacted_value.text()
    assert "2 customers" in detail.referrals_summary.text()
    assert detail.referrals_list.topLevelItemCount() == 2
    assert detail.projects_list.topLevelItemCount() == 1
    assert detail.responses_list.topLevelItemCount() == 2
    assert detail.interactions_list.topLevelItemCount() == 1
    assert detail.notes_view.toPlainText() == "喜欢北欧风格"
    assert detail.designer_value.text() == "nobody in particular"
    assert section.edit_customer_action.isEnabled()
    _select(section, studio.li_si)
    assert "王芳" in detail.referrer_value.text()
    assert detail.referrer_chip.text() == labels.segment_name(Segment.PROMOTER_PLUS)
    Customer.update(designer=studio.other_designer_id).where(Customer.id == studio.lin_jing).execute()
    _select(section, studio.lin_jing)
    assert detail.contacted_value.text() == "never"
    assert detail.designer_value.text() == "Zhou Designer"
    _select(section, studio.bob)
    assert detail.lost_label.isVisible()


def test_survey_answer_in_place_changes_the_latest_score(section: CustomersSection, studio: Studio,
                                                         qtbot: QtBot) -> None:
    _select(section, studio.lin_jing)
    section.add_response_action.trigger()
    entry = section.detail.response_entry
    assert section.detail.tabs.currentIndex() == section.detail.TAB_RESPONSES
    assert entry.date_edit.text() == section.detail._context.today().isoformat()
    qtbot.keyClicks(entry.score_edit, "9")
    qtbot.keyClick(entry.score_edit, Qt.Key.Key_Return)
    assert not entry.error.isVisible()
    assert "9" in section.detail.score_value.text()
    assert section.detail.responses_list.topLevelItemCount() == 1
    # The list read again and kept the same customer selected, now a promoter.
    current = section.table.currentIndex()
    assert current.data(CustomerIdRole) == studio.lin_jing
    assert section.model.index(current.row(), Column.SCORE).data() == "9"
    assert section.detail.customer_id == studio.lin_jing


def test_bad_score_shows_an_inline_message_and_writes_nothing(section: CustomersSection,
                                                              studio: Studio, qtbot: QtBot) -> None:
    _select(section, studio.lin_jing)
    before = SurveyResponse.select().count()
    entry = section.detail.response_entry
    section.detail.start_survey_answer()
    qtbot.keyClicks(entry.score_edit, "11")
    qtbot.keyClick(entry.score_edit, Qt.Key.Key_Return)
    assert entry.error.isVisible()
    assert entry.error.text().startswith("Score:")
    assert "11" in entry.error.text()
    assert SurveyResponse.select().count() == before
    entry.score_edit.setText("7")
    entry.date_edit.setText("2024-02-30")
    assert not entry.save()
    assert entry.error.text().startswith("Date:")
    assert SurveyResponse.select().count() == before
    assert section.detail.score_value.text() == "not asked yet"


def test_log_contact_in_place_updates_last_contacted(section: CustomersSection, studio: Studio,
                                                     qtbot: QtBot) -> None:
    _select(section, studio.lin_jing)
    section.add_interaction_action.trigger()
    entry = section.detail.contact_entry
    entry.date_edit.setText("2024-09-09")
    entry.kind_combo.setCurrentIndex(entry.kind_combo.findData("visit"))
    qtbot.keyClicks(entry.summary_edit, "Measured the kitchen")
    qtbot.keyClick(entry.summary_edit, Qt.Key.Key_Return)
    assert not entry.error.isVisible()
    assert Interaction.select().where(Interaction.customer == studio.lin_jing).count() == 1
    assert "2024-09-09" in section.detail.contacted_value.text()
    row = section.table.currentIndex().row()
    assert section.model.index(row, Column.LAST_CONTACTED).data() == "2024-09-09"


def test_selection_survives_a_change_elsewhere_and_sorting(section: CustomersSection,
                                                           studio: Studio) -> None:
    _select(section, studio.alice)
    section.detail._context.customers_changed.emit()
    assert section.table.currentIndex().data(CustomerIdRole) == studio.alice
    section.table.sortByColumn(Column.PROFIT, Qt.SortOrder.DescendingOrder)
    assert section.model.sort_key.value == "profit"
    assert _names(section)[0] == "王芳"
    assert section.table.currentIndex().data(CustomerIdRole) == studio.alice
    assert section.detail.customer_id == studio.alice


def test_new_customer_action_opens_the_form_and_selects_the_saved_customer(
        section: CustomersSection, qtbot: QtBot) -> None:
    section.new_customer_action.trigger()
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["ref"].text() == "C000007"
    dialog.fields["name"].setText("陈新")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert section.count_label.text() == "7 customers"
    assert section.detail.name_label.text() == "陈新"
    assert section.table.currentIndex().data() == "陈新"


def test_edit_opens_on_enter_in_the_list(section: CustomersSection, studio: Studio,
                                         qtbot: QtBot) -> None:
    _select(section, studio.alice)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert dialog is not None
    assert dialog.fields["name"].text() == "Alice Smith"
    dialog.fields["name"].setText("Alice Smith-Jones")
    dialog.accept()
    assert section.detail.name_label.text() == "Alice Smith-Jones"
    assert section.table.currentIndex().data(CustomerIdRole) == studio.alice


# --- the 50 000-customer demo -------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from crm_desktop.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo50k.sqlite3"
    open_database(path)
    try:
        generate_demo(customers=50_000, seed=1)
    finally:
        close_database()
    return path


@pytest.fixture
def demo_section(demo_db: Path, qtbot: QtBot) -> Iterator[CustomersSection]:
    open_database(demo_db, must_exist=True)
    widget = CustomersSection(AppContext("demo"))
    qtbot.addWidget(widget)
    yield widget
    close_database()


@pytest.mark.slow
def test_the_50000_customer_demo_opens_and_a_chinese_search_returns(
        demo_section: CustomersSection, qtbot: QtBot) -> None:
    section = demo_section
    section.resize(1280, 720)
    section.show()
    qtbot.waitExposed(section)
    model = section.model
    assert model.total_count() == 50_000
    assert 0 < model.rowCount() < 50_000  # lazily: a page, not the whole list
    _type_like_an_input_method(section.search, "王")
    qtbot.waitUntil(lambda: 0 < model.total_count() < 50_000, timeout=10_000)
    line = section.detail._context.settings.profit_line_cents
    assert model.total_count() == count_customers(CustomerFilter(search="王"), line)
    assert "王" in model.index(0, Column.NAME).data()
    assert model.canFetchMore(QModelIndex()) or model.rowCount() == model.total_count()
    section.table.selectRow(0)
    assert section.detail.customer_id == model.index(0, 0).data(CustomerIdRole)
