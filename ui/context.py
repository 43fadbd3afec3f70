"""What every section of the window shares: the studio settings and change notifications."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from crm_desktop.settings import StudioSettings, load_settings


class AppContext(QObject):
    """Handed to each section by the main window; sections talk to each other through it."""

    customers_changed = Signal()
    projects_changed = Signal()
    settings_changed = Signal()

    def __init__(self, db_label: str, parent: QObject | None = None,
                 clock: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.db_label = db_label
        # One source of "today" for every section, so a test (or a window left open past
        # midnight) sees the same date in the view and in what it checks against.
        self._clock = clock
        self.settings: StudioSettings = load_settings()

    def reload_settings(self) -> None:
        self.settings = load_settings()
        self.settings_changed.emit()

    def today(self) -> dt.date:
        return self._clock()
