"""Care settings for the settings dialog: reminder lead time, check-in cadences, who gets
festival greetings, and the complaint deadline (SLA) table, category × severity.

`load()` shows the stored settings, `values()` gives what is typed, `save()` validates and
writes them (and tells the window that settings changed). A save refuses to overwrite care
settings another owner saved since `load()`: ConflictError reaches the settings dialog, which
lets the user merge cell by cell (`cells`, `cell_labels`, `rebase`).
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractButton,
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
from crm_desktop.errors import ConflictError, UserError
from crm_desktop.models import FEEDBACK_CATEGORIES, TIERS
from crm_desktop.segments import SEGMENT_ORDER
from crm_desktop.settings import (
    MAX_CADENCE_DAYS,
    MAX_LEAD_DAYS,
    MAX_SLA_DAYS,
    CareSettings,
    care_settings_with_version,
    save_care_settings,
    validate_care_settings,
)
from ui import care_labels, labels
from ui.context import AppContext
from ui.forms.inline_entries import error_label, show_text

log = logging.getLogger(__name__)

SEVERITY_COLUMNS = ("high", "medium", "low")


def cells(care: CareSettings) -> dict[str, int | bool]:
    """The settings as the widget's cells: one value per spin box and check box, by name."""
    found: dict[str, int | bool] = {"lead_days": care.lead_days}
    for segment in SEGMENT_ORDER:
        found[f"cadence:{segment.value}"] = care.cadence(segment.value) or 0
    for tier in TIERS:
        found[f"tier:{tier}"] = tier in care.festival_tiers
    for segment in SEGMENT_ORDER:
        found[f"segment:{segment.value}"] = segment.value in care.festival_segments
    for category in FEEDBACK_CATEGORIES:
        for severity in SEVERITY_COLUMNS:
            found[f"sla:{category}:{severity}"] = care.sla(category, severity)
    return found


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

        self._cell_widgets: dict[str, QSpinBox | QAbstractButton] = {"lead_days": self.lead_spin}
        self._cell_widgets.update({f"cadence:{s}": spin for s, spin in self.cadence_spins.items()})
        self._cell_widgets.update({f"tier:{t}": box for t, box in self.tier_boxes.items()})
        self._cell_widgets.update({f"segment:{s}": box for s, box in self.segment_boxes.items()})
        self._cell_widgets.update({f"sla:{c}:{v}": spin for (c, v), spin in self.sla_spins.items()})
        # What load() showed, and its version: save() writes only a change, and only over that.
        self.loaded = CareSettings()
        self.version: int | None = None

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
                care, self.version = care_settings_with_version()
        except UserError as exc:
            show_text(self.message, exc.message)
            care, self.version = CareSettings(), None
        self.loaded = care
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

    def is_changed(self) -> bool:
        return cells(self.values()) != cells(self.loaded)

    def save(self) -> bool:
        """Write the settings if they were changed; on a problem say so above the fields and
        write nothing. ConflictError (another owner saved since `load()`) is the caller's."""
        if not self.is_changed():
            return True
        care = self.values()
        try:
            with translate_errors():
                self.version = save_care_settings(care, self.version)
        except ConflictError:
            raise
        except UserError as exc:
            show_text(self.message, exc.message)
            return False
        self.loaded = care
        self._context.reload_settings()
        return True

    # --- merging after a conflict ----------------------------------------------------------

    def rebase(self, shown: dict[str, int | bool], theirs: CareSettings, version: int) -> None:
        """Show the cells `shown`, as an edit of the settings stored now at `version`."""
        for name, value in shown.items():
            widget = self._cell_widgets[name]
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setChecked(bool(value))
        self.loaded, self.version = theirs, version
        show_text(self.message, "")

    def cell_labels(self) -> dict[str, str]:
        """Each cell's name for a person, in the order the widget shows them."""
        names = {"lead_days": self.lead_spin.accessibleName()}
        for segment in SEGMENT_ORDER:
            names[f"cadence:{segment.value}"] = self.cadence_spins[segment.value].accessibleName()
        for tier in TIERS:
            names[f"tier:{tier}"] = self.tr("Festival greetings: {who}").format(who=labels.tier_name(tier))
        for segment in SEGMENT_ORDER:
            names[f"segment:{segment.value}"] = self.tr("Festival greetings: {who}").format(
                who=labels.segment_name(segment))
        for (category, severity), spin in self.sla_spins.items():
            names[f"sla:{category}:{severity}"] = spin.accessibleName()
        return names

    def cell_text(self, name: str, value: object) -> str:
        """A cell's value for a person."""
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if name.startswith("cadence:") and not value:
            return self.tr("no check-ins")
        if value == 1:
            return self.tr("1 day")
        return self.tr("{n} days").format(n=value)
