"""One project's dated log as a Qt table model, newest entry first."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.project_service import LogRow, project_log
from ui import labels

Index = QModelIndex | QPersistentModelIndex
# The invisible root, shared as the default parent (a call in a default would run once anyway).
_ROOT = QModelIndex()


class LogColumn(IntEnum):
    DATE = 0
    KIND = 1
    TEXT = 2
    STAFF = 3


class ProjectLogModel(QAbstractTableModel):
    """The entries of one project (a project's log is short, so it is loaded whole)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project_id: int | None = None
        self._rows: list[LogRow] = []

    @property
    def project_id(self) -> int | None:
        return self._project_id

    def set_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = project_log(self._project_id) if self._project_id is not None else []
        self.endResetModel()

    def entry_at(self, row: int) -> LogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(LogColumn):
            return None
        titles = {
            LogColumn.DATE: self.tr("Date"),
            LogColumn.KIND: self.tr("Kind"),
            LogColumn.TEXT: self.tr("Entry"),
            LogColumn.STAFF: self.tr("By"),
        }
        return titles[LogColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LogColumn.DATE:
                return entry.date.isoformat()
            if column == LogColumn.KIND:
                return labels.log_kind_name(entry.kind)
            if column == LogColumn.TEXT:
                return entry.text
            return entry.staff
        if role == Qt.ItemDataRole.ToolTipRole and column == LogColumn.TEXT:
            # Long entries are elided in the cell; the tooltip shows them whole.
            return entry.text
        return None
