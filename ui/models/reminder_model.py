"""The "Today" reminders as a tree: kinds → reminders → (for a festival) the customers to greet.

The list is read whole from the core on `refresh()` (it is what one person works through in a
morning), so the model keeps it as its cache. Internal ids tell the three levels apart:
0 for a kind, `kind row + 1` for a reminder, `GREETING_BASE + n` for a festival's customer.
"""
from __future__ import annotations

import datetime as dt
import logging
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from crm_desktop.calendar_rules import Festival
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.reminder_rules import KIND_ORDER, Kind
from crm_desktop.reminders import Greeting, Reminder, last_contacts, today_reminders
from crm_desktop.settings import CareSettings, load_care_settings
from ui import care_labels, labels
from ui.context import AppContext

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ReminderRole = Qt.ItemDataRole.UserRole + 1
GreetingRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
GREETING_BASE = 100
# A morning's work, not a database dump: each kind shows its first (most overdue) reminders;
# as they are cleared the next ones move up. Keeps the tree instant on a 50 000-customer studio.
SHOWN_PER_KIND = 200
OVERDUE_COLOUR = QColor("#8c1d18")


class Column(IntEnum):
    WHAT = 0
    DUE = 1
    STATUS = 2
    DETAIL = 3
    LAST_CONTACT = 4


