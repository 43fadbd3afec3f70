"""The Projects section: filters, the stale flag, keyboard log entry (ASCII and Chinese), Accept job."""
from __future__ import annotations

from collections.abc import Iterator

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.models import Project, ProjectLogEntry
from tests.ui.studio_data import Studio, fill_project_studio
from ui.models.project_model import Column
from ui.projects_view import ProjectsSection


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_project_studio()


@pytest.fixture
def section(studio: Studio, qtbot: QtBot) -> Iterator[ProjectsSection]:
    widget = ProjectsSection(studio.context)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget


def _refs(section: ProjectsSection) -> list[str]:
    model = section.model
    return [model.index(row, Column.REF).data() for row in range(model.rowCount())]


def _type_chinese(widget: QLineEdit, text: str) -> None:
    """Deliver text the way an input method commits it (keyClicks with CJK aborts offscreen)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_contract_names(section: ProjectsSection) -> None:
    for name in ("projectList", "projectLog"):
        view = section.findChild(QTableView, name)
        assert view is not None and view.accessibleName() == name


def test_status_and_designer_filters(section: ProjectsSection, studio: Studio) -> None:
    section.status_filter.setCurrentIndex(section.status_filter.findData("active"))
    assert sorted(_refs(section)) == ["P0000001", "P0000002"]
    section.designer_filter.setCurrentIndex(section.designer_filter.findData(studio.designers["Li Lei"]))
    assert _refs(section) == ["P0000002"]
    assert section.count_label.text() == "1 projects"
    section.status_filter.setCurrentIndex(0)
    assert sorted(_refs(section)) == ["P0000002", "P0000004"]


def test_search_typed_in_chinese(section: ProjectsSection, qtbot: QtBot) -> None:
    _type_chinese(section.search, "陈")
    qtbot.waitUntil(lambda: _refs(section) == ["P0000001"])
    assert "P0000001" in section.log_title.text()


def test_stale_active_project_is_flagged(section: ProjectsSection) -> None:
    row = _refs(section).index("P0000001")
    assert section.model.index(row, Column.FLAG).data() == "Update due"


def test_ctrl_e_typing_and_enter_add_a_log_entry(section: ProjectsSection, studio: Studio,
                                                 qtbot: QtBot) -> None:
    assert section.select_project(studio.projects["P0000002"])
    section.project_list.setFocus()
    qtbot.keyClick(section.project_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert section.entry_text.hasFocus()
    qtbot.keyClicks(section.entry_text, "Called about tiles")
    with qtbot.waitSignal(studio.context.projects_changed):
        qtbot.keyClick(section.entry_text, Qt.Key.Key_Return)
    assert section.entry_text.text() == ""
    assert section.log_model.index(0, 2).data() == "Called about tiles"
    assert section.log_model.index(0, 0).data() == studio.today.isoformat()
    assert section.selected_project().ref == "P0000002"
    assert not section.entry_message.isVisible()

    # The next entry in Chinese, as an input method delivers it, as a client update.
    qtbot.keyClick(section.entry_text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    section.entry_kind.setCurrentIndex(section.entry_kind.findData("update"))
    section.entry_text.setFocus()
    _type_chinese(section.entry_text, "已发送本周进度照片")
    qtbot.keyClick(section.entry_text, Qt.Key.Key_Return)
    entry = ProjectLogEntry.select().order_by(ProjectLogEntry.id.desc()).get()
    assert (entry.text, entry.kind, entry.project_id) == ("已发送本周进度照片", "update",
                                                        studio.projects["P0000002"])
    assert section.log_model.rowCount() == 4


def test_empty_entry_shows_a_message_and_writes_nothing(section: ProjectsSection, qtbot: QtBot) -> None:
    before = ProjectLogEntry.select().count()
    qtbot.keyClick(section.project_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(section.entry_text, "   ")
    qtbot.keyClick(section.entry_text, Qt.Key.Key_Return)
    assert section.entry_message.isVisible()
    assert "Type the entry" in section.entry_message.text()
    assert ProjectLogEntry.select().count() == before


def test_a_stale_project_clears_once_a_client_update_is_logged(section: ProjectsSection, studio: Studio,
                                                              qtbot: QtBot) -> None:
    section.select_project(studio.projects["P0000001"])
    section.entry_kind.setCurrentIndex(section.entry_kind.findData("update"))
    section.focus_log_entry()
    qtbot.keyClicks(section.entry_text, "Photos sent")
    qtbot.keyClick(section.entry_text, Qt.Key.Key_Return)
    row = _refs(section).index("P0000001")
    assert section.model.index(row, Column.FLAG).data() == ""
    assert section.selected_project().ref == "P0000001"


def test_accept_job_on_a_low_value_inquiry_opens_the_decline_wizard(
        section: ProjectsSection, studio: Studio, qtbot: QtBot) -> None:
    section.select_project(studio.projects["P0000004"])
    assert section.accept_job_action.isEnabled()
    section.accept_job_action.trigger()
    wizard = section.decline_wizard
    assert wizard is not None and wizard.objectName() == "declineWizard" and wizard.isVisible()
    assert Project.get_by_id(studio.projects["P0000004"]).status == "inquiry"
    wizard.reject()
    assert Project.get_by_id(studio.projects["P0000004"]).status == "inquiry"


def test_the_decision_lands_in_the_list(section: ProjectsSection, studio: Studio, qtbot: QtBot) -> None:
    from crm_desktop.decision_journal import record_decision
    from crm_desktop.decision_rules import Kind
    from crm_desktop.decision_texts import PROMPT_KEYS

    pid = studio.projects["P0000004"]
    section.select_project(pid)
    section.accept_job_action.trigger()
    record_decision(pid, Kind.DECLINE, "decline", "", {key: "yes" for key in PROMPT_KEYS},
                    studio.context.today())
    section.decline_wizard.decision_recorded.emit(pid)
    assert "decision journal" in section.message.text()
    assert Project.get_by_id(pid).status == "declined"


def test_accept_job_on_a_good_inquiry_makes_it_active(section: ProjectsSection, studio: Studio,
                                                      qtbot: QtBot) -> None:
    section.select_project(studio.projects["P0000005"])
    with qtbot.waitSignals([studio.context.projects_changed, studio.context.customers_changed]):
        section.accept_job_action.trigger()
    assert Project.get_by_id(studio.projects["P0000005"]).status == "active"
    assert section.selected_project().status == "active"
    assert not section.accept_job_action.isEnabled()


def test_edit_project_form_saves_and_the_list_follows(section: ProjectsSection, studio: Studio,
                                                      qtbot: QtBot) -> None:
    section.select_project(studio.projects["P0000002"])
    dialog = section.create_project_dialog(section.selected_project().id)
    qtbot.addWidget(dialog)
    dialog.saved.connect(section._project_saved)
    dialog.editors["title"].setText("Loft redesign, phase 2")
    assert dialog.save()
    row = _refs(section).index("P0000002")
    assert section.model.index(row, Column.TITLE).data() == "Loft redesign, phase 2"
    assert section.selected_project().ref == "P0000002"


def test_new_project_action_has_its_shortcut(section: ProjectsSection) -> None:
    assert section.new_project_action.shortcut().toString() == "Ctrl+Shift+N"
    assert section.new_log_entry_action.shortcut().toString() == "Ctrl+E"


def test_ctrl_e_while_hidden_asks_for_the_section(section: ProjectsSection, qtbot: QtBot) -> None:
    section.hide()
    with qtbot.waitSignal(section.section_requested):
        section.new_log_entry_action.trigger()
