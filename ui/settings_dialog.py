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

from crm_desktop.db import translate_errors
from crm_desktop.errors import ConflictError, UserError
from crm_desktop.i18n import _
from crm_desktop.money import format_amount, parse_amount
from crm_desktop.settings import (
    CareSettings,
    StudioSettings,
    save_settings,
    settings_with_version,
    validate_settings,
)
from ui.care_settings import CareSettingsWidget, cells
from ui.conflict_dialog import ConflictDialog, resolve_conflict
from ui.context import AppContext

ERROR_STYLE = "color: #a33a00;"
# Quieter than the field's own text, but dark enough to read (a disabled label is too pale).
HINT_STYLE = "color: #505050;"
FIELD_NAMES = tuple(field.name for field in dataclass_fields(StudioSettings))


class SettingsDialog(QDialog):
    """Edits the settings the whole office shares; Save writes them, Esc leaves them as they were.

    The settings are read from the database when the dialog opens, with their version; saving
    over settings another owner saved since then opens the conflict dialog instead.
    """

    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("settingsDialog")
        self.setAccessibleName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        # The dialog of the last conflict (yours vs theirs), while the user chooses.
        self.conflict_dialog: ConflictDialog | None = None
        try:
            with translate_errors():
                self._stored, self.version = settings_with_version()
        except UserError:
            self._stored, self.version = context.settings, None
        self._build()
        self._show(self._stored)

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
        self.editor_titles = titles
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
        return replace(self._stored, **values), {}

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
        try:
            if not self.care.save():
                self.tabs.setCurrentWidget(self.care)
                return False
        except ConflictError as exc:
            self.tabs.setCurrentWidget(self.care)
            self._show_message(exc.message)
            return self._care_conflict(exc)
        old_language = self.context.settings.language
        if settings != self._stored:
            try:
                with translate_errors():
                    self.version = save_settings(settings, self.version)
            except ConflictError as exc:
                self.tabs.setCurrentIndex(0)
                self._show_message(exc.message)
                return self._studio_conflict(exc, settings)
            except UserError as exc:
                self._show_message(exc.message)
                return False
            self._stored = settings
            self.context.reload_settings()
        self.accept()
        if settings.language != old_language:
            self.language_changed.emit(settings.language)
        return True

    def open_conflict_dialog(self, dialog: ConflictDialog) -> None:
        """Show the conflict dialog without blocking (a method of its own so tests can replace it)."""
        dialog.open()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _studio_conflict(self, conflict: ConflictError, mine: StudioSettings) -> bool:
        """Another owner saved the studio settings: let the user merge; True if saved after all."""
        if not isinstance(conflict.theirs, StudioSettings):
            return False
        names = {name: self.editor_titles[name].replace("&", "") for name in FIELD_NAMES}

        def rebase(shown: StudioSettings, theirs: StudioSettings, version: int) -> None:
            self._stored, self.version = theirs, version
            self._show(shown)
            self.message.hide()

        self.conflict_dialog = resolve_conflict(
            self, conflict, self._stored, mine, names, self._setting_text,
            self.tr("Someone else saved the studio settings while you were editing them."),
            open_dialog=self.open_conflict_dialog, rebase=rebase, save_again=self.save)
        return self.save() if self.conflict_dialog is None else False

    def _care_conflict(self, conflict: ConflictError) -> bool:
        """Another owner saved the care settings: merge cell by cell; True if saved after all."""
        theirs = conflict.theirs
        if not isinstance(theirs, CareSettings) or conflict.version is None:
            return False
        as_cells = ConflictError(conflict.message, cells(theirs), conflict.version)

        def rebase(shown: dict[str, int | bool], _theirs: dict[str, int | bool], version: int) -> None:
            self.care.rebase(shown, theirs, version)
            self.message.hide()

        self.conflict_dialog = resolve_conflict(
            self, as_cells, cells(self.care.loaded), cells(self.care.values()), self.care.cell_labels(),
            self.care.cell_text,
            self.tr("Someone else saved the reminder and complaint settings while you were editing them."),
            open_dialog=self.open_conflict_dialog,
            rebase=rebase, save_again=self.save)
        return self.save() if self.conflict_dialog is None else False

    def _setting_text(self, name: str, value: object) -> str:
        if name in ("profit_line_cents", "job_min_profit_cents"):
            return format_amount(int(value))  # type: ignore[call-overload]
        if name == "job_min_margin_percent":
            return f"{value:g} %"
        if name == "language":
            index = self.language.findData(value)
            return self.language.itemText(index) if index >= 0 else str(value)
        return str(value)
