"""The main window as an outside check drives it: by object names, through the public factory."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.customer_service import CustomerInput, add_response, save_customer
from crm_desktop.db import close_database, open_database
from crm_desktop.models import Project
from ui import create_main_window
from ui.i18n import install_language

# The contract's object names, by the section that shows them (index in the side list).
NAMES = {0: ("customerList", "customerSearch", "customerDetail"), 1: ("projectList", "projectLog"),
         2: ("segmentGrid",)}
LATER_SECTIONS = ("projectsSection", "segmentsSection", "npsSection", "decisionsSection", "careSection")
KEYS = ("promoter+", "promoter-", "passive+", "passive-", "detractor+", "detractor-")


@pytest.fixture
def studio_db(tmp_path: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    open_database(path)
    lin = save_customer(CustomerInput(ref="C1", name="林晓明", phone="13800138000"))
    anna = save_customer(CustomerInput(ref="C2", name="Anna Berg", referred_by="C1"))
    save_customer(CustomerInput(ref="C3", name="王芳"))
    Project.create(ref="P1", customer=anna, title="Kitchen", status="completed",
                   revenue_cents=5_000_000, cost_cents=2_000_000, started=dt.date(2025, 1, 1))
    add_response(lin, dt.date.today().isoformat(), "9")
    add_response(anna, dt.date.today().isoformat(), "10")
    close_database()
    return path


@pytest.fixture
def window(studio_db: Path, qtbot: QtBot) -> Iterator[QMainWindow]:
    win = create_main_window(str(studio_db), "en")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    yield win
    install_language("en")
    close_database()


def _find(win: QMainWindow, cls: type, name: str) -> QWidget:
    widget = win.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_contract_object_names_with_matching_accessible_names(window: QMainWindow) -> None:
    for section, names in NAMES.items():
        window.show_section(section)
        for name in names:
            widget = _find(window, QWidget, name)
            assert widget.accessibleName() == name
    for key in (*KEYS, "unrated"):
        tile = _find(window, QWidget, f"segmentTile_{key}")
        assert tile.accessibleName() == f"segmentTile_{key}"


def test_tiles_show_counts_and_a_click_filters_the_list(window: QMainWindow, qtbot: QtBot) -> None:
    window.show_section(2)
    plus = _find(window, QWidget, "segmentTile_promoter+")
    minus = _find(window, QWidget, "segmentTile_promoter-")
    texts = lambda tile: " ".join(w.text() for w in tile.findChildren(QWidget) if hasattr(w, "text"))  # noqa: E731
    assert "1" in texts(plus).split() and "1" in texts(minus).split()
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    table = _find(window, QTableView, "customerList")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "Anna Berg"
    assert window.sections.currentIndex() == 0


def test_finding_a_customer_by_a_chinese_substring(window: QMainWindow, qtbot: QtBot) -> None:
    search = _find(window, QLineEdit, "customerSearch")
    table = _find(window, QTableView, "customerList")
    event = QInputMethodEvent()
    event.setCommitString("晓")
    QApplication.sendEvent(search, event)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "林晓明"


def test_language_switch_rebuilds_the_window_in_chinese(window: QMainWindow, qtbot: QtBot) -> None:
    assert window.nav.item(0).text() == "Customers"
    window.set_language("zh_CN")
    assert window.nav.item(0).text() == "客户"
    window.show_section(2)
    tile = _find(window, QWidget, "segmentTile_promoter+")
    labels = [w.text() for w in tile.findChildren(QWidget) if hasattr(w, "text")]
    assert any("推荐型" in text for text in labels)
    # The contract's object names survive the rebuild.
    for section, names in NAMES.items():
        window.show_section(section)
        for name in names:
            _find(window, QWidget, name)
    window.set_language("en")
    assert window.nav.item(0).text() == "Customers"


def test_window_state_is_remembered(studio_db: Path, qtbot: QtBot) -> None:
    first = create_main_window(str(studio_db), "en")
    qtbot.addWidget(first)
    first.show()
    first.show_section(2)
    first.close()
    close_database()
    assert QSettings().value("window/section", type=int) == 2
    second = create_main_window(str(studio_db), "en")
    qtbot.addWidget(second)
    assert second.sections.currentIndex() == 2
    close_database()


def test_status_bar_shows_count_and_nps(window: QMainWindow) -> None:
    text = " ".join(label.text() for label in (window._status_customers, window._status_nps))
    assert "3 customers" in text and "100 ± 0" in text and "2 answers" in text


def test_a_movement_count_shows_exactly_those_customers(window: QMainWindow, qtbot: QtBot) -> None:
    from crm_desktop.movement import movement_cell_ids
    from crm_desktop.movement_rules import MovementCell
    from crm_desktop.segments import Segment

    today = window.context.today()
    cell = MovementCell(Segment.UNRATED, Segment.PROMOTER_PLUS, today - dt.timedelta(days=30), today,
                        window.context.settings.profit_line_cents)
    assert len(movement_cell_ids(cell)) == 1
    window.segments.movement_chosen.emit(cell)
    table = _find(window, QTableView, "customerList")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "Anna Berg"
    assert window.sections.currentIndex() == 0


def test_sections_are_built_when_first_shown(window: QMainWindow, qtbot: QtBot) -> None:
    """Start-up builds only the first screen; each other section appears the first time it is shown."""
    assert window.findChild(QWidget, "customersSection") is not None
    for name in LATER_SECTIONS:
        assert window.findChild(QWidget, name) is None, name
    window.nav.setCurrentRow(3)  # a click in the side list
    nps = _find(window, QWidget, "npsSection")
    assert window.sections.currentWidget() is nps and nps.isVisible()
    assert window.findChild(QWidget, "projectsSection") is None
    window.show_section(0)
    window.show_section(3)  # shown again: the same section, not a second one
    assert window.findChildren(QWidget, "npsSection") == [nps]
    assert window.sections.count() == 6


def test_project_menu_entries_work_before_projects_is_built(window: QMainWindow, qtbot: QtBot) -> None:
    edit_menu = window.menuBar().actions()[1].menu()
    log_entry = next(a for a in edit_menu.actions() if a.text() == "New project &log entry")
    assert log_entry.shortcut().toString() == "Ctrl+E"
    assert window.findChild(QWidget, "projectsSection") is None
    file_menu = window.menuBar().actions()[0].menu()
    stand_ins = {a.text(): a.shortcut().toString() for a in file_menu.actions() + edit_menu.actions()}
    log_entry.trigger()  # what Ctrl+E does from the Customers section
    qtbot.waitUntil(lambda: window.sections.currentIndex() == 1)
    projects = _find(window, QWidget, "projectsSection")
    # The section's own actions have taken the stand-ins' places: one action per shortcut.
    assert projects.new_log_entry_action in edit_menu.actions()
    assert log_entry not in edit_menu.actions()
    assert projects.edit_project_action in edit_menu.actions()
    assert projects.new_project_action in file_menu.actions()
    # The stand-ins said and did what the section's own actions say and do.
    for action in (projects.new_project_action, projects.edit_project_action, projects.new_log_entry_action):
        assert stand_ins[action.text()] == action.shortcut().toString()


def test_the_edit_menu_shows_whether_a_project_can_be_edited(window: QMainWindow) -> None:
    edit_menu = window.menuBar().actions()[1].menu()
    edit_menu.aboutToShow.emit()  # opening the menu builds Projects, which selects its first project
    assert window.projects.edit_project_action in edit_menu.actions()
    assert window.projects.edit_project_action.isEnabled()
    assert window.sections.currentIndex() == 0
