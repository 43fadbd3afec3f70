"""The studio's settings: name, currency, profit line, job lines and interface language."""
from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import UserError
from crm_desktop.i18n import _
from crm_desktop.money import format_amount, parse_amount
from crm_desktop.settings import StudioSettings, save_settings, validate_settings
from ui.care_settings import CareSettingsWidget
from ui.context import AppContext

ERROR_STYLE = "color: #a33a00;"
# Quieter than the field's own text, but dark enough to read (a disabled label is too pale).
HINT_STYLE = "color: #505050;"
FIELD_NAMES = tuple(field.name for field in dataclass_fields(StudioSettings))


class SettingsDialog(QDialog):
    """Edits the settings the whole office shares; Save writes them, Esc leaves them as they were."""

    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("settingsDialog")
        self.setAccessibleName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._build()
        self._show(context.settings)

    def _build(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        self.studio_name = QLineEdit()
        self.currency = QLineEdit()
        self.currency.setMaxLength(8)
        self.profit_line = QLineEdit()
        self.job_min_profit = QLineEdit()
        self.job_min_margin = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        # Each language is named in itself, so a person can find their own whatever is showing.
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.editors: dict[str, QWidget] = {
            "studio_name": self.studio_name,
            "currency": self.currency,
            "profit_line_cents": self.profit_line,
            "job_min_profit_cents": self.job_min_profit,
            "job_min_margin_percent": self.job_min_margin,
            "language": self.language,
        }
        self.errors: dict[str, QLabel] = {}
        hints = {
            "profit_line_cents": self.tr("Customers whose accepted jobs earned at least this much are profitable (+)."),
            "job_min_profit_cents": self.tr("An inquiry estimated to earn less is a low-value job."),
            "job_min_margin_percent": self.tr("An inquiry with a lower estimated margin is a low-value job."),
        }
        currency = self.context.settings.currency
        titles = {
            "studio_name": self.tr("Studio &name"),
            "currency": self.tr("&Currency"),
            "profit_line_cents": self.tr("&Profit line ({currency})").format(currency=currency),
            "job_min_profit_cents": self.tr("Job minimum p&rofit ({currency})").format(currency=currency),
            "job_min_margin_percent": self.tr("Job minimum &margin (%)"),
            "language": self.tr("&Language"),
        }
        form = QFormLayout()
        for name, widget in self.editors.items():
            widget.setObjectName(f"settings_{name}")
            label = QLabel(titles[name])
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, n=name: self.errors[n].hide())
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if name in hints:
                hint = QLabel(hints[name])
                hint.setWordWrap(True)
                hint.setStyleSheet(HINT_STYLE)
                column.addWidget(hint)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            column.addWidget(error)
            self.errors[name] = error
            form.addRow(label, box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.care = CareSettingsWidget(self.context)
        studio = QWidget()
        studio_layout = QVBoxLayout(studio)
        studio_layout.addLayout(form)
        studio_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(studio, self.tr("Studio"))
        self.tabs.addTab(self.care, self.tr("Reminders and complaints"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _show(self, settings: StudioSettings) -> None:
        self.studio_name.setText(settings.studio_name)
        self.currency.setText(settings.currency)
        self.profit_line.setText(format_amount(settings.profit_line_cents))
        self.job_min_profit.setText(format_amount(settings.job_min_profit_cents))
        self.job_min_margin.setText(f"{settings.job_min_margin_percent:g}")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

    def settings(self) -> tuple[StudioSettings | None, dict[str, str]]:
        """The typed settings, or None and a message per field that is wrong."""
        problems: dict[str, str] = {}
        values: dict[str, object] = {
            "studio_name": self.studio_name.text().strip(),
            "currency": self.currency.text().strip().upper(),
            "language": self.language.currentData(),
        }
        for name, editor in (("profit_line_cents", self.profit_line),
                             ("job_min_profit_cents", self.job_min_profit)):
            try:
                values[name] = parse_amount(editor.text())
            except ValueError:
                problems[name] = self.tr("Type an amount, such as 20000 or 20000.50.")
        try:
            values["job_min_margin_percent"] = float(self.job_min_margin.text().strip())
        except ValueError:
            problems["job_min_margin_percent"] = self.tr("Type a percentage from 0 to 100, such as 15.")
        if not self.currency.text().strip():
            problems["currency"] = self.tr("Type the currency, such as CNY.")
        # Each value is checked on its own against the defaults, so a problem lands on its field.
        for name, value in values.items():
            if name in problems:
                continue
            found = validate_settings(replace(StudioSettings(), **{name: value}))
            if found:
                problems[name] = _(found[0])
        if problems:
            return None, problems
        return replace(self.context.settings, **values), {}

    def save(self) -> bool:
        """Write valid settings and close; otherwise show what is wrong beside each field."""
        self.message.hide()
        for error in self.errors.values():
            error.hide()
        settings, problems = self.settings()
        if settings is None:
            for name, text in problems.items():
                self.errors[name].setText(text)
                self.errors[name].show()
            # Word-wrapped messages need the height for their width; the layout alone does not grow.
            self.adjustSize()
            self.tabs.setCurrentIndex(0)
            self.editors[next(name for name in FIELD_NAMES if name in problems)].setFocus()
            return False
        if not self.care.save():
            self.tabs.setCurrentWidget(self.care)
            return False
        old_language = self.context.settings.language
        if settings != self.context.settings:
            try:
                save_settings(settings)
            except UserError as exc:
                self.message.setText(exc.message)
                self.message.show()
                return False
            self.context.reload_settings()
        self.accept()
        if settings.language != old_language:
            self.language_changed.emit(settings.language)
        return True
