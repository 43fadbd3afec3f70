"""Complaints as a table: open ones by due date with overdue ones in bold and marked, resolved after.

A studio has tens to a few thousand complaints; the chosen list is read whole on `refresh()`.
"""
from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from crm_desktop.complaints import ComplaintRow, Which, complaint_rows
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from ui import care_labels
from ui.context import AppContext
from ui.models.reminder_model import OVERDUE_COLOUR

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ComplaintRole = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    DUE = 0
    STATUS = 1
    CUSTOMER = 2
    CATEGORY = 3
    SEVERITY = 4
    SUMMARY = 5
    OWNER = 6
    OPENED = 7
    OUTCOME = 8


class ComplaintTableModel(QAbstractTableModel):
    """The complaints `which` chooses; empty until the first `refresh()` (read when shown)."""

    load_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.which = Which.OPEN
        self._rows: list[ComplaintRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_which(self, which: Which) -> None:
        self.which = which
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def row_at(self, row: int) -> ComplaintRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, complaint_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == complaint_id:
                return number
        return None

    def overdue_count(self) -> int:
        return sum(row.overdue for row in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.DUE: self.tr("Due"),
            Column.STATUS: self.tr("Status"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.CATEGORY: self.tr("Category"),
            Column.SEVERITY: self.tr("Severity"),
            Column.SUMMARY: self.tr("Complaint"),
            Column.OWNER: self.tr("Owner"),
            Column.OPENED: self.tr("Opened"),
            Column.OUTCOME: self.tr("Resolution"),
        }[Column(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.column() < len(Column):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ComplaintRole:
            return row
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == Column.STATUS:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.SUMMARY, Column.OUTCOME):
            return self._display(row, column) or None
        return None

    def _display(self, row: ComplaintRow, column: Column) -> str:
        if column == Column.DUE:
            return row.due.isoformat()
        if column == Column.STATUS:
            if row.status == "resolved":
                return self.tr("Resolved {date}").format(
                    date=row.resolved_on.isoformat() if row.resolved_on else "")
            return care_labels.due_text(row.due, self._context.today())
        if column == Column.CUSTOMER:
            return f"{row.customer_name} ({row.customer_ref})"
        if column == Column.CATEGORY:
            return care_labels.category_name(row.category)
        if column == Column.SEVERITY:
            return care_labels.severity_name(row.severity)
        if column == Column.SUMMARY:
            return " ".join(row.summary.split())
        if column == Column.OWNER:
            return row.owner
        if column == Column.OPENED:
            return row.opened.isoformat()
        if row.status != "resolved":
            return ""
        text = " ".join(row.resolution.split())
        if row.satisfaction is not None:
            return self.tr("{text} (satisfaction {score}/10)").format(text=text, score=row.satisfaction)
        return text

    def _read(self) -> list[ComplaintRow]:
        try:
            with translate_errors():
                return complaint_rows(self._context.today(), self.which)
        except UserError as exc:
            log.warning("complaints: %s", exc)
            self.load_failed.emit(exc.message)
            return []
