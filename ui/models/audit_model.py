"""The audit log as a lazy table model: newest entries first, a page at a time."""
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

from crm_desktop.audit import AuditRow, audit_count, audit_rows
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError

log = logging.getLogger(__name__)

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AuditColumn(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    RECORD = 3
    SUMMARY = 4


class AuditTableModel(QAbstractTableModel):
    """Fetched PAGE_SIZE rows at a time as the view scrolls; the fetched rows are the cache."""

    load_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._total = 0
        # The sentence of the last failed read (e.g. a staff login), for a view made later.
        self.last_error = ""
        self._reload()

    def refresh(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def total_count(self) -> int:
        return self._total

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(AuditColumn)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802 - Qt override
        if parent.isValid():
            return
        page = self._query(len(self._rows))
        if len(page) < PAGE_SIZE:
            # Entries written since the count would otherwise leave us asking forever.
            self._total = len(self._rows) + len(page)
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(AuditColumn):
            return None
        return {
            AuditColumn.WHEN: self.tr("When"),
            AuditColumn.WHO: self.tr("Who"),
            AuditColumn.ACTION: self.tr("What"),
            AuditColumn.RECORD: self.tr("Record"),
            AuditColumn.SUMMARY: self.tr("Changes"),
        }[AuditColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.row_at(index.row())
        if entry is None or not 0 <= index.column() < len(AuditColumn):
            return None
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == AuditColumn.SUMMARY and entry.summary:
            return entry.summary
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- inside ----------------------------------------------------------------------------

    def _display(self, entry: AuditRow, column: AuditColumn) -> str:
        if column == AuditColumn.WHEN:
            return entry.when.isoformat(sep=" ", timespec="minutes")
        if column == AuditColumn.WHO:
            # With accounts off nobody logs in: the entry names no one.
            return entry.staff_name or self.tr("(no login)")
        if column == AuditColumn.ACTION:
            return self.action_name(entry.action)
        if column == AuditColumn.RECORD:
            kind = self.entity_name(entry.entity)
            return kind if entry.entity_id is None else f"{kind} #{entry.entity_id}"
        return entry.summary

    def action_name(self, action: str) -> str:
        names = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "save": self.tr("Saved"),
            "mark_lost": self.tr("Lost / back"),
            "add_response": self.tr("Survey answer"),
            "add_interaction": self.tr("Contact logged"),
            "add_log_entry": self.tr("Log entry"),
            "accept": self.tr("Accepted"),
            "decide": self.tr("Decided"),
            "review": self.tr("Reviewed"),
            "open": self.tr("Opened"),
            "resolve": self.tr("Resolved"),
            "reopen": self.tr("Reopened"),
            "import": self.tr("Imported"),
            "erase": self.tr("Erased"),
            "merge": self.tr("Merged"),
            "mark_distinct": self.tr("Marked as different people"),
            "unmark_distinct": self.tr("Mark as different people taken back"),
            "bulk_edit": self.tr("Bulk edit"),
            "undo_bulk_edit": self.tr("Bulk edit undone"),
            "set_role": self.tr("Role changed"),
            "set_password": self.tr("Password set"),
            "activate": self.tr("Reactivated"),
            "deactivate": self.tr("Deactivated"),
            "enable_accounts": self.tr("Accounts turned on"),
            "disable_accounts": self.tr("Accounts turned off"),
        }
        return names.get(action, action)

    def entity_name(self, entity: str) -> str:
        names = {
            "customer": self.tr("Customer"),
            "project": self.tr("Project"),
            "complaint": self.tr("Complaint"),
            "decision": self.tr("Decision"),
            "staff": self.tr("Account"),
            "settings": self.tr("Settings"),
            "care_settings": self.tr("Care settings"),
            "customers": self.tr("Customers"),
            "projects": self.tr("Projects"),
            "responses": self.tr("Survey answers"),
        }
        return names.get(entity, entity)

    def _query(self, offset: int) -> list[AuditRow]:
        try:
            with translate_errors():
                return audit_rows(PAGE_SIZE, offset)
        except UserError as exc:
            log.warning("audit log: %s", exc)
            self.last_error = exc.message
            self.load_failed.emit(exc.message)
            return []

    def _reload(self) -> None:
        self._rows = []
        self.last_error = ""
        try:
            with translate_errors():
                self._total = audit_count()
        except UserError as exc:
            log.warning("audit log: %s", exc)
            self._total = 0
            self.last_error = exc.message
            self.load_failed.emit(exc.message)
            return
        if self._total:
            page = self._query(0)
            self._rows = page
            if len(page) < PAGE_SIZE:
                self._total = len(page)
