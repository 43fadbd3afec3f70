"""Starting the window: the application object, translations and the main window."""
from __future__ import annotations

from collections.abc import Sequence


def run_gui(args: Sequence[str]) -> int:
    import argparse

    from PySide6.QtWidgets import QApplication, QMessageBox

    from crm_desktop.db import open_database
    from crm_desktop.errors import UserError

    parser = argparse.ArgumentParser(prog="studio-crm")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=("en", "zh_CN"))
    options = parser.parse_args(list(args))
    app = QApplication.instance() or QApplication([])
    try:
        open_database(options.db)
    except UserError as exc:
        QMessageBox.critical(None, "Studio CRM", exc.message)
        return 1
    QMessageBox.information(None, "Studio CRM", "The window arrives with the main-window issue.")
    return 0
