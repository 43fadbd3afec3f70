"""Bulk edit in the customer list: many rows selected, the dialog, the notice, Undo."""
from __future__ import annotations

from pathlib import Path

import peewee
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.bulk_edit import LEAVE
from crm_desktop.customer_service import customer_input, save_customer
from crm_desktop.db import close_database, open_database
from crm_desktop.models import Customer, StaffMember
from tests.ui.customer_data import Studio, fill_many, fill_studio
from tests.ui.list_rows import row_of
from ui import create_main_window, labels
from ui.bulk_edit_dialog import BulkEditDialog
from ui.context import AppContext
from ui.customers_view import CustomersSection
from ui.models.customer_model import (
    PAGE_SIZE,
    Column,
    CustomerTableModel,
)


def _apply(dialog: BulkEditDialog, qtbot: QtBot) -> None:
    """Apply, and wait until the background edit is written (or refused)."""
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy)


def _undone(section: CustomersSection, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not section.bulk.busy)


def _ctrl_click(section: CustomersSection, qtbot: QtBot, customer_id: int, first: bool = False) -> None:
    """A click (the first) or Ctrl+click on the customer's name, as a person selects rows."""
    table = section.table
    index = section.model.index(row_of(section, customer_id), Column.NAME)
    table.scrollTo(index)
    modifier = Qt.KeyboardModifier.NoModifier if first else Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     table.visualRect(index).center())


def _tier(section: CustomersSection, customer_id: int) -> str:
    return section.model.index(row_of(section, customer_id), Column.TIER).data()


def _select_three(section: CustomersSection, studio: Studio, qtbot: QtBot) -> None:
    _ctrl_click(section, qtbot, studio.wang_fang, first=True)  # tier A
    _ctrl_click(section, qtbot, studio.li_si)  # C
    _ctrl_click(section, qtbot, studio.alice)  # C


def _open_dialog(section: CustomersSection) -> BulkEditDialog:
    section.bulk_edit_action.trigger()
    dialog = section.bulk.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_rows_are_selected_with_ctrl_click_and_the_detail_follows_the_current_one(
        section: CustomersSection, studio: Studio, qtbot: QtBot) -> None:
    table = section.table
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    action = section.bulk_edit_action
    assert action.objectName() == "bulkEditAction" and action.shortcut().toString() == "Ctrl+Shift+E"
    assert not action.isEnabled()
    _ctrl_click(section, qtbot, studio.wang_fang, first=True)
    assert section.detail.customer_id == studio.wang_fang
    assert not action.isEnabled()  # one customer: edit it as usual
    _ctrl_click(section, qtbot, studio.alice)
    assert action.isEnabled()
    assert sorted(table.selected_customer_ids()) == sorted([studio.wang_fang, studio.alice])
    assert section.count_label.text() == "6 customers · 2 selected"
    assert section.detail.customer_id == studio.alice
    # Shift+click takes the rows between.
    last = section.model.index(section.model.rowCount() - 1, Column.NAME)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     table.visualRect(last).center())
    assert len(table.selected_rows()) >= 2
    # In the list's context menu as well.
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert action in table.actions() and section.undo_bulk_edit_action in table.actions()
    # A new filter starts without a selection.
    section.tier_combo.setCurrentIndex(section.tier_combo.findData("C"))
    assert not action.isEnabled()


