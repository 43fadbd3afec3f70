"""Finding duplicate customers in the window: the list model, the background search, marking a pair
as different people, what a merge does to the list, and the Edit menu entry."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from crm_desktop import access, accounts
from crm_desktop.db import close_database, open_database
from crm_desktop.distinct_pairs import mark_distinct
from crm_desktop.duplicate_list import DuplicateRow, Person
from crm_desktop.merge import DROP
from crm_desktop.models import DistinctPair, Project
from tests.ui.duplicate_data import (
    PASSWORD,
    add_customer,
    finished,
    log_in_staff,
    pairs,
    plant,
    searched,
)
from ui import create_main_window
from ui import duplicates_dialog as duplicates_module
from ui.context import AppContext
from ui.duplicates_dialog import DuplicatesDialog
from ui.merge_dialog import MergeDialog
from ui.models.duplicate_model import DuplicateColumn, DuplicateTableModel


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    return plant()


@pytest.fixture
def context(db: peewee.Database) -> AppContext:
    return AppContext("test")


# --- the model -------------------------------------------------------------------------------------

def _row(a: tuple[int, str, str], b: tuple[int, str, str], reason: str, score: int) -> DuplicateRow:
    return DuplicateRow(Person(a[0], f"C{a[0]}", a[1], a[2]), Person(b[0], f"C{b[0]}", b[1], b[2]), reason, score)


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DuplicateTableModel()
    qtmodeltester.check(model)
    model.set_rows([
        _row((1, "陈静", "138"), (2, "陈 静", "+86 138"), "phone+name", 100),
        _row((1, "陈静", "138"), (7, "Ivy", "138"), "phone", 100),
        _row((3, "Anna Berg", ""), (4, "Ana Berg", ""), "email+name", 94),
        _row((2, "陈 静", "+86 138"), (7, "Ivy", "138"), "phone", 100),
    ])
    qtmodeltester.check(model)
    assert model.remove_customer(7) == 2
    assert [(r.a.id, r.b.id) for r in model.rows()] == [(1, 2), (3, 4)]
    model.update_person(Person(1, "C1", "陈静", "13800138000"))
    assert model.index(0, DuplicateColumn.PHONE_A).data() == "13800138000"
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_reasons_read_as_words() -> None:
    model = DuplicateTableModel()
    model.set_rows([
        _row((1, "陈静", ""), (2, "陈 静", ""), "phone+name", 100),
        _row((3, "Anna Berg", ""), (4, "Ana Berg", ""), "email+name", 94),
        _row((5, "X", ""), (6, "Y", ""), "email", 100),
    ])
    reasons = [model.index(row, DuplicateColumn.REASON).data() for row in range(3)]
    assert reasons == ["Same phone, same name", "Same e-mail, similar name", "Same e-mail"]
    assert model.index(1, DuplicateColumn.SCORE).data() == "94"
    assert model.index(1, DuplicateColumn.NAME_B).data(Qt.ItemDataRole.ToolTipRole) == "Ana Berg, customer C4"


# --- the duplicates dialog ----------------------------------------------------------------------------

def test_the_finder_runs_in_the_background_and_lists_the_planted_pairs(
        studio: dict[str, int], context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    find = duplicates_module.find_rows

    def watched(include_distinct: bool = False) -> list[DuplicateRow]:
        threads.append(threading.get_ident())
        return find(include_distinct)

    monkeypatch.setattr(duplicates_module, "find_rows", watched)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.isModal()
    assert dialog.status.text() == "Looking for duplicates…"
    assert not dialog.merge_button.isEnabled()
    finished(qtbot, dialog)
    assert threads and threads[0] != threading.get_ident()
    assert sorted(pairs(dialog.model)) == [("C1", "C2"), ("C1", "C7"), ("C2", "C7"), ("C3", "C4")]
    scores = [row.score for row in dialog.model.rows()]
    assert scores == sorted(scores, reverse=True)
    first = dialog.model.rows()[0]
    assert (first.a.name, first.a.phone, first.b.name, first.b.phone) == (
        "陈静", "13800138000", "陈 静", "+86 138-0013-8000")
    assert dialog.model.index(0, DuplicateColumn.REASON).data() == "Same phone, same name"
    assert dialog.status.text().startswith("4 pairs of records may be the same customer")
    assert dialog.selected_row() == 0 and dialog.merge_button.isEnabled()


def test_not_the_same_person_takes_the_pair_off_for_good_and_undo_puts_it_back(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = searched(context, qtbot)
    row = pairs(dialog.model).index(("C3", "C4"))
    dialog._select(row)
    assert not dialog.undo_button.isVisible()
    dialog.distinct_button.click()
    assert ("C3", "C4") not in pairs(dialog.model) and len(pairs(dialog.model)) == 3
    assert dialog.status.text().startswith("C3 and C4 are marked as different people. 3 pairs")
    assert dialog.undo_button.isVisible()
    # Searched afresh, in this dialog or the next, the pair is not offered again.
    dialog.search()
    finished(qtbot, dialog)
    assert ("C3", "C4") not in pairs(dialog.model) and not dialog.undo_button.isVisible()
    dialog._select(0)
    marked = dialog.model.row_at(0)
    assert marked is not None
    dialog.distinct_button.click()
    dialog.undo_button.click()
    assert pairs(dialog.model)[0] == (marked.a.ref, marked.b.ref) and dialog.selected_row() == 0
    assert dialog.status.text().startswith(f"{marked.a.ref} and {marked.b.ref} may be the same person again.")
    assert DistinctPair.select().count() == 1


def test_marked_pairs_can_be_shown_greyed_and_their_mark_taken_back(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    mark_distinct(studio["C3"], studio["C4"])
    dialog = searched(context, qtbot)
    assert ("C3", "C4") not in pairs(dialog.model)
    dialog.show_marked.setChecked(True)  # searches again, marked pairs included
    finished(qtbot, dialog)
    row = pairs(dialog.model).index(("C3", "C4"))
    index = dialog.model.index(row, DuplicateColumn.REASON)
    assert index.data().endswith(" · marked as different people")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    dialog._select(row)
    assert dialog.distinct_button.text() == "Take back the &mark"
    dialog.distinct_button.click()
    assert DistinctPair.select().count() == 0 and not dialog.model.row_at(row).distinct
    assert dialog.distinct_button.text() == "&Not the same person"
    assert dialog.model.index(row, DuplicateColumn.REASON).data(Qt.ItemDataRole.ForegroundRole) is None
    # Marking while marked pairs are shown greys the row in place.
    dialog.distinct_button.click()
    assert dialog.model.row_at(row).distinct and DistinctPair.select().count() == 1


def test_staff_cannot_mark_a_pair_as_different_people(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = searched(context, qtbot)
    log_in_staff()
    before = pairs(dialog.model)
    dialog.distinct_button.click()
    assert dialog.status.text() == "Only the studio owner can mark customers as different people."
    assert pairs(dialog.model) == before and DistinctPair.select().count() == 0


def test_no_duplicates_is_said_in_a_sentence(db: peewee.Database, context: AppContext, qtbot: QtBot) -> None:
    add_customer("C1", "陈静", phone="13800138000")
    add_customer("C2", "Anna Berg")
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    finished(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.status.text().startswith("No likely duplicates: no two customers share a phone number")
    assert not dialog.merge_button.isEnabled()
    assert dialog.merge_selected() is None


def test_a_failed_search_is_one_sentence(db: peewee.Database, context: AppContext, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.errors import DatabaseError

    def locked(include_distinct: bool = False) -> list[DuplicateRow]:
        raise DatabaseError("The database is locked by another program; try again when it has finished.")

    monkeypatch.setattr(duplicates_module, "find_rows", locked)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    finished(qtbot, dialog)
    assert dialog.status.text() == "The database is locked by another program; try again when it has finished."
    assert dialog.search_button.isEnabled()


def test_after_a_merge_the_list_drops_every_pair_of_the_dropped_customer(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = searched(context, qtbot)
    dialog._select(pairs(dialog.model).index(("C1", "C2")))
    merge = dialog.merge_selected()
    assert merge is not None and merge.keep_side().ref == "C1"
    # C1's phone is kept; the merged record is listed with its (unchanged) phone.
    with qtbot.waitSignal(context.customers_changed):
        assert merge.merge()
    assert sorted(pairs(dialog.model)) == [("C1", "C7"), ("C3", "C4")]
    assert dialog.status.text().startswith("Merged C2 into C1. 2 pairs of records")
    assert dialog.selected_row() is not None
    assert Project.get(Project.ref == "P2").customer_id == studio["C1"]


def test_a_merge_shows_the_kept_customer_as_it_is_now(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    finished(qtbot, dialog)
    dialog._select(pairs(dialog.model).index(("C1", "C2")))
    merge = dialog.merge_selected()
    assert merge is not None
    merge.choose("name", DROP)
    assert merge.merge()
    row = dialog.model.rows()[pairs(dialog.model).index(("C1", "C7"))]
    assert row.a.name == "陈 静"


def test_enter_and_double_click_open_the_merge(studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    finished(qtbot, dialog)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    opened = dialog.findChildren(MergeDialog)
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].reject()
    qtbot.waitUntil(lambda: not dialog.findChildren(MergeDialog))  # deleted once closed
    index = dialog.model.index(1, DuplicateColumn.NAME_A)
    dialog.view.doubleClicked.emit(index)
    assert len(dialog.findChildren(MergeDialog)) == 1


# --- the menu -----------------------------------------------------------------------------------------

@pytest.fixture
def studio_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "studio.sqlite3"
    open_database(path)
    plant()
    accounts.add_account("Owner Wu", access.OWNER, PASSWORD)
    accounts.add_account("Tom", access.STAFF, PASSWORD)
    close_database()
    yield path
    close_database()


def _window(path: Path, qtbot: QtBot) -> QMainWindow:
    win = create_main_window(str(path), "en", ask_login=lambda user: access.login("Tom", PASSWORD) is not None)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def test_the_owner_opens_one_duplicates_dialog_from_the_edit_menu(studio_file: Path, qtbot: QtBot) -> None:
    win = _window(studio_file, qtbot)
    action = win.findChild(QAction, "duplicatesAction")
    assert action is not None and action.text() == "D&uplicate customers…"
    assert action in [a for menu in win.menuBar().actions() for a in menu.menu().actions()]
    action.trigger()
    dialog = win.findChild(DuplicatesDialog, "duplicatesDialog")
    assert dialog is not None and dialog.isVisible()
    finished(qtbot, dialog)
    assert dialog.model.rowCount() == 4
    action.trigger()  # brought forward, not a second one
    assert len(win.findChildren(DuplicatesDialog)) == 1
    dialog.reject()
    action.trigger()  # reopened: searched afresh
    assert dialog.isVisible() and dialog.searching
    finished(qtbot, dialog)
    win.close()


def test_a_staff_login_has_no_duplicates_entry(studio_file: Path, qtbot: QtBot) -> None:
    open_database(studio_file)
    accounts.enable_accounts("Owner Wu", PASSWORD)
    close_database()
    access.logout()
    win = _window(studio_file, qtbot)
    assert access.current().role == access.STAFF
    assert win.findChild(QAction, "duplicatesAction") is None
    win.close()
