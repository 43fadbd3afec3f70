"""The detail pane of one customer: who they are, what they are worth, and their history."""
from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.customer_list import CustomerRow
from crm_desktop.customer_service import CustomerDetail as Detail
from crm_desktop.customer_service import customer_detail
from crm_desktop.db import translate_errors
from crm_desktop.errors import NotFoundError, UserError
from crm_desktop.models import ACCEPTED_STATUSES
from crm_desktop.money import display_amount
from crm_desktop.segments import recommended_action
from ui import labels
from ui.context import AppContext
from ui.customer_care_bar import CustomerCareBar
from ui.forms.inline_entries import ContactEntry, ResponseEntry, error_label, show_text
from ui.segment_chip import SegmentChip

log = logging.getLogger(__name__)

# Enough to see who a big referrer brought; the count and total above cover the rest.
REFERRALS_SHOWN = 200
MUTED = "color: #666;"


def _table(parent: QWidget, headers: list[str], stretch: int) -> QTreeWidget:
    """A small read-only list; column `stretch` takes the spare width, the rest fit their text."""
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        mode = (QHeaderView.ResizeMode.Stretch if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, mode)
    return tree


class CustomerDetail(QWidget):
    """Shows one customer (`show_customer(id)`); survey answers and contacts are added in place."""

    TAB_PROJECTS, TAB_RESPONSES, TAB_CONTACTS, TAB_NOTES = range(4)

    # The customer now shown (None when nothing is).
    customer_shown = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id: int | None = None
        self.detail: Detail | None = None
        self.setObjectName("customerDetail")
        self.setAccessibleName("customerDetail")

        self._stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Choose a customer in the list to see their details."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(MUTED)
        self.load_error = error_label(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_content())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(self.load_error)
        outer.addWidget(self._stack)

        self.response_entry.saved.connect(self._entry_saved)
        self.contact_entry.saved.connect(self._entry_saved)
        context.customers_changed.connect(self.reload)
        context.settings_changed.connect(self.reload)

    # --- building --------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)

        self.name_label = QLabel(content)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.segment_chip = SegmentChip(content)
        self.tier_label = QLabel(content)
        self.lost_label = QLabel(content)
        self.lost_label.setStyleSheet("color: #8c1d18; font-weight: bold;")
        self.erased_label = QLabel(content)
        self.erased_label.setObjectName("erasedMark")
        self.erased_label.setStyleSheet(MUTED + " font-weight: bold;")
        header = QHBoxLayout()
        header.addWidget(self.name_label)
        header.addWidget(self.segment_chip)
        header.addWidget(self.tier_label)
        header.addWidget(self.lost_label)
        header.addWidget(self.erased_label)
        header.addStretch(1)
        layout.addLayout(header)

        self.contact_line = QLabel(content)
        self.contact_line.setStyleSheet(MUTED)
        self.contact_line.setWordWrap(True)
        self.contact_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_label = QLabel(content)
        self.action_label.setWordWrap(True)
        layout.addWidget(self.contact_line)
        layout.addWidget(self.action_label)
        self.care_bar = CustomerCareBar(self._context, content)
        self.care_bar.changed.connect(self._context.customers_changed)
        layout.addWidget(self.care_bar)

        facts = self.facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profit_value = QLabel(content)
        self.score_value = QLabel(content)
        self.contacted_value = QLabel(content)
        self.designer_value = QLabel(content)
        self.designer_value.setObjectName("customerDesigner")
        self.referrer_value = QLabel(content)
        self.referrer_chip = SegmentChip(content)
        referrer_row = QHBoxLayout()
        referrer_row.addWidget(self.referrer_value)
        referrer_row.addWidget(self.referrer_chip)
        referrer_row.addStretch(1)
        self.referrals_summary = QLabel(content)
        facts.addRow(self.tr("Profit:"), self.profit_value)
        facts.addRow(self.tr("Latest score:"), self.score_value)
        facts.addRow(self.tr("Last contacted:"), self.contacted_value)
        facts.addRow(self.tr("Designer:"), self.designer_value)
        facts.addRow(self.tr("Referred by:"), referrer_row)
        facts.addRow(self.tr("Referrals:"), self.referrals_summary)
        layout.addLayout(facts)

        self.referrals_list = _table(content, [self.tr("Referred customer"), self.tr("Segment"),
                                               self.tr("Profit")], stretch=0)
        layout.addWidget(self.referrals_list)

        self.tabs = QTabWidget(content)
        self.projects_list = _table(self.tabs, [
            self.tr("Ref"), self.tr("Title"), self.tr("Status"), self.tr("Profit"),
            self.tr("Started"), self.tr("Finished"),
        ], stretch=1)
        self.tabs.addTab(self.projects_list, self.tr("Projects"))

        responses_page = QWidget(self.tabs)
        self.response_entry = ResponseEntry(self._context, responses_page)
        self.responses_list = _table(responses_page, [self.tr("Date"), self.tr("Score"),
                                                      self.tr("Comment")], stretch=2)
        page_layout = QVBoxLayout(responses_page)
        page_layout.addWidget(self.response_entry)
        page_layout.addWidget(self.responses_list)
        self.tabs.addTab(responses_page, self.tr("NPS history"))

        contacts_page = QWidget(self.tabs)
        self.contact_entry = ContactEntry(self._context, contacts_page)
        self.interactions_list = _table(contacts_page, [self.tr("Date"), self.tr("Kind"),
                                                        self.tr("By"), self.tr("Summary")],
                                        stretch=3)
        page_layout = QVBoxLayout(contacts_page)
        page_layout.addWidget(self.contact_entry)
        page_layout.addWidget(self.interactions_list)
        self.tabs.addTab(contacts_page, self.tr("Contacts"))

        self.notes_view = QPlainTextEdit(self.tabs)
        self.notes_view.setReadOnly(True)
        self.notes_view.setPlaceholderText(self.tr("No notes yet. Edit the customer to add some."))
        self.tabs.addTab(self.notes_view, self.tr("Notes"))
        layout.addWidget(self.tabs, 1)
        return content

    # --- public ----------------------------------------------------------------------------

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer (None: the empty pane)."""
        changed = customer_id != self.customer_id
        self.customer_id = customer_id
        if changed:
            self.response_entry.set_customer(customer_id)
            self.contact_entry.set_customer(customer_id)
        self.reload()

    def reload(self) -> None:
        """Read the shown customer again (after an edit here or elsewhere)."""
        show_text(self.load_error, "")
        if self.customer_id is None:
            self._show_nothing()
            return
        try:
            with translate_errors():
                self.detail = customer_detail(self.customer_id,
                                              self._context.settings.profit_line_cents)
        except NotFoundError:
            self.customer_id = None
            self.response_entry.set_customer(None)
            self.contact_entry.set_customer(None)
            self._show_nothing()
            return
        except UserError as exc:
            show_text(self.load_error, exc.message)
            return
        self._fill(self.detail)
        self._stack.setCurrentIndex(1)
        self.customer_shown.emit(self.customer_id)

    def is_erased(self) -> bool:
        """Whether the customer shown had their personal data erased (nothing can be added)."""
        return self.detail is not None and self.detail.erased_on is not None

    def start_survey_answer(self) -> None:
        """Bring up the survey-answer row, ready to type a score."""
        if self.customer_id is None or self.is_erased():
            return
        self.tabs.setCurrentIndex(self.TAB_RESPONSES)
        self.response_entry.start()

    def start_contact(self) -> None:
        """Bring up the contact row, ready to type what was said."""
        if self.customer_id is None or self.is_erased():
            return
        self.tabs.setCurrentIndex(self.TAB_CONTACTS)
        self.contact_entry.start()

    # --- filling ---------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.detail = None
        self._stack.setCurrentIndex(0)
        self.customer_shown.emit(None)

    def _money(self, cents: int | None) -> str:
        # None: a staff login, for whom the core leaves money out.
        return "—" if cents is None else f"{display_amount(cents)} {self._context.settings.currency}"

    def _fill(self, detail: Detail) -> None:
        profile = detail.profile
        erased = detail.erased_on is not None
        self.name_label.setText(self.tr("Erased customer") if erased else profile.name)
        show_text(self.erased_label, self.tr("Personal data erased on {date}").format(
            date=detail.erased_on.isoformat()) if detail.erased_on else "")
        # Nothing may be written about an erased customer again.
        for widget in (self.care_bar, self.response_entry, self.contact_entry):
            widget.setEnabled(not erased)
        self.segment_chip.set_segment(detail.segment)
        self.tier_label.setText(labels.tier_name(profile.tier))
        if detail.lost_reason:
            self.lost_label.setText(self.tr("Lost: {reason}").format(
                reason=labels.lost_reason_name(detail.lost_reason)))
            self.lost_label.show()
        else:
            self.lost_label.hide()
        bits = [profile.ref, profile.phone, profile.email]
        if profile.birthday:
            birthday = (self.tr("birthday {date} (lunar)") if profile.birthday_lunar
                        else self.tr("birthday {date}"))
            bits.append(birthday.format(date=profile.birthday))
        self.contact_line.setText(" · ".join(bit for bit in bits if bit))
        next_step = ""
        if detail.segment is not None:
            action = recommended_action(detail.segment)
            next_step = self.tr("Next step: <b>{action}</b> — {hint}").format(
                action=html.escape(labels.action_name(action)),
                hint=html.escape(labels.action_hint(action)))
        show_text(self.action_label, next_step)

        # A staff login gets no money and no segment: those rows and columns are hidden.
        money = detail.profit_cents is not None
        self.facts.setRowVisible(self.profit_value, money)
        self.referrals_list.setColumnHidden(1, not money)
        self.referrals_list.setColumnHidden(2, not money)
        self.projects_list.setColumnHidden(3, not money)
        self.profit_value.setText(self._money(detail.profit_cents))
        if detail.responses:
            latest = detail.responses[0]
            self.score_value.setText(self.tr("{score} on {date}").format(
                score=latest.score, date=latest.date.isoformat()))
        else:
            self.score_value.setText(self.tr("not asked yet"))
        self.contacted_value.setText(self._contacted_text(detail.last_contacted))
        self.designer_value.setText(detail.designer or self.tr("nobody in particular"))
        self.care_bar.show_customer(detail.id, profile.ref, detail.lost_reason, detail.version)
        self._fill_referrals(detail)
        self._fill_projects(detail)
        self._fill_responses(detail)
        self._fill_interactions(detail)
        self.notes_view.setPlainText(profile.notes)

    def _shown_name(self, row: CustomerRow) -> str:
        """A customer's name, or "Erased customer" in the user's language for an erased one."""
        return self.tr("Erased customer") if row.erased else row.name

    def _contacted_text(self, day: dt.date | None) -> str:
        if day is None:
            return self.tr("never")
        days = (self._context.today() - day).days
        if days == 0:
            return self.tr("{date} (today)").format(date=day.isoformat())
        if days > 0:
            return self.tr("{date} ({days} days ago)").format(date=day.isoformat(), days=days)
        return day.isoformat()

    def _fill_referrals(self, detail: Detail) -> None:
        if detail.referrer is not None:
            self.referrer_value.setText(f"{self._shown_name(detail.referrer)} ({detail.referrer.ref})")
            self.referrer_chip.set_segment(detail.referrer.segment)
        else:
            self.referrer_value.setText(self.tr("nobody recorded"))
            self.referrer_chip.set_segment(None)
        value = detail.referral_value
        if value.count and value.profit_cents is None:
            self.referrals_summary.setText(self.tr("1 customer") if value.count == 1 else
                                           self.tr("{count} customers").format(count=value.count))
        elif value.count == 1:
            self.referrals_summary.setText(self.tr("1 customer, profit {profit}").format(
                profit=self._money(value.profit_cents)))
        elif value.count:
            self.referrals_summary.setText(self.tr("{count} customers, profit {profit}").format(
                count=value.count, profit=self._money(value.profit_cents)))
        else:
            self.referrals_summary.setText(self.tr("none yet"))
        self.referrals_list.clear()
        self.referrals_list.setVisible(bool(detail.referrals))
        items = []
        for row in detail.referrals[:REFERRALS_SHOWN]:
            item = QTreeWidgetItem([
                self._shown_name(row), "" if row.segment is None else labels.segment_name(row.segment),
                "" if row.profit_cents is None else display_amount(row.profit_cents)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        if len(detail.referrals) > REFERRALS_SHOWN:
            items.append(QTreeWidgetItem([self.tr("… and {n} more").format(
                n=len(detail.referrals) - REFERRALS_SHOWN)]))
        self.referrals_list.addTopLevelItems(items)
        # As tall as its rows, up to five; a long list scrolls.
        rows = min(len(items), 5)
        row_height = self.referrals_list.sizeHintForRow(0) if items else 0
        self.referrals_list.setFixedHeight(
            self.referrals_list.header().sizeHint().height() + rows * row_height
            + 2 * self.referrals_list.frameWidth() + 4)

    def _fill_projects(self, detail: Detail) -> None:
        self.projects_list.clear()
        items = []
        for project in detail.projects:
            item = QTreeWidgetItem([
                project.ref, project.title, labels.status_name(project.status),
                "" if project.revenue_cents is None or project.cost_cents is None
                else display_amount(project.revenue_cents - project.cost_cents),
                project.started.isoformat() if project.started else "",
                project.finished.isoformat() if project.finished else "",
            ])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, project.title)
            if project.status not in ACCEPTED_STATUSES:
                item.setToolTip(3, self.tr("Estimate: only active and completed jobs count "
                                           "towards profit."))
            items.append(item)
        self.projects_list.addTopLevelItems(items)
        self.tabs.setTabText(self.TAB_PROJECTS, self.tr("Projects ({n})").format(n=len(items)))

    def _fill_responses(self, detail: Detail) -> None:
        self.responses_list.clear()
        self.responses_list.addTopLevelItems([
            QTreeWidgetItem([response.date.isoformat(), str(response.score), response.comment])
            for response in detail.responses
        ])
        self.tabs.setTabText(self.TAB_RESPONSES,
                             self.tr("NPS history ({n})").format(n=len(detail.responses)))

    def _fill_interactions(self, detail: Detail) -> None:
        self.interactions_list.clear()
        self.interactions_list.addTopLevelItems([
            QTreeWidgetItem([line.date.isoformat(), labels.interaction_kind_name(line.kind),
                             line.staff, line.summary])
            for line in detail.interactions
        ])
        self.tabs.setTabText(self.TAB_CONTACTS,
                             self.tr("Contacts ({n})").format(n=len(detail.interactions)))

    def _entry_saved(self, customer_id: int) -> None:
        # Everyone showing customers (list, grid, this pane) reads again through the context.
        self._context.customers_changed.emit()