def test_apply_changes_the_list_and_undo_puts_it_back(section: CustomersSection, studio: Studio,
                                                      qtbot: QtBot) -> None:
    _select_three(section, studio, qtbot)
    dialog = _open_dialog(section)
    assert dialog.heading.text() == "3 customers are selected."
    for combo in (dialog.tier_combo, dialog.designer_combo, dialog.lost_combo):
        assert combo.currentText() == "Leave as it is"
    assert not dialog.apply_button.isEnabled()  # nothing chosen yet
    assert dialog.apply_button.text() == "&Change 3 customers"
    assert [dialog.designer_combo.itemText(i) for i in range(dialog.designer_combo.count())] == [
        "Leave as it is", "— none —", "Lin Designer", "Zhou Designer"]
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findText(labels.tier_name("B")))
    dialog.designer_combo.setCurrentIndex(dialog.designer_combo.findText("Zhou Designer"))
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(section._context.customers_changed):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: section.bulk.dialog is None)
    # The list shows the new tier, the rows stay selected, the detail stays on the current one.
    for customer in (studio.wang_fang, studio.li_si, studio.alice):
        assert _tier(section, customer) == "B"
        assert Customer.get_by_id(customer).designer_id == studio.other_designer_id
    assert _tier(section, studio.lin_jing) == "C"
    assert len(section.table.selected_rows()) == 3
    assert section.detail.customer_id == studio.alice
    assert section.detail.designer_value.text() == "Zhou Designer"
    notice = section.bulk.notice
    assert notice.isVisible() and notice.message.text() == "Changed 3 customers."
    assert notice.undo_button.isVisible()
    undo = section.undo_bulk_edit_action
    assert undo.objectName() == "undoBulkEditAction" and undo.isEnabled()
    assert undo.shortcut().toString() == "Ctrl+Z"

    with qtbot.waitSignal(section._context.customers_changed):
        qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
        _undone(section, qtbot)
    assert [_tier(section, c) for c in (studio.wang_fang, studio.li_si, studio.alice)] == ["A", "C", "C"]
    assert all(Customer.get_by_id(c).designer_id is None
               for c in (studio.wang_fang, studio.li_si, studio.alice))
    assert notice.message.text() == "Undid the bulk edit: 3 customers are back as they were."
    assert not notice.undo_button.isVisible() and not undo.isEnabled()


def test_undo_says_which_customers_were_changed_since(section: CustomersSection, studio: Studio,
                                                      qtbot: QtBot) -> None:
    _select_three(section, studio, qtbot)
    dialog = _open_dialog(section)
    dialog.choose(tier="B", lost_reason="moved")
    _apply(dialog, qtbot)
    assert section.bulk.notice.message.text() == "Changed 3 customers."
    # At another desk, two of them are edited before the undo.
    for customer in (studio.li_si, studio.alice):
        form, version = customer_input(customer)
        form.notes = "edited at another desk"
        save_customer(form, customer, version)
    section.undo_bulk_edit_action.trigger()
    _undone(section, qtbot)
    assert section.bulk.notice.message.text() == (
        "Undid the bulk edit: 1 customer is back as it was. "
        "2 customers were changed since and were left as they are.")
    assert Customer.get_by_id(studio.wang_fang).tier == "A"
    assert Customer.get_by_id(studio.wang_fang).lost_reason is None
    assert Customer.get_by_id(studio.li_si).lost_reason == "moved"


def test_the_notice_names_customers_left_as_they_were(section: CustomersSection, studio: Studio,
                                                      qtbot: QtBot) -> None:
    _select_three(section, studio, qtbot)
    dialog = _open_dialog(section)
    dialog.choose(tier="C")
    _apply(dialog, qtbot)
    assert section.bulk.notice.message.text() == "Changed 1 customer. 2 already had these values."
    section.table.selectAll()
    dialog = _open_dialog(section)
    dialog.choose(tier="C")
    _apply(dialog, qtbot)
    assert section.bulk.notice.message.text() == "Changed 2 customers. 4 already had these values."
    # Undo undoes the last bulk edit only.
    section.undo_bulk_edit_action.trigger()
    _undone(section, qtbot)
    assert Customer.get_by_id(studio.wang_fang).tier == "C"
    assert Customer.get_by_id(studio.wang_ming).tier == "B"


def test_a_refusal_shows_in_the_dialog_and_changes_nothing(section: CustomersSection, studio: Studio,
                                                           qtbot: QtBot) -> None:
    _select_three(section, studio, qtbot)
    dialog = _open_dialog(section)
    dialog.choose(designer_id=studio.designer_id, tier="B")
    # Meanwhile the owner marks that designer as no longer active.
    StaffMember.update(active=False).where(StaffMember.id == studio.designer_id).execute()
    _apply(dialog, qtbot)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisible()
    text = dialog.error.text()
    assert text == ("The designer cannot be chosen: Lin Designer is no longer an active staff member.")
    assert "Traceback" not in text and "\n" not in text
    assert Customer.get_by_id(studio.li_si).tier == "C"
    assert not section.undo_bulk_edit_action.isEnabled() and not section.bulk.notice.isVisible()
    dialog.reject()


