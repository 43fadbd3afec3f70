"""The project form: good and bad input, the inquiry-only rule, the live low-value badge, closing."""
from __future__ import annotations

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from crm_desktop.models import Project
from crm_desktop.project_service import ProjectInput, save_project
from tests.ui.studio_data import Studio, fill_project_studio
from ui.forms.project_form import ProjectDialog


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_project_studio()


def _dialog(studio: Studio, qtbot: QtBot, project_id: int | None = None) -> ProjectDialog:
    dialog = ProjectDialog(studio.context, project_id)
    # Closing at teardown must not stop on the real question box; tests that ask replace this.
    dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: ProjectDialog, **values: str) -> None:
    for name, text in values.items():
        dialog.editors[name].setText(text)


def test_new_project_suggests_the_next_ref_and_saves(studio: Studio, qtbot: QtBot) -> None:
    dialog = _dialog(studio, qtbot)
    assert dialog.editors["ref"].text() == "P0000006"
    _fill(dialog, customer_ref="C2", title="Balcony garden", revenue="60000", cost="30000", hours="20",
          started=studio.today.isoformat())
    dialog.designer.setCurrentIndex(dialog.designer.findData(studio.designers["Li Lei"]))
    assert dialog.customer_name.text() == "Anna Berg"
    with qtbot.waitSignals([studio.context.projects_changed, studio.context.customers_changed, dialog.saved]):
        assert dialog.save()
    project = Project.get(Project.ref == "P0000006")
    assert (project.title, project.status, project.revenue_cents, project.designer_id) == (
        "Balcony garden", "inquiry", 6_000_000, studio.designers["Li Lei"])
    assert not dialog.isVisible()


def test_bad_input_is_shown_beside_each_field_and_nothing_is_written(studio: Studio, qtbot: QtBot) -> None:
    dialog = _dialog(studio, qtbot)
    _fill(dialog, ref="P0000001", customer_ref="C404", title="", revenue="lots", started="2024-05-01",
          finished="2024-04-01")
    assert not dialog.save()
    for name in ("ref", "customer_ref", "title", "revenue", "finished"):
        assert dialog.errors[name].isVisible(), name
        assert dialog.errors[name].text()
    assert not dialog.errors["cost"].isVisible()
    assert Project.select().count() == 5
    assert dialog.isVisible()
    # Editing a field clears its message.
    dialog.editors["title"].setText("Porch")
    assert not dialog.errors["title"].isVisible()


def test_a_new_job_cannot_start_active(studio: Studio, qtbot: QtBot) -> None:
    dialog = _dialog(studio, qtbot)
    model = dialog.status.model()
    assert isinstance(model, QStandardItemModel)
    active = dialog.status.findData("active")
    assert not model.item(active).isEnabled()
    _fill(dialog, customer_ref="C1", title="Garage")
    dialog.status.setCurrentIndex(active)
    assert not dialog.save()
    assert dialog.errors["status"].isVisible()
    assert "inquiry" in dialog.errors["status"].text()
    assert Project.select().count() == 5


def test_an_inquiry_becomes_active_only_through_accept(studio: Studio, qtbot: QtBot) -> None:
    dialog = _dialog(studio, qtbot, studio.projects["P0000005"])
    model = dialog.status.model()
    assert isinstance(model, QStandardItemModel)
    assert not model.item(dialog.status.findData("active")).isEnabled()
    assert model.item(dialog.status.findData("declined")).isEnabled()


def test_low_value_badge_follows_the_estimate(studio: Studio, qtbot: QtBot) -> None:
    dialog = _dialog(studio, qtbot)
    _fill(dialog, revenue="8000", cost="7000")
    assert dialog.low_value_badge.isVisible()
    assert "Low value" in dialog.low_value_badge.text()
    dialog.editors["revenue"].setText("100000")
    assert not dialog.low_value_badge.isVisible()


def test_edit_shows_the_stored_project_and_refuses_a_conflict(studio: Studio, qtbot: QtBot) -> None:
    pid = studio.projects["P0000002"]
    dialog = _dialog(studio, qtbot, pid)
    assert dialog.editors["customer_ref"].text() == "C2"
    assert dialog.editors["revenue"].text() == "80000"
    assert dialog.designer.currentData() == studio.designers["Li Lei"]
    assert not dialog.is_dirty()
    # Someone else saves first.
    save_project(ProjectInput(ref="P0000002", customer_ref="C2", title="Their title", status="active",
                              revenue="80000", cost="50000"), pid)
    dialog.editors["title"].setText("My title")
    assert not dialog.save()
    assert dialog.message.isVisible() and "Someone else" in dialog.message.text()
    assert Project.get_by_id(pid).title == "Their title"


def test_esc_asks_before_dropping_changes(studio: Studio, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(studio, qtbot)
    answers: list[bool] = [False, True]
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(dialog, "confirm_discard", confirm)
    dialog.editors["title"].setText("Half typed")
    qtbot.keyClick(dialog.editors["title"], Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    qtbot.keyClick(dialog.editors["title"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2
    assert Project.select().count() == 5


def test_esc_on_an_untouched_form_just_closes(studio: Studio, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(studio, qtbot)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: pytest.fail("nothing to lose"))
    qtbot.keyClick(dialog.editors["ref"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
