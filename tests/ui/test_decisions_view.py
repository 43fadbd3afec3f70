"""The Decisions section: the journal table (a sound model), answers, totals and reviews."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crm_desktop.decision_journal import record_decision
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.models import Customer, Decision, Project
from crm_desktop.settings import StudioSettings
from ui.context import AppContext
from ui.decisions_view import DecisionsSection
from ui.models.decision_model import (
    DUE_COLOUR,
    Column,
    DecisionIdRole,
    DecisionTableModel,
)

TODAY = dt.date(2024, 6, 30)
ANSWERS = {key: f"回答 {number}" for number, key in enumerate(PROMPT_KEYS)}


@pytest.fixture
def journal(db: peewee.Database) -> dict[str, int]:
    """Two decisions: an accepted job that is now completed at a loss (review due) and a
    recent decline (review not due yet)."""
    chen = Customer.create(ref="CHEN", name="陈静")
    small = Project.create(ref="P-SMALL", customer=chen, title="前厅", revenue_cents=800_000,
                           cost_cents=750_000, hours=50)
    other = Project.create(ref="P-OTHER", customer=chen, title="Shelf", revenue_cents=400_000,
                           cost_cents=380_000, hours=10)
    accepted = record_decision(small.id, "decline", "accept", "朋友介绍", ANSWERS, dt.date(2024, 1, 2),
                               StudioSettings())
    declined = record_decision(other.id, "decline", "decline", "", ANSWERS, dt.date(2024, 5, 1),
                               StudioSettings())
    Project.update(status="completed", cost_cents=820_000).where(Project.id == small.id).execute()
    return {"accepted": accepted, "declined": declined}


@pytest.fixture
def context(db: peewee.Database) -> AppContext:
    ctx = AppContext("test")
    ctx.today = lambda: TODAY  # type: ignore[method-assign]
    return ctx


def _section(qtbot: QtBot, context: AppContext) -> DecisionsSection:
    section = DecisionsSection(context)
    qtbot.addWidget(section)
    section.resize(1000, 700)
    section.show()
    return section


def test_the_model_passes_the_model_tester(qtmodeltester, journal: dict[str, int],  # type: ignore[no-untyped-def]
                                           context: AppContext) -> None:
    model = DecisionTableModel(context)
    qtmodeltester.check(model)
    model.refresh()
    qtmodeltester.check(model)


def test_rows_show_the_journal_with_due_reviews_highlighted(journal: dict[str, int], context: AppContext) -> None:
    model = DecisionTableModel(context)
    assert model.rowCount() == 2 and model.columnCount() == len(Column)

    def cell(row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, column), role)

    # Newest first: the decline of May, then the accept of January.
    assert [cell(r, Column.PROJECT) for r in range(2)] == ["P-OTHER · Shelf", "P-SMALL · 前厅"]
    assert cell(1, Column.DECISION) == "Accepted" and cell(1, Column.RECOMMENDATION) == "Decline"
    assert (cell(1, Column.EST_PROFIT), cell(1, Column.EST_MARGIN), cell(1, Column.ACTUAL_PROFIT)) == (
        "500", "6.3 %", "-200")
    assert cell(1, Column.REVIEW) == "Due: was it worth it?"
    assert cell(1, Column.DATE, Qt.ItemDataRole.BackgroundRole) == DUE_COLOUR
    assert cell(0, Column.DATE, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(0, Column.REVIEW) == "From 2024-11-01"
    assert cell(0, Column.ACTUAL_PROFIT) == ""
    assert cell(1, Column.DECISION, Qt.ItemDataRole.ToolTipRole) == "朋友介绍"
    assert cell(1, Column.DATE, DecisionIdRole) == journal["accepted"]
    assert model.headerData(Column.EST_PROFIT, Qt.Orientation.Horizontal) == "Est. profit"


def test_section_shows_totals_answers_and_the_due_banner(qtbot: QtBot, journal: dict[str, int],
                                                         context: AppContext) -> None:
    section = _section(qtbot, context)
    assert section.objectName() == section.accessibleName() == "decisionsSection"
    values = {key: label.text() for key, label in section.total_values.items()}
    assert values == {"accepted": "1", "lost_money": "1", "given_up": "200 CNY", "won": "-200 CNY"}
    assert section.due_banner.isVisible() and "Reviews due: 1" in section.due_banner.text()
    assert "Choose a decision" in section.detail.toPlainText()
    assert not section.review_button.isEnabled()

    section.select_decision(journal["accepted"])
    text = section.detail.toPlainText()
    assert "Reason: 朋友介绍" in text and "Review due" in text
    assert "If nobody had asked you personally, would you go after this job?" in text
    assert all(answer in text for answer in ANSWERS.values())
    assert section.review_button.isEnabled()


def test_review_asks_was_it_worth_it_and_records_the_answer(qtbot: QtBot, journal: dict[str, int],
                                                           context: AppContext) -> None:
    section = _section(qtbot, context)
    section.select_decision(journal["accepted"])
    qtbot.mouseClick(section.review_button, Qt.MouseButton.LeftButton)
    dialog = section.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.comparison() == "The job lost money."
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and dialog.error.text() == "Write a few words on how it turned out."
    dialog.outcome_edit.setPlainText("不值得：加班两个周末。")
    save.click()
    assert not dialog.isVisible()
    decision = Decision.get_by_id(journal["accepted"])
    assert (decision.review_outcome, decision.reviewed_on) == ("不值得：加班两个周末。", TODAY)
    assert section.due_banner.isHidden()
    assert section.selected_row() is not None and section.selected_row().id == journal["accepted"]
    row = section.model.row_of_id(journal["accepted"])
    assert section.model.data(section.model.index(row, Column.REVIEW)) == "Reviewed 2024-06-30"
    assert "不值得" in section.detail.toPlainText()


def test_cancelled_review_changes_nothing(qtbot: QtBot, journal: dict[str, int], context: AppContext) -> None:
    section = _section(qtbot, context)
    section.select_decision(journal["declined"])
    section.open_review()
    dialog = section.review_dialog
    assert dialog is not None
    assert "declined it" in dialog.comparison()
    dialog.outcome_edit.setPlainText("fine")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert Decision.get_by_id(journal["declined"]).review_outcome == ""


def test_a_new_decision_appears_when_projects_change(qtbot: QtBot, journal: dict[str, int],
                                                     context: AppContext) -> None:
    section = _section(qtbot, context)
    third = Project.create(ref="P-3", customer=Customer.get(), title="Desk", revenue_cents=100_000,
                           cost_cents=90_000)
    record_decision(third.id, "decline", "decline", "", ANSWERS, TODAY, StudioSettings())
    context.projects_changed.emit()
    assert section.model.rowCount() == 3
    assert section.total_values["given_up"].text() == "300 CNY"


def test_an_empty_journal_explains_itself(qtbot: QtBot, context: AppContext) -> None:
    section = _section(qtbot, context)
    assert section.model.rowCount() == 0
    assert "No decisions yet" in section.detail.toPlainText()
    assert section.due_banner.isHidden()
    assert section.total_values["won"].text() == "0 CNY"
