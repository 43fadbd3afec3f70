"""The decision journal as a table model: one row per wizard decision, reviews due highlighted.

A studio records a decision only for a low-value inquiry, so the journal stays small (tens or
hundreds of rows): it is read whole, in one query, and kept as the cache.
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
from PySide6.QtGui import QColor, QFont

from crm_desktop.db import translate_errors
from crm_desktop.decision_journal import (
    JournalRow,
    JournalTotals,
    journal_rows,
    journal_totals,
)
from crm_desktop.decision_rules import percent
from crm_desktop.errors import UserError
from crm_desktop.money import display_amount
from ui import labels
from ui.context import AppContext

log = logging.getLogger(__name__)

DecisionIdRole = Qt.ItemDataRole.UserRole + 1
# Pale amber: noticeable in a list, still readable, and the Review column also says it in words.
DUE_COLOUR = QColor("#fcefc7")
LOSS_COLOUR = QColor("#8c1d18")

Index = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class Column(IntEnum):
    DATE = 0
    PROJECT = 1
    CUSTOMER = 2
    EST_PROFIT = 3
    EST_MARGIN = 4
    RECOMMENDATION = 5
    DECISION = 6
    ACTUAL_PROFIT = 7
    REVIEW = 8


NUMERIC = (Column.EST_PROFIT, Column.EST_MARGIN, Column.ACTUAL_PROFIT)


class DecisionTableModel(QAbstractTableModel):
    """Every decision, newest first; `refresh()` reads the journal again."""

    # A database problem while reading (locked, gone): one sentence for the user.
    load_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[JournalRow] = self._read()

    # --- what the section asks -------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def row_at(self, row: int) -> JournalRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, decision_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == decision_id:
                return number
        return None

    def totals(self) -> JournalTotals:
        return journal_totals(self._rows)

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.column() < len(Column):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == DecisionIdRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.review_due:
            return DUE_COLOUR
        if (role == Qt.ItemDataRole.ForegroundRole and column == Column.ACTUAL_PROFIT
                and (row.actual_profit_cents or 0) < 0):
            return LOSS_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == Column.REVIEW and row.review_due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- inside ----------------------------------------------------------------------------

    def _headers(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.PROJECT: self.tr("Project"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.EST_PROFIT: self.tr("Est. profit"),
            Column.EST_MARGIN: self.tr("Est. margin"),
            Column.RECOMMENDATION: self.tr("Recommended"),
            Column.DECISION: self.tr("Decision"),
            Column.ACTUAL_PROFIT: self.tr("Actual profit"),
            Column.REVIEW: self.tr("Review"),
        }

    def _display(self, row: JournalRow, column: Column) -> str:
        if column == Column.DATE:
            return row.date.isoformat()
        if column == Column.PROJECT:
            return f"{row.project_ref} · {row.project_title}"
        if column == Column.CUSTOMER:
            return row.customer_name
        if column == Column.EST_PROFIT:
            return display_amount(row.est_profit_cents)
        if column == Column.EST_MARGIN:
            return percent(row.est_margin)
        if column == Column.RECOMMENDATION:
            return labels.recommendation_name(row.recommendation.value)
        if column == Column.DECISION:
            return labels.decision_name(row.decision)
        if column == Column.ACTUAL_PROFIT:
            return "" if row.actual_profit_cents is None else display_amount(row.actual_profit_cents)
        if row.reviewed_on is not None:
            return self.tr("Reviewed {date}").format(date=row.reviewed_on.isoformat())
        if row.review_due:
            return self.tr("Due: was it worth it?")
        return self.tr("From {date}").format(date=row.review_due_on.isoformat())

    def _tooltip(self, row: JournalRow, column: Column) -> str | None:
        if column == Column.DECISION and row.reason:
            return row.reason
        if column == Column.REVIEW and row.review_outcome:
            return row.review_outcome
        if column == Column.PROJECT:
            return labels.status_name(row.project_status)
        return None

    def _read(self) -> list[JournalRow]:
        try:
            with translate_errors():
                return journal_rows(self._context.today())
        except UserError as exc:
            log.warning("decision journal: %s", exc)
            self.load_failed.emit(exc.message)
            return []
