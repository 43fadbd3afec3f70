"""Care settings for the settings dialog: reminder lead time, check-in cadences, who gets
festival greetings, and the complaint deadline (SLA) table, category × severity.

`load()` shows the stored settings, `values()` gives what is typed, `save()` validates and
writes them (and tells the window that settings changed).
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.models import FEEDBACK_CATEGORIES, TIERS
from crm_desktop.segments import SEGMENT_ORDER
from crm_desktop.settings import (
    MAX_CADENCE_DAYS,
    MAX_LEAD_DAYS,
    MAX_SLA_DAYS,
    CareSettings,
    load_care_settings,
    save_care_settings,
    validate_care_settings,
)
from ui import care_labels, labels
from ui.context import AppContext
from ui.forms.inline_entries import error_label, show_text

log = logging.getLogger(__name__)

SEVERITY_COLUMNS = ("high", "medium", "low")


class CareSettingsWidget(QWidget):
    """The care settings as spin boxes and check boxes; nothing is written until `save()`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("careSettings")
        self.message = error_label(self)
        self.message.setObjectName("careSettingsMessage")

        self.lead_spin = self._spin(MAX_LEAD_DAYS, "careLeadDays")
        self.lead_spin.setSuffix(self.tr(" days"))
        self.lead_spin.setAccessibleName(self.tr("Lead time"))
        self.cadence_spins = {}
        for segment in SEGMENT_ORDER:
            spin = self._spin(MAX_CADENCE_DAYS, f"cadence_{segment.value}")
            spin.setSuffix(self.tr(" days"))
            spin.setSpecialValueText(self.tr("no check-ins"))
            spin.setAccessibleName(self.tr("Check-in cadence, {segment}").format(
                segment=labels.segment_name(segment)))
            self.cadence_spins[segment.value] = spin
        self.tier_boxes = {tier: QCheckBox(labels.tier_name(tier), self) for tier in TIERS}
        self.segment_boxes = {segment.value: QCheckBox(labels.segment_name(segment), self)
                              for segment in SEGMENT_ORDER}
        self.sla_spins: dict[tuple[str, str], QSpinBox] = {}
        for category in FEEDBACK_CATEGORIES:
            for severity in SEVERITY_COLUMNS:
                spin = self._spin(MAX_SLA_DAYS, f"sla_{category}_{severity}")
                spin.setAccessibleName(self.tr("Days to answer a {severity} {category} complaint").format(
                    severity=care_labels.severity_name(severity).lower(),
                    category=care_labels.category_name(category).lower()))
                self.sla_spins[(category, severity)] = spin

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        columns = QHBoxLayout()
        columns.addWidget(self._reminders_box(), 1)
        columns.addWidget(self._sla_box(), 1)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.load()

    # --- building --------------------------------------------------------------------------

    def _spin(self, maximum: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, maximum)
        spin.valueChanged.connect(lambda _v: show_text(self.message, ""))
        spin.setMaximumWidth(160)
        return spin

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"), self)
        form = QFormLayout(box)
        lead_label = QLabel(self.tr("Show &reminders ahead by"), box)
        lead_label.setBuddy(self.lead_spin)
        form.addRow(lead_label, self.lead_spin)
        hint = QLabel(self.tr("Check in with each segment every so many days after the last contact:"), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        for segment in SEGMENT_ORDER:
            form.addRow(labels.segment_name(segment), self.cadence_spins[segment.value])
        greet = QLabel(self.tr("Festival greetings go to these tiers and segments:"), box)
        greet.setWordWrap(True)
        form.addRow(greet)
        tiers = QHBoxLayout()
        for check in self.tier_boxes.values():
            tiers.addWidget(check)
        tiers.addStretch(1)
        form.addRow(tiers)
        grid = QGridLayout()
        for number, check in enumerate(self.segment_boxes.values()):
            grid.addWidget(check, number // 2, number % 2)
        form.addRow(grid)
        return box

    def _sla_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Days to answer a complaint"), self)
        grid = QGridLayout(box)
        for column, severity in enumerate(SEVERITY_COLUMNS, start=1):
            grid.addWidget(QLabel(f"<b>{care_labels.severity_name(severity)}</b>", box), 0, column)
        for row, category in enumerate(FEEDBACK_CATEGORIES, start=1):
            grid.addWidget(QLabel(care_labels.category_name(category), box), row, 0)
            for column, severity in enumerate(SEVERITY_COLUMNS, start=1):
                grid.addWidget(self.sla_spins[(category, severity)], row, column)
        note = QLabel(self.tr("Calendar days from the day a complaint is opened to its due date."), box)
        note.setWordWrap(True)
        note.setEnabled(False)
        grid.addWidget(note, len(FEEDBACK_CATEGORIES) + 1, 0, 1, len(SEVERITY_COLUMNS) + 2)
        # The numbers sit next to their names; the spare room goes right and below.
        grid.setColumnStretch(len(SEVERITY_COLUMNS) + 1, 1)
        grid.setRowStretch(len(FEEDBACK_CATEGORIES) + 2, 1)
        return box

    # --- public ----------------------------------------------------------------------------

    def load(self) -> None:
        """Show the settings stored in the database (defaults where none are)."""
        try:
            with translate_errors():
                care = load_care_settings()
        except UserError as exc:
            show_text(self.message, exc.message)
            care = CareSettings()
        self.show_settings(care)
        show_text(self.message, "")

    def show_settings(self, care: CareSettings) -> None:
        self.lead_spin.setValue(care.lead_days)
        for segment, spin in self.cadence_spins.items():
            spin.setValue(care.cadence(segment) or 0)
        for tier, check in self.tier_boxes.items():
            check.setChecked(tier in care.festival_tiers)
        for segment, check in self.segment_boxes.items():
            check.setChecked(segment in care.festival_segments)
        for (category, severity), spin in self.sla_spins.items():
            spin.setValue(care.sla(category, severity))

    def values(self) -> CareSettings:
        """The settings as shown (0 days of cadence: no check-ins for that segment)."""
        sla: dict[str, dict[str, int]] = {}
        for (category, severity), spin in self.sla_spins.items():
            sla.setdefault(category, {})[severity] = spin.value()
        return CareSettings(
            lead_days=self.lead_spin.value(),
            cadences={segment: spin.value() for segment, spin in self.cadence_spins.items() if spin.value()},
            festival_tiers=tuple(tier for tier, check in self.tier_boxes.items() if check.isChecked()),
            festival_segments=tuple(s for s, check in self.segment_boxes.items() if check.isChecked()),
            sla_days=sla,
        )

    def problems(self) -> list[str]:
        return validate_care_settings(self.values())

    def save(self) -> bool:
        """Write the settings; on a problem say so above the fields and write nothing."""
        care = self.values()
        try:
            with translate_errors():
                stored = load_care_settings()
                if care == stored:
                    return True
                save_care_settings(care)
        except UserError as exc:
            show_text(self.message, exc.message)
            return False
        self._context.reload_settings()
        return True
