"""The project form: a new inquiry or an existing job, with inline messages per field."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import access, fields
from crm_desktop.customer_service import customer_choices
from crm_desktop.errors import ConflictError, UserError, ValidationError
from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.models import PROJECT_STATUSES
from crm_desktop.money import display_amount
from crm_desktop.project_service import (
    ProjectInput,
    project_input,
    save_project,
    suggest_project_ref,
)
from ui import labels
from ui.conflict_dialog import ConflictDialog, resolve_conflict
from ui.context import AppContext
from ui.designer_choices import fill_designers

ERROR_STYLE = "color: #a33a00;"
BADGE_STYLE = ("QLabel { border: 1px solid #6a4a00; border-radius: 4px; padding: 4px 8px;"
               " background: #fcefd2; color: #202020; }")
# The customer field looks customers up after a short pause in typing, not on every key.
LOOKUP_DELAY_MS = 150
RefRole = Qt.ItemDataRole.UserRole + 1

MONEY_FIELDS = ("revenue", "cost")
TEXT_FIELDS = ("ref", "customer_ref", "title", "kind", "revenue", "cost", "hours", "started", "finished")


class ProjectDialog(QDialog):
    """Create an inquiry (project_id None) or edit a project; saves through `save_project`."""

    saved = Signal(int)

    def __init__(self, context: AppContext, project_id: int | None = None,
                 parent: QWidget | None = None, *, customer_ref: str = "") -> None:
        super().__init__(parent)
        self._context = context
        self._project_id = project_id
        self._version: int | None = None
        # The dialog of the last conflict (yours vs theirs), while the user chooses.
        self.conflict_dialog: ConflictDialog | None = None
        if project_id is None:
            initial = ProjectInput(ref=suggest_project_ref(), customer_ref=customer_ref)
        else:
            initial, self._version = project_input(project_id)
        self._initial = initial
        self.setObjectName("projectForm")
        self.setAccessibleName(self.tr("Project form"))
        self.setWindowTitle(self.tr("New project") if project_id is None
                            else self.tr("Edit project {ref}").format(ref=initial.ref))
        self._build()
        self._set_form(initial)
        self.editors["ref" if project_id is None else "title"].setFocus()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        # A staff login neither sees nor sets money: the core keeps the stored amounts.
        self.money_shown = access.can_see_money()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        self.editors: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.errors: dict[str, QLabel] = {}
        placeholders = {
            "customer_ref": self.tr("Customer reference or name"),
            "revenue": "0", "cost": "0", "hours": "0",
            "started": self.tr("YYYY-MM-DD"), "finished": self.tr("YYYY-MM-DD"),
        }
        for name, editor in self.editors.items():
            editor.setObjectName(f"project_{name}")
            editor.setPlaceholderText(placeholders.get(name, ""))
            editor.textChanged.connect(lambda _text, n=name: self._field_edited(n))

        self.status = QComboBox()
        self.status.setObjectName("project_status")
        for code in PROJECT_STATUSES:
            self.status.addItem(labels.status_name(code), code)
        self.status.currentIndexChanged.connect(lambda _i: self._field_edited("status"))

        self.designer = QComboBox()
        self.designer.setObjectName("project_designer")
        fill_designers(self.designer, self.tr("(nobody)"))

        self.customer_name = QLabel()
        self.customer_name.setObjectName("customerName")
        self._customer_matches = QStandardItemModel(self)
        completer = QCompleter(self._customer_matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(RefRole)
        self.editors["customer_ref"].setCompleter(completer)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up_customers)
        self.editors["customer_ref"].textEdited.connect(lambda _t: self._lookup_timer.start())

        self.low_value_badge = QLabel()
        self.low_value_badge.setObjectName("lowValueBadge")
        self.low_value_badge.setWordWrap(True)
        self.low_value_badge.setStyleSheet(BADGE_STYLE)
        self.low_value_badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.low_value_badge.hide()

        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("ref", self.tr("&Reference"), self.editors["ref"]),
            ("customer_ref", self.tr("&Customer"), self.editors["customer_ref"]),
            ("title", self.tr("&Title"), self.editors["title"]),
            ("kind", self.tr("&Kind of job"), self.editors["kind"]),
            ("status", self.tr("&Status"), self.status),
            ("revenue", self.tr("&Fee / revenue ({currency})").format(currency=self._context.settings.currency),
             self.editors["revenue"]),
            ("cost", self.tr("C&ost ({currency})").format(currency=self._context.settings.currency),
             self.editors["cost"]),
            ("hours", self.tr("&Hours"), self.editors["hours"]),
            ("started", self.tr("St&arted"), self.editors["started"]),
            ("finished", self.tr("F&inished"), self.editors["finished"]),
            ("designer_id", self.tr("&Designer"), self.designer),
        ]
        for name, title, widget in rows:
            if name in MONEY_FIELDS and not self.money_shown:
                widget.setParent(self)
                widget.hide()
                continue
            label = QLabel(title)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            form.addRow(label, self._with_error(name, widget))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.low_value_badge)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its inline message under it (hidden while there is nothing to say)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if name == "customer_ref":
            column.addWidget(self.customer_name)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self.errors[name] = error
        return box

    # -- values -----------------------------------------------------------------------------

    def _set_form(self, form: ProjectInput) -> None:
        for name, editor in self.editors.items():
            editor.setText(getattr(form, name))
        self._limit_statuses(form.status)
        self.status.setCurrentIndex(max(0, self.status.findData(form.status)))
        index = self.designer.findData(form.designer_id)
        if index < 0 and form.designer_id is not None:
            # A designer who has left still shows on their old projects.
            self.designer.addItem(self.tr("Former staff member"), form.designer_id)
            index = self.designer.count() - 1
        self.designer.setCurrentIndex(max(0, index))
        self._show_customer_name()
        self._update_badge()
        for error in self.errors.values():
            error.hide()

    def _limit_statuses(self, stored: str) -> None:
        """A new job can only be an inquiry, and an inquiry becomes active only through Accept job."""
        model = self.status.model()
        assert isinstance(model, QStandardItemModel)
        for row, code in enumerate(PROJECT_STATUSES):
            item = model.item(row)
            allowed = code == "inquiry" if self._project_id is None else not (
                stored == "inquiry" and code == "active")
            item.setEnabled(allowed)
            item.setToolTip("" if allowed else self.tr("Use Accept job to make an inquiry active."))

    def form(self) -> ProjectInput:
        """The form as typed."""
        values = {name: editor.text() for name, editor in self.editors.items()}
        return ProjectInput(**values, status=self.status.currentData(), designer_id=self.designer.currentData())

    def is_dirty(self) -> bool:
        return self.form() != self._initial

    @property
    def project_id(self) -> int | None:
        return self._project_id

    # -- live feedback ----------------------------------------------------------------------

    def _field_edited(self, name: str) -> None:
        error = self.errors.get(name)
        if error is not None:
            error.hide()
        if name in ("revenue", "cost", "hours", "status"):
            self._update_badge()
        if name == "customer_ref":
            self._show_customer_name()

    def _update_badge(self) -> None:
        """Show whether this inquiry falls below the studio's job lines, as the estimate changes."""
        if self.status.currentData() != "inquiry" or not self.money_shown:
            self.low_value_badge.hide()
            return
        try:
            fee = fields.amount(self.editors["revenue"].text())
            cost = fields.amount(self.editors["cost"].text())
        except ValueError:
            self.low_value_badge.hide()
            return
        settings = self._context.settings
        estimate = JobEstimate(fee, cost)
        verdict = low_value(estimate, settings.job_min_profit_cents, settings.job_min_margin_percent)
        if not verdict.low_value:
            self.low_value_badge.hide()
            return
        reasons = []
        if verdict.below_profit_line:
            reasons.append(self.tr("estimated profit {profit} is below {line} {currency}").format(
                profit=display_amount(estimate.profit_cents),
                line=display_amount(settings.job_min_profit_cents), currency=settings.currency))
        if verdict.below_margin_line:
            margin = estimate.margin
            reasons.append(
                self.tr("margin {margin} % is below {line} %").format(
                    margin=f"{margin * 100:.0f}", line=f"{settings.job_min_margin_percent:g}")
                if margin is not None else self.tr("there is no fee, so no margin"))
        self.low_value_badge.setText(self.tr("Low value: {reasons}.").format(
            reasons=self.tr("; ").join(reasons)))
        self.low_value_badge.show()

    def _look_up_customers(self) -> None:
        text = self.editors["customer_ref"].text()
        self._customer_matches.clear()
        for ref, name in customer_choices(text):
            item = QStandardItem(f"{ref} · {name}")
            item.setData(ref, RefRole)
            self._customer_matches.appendRow(item)
        completer = self.editors["customer_ref"].completer()
        if self._customer_matches.rowCount() and self.editors["customer_ref"].hasFocus():
            completer.complete()

    def _show_customer_name(self) -> None:
        ref = self.editors["customer_ref"].text().strip()
        names = [name for match, name in customer_choices(ref, limit=5) if match == ref] if ref else []
        self.customer_name.setText(names[0] if names else "")
        self.customer_name.setVisible(bool(names))

    # -- saving and closing -----------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save; on a problem show it beside its field and stay open."""
        self.message.hide()
        for error in self.errors.values():
            error.hide()
        form = self.form()
        try:
            saved_id = save_project(form, self._project_id, self._version)
        except ValidationError as exc:
            self._show_problems(exc)
            return False
        except ConflictError as exc:
            # Someone else saved first; nothing was overwritten. Let the user merge.
            self._show_message(exc.message)
            return self._on_conflict(exc)
        except UserError as exc:
            self._show_message(exc.message)
            return False
        self._project_id = saved_id
        self._initial = replace(form)
        self._context.projects_changed.emit()
        self._context.customers_changed.emit()
        self.saved.emit(saved_id)
        self.accept()
        return True

    def open_conflict_dialog(self, dialog: ConflictDialog) -> None:
        """Show the conflict dialog without blocking (a method of its own so tests can replace it)."""
        dialog.open()

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Someone else saved this project: let the user merge; True if saved after all."""
        if not isinstance(conflict.theirs, ProjectInput):
            return False
        self.conflict_dialog = resolve_conflict(
            self, conflict, self._initial, self.form(), self._conflict_labels(), self._conflict_text,
            self.tr("Someone else saved this project while you were editing it."),
            open_dialog=self.open_conflict_dialog, rebase=self._rebase,
            save_again=self.save)
        # Nothing they changed differs from what is typed here: save against their version.
        return self.save() if self.conflict_dialog is None else False

    def _rebase(self, form: ProjectInput, theirs: ProjectInput, version: int) -> None:
        """Show `form`, as an edit of the project as stored now at `version`."""
        self._version = version
        self._initial = theirs
        self._set_form(form)
        self._limit_statuses(theirs.status)
        self.message.hide()

    def _conflict_labels(self) -> dict[str, str]:
        return {
            "ref": self.tr("Reference"), "customer_ref": self.tr("Customer"), "title": self.tr("Title"),
            "kind": self.tr("Kind of job"), "status": self.tr("Status"),
            "revenue": self.tr("Fee / revenue"), "cost": self.tr("Cost"), "hours": self.tr("Hours"),
            "started": self.tr("Started"), "finished": self.tr("Finished"),
            "designer_id": self.tr("Designer"),
        }

    def _conflict_text(self, name: str, value: object) -> str:
        if name == "status" and value in PROJECT_STATUSES:
            return labels.status_name(str(value))
        if name == "designer_id":
            index = self.designer.findData(value)
            return self.designer.itemText(index) if index >= 0 else self.tr("Former staff member")
        return "" if value is None else str(value)

    def _show_problems(self, exc: ValidationError) -> None:
        first: QWidget | None = None
        unplaced = []
        for name, text in exc.fields.items():
            error = self.errors.get(name)
            if error is None:
                unplaced.append(text)
                continue
            error.setText(text)
            error.show()
            if first is None:
                first = self.status if name == "status" else self.editors.get(name, self.designer)
        if unplaced or not exc.fields:
            self._show_message(" ".join(unplaced) or exc.message)
        if first is not None:
            first.setFocus()
        # Word-wrapped messages need the height for their width; the layout alone does not grow.
        self.adjustSize()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def confirm_discard(self) -> bool:
        """Ask whether to throw away unsaved changes (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Discard your changes to this project?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc, Cancel and the close button all come here: ask before losing typed changes."""
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()
