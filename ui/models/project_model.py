"""The project list as a Qt table model: filtered in SQL, fetched 200 rows at a time, cached."""
from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.project_service import (
    ProjectFilter,
    ProjectRow,
    count_projects,
    project_rows,
)
from ui import labels
from ui.context import AppContext

ProjectIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
# The invisible root, shared as the default parent (a call in a default would run once anyway).
_ROOT = QModelIndex()

# Dark enough to read on white and distinct from plain text in grayscale only by weight:
# the flag's words and icon carry the meaning, the colour is an extra.
WARNING_COLOUR = QColor("#a33a00")
BADGE_COLOUR = QColor("#6a4a00")


class Column(IntEnum):
    REF = 0
    CUSTOMER = 1
    TITLE = 2
    STATUS = 3
    DESIGNER = 4
    STARTED = 5
    LAST_UPDATE = 6
    FLAG = 7


class ProjectTableModel(QAbstractTableModel):
    """Rows from `project_service.project_rows`, newest start first, loaded as the view scrolls."""

    PAGE = 200

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._filter = ProjectFilter()
        self._rows: list[ProjectRow] = []
        self._total = 0
        self._today = context.today()
        self._bold = QFont()
        self._bold.setBold(True)
        self.refresh()

    # -- loading ----------------------------------------------------------------------------

    @property
    def project_filter(self) -> ProjectFilter:
        return self._filter

    def set_filter(self, flt: ProjectFilter) -> None:
        self._filter = flt
        self.refresh(keep_loaded=False)

    def refresh(self, keep_loaded: bool = True) -> None:
        """Reload from the database; by default as many rows as were loaded, so a selection survives."""
        wanted = max(self.PAGE, len(self._rows)) if keep_loaded else self.PAGE
        self.beginResetModel()
        self._today = self._context.today()
        self._total = count_projects(self._filter)
        self._rows = project_rows(self._filter, self._context.settings, self._today, 0, wanted)
        self.endResetModel()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802 - Qt override
        if parent.isValid():
            return
        page = project_rows(self._filter, self._context.settings, self._today, len(self._rows), self.PAGE)
        if not page:
            # The table shrank under us (another user deleted rows): stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- lookups for the view ---------------------------------------------------------------

    @property
    def total(self) -> int:
        """Rows matching the filter, loaded or not."""
        return self._total

    def project_at(self, row: int) -> ProjectRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, project_id: int) -> int | None:
        """The row of a loaded project, or None."""
        for row, project in enumerate(self._rows):
            if project.id == project_id:
                return row
        return None

    # -- the model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        titles = {
            Column.REF: self.tr("Ref"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.TITLE: self.tr("Project"),
            Column.STATUS: self.tr("Status"),
            Column.DESIGNER: self.tr("Designer"),
            Column.STARTED: self.tr("Started"),
            Column.LAST_UPDATE: self.tr("Last client update"),
            Column.FLAG: self.tr("Flag"),
        }
        return titles[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        project = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(project, column)
        if role == ProjectIdRole:
            return project.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(project)
        if role == Qt.ItemDataRole.FontRole and project.needs_update:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.FLAG, Column.LAST_UPDATE):
            if project.needs_update:
                return QBrush(WARNING_COLOUR)
            if project.low_value and column == Column.FLAG:
                return QBrush(BADGE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FLAG and project.needs_update:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _text(self, project: ProjectRow, column: Column) -> str:
        if column == Column.REF:
            return project.ref
        if column == Column.CUSTOMER:
            return project.customer
        if column == Column.TITLE:
            return project.title
        if column == Column.STATUS:
            return labels.status_name(project.status)
        if column == Column.DESIGNER:
            return project.designer
        if column == Column.STARTED:
            return _day(project.started)
        if column == Column.LAST_UPDATE:
            if project.last_update:
                return _day(project.last_update)
            # "never" matters only where updates are due: on active jobs.
            return self.tr("never") if project.status == "active" else ""
        return self._flag(project)

    def _flag(self, project: ProjectRow) -> str:
        if project.needs_update:
            return self.tr("Update due")
        if project.low_value:
            return self.tr("Low value")
        return ""

    def _tooltip(self, project: ProjectRow) -> str | None:
        if project.needs_update:
            since = project.last_update or project.started
            if since is None:
                return self.tr("No client update yet: send the client an update.")
            # Only projects past the 7-day interval are flagged, so the count is always plural.
            days = (self._today - since).days
            return self.tr("No client update for {days} days: send the client an update.").format(days=days)
        if project.low_value:
            return self.tr("Low-value job: the estimate is below the studio's minimum profit or "
                           "margin. Accepting it goes through the decline wizard.")
        return None


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
