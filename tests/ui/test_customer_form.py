"""The customer dialog: inline validation, saving, Esc, unsaved changes and edit conflicts."""
from __future__ import annotations

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.customer_service import customer_detail, save_customer
from crm_desktop.models import Customer, StaffMember
from tests.ui.customer_data import Studio, fill_studio
from ui.context import AppContext
from ui.forms.customer_form import CustomerDialog

LINE = 2_000_000


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_studio()


@pytest.fixture
def context(studio: Studio, qtbot: QtBot) -> AppContext:
    return AppContext("test")


def _dialog(qtbot: QtBot, context: AppContext, customer_id: int | None = None) -> CustomerDialog:
    dialog = CustomerDialog(context, customer_id)
    qtbot.addWidget(dialog)
    # A real question box would block the test (and qtbot's closing of the dialog at the end).
    dialog.ask_unsaved_changes = lambda: QMessageBox.StandardButton.Discard
    dialog.show()
    return dialog


def test_a_new_customer_with_good_input_is_saved(qtbot: QtBot, context: AppContext,
                                                 studio: Studio) -> None:
    dialog = _dialog(qtbot, context)
    assert dialog.windowTitle() == "New customer"
    assert dialog.fields["ref"].text() == "C000007"  # the next free reference
    qtbot.keyClicks(dialog.fields["name"], "Chen Xin")
    dialog.fields["phone"].setText("138 0000 9999")
    dialog.fields["email"].setText("chen@example.com")
    dialog.fields["birthday"].setText("1990-02-28")
    dialog.lunar_check.setChecked(True)
    dialog.fields["referred_by"].setText("C000001")
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData("B"))
    # Nobody, then the active staff.
    assert [dialog.designer_combo.itemText(i) for i in range(dialog.designer_combo.count())] == [
        "— none —", "Lin Designer", "Zhou Designer"]
    assert dialog.designer_combo.currentData() is None
    dialog.designer_combo.setCurrentIndex(dialog.designer_combo.findData(studio.other_designer_id))
    dialog.notes_edit.setPlainText("Likes oak")
    with qtbot.waitSignal(context.customers_changed), qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    customer = Customer.get(Customer.ref == "C000007")
    assert saved.args == [customer.id] and dialog.saved_id == customer.id
    assert (customer.name, customer.phone, customer.email) == ("Chen Xin", "138 0000 9999",
                                                                "chen@example.com")
    assert customer.birthday.isoformat() == "1990-02-28" and customer.birthday_lunar
    assert customer.referred_by_id == studio.wang_fang
    assert (customer.tier, customer.notes) == ("B", "Likes oak")
    assert customer.designer_id == studio.other_designer_id


@pytest.mark.parametrize(("field", "text", "fragment"), [
    ("name", "", "empty"),
    ("email", "not-an-address", "e-mail"),
    ("birthday", "1990-13-01", "date"),
    ("birthday", "1.2.1990", "date"),
    ("phone", "call me", "phone"),
    ("referred_by", "C999999", "C999999"),
])
def test_bad_input_shows_under_its_field_and_saves_nothing(qtbot: QtBot, context: AppContext,
                                                           field: str, text: str, fragment: str) -> None:
    dialog = _dialog(qtbot, context)
    dialog.fields["name"].setText("Someone")
    dialog.fields[field].setText(text)
    before = Customer.select().count()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert Customer.select().count() == before
    error = dialog.errors[field]
    assert error.isVisible() and fragment in error.text()
    others = [name for name, label in dialog.errors.items() if label.isVisible()]
    assert others == [field]
    assert dialog.fields[field].hasFocus() or not dialog.isActiveWindow()


def test_problems_show_as_you_type_and_leave(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context)
    email = dialog.errors["email"]
    assert not any(label.isVisible() for label in dialog.errors.values())  # untouched: quiet
    qtbot.keyClicks(dialog.fields["email"], "bob")
    assert email.isVisible() and "e-mail" in email.text()
    qtbot.keyClicks(dialog.fields["email"], "@example.com")
    assert not email.isVisible()
    # Leaving the empty name field is enough to be told.
    dialog.fields["name"].setFocus()
    dialog.fields["phone"].setFocus()
    dialog.fields["name"].editingFinished.emit()
    assert dialog.errors["name"].isVisible()


def test_a_reference_already_in_use_is_refused(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context)
    dialog.fields["ref"].setText("C000002")
    dialog.fields["name"].setText("Copy")
    dialog.accept()
    assert dialog.isVisible()
    assert "C000002" in dialog.errors["ref"].text()
    assert Customer.select().where(Customer.name == "Copy").count() == 0


def test_editing_saves_with_a_new_version(qtbot: QtBot, context: AppContext, studio: Studio) -> None:
    dialog = _dialog(qtbot, context, studio.alice)
    assert dialog.fields["name"].text() == "Alice Smith"
    assert dialog.fields["referred_by"].text() == "C000001"
    assert dialog.referrer_hint.text() == "王芳"
    dialog.fields["name"].setText("Alice Jones")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    customer = Customer.get_by_id(studio.alice)
    assert customer.name == "Alice Jones" and customer.version == 2


