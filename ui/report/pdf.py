"""Save as PDF: the A4 printer that writes a file, used by the dialog and the command line alike."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from crm_desktop.errors import UserError
from crm_desktop.report_data import ReportData
from ui.report.paint import a4_layout, paint_report, report_title

translate = QCoreApplication.translate


def report_printer() -> QPrinter:
    """A high-resolution A4 printer with the report's margins (for preview, print and PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setDocName(report_title())
    printer.setCreator("Studio CRM")
    return printer


def check_output_path(path: Path) -> Path:
    """The PDF's path if a file can be written there; otherwise a UserError saying why."""
    path = path.expanduser()
    if path.is_dir():
        raise UserError(translate("report", "{path} is a folder; give a file name for the PDF.").format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise UserError(translate("report", "The folder {folder} does not exist.").format(folder=folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(translate("report", "{path} cannot be overwritten; check its permissions.").format(path=path))
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(translate("report", "The folder {folder} is not writable.").format(folder=folder))
    return path


def write_pdf(path: str | os.PathLike[str], data: ReportData) -> int:
    """Write the report to a PDF file (fonts embedded) and return its page count."""
    target = check_output_path(Path(path))
    printer = report_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return paint_report(printer, data)
