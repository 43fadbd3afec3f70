"""Opening a complaint (a dialog; the due date follows from the SLA table as you choose) and
resolving one (a panel under the complaints list)."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import fields
from crm_desktop.complaints import (
    ComplaintInput,
    ComplaintRow,
    ResolutionInput,
    customer_by_ref,
    customer_choices,
    customer_projects,
    due_date,
    open_complaint,
    resolve_complaint,
)
from crm_desktop.db import translate_errors
from crm_desktop.errors import ConflictError, UserError, ValidationError
from crm_desktop.models import FEEDBACK_CATEGORIES
from crm_desktop.project_service import staff_rows
from crm_desktop.settings import CareSettings, load_care_settings
from ui import care_labels
from ui.conflict_dialog import ConflictDialog, resolve_conflict
from ui.context import AppContext
from ui.forms.inline_entries import error_label, problem_text, show_text

log = logging.getLogger(__name__)

LOOKUP_DELAY_MS = 200
MUTED = "color: #555;"


class ComplaintDialog(QDialog):
    """A new complaint: who, what kind, how bad, since when, whose job; Save writes it."""

    saved = Signal(int)  # the new complaint's id

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 customer_ref: str = "") -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("complaintDialog")
        self.setWindowTitle(self.tr("New complaint"))
        try:
            with translate_errors():
                self.care = load_care_settings()
        except UserError as exc:
            log.warning("care settings: %s", exc)
            self.care = CareSettings()
        self._build()
        self.customer_edit.setText(customer_ref)
        self.opened_edit.setText(context.today().isoformat())
        self._customer_changed()
        self._update_due()

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setObjectName("complaintCustomer")
        self.customer_edit.setPlaceholderText(self.tr("Customer reference or name"))
        self.customer_name = QLabel(self)
        self.customer_name.setStyleSheet(MUTED)
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.customer_edit.setCompleter(completer)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self._look_up)
        self.customer_edit.textEdited.connect(lambda _t: self._lookup.start())
        self.customer_edit.textChanged.connect(lambda _t: self._customer_changed())

        self.project_combo = QComboBox(self)
        self.category_combo = QComboBox(self)
        for category in FEEDBACK_CATEGORIES:
            self.category_combo.addItem(care_labels.category_name(category), category)
        self.severity_combo = QComboBox(self)
        for severity in ("high", "medium", "low"):
            self.severity_combo.addItem(care_labels.severity_name(severity), severity)
        self.severity_combo.setCurrentIndex(1)
        self.opened_edit = QLineEdit(self)
        self.opened_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.opened_edit.setMaximumWidth(120)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("complaintDue")
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("—"), None)
        try:
            with translate_errors():
                for member in staff_rows():
                    self.owner_combo.addItem(member.name, member.id)
        except UserError as exc:
            log.warning("staff list: %s", exc)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("complaintSummary")
        self.summary_edit.setPlaceholderText(self.tr("What is wrong, in the customer's words"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(90)
        for combo in (self.category_combo, self.severity_combo):
            combo.currentIndexChanged.connect(self._update_due)
        self.opened_edit.textChanged.connect(lambda _t: self._update_due())

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (
            ("customer", self.tr("&Customer"), self.customer_edit),
            ("project", self.tr("&Project"), self.project_combo),
            ("category", self.tr("C&ategory"), self.category_combo),
            ("severity", self.tr("&Severity"), self.severity_combo),
            ("opened", self.tr("&Opened"), self.opened_edit),
            ("owner", self.tr("O&wner"), self.owner_combo),
            ("summary", self.tr("Co&mplaint"), self.summary_edit),
        )
        for name, title, widget in rows:
            label = QLabel(title, self)
            label.setBuddy(widget)
            widget.setAccessibleName(title.replace("&", ""))
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if name == "customer":
                column.addWidget(self.customer_name)
            if name == "opened":
                column.addWidget(self.due_label)
            self.errors[name] = error_label(box)
            column.addWidget(self.errors[name])
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    # --- behaviour -------------------------------------------------------------------------

    def form(self) -> ComplaintInput:
        return ComplaintInput(
            customer_ref=self.customer_edit.text().strip(),
            category=self.category_combo.currentData(),
            severity=self.severity_combo.currentData(),
            opened=self.opened_edit.text(),
            summary=self.summary_edit.toPlainText(),
            owner_id=self.owner_combo.currentData(),
            project_id=self.project_combo.currentData(),
        )

    def save(self) -> bool:
        """Write the complaint and close; otherwise say under each field what is wrong."""
        for label in self.errors.values():
            show_text(label, "")
        try:
            with translate_errors():
                complaint_id = open_complaint(self.form(), self.care)
        except ValidationError as exc:
            for name, text in exc.fields.items():
                show_text(self.errors.get(name, self.errors["summary"]), text)
            if not exc.fields:
                show_text(self.errors["summary"], problem_text(exc, {}))
            return False
        except UserError as exc:
            show_text(self.errors["summary"], exc.message)
            return False
        self.saved.emit(complaint_id)
        self.accept()
        return True

    def _update_due(self) -> None:
        try:
            opened = fields.required_date(self.opened_edit.text())
        except ValueError:
            self.due_label.setText(self.tr("Due: type the day it was opened"))
            return
        category = self.category_combo.currentData()
        severity = self.severity_combo.currentData()
        days = self.care.sla(category, severity)
        due = due_date(opened, category, severity, self.care)
        text = self.tr("Due {date}: {days} days for {category}, {severity}") if days != 1 else self.tr(
            "Due {date}: 1 day for {category}, {severity}")
        self.due_label.setText(text.format(
            date=due.isoformat(), days=days, category=care_labels.category_name(category),
            severity=care_labels.severity_name(severity).lower()))

    def _look_up(self) -> None:
        self._matches.clear()
        try:
            with translate_errors():
                found = customer_choices(self.customer_edit.text())
        except UserError as exc:
            log.warning("customer lookup: %s", exc)
            found = []
        for _cid, ref, name in found:
            item = QStandardItem(f"{ref} {name}")
            item.setData(ref, Qt.ItemDataRole.EditRole)
            item.setData(f"{ref} · {name}", Qt.ItemDataRole.DisplayRole)
            self._matches.appendRow(item)
        completer = self.customer_edit.completer()
        if self._matches.rowCount() and self.customer_edit.hasFocus():
            completer.complete()

    def _customer_changed(self) -> None:
        ref = self.customer_edit.text().strip()
        found = None
        if ref:
            try:
                with translate_errors():
                    found = customer_by_ref(ref)
                    projects = customer_projects(found[0]) if found else []
            except UserError as exc:
                log.warning("customer lookup: %s", exc)
                found, projects = None, []
        self.customer_name.setText(found[1] if found else "")
        self.project_combo.clear()
        self.project_combo.addItem(self.tr("— no particular project —"), None)
        if found:
            for pid, pref, title in projects:
                self.project_combo.addItem(f"{pref} · {title}", pid)


class ResolvePanel(QWidget):
    """Under the complaints list: how the selected complaint was resolved, Enter to save."""

    resolved = Signal(int)  # the complaint's id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.complaint: ComplaintRow | None = None
        # The complaint's version and stored resolution when it was chosen: resolving checks it.
        self.version: int | None = None
        self._opened = ResolutionInput()
        # The dialog of the last conflict (yours vs theirs), while the user chooses.
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("resolvePanel")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.resolution_edit = QLineEdit(self)
        self.resolution_edit.setObjectName("resolution")
        self.resolution_edit.setPlaceholderText(self.tr("What was done about it"))
        self.satisfaction_edit = QLineEdit(self)
        self.satisfaction_edit.setObjectName("satisfaction")
        self.satisfaction_edit.setPlaceholderText(self.tr("0–10"))
        self.satisfaction_edit.setMaximumWidth(60)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_edit.setMaximumWidth(110)
        self.save_button = QPushButton(self.tr("Resolve"), self)
        self.save_button.clicked.connect(self.save)
        self.error = error_label(self)
        self.resolution_edit.setAccessibleName(self.tr("Resolution"))
        self.satisfaction_edit.setAccessibleName(self.tr("Satisfaction afterwards"))
        self.date_edit.setAccessibleName(self.tr("Resolved on"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0, 1, 4)
        layout.addWidget(QLabel(self.tr("Resolution"), self), 1, 0)
        layout.addWidget(QLabel(self.tr("Satisfaction (0–10, optional)"), self), 1, 1)
        layout.addWidget(QLabel(self.tr("Resolved on"), self), 1, 2)
        layout.addWidget(self.resolution_edit, 2, 0)
        layout.addWidget(self.satisfaction_edit, 2, 1)
        layout.addWidget(self.date_edit, 2, 2)
        layout.addWidget(self.save_button, 2, 3)
        layout.addWidget(self.error, 3, 0, 1, 4)
        layout.setColumnStretch(0, 1)
        for edit in (self.resolution_edit, self.satisfaction_edit, self.date_edit):
            edit.returnPressed.connect(self.save)
        self.set_complaint(None)

    def set_complaint(self, row: ComplaintRow | None) -> None:
        self.complaint = row
        self.version = row.version if row is not None else None
        self._opened = ResolutionInput() if row is None else ResolutionInput(
            row.resolution, "" if row.satisfaction is None else str(row.satisfaction),
            row.resolved_on.isoformat() if row.resolved_on else "")
        show_text(self.error, "")
        open_one = row is not None and row.status == "open"
        for widget in (self.resolution_edit, self.satisfaction_edit, self.date_edit, self.save_button):
            widget.setEnabled(open_one)
        if row is None:
            self.title.setText(self.tr("Choose a complaint to resolve it."))
        elif row.status != "open":
            self.title.setText(self.tr("Resolved on {date}.").format(
                date=row.resolved_on.isoformat() if row.resolved_on else ""))
        else:
            self.title.setText(self.tr("Resolve: {customer} — {summary}").format(
                customer=row.customer_name, summary=" ".join(row.summary.split())))
        if open_one:
            self.resolution_edit.clear()
            self.satisfaction_edit.clear()
            self.date_edit.setText(self._context.today().isoformat())

    def start(self) -> None:
        if self.complaint is not None and self.complaint.status == "open":
            self.resolution_edit.setFocus()

    def form(self) -> ResolutionInput:
        """The resolution as typed."""
        return ResolutionInput(self.resolution_edit.text(), self.satisfaction_edit.text(),
                               self.date_edit.text())

    def save(self) -> bool:
        if self.complaint is None or self.complaint.status != "open":
            return False
        form = self.form()
        try:
            with translate_errors():
                resolve_complaint(self.complaint.id, form.resolution, form.satisfaction,
                                  form.resolved_on, expected_version=self.version)
        except ConflictError as exc:
            show_text(self.error, exc.message)
            return self._on_conflict(exc)
        except ValidationError as exc:
            show_text(self.error, problem_text(exc, {
                "resolution": self.tr("Resolution"), "satisfaction": self.tr("Satisfaction"),
                "resolved_on": self.tr("Resolved on")}))
            return False
        except UserError as exc:
            show_text(self.error, exc.message)
            return False
        self.resolved.emit(self.complaint.id)
        return True

    def open_conflict_dialog(self, dialog: ConflictDialog) -> None:
        """Show the conflict dialog without blocking (a method of its own so tests can replace it)."""
        dialog.open()

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Someone else changed this complaint: let the user merge; True if saved after all."""
        if not isinstance(conflict.theirs, ResolutionInput):
            return False
        names = {"resolution": self.tr("Resolution"), "satisfaction": self.tr("Satisfaction"),
                 "resolved_on": self.tr("Resolved on")}
        self.conflict_dialog = resolve_conflict(
            self, conflict, self._opened, self.form(), names, lambda _name, value: str(value),
            self.tr("Someone else changed this complaint while you were resolving it."),
            open_dialog=self.open_conflict_dialog, rebase=self._rebase,
            save_again=self.save)
        # Nothing they changed differs from what is typed here: save against their version.
        return self.save() if self.conflict_dialog is None else False

    def _rebase(self, form: ResolutionInput, theirs: ResolutionInput, version: int) -> None:
        """Show `form`, as a resolution of the complaint as stored now at `version`."""
        self.version = version
        self._opened = theirs
        self.resolution_edit.setText(form.resolution)
        self.satisfaction_edit.setText(form.satisfaction)
        self.date_edit.setText(form.resolved_on)
        show_text(self.error, "")
