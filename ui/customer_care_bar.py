"""A line on the customer detail: lifecycle state, open / overdue complaints, a new complaint,
and marking the customer lost with a reason (or bringing them back)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.complaints import complaint_counts
from crm_desktop.customer_list import customer_lifecycle
from crm_desktop.customer_service import mark_lost
from crm_desktop.db import translate_errors
from crm_desktop.errors import ConflictError, UserError
from crm_desktop.models import LOST_REASONS
from ui import care_labels, labels
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.forms.complaint_form import ComplaintDialog

log = logging.getLogger(__name__)

OVERDUE_STYLE = "color: #8c1d18; font-weight: bold;"


class CustomerCareBar(QWidget):
    """Shows and changes the relationship's state for the customer the detail pane shows."""

    # Something about the customer was written (lost / back, a complaint): everyone reads again.
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id: int | None = None
        self.customer_ref = ""
        # The customer's version as shown: marking lost refuses to overwrite a later change.
        self.version: int | None = None
        self.dialog: ComplaintDialog | None = None
        self.setObjectName("customerCareBar")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("lifecycleState")
        self.complaints_label = QLabel(self)
        self.complaints_label.setObjectName("complaintMarker")
        self.new_complaint_button = QPushButton(self.tr("New complaint…"), self)
        self.new_complaint_button.clicked.connect(self.new_complaint)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("lostReason")
        self.reason_combo.setAccessibleName(self.tr("Reason the customer was lost"))
        for reason in LOST_REASONS:
            self.reason_combo.addItem(labels.lost_reason_name(reason), reason)
        self.lost_button = QPushButton(self.tr("Mark lost"), self)
        self.lost_button.setObjectName("markLost")
        self.lost_button.clicked.connect(self.mark_lost)
        self.back_button = QPushButton(self.tr("Bring back"), self)
        self.back_button.setObjectName("bringBack")
        self.back_button.setToolTip(self.tr("They are a customer again: clear the lost reason."))
        self.back_button.clicked.connect(self.bring_back)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.complaints_label)
        layout.addWidget(self.new_complaint_button)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.reason_combo)
        layout.addWidget(self.lost_button)
        layout.addWidget(self.back_button)

    def show_customer(self, customer_id: int, ref: str, lost_reason: str | None,
                      version: int | None = None) -> None:
        self.customer_id, self.customer_ref, self.version = customer_id, ref, version
        self.error.hide()
        today = self._context.today()
        try:
            with translate_errors():
                state = customer_lifecycle(customer_id, today)
                open_count, overdue = complaint_counts(today, customer_id)
        except UserError as exc:
            log.warning("customer care line: %s", exc)
            state, open_count, overdue = None, 0, 0
        self.state_label.setText(self.tr("Lifecycle: {state}").format(
            state=care_labels.lifecycle_name(state)) if state else "")
        if overdue:
            text = (self.tr("{mark} 1 overdue complaint ({m} open)") if overdue == 1
                    else self.tr("{mark} {n} overdue complaints ({m} open)"))
            self.complaints_label.setText(text.format(mark=care_labels.OVERDUE_MARK, n=overdue, m=open_count))
            self.complaints_label.setStyleSheet(OVERDUE_STYLE)
        elif open_count:
            text = self.tr("1 open complaint") if open_count == 1 else self.tr("{n} open complaints")
            self.complaints_label.setText(text.format(n=open_count))
            self.complaints_label.setStyleSheet("")
        else:
            self.complaints_label.setText(self.tr("No open complaints"))
            self.complaints_label.setStyleSheet("")
        lost = lost_reason is not None
        self.reason_combo.setVisible(not lost)
        self.lost_button.setVisible(not lost)
        self.back_button.setVisible(lost)
        if lost:
            self.reason_combo.setCurrentIndex(max(self.reason_combo.findData(lost_reason), 0))

    def mark_lost(self) -> None:
        self._write(self.reason_combo.currentData())

    def bring_back(self) -> None:
        self._write(None)

    def new_complaint(self) -> ComplaintDialog:
        # Imported on first use: the form (and the project service under it) is not needed to
        # show a customer, and this bar is built with the Customers section at start-up.
        from ui.forms.complaint_form import ComplaintDialog

        dialog = ComplaintDialog(self._context, self, customer_ref=self.customer_ref)
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self.changed.emit())
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _write(self, reason: str | None) -> None:
        if self.customer_id is None:
            return
        try:
            with translate_errors():
                mark_lost(self.customer_id, reason, self._context.today(), expected_version=self.version)
        except ConflictError as exc:
            # Show what someone else saved (everyone reads again), and say why nothing changed.
            self.changed.emit()
            self.error.setText(exc.message)
            self.error.show()
            return
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.changed.emit()

    def _dialog_closed(self, dialog: ComplaintDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
