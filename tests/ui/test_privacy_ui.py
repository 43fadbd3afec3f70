"""Export customer data… and Erase customer… in the Customers section."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop import access
from crm_desktop.models import Customer, Setting
from tests.ui.customer_data import Studio
from tests.ui.list_rows import row_of
from ui.customers_view import CustomersSection
from ui.models.customer_model import Column
from ui.privacy_actions import EraseCustomerDialog, export_file_name


@pytest.fixture
def messages(section: CustomersSection) -> list[tuple[str, str]]:
    """What the section would have said in message boxes (which would block a test)."""
    said: list[tuple[str, str]] = []
    section.privacy.inform = lambda title, text: said.append(("info", text))
    section.privacy.warn = lambda title, text: said.append(("warning", text))
    return said


def test_export_writes_the_customers_json_where_the_user_chose(
        section: CustomersSection, studio: Studio, messages: list[tuple[str, str]],
        tmp_path: Path) -> None:
    section.select_customer(studio.wang_fang)
    asked: list[str] = []
    target = tmp_path / "out.json"

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    section.privacy.ask_export_path = ask
    assert section.export_customer_action.isEnabled()
    section.export_customer_action.trigger()
    assert asked == ["customer-C000001.json"]  # the reference, never the name
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert (doc["customer"]["name"], doc["customer"]["phone"]) == ("王芳", "13800001111")
    assert doc["referred_customers"] == ["C000003", "C000004"]
    assert messages == [("info", messages[0][1])] and "C000001" in messages[0][1]


def test_cancelling_the_file_dialog_writes_nothing(section: CustomersSection, studio: Studio,
                                                    messages: list[tuple[str, str]],
                                                    tmp_path: Path) -> None:
    section.select_customer(studio.wang_fang)
    section.privacy.ask_export_path = lambda suggested: ""
    assert section.privacy.export_customer(studio.wang_fang, "C000001") is None
    assert messages == [] and list(tmp_path.glob("*.json")) == []


def test_an_export_that_cannot_be_written_is_a_warning(section: CustomersSection, studio: Studio,
                                                       messages: list[tuple[str, str]],
                                                       tmp_path: Path) -> None:
    section.privacy.ask_export_path = lambda suggested: str(tmp_path / "gone" / "x.json")
    assert section.privacy.export_customer(studio.wang_fang, "C000001") is None
    assert messages[0][0] == "warning" and "does not exist" in messages[0][1]


def test_erasing_asks_for_the_reference_then_shows_the_customer_as_erased(
        section: CustomersSection, studio: Studio, qtbot: QtBot) -> None:
    section.select_customer(studio.wang_fang)
    assert section.erase_customer_action.isEnabled()
    section.erase_customer_action.trigger()
    dialog = section.privacy.dialog
    assert isinstance(dialog, EraseCustomerDialog)
    assert "王芳" in dialog.windowTitle()
    words = " ".join(label.text() for label in (dialog.removed_text, dialog.kept_text, dialog.backup_text))
    for said in ("phone", "notes", "project titles", "NPS", "referral", "backups"):
        assert said in words
    # Nothing happens until the reference is typed.
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.setText("C000002")
    dialog.accept()
    assert dialog.isVisible() and Customer.get_by_id(studio.wang_fang).erased_on is None
    dialog.confirm_edit.setText("C000001")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(section._context.customers_changed), qtbot.waitSignal(dialog.erased):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    fang = Customer.get_by_id(studio.wang_fang)
    assert (fang.phone, fang.notes, fang.erased_on is not None) == ("", "", True)
    detail = section.detail
    assert detail.customer_id == studio.wang_fang
    assert detail.name_label.text() == "Erased customer"
    assert detail.erased_label.isVisible() and "erased on" in detail.erased_label.text()
    assert "13800001111" not in detail.contact_line.text()
    assert detail.notes_view.toPlainText() == ""
    assert not detail.care_bar.isEnabled() and not detail.response_entry.isEnabled()
    # It can no longer be edited or erased again; what is left can still be exported.
    assert not section.edit_customer_action.isEnabled()
    assert not section.add_response_action.isEnabled()
    assert not section.erase_customer_action.isEnabled()
    assert section.export_customer_action.isEnabled()
    section.edit_customer()
    assert section.dialog is None
    row = row_of(section, studio.wang_fang)
    assert section.model.index(row, Column.NAME).data() == "Erased customer"
    assert section.model.index(row, Column.PHONE).data() == ""
    # Their referrals still point at them, without a name.
    section.select_customer(studio.li_si)
    assert section.detail.referrer_value.text() == "Erased customer (C000001)"


def test_a_refused_erasure_is_said_in_the_dialog_and_staff_get_no_actions(section: CustomersSection, studio: Studio,
                                                qtbot: QtBot) -> None:
    dialog = EraseCustomerDialog(section._context, studio.alice, "C000004", "Alice Smith")
    qtbot.addWidget(dialog)
    dialog.show()
    Setting.create(key=access.ACCOUNTS_KEY, value="1")  # accounts on, nobody logged in
    dialog.confirm_edit.setText("C000004")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "owner" in dialog.error.text()
    assert Customer.get_by_id(studio.alice).email == "alice@example.com"
    # The section offers neither action to anyone but the owner.
    section.select_customer(studio.alice)
    assert section.edit_customer_action.isEnabled()
    assert not section.erase_customer_action.isEnabled()
    assert not section.export_customer_action.isEnabled()


def test_the_suggested_file_name_is_safe() -> None:
    assert export_file_name("C000001") == "customer-C000001.json"
    assert export_file_name("A/B: c") == "customer-A_B_c.json"
