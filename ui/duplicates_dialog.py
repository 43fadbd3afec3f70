"""Duplicate customers (owners): the likely pairs, found in the background, and merging them.

The finder reads every customer (a second or two on a large studio), so it runs on the
background thread with its own database connection while the dialog says it is looking. A
merge removes every pair that named the dropped customer and shows the kept one as it is now.
The window keeps one such dialog: opening it again brings it forward (and searches afresh
once it had been closed). "Not the same person" marks a pair as different people
(crm_desktop.distinct_pairs), so it is not offered again; Undo takes the last mark back.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db import translate_errors
from crm_desktop.distinct_pairs import mark_distinct, unmark_distinct
from crm_desktop.duplicate_list import DuplicateRow, duplicate_rows, person
from crm_desktop.errors import UserError
from crm_desktop.merge import MergeResult
from crm_desktop.models import database_proxy
from ui.background import BackgroundRunner
from ui.context import AppContext
from ui.forms.inline_entries import ERROR_STYLE
from ui.merge_dialog import MergeDialog
from ui.models.duplicate_model import DuplicateColumn, DuplicateTableModel

log = logging.getLogger(__name__)

SIZE_SAMPLE = 100
# Room between a column's longest text and the next column.
COLUMN_PADDING = 12


def find_rows(include_distinct: bool = False) -> list[DuplicateRow]:
    """The finder, as the background thread runs it: on that thread's own connection, closed after."""
    with database_proxy.connection_context(), translate_errors():
        return duplicate_rows(include_distinct=include_distinct)


