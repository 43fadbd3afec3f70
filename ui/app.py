"""Starting the GUI: the application object, then the main window or a clear error."""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)


def run_gui(args: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from crm_desktop.errors import UserError
    from ui import create_main_window
    from ui.login_dialog import LoginCancelled, ask_login

    parser = argparse.ArgumentParser(prog="studio-crm")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=("en", "zh_CN"))
    parser.add_argument("--user")
    options = parser.parse_args(list(args))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("StudioCRM")
    app.setApplicationName("Studio CRM")
    try:
        window = create_main_window(options.db, options.lang, user=options.user, ask_login=ask_login)
    except LoginCancelled:
        return 0
    except UserError as exc:
        QMessageBox.critical(None, "Studio CRM", exc.message)
        return 1
    window.show()
    return app.exec()
