"""The decline wizard driven end to end with qtbot: decline, accept against advice, Back, Cancel."""
from __future__ import annotations

import datetime as dt
import json

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.decision_rules import Kind
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.models import Customer, Decision, Project, StaffMember, SurveyResponse
from crm_desktop.settings import StudioSettings, save_settings
from ui.context import AppContext
from ui.decline_wizard import DeclineWizard

TODAY = dt.date(2024, 6, 30)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    """Chen (unrated, no history, nobody referred her) asks for a job that misses both lines;
    Wang, a profitable promoter, asks for one that misses only the profit line."""
    save_settings(StudioSettings(studio_name="林氏设计"))
    lin = StaffMember.create(name="林设计")
    wang = Customer.create(ref="WANG", name="王芳")
    chen = Customer.create(ref="CHEN", name="陈静")
    SurveyResponse.create(customer=wang, date=dt.date(2024, 1, 5), score=10)
    Project.create(ref="W1", customer=wang, title="全屋", status="completed", started=dt.date(2023, 9, 1),
                   revenue_cents=6_000_000, cost_cents=3_000_000, hours=300, designer=lin)
    Project.create(ref="W2", customer=wang, title="书房", status="active", started=dt.date(2024, 5, 1),
                   revenue_cents=1_000_000, cost_cents=600_000, hours=100, designer=lin)
    small = Project.create(ref="P-SMALL", customer=chen, title="前厅设计", revenue_cents=800_000,
                           cost_cents=750_000, hours=50, designer=lin)
    favour = Project.create(ref="P-FAVOUR", customer=wang, title="门厅", revenue_cents=1_000_000,
                            cost_cents=600_000, hours=20)
    return {"small": small.id, "favour": favour.id}


@pytest.fixture
def context(studio: dict[str, int]) -> AppContext:
    ctx = AppContext("test")
    ctx.today = lambda: TODAY  # type: ignore[method-assign]
    return ctx


