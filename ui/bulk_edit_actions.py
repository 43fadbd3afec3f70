"""Bulk edit in the Customers section: its two actions, the dialog, and a notice with Undo.

`BulkEditor` is owned by the section. `edit_action` opens the dialog on the selected
customers (two or more); `undo_action` undoes the last bulk edit, on the customers nobody has
changed since. After either, `notice` — a bar under the list — says what happened, with an
Undo button while there is something to undo.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from crm_desktop.bulk_edit import BulkChange, UndoResult, undo_bulk_edit
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from ui.background import BackgroundRunner
from ui.bulk_edit_dialog import BulkEditDialog
from ui.context import AppContext
from ui.forms.inline_entries import ERROR_STYLE

log = logging.getLogger(__name__)

NOTICE_STYLE = "#bulkEditNotice { background: #e8f0fa; border: 1px solid #b9cde6; border-radius: 3px; }"


class BulkEditNotice(QFrame):
    """What the last bulk edit (or its undo) did, in a bar under the list, with Undo."""

    def __init__(self, undo_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEditNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.message = QLabel(self)
        self.message.setObjectName("bulkEditMessage")
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("bulkEditUndoButton")
        self.undo_button.clicked.connect(undo_action.trigger)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()

    def say(self, text: str, can_undo: bool, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.undo_button.setVisible(can_undo)
        self.show()


class BulkEditor(QObject):
    """The bulk edit actions of the customer list (`selected` gives the selected customers)."""

    def __init__(self, context: AppContext, selected: Callable[[], list[int]], parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._selected = selected
        self._parent = parent
        self.dialog: BulkEditDialog | None = None
        # The last bulk edit, while it can be undone.
        self.last_change: BulkChange | None = None
        self.busy = False  # an undo is being written
        self.runner = BackgroundRunner(self)

        self.edit_action = QAction(self.tr("E&dit selected customers…"), parent)
        self.edit_action.setObjectName("bulkEditAction")
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_action.setToolTip(self.tr(
            "Set the tier, designer or lost reason of every selected customer (Ctrl+Shift+E)"))
        self.edit_action.triggered.connect(self.open_dialog)
        self.undo_action = QAction(self.tr("Undo &bulk edit"), parent)
        self.undo_action.setObjectName("undoBulkEditAction")
        # Text fields keep their own Ctrl+Z: Qt gives it to the field that has the focus.
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        for action in (self.edit_action, self.undo_action):
            parent.addAction(action)
        self.notice = BulkEditNotice(self.undo_action, parent)
        self.selection_changed(0)
        self.undo_action.setEnabled(False)

    def selection_changed(self, count: int) -> None:
        """`count` rows are selected now: a bulk edit needs two or more."""
        self.edit_action.setEnabled(count >= 2)

    def open_dialog(self) -> None:
        """The dialog on the selected customers; window-modal and non-blocking (`self.dialog`)."""
        ids = self._selected()
        if len(ids) < 2 or self.dialog is not None:
            return
        dialog = BulkEditDialog(self._context, ids, self._parent)
        self.dialog = dialog
        dialog.applied.connect(self._applied)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def undo(self) -> None:
        """Undo the last bulk edit, in the background, where nobody has changed the customer since."""
        change = self.last_change
        if change is None or self.busy:
            return

        def work() -> UndoResult:
            with translate_errors():
                return undo_bulk_edit(change)

        self.busy = True
        self.undo_action.setEnabled(False)
        self.runner.run(work, self._undone, self._undo_failed)

    def wait(self) -> None:
        """Let an undo under way finish (the window calls this before closing)."""
        self.runner.wait()

    def _undone(self, result: UndoResult) -> None:
        self.busy = False
        self.last_change = None
        self._context.customers_changed.emit()
        self.notice.say(self._undone_text(result), can_undo=False)

    def _undo_failed(self, error: Exception) -> None:
        # Nothing was undone (a locked database, say): Undo stays on offer.
        self.busy = False
        self.undo_action.setEnabled(True)
        if isinstance(error, UserError):
            text = error.message
        else:
            log.error("undoing a bulk edit failed", exc_info=error)
            text = self.tr("The bulk edit could not be undone. The details are in the log file.")
        self.notice.say(text, can_undo=True, error=True)

    # --- inside ----------------------------------------------------------------------------

    def _applied(self, change: BulkChange) -> None:
        # A new edit replaces the last one; one that changed nothing leaves nothing to undo.
        self.last_change = change if change.changed else None
        self.undo_action.setEnabled(self.last_change is not None)
        self.notice.say(self._applied_text(change), can_undo=self.last_change is not None)

    def _dialog_closed(self, dialog: BulkEditDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _count(self, n: int) -> str:
        return QLocale().toString(n)

    def _applied_text(self, change: BulkChange) -> str:
        n = change.changed
        parts = [self.tr("Nothing changed.") if n == 0 else self.tr("Changed 1 customer.") if n == 1
                 else self.tr("Changed {n} customers.").format(n=self._count(n))]
        if change.unchanged:
            parts.append(self.tr("1 already had these values.") if change.unchanged == 1 else
                         self.tr("{n} already had these values.").format(n=self._count(change.unchanged)))
        if change.erased:
            parts.append(self.tr("1 erased customer was left as it is.") if change.erased == 1 else
                         self.tr("{n} erased customers were left as they are.").format(
                             n=self._count(change.erased)))
        if change.missing:
            parts.append(self.tr("1 no longer exists.") if change.missing == 1 else
                         self.tr("{n} no longer exist.").format(n=self._count(change.missing)))
        return " ".join(parts)

    def _undone_text(self, result: UndoResult) -> str:
        n = result.restored
        parts = [self.tr("Nothing was undone.") if n == 0 else
                 self.tr("Undid the bulk edit: 1 customer is back as it was.") if n == 1 else
                 self.tr("Undid the bulk edit: {n} customers are back as they were.").format(
                     n=self._count(n))]
        if result.left_alone:
            parts.append(
                self.tr("1 customer was changed since and was left as it is.") if result.left_alone == 1
                else self.tr("{n} customers were changed since and were left as they are.").format(
                    n=self._count(result.left_alone)))
        return " ".join(parts)