class DuplicatesDialog(QDialog):
    """Non-modal: the owner can keep it open beside the window while merging pair after pair."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.setModal(False)
        self.searching = False
        self.status = QLabel(self)
        self.status.setObjectName("duplicatesStatus")
        self.status.setWordWrap(True)
        self.model = DuplicateTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("duplicatesTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Column widths from the first rows and those in view: measuring all of thousands of pairs
        # (a large studio has ~9 000, mostly equal common names) took a third of a second.
        self.view.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE)
        header = self.view.horizontalHeader()
        # The names share what the phones, the reason and the score leave (a long name is elided,
        # its tooltip whole): the reason and the score never leave the view.
        for column in DuplicateColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (DuplicateColumn.NAME_A, DuplicateColumn.NAME_B):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Enter reaches the dialog's default button (Merge…); a double-click opens the same.
        self.view.doubleClicked.connect(lambda _index: self.merge_selected())
        self.view.setAccessibleName(self.tr("Likely duplicate customers"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.merge_button = buttons.addButton(self.tr("&Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setObjectName("duplicatesMergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button = buttons.addButton(self.tr("&Not the same person"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.distinct_button.setObjectName("duplicatesDistinctButton")
        self.distinct_button.setAutoDefault(False)
        self.distinct_button.setToolTip(self.tr("They are different people: do not offer this pair again"))
        self.distinct_button.clicked.connect(self.mark_selected_distinct)
        self.undo_button = buttons.addButton(self.tr("&Undo"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName("duplicatesUndoDistinctButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_distinct)
        self.undo_button.hide()
        # The last pair marked as different people, and the row it stood on.
        self.last_marked: tuple[int, DuplicateRow] | None = None
        self.search_button = buttons.addButton(self.tr("&Search again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.search_button.setObjectName("duplicatesSearchButton")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.show_marked = QCheckBox(self.tr("Show pairs marked as &different people"), self)
        self.show_marked.setObjectName("duplicatesShowMarked")
        self.show_marked.toggled.connect(lambda _on: self.search())

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_marked)
        layout.addWidget(buttons)
        self.resize(920, 520)
        self.runner = BackgroundRunner(self)
        self.search()

    # --- finding --------------------------------------------------------------------------------

    def search(self) -> None:
        """Look for duplicates again, in the background."""
        if self.searching:
            return
        self.searching = True
        self.last_marked = None  # the list is read afresh: nothing to put back
        self.status.setText(self.tr("Looking for duplicates…"))
        self.status.setStyleSheet("")
        self.view.setEnabled(False)
        self.search_button.setEnabled(False)
        self._update_buttons()
        include = self.show_marked.isChecked()
        self.runner.run(lambda: find_rows(include), self._found, self._failed)

    def _found(self, rows: list[DuplicateRow]) -> None:
        self.searching = False
        self.model.set_rows(rows)
        self.view.setEnabled(True)
        self.search_button.setEnabled(True)
        self._size_columns()
        self._show_count()
        if rows:
            self._select(0)
            self.view.setFocus()
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.searching = False
        self.search_button.setEnabled(True)
        self.view.setEnabled(True)
        if isinstance(error, UserError):
            log.warning("duplicate search failed: %s", error.message)
            text = error.message
        else:
            log.error("duplicate search failed", exc_info=error)
            text = self.tr("The search for duplicates failed; the log file has the details.")
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE)
        self._update_buttons()

    def _show_count(self, merged: str = "") -> None:
        count = self.model.rowCount()
        if count == 0:
            text = self.tr("No likely duplicates: no two customers share a phone number or an "
                           "e-mail address, and no two names are nearly the same.")
        elif count == 1:
            text = self.tr("1 pair of records may be the same customer. Merge it, or mark it "
                           "“Not the same person” if they are different people.")
        else:
            text = self.tr("{n} pairs of records may be the same customer, the likeliest first. "
                           "Choose a pair and merge it, or mark it “Not the same person” if they "
                           "are different people.").format(n=f"{count:,}")
        self.status.setText(f"{merged} {text}" if merged else text)
        self.status.setStyleSheet("")

    def _size_columns(self) -> None:
        for column in (DuplicateColumn.PHONE_A, DuplicateColumn.PHONE_B, DuplicateColumn.REASON,
                       DuplicateColumn.SCORE):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, self.view.columnWidth(column) + COLUMN_PADDING)

    # --- merging --------------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        chosen = not self.searching and row is not None
        self.merge_button.setEnabled(chosen)
        self.distinct_button.setEnabled(chosen)
        pair = self.model.row_at(row) if row is not None else None
        self.distinct_button.setText(self.tr("Take back the &mark") if pair is not None and pair.distinct
                                     else self.tr("&Not the same person"))
        self.undo_button.setVisible(self.last_marked is not None and not self.searching)

    # --- different people ---------------------------------------------------------------------

    def mark_selected_distinct(self) -> None:
        """The chosen pair are different people: record it and take the pair off the list.

        While marked pairs are shown, the pair stays, greyed; on a marked pair the same button
        takes the mark back.
        """
        row = self.selected_row()
        pair = self.model.row_at(row) if row is not None and not self.searching else None
        if row is None or pair is None:
            return
        if pair.distinct:
            if self._try(lambda: unmark_distinct(pair.a.id, pair.b.id)):
                self.model.set_distinct(row, False)
                self._show_count(self.tr("{a} and {b} may be the same person again.").format(
                    a=pair.a.ref, b=pair.b.ref))
                self._update_buttons()
            return
        if not self._try(lambda: mark_distinct(pair.a.id, pair.b.id)):
            return
        if self.show_marked.isChecked():
            self.model.set_distinct(row, True)
            self._show_count(self.tr("{a} and {b} are marked as different people.").format(
                a=pair.a.ref, b=pair.b.ref))
            self._update_buttons()
            return
        self.model.take_row(row)
        self.last_marked = (row, pair)
        self._show_count(self.tr("{a} and {b} are marked as different people.").format(
            a=pair.a.ref, b=pair.b.ref))
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def undo_distinct(self) -> None:
        """Take the last mark back: the pair is offered again, where it was."""
        if self.last_marked is None:
            return
        row, pair = self.last_marked
        if not self._try(lambda: unmark_distinct(pair.a.id, pair.b.id)):
            return
        self.last_marked = None
        self.model.put_row(row, pair)
        self._select(min(row, self.model.rowCount() - 1))
        self._show_count(self.tr("{a} and {b} may be the same person again.").format(a=pair.a.ref, b=pair.b.ref))
        self._update_buttons()

    def _try(self, write: Callable[[], None]) -> bool:
        """Run a small write; a refusal (staff login, a customer gone, a lock) shows in the status line."""
        try:
            with translate_errors():
                write()
        except UserError as exc:
            self.status.setText(exc.message)
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        return True

    def merge_selected(self) -> MergeDialog | None:
        """Open the merge of the chosen pair; its first record (the older reference) stays unless swapped."""
        row = self.selected_row()
        pair = self.model.row_at(row) if row is not None and not self.searching else None
        if pair is None:
            return None
        dialog = MergeDialog(self.context, pair.a.id, pair.b.id, self)
        # One per merge: gone once closed, so a long session of merging leaves none behind.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda keep_id, drop_id: self._merged(dialog.result, keep_id, drop_id))
        dialog.open()
        return dialog

    def _merged(self, result: MergeResult | None, keep_id: int, drop_id: int) -> None:
        row = self.selected_row() or 0
        self.last_marked = None  # rows have moved: the last mark can no longer go back in its place
        self.model.remove_customer(drop_id)
        try:
            with translate_errors():
                kept = person(keep_id)
        except UserError as exc:  # the merge is written; only the refreshed name is missing
            log.warning("duplicates: %s", exc.message)
            kept = None
        if kept is not None:
            self.model.update_person(kept)
        done = (self.tr("Merged {drop} into {keep}.").format(drop=result.drop_ref, keep=result.keep_ref)
                if result is not None else "")
        self._show_count(done)
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))
        self._update_buttons()


def show_duplicates(context: AppContext, parent: QWidget) -> DuplicatesDialog:
    """The window's one duplicates dialog, brought forward; searched afresh if it had been closed."""
    dialog = parent.findChild(DuplicatesDialog)
    if dialog is None:
        dialog = DuplicatesDialog(context, parent)
    elif not dialog.isVisible():
        dialog.search()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
