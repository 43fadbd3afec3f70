"""Studio CRM's Qt front end. `create_main_window` is its one public entry point."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def create_main_window(db: str | None, lang: str | None = None, *, user: str | None = None,
                       ask_login: Callable[[str | None], bool] | None = None) -> QMainWindow:
    """Open the database, choose the language, log in if need be, and build the main window
    (not yet shown).

    A QApplication must already exist. `db` is a file path or PostgreSQL URL (None: the
    default file in the data directory); `lang` is "en" or "zh_CN" (None: settings, then system).
    With staff accounts on and nobody logged in yet, `ask_login(user)` logs someone in; it
    returns False when the person gives up, and then `ui.login_dialog.LoginCancelled` is raised.
    """
    from crm_desktop import access
    from crm_desktop.db import display_name, open_database
    from crm_desktop.errors import UserError
    from crm_desktop.settings import load_settings
    from ui.context import AppContext
    from ui.i18n import install_language, resolve_language
    from ui.login_dialog import LoginCancelled
    from ui.main_window import MainWindow

    database = open_database(db)
    label = db if db and "://" in db else str(database.database)
    language = resolve_language(lang, load_settings().language)
    install_language(language)
    if access.accounts_enabled() and access.current().staff_id is None:
        if ask_login is None:
            raise UserError(_login_required())
        if not ask_login(user):
            raise LoginCancelled
    return MainWindow(AppContext(display_name(label)), language)


def _login_required() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ui", "Staff accounts are on: log in first.")
