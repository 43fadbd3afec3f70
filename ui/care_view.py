"""The Care section: "Today" (due and overdue reminders, cleared from the keyboard), the
complaints, and why customers were lost.

In "Today": ↑/↓ move, Enter or D marks the reminder done, S snoozes it (to tomorrow or for a
week), L logs the contact now (and marks the reminder done when it is saved), Esc leaves the
contact entry. On a festival's customer, L logs the greeting and moves to the next customer.
Done on a complaint opens it in Complaints to be resolved.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.calendar_rules import Festival
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.reminder_rules import Kind
from crm_desktop.reminders import Greeting, Reminder, mark_done, snooze
from ui import care_labels
from ui.churn_view import LostReasonsChart
from ui.complaints_view import ComplaintsPage
from ui.context import AppContext
from ui.forms.inline_entries import ContactEntry, error_label, show_text
from ui.models.reminder_model import Column, ReminderTreeModel

log = logging.getLogger(__name__)

# Widest likely cell of each fixed column, measured in bold (overdue rows are bold).
COLUMN_SAMPLES = {Column.WHAT: "Hannah Anderson (C000000)", Column.DUE: "2026-12-31",
                  Column.STATUS: f"{care_labels.OVERDUE_MARK} Overdue 999 days", Column.LAST_CONTACT: "2026-12-31"}
# The kind of contact a reminder most often ends in.
CONTACT_KIND = {Kind.BIRTHDAY: "message", Kind.FESTIVAL: "message", Kind.CHECK_IN: "call",
                Kind.FOLLOW_UP: "call", Kind.COMPLAINT: "call"}


class ReminderTree(QTreeView):
    """The reminders; the action keys are turned into signals, the rest is a tree view."""

    done_pressed = Signal()
    snooze_pressed = Signal()
    log_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_D):
            self.done_pressed.emit()
        elif plain and key == Qt.Key.Key_S:
            self.snooze_pressed.emit()
        elif plain and key == Qt.Key.Key_L:
            self.log_pressed.emit()
        else:
            super().keyPressEvent(event)


class TodayPage(QWidget):
    """Due and overdue reminders grouped by kind, with the inline contact entry under them."""

    contact_logged = Signal()
    complaint_chosen = Signal(int)  # a complaint reminder was "done": resolve it

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("todayPage")
        self.model = ReminderTreeModel(context, self)
        self.logging_for: tuple[Reminder, Greeting | None] | None = None
        self.snooze_menu: QMenu | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("reminderSummary")
        self.keys_hint = QLabel(self.tr(
            "Enter or D: done · S: snooze · L: log the contact now · ↑↓: move · →: open a festival's list"), self)
        self.keys_hint.setEnabled(False)
        self.message = error_label(self)

        self.tree = ReminderTree(self)
        self.tree.setObjectName("reminderTree")
        self.tree.setAccessibleName(self.tr("Reminders"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, sample in COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title)) + 24
            if column == Column.WHAT:
                width += 2 * self.tree.indentation()
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.tree.done_pressed.connect(self.done)
        self.tree.snooze_pressed.connect(self.open_snooze_menu)
        self.tree.log_pressed.connect(self.log_contact)

        self.entry_title = QLabel(self)
        self.entry_title.setObjectName("contactEntryTitle")
        self.contact_entry = ContactEntry(context, self)
        self.contact_entry.saved.connect(self._contact_saved)
        self.entry_box = QWidget(self)
        box_layout = QVBoxLayout(self.entry_box)
        box_layout.setContentsMargins(0, 6, 0, 0)
        box_layout.addWidget(self.entry_title)
        box_layout.addWidget(self.contact_entry)
        self.entry_box.hide()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.entry_box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_entry)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.keys_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.entry_box)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsRemoved.connect(lambda *_args: self._update_summary())
        self.model.load_failed.connect(lambda text: show_text(self.message, text))

    # --- public ----------------------------------------------------------------------------

    def refresh(self, select: tuple[Kind, int] | None = None) -> None:
        """Read the reminders again; keep the cursor at the same place (or at `select`)."""
        if select is None:
            select = self.model.position_of(self.tree.currentIndex())
        show_text(self.message, "")
        self.model.refresh()
        index = self.model.index_of(*select) if select else QModelIndex()
        if not index.isValid():
            index = self.model.index_of(Kind.BIRTHDAY, 0)
        self._set_current(index)

    def current_reminder(self) -> Reminder | None:
        return self.model.reminder_at(self.tree.currentIndex())

    def done(self) -> None:
        """Enter / D: done for good (a complaint goes to Complaints to be resolved)."""
        reminder = self.current_reminder()
        if reminder is None:
            return
        if reminder.kind is Kind.COMPLAINT:
            self.complaint_chosen.emit(int(reminder.subject))
            return
        self._act(reminder, lambda: mark_done(reminder, self._context.today()))

    def snooze_for(self, days: int) -> None:
        """Hide the current reminder for `days` days (1: until tomorrow)."""
        reminder = self.current_reminder()
        if reminder is None:
            return
        until = self._context.today() + dt.timedelta(days=days)
        self._act(reminder, lambda: snooze(reminder, until))

    def open_snooze_menu(self) -> None:
        """S: a small menu, Tomorrow (T) or Next week (W), at the current row."""
        if self.current_reminder() is None:
            return
        menu = QMenu(self)
        menu.setObjectName("snoozeMenu")
        menu.addAction(self.tr("Until &tomorrow"), lambda: self.snooze_for(1))
        menu.addAction(self.tr("For a &week"), lambda: self.snooze_for(7))
        menu.aboutToHide.connect(menu.deleteLater)
        self.snooze_menu = menu
        menu.destroyed.connect(lambda _o=None: setattr(self, "snooze_menu", None))
        rect = self.tree.visualRect(self.tree.currentIndex())
        menu.popup(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def log_contact(self) -> None:
        """L: the contact entry for the current reminder's (or festival customer's) customer."""
        index = self.tree.currentIndex()
        reminder = self.model.reminder_at(index)
        greeting = self.model.greeting_at(index)
        if reminder is None:
            return
        if greeting is None and reminder.customer_id is None:
            # A festival row: the greetings are logged one customer at a time.
            self.tree.expand(index)
            if reminder.greetings:
                self._set_current(self.model.index(0, 0, index))
                self.log_contact()
            return
        customer_id = greeting.customer_id if greeting else reminder.customer_id
        name = greeting.name if greeting else reminder.customer_name
        self.logging_for = (reminder, greeting)
        self.contact_entry.set_customer(customer_id)
        entry = self.contact_entry
        entry.kind_combo.setCurrentIndex(max(entry.kind_combo.findData(CONTACT_KIND[reminder.kind]), 0))
        entry.summary_edit.setText(self._suggested_summary(reminder))
        entry.summary_edit.selectAll()
        what = (care_labels.festival_name(Festival(reminder.subject)) if reminder.kind is Kind.FESTIVAL
                else self.model.detail_text(reminder))
        self.entry_title.setText(self.tr("Log a contact with {name} — {what}. Enter saves, Esc cancels.").format(
            name=name, what=what))
        self.entry_box.show()
        entry.start()

    def close_entry(self) -> None:
        self.logging_for = None
        self.entry_box.hide()
        self.tree.setFocus()

    # --- inside ----------------------------------------------------------------------------

    def _suggested_summary(self, reminder: Reminder) -> str:
        if reminder.kind is Kind.BIRTHDAY:
            return self.tr("Birthday greetings")
        if reminder.kind is Kind.FESTIVAL:
            return self.tr("{festival} greetings").format(
                festival=care_labels.festival_name(Festival(reminder.subject)))
        if reminder.kind is Kind.FOLLOW_UP:
            return self.tr("Follow-up after the project")
        return ""

    def _act(self, reminder: Reminder, write: Callable[[], None],
             contacted: tuple[int, dt.date] | None = None) -> None:
        """Write done / snoozed, then take the reminder out and put the cursor on the next one."""
        position = self.model.position_of(self.tree.currentIndex())
        try:
            with translate_errors():
                write()
        except UserError as exc:
            show_text(self.message, exc.message)
            return
        show_text(self.message, "")
        self.model.drop(reminder.key, contacted)
        if position is not None:
            self._set_current(self.model.index_of(*position))
        self.tree.setFocus()

    def _contact_saved(self, customer_id: int) -> None:
        if self.logging_for is None:
            return
        reminder, greeting = self.logging_for
        self.close_entry()
        today = self._context.today()
        if greeting is not None:
            # The next customer to greet, or back to the festival when it was the last one.
            index = self.tree.currentIndex()
            below = index.sibling(index.row() + 1, 0)
            self._set_current(below if below.isValid() else index.parent())
        elif reminder.kind is not Kind.COMPLAINT:
            self._act(reminder, lambda: mark_done(reminder, today), contacted=(customer_id, today))
        self.contact_logged.emit()

    def _set_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    def _after_reset(self) -> None:
        for row in range(self.model.rowCount()):
            # A kind's title and counts read across the whole row.
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expand(self.model.index(row, 0))
        self._update_summary()

    def _update_summary(self) -> None:
        total, overdue, today = self.model.counts()
        if not total:
            self.summary.setText(self.tr("Nothing to do today.") if self.model.loaded else "")
            return
        text = self.tr("{n} reminders").format(n=total) if total != 1 else self.tr("1 reminder")
        parts = [text]
        if overdue:
            parts.append(self.tr("{mark} {n} overdue").format(mark=care_labels.OVERDUE_MARK, n=overdue))
        if today:
            parts.append(self.tr("{n} due today").format(n=today))
        self.summary.setText(" · ".join(parts))


class CareSection(QWidget):
    """Today's reminders, complaints and lost customers, on three tabs."""

    TAB_TODAY, TAB_COMPLAINTS, TAB_LOST = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # Nothing is read until the section is first shown: start-up stays fast.
        self._stale = True
        self._quiet = False
        self.setObjectName("careSection")
        self.today = TodayPage(context, self)
        self.complaints = ComplaintsPage(context, self)
        self.lost = LostReasonsChart(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.addTab(self.lost, self.tr("Lost customers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.today.complaint_chosen.connect(self.show_complaint)
        self.today.contact_logged.connect(self._tell_others)
        self.complaints.complaints_changed.connect(self._complaints_changed)
        for signal in (context.customers_changed, context.projects_changed, context.settings_changed):
            signal.connect(self._data_changed)
        self.today.model.modelReset.connect(self._update_titles)
        self.today.model.rowsRemoved.connect(lambda *_args: self._update_titles())
        self.complaints.model.modelReset.connect(self._update_titles)

    def refresh(self) -> None:
        self._stale = False
        self.today.refresh()
        self.complaints.refresh()

    def show_complaint(self, complaint_id: int) -> None:
        self.tabs.setCurrentIndex(self.TAB_COMPLAINTS)
        if self.complaints.select_complaint(complaint_id):
            self.complaints.start_resolving()

    def new_complaint(self, customer_ref: str = "") -> None:
        self.tabs.setCurrentIndex(self.TAB_COMPLAINTS)
        self.complaints.new_complaint(customer_ref)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The day may have changed since the list was read (the window stays open overnight).
        if self._stale or self.today.model.today != self._context.today():
            self.refresh()
        if self.tabs.currentIndex() == self.TAB_TODAY:
            self.today.tree.setFocus()

    def _data_changed(self) -> None:
        if self._quiet:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _complaints_changed(self) -> None:
        self.today.refresh()
        self._tell_others()

    def _tell_others(self) -> None:
        """Customers changed here: the other sections read again; this one is up to date."""
        self._quiet = True
        try:
            self._context.customers_changed.emit()
        finally:
            self._quiet = False

    def _update_titles(self) -> None:
        _total, overdue, _due = self.today.model.counts()
        late = self.complaints.model.overdue_count()
        today = self.tr("Today")
        complaints = self.tr("Complaints")
        self.tabs.setTabText(self.TAB_TODAY, f"{today} ({care_labels.OVERDUE_MARK} {overdue})" if overdue else today)
        self.tabs.setTabText(self.TAB_COMPLAINTS,
                             f"{complaints} ({care_labels.OVERDUE_MARK} {late})" if late else complaints)
