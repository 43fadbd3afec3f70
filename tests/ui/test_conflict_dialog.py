"""Saving over someone else's change opens the conflict dialog: only the fields that differ,
keep mine or take theirs per field (or all at once), Save merges against their version (and a
second conflict is asked the same way), Cancel leaves the form as typed.

"Someone else" saves through a second real connection to the same database (tests/other_desk.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import peewee
import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.complaints import (
    ComplaintInput,
    complaint_rows,
    open_complaint,
    resolve_complaint,
)
from crm_desktop.customer_service import customer_input, mark_lost, save_customer
from crm_desktop.decision_journal import journal_rows, record_decision, review_decision
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.models import Customer, Decision, Feedback, Project, StaffMember
from crm_desktop.project_service import project_input, save_project
from crm_desktop.settings import (
    CareSettings,
    StudioSettings,
    care_settings_with_version,
    load_care_settings,
    load_settings,
    save_care_settings,
    save_settings,
    settings_with_version,
)
from tests.other_desk import OtherDesk, other_desk
from ui.conflict_dialog import ConflictDialog
from ui.context import AppContext
from ui.customer_care_bar import CustomerCareBar
from ui.decisions_view import ReviewDialog
from ui.forms.complaint_form import ResolvePanel
from ui.forms.customer_form import CustomerDialog
from ui.forms.project_form import ProjectDialog
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def ids(db: peewee.Database) -> dict[str, int]:
    lin = StaffMember.create(name="林设计")
    zhou = StaffMember.create(name="周设计")
    wang = Customer.create(ref="WANG", name="王芳")
    chen = Customer.create(ref="CHEN", name="陈静", phone="13800000000", email="chen@example.com",
                           notes="喜欢原木风", referred_by=wang)
    big = Project.create(ref="BIG", customer=chen, title="全屋", status="active", revenue_cents=30_000_000,
                         cost_cents=15_000_000, hours=200, designer=lin)
    complaint = open_complaint(ComplaintInput(customer_ref="CHEN", category="construction",
                                              severity="medium", opened="2025-05-01",
                                              summary="墙面开裂"), CareSettings())
    return {"chen": chen.id, "big": big.id, "complaint": complaint, "lin": lin.id, "zhou": zhou.id}


@pytest.fixture
def context(ids: dict[str, int], qtbot: QtBot) -> AppContext:
    return AppContext("test")


@pytest.fixture
def other(db: peewee.Database) -> Iterator[OtherDesk]:
    with other_desk(db) as desk:
        yield desk


class Asked:
    """Stands in for a form's `open_conflict_dialog`: records each dialog instead of showing it."""

    def __init__(self) -> None:
        self.dialogs: list[ConflictDialog] = []

    def __call__(self, dialog: ConflictDialog) -> None:
        self.dialogs.append(dialog)

    @property
    def last(self) -> ConflictDialog:
        return self.dialogs[-1]


def _rows(dialog: ConflictDialog) -> dict[str, tuple[str, str, str, bool]]:
    """Each listed field: (when opened, yours, theirs, suggested: take theirs)."""
    return {f.name: (f.opened, f.mine, f.theirs, f.take_theirs) for f in dialog.fields}


# --- the customer form ----------------------------------------------------------------------


def _customer_form(qtbot: QtBot, context: AppContext, customer_id: int) -> tuple[CustomerDialog, Asked]:
    form = CustomerDialog(context, customer_id)
    qtbot.addWidget(form)
    form.ask_unsaved_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    asked = Asked()
    form.open_conflict_dialog = asked  # type: ignore[method-assign]
    form.show()
    return form, asked


def _they_edit_customer(other: OtherDesk, customer_id: int, **changes: str) -> None:
    with other.saving():
        theirs, version = customer_input(customer_id)
        save_customer(replace(theirs, **changes), customer_id, version)


