"""Finding and merging duplicate customers in the window: the background search and its list, the
side-by-side merge dialog (choices, swap, refusals), and the Edit menu entry."""
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
from crm_desktop.customer_service import CustomerInput, add_response, save_customer
from crm_desktop.db import close_database, open_database
from crm_desktop.distinct_pairs import mark_distinct
from crm_desktop.duplicate_list import DuplicateRow, Person
from crm_desktop.merge import DROP, KEEP
from crm_desktop.models import ALL_MODELS, Customer, DistinctPair, Project, StaffMember
from ui import create_main_window
from ui import duplicates_dialog as duplicates_module
from ui.context import AppContext
from ui.duplicates_dialog import DuplicatesDialog
from ui.merge_dialog import MergeDialog
from ui.models.duplicate_model import DuplicateColumn, DuplicateTableModel

PASSWORD = "a long enough passphrase"


def _customer(ref: str, name: str, phone: str = "", email: str = "") -> int:
    return save_customer(CustomerInput(ref=ref, name=name, phone=phone, email=email))


def _project(ref: str, customer: int) -> None:
    Project.create(ref=ref, customer=customer, title=f"Job {ref}", status="completed",
                   revenue_cents=1_000_000, cost_cents=400_000)


def plant() -> dict[str, int]:
    """Three records sharing a phone (C1, C2, C7), two sharing an e-mail (C3, C4), one alone."""
    ids = {
        "C1": _customer("C1", "陈静", phone="13800138000"),
        "C2": _customer("C2", "陈 静", phone="+86 138-0013-8000"),
        "C3": _customer("C3", "Anna Berg", phone="021 6234 5678", email="anna@example.com"),
        "C4": _customer("C4", "Anna Berg", phone="13900001111", email="ANNA@example.com"),
        "C5": _customer("C5", "Tom Lee"),
        "C7": _customer("C7", "Ivy Chan", phone="138 0013 8000"),
    }
    mei = StaffMember.create(name="Mei").id
    Customer.update(designer=mei).where(Customer.id == ids["C4"]).execute()
    _project("P1", ids["C1"])
    _project("P2", ids["C2"])
    _project("P4", ids["C4"])
    _project("P5", ids["C4"])
    add_response(ids["C4"], "2025-03-01", "9")
    return ids


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    return plant()


@pytest.fixture
def context(db: peewee.Database) -> AppContext:
    return AppContext("test")


def _fingerprint() -> dict[str, list[tuple[object, ...]]]:
    return {model.__name__: sorted(tuple(map(repr, row)) for row in model.select().tuples())
            for model in ALL_MODELS}


def _finished(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)


def _searched(context: AppContext, qtbot: QtBot) -> DuplicatesDialog:
    """The duplicates dialog, shown, once its first search has finished."""
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _finished(qtbot, dialog)
    return dialog


def _pairs(model: DuplicateTableModel) -> list[tuple[str, str]]:
    return [(row.a.ref, row.b.ref) for row in model.rows()]


def _merge_dialog(qtbot: QtBot, context: AppContext, first: int, second: int) -> MergeDialog:
    dialog = MergeDialog(context, first, second)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


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
    _finished(qtbot, dialog)
    assert threads and threads[0] != threading.get_ident()
    assert sorted(_pairs(dialog.model)) == [("C1", "C2"), ("C1", "C7"), ("C2", "C7"), ("C3", "C4")]
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
    dialog = _searched(context, qtbot)
    row = _pairs(dialog.model).index(("C3", "C4"))
    dialog._select(row)
    assert not dialog.undo_button.isVisible()
    dialog.distinct_button.click()
    assert ("C3", "C4") not in _pairs(dialog.model) and len(_pairs(dialog.model)) == 3
    assert dialog.status.text().startswith("C3 and C4 are marked as different people. 3 pairs")
    assert dialog.undo_button.isVisible()
    # Searched afresh, in this dialog or the next, the pair is not offered again.
    dialog.search()
    _finished(qtbot, dialog)
    assert ("C3", "C4") not in _pairs(dialog.model) and not dialog.undo_button.isVisible()
    dialog._select(0)
    marked = dialog.model.row_at(0)
    assert marked is not None
    dialog.distinct_button.click()
    dialog.undo_button.click()
    assert _pairs(dialog.model)[0] == (marked.a.ref, marked.b.ref) and dialog.selected_row() == 0
    assert dialog.status.text().startswith(f"{marked.a.ref} and {marked.b.ref} may be the same person again.")
    assert DistinctPair.select().count() == 1


