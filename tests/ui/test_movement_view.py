"""The Movement panel: the matrix model passes the model tester, the cells that matter stand out,
a count hands its cell (and so its customers) to the window, the scoreboard shows the figures."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import peewee
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.models import Customer, Project, SurveyResponse
from crm_desktop.movement import movement_cell_ids, movement_matrix
from crm_desktop.movement_rules import (
    Mark,
    MovementCell,
    MovementMatrix,
    Tone,
    default_span,
)
from crm_desktop.segments import SEGMENT_ORDER, Segment
from ui.context import AppContext
from ui.models.movement_model import CountRole, MarksRole, MovementTableModel
from ui.movement_labels import STAYED_COLOUR, TONE_COLOURS
from ui.movement_view import MovementPanel
from ui.segment_grid import SegmentsSection

S = Segment
TODAY = dt.date.today()
FIRST, LAST = default_span(TODAY)
LINE = 2_000_000


def _customer(ref: str, profit: int, answers: list[tuple[dt.date, int]]) -> int:
    customer = Customer.create(ref=ref, name=f"Name {ref}", created=FIRST - dt.timedelta(days=400))
    if profit:
        Project.create(ref=f"P{ref}", customer=customer, title="Job", status="completed",
                       revenue_cents=profit, cost_cents=0, started=FIRST - dt.timedelta(days=300))
    for day, score in answers:
        SurveyResponse.create(customer=customer, date=day, score=score)
    return customer.id


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    before, lately = FIRST - dt.timedelta(days=30), TODAY - dt.timedelta(days=10)
    return {
        "turner": _customer("C1", 3_000_000, [(before, 3), (lately, 10)]),   # detractor+ → promoter+
        "keeper": _customer("C2", 3_000_000, [(before, 9)]),                 # promoter+ → promoter+
        "slipper": _customer("C3", 3_000_000, [(before, 10), (lately, 7)]),  # promoter+ → passive+
        "silent": _customer("C4", 0, []),                                    # unrated → unrated
    }


@pytest.fixture
def panel(studio: dict[str, int], qtbot: QtBot) -> Iterator[MovementPanel]:
    widget = MovementPanel(AppContext("test", clock=lambda: TODAY), lambda: LINE)
    qtbot.addWidget(widget)
    widget.resize(1100, 260)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _index(model: MovementTableModel, first: Segment, second: Segment) -> QModelIndex:
    return model.index(SEGMENT_ORDER.index(first), SEGMENT_ORDER.index(second))


def test_the_model_passes_the_model_tester(qtmodeltester, db: peewee.Database) -> None:  # type: ignore[no-untyped-def]
    model = MovementTableModel()
    qtmodeltester.check(model)
    model.set_matrix(MovementMatrix.from_pairs(FIRST, LAST, {(S.UNRATED, S.PROMOTER_PLUS): 3,
                                                             (S.PROMOTER_PLUS, S.PASSIVE_MINUS): 1}))
    qtmodeltester.check(model)
    model.set_matrix(None)
    qtmodeltester.check(model)


def test_shows_the_matrix_from_twelve_months_ago_to_today(panel: MovementPanel) -> None:
    assert panel.span() == (FIRST, LAST)
    expected = movement_matrix(FIRST, LAST, LINE)
    model = panel.model
    assert model.rowCount() == model.columnCount() == 7
    shown = [[model.index(r, c).data(CountRole) for c in range(7)] for r in range(7)]
    assert shown == [list(row) for row in expected.counts]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Promoter +"
    assert model.headerData(6, Qt.Orientation.Vertical) == "Unrated"
    assert model.index(SEGMENT_ORDER.index(S.DETRACTOR_PLUS), 0).data() == "1 ▲✓"


def test_the_cells_that_matter_are_marked_in_text_bold_and_tint(panel: MovementPanel) -> None:
    model = panel.model
    into = _index(model, S.DETRACTOR_PLUS, S.PROMOTER_PLUS)
    assert into.data(MarksRole) == (Mark.INTO_TOP, Mark.RECOVERED)
    assert into.data(Qt.ItemDataRole.FontRole).bold()
    assert into.data(Qt.ItemDataRole.BackgroundRole) == TONE_COLOURS[Tone.GOOD]
    assert "Into Promoter +" in into.data(Qt.ItemDataRole.ToolTipRole)
    out = _index(model, S.PROMOTER_PLUS, S.PASSIVE_PLUS)
    assert out.data() == "1 ▼" and out.data(Qt.ItemDataRole.BackgroundRole) == TONE_COLOURS[Tone.BAD]
    # A cell that would matter but holds nobody stays plain; the diagonal is set apart.
    empty = _index(model, S.PASSIVE_PLUS, S.PROMOTER_PLUS)
    assert empty.data() == "0" and empty.data(MarksRole) == ()
    assert empty.data(Qt.ItemDataRole.BackgroundRole) is None and empty.data(Qt.ItemDataRole.FontRole) is None
    stayed = _index(model, S.PROMOTER_PLUS, S.PROMOTER_PLUS)
    assert stayed.data() == "1" and stayed.data(Qt.ItemDataRole.BackgroundRole) == STAYED_COLOUR


def test_the_scoreboard_shows_this_period_and_the_one_before(panel: MovementPanel) -> None:
    def text(name: str) -> str:
        label = panel.findChild(QLabel, name)
        assert label is not None, name
        return label.text()

    assert text("movement_conversions_current") == "1"
    assert text("movement_recovered_current") == "1"
    assert text("movement_lost_current") == "1"
    # The previous year: the keeper and the slipper gave their first answers, both into promoter+.
    assert text("movement_conversions_previous") == "2"
    assert text("movement_referrals_current") == "no new customers"
    assert text("movement_let_go_current") == "0 → 0"
    # Profit at risk now: the passive+ customer's 30 000.
    assert text("movementAtRisk") == "30,000 CNY (1)"
    assert "→" in text("movementPrevious")


def test_double_click_and_enter_hand_over_the_cell(panel: MovementPanel, studio: dict[str, int],
                                                   qtbot: QtBot) -> None:
    index = _index(panel.model, S.DETRACTOR_PLUS, S.PROMOTER_PLUS)
    rect = panel.table.visualRect(index)
    with qtbot.waitSignal(panel.movement_chosen, timeout=1000) as blocker:
        # A real double-click: the press of the first click, then the double-click.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cell = blocker.args[0]
    assert cell == MovementCell(S.DETRACTOR_PLUS, S.PROMOTER_PLUS, FIRST, LAST, LINE)
    assert movement_cell_ids(cell) == [studio["turner"]]

    panel.table.setFocus()
    panel.table.setCurrentIndex(_index(panel.model, S.PROMOTER_PLUS, S.PASSIVE_PLUS))
    with qtbot.waitSignal(panel.movement_chosen, timeout=1000) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert movement_cell_ids(blocker.args[0]) == [studio["slipper"]]

    # An empty cell has nobody to show.
    panel.table.setCurrentIndex(_index(panel.model, S.PASSIVE_PLUS, S.PROMOTER_PLUS))
    with qtbot.assertNotEmitted(panel.movement_chosen):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)


def test_dates_in_the_wrong_order_say_so(panel: MovementPanel, qtbot: QtBot) -> None:
    panel.last_edit.setDate(panel.first_edit.date())
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "before" in panel.message.text()
    assert panel.model.index(0, 0).data() == "—" and panel.result is None
    with qtbot.assertNotEmitted(panel.movement_chosen):
        panel.table.activated.emit(panel.model.index(0, 0))
    panel.set_span(FIRST - dt.timedelta(days=60), LAST)
    assert not panel.message.isVisible() and panel.result is not None


def test_the_segments_section_carries_the_panel(studio: dict[str, int], qtbot: QtBot) -> None:
    section = SegmentsSection(AppContext("test", clock=lambda: TODAY))
    qtbot.addWidget(section)
    section.resize(1280, 720)
    section.show()
    qtbot.waitExposed(section)
    panel = section.findChild(MovementPanel, "movementPanel")
    assert panel is not None and panel.isVisible() and panel.result is not None
    assert panel.result.matrix == movement_matrix(FIRST, LAST, LINE)
    # The whole matrix is on screen at 1280 × 720: no scrolling to reach the last row.
    bottom = panel.table.mapTo(section, panel.table.rect().bottomLeft()).y()
    assert bottom <= section.height()
    with qtbot.waitSignal(section.movement_chosen, timeout=1000) as blocker:
        panel.table.activated.emit(_index(panel.model, S.DETRACTOR_PLUS, S.PROMOTER_PLUS))
    assert blocker.args[0].second_segment is S.PROMOTER_PLUS
    # A trial profit line in the grid is the panel's line too: above 30 000 nobody is profitable.
    section.set_profit_line(4_000_000)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.matrix.on_last(S.PROMOTER_PLUS) == 0)
    assert panel.result.matrix.on_last(S.PROMOTER_MINUS) == 2


def test_a_narrow_window_puts_the_scoreboard_under_the_matrix(studio: dict[str, int], qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    panel = MovementPanel(AppContext("test", clock=lambda: TODAY), lambda: LINE)
    QVBoxLayout(window).addWidget(panel)
    window.resize(1200, 300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: panel.board.x() > panel.table.geometry().right())
    # Narrower than matrix and scoreboard side by side: stacked, and no wider than the matrix needs.
    window.resize(panel.table.width() + 60, 520)
    qtbot.waitUntil(lambda: panel.board.y() > panel.table.geometry().bottom())
    assert panel.width() < panel.table.width() + panel.board.sizeHint().width()
    window.resize(1200, 300)
    qtbot.waitUntil(lambda: panel.board.x() > panel.table.geometry().right())
