"""The segment grid: counts match the core's summary, the profit line recomputes, tiles emit their segment."""
from __future__ import annotations

from collections.abc import Iterator

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop import figures
from crm_desktop.customer_service import add_response
from crm_desktop.segments import SEGMENT_ORDER, Segment
from crm_desktop.settings import load_settings
from tests.ui.studio_data import Studio, fill_project_studio
from ui.segment_grid import SegmentsSection, SegmentTile


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_project_studio()


@pytest.fixture
def section(studio: Studio, qtbot: QtBot) -> Iterator[SegmentsSection]:
    widget = SegmentsSection(studio.context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _tile(section: SegmentsSection, segment: Segment) -> SegmentTile:
    tile = section.findChild(SegmentTile, f"segmentTile_{segment.value}")
    assert tile is not None, segment
    return tile


def _shown_counts(section: SegmentsSection) -> dict[Segment, int]:
    return {segment: int(_tile(section, segment).count_label.text()) for segment in SEGMENT_ORDER}


def _summary_counts(line_cents: int) -> dict[Segment, int]:
    return {row.segment: row.customers for row in figures.segment_summary(line_cents)}


def test_names_and_accessible_names(section: SegmentsSection) -> None:
    grid = section.findChild(QWidget, "segmentGrid")
    assert grid is not None and grid.accessibleName() == "segmentGrid"
    for segment in SEGMENT_ORDER:
        tile = _tile(section, segment)
        assert tile.accessibleName() == f"segmentTile_{segment.value}"
        assert tile.focusPolicy() & Qt.FocusPolicy.TabFocus
    # The six grid tiles live inside the grid; the unrated tray beside it.
    assert grid.isAncestorOf(_tile(section, Segment.PROMOTER_PLUS))
    assert not grid.isAncestorOf(_tile(section, Segment.UNRATED))


def test_each_tile_shows_the_summary_count_as_text(section: SegmentsSection) -> None:
    expected = _summary_counts(20_000_00)
    assert _shown_counts(section) == expected
    assert expected[Segment.PROMOTER_PLUS] == 1 and expected[Segment.UNRATED] == 2
    tile = _tile(section, Segment.PROMOTER_PLUS)
    assert tile.profit_label.text() == "Profit: 150,000 CNY"
    assert tile.share_label.text() == "17 % of all customers"
    assert tile.action_label.text() == "Keep"
    assert "1 customers" in tile.accessibleDescription()


def test_changing_the_profit_line_recomputes_the_tiles(section: SegmentsSection, qtbot: QtBot) -> None:
    before = _shown_counts(section)
    section.line_edit.setFocus()
    section.line_edit.selectAll()
    qtbot.keyClicks(section.line_edit, "0")
    expected = _summary_counts(0)
    assert expected != before
    qtbot.waitUntil(lambda: _shown_counts(section) == expected)
    assert section.profit_line_cents() == 0
    assert section.save_line_button.isEnabled()
    assert "≥ 0 CNY" in section.row_headers[True].text()


def test_saving_the_line_makes_it_the_studios(section: SegmentsSection, studio: Studio,
                                              qtbot: QtBot) -> None:
    section.set_profit_line(100_000_00)
    with qtbot.waitSignal(studio.context.settings_changed):
        section.save_line_button.click()
    assert load_settings().profit_line_cents == 100_000_00
    assert studio.context.settings.profit_line_cents == 100_000_00
    assert not section.save_line_button.isEnabled()
    assert _shown_counts(section) == _summary_counts(100_000_00)


def test_using_the_studios_line_again(section: SegmentsSection, qtbot: QtBot) -> None:
    section.set_profit_line(0)
    section.reset_line_button.click()
    assert section.profit_line_cents() == 20_000_00
    assert _shown_counts(section) == _summary_counts(20_000_00)


@pytest.mark.parametrize("segment", [Segment.PASSIVE_PLUS, Segment.DETRACTOR_MINUS, Segment.UNRATED])
def test_clicking_a_tile_emits_its_segment(section: SegmentsSection, qtbot: QtBot, segment: Segment) -> None:
    with qtbot.waitSignal(section.segment_chosen) as blocker:
        qtbot.mouseClick(_tile(section, segment), Qt.MouseButton.LeftButton)
    assert blocker.args == [segment]


def test_enter_and_space_activate_a_focused_tile(section: SegmentsSection, qtbot: QtBot) -> None:
    tile = _tile(section, Segment.PROMOTER_MINUS)
    tile.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        with qtbot.waitSignal(section.segment_chosen) as blocker:
            qtbot.keyClick(tile, key)
        assert blocker.args == [Segment.PROMOTER_MINUS]


def test_grid_follows_new_answers(section: SegmentsSection, studio: Studio) -> None:
    add_response(studio.customers["C5"], studio.today.isoformat(), "9")
    studio.context.customers_changed.emit()
    assert _shown_counts(section) == _summary_counts(20_000_00)
    assert _shown_counts(section)[Segment.UNRATED] == 1


def test_a_hidden_grid_catches_up_when_shown(section: SegmentsSection, studio: Studio) -> None:
    section.hide()
    add_response(studio.customers["C6"], studio.today.isoformat(), "2")
    studio.context.customers_changed.emit()
    section.show()
    assert _shown_counts(section) == _summary_counts(20_000_00)
