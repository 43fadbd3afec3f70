"""The customer profile dialog (new or edit), with each field's problem shown under it."""
from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.customer_list import CustomerFilter, customer_rows
from crm_desktop.customer_service import (
    CustomerInput,
    customer_detail,
    next_customer_ref,
    save_customer,
    validate_customer,
)
from crm_desktop.db import translate_errors
from crm_desktop.errors import ConflictError, UserError, ValidationError
from crm_desktop.models import TIERS
from ui import labels
from ui.conflict_dialog import ConflictDialog, resolve_conflict
from ui.context import AppContext
from ui.designer_choices import fill_designers
from ui.forms.inline_entries import error_label, show_text

log = logging.getLogger(__name__)

TEXT_FIELDS = ("ref", "name", "phone", "email", "birthday", "referred_by")
ALL_FIELDS = (*TEXT_FIELDS, "tier", "designer_id")
COMPLETIONS = 12
RefRole = Qt.ItemDataRole.UserRole + 1


class CustomerDialog(QDialog):
    """New customer (`customer_id=None`) or edit one; saves with the record's version.

    Build it and call `accept()` (or `save()`) directly in tests; `exec()`/`open()` in the app.
    """

    # The id of the customer just saved.
    saved = Signal(int)

    def __init__(self, context: AppContext, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id = customer_id
        self.version: int | None = None
        self.saved_id: int | None = None
        # The dialog of the last conflict (yours vs theirs), while the user chooses.
        self.conflict_dialog: ConflictDialog | None = None
        self._touched: set[str] = set()
        self.setObjectName("customerDialog")
        self.setAccessibleName("customerDialog")
        self.setModal(True)

        self.banner = error_label(self)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"customerForm_{name}")
            self.fields[name] = edit
            self.errors[name] = error_label(self)
        self.fields["birthday"].setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.fields["phone"].setPlaceholderText(self.tr("optional"))
        self.fields["email"].setPlaceholderText(self.tr("optional"))
        self.fields["referred_by"].setPlaceholderText(
            self.tr("type a name, choose from the list"))
        self.lunar_check = QCheckBox(self.tr("Lunar calendar"), self)
        self.tier_combo = QComboBox(self)
        for tier in TIERS:
            self.tier_combo.addItem(labels.tier_name(tier), tier)
        self.errors["tier"] = error_label(self)
        self.designer_combo = QComboBox(self)
        self.designer_combo.setObjectName("customerForm_designer")
        self._fill_designers()
        self.errors["designer_id"] = error_label(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(
            self.tr("Preferences, family, what matters to them…"))
        self.notes_edit.setTabChangesFocus(True)
        self.referrer_hint = QLabel(self)
        self.referrer_hint.setStyleSheet("color: #666;")
        self.referrer_hint.hide()
        self._setup_completer()

        form = QFormLayout()
        captions = {
            "ref": self.tr("&Reference"), "name": self.tr("&Name"), "phone": self.tr("&Phone"),
            "email": self.tr("&E-mail"), "birthday": self.tr("&Birthday"),
            "referred_by": self.tr("Referred b&y"),
        }
        for name in TEXT_FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if name == "birthday":
                row = QHBoxLayout()
                row.addWidget(self.fields[name], 1)
                row.addWidget(self.lunar_check)
                cell.addLayout(row)
            else:
                cell.addWidget(self.fields[name])
            if name == "referred_by":
                cell.addWidget(self.referrer_hint)
            cell.addWidget(self.errors[name])
            caption = QLabel(captions[name], self)
            caption.setBuddy(self.fields[name])
            self.fields[name].setAccessibleName(caption.text().replace("&", ""))
            form.addRow(caption, cell)
        tier_cell = QVBoxLayout()
        tier_cell.setSpacing(2)
        tier_cell.addWidget(self.tier_combo)
        tier_cell.addWidget(self.errors["tier"])
        designer_cell = QVBoxLayout()
        designer_cell.setSpacing(2)
        designer_cell.addWidget(self.designer_combo)
        designer_cell.addWidget(self.errors["designer_id"])
        for text, widget, cell in ((self.tr("&Tier"), self.tier_combo, tier_cell),
                                   (self.tr("&Designer"), self.designer_combo, designer_cell),
                                   (self.tr("N&otes"), self.notes_edit, None)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, cell if cell is not None else widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self._initial = self._load()
        self._show_form(self._initial)
        for name, edit in self.fields.items():
            edit.textEdited.connect(lambda _text, n=name: self._field_edited(n))
            edit.editingFinished.connect(lambda n=name: self._field_left(n))
        self.tier_combo.currentIndexChanged.connect(lambda _i: self._field_edited("tier"))
        self.designer_combo.currentIndexChanged.connect(lambda _i: self._field_edited("designer_id"))
        self.fields["referred_by"].textEdited.connect(self._complete_referrer)
        self.setWindowTitle(self.tr("New customer") if customer_id is None
                            else self.tr("Edit customer — {name}").format(name=self._initial.name))
        self.resize(460, self.sizeHint().height())
        self.fields["name" if customer_id is None else "ref"].setFocus()

    # --- the form's value ------------------------------------------------------------------

    def form(self) -> CustomerInput:
        """The form as typed."""
        return CustomerInput(
            ref=self.fields["ref"].text(), name=self.fields["name"].text(),
            phone=self.fields["phone"].text(), email=self.fields["email"].text(),
            birthday=self.fields["birthday"].text(), birthday_lunar=self.lunar_check.isChecked(),
            referred_by=self.fields["referred_by"].text(),
            tier=self.tier_combo.currentData() or "C", notes=self.notes_edit.toPlainText(),
            designer_id=self.designer_combo.currentData(),
        )

    def set_form(self, form: CustomerInput) -> None:
        """Fill every field (tests, and loading); counts as the user's typing for validation."""
        self._show_form(form)
        self._touched.update(ALL_FIELDS)
        self.validate_now()

    def is_dirty(self) -> bool:
        return self.form() != self._initial

    # --- validation and saving -------------------------------------------------------------

    def validate_now(self) -> dict[str, str]:
        """Check the whole form; show the problems of the fields the user has been through."""
        try:
            with translate_errors():
                problems = validate_customer(self.form(), self.customer_id)
        except UserError as exc:
            show_text(self.banner, exc.message)
            return {"": exc.message}
        for name, label in self.errors.items():
            show_text(label, problems.get(name, "") if name in self._touched else "")
        return problems

    def save(self) -> bool:
        """Validate everything and write; on any problem say where, and write nothing."""
        self._touched.update(ALL_FIELDS)
        show_text(self.banner, "")
        problems = self.validate_now()
        if problems:
            first = next((n for n in ALL_FIELDS if n in problems), None)
            if first in self.fields:
                self.fields[first].setFocus()
            return False
        try:
            with translate_errors():
                saved_id = save_customer(self.form(), self.customer_id, self.version)
        except ConflictError as exc:
            show_text(self.banner, exc.message)
            return self._on_conflict(exc)
        except ValidationError as exc:
            # Someone saved a clashing reference between our check and our write.
            for name, text in exc.fields.items():
                if name in self.errors:
                    show_text(self.errors[name], text)
            show_text(self.banner, exc.message)
            return False
        except UserError as exc:
            show_text(self.banner, exc.message)
            return False
        self.saved_id = saved_id
        self._initial = self.form()
        # Lists refresh first, so whoever listens to `saved` finds the customer in them.
        self._context.customers_changed.emit()
        self.saved.emit(saved_id)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Esc, Cancel or the close box: ask first when something would be lost."""
        if not self.is_dirty():
            super().reject()
            return
        answer = self.ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    def open_conflict_dialog(self, dialog: ConflictDialog) -> None:
        """Show the conflict dialog without blocking (a method of its own so tests can replace it)."""
        dialog.open()

    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel — a method of its own so tests can answer it."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This customer has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    # --- inside ----------------------------------------------------------------------------

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Someone else saved this customer: let the user merge; True if saved after all."""
        if not isinstance(conflict.theirs, CustomerInput):
            return False
        self.conflict_dialog = resolve_conflict(
            self, conflict, self._initial, self.form(), self._conflict_labels(), self._conflict_text,
            self.tr("Someone else saved this customer while you were editing it."),
            open_dialog=self.open_conflict_dialog, rebase=self._rebase,
            save_again=self.accept)
        # Nothing they changed differs from what is typed here: save against their version.
        return self.save() if self.conflict_dialog is None else False

    def _rebase(self, form: CustomerInput, theirs: CustomerInput, version: int) -> None:
        """Show `form`, as an edit of the customer as stored now at `version`."""
        self.version = version
        self._initial = theirs
        self.set_form(form)
        show_text(self.banner, "")

    def _conflict_labels(self) -> dict[str, str]:
        return {
            "ref": self.tr("Reference"), "name": self.tr("Name"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "birthday": self.tr("Birthday"),
            "birthday_lunar": self.tr("Lunar calendar"), "referred_by": self.tr("Referred by"),
            "tier": self.tr("Tier"), "designer_id": self.tr("Designer"), "notes": self.tr("Notes"),
        }

    def _conflict_text(self, name: str, value: object) -> str:
        if name == "birthday_lunar":
            return self.tr("Lunar calendar") if value else self.tr("Gregorian calendar")
        if name == "tier" and str(value).strip().upper() in TIERS:
            return labels.tier_name(str(value).strip().upper())
        if name == "designer_id":
            index = self.designer_combo.findData(value) if value is not None else 0
            return self.designer_combo.itemText(index) if index >= 0 else self.tr("Former staff member")
        return "" if value is None else str(value)

    def _load(self) -> CustomerInput:
        if self.customer_id is None:
            return CustomerInput(ref=self._suggest_ref())
        try:
            with translate_errors():
                detail = customer_detail(self.customer_id, self._context.settings.profit_line_cents)
        except UserError as exc:
            show_text(self.banner, exc.message)
            self.save_button.setEnabled(False)
            return CustomerInput()
        self.version = detail.version
        if detail.referrer is not None:
            show_text(self.referrer_hint, detail.referrer.name)
        designer = detail.profile.designer_id
        if designer is not None and self.designer_combo.findData(designer) < 0:
            # Someone who has left stays their designer until it is changed here.
            self.designer_combo.addItem(self.tr("{name} (no longer active)").format(
                name=detail.designer or self.tr("Former staff member")), designer)
        return detail.profile

    def _show_form(self, form: CustomerInput) -> None:
        for name in TEXT_FIELDS:
            self.fields[name].setText(getattr(form, name))
        self.lunar_check.setChecked(form.birthday_lunar)
        self.tier_combo.setCurrentIndex(max(self.tier_combo.findData(form.tier.strip().upper()), 0))
        designer = self.designer_combo.findData(form.designer_id) if form.designer_id is not None else 0
        self.designer_combo.setCurrentIndex(max(designer, 0))
        self.notes_edit.setPlainText(form.notes)

    def _fill_designers(self) -> None:
        """Nobody, then the studio's active staff (a former designer is added by `_load`)."""
        fill_designers(self.designer_combo, self.tr("— none —"))

    def _suggest_ref(self) -> str:
        """The next free reference like C000123."""
        try:
            with translate_errors():
                return next_customer_ref()
        except UserError as exc:
            log.warning("suggesting a reference: %s", exc)
        return ""

    def _field_edited(self, name: str) -> None:
        self._touched.add(name)
        if name == "referred_by":
            show_text(self.referrer_hint, "")
        self.validate_now()

    def _field_left(self, name: str) -> None:
        self._touched.add(name)
        self.validate_now()

    def _setup_completer(self) -> None:
        self._referrer_model = QStandardItemModel(self)
        self.referrer_completer = QCompleter(self._referrer_model, self)
        self.referrer_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # The popup shows "name · ref"; choosing a line puts the ref in the field.
        self.referrer_completer.setCompletionRole(RefRole)
        self.referrer_completer.activated[QModelIndex].connect(self._referrer_chosen)
        self.fields["referred_by"].setCompleter(self.referrer_completer)

    def _complete_referrer(self, text: str) -> None:
        self._referrer_model.clear()
        if not text.strip():
            return
        try:
            with translate_errors():
                rows = customer_rows(CustomerFilter(search=text),
                                     self._context.settings.profit_line_cents, limit=COMPLETIONS)
        except UserError as exc:
            log.warning("referrer completion: %s", exc)
            return
        for row in rows:
            if row.id == self.customer_id:
                continue
            item = QStandardItem(f"{row.name} · {row.ref}")
            item.setData(row.ref, RefRole)
            item.setData(row.name, Qt.ItemDataRole.ToolTipRole)
            self._referrer_model.appendRow(item)
        if self._referrer_model.rowCount():
            self.referrer_completer.complete()

    def _referrer_chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        show_text(self.referrer_hint, str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        self._touched.add("referred_by")
        self.validate_now()
