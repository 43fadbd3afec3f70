"""The customer list's lifecycle filter and overdue-complaint mark; the detail's care line
(lifecycle, complaints, mark lost / bring back, new complaint)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem

from crm_desktop.models import Customer, Feedback
from tests.ui.customer_data import Studio
from ui.care_labels import OVERDUE_MARK
from ui.customers_view import CustomersSection
from ui.models.customer_model import Column, CustomerIdRole


def _names(section: CustomersSection) -> list[str]:
    return sorted(section.model.index(r, Column.NAME).data() for r in range(section.model.rowCount()))


def _index_of(section: CustomersSection, customer_id: int) -> QModelIndex:
    for row in range(section.model.rowCount()):
        index = section.model.index(row, Column.NAME)
        if index.data(CustomerIdRole) == customer_id:
            return index
    raise AssertionError(customer_id)


def test_the_lifecycle_filter(section: CustomersSection) -> None:
    combo = section.state_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All customers", "All but lost", "New", "Active", "Sleeping", "Lost"]
    combo.setCurrentIndex(combo.findData("new"))
    assert _names(section) == ["林静"]  # entered today, only an inquiry so far
    combo.setCurrentIndex(combo.findData("sleeping"))
    assert _names(section) == []
    combo.setCurrentIndex(combo.findData("current"))
    assert len(_names(section)) == 5
    combo.setCurrentIndex(combo.findData("active"))
    assert _names(section) == ["Alice Smith", "李四", "王小明", "王芳"]


def test_customers_with_an_overdue_complaint_are_marked_in_the_list(section: CustomersSection,
                                                                     studio: Studio) -> None:
    today = dt.date.today()
    Feedback.create(customer=studio.wang_ming, category="schedule", severity="high",
                    opened=today - dt.timedelta(days=5), due=today - dt.timedelta(days=3))
    Feedback.create(customer=studio.li_si, category="design", severity="low", opened=today, due=today)
    section.refresh()
    delegate = section.overdue_marks
    assert delegate.customer_ids == {studio.wang_ming}
    marked = _index_of(section, studio.wang_ming)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, marked)
    assert option.text == f"{OVERDUE_MARK} 王小明" and option.font.bold()
    plain = QStyleOptionViewItem()
    delegate.initStyleOption(plain, _index_of(section, studio.li_si))
    assert plain.text == "李四" and not plain.font.bold()


def test_the_detail_shows_lifecycle_and_complaints_and_marks_lost(section: CustomersSection,
                                                                  studio: Studio) -> None:
    today = dt.date.today()
    Feedback.create(customer=studio.wang_ming, category="schedule", severity="high",
                    opened=today - dt.timedelta(days=5), due=today - dt.timedelta(days=3))
    section.select_customer(studio.wang_ming)
    bar = section.detail.care_bar
    assert bar.state_label.text() == "Lifecycle: Active"
    assert bar.complaints_label.text() == f"{OVERDUE_MARK} 1 overdue complaint (1 open)"
    assert bar.lost_button.isVisible() and not bar.back_button.isVisible()
    bar.reason_combo.setCurrentIndex(bar.reason_combo.findData("competitor"))
    bar.lost_button.click()
    customer = Customer.get_by_id(studio.wang_ming)
    assert (customer.lost_reason, customer.lost_on) == ("competitor", today)
    assert section.detail.lost_label.text() == "Lost: Competitor"
    assert bar.state_label.text() == "Lifecycle: Lost" and bar.back_button.isVisible()
    bar.back_button.click()
    assert Customer.get_by_id(studio.wang_ming).lost_reason is None
    assert bar.state_label.text() == "Lifecycle: Active"


def test_a_complaint_can_be_opened_from_the_detail(section: CustomersSection, studio: Studio) -> None:
    section.select_customer(studio.lin_jing)
    bar = section.detail.care_bar
    assert bar.complaints_label.text() == "No open complaints"
    dialog = bar.new_complaint()
    assert dialog.customer_edit.text() == "C000005" and dialog.customer_name.text() == "林静"
    dialog.summary_edit.setPlainText("设计稿迟迟未到")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("design"))
    assert dialog.save()
    assert bar.complaints_label.text() == "1 open complaint"