class ReminderTreeModel(QAbstractItemModel):
    """Today's reminders grouped by kind, overdue ones in bold with the word "Overdue".

    Empty until the first `refresh()`: the section reads it when first shown, not at start-up.
    """

    load_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.today = context.today()
        self.care = CareSettings()
        self._groups: list[tuple[Kind, list[Reminder]]] = []
        self._shown: dict[Kind, int] = {}
        # Festival reminders by a number that stays theirs while the list lives (greeting ids).
        self._festival_keys: list[str] = []
        self._festival_number: dict[str, int] = {}
        self._contacts: dict[int, dt.date] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.loaded = False

    # --- what the section asks -------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self.today = self._context.today()
        self._groups, self._contacts = self._read()
        self._shown = {kind: min(len(items), SHOWN_PER_KIND) for kind, items in self._groups}
        self._festival_keys = [r.key for _kind, items in self._groups for r in items if r.greetings]
        self._festival_number = {key: n for n, key in enumerate(self._festival_keys)}
        self.loaded = True
        self.endResetModel()

    def drop(self, key: str, contacted: tuple[int, dt.date] | None = None) -> None:
        """Take one reminder out of the list without reading the database again.

        After done or snooze the reminder is gone for today, and nothing else changes (a
        check-in marked done is next due a whole cadence later); recomputing everything
        would cost a second on a large studio. `contacted` notes a contact just logged.
        """
        if contacted is not None:
            self._contacts[contacted[0]] = contacted[1]
            self._contacts_changed(contacted[0])
        for g, (_kind, items) in enumerate(self._groups):
            for j, reminder in enumerate(items):
                if reminder.key != key:
                    continue
                kind = self._groups[g][0]
                if len(items) == 1:
                    self.beginRemoveRows(QModelIndex(), g, g)
                    del self._groups[g]
                    del self._shown[kind]
                    self.endRemoveRows()
                    return
                group = self.index(g, 0)
                if j < self._shown[kind]:
                    self.beginRemoveRows(group, j, j)
                    del items[j]
                    self._shown[kind] -= 1
                    self.endRemoveRows()
                else:
                    del items[j]
                if len(items) > self._shown[kind]:
                    # The next one moves up into view.
                    row = self._shown[kind]
                    self.beginInsertRows(group, row, row)
                    self._shown[kind] += 1
                    self.endInsertRows()
                self.dataChanged.emit(group, group, [Qt.ItemDataRole.DisplayRole])
                return

    def reminders(self) -> list[Reminder]:
        return [r for _kind, items in self._groups for r in items]

    def counts(self) -> tuple[int, int, int]:
        """(all, overdue, due today) reminders in the list."""
        items = self.reminders()
        return (len(items), sum(r.due < self.today for r in items),
                sum(r.due == self.today for r in items))

    def reminder_at(self, index: Index) -> Reminder | None:
        """The reminder of a reminder row, or of the festival a greeting row belongs to."""
        if not index.isValid():
            return None
        ident = index.internalId()
        if ident == 0:
            return None
        if ident < GREETING_BASE:
            return self._items(KIND_ORDER[ident - 1])[index.row()]
        return self._festival(ident)[1]

    def greeting_at(self, index: Index) -> Greeting | None:
        if not index.isValid() or index.internalId() < GREETING_BASE:
            return None
        return self._festival(index.internalId())[1].greetings[index.row()]

    def index_of(self, kind: Kind, row: int) -> QModelIndex:
        """The reminder at `row` of `kind`'s group (clamped), else the first of a later group."""
        kinds = [k for k, _items in self._groups]
        if kind in kinds:
            g = kinds.index(kind)
            return self.index(min(row, self._shown[kind] - 1), 0, self.index(g, 0))
        later = [g for g, k in enumerate(kinds) if KIND_ORDER.index(k) > KIND_ORDER.index(kind)]
        earlier = [g for g, k in enumerate(kinds) if KIND_ORDER.index(k) < KIND_ORDER.index(kind)]
        if later:
            return self.index(0, 0, self.index(later[0], 0))
        if earlier:
            g = earlier[-1]
            return self.index(self._shown[kinds[g]] - 1, 0, self.index(g, 0))
        return QModelIndex()

    def position_of(self, index: Index) -> tuple[Kind, int] | None:
        """(kind, row) of a reminder row (a greeting row counts as its festival)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        if index.internalId() < GREETING_BASE:
            return KIND_ORDER[index.internalId() - 1], index.row()
        return Kind.FESTIVAL, self._festival(index.internalId())[0]

    def index_of_key(self, key: str) -> QModelIndex:
        for g, (kind, items) in enumerate(self._groups):
            for j, reminder in enumerate(items[:self._shown[kind]]):
                if reminder.key == key:
                    return self.index(j, 0, self.index(g, 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------
    # Internal ids: 0 for a kind's row; for a reminder, its kind's place in KIND_ORDER + 1 (a
    # reminder's parent is found by kind, so removing a whole kind leaves the others' ids
    # right); for a festival's customer, GREETING_BASE + the festival's number.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not (0 <= column < len(Column) and 0 <= row < self.rowCount(parent)):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        ident = parent.internalId()
        if ident == 0:
            kind = self._groups[parent.row()][0]
            return self.createIndex(row, column, KIND_ORDER.index(kind) + 1)
        if ident < GREETING_BASE:
            festival = self._items(KIND_ORDER[ident - 1])[parent.row()]
            return self.createIndex(row, column, GREETING_BASE + self._festival_number[festival.key])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        ident = index.internalId()
        if ident == 0:
            return QModelIndex()
        if ident < GREETING_BASE:
            return self.createIndex(self._group_row(KIND_ORDER[ident - 1]), 0, 0)
        row, _festival = self._festival(ident)
        return self.createIndex(row, 0, KIND_ORDER.index(Kind.FESTIVAL) + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0:
            return 0
        ident = parent.internalId()
        if ident == 0:
            return self._shown[self._groups[parent.row()][0]]
        if ident < GREETING_BASE:
            return len(self._items(KIND_ORDER[ident - 1])[parent.row()].greetings)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.WHAT: self.tr("Reminder"),
            Column.DUE: self.tr("Due"),
            Column.STATUS: self.tr("When"),
            Column.DETAIL: self.tr("What to do"),
            Column.LAST_CONTACT: self.tr("Last contacted"),
        }[Column(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        ident = index.internalId()
        if ident == 0:
            return self._group_data(index.row(), column, role)
        reminder = self.reminder_at(index)
        assert reminder is not None
        if ident >= GREETING_BASE:
            return self._greeting_data(reminder.greetings[index.row()], column, role)
        if role == ReminderRole:
            return reminder
        if role == KindRole:
            return reminder.kind.value
        overdue = reminder.due < self.today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._reminder_text(reminder, column)
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == Column.STATUS:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DETAIL:
            return reminder.detail
        return None

    # --- inside ----------------------------------------------------------------------------

    def _group_row(self, kind: Kind) -> int:
        return next(g for g, (k, _items) in enumerate(self._groups) if k is kind)

    def _items(self, kind: Kind) -> list[Reminder]:
        return self._groups[self._group_row(kind)][1]

    def _festival(self, ident: int) -> tuple[int, Reminder]:
        """(row in the festivals group, reminder) of a greeting row's festival."""
        key = self._festival_keys[ident - GREETING_BASE]
        items = self._items(Kind.FESTIVAL)
        row = next(j for j, reminder in enumerate(items) if reminder.key == key)
        return row, items[row]

    def _contacts_changed(self, customer_id: int) -> None:
        """The last-contact cells of one customer's rows show a new date."""
        for g, (_kind, items) in enumerate(self._groups):
            group = self.index(g, 0)
            for j, reminder in enumerate(items):
                if reminder.customer_id == customer_id:
                    cell = self.index(j, Column.LAST_CONTACT, group)
                    self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def _group_data(self, row: int, column: Column, role: int) -> object:
        kind, items = self._groups[row]
        if role == KindRole:
            return kind.value
        if role == Qt.ItemDataRole.DisplayRole and column == Column.WHAT:
            overdue = sum(r.due < self.today for r in items)
            title = f"{care_labels.kind_name(kind)} ({len(items)})"
            if overdue:
                title = self.tr("{title} · {mark} {n} overdue").format(
                    title=title, mark=care_labels.OVERDUE_MARK, n=overdue)
            if len(items) > self._shown[kind]:
                title = self.tr("{title} · the first {n} shown; the next move up as these are cleared").format(
                    title=title, n=self._shown[kind])
            return title
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def _reminder_text(self, reminder: Reminder, column: Column) -> str:
        if column == Column.WHAT:
            if reminder.kind is Kind.FESTIVAL:
                return care_labels.festival_name(Festival(reminder.subject))
            return f"{reminder.customer_name} ({reminder.customer_ref})"
        if column == Column.DUE:
            return reminder.due.isoformat()
        if column == Column.STATUS:
            return care_labels.due_text(reminder.due, self.today)
        if column == Column.DETAIL:
            return self.detail_text(reminder)
        if reminder.customer_id is None:
            return ""
        contact = self._contacts.get(reminder.customer_id)
        return contact.isoformat() if contact else self.tr("never")

    def detail_text(self, reminder: Reminder) -> str:
        """What to do, without the customer's name (the first column shows it)."""
        if reminder.kind is Kind.FESTIVAL:
            count = len(reminder.greetings)
            return (self.tr("Greet 1 customer") if count == 1
                    else self.tr("Greet {n} customers").format(n=count))
        text = reminder.detail.removeprefix(f"{reminder.customer_name}: ")
        return text[:1].upper() + text[1:]

    def _greeting_data(self, greeting: Greeting, column: Column, role: int) -> object:
        if role == GreetingRole:
            return greeting
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == Column.WHAT:
            return f"{greeting.name} ({greeting.ref})"
        if column == Column.DETAIL:
            return labels.tier_name(greeting.tier)
        if column == Column.LAST_CONTACT:
            contact = self._contacts.get(greeting.customer_id)
            return contact.isoformat() if contact else self.tr("never")
        return ""

    def _read(self) -> tuple[list[tuple[Kind, list[Reminder]]], dict[int, dt.date]]:
        try:
            with translate_errors():
                self.care = load_care_settings()
                found = today_reminders(self.today, self.care,
                                        self._context.settings.profit_line_cents)
                ids = {r.customer_id for r in found if r.customer_id is not None}
                ids |= {g.customer_id for r in found for g in r.greetings}
                contacts = last_contacts(sorted(ids))
        except UserError as exc:
            log.warning("reminders: %s", exc)
            self.load_failed.emit(exc.message)
            return [], {}
        groups = [(kind, [r for r in found if r.kind is kind]) for kind in KIND_ORDER]
        return [(kind, items) for kind, items in groups if items], contacts
