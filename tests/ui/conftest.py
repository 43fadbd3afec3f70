"""Qt test set-up: window state and backups go to throw-away folders, never the user's."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.customer_data import Studio, fill_studio
from ui.context import AppContext
from ui.customers_view import CustomersSection


@pytest.fixture(autouse=True)
def isolated_qsettings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName("StudioCRM-tests")
    QCoreApplication.setApplicationName("Studio CRM tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def isolated_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window's automatic backups go to a throw-away folder, never the user's data directory."""
    root = tmp_path / "backups"
    monkeypatch.setattr("crm_desktop.backup.backups_root", lambda: root)
    return root


# The Customers section on the small studio of tests/ui/customer_data.py (a test file may
# define its own `studio` or `section`, which then takes precedence).
@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_studio()


@pytest.fixture
def section(studio: Studio, qtbot: QtBot) -> CustomersSection:
    widget = CustomersSection(AppContext("test"))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