def test_keyboard_ctrl_a_then_ctrl_shift_e(section: CustomersSection, studio: Studio, qtbot: QtBot) -> None:
    table = section.table
    section.activateWindow()
    qtbot.waitActive(section)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(table.selected_rows()) == 6
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_E, ctrl_shift)
    dialog = section.bulk.dialog
    assert dialog is not None and dialog.heading.text() == "6 customers are selected."
    dialog.choose(lost_reason=None)
    _apply(dialog, qtbot)
    assert Customer.get_by_id(studio.bob).lost_reason is None
    assert dialog.edit().tier is LEAVE


def test_the_model_fetches_the_rest_in_one_go(db: peewee.Database, qtbot: QtBot, qtmodeltester) -> None:
    fill_many(PAGE_SIZE * 2 + 50)
    model = CustomerTableModel(AppContext("test"))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetch_up_to(PAGE_SIZE + 10)
    assert inserted.args[1:] == [PAGE_SIZE, PAGE_SIZE + 9]
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetch_all()
    assert inserted.args[1:] == [PAGE_SIZE + 10, PAGE_SIZE * 2 + 49]
    assert model.rowCount() == PAGE_SIZE * 2 + 50 and not model.canFetchMore(QModelIndex())
    assert len({model.row_at(row).id for row in range(model.rowCount())}) == PAGE_SIZE * 2 + 50
    qtmodeltester.check(model, force_py=True)


def test_select_all_takes_every_customer_not_only_the_fetched_pages(db: peewee.Database,
                                                                     qtbot: QtBot) -> None:
    fill_many(PAGE_SIZE * 2 + 50)
    section = CustomersSection(AppContext("test"))
    qtbot.addWidget(section)
    section.show()
    assert section.model.rowCount() == PAGE_SIZE
    section.table.selectAll()
    assert section.model.rowCount() == PAGE_SIZE * 2 + 50
    assert len(section.table.selected_customer_ids()) == PAGE_SIZE * 2 + 50
    assert not section.model.canFetchMore(QModelIndex())
    dialog = _open_dialog(section)
    assert dialog.heading.text() == "450 customers are selected."
    dialog.choose(tier="A")
    _apply(dialog, qtbot)
    assert Customer.select().where(Customer.tier == "A").count() == PAGE_SIZE * 2 + 50
    # The whole selection survives the refresh that follows the edit.
    assert len(section.table.selected_rows()) == PAGE_SIZE * 2 + 50
    # A selection made by hand survives a refresh too.
    flags = QItemSelectionModel.SelectionFlag
    section.table.selectionModel().select(section.model.index(3, 0), flags.ClearAndSelect | flags.Rows)
    section.table.selectionModel().select(section.model.index(420, 0), flags.Select | flags.Rows)
    section.refresh()
    assert section.table.selected_rows() == [3, 420]


def test_the_edit_menu_offers_both_and_no_shortcut_is_taken_twice(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "studio.sqlite3"
    open_database(path)
    fill_studio()
    close_database()
    window = create_main_window(str(path), "en")
    qtbot.addWidget(window)
    try:
        edit_menu = window.menuBar().actions()[1].menu()
        names = [action.objectName() for action in edit_menu.actions()]
        erase = edit_menu.actions().index(window.customers.erase_customer_action)
        assert names[erase + 1:erase + 3] == ["bulkEditAction", "undoBulkEditAction"]
        shortcuts = [action.shortcut().toString() for menu in window.menuBar().actions()
                     for action in menu.menu().actions() if not action.shortcut().isEmpty()]
        assert len(shortcuts) == len(set(shortcuts)), shortcuts
        assert {"Ctrl+Shift+E", "Ctrl+Z"} <= set(shortcuts)
    finally:
        close_database()
