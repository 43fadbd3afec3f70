"""`main.py report`: the segment report as a PDF without a window (offscreen when there is no display)."""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from crm_desktop.db import open_database
from crm_desktop.errors import UserError
from crm_desktop.report_data import build_report, resolve_period
from crm_desktop.settings import load_settings
from ui.i18n import LANGUAGES, install_language, resolve_language
from ui.report.pdf import check_output_path, write_pdf

# The application made here lives as long as the process, like the window's.
_app: list[QCoreApplication] = []


def _application() -> QCoreApplication:
    """The running QApplication, or a new one (offscreen when no display is available)."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app.append(QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "studio-crm"]))
    return _app[0]


def run_report_command(db: str, out: str, lang: str | None, first: dt.date | None,
                       last: dt.date | None) -> int:
    """Write the segment report for `first`…`last` (default: the 12 months ending today) to `out`.

    The same PDF as Save as PDF in the window. User mistakes raise UserError with a sentence.
    """
    if lang is not None and lang not in LANGUAGES:
        raise UserError(f"The report language must be one of {', '.join(LANGUAGES)}.")
    _application()
    open_database(db, must_exist=True)
    settings = load_settings()
    install_language(resolve_language(lang, settings.language))
    today = dt.date.today()
    first, last = resolve_period(first, last, today)
    if first > last:
        raise UserError("The --from date is after the --to date.")
    path = check_output_path(Path(out))
    write_pdf(path, build_report(first, last, settings, today))
    return 0
