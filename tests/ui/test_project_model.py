"""The project list and project log models: model contract, lazy paging, flags and filters."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from pytestqt.modeltest import ModelTester

from crm_desktop.project_service import ProjectFilter
from tests.ui.studio_data import Studio, fill_project_studio
from ui.models.log_model import LogColumn, ProjectLogModel
from ui.models.project_model import Column, ProjectIdRole, ProjectTableModel


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_project_studio()


def _refs(model: ProjectTableModel) -> list[str]:
    return [model.index(row, Column.REF).data() for row in range(model.rowCount())]


def _row(model: ProjectTableModel, ref: str) -> int:
    return _refs(model).index(ref)


def test_project_model_passes_the_model_tester(studio: Studio, qtmodeltester: ModelTester) -> None:
    model = ProjectTableModel(studio.context)
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_project_model_fetches_page_by_page(studio: Studio, qtmodeltester: ModelTester,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProjectTableModel, "PAGE", 2)
    model = ProjectTableModel(studio.context)
    assert model.rowCount() == 2 and model.total == 5 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    qtmodeltester.check(model)
    # A refresh keeps as many rows as were loaded, so the selection can survive it.
    model.refresh()
    assert model.rowCount() == 5


def test_stale_active_project_stands_out_in_words_weight_and_tooltip(studio: Studio) -> None:
    model = ProjectTableModel(studio.context)
    stale = _row(model, "P0000001")
    flag = model.index(stale, Column.FLAG)
    assert flag.data() == "Update due"
    assert isinstance(flag.data(Qt.ItemDataRole.DecorationRole), QIcon)
    font = model.index(stale, Column.TITLE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert "10 days" in model.index(stale, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(stale, Column.REF).data(ProjectIdRole) == studio.projects["P0000001"]

    fresh = _row(model, "P0000002")
    assert model.index(fresh, Column.FLAG).data() == ""
    assert model.index(fresh, Column.TITLE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(fresh, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole) is None


def test_low_value_inquiry_carries_a_badge(studio: Studio) -> None:
    model = ProjectTableModel(studio.context)
    low = _row(model, "P0000004")
    assert model.index(low, Column.FLAG).data() == "Low value"
    assert "decline wizard" in model.index(low, Column.FLAG).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(low, Column.STATUS).data() == "Inquiry"
    assert model.index(_row(model, "P0000005"), Column.FLAG).data() == ""


def test_filters_by_status_designer_and_search(studio: Studio) -> None:
    model = ProjectTableModel(studio.context)
    model.set_filter(ProjectFilter(status="inquiry"))
    assert sorted(_refs(model)) == ["P0000004", "P0000005"]
    model.set_filter(ProjectFilter(designer_id=studio.designers["Li Lei"]))
    assert sorted(_refs(model)) == ["P0000002", "P0000004"]
    model.set_filter(ProjectFilter(status="active", designer_id=studio.designers["Wang Fang"]))
    assert _refs(model) == ["P0000001"]
    model.set_filter(ProjectFilter(search="陈"))
    assert _refs(model) == ["P0000001"]


def test_log_model_passes_the_model_tester_and_lists_newest_first(studio: Studio, qtmodeltester: ModelTester) -> None:
    model = ProjectLogModel()
    qtmodeltester.check(model)
    model.set_project(studio.projects["P0000002"])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, LogColumn.TEXT).data() == "Weekly update"
    assert model.index(0, LogColumn.KIND).data() == "Client update sent"
    assert model.index(1, LogColumn.TEXT).data() == "量房完成"
    assert model.index(1, LogColumn.DATE).data() == (studio.today - dt.timedelta(days=5)).isoformat()
    model.set_project(None)
    assert model.rowCount() == 0
