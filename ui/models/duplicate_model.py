"""Likely duplicate customers as a table model: one pair per row, best score first.

The rows arrive whole from the background finder (`set_rows`); a merge then removes every pair
that named the dropped customer and refreshes the kept one's name and phone in place.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from crm_desktop.duplicate_list import DuplicateRow, Person
from crm_desktop.duplicates import normalise_name

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MARKED_COLOUR = "#808080"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
translate = QCoreApplication.translate


class DuplicateColumn(IntEnum):
    NAME_A = 0
    PHONE_A = 1
    NAME_B = 2
    PHONE_B = 3
    REASON = 4
    SCORE = 5


def reason_text(row: DuplicateRow) -> str:
    """The finder's reason code in words: 'Same phone, same name'."""
    words = []
    for reason in row.reason.split("+"):
        if reason == "phone":
            words.append(translate("duplicates", "same phone"))
        elif reason == "email":
            words.append(translate("duplicates", "same e-mail"))
        elif reason == "name":
            # The score is the best of all reasons, so it cannot tell; the names themselves can.
            same = normalise_name(row.a.name) == normalise_name(row.b.name)
            words.append(translate("duplicates", "same name") if same
                         else translate("duplicates", "similar name"))
    text = translate("duplicates", ", ").join(words)
    return text[:1].upper() + text[1:]


class DuplicateTableModel(QAbstractTableModel):
    """Holds the finder's rows in their order (score descending, then references)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DuplicateRow] = []

    # --- what the dialog asks ----------------------------------------------------------------

    def set_rows(self, rows: Sequence[DuplicateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DuplicateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[DuplicateRow]:
        return list(self._rows)

    def set_distinct(self, row: int, distinct: bool) -> None:
        """Show a pair as marked (or no longer marked) as different people."""
        self._rows[row] = replace(self._rows[row], distinct=distinct)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(DuplicateColumn) - 1))

    def take_row(self, row: int) -> DuplicateRow:
        """Remove one pair (marked as different people) and give it back, for an undo."""
        self.beginRemoveRows(_ROOT, row, row)
        pair = self._rows.pop(row)
        self.endRemoveRows()
        return pair

    def put_row(self, row: int, pair: DuplicateRow) -> None:
        """Put a pair back at `row` (its mark undone)."""
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(_ROOT, row, row)
        self._rows.insert(row, pair)
        self.endInsertRows()

    def remove_customer(self, customer_id: int) -> int:
        """Remove every pair naming `customer_id` (merged away); returns how many went."""
        removed = 0
        row = len(self._rows) - 1
        # From the end, one run of neighbouring rows at a time: the indexes above stay valid.
        while row >= 0:
            if not self._rows[row].mentions(customer_id):
                row -= 1
                continue
            last = row
            while row > 0 and self._rows[row - 1].mentions(customer_id):
                row -= 1
            self.beginRemoveRows(_ROOT, row, last)
            del self._rows[row:last + 1]
            self.endRemoveRows()
            removed += last - row + 1
            row -= 1
        return removed

    def update_person(self, person: Person) -> None:
        """Show a customer's current name and phone wherever they appear."""
        for row, pair in enumerate(self._rows):
            if person.id not in (pair.a.id, pair.b.id):
                continue
            a = person if pair.a.id == person.id else pair.a
            b = person if pair.b.id == person.id else pair.b
            self._rows[row] = replace(pair, a=a, b=b)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(DuplicateColumn) - 1))

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(DuplicateColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(DuplicateColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                DuplicateColumn.NAME_A: self.tr("Customer"),
                DuplicateColumn.PHONE_A: self.tr("Phone"),
                DuplicateColumn.NAME_B: self.tr("Possible duplicate"),
                DuplicateColumn.PHONE_B: self.tr("Phone"),
                DuplicateColumn.REASON: self.tr("Why"),
                DuplicateColumn.SCORE: self.tr("Score"),
            }[DuplicateColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == DuplicateColumn.SCORE:
            return self.tr("How alike the two records are, 0–100; 100 is an exact match.")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == DuplicateColumn.SCORE:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        pair = self.row_at(index.row())
        if pair is None or not 0 <= index.column() < len(DuplicateColumn):
            return None
        column = DuplicateColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pair, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DuplicateColumn.SCORE:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and pair.distinct:
            return QColor(MARKED_COLOUR)  # greyed: a pair the owner has already ruled out
        if role == Qt.ItemDataRole.ToolTipRole and column in (DuplicateColumn.NAME_A, DuplicateColumn.NAME_B):
            who = pair.a if column == DuplicateColumn.NAME_A else pair.b
            return self.tr("{name}, customer {ref}").format(name=who.name, ref=who.ref)
        return None

    def _display(self, pair: DuplicateRow, column: DuplicateColumn) -> str:
        # The reference beside the name: one record often pairs with several of the same name.
        if column == DuplicateColumn.NAME_A:
            return f"{pair.a.name} · {pair.a.ref}"
        if column == DuplicateColumn.PHONE_A:
            return pair.a.phone
        if column == DuplicateColumn.NAME_B:
            return f"{pair.b.name} · {pair.b.ref}"
        if column == DuplicateColumn.PHONE_B:
            return pair.b.phone
        if column == DuplicateColumn.REASON:
            if pair.distinct:
                return self.tr("{reason} · marked as different people").format(reason=reason_text(pair))
            return reason_text(pair)
        return str(pair.score)