def test_a_conflict_lists_only_the_differing_fields_and_merges_per_field(
        qtbot: QtBot, context: AppContext, ids: dict[str, int], other: OtherDesk) -> None:
    form, asked = _customer_form(qtbot, context, ids["chen"])
    _they_edit_customer(other, ids["chen"], phone="13900000000", notes="喜欢北欧风")
    form.fields["name"].setText("陈静 (VIP)")
    form.fields["phone"].setText("13700000000")

    assert not form.save()
    assert form.isVisible() and "Someone else changed this customer" in form.banner.text()
    dialog = asked.last
    assert form.conflict_dialog is dialog
    intro = dialog.findChild(QLabel, "conflictIntro")
    assert intro is not None and intro.text().startswith("Someone else saved this customer")
    # Not ref, e-mail, birthday, referrer or tier: those are the same on both sides.
    assert _rows(dialog) == {
        "name": ("陈静", "陈静 (VIP)", "陈静", False),
        "phone": ("13800000000", "13700000000", "13900000000", False),
        "notes": ("喜欢原木风", "喜欢原木风", "喜欢北欧风", True),
    }
    assert dialog.theirs_buttons["notes"].isChecked() and dialog.mine_buttons["phone"].isChecked()
    dialog.choose("phone", take_theirs=True)
    dialog.accept()

    stored = Customer.get_by_id(ids["chen"])
    assert (stored.name, stored.phone, stored.notes, stored.version) == ("陈静 (VIP)", "13900000000", "喜欢北欧风", 3)
    assert form.result() == QDialog.DialogCode.Accepted and not form.isVisible()


@pytest.mark.parametrize("all_theirs", [False, True])
def test_keep_all_mine_and_take_all_theirs(qtbot: QtBot, context: AppContext, ids: dict[str, int],
                                           other: OtherDesk, all_theirs: bool) -> None:
    form, asked = _customer_form(qtbot, context, ids["chen"])
    _they_edit_customer(other, ids["chen"], name="陈静静", email="jing@example.com")
    form.fields["name"].setText("陈小静")
    form.fields["email"].setText("xiaojing@example.com")
    assert not form.save()
    dialog = asked.last
    assert dialog.field_names() == ["name", "email"]
    if all_theirs:
        dialog.all_theirs_button.click()
    else:
        dialog.all_mine_button.click()
    dialog.accept()
    stored = Customer.get_by_id(ids["chen"])
    expected = ("陈静静", "jing@example.com") if all_theirs else ("陈小静", "xiaojing@example.com")
    assert (stored.name, stored.email) == expected
    assert stored.version == 3


def test_cancel_keeps_the_forms_text_and_writes_nothing(qtbot: QtBot, context: AppContext,
                                                       ids: dict[str, int], other: OtherDesk) -> None:
    form, asked = _customer_form(qtbot, context, ids["chen"])
    _they_edit_customer(other, ids["chen"], name="陈静静")
    form.fields["name"].setText("陈小静")
    form.fields["phone"].setText("13700000000")
    assert not form.save()
    asked.last.reject()

    assert form.isVisible()
    assert (form.fields["name"].text(), form.fields["phone"].text()) == ("陈小静", "13700000000")
    assert form.banner.isVisible() and "Someone else changed" in form.banner.text()
    stored = Customer.get_by_id(ids["chen"])
    assert (stored.name, stored.phone, stored.version) == ("陈静静", "13800000000", 2)
    # Saving again asks again: the form still edits the version it was opened at.
    assert not form.save()
    assert len(asked.dialogs) == 2 and asked.last.field_names() == ["name", "phone"]


def test_a_second_conflict_while_choosing_is_asked_the_same_way(
        qtbot: QtBot, context: AppContext, ids: dict[str, int], other: OtherDesk) -> None:
    form, asked = _customer_form(qtbot, context, ids["chen"])
    _they_edit_customer(other, ids["chen"], name="陈静静")
    form.fields["name"].setText("陈小静")
    assert not form.save()
    first = asked.last
    assert first.field_names() == ["name"]
    # While the user chooses, the other desk saves once more.
    _they_edit_customer(other, ids["chen"], notes="怕吵")
    first.accept()  # keeps my name: saved against version 2, but it is 3 by now

    assert form.isVisible() and len(asked.dialogs) == 2
    second = asked.last
    # The merge from the first round is now "when you opened it" for my name.
    assert _rows(second) == {
        "name": ("陈静静", "陈小静", "陈静静", False),
        "notes": ("喜欢原木风", "喜欢原木风", "怕吵", True),
    }
    second.accept()
    stored = Customer.get_by_id(ids["chen"])
    assert (stored.name, stored.notes, stored.version) == ("陈小静", "怕吵", 4)
    assert not form.isVisible()


