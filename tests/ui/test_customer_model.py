"""The lazy customer table model: paging, SQL sort and filter, roles, and Qt's model checks."""
from __future__ import annotations

import dataclasses

import peewee
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.qtbot import QtBot

from crm_desktop.customer_list import CustomerFilter, LifeState, count_customers
from crm_desktop.segments import SEGMENT_ORDER, Action, Segment
from tests.ui.customer_data import Studio, fill_many, fill_studio
from ui import labels
from ui.context import AppContext
from ui.models.customer_model import (
    PAGE_SIZE,
    Column,
    CustomerIdRole,
    CustomerTableModel,
)

LINE = 2_000_000


def _fetch_all(model: CustomerTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def _column(model: CustomerTableModel, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


@pytest.fixture
def many(db: peewee.Database, qtbot: QtBot) -> CustomerTableModel:
    fill_many(450)
    return CustomerTableModel(AppContext("test"))


@pytest.fixture
def studio(db: peewee.Database, qtbot: QtBot) -> Studio:
    return fill_studio()


def test_qt_model_checks_pass_while_pages_are_fetched(many: CustomerTableModel, qtmodeltester) -> None:
    assert many.rowCount() == PAGE_SIZE
    assert many.total_count() == 450
    assert many.canFetchMore(QModelIndex())
    qtmodeltester.check(many)
    qtmodeltester.check(many, force_py=True)
    _fetch_all(many)
    assert many.rowCount() == 450
    assert not many.canFetchMore(QModelIndex())
    qtmodeltester.check(many, force_py=True)


def test_fetch_more_inserts_one_page_at_a_time(many: CustomerTableModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(many.rowsInserted) as inserted:
        many.fetchMore(QModelIndex())
    assert inserted.args[1:] == [PAGE_SIZE, 2 * PAGE_SIZE - 1]
    many.fetchMore(QModelIndex())
    assert many.rowCount() == 450
    ids = _column(many, Column.NAME, CustomerIdRole)
    assert len(set(ids)) == 450  # pages neither overlap nor skip


def test_sorting_by_profit_descending_happens_in_sql(many: CustomerTableModel, qtbot: QtBot) -> None:
    with qtbot.waitSignals([many.modelAboutToBeReset, many.modelReset], order="strict"):
        many.sort(Column.PROFIT, Qt.SortOrder.DescendingOrder)
    _fetch_all(many)
    profits = [many.row_at(row).profit_cents for row in range(many.rowCount())]
    assert len(profits) == 450
    assert profits == sorted(profits, reverse=True)
    assert profits[0] > profits[-1]
    many.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    _fetch_all(many)
    names = _column(many, Column.NAME)
    assert names == sorted(names)


@pytest.mark.parametrize("segment", SEGMENT_ORDER)
def test_segment_filter_shows_exactly_the_counted_customers(many: CustomerTableModel, qtbot: QtBot,
                                                            segment: Segment) -> None:
    with qtbot.waitSignal(many.modelReset):
        many.set_filter(CustomerFilter(segment=segment))
    _fetch_all(many)
    expected = count_customers(CustomerFilter(segment=segment), LINE)
    assert many.rowCount() == expected == many.total_count()
    assert set(_column(many, Column.SEGMENT)) <= {labels.segment_name(segment)}


def test_cells_show_labels_money_and_roles(studio: Studio, qtbot: QtBot) -> None:
    model = CustomerTableModel(AppContext("test"))
    rows = {model.index(r, 0).data(CustomerIdRole): r for r in range(model.rowCount())}
    fang = rows[studio.wang_fang]

    def cell(column: Column, role: int = Qt.ItemDataRole.DisplayRole, row: int = fang) -> object:
        return model.index(row, column).data(role)

    assert cell(Column.NAME) == "王芳"
    assert cell(Column.PHONE) == "13800001111"
    assert cell(Column.TIER) == "A"
    assert cell(Column.SEGMENT) == labels.segment_name(Segment.PROMOTER_PLUS)
    assert cell(Column.SCORE) == "10"
    assert cell(Column.PROFIT) == "40,000"
    assert cell(Column.LAST_CONTACTED) == "2024-08-01"
    assert cell(Column.REFERRED_BY) == ""
    assert cell(Column.REFERRED_BY, row=rows[studio.li_si]) == "王芳"
    assert isinstance(cell(Column.SEGMENT, Qt.ItemDataRole.BackgroundRole), (QColor, QBrush))
    assert labels.action_name(Action.KEEP) in cell(Column.SEGMENT, Qt.ItemDataRole.ToolTipRole)
    assert cell(Column.SCORE, row=rows[studio.lin_jing]) == ""
    assert cell(Column.SEGMENT, row=rows[studio.lin_jing]) == labels.segment_name(Segment.UNRATED)
    # Lost customers are greyed; the others keep the palette's colour.
    assert cell(Column.NAME, Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(cell(Column.NAME, Qt.ItemDataRole.ForegroundRole, rows[studio.bob]), QColor)
    assert model.headerData(Column.PROFIT, Qt.Orientation.Horizontal) == "Profit"
    assert model.headerData(Column.REFERRED_BY, Qt.Orientation.Horizontal) == "Referred by"


def test_filters_by_state_tier_and_designer(studio: Studio, qtbot: QtBot) -> None:
    model = CustomerTableModel(AppContext("test"))
    assert model.rowCount() == 6
    model.set_filter(CustomerFilter(state=LifeState.LOST))
    assert _column(model, Column.NAME) == ["Bob Lost"]
    model.set_filter(CustomerFilter(state=LifeState.CURRENT))
    assert model.rowCount() == 5
    # 林静 has only an inquiry and was entered today: a new lead, not yet active.
    model.set_filter(CustomerFilter(state=LifeState.ACTIVE))
    assert model.rowCount() == 4
    model.set_filter(CustomerFilter(tier="B"))
    assert sorted(_column(model, Column.NAME)) == ["Bob Lost", "王小明"]
    model.set_filter(CustomerFilter(designer_id=studio.designer_id))
    assert sorted(_column(model, Column.NAME)) == ["李四", "林静", "王芳"]
    model.set_filter(CustomerFilter(search="王"))
    assert sorted(_column(model, Column.NAME)) == ["王小明", "王芳"]


def test_the_profit_line_comes_from_the_settings(studio: Studio, qtbot: QtBot) -> None:
    context = AppContext("test")
    model = CustomerTableModel(context)
    model.set_filter(CustomerFilter(segment=Segment.PROMOTER_PLUS))
    assert _column(model, Column.NAME) == ["王芳"]
    context.settings = dataclasses.replace(context.settings, profit_line_cents=5_000_000)
    model.refresh()
    assert model.rowCount() == 0
    model.set_filter(CustomerFilter(segment=Segment.PROMOTER_MINUS))
    assert sorted(_column(model, Column.NAME)) == ["Alice Smith", "王芳"]
