"""The complaints page of the Care section: the list (overdue ones marked and bold), new
complaint, and resolving the selected one in the panel underneath."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.complaints import ComplaintRow, Which
from ui import care_labels
from ui.context import AppContext
from ui.forms.complaint_form import ComplaintDialog, ResolvePanel
from ui.models.complaint_model import Column, ComplaintTableModel

# Widest likely cell of each fixed column, measured in bold (overdue rows are bold).
COLUMN_SAMPLES = {
    Column.DUE: "2026-12-31", Column.STATUS: f"{care_labels.OVERDUE_MARK} Overdue 999 days",
    Column.CUSTOMER: "Hannah Anderson (C000000)", Column.CATEGORY: "Construction quality",
    Column.SEVERITY: "Medium", Column.OWNER: "Emily Zhang", Column.OPENED: "2026-12-31",
    Column.OUTCOME: "Replastered the wall (satisfaction 10/10)",
}


class ComplaintsPage(QWidget):
    """Open complaints first (the longest overdue on top); Enter resolves the selected one."""

    # A complaint was opened or resolved (the reminders and the customer list read again).
    complaints_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.dialog: ComplaintDialog | None = None
        self.setObjectName("complaintsPage")
        self.model = ComplaintTableModel(context, self)

        self.which_combo = QComboBox(self)
        self.which_combo.setObjectName("complaintFilter")
        self.which_combo.setAccessibleName(self.tr("Which complaints"))
        for which, text in ((Which.OPEN, self.tr("Open")), (Which.OVERDUE, self.tr("Overdue")),
                            (Which.RESOLVED, self.tr("Resolved")), (Which.ALL, self.tr("All"))):
            self.which_combo.addItem(text, which.value)
        self.which_combo.currentIndexChanged.connect(
            lambda _i: self._set_which(Which(self.which_combo.currentData())))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("complaintCount")
        self.new_button = QPushButton(self.tr("&New complaint…"), self)
        self.new_button.setObjectName("newComplaint")
        self.new_button.clicked.connect(lambda: self.new_complaint())

        self.table = QTableView(self)
        self.table.setObjectName("complaintList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, sample in COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             header.fontMetrics().horizontalAdvance(title)) + 24)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.start_resolving)
        self.table.doubleClicked.connect(lambda _i: self.start_resolving())

        self.resolve_panel = ResolvePanel(context, self)
        self.resolve_panel.resolved.connect(self._resolved)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.resolve_panel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.table.setFocus)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.which_combo)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.resolve_panel)
        self.model.modelReset.connect(self._update_count)
        self.table.setColumnHidden(Column.OUTCOME, True)

    # --- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the complaint being resolved selected."""
        keep = self.resolve_panel.complaint.id if self.resolve_panel.complaint else None
        self.model.refresh()
        if keep is None or not self.select_complaint(keep):
            self._select_row(0)

    def select_complaint(self, complaint_id: int) -> bool:
        row = self.model.row_of_id(complaint_id)
        if row is None and self.model.which is not Which.ALL:
            self.which_combo.setCurrentIndex(self.which_combo.findData(Which.ALL.value))
            row = self.model.row_of_id(complaint_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def start_resolving(self) -> None:
        """Enter on a complaint: into the resolution field."""
        self.resolve_panel.start()

    def new_complaint(self, customer_ref: str = "") -> ComplaintDialog:
        """Open the new-complaint dialog (window-modal, not blocking; `self.dialog` while open)."""
        dialog = ComplaintDialog(self._context, self, customer_ref=customer_ref)
        self.dialog = dialog
        dialog.saved.connect(self._opened)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    # --- inside ----------------------------------------------------------------------------

    def _set_which(self, which: Which) -> None:
        self.model.set_which(which)
        # Open complaints have no resolution yet: its column would only take the summary's room.
        self.table.setColumnHidden(Column.OUTCOME, which in (Which.OPEN, Which.OVERDUE))
        self._select_row(0)

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.resolve_panel.set_complaint(None)
            return
        index = self.model.index(row, Column.DUE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.resolve_panel.set_complaint(self.model.row_at(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: ComplaintRow | None = self.model.row_at(current.row()) if current.isValid() else None
        self.resolve_panel.set_complaint(row)

    def _resolved(self, complaint_id: int) -> None:
        row = self.model.row_of_id(complaint_id) or 0
        self.model.refresh()
        self._select_row(min(row, self.model.rowCount() - 1))
        self.table.setFocus()
        self.complaints_changed.emit()

    def _opened(self, complaint_id: int) -> None:
        self.model.refresh()
        self.select_complaint(complaint_id)
        self.complaints_changed.emit()

    def _dialog_closed(self, dialog: ComplaintDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        overdue = self.model.overdue_count()
        text = self.tr("{n} complaints").format(n=total) if total != 1 else self.tr("1 complaint")
        if overdue:
            text += " · " + self.tr("{mark} {n} overdue").format(mark=care_labels.OVERDUE_MARK, n=overdue)
        self.count_label.setText(text)