def test_a_conflict_with_nothing_to_choose_is_saved_without_asking(
        qtbot: QtBot, context: AppContext, ids: dict[str, int], other: OtherDesk) -> None:
    form, asked = _customer_form(qtbot, context, ids["chen"])
    # They made the same edit, and marked the customer lost (not a field of this form).
    _they_edit_customer(other, ids["chen"], name="陈小静")
    with other.saving():
        mark_lost(ids["chen"], "price")
    form.fields["name"].setText("陈小静")
    assert form.save()
    assert asked.dialogs == []
    stored = Customer.get_by_id(ids["chen"])
    assert (stored.name, stored.lost_reason, stored.version) == ("陈小静", "price", 4)


# --- the project form -----------------------------------------------------------------------


def test_the_project_form_merges_a_conflict(qtbot: QtBot, context: AppContext, ids: dict[str, int],
                                            other: OtherDesk) -> None:
    form = ProjectDialog(context, ids["big"])
    form.confirm_discard = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(form)
    asked = Asked()
    form.open_conflict_dialog = asked  # type: ignore[method-assign]
    form.show()
    with other.saving():
        theirs, version = project_input(ids["big"])
        save_project(replace(theirs, title="全屋翻新", cost="160000", designer_id=ids["zhou"]),
                     ids["big"], version)
    form.editors["title"].setText("全屋改造")
    form.editors["revenue"].setText("320000")

    assert not form.save()
    assert form.message.isVisible() and "Someone else changed project BIG" in form.message.text()
    dialog = asked.last
    assert _rows(dialog) == {
        "title": ("全屋", "全屋改造", "全屋翻新", False),
        "revenue": ("300000", "320000", "300000", False),
        "cost": ("150000", "150000", "160000", True),
        "designer_id": ("林设计", "林设计", "周设计", True),
    }
    dialog.choose("title", take_theirs=True)
    dialog.accept()
    stored = Project.get_by_id(ids["big"])
    assert (stored.title, stored.revenue_cents, stored.cost_cents, stored.designer_id, stored.version) == (
        "全屋翻新", 32_000_000, 16_000_000, ids["zhou"], 3)
    assert not form.isVisible()


# --- resolving a complaint ------------------------------------------------------------------


def test_resolving_a_complaint_someone_else_resolved_asks_and_keeps_mine(
        qtbot: QtBot, context: AppContext, ids: dict[str, int], other: OtherDesk) -> None:
    panel = ResolvePanel(context)
    qtbot.addWidget(panel)
    asked = Asked()
    panel.open_conflict_dialog = asked  # type: ignore[method-assign]
    [row] = complaint_rows(context.today())
    panel.set_complaint(row)
    with other.saving():
        resolve_complaint(ids["complaint"], "重新批灰", "8", "2025-05-03", expected_version=row.version)
    panel.resolution_edit.setText("换了墙纸")
    panel.satisfaction_edit.setText("9")
    panel.date_edit.setText("2025-05-03")

    with qtbot.assertNotEmitted(panel.resolved):
        assert not panel.save()
    assert "Someone else changed this complaint" in panel.error.text()
    dialog = asked.last
    # The same day on both sides is not asked about.
    assert _rows(dialog) == {"resolution": ("", "换了墙纸", "重新批灰", False),
                             "satisfaction": ("", "9", "8", False)}
    with qtbot.waitSignal(panel.resolved):
        dialog.accept()
    stored = Feedback.get_by_id(ids["complaint"])
    assert (stored.status, stored.resolution, stored.satisfaction, stored.version) == ("resolved", "换了墙纸", 9, 3)


# --- reviewing a decision ------------------------------------------------------------------


