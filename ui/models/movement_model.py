"""The 7 × 7 movement matrix as a table model: segment on the first date down, on the second across."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from crm_desktop.movement_rules import MovementMatrix, cell_marks, tone
from crm_desktop.segments import SEGMENT_ORDER, Segment
from ui import labels
from ui.movement_labels import STAYED_COLOUR, TONE_COLOURS, mark_name, markers

Index = QModelIndex | QPersistentModelIndex

# The number of customers in a cell (0 before the first figures arrive).
CountRole = Qt.ItemDataRole.UserRole + 1
# The cell's marks, a tuple of movement_rules.Mark.
MarksRole = Qt.ItemDataRole.UserRole + 2
# (segment on the first date, segment on the second date).
SegmentsRole = Qt.ItemDataRole.UserRole + 3

ZERO_COLOUR = QColor("#8a8a8a")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SIZE = len(SEGMENT_ORDER)


class MovementTableModel(QAbstractTableModel):
    """Always 7 × 7; `set_matrix` replaces the figures (None: none yet)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: MovementMatrix | None = None

    # --- what the panel asks -----------------------------------------------------------------

    @property
    def matrix(self) -> MovementMatrix | None:
        return self._matrix

    def set_matrix(self, matrix: MovementMatrix | None) -> None:
        self._matrix = matrix
        self.dataChanged.emit(self.index(0, 0), self.index(SIZE - 1, SIZE - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SIZE - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, SIZE - 1)

    def segments_at(self, index: Index) -> tuple[Segment, Segment]:
        return SEGMENT_ORDER[index.row()], SEGMENT_ORDER[index.column()]

    def count_at(self, index: Index) -> int:
        if self._matrix is None or not index.isValid():
            return 0
        return self._matrix.counts[index.row()][index.column()]

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else SIZE

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else SIZE

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < SIZE and 0 <= index.column() < SIZE):
            return None
        first, second = self.segments_at(index)
        count = self.count_at(index)
        marks = cell_marks(first, second)
        # Zero cells stay plain: a highlight means "customers moved here".
        shown = marks if count else ()
        if role == Qt.ItemDataRole.DisplayRole:
            if self._matrix is None:
                return "—"
            return f"{count:,} {markers(shown)}".rstrip()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            cell_tone = tone(shown)
            if cell_tone is not None:
                return TONE_COLOURS[cell_tone]
            return STAYED_COLOUR if first is second else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return ZERO_COLOUR if count == 0 else QColor("#000000")
        if role == Qt.ItemDataRole.FontRole:
            if shown:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(first, second, count, shown)
        if role == CountRole:
            return count
        if role == MarksRole:
            return shown
        if role == SegmentsRole:
            return first, second
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not 0 <= section < SIZE:
            return None
        segment = SEGMENT_ORDER[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.segment_name(segment)
        if role == Qt.ItemDataRole.ToolTipRole and self._matrix is not None:
            if orientation == Qt.Orientation.Vertical:
                day, count = self._matrix.first, self._matrix.on_first(segment)
            else:
                day, count = self._matrix.last, self._matrix.on_last(segment)
            return self.tr("{segment} on {day}: {n} customers").format(
                segment=labels.segment_name(segment), day=day.isoformat(), n=f"{count:,}")
        return None

    def _describe(self, first: Segment, second: Segment, count: int, shown: tuple) -> str:  # type: ignore[type-arg]
        if self._matrix is None:
            return ""
        text = self.tr("{n} customers: {first} on {first_day}, {second} on {second_day}.").format(
            n=f"{count:,}", first=labels.segment_name(first), first_day=self._matrix.first.isoformat(),
            second=labels.segment_name(second), second_day=self._matrix.last.isoformat())
        if shown:
            names = "; ".join(mark_name(mark) for mark in shown)
            text += f" {names[:1].upper()}{names[1:]}."
        if count:
            text += "\n" + self.tr("Double-click or press Enter to list them.")
        return text
