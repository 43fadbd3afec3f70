"""What every section of the window shares: the studio settings and change notifications."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from crm_desktop.settings import StudioSettings, load_settings


class AppContext(QObject):
    """Handed to each section by the main window; sections talk to each other through it."""

    customers_changed = Signal()
    projects_changed = Signal()
    settings_changed = Signal()

    def __init__(self, db_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_label = db_label
        self.settings: StudioSettings = load_settings()

    def reload_settings(self) -> None:
        self.settings = load_settings()
        self.settings_changed.emit()

    def today(self) -> dt.date:
        return dt.date.today()