def _wizard(qtbot: QtBot, context: AppContext, project_id: int) -> DeclineWizard:
    wizard = DeclineWizard(context, project_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _answer_all(wizard: DeclineWizard, text: str = "想清楚了") -> None:
    for edit in wizard.prompts_page.answers.values():
        edit.setPlainText(text)


def _go_to(wizard: DeclineWizard, page_id: int) -> None:
    while wizard.currentId() < page_id:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on page {before}"


def test_the_wizard_is_named_and_lays_out_the_facts(qtbot: QtBot, context: AppContext,
                                                    studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    assert wizard.objectName() == wizard.accessibleName() == "declineWizard"
    assert wizard.pageIds() == list(range(6))
    assert wizard.currentId() == DeclineWizard.PAGE_FACTS
    page = wizard.facts_page
    assert page.profit_verdict.text() == "✗ below the line of 5,000 CNY"
    assert page.margin_verdict.text() == "✗ below the line of 15 %"
    assert page.customer_chip.text() == "Unrated"
    assert "Nobody" in " ".join(w.text() for w in page.referrer_box.findChildren(type(page.profit_verdict)))
    assert wizard.economics_page.job_rate.text() == "<b>10 CNY</b>"
    assert "no figure yet" not in wizard.economics_page.studio_rate.text()
    assert wizard.odds_page.history_label.text() == "This would be their first job with the studio."
    assert wizard.recommendation.kind is Kind.DECLINE
    assert wizard.recommendation_page.headline.text() == "Decline"


def test_decline_end_to_end_drafts_a_message_and_records_it(qtbot: QtBot, context: AppContext,
                                                          studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    _answer_all(wizard)
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    page = wizard.decision_page
    assert not wizard.button(FINISH).isEnabled()  # nothing chosen yet
    page.decline_button.click()
    assert page.decline_box.isVisible() and wizard.button(FINISH).isEnabled()
    message = page.message_edit.toPlainText()
    assert message.startswith("Dear 陈静,") and "林氏设计" in message and "introduce" not in message
    assert page.message_edit.isReadOnly()
    qtbot.keyClicks(page.refer_edit, "Studio Feng")
    assert "Studio Feng does this kind of work very well" in page.message_edit.toPlainText()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.message_edit.toPlainText()

    with qtbot.waitSignal(wizard.decision_recorded) as recorded, \
            qtbot.waitSignal(context.projects_changed):
        wizard.button(FINISH).click()
    assert recorded.args == [studio["small"]]
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    assert Project.get_by_id(studio["small"]).status == "declined"
    decision = Decision.get()
    assert (decision.decision, decision.recommendation, decision.date) == ("decline", "decline", TODAY)
    assert json.loads(decision.answers) == {key: "想清楚了" for key in PROMPT_KEYS}


def test_accept_against_the_recommendation_needs_a_reason(qtbot: QtBot, context: AppContext,
                                                          studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    _answer_all(wizard)
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    page = wizard.decision_page
    page.accept_button.click()
    assert not page.decline_box.isVisible()
    assert "going against the recommendation" in page.reason_label.text()
    assert not wizard.button(FINISH).isEnabled()
    page.reason_edit.setPlainText("   ")
    assert not wizard.button(FINISH).isEnabled()
    # Typed the way an input method delivers Chinese (keyClicks with CJK aborts offscreen).
    page.reason_edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("老客户的朋友，这次破例")
    QApplication.sendEvent(page.reason_edit, event)
    assert wizard.button(FINISH).isEnabled()
    with qtbot.waitSignal(wizard.decision_recorded):
        wizard.button(FINISH).click()
    project = Project.get_by_id(studio["small"])
    assert (project.status, project.started) == ("active", TODAY)
    assert Decision.get().reason == "老客户的朋友，这次破例"


def test_accept_with_conditions_needs_no_reason(qtbot: QtBot, context: AppContext,
                                                studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["favour"])
    assert wizard.recommendation.kind is Kind.ACCEPT_WITH_CONDITIONS
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    _answer_all(wizard)
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    wizard.decision_page.accept_button.click()
    assert "conditions" in wizard.decision_page.reason_label.text()
    assert wizard.button(FINISH).isEnabled()
    wizard.decision_page.decline_button.click()
    assert not wizard.button(FINISH).isEnabled()  # declining goes against it
    wizard.decision_page.accept_button.click()
    wizard.button(FINISH).click()
    assert Project.get_by_id(studio["favour"]).status == "active"


def test_next_stays_disabled_until_every_prompt_is_answered(qtbot: QtBot, context: AppContext,
                                                            studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    answers = wizard.prompts_page.answers
    assert list(answers) == list(PROMPT_KEYS)
    assert not wizard.button(NEXT).isEnabled()
    for key in PROMPT_KEYS[:-1]:
        answers[key].setPlainText("yes")
        assert not wizard.button(NEXT).isEnabled()
    answers[PROMPT_KEYS[-1]].setPlainText("  \n ")
    assert not wizard.button(NEXT).isEnabled()
    answers[PROMPT_KEYS[-1]].setFocus()
    qtbot.keyClicks(answers[PROMPT_KEYS[-1]], "refer it to Studio Feng")
    assert wizard.button(NEXT).isEnabled()
    answers[PROMPT_KEYS[0]].clear()
    assert not wizard.button(NEXT).isEnabled()
    wizard.next()
    assert wizard.currentId() == DeclineWizard.PAGE_PROMPTS


def test_back_keeps_answers_and_the_decision(qtbot: QtBot, context: AppContext,
                                             studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    for number, edit in enumerate(wizard.prompts_page.answers.values()):
        edit.setPlainText(f"answer {number}")
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    wizard.decision_page.accept_button.click()
    wizard.decision_page.reason_edit.setPlainText("because")
    while wizard.currentId() != DeclineWizard.PAGE_FACTS:
        wizard.back()
    assert wizard.field("answer_unasked") == "answer 0"
    assert [e.toPlainText() for e in wizard.prompts_page.answers.values()] == [f"answer {n}" for n in range(5)]
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    assert wizard.decision_page.accept_button.isChecked()
    assert wizard.decision_page.reason() == "because"
    assert wizard.button(FINISH).isEnabled()


def test_cancel_writes_nothing(qtbot: QtBot, context: AppContext, studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    _answer_all(wizard)
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    wizard.decision_page.decline_button.click()
    with qtbot.assertNotEmitted(wizard.decision_recorded):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert Decision.select().count() == 0
    assert Project.get_by_id(studio["small"]).status == "inquiry"


def test_a_refused_record_keeps_the_wizard_open_and_says_why(qtbot: QtBot, context: AppContext,
                                                           studio: dict[str, int]) -> None:
    wizard = _wizard(qtbot, context, studio["small"])
    _go_to(wizard, DeclineWizard.PAGE_PROMPTS)
    _answer_all(wizard)
    _go_to(wizard, DeclineWizard.PAGE_DECISION)
    wizard.decision_page.decline_button.click()
    # Someone else declined it meanwhile.
    Project.update(status="declined").where(Project.id == studio["small"]).execute()
    with qtbot.assertNotEmitted(wizard.decision_recorded):
        wizard.button(FINISH).click()
    assert wizard.isVisible()
    assert "Only an inquiry can be decided on" in wizard.decision_page.error.text()
    assert Decision.select().count() == 0
