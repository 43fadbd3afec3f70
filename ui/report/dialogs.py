"""The Report… dialog: choose the period, then print preview, print or Save as PDF — one painting path."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import UserError
from crm_desktop.report_data import (
    ReportData,
    build_report,
    default_period,
    trend_start,
)
from ui.context import AppContext
from ui.report.paint import paint_report
from ui.report.pdf import report_printer, write_pdf


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportDialog(QDialog):
    """Period presets or dates, and three ways out: preview, print, PDF."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Segment report"))
        today = context.today()
        self._presets = {
            "last12": default_period(today),
            "last3": (trend_start(today, 3), today),
            "year": (dt.date(today.year, 1, 1), today),
            "lastyear": (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)),
        }
        self.preset = QComboBox()
        self.preset.setObjectName("reportPreset")
        for key, text in (("last12", self.tr("The last 12 months")), ("last3", self.tr("The last 3 months")),
                          ("year", self.tr("This year so far")), ("lastyear", self.tr("Last year")),
                          ("custom", self.tr("Other dates"))):
            self.preset.addItem(text, key)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        first, last = self._presets["last12"]
        self.first_edit = self._date_edit("reportFrom", self.tr("From"), first)
        self.last_edit = self._date_edit("reportTo", self.tr("To"), last)
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.preview_button = QPushButton(self.tr("Print pre&view…"))
        self.preview_button.setObjectName("reportPreview")
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("reportPrint")
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.setDefault(True)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.preset)
        form.addRow(self.tr("&From:"), self.first_edit)
        form.addRow(self.tr("&To:"), self.last_edit)
        note = QLabel(self.tr("NPS counts the answers given in the period; the segments are as of today."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _date_edit(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._dates_edited)
        return edit

    def _preset_chosen(self) -> None:
        key = self.preset.currentData()
        if key in self._presets:
            first, last = self._presets[key]
            for edit, day in ((self.first_edit, first), (self.last_edit, last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.first_edit.date()), _pydate(self.last_edit.date())

    def set_period(self, first: dt.date, last: dt.date) -> None:
        self.first_edit.setDate(_qdate(first))
        self.last_edit.setDate(_qdate(last))

    def report_data(self) -> ReportData | None:
        """The report's figures for the chosen period (None, with a message, if the dates are reversed)."""
        first, last = self.period()
        if first > last:
            self._show_message(self.tr("The start date is after the end date."))
            return None
        self.message.hide()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_report(first, last, self.context.settings, self.context.today())
        finally:
            QApplication.restoreOverrideCursor()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- the three outputs ------------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a standard dialog modally; tests replace this."""
        return dialog.exec()

    def ask_pdf_path(self, suggested: str) -> str:
        """The PDF file to write ('' when cancelled); tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), suggested, self.tr("PDF document (*.pdf)"))
        return path

    def preview(self) -> QPrintPreviewDialog | None:
        data = self.report_data()
        if data is None:
            return None
        printer = report_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Segment report — print preview"))
        dialog.paintRequested.connect(lambda device: paint_report(device, data))
        self.exec_dialog(dialog)
        return dialog

    def print_report(self) -> bool:
        data = self.report_data()
        if data is None:
            return False
        printer = report_printer()
        dialog = QPrintDialog(printer, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self._paint(printer, data)

    def _paint(self, printer: QPrinter, data: ReportData) -> bool:
        try:
            paint_report(printer, data)
        except UserError as exc:
            self._show_message(exc.message)
            return False
        return True

    def save_pdf(self) -> Path | None:
        data = self.report_data()
        if data is None:
            return None
        first, last = self.period()
        chosen = self.ask_pdf_path(f"segment-report-{first.isoformat()}-{last.isoformat()}.pdf")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(path, data)
        except UserError as exc:
            self._show_message(exc.message)
            return None
        self._show_message(self.tr("Saved {path}.").format(path=path))
        return path
