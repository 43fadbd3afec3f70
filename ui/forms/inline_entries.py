"""Small in-place forms on the customer detail: a survey answer and a logged contact.

Each is one row of fields, saved with Enter; a problem shows as red text under the row.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from crm_desktop import access
from crm_desktop.customer_service import add_interaction, add_response
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.models import INTERACTION_KINDS
from crm_desktop.project_service import staff_rows
from ui import labels
from ui.context import AppContext

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, wrapping label that is hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    """Set the text of a label that is hidden while it has nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


def problem_text(error: ValidationError, field_names: dict[str, str]) -> str:
    """Each field's problem, with the field named in the user's language."""
    if not error.fields:
        return error.message
    return "\n".join(f"{field_names.get(name, name)}: {text}" for name, text in error.fields.items())


class _Entry(QWidget):
    """What both entries share: the customer they write to, the date field, the error line."""

    saved = Signal(int)  # the customer id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id: int | None = None
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(QCoreApplication.translate("InlineEntry", "YYYY-MM-DD"))
        self.date_edit.setMaximumWidth(110)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.error = error_label(self)
        self.setEnabled(False)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.date_edit.setText(self._context.today().isoformat())
        show_text(self.error, "")
        self.setEnabled(customer_id is not None)

    def save(self) -> bool:
        """Write the entry; on a problem, say so under the row and write nothing."""
        if self.customer_id is None:
            return False
        try:
            with translate_errors():
                self._write(self.customer_id)
        except ValidationError as exc:
            show_text(self.error, problem_text(exc, self._field_names()))
            return False
        except UserError as exc:
            show_text(self.error, exc.message)
            return False
        show_text(self.error, "")
        self._clear_after_save()
        self.saved.emit(self.customer_id)
        return True

    def _write(self, customer_id: int) -> None:
        raise NotImplementedError

    def _field_names(self) -> dict[str, str]:
        raise NotImplementedError

    def _clear_after_save(self) -> None:
        raise NotImplementedError


class ResponseEntry(_Entry):
    """Date, score 0–10, comment: one survey answer."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("responseEntry")
        self.score_edit = QLineEdit(self)
        self.score_edit.setObjectName("responseScore")
        self.score_edit.setAccessibleName(self.tr("Score"))
        self.score_edit.setPlaceholderText(self.tr("0–10"))
        self.score_edit.setMaximumWidth(60)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setPlaceholderText(self.tr("What did they say? (optional)"))
        self.date_edit.setAccessibleName(self.tr("Answer date"))
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.save_button.setText(self.tr("Add answer"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Date"), self), 0, 0)
        layout.addWidget(QLabel(self.tr("Score"), self), 0, 1)
        layout.addWidget(QLabel(self.tr("Comment"), self), 0, 2)
        layout.addWidget(self.date_edit, 1, 0)
        layout.addWidget(self.score_edit, 1, 1)
        layout.addWidget(self.comment_edit, 1, 2)
        layout.addWidget(self.save_button, 1, 3)
        layout.addWidget(self.error, 2, 0, 1, 4)
        layout.setColumnStretch(2, 1)
        for edit in (self.date_edit, self.score_edit, self.comment_edit):
            edit.returnPressed.connect(self.save)

    def start(self) -> None:
        """Ready for typing: the score field focused, the date already today."""
        self.score_edit.setFocus()
        self.score_edit.selectAll()

    def _write(self, customer_id: int) -> None:
        add_response(customer_id, self.date_edit.text(), self.score_edit.text(),
                     self.comment_edit.text())

    def _field_names(self) -> dict[str, str]:
        return {"date": self.tr("Date"), "score": self.tr("Score")}

    def _clear_after_save(self) -> None:
        self.score_edit.clear()
        self.comment_edit.clear()


class ContactEntry(_Entry):
    """Date, kind of contact, who, what was said: one interaction."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("contactEntry")
        self.kind_combo = QComboBox(self)
        for kind in INTERACTION_KINDS:
            self.kind_combo.addItem(labels.interaction_kind_name(kind), kind)
        self.staff_combo = QComboBox(self)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setPlaceholderText(self.tr("What was it about?"))
        self.date_edit.setAccessibleName(self.tr("Contact date"))
        self.kind_combo.setAccessibleName(self.tr("Kind of contact"))
        self.staff_combo.setAccessibleName(self.tr("Staff member"))
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.save_button.setText(self.tr("Log contact"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Date"), self), 0, 0)
        layout.addWidget(QLabel(self.tr("Kind"), self), 0, 1)
        layout.addWidget(QLabel(self.tr("By"), self), 0, 2)
        layout.addWidget(self.date_edit, 1, 0)
        layout.addWidget(self.kind_combo, 1, 1)
        layout.addWidget(self.staff_combo, 1, 2)
        layout.addWidget(QLabel(self.tr("Summary"), self), 2, 0, 1, 3)
        layout.addWidget(self.summary_edit, 3, 0, 1, 3)
        layout.addWidget(self.save_button, 3, 3)
        layout.addWidget(self.error, 4, 0, 1, 4)
        layout.setColumnStretch(2, 1)
        for edit in (self.date_edit, self.summary_edit):
            edit.returnPressed.connect(self.save)
        self.reload_staff()

    def reload_staff(self) -> None:
        # With staff accounts on, the person logged in is who made the contact, unless they
        # choose someone else.
        first = self.staff_combo.count() == 0
        chosen = self.staff_combo.currentData()
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("—"), None)
        try:
            with translate_errors():
                staff = staff_rows()
                if first:
                    chosen = access.current().staff_id
        except UserError as exc:
            log.warning("staff list: %s", exc)
            staff = []
        for member in staff:
            self.staff_combo.addItem(member.name, member.id)
        self.staff_combo.setCurrentIndex(max(self.staff_combo.findData(chosen), 0))

    def start(self) -> None:
        self.summary_edit.setFocus()

    def _write(self, customer_id: int) -> None:
        add_interaction(customer_id, self.date_edit.text(), self.kind_combo.currentData(),
                        self.summary_edit.text(), self.staff_combo.currentData())

    def _field_names(self) -> dict[str, str]:
        return {"date": self.tr("Date"), "kind": self.tr("Kind")}

    def _clear_after_save(self) -> None:
        self.summary_edit.clear()
