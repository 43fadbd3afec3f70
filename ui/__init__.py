"""Studio CRM's Qt front end. `create_main_window` is its one public entry point."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def create_main_window(db: str | None, lang: str | None = None) -> QMainWindow:
    """Open the database, choose the language and build the main window (not yet shown).

    A QApplication must already exist. `db` is a file path or PostgreSQL URL (None: the
    default file in the data directory); `lang` is "en" or "zh_CN" (None: settings, then system).
    """
    from crm_desktop.db import open_database
    from crm_desktop.settings import load_settings
    from ui.context import AppContext
    from ui.i18n import install_language, resolve_language
    from ui.main_window import MainWindow

    database = open_database(db)
    label = db if db and "://" in db else str(database.database)
    language = resolve_language(lang, load_settings().language)
    install_language(language)
    return MainWindow(AppContext(_redact(label)), language)


def _redact(label: str) -> str:
    """Never show a PostgreSQL password in the status bar."""
    if "://" in label and "@" in label:
        scheme, rest = label.split("://", 1)
        return f"{scheme}://{rest.split('@', 1)[1]}"
    return label
