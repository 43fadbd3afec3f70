"""The bulk edit dialog: set the tier, designer or lost reason of every selected customer.

Each choice starts at "Leave as it is"; Apply runs the core's one-transaction edit and hands
the change (with what it overwrote, for Undo) to whoever listens to `applied`. A refusal
(a designer who left meanwhile, a locked database) shows under the choices, in one sentence.
The edit runs on the background thread (ui/background.py): 50 000 customers take about a
second, and the window stays responsive meanwhile. Build it and call `accept()` directly in
tests, then wait until `busy` is False; the window uses `open()`.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.bulk_edit import LEAVE, BulkChange, BulkEdit, bulk_edit_customers
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.models import LOST_REASONS, TIERS
from crm_desktop.project_service import StaffRow
from ui import labels
from ui.background import BackgroundRunner
from ui.context import AppContext
from ui.designer_choices import designer_choices
from ui.forms.inline_entries import error_label, show_text

log = logging.getLogger(__name__)


class BulkEditDialog(QDialog):
    """Tier, designer and lost reason for `customer_ids`, each "Leave as it is" to begin with."""

    # The BulkChange just applied (what it changed, and what it overwrote).
    applied = Signal(object)

    def __init__(self, context: AppContext, customer_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_ids = list(customer_ids)
        self.change: BulkChange | None = None
        self.busy = False
        self.runner = BackgroundRunner(self)
        self.setObjectName("bulkEditDialog")
        self.setModal(True)
        count = len(self.customer_ids)
        self.setWindowTitle(self.tr("Edit selected customers"))

        self.heading = QLabel(self.tr("1 customer is selected.") if count == 1 else
                              self.tr("{n} customers are selected.").format(n=QLocale().toString(count)),
                              self)
        self.heading.setObjectName("bulkEditCount")
        self.heading.setStyleSheet("font-weight: bold;")
        hint = QLabel(self.tr("Choose what to change. Whatever you leave as it is stays as each "
                              "customer has it; you can undo the change afterwards."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        self.error = error_label(self)
        self.error.setObjectName("bulkEditError")

        # Each combo's values, by index: LEAVE first, then what the core takes.
        self.tier_combo, self._tiers = self._combo("bulkEditTier", [
            (self.tr("Leave as it is"), LEAVE),
            *((labels.tier_name(tier), tier) for tier in TIERS)])
        self.designer_combo, self._designers = self._combo("bulkEditDesigner", [
            (self.tr("Leave as it is"), LEAVE), (self.tr("— none —"), None),
            *((member.name, member.id) for member in self._staff())])
        self.lost_combo, self._reasons = self._combo("bulkEditLost", [
            (self.tr("Leave as it is"), LEAVE), (self.tr("Not lost"), None),
            *((self.tr("Lost: {reason}").format(reason=labels.lost_reason_name(reason)), reason)
              for reason in LOST_REASONS)])
        self.lost_combo.setToolTip(self.tr(
            "Customers newly marked lost are lost from today; customers already lost keep the "
            "day they were lost. Not lost clears the reason and the day."))

        form = QFormLayout()
        for text, combo in ((self.tr("&Tier"), self.tier_combo),
                            (self.tr("&Designer"), self.designer_combo),
                            (self.tr("&Lost reason"), self.lost_combo)):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            combo.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Change 1 customer") if count == 1 else
                                  self.tr("&Change {n} customers").format(n=QLocale().toString(count)))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for combo in (self.tier_combo, self.designer_combo, self.lost_combo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())
        self.tier_combo.setFocus()

    # --- the edit --------------------------------------------------------------------------

    def edit(self) -> BulkEdit:
        """What the combos say."""
        return BulkEdit(tier=self._tiers[self.tier_combo.currentIndex()],
                        designer_id=self._designers[self.designer_combo.currentIndex()],
                        lost_reason=self._reasons[self.lost_combo.currentIndex()])

    def choose(self, tier: object = LEAVE, designer_id: object = LEAVE, lost_reason: object = LEAVE) -> None:
        """Set the combos to these values (tests; the values a BulkEdit takes)."""
        for combo, values, value in ((self.tier_combo, self._tiers, tier),
                                     (self.designer_combo, self._designers, designer_id),
                                     (self.lost_combo, self._reasons, lost_reason)):
            combo.setCurrentIndex(values.index(value))

    def accept(self) -> None:
        """Start the edit in the background; the dialog closes when it is written, or says why not."""
        if self.busy:
            return
        show_text(self.error, "")
        ids, edit, today = list(self.customer_ids), self.edit(), self._context.today()

        def work() -> BulkChange:
            with translate_errors():
                return bulk_edit_customers(ids, edit, today)

        self._set_busy(True)
        self.runner.run(work, self._applied, self._failed)

    def done(self, result: int) -> None:
        self.runner.wait()  # an edit under way is written (or refused) before the dialog goes
        super().done(result)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.apply_button, self.tier_combo, self.designer_combo, self.lost_combo):
            widget.setEnabled(not busy)
        if not busy:
            self._choice_changed()

    def _applied(self, change: BulkChange) -> None:
        self._set_busy(False)
        self.change = change
        # The list and the detail pane read again; then the section offers Undo.
        self._context.customers_changed.emit()
        self.applied.emit(change)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, UserError):
            text = error.message
        else:
            log.error("bulk edit failed", exc_info=error)
            text = self.tr("The change could not be made; nothing was changed. The details are in the log file.")
        show_text(self.error, text)
        # Room for the sentence, rather than squeezing the choices together.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # --- inside ----------------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, object]]) -> tuple[QComboBox, list[object]]:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, _value in items:
            combo.addItem(text)
        return combo, [value for _text, value in items]

    def _staff(self) -> list[StaffRow]:
        problem: list[str] = []
        staff = designer_choices(problem)
        if problem:
            show_text(self.error, problem[0])
        return staff

    def _choice_changed(self) -> None:
        # Nothing chosen, nothing to apply (the core would say so too).
        self.apply_button.setEnabled(not self.edit().is_empty())