def test_a_review_written_elsewhere_meanwhile_is_asked_about(qtbot: QtBot, context: AppContext,
                                                            ids: dict[str, int], other: OtherDesk) -> None:
    small = Project.create(ref="SMALL", customer=ids["chen"], title="前厅", revenue_cents=800_000,
                           cost_cents=750_000).id
    record_decision(small, "decline", "decline", "", {key: "想过了" for key in PROMPT_KEYS},
                    context.today(), context.settings)
    [row] = journal_rows(context.today())
    review = ReviewDialog(context, row)
    qtbot.addWidget(review)
    asked = Asked()
    review.open_conflict_dialog = asked  # type: ignore[method-assign]
    with other.saving():
        review_decision(row.id, "值得", context.today(), expected_version=row.version)
    review.outcome_edit.setPlainText("说不好")
    review.accept()
    assert review.error.text().startswith("Someone else reviewed this decision")
    assert _rows(asked.last) == {"review_outcome": ("", "说不好", "值得", False)}
    with qtbot.waitSignal(review.reviewed):
        asked.last.accept()
    assert Decision.get_by_id(row.id).review_outcome == "说不好"
    assert review.result() == QDialog.DialogCode.Accepted


# --- marking a customer lost ----------------------------------------------------------------


def test_marking_lost_from_a_stale_detail_overwrites_nothing(qtbot: QtBot, context: AppContext,
                                                            ids: dict[str, int], other: OtherDesk) -> None:
    bar = CustomerCareBar(context)
    qtbot.addWidget(bar)
    bar.show()
    bar.show_customer(ids["chen"], "CHEN", None, customer_input(ids["chen"])[1])
    with other.saving():
        mark_lost(ids["chen"], "price")
    bar.reason_combo.setCurrentIndex(bar.reason_combo.findData("moved"))
    with qtbot.waitSignal(bar.changed):  # everyone reads again, and sees their change
        bar.mark_lost()
    assert bar.error.isVisible() and "Someone else changed this customer" in bar.error.text()
    assert Customer.get_by_id(ids["chen"]).lost_reason == "price"


# --- the settings ---------------------------------------------------------------------------


def _settings_dialog(qtbot: QtBot, context: AppContext) -> tuple[SettingsDialog, Asked]:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    asked = Asked()
    dialog.open_conflict_dialog = asked  # type: ignore[method-assign]
    dialog.show()
    return dialog, asked


def test_studio_settings_saved_by_another_owner_are_merged(qtbot: QtBot, context: AppContext,
                                                           other: OtherDesk) -> None:
    dialog, asked = _settings_dialog(qtbot, context)
    with other.saving():
        theirs, version = settings_with_version()
        save_settings(replace(theirs, profit_line_cents=3_000_000, currency="HKD"), version)
    dialog.studio_name.setText("林氏设计")
    dialog.currency.setText("USD")

    assert not dialog.save()
    assert dialog.message.isVisible() and "studio settings" in dialog.message.text()
    conflict = asked.last
    assert _rows(conflict) == {
        "studio_name": ("Studio", "林氏设计", "Studio", False),
        "currency": ("CNY", "USD", "HKD", False),
        "profit_line_cents": ("20000.00", "20000.00", "30000.00", True),
    }
    conflict.choose("currency", take_theirs=True)
    conflict.accept()
    assert load_settings() == replace(StudioSettings(), studio_name="林氏设计", currency="HKD",
                                      profit_line_cents=3_000_000)
    assert context.settings == load_settings()
    assert not dialog.isVisible()


def test_care_settings_saved_by_another_owner_are_merged_cell_by_cell(
        qtbot: QtBot, context: AppContext, other: OtherDesk) -> None:
    dialog, asked = _settings_dialog(qtbot, context)
    with other.saving():
        theirs, version = care_settings_with_version()
        save_care_settings(replace(theirs, lead_days=7), version)
    dialog.care.tier_boxes["B"].setChecked(False)

    assert not dialog.save()
    conflict = asked.last
    assert _rows(conflict) == {"lead_days": ("3 days", "3 days", "7 days", True),
                               "tier:B": ("yes", "no", "yes", False)}
    conflict.accept()
    assert load_care_settings() == replace(CareSettings(), lead_days=7, festival_tiers=("A",))
    assert not dialog.isVisible()
