"""The side-by-side merge dialog: choosing each field, swap, the keyboard, and refusals in one sentence."""
from __future__ import annotations

import peewee
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.merge import DROP, KEEP
from crm_desktop.models import Customer, Project, StaffMember
from tests.ui.duplicate_data import (
    fingerprint,
    log_in_staff,
    merge_dialog,
    plant,
)
from ui.context import AppContext
from ui.merge_dialog import MergeDialog


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    return plant()


@pytest.fixture
def context(db: peewee.Database) -> AppContext:
    return AppContext("test")


# --- the merge dialog ---------------------------------------------------------------------------------

def test_taking_the_dropped_phone_keeps_it_and_moves_the_projects(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
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
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
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
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
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
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
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
    log_in_staff()
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    before = fingerprint()
    with qtbot.assertNotEmitted(context.customers_changed):
        assert not dialog.merge()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Only the studio owner can merge customers."
    assert not dialog.merge_button.isEnabled() and dialog.isVisible()
    assert fingerprint() == before


def test_a_customer_deleted_meanwhile_is_one_sentence(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    Customer.delete().where(Customer.id == studio["C5"]).execute()  # unrelated
    # At another desk, C4 was merged into C1 in the meantime.
    Project.update(customer=studio["C1"]).where(Project.customer == studio["C4"]).execute()
    Customer.delete().where(Customer.id == studio["C4"]).execute()
    before = fingerprint()
    assert not dialog.merge()
    assert dialog.message.text() == "There is no customer 'C4'."
    assert not dialog.merge_button.isEnabled()
    assert fingerprint() == before
    # Opened on a customer that is already gone: the sentence, and only Cancel.
    gone = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    assert gone.message.text() == "That customer no longer exists."
    assert not gone.merge_button.isEnabled() and not gone.swap_button.isEnabled()
    assert not gone.merge()


def test_a_record_saved_elsewhere_meanwhile_is_shown_again_before_merging(
        studio: dict[str, int], context: AppContext, qtbot: QtBot) -> None:
    dialog = merge_dialog(qtbot, context, studio["C3"], studio["C4"])
    dialog.choose("phone", DROP)
    # At another desk, C4's phone is corrected after the dialog read it.
    Customer.update(version=Customer.version + 1, phone="13900002222").where(
        Customer.id == studio["C4"]).execute()
    before = fingerprint()
    assert not dialog.merge()
    assert dialog.message.text() == ("Someone else saved C4 since it was shown; look at the values "
                                     "again before merging.")
    assert fingerprint() == before
    # Shown as it is now, the choice made by hand kept; merging again takes the new phone.
    assert dialog.drop_choices["phone"].value.text() == "13900002222"
    assert dialog.drop_choices["phone"].radio.isChecked() and dialog.merge_button.isEnabled()
    assert dialog.merge()
    assert Customer.get_by_id(studio["C3"]).phone == "13900002222"