def test_marked_pairs_can_be_shown_greyed_and_their_mark_taken_back(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    mark_distinct(studio["C3"], studio["C4"])
    dialog = _searched(context, qtbot)
    assert ("C3", "C4") not in _pairs(dialog.model)
    dialog.show_marked.setChecked(True)  # searches again, marked pairs included
    _finished(qtbot, dialog)
    row = _pairs(dialog.model).index(("C3", "C4"))
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
    dialog = _searched(context, qtbot)
    accounts.add_account("Owner Wu", access.OWNER, PASSWORD)
    accounts.add_account("Tom", access.STAFF, PASSWORD)
    accounts.enable_accounts("Owner Wu", PASSWORD)
    access.login("Tom", PASSWORD)
    before = _pairs(dialog.model)
    dialog.distinct_button.click()
    assert dialog.status.text() == "Only the studio owner can mark customers as different people."
    assert _pairs(dialog.model) == before and DistinctPair.select().count() == 0


def test_no_duplicates_is_said_in_a_sentence(db: peewee.Database, context: AppContext, qtbot: QtBot) -> None:
    _customer("C1", "陈静", phone="13800138000")
    _customer("C2", "Anna Berg")
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    _finished(qtbot, dialog)
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
    _finished(qtbot, dialog)
    assert dialog.status.text() == "The database is locked by another program; try again when it has finished."
    assert dialog.search_button.isEnabled()


def test_after_a_merge_the_list_drops_every_pair_of_the_dropped_customer(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _searched(context, qtbot)
    dialog._select(_pairs(dialog.model).index(("C1", "C2")))
    merge = dialog.merge_selected()
    assert merge is not None and merge.keep_side().ref == "C1"
    # C1's phone is kept; the merged record is listed with its (unchanged) phone.
    with qtbot.waitSignal(context.customers_changed):
        assert merge.merge()
    assert sorted(_pairs(dialog.model)) == [("C1", "C7"), ("C3", "C4")]
    assert dialog.status.text().startswith("Merged C2 into C1. 2 pairs of records")
    assert dialog.selected_row() is not None
    assert Project.get(Project.ref == "P2").customer_id == studio["C1"]


def test_a_merge_shows_the_kept_customer_as_it_is_now(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    _finished(qtbot, dialog)
    dialog._select(_pairs(dialog.model).index(("C1", "C2")))
    merge = dialog.merge_selected()
    assert merge is not None
    merge.choose("name", DROP)
    assert merge.merge()
    row = dialog.model.rows()[_pairs(dialog.model).index(("C1", "C7"))]
    assert row.a.name == "陈 静"


def test_enter_and_double_click_open_the_merge(studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _finished(qtbot, dialog)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    opened = dialog.findChildren(MergeDialog)
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].reject()
    qtbot.waitUntil(lambda: not dialog.findChildren(MergeDialog))  # deleted once closed
    index = dialog.model.index(1, DuplicateColumn.NAME_A)
    dialog.view.doubleClicked.emit(index)
    assert len(dialog.findChildren(MergeDialog)) == 1


# --- the merge dialog ---------------------------------------------------------------------------------

def test_taking_the_dropped_phone_keeps_it_and_moves_the_projects(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    assert (dialog.keep_side().ref, dialog.drop_side().ref) == ("C3", "C4")
    # The defaults: both have a phone, so the kept one's; its empty designer is not filled.
    assert dialog.keep_choices["phone"].radio.isChecked()
    assert dialog.keep_choices["designer"].radio.isChecked()
    assert dialog.drop_choices["designer"].value.text() == "Mei"
    assert dialog.keep_choices["designer"].value.text() == "(nobody)"
    assert dialog.moves_label.text() == "Moving to C3: 2 projects, 1 survey answer. C4 is then deleted."
    assert dialog.merge_button.text() == "&Merge into C3"
    dialog.choose("phone", DROP)
    assert dialog.choices() == {"phone": DROP, "email": KEEP, "designer": KEEP}
    with qtbot.waitSignal(context.customers_changed), qtbot.waitSignal(dialog.merged) as merged:
        assert dialog.merge()
    assert merged.args == [studio["C3"], studio["C4"]]
    kept = Customer.get_by_id(studio["C3"])
    assert (kept.phone, kept.email, kept.designer_id) == ("13900001111", "anna@example.com", None)
    assert not Customer.select().where(Customer.id == studio["C4"]).exists()
    assert {p.ref for p in Project.select().where(Project.customer == studio["C3"])} == {"P4", "P5"}
    assert dialog.result is not None and dialog.result.projects == 2
    assert not dialog.isVisible()


def test_equal_values_offer_no_choice(studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    for field in ("name", "tier", "birthday", "notes", "lost"):
        assert not dialog.keep_choices[field].radio.isEnabled(), field
        assert not dialog.drop_choices[field].radio.isEnabled(), field
        assert not dialog.field_labels[field].isEnabled(), field
    assert dialog.keep_choices["name"].value.text() == "Anna Berg"
    assert "name" not in dialog.choices()
    # A field with a choice: its label's mnemonic reaches the chosen radio button.
    assert dialog.field_labels["phone"].buddy() is dialog.keep_choices["phone"].radio
    dialog.choose("phone", DROP)
    assert dialog.field_labels["phone"].buddy() is dialog.drop_choices["phone"].radio


def _tab_stops(qtbot: QtBot, dialog: MergeDialog, count: int) -> list[str]:
    """Where the focus is, then after each of `count - 1` presses of Tab."""
    stops = []
    for press in range(count):
        if press:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
        stops.append(widget.objectName() or widget.text())
    return stops


def test_tab_stops_at_each_rows_chosen_value_and_the_arrows_choose(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert _tab_stops(qtbot, dialog, 7) == [
        "merge_phone_keep", "merge_email_keep", "merge_designer_keep", "mergeSwap", "mergeButton",
        "Cancel", "merge_phone_keep"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.focusWidget() is dialog.drop_choices["phone"].radio
    assert dialog.choices()["phone"] == DROP
    assert _tab_stops(qtbot, dialog, 2) == ["merge_phone_drop", "merge_email_keep"]


def test_swap_turns_the_records_round_and_keeps_what_was_picked(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    dialog.choose("phone", DROP)  # C4's phone, picked by hand
    assert dialog.swap_button.text() == "&Swap: keep C4 instead"
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert (dialog.keep_side().ref, dialog.drop_side().ref) == ("C4", "C3")
    assert "C4" in dialog.heads[0].text() and "C3" in dialog.heads[1].text()
    assert dialog.merge_button.text() == "&Merge into C4"
    assert dialog.moves_label.text() == (
        "C3 has no projects, answers, contacts, complaints or referrals to move; it is then deleted.")
    # C4's phone is still the one chosen, now on the side that stays; the designer default flips.
    assert dialog.keep_choices["phone"].radio.isChecked()
    assert dialog.keep_choices["phone"].value.text() == "13900001111"
    assert dialog.keep_choices["designer"].radio.isChecked()
    assert dialog.merge()
    kept = Customer.get_by_id(studio["C4"])
    assert (kept.phone, kept.designer_id) == ("13900001111", StaffMember.get(StaffMember.name == "Mei").id)
    assert not Customer.select().where(Customer.id == studio["C3"]).exists()


def test_a_staff_login_is_refused_in_one_sentence_and_nothing_is_written(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    accounts.add_account("Owner Wu", access.OWNER, PASSWORD)
    accounts.add_account("Tom", access.STAFF, PASSWORD)
    accounts.enable_accounts("Owner Wu", PASSWORD)
    access.login("Tom", PASSWORD)
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    before = _fingerprint()
    with qtbot.assertNotEmitted(context.customers_changed):
        assert not dialog.merge()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Only the studio owner can merge customers."
    assert not dialog.merge_button.isEnabled() and dialog.isVisible()
    assert _fingerprint() == before


def test_a_customer_deleted_meanwhile_is_one_sentence(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    Customer.delete().where(Customer.id == studio["C5"]).execute()  # unrelated
    # At another desk, C4 was merged into C1 in the meantime.
    Project.update(customer=studio["C1"]).where(Project.customer == studio["C4"]).execute()
    Customer.delete().where(Customer.id == studio["C4"]).execute()
    before = _fingerprint()
    assert not dialog.merge()
    assert dialog.message.text() == "There is no customer 'C4'."
    assert not dialog.merge_button.isEnabled()
    assert _fingerprint() == before
    # Opened on a customer that is already gone: the sentence, and only Cancel.
    gone = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    assert gone.message.text() == "That customer no longer exists."
    assert not gone.merge_button.isEnabled() and not gone.swap_button.isEnabled()
    assert not gone.merge()


def test_a_record_saved_elsewhere_meanwhile_is_shown_again_before_merging(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = _merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    dialog.choose("phone", DROP)
    # At another desk, C4's phone is corrected after the dialog read it.
    Customer.update(version=Customer.version + 1, phone="13900002222").where(
        Customer.id == studio["C4"]).execute()
    before = _fingerprint()
    assert not dialog.merge()
    assert dialog.message.text() == ("Someone else saved C4 since it was shown; look at the values "
                                     "again before merging.")
    assert _fingerprint() == before
    # Shown as it is now, the choice made by hand kept; merging again takes the new phone.
    assert dialog.drop_choices["phone"].value.text() == "13900002222"
    assert dialog.drop_choices["phone"].radio.isChecked() and dialog.merge_button.isEnabled()
    assert dialog.merge()
    assert Customer.get_by_id(studio["C3"]).phone == "13900002222"


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
    _finished(qtbot, dialog)
    assert dialog.model.rowCount() == 4
    action.trigger()  # brought forward, not a second one
    assert len(win.findChildren(DuplicatesDialog)) == 1
    dialog.reject()
    action.trigger()  # reopened: searched afresh
    assert dialog.isVisible() and dialog.searching
    _finished(qtbot, dialog)
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
