"""A customer's privacy rights in the window: export everything held about them, or erase them.

`CustomerPrivacy` is owned by the Customers section. The file and message boxes are methods
of their own (`ask_export_path`, `inform`, `warn`) so tests can answer them; the erase
confirmation is a dialog opened window-modal without blocking, kept in `self.dialog`.
"""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.privacy import erase_customer
from ui.context import AppContext
from ui.forms.inline_entries import error_label, show_text

log = logging.getLogger(__name__)

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def export_file_name(ref: str) -> str:
    """The suggested file name: the reference, never the person's name (it may be shared)."""
    return f"customer-{_UNSAFE_IN_FILE_NAMES.sub('_', ref) or 'export'}.json"


class EraseCustomerDialog(QDialog):
    """The confirmation: who, what goes, what stays, and the backups; the reference must be
    typed before Erase can be pressed. Build it and call `accept()` directly in tests."""

    erased = Signal(int)

    def __init__(self, context: AppContext, customer_id: int, ref: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id = customer_id
        self.ref = ref
        self.setObjectName("eraseCustomerDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Erase customer — {name}").format(name=name))

        heading = QLabel(self.tr("Erase all personal data of {name} ({ref})?").format(name=name, ref=ref),
                         self)
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        self.removed_text = QLabel(self.tr(
            "Removed for good: the name, phone, e-mail, birthday and notes, and everything "
            "written about them — survey comments, contact summaries, complaint texts, project "
            "titles, project log texts and the decline-wizard answers on their jobs."), self)
        self.kept_text = QLabel(self.tr(
            "Kept, without a name: the reference, their projects' amounts, status and dates, "
            "survey scores, contact dates, complaint categories, tier, lost reason and referral "
            "links, so the segment grid, NPS and profit figures stay exactly as they are."), self)
        self.backup_text = QLabel(self.tr(
            "This cannot be undone. Automatic backups made before now still hold the old data "
            "until they rotate out; delete any exported files or copies you keep elsewhere "
            "yourself."), self)
        for label in (self.removed_text, self.kept_text, self.backup_text):
            label.setWordWrap(True)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("eraseConfirmRef")
        confirm_caption = QLabel(self.tr("Type the reference {ref} to confirm:").format(ref=ref), self)
        confirm_caption.setBuddy(self.confirm_edit)
        self.confirm_edit.setAccessibleName(confirm_caption.text())
        self.error = error_label(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setObjectName("eraseButton")
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Cancel, not Erase, is what Enter presses until the reference is typed.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.confirm_edit.textChanged.connect(self._confirm_changed)
        self._confirm_changed("")

        layout = QVBoxLayout(self)
        for widget in (heading, self.removed_text, self.kept_text, self.backup_text,
                       confirm_caption, self.confirm_edit, self.error, self.buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())
        self.confirm_edit.setFocus()

    def _confirm_changed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.ref)

    def erase(self) -> bool:
        """Erase, if the reference was typed; a refusal (owner-only, locked) is shown here."""
        if not self.erase_button.isEnabled():
            return False
        show_text(self.error, "")
        try:
            with translate_errors():
                erase_customer(self.customer_id, self._context.today())
        except UserError as exc:
            show_text(self.error, exc.message)
            return False
        self._context.customers_changed.emit()
        self.erased.emit(self.customer_id)
        return True

    def accept(self) -> None:
        if self.erase():
            super().accept()


class CustomerPrivacy(QObject):
    """Export and erase for the customer the section shows."""

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._context = context
        self._parent = parent_widget
        self.dialog: EraseCustomerDialog | None = None

    # --- export ----------------------------------------------------------------------------

    def export_customer(self, customer_id: int, ref: str) -> str | None:
        """Ask where, write the JSON file, say so; returns the path written (None if not)."""
        # Imported here: the export (and the transfer package under it) is rarely used, and the
        # Customers section that holds this is built at start-up.
        from crm_desktop.privacy_export import write_customer_export

        path = self.ask_export_path(export_file_name(ref))
        if not path:
            return None
        try:
            with translate_errors():
                write_customer_export(customer_id, path, self._context.today())
        except UserError as exc:
            self.warn(self.tr("Export customer data"), exc.message)
            return None
        self.inform(self.tr("Export customer data"), self.tr(
            "Everything held about {ref} is in {path}. It holds personal data: hand it to the "
            "customer securely and don't keep copies you don't need.").format(ref=ref, path=path))
        return path

    def ask_export_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export customer data"), suggested, self.tr("JSON files (*.json)"))
        return path

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    # --- erase -----------------------------------------------------------------------------

    def erase_customer(self, customer_id: int, ref: str, name: str) -> EraseCustomerDialog:
        """Open the confirmation (window-modal, not blocking); it erases when accepted."""
        dialog = EraseCustomerDialog(self._context, customer_id, ref, name, self._parent)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: EraseCustomerDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