def test_the_designer_is_shown_kept_and_changed(qtbot: QtBot, context: AppContext, studio: Studio) -> None:
    Customer.update(designer=studio.designer_id).where(Customer.id == studio.alice).execute()
    dialog = _dialog(qtbot, context, studio.alice)
    assert dialog.designer_combo.currentText() == "Lin Designer"
    dialog.designer_combo.setCurrentIndex(0)
    dialog.accept()
    assert Customer.get_by_id(studio.alice).designer_id is None
    # A designer who has left stays on their customers until someone changes it.
    Customer.update(designer=studio.designer_id).where(Customer.id == studio.li_si).execute()
    StaffMember.update(active=False).where(StaffMember.id == studio.designer_id).execute()
    dialog = _dialog(qtbot, context, studio.li_si)
    assert dialog.designer_combo.currentText() == "Lin Designer (no longer active)"
    assert dialog.designer_combo.count() == 3  # none, Zhou, and the one who left
    dialog.notes_edit.setPlainText("still Lin's")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Customer.get_by_id(studio.li_si).designer_id == studio.designer_id


def test_a_designer_changed_by_someone_else_shows_in_the_conflict(qtbot: QtBot, context: AppContext,
                                                                  studio: Studio) -> None:
    dialog = _dialog(qtbot, context, studio.li_si)
    opened = []
    dialog.open_conflict_dialog = opened.append
    theirs = customer_detail(studio.li_si, LINE)
    theirs.profile.designer_id = studio.other_designer_id
    save_customer(theirs.profile, studio.li_si, theirs.version)
    dialog.designer_combo.setCurrentIndex(dialog.designer_combo.findData(studio.designer_id))
    dialog.accept()
    [conflict] = opened
    [field] = [f for f in conflict.fields if f.name == "designer_id"]
    assert (field.label, field.opened, field.mine, field.theirs) == (
        "Designer", "— none —", "Lin Designer", "Zhou Designer")
    assert Customer.get_by_id(studio.li_si).designer_id == studio.other_designer_id


def test_escape_cancels_an_untouched_form(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context)
    dialog.ask_unsaved_changes = lambda: pytest.fail("nothing changed, nothing to ask")
    before = Customer.select().count()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Customer.select().count() == before


def test_unsaved_changes_are_asked_about(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context)
    dialog.fields["name"].setText("Half typed")
    answers = [QMessageBox.StandardButton.Cancel]
    asked: list[int] = []

    def answer() -> QMessageBox.StandardButton:
        asked.append(1)
        return answers.pop(0)

    dialog.ask_unsaved_changes = answer
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # Cancel: keep editing
    answers.append(QMessageBox.StandardButton.Discard)
    dialog.close()
    assert len(asked) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Customer.select().where(Customer.name == "Half typed").count() == 0


def test_answering_save_to_the_question_saves(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context)
    dialog.fields["name"].setText("Kept")
    dialog.ask_unsaved_changes = lambda: QMessageBox.StandardButton.Save
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Customer.select().where(Customer.name == "Kept").count() == 1


def test_a_change_saved_by_someone_else_is_not_overwritten(qtbot: QtBot, context: AppContext,
                                                           studio: Studio) -> None:
    dialog = _dialog(qtbot, context, studio.li_si)
    # Another user saves the same customer while the dialog is open.
    theirs = customer_detail(studio.li_si, LINE)
    theirs.profile.name = "李四 (their edit)"
    save_customer(theirs.profile, studio.li_si, theirs.version)
    dialog.fields["name"].setText("李四 (my edit)")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.banner.isVisible() and "Someone else changed" in dialog.banner.text()
    assert Customer.get_by_id(studio.li_si).name == "李四 (their edit)"


def test_the_referrer_is_chosen_by_name_and_stored_by_ref(qtbot: QtBot, context: AppContext,
                                                          studio: Studio) -> None:
    dialog = _dialog(qtbot, context)
    dialog.fields["name"].setText("New friend")
    # The completer keeps its popup open only while the field has the focus.
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.fields["referred_by"].setFocus()
    qtbot.waitUntil(dialog.fields["referred_by"].hasFocus)
    qtbot.keyClicks(dialog.fields["referred_by"], "Alice")
    completer = dialog.referrer_completer
    assert completer.completionModel().rowCount() == 1
    assert completer.completionModel().index(0, 0).data() == "Alice Smith · C000004"
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.fields["referred_by"].text() == "C000004"
    assert dialog.referrer_hint.text() == "Alice Smith"
    assert not dialog.errors["referred_by"].isVisible()
    dialog.accept()
    assert Customer.get(Customer.name == "New friend").referred_by_id == studio.alice
