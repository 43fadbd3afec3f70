"""The decline wizard: six calm steps from a low-value inquiry to a recorded decision.

Open it with `DeclineWizard(context, project_id, parent).open()` (never exec(): tests drive it
with next() and the widgets). Finish records the decision through
`decision_journal.record_decision`; Cancel writes nothing.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.db import translate_errors
from crm_desktop.decision_facts import inquiry_facts
from crm_desktop.decision_journal import record_decision
from crm_desktop.decision_rules import (
    DecisionFacts,
    Kind,
    Recommendation,
    is_against,
    recommend,
)
from crm_desktop.decision_texts import decline_message
from crm_desktop.errors import UserError
from crm_desktop.project_service import project_input
from ui import labels
from ui.context import AppContext
from ui.decision_widgets import MUTED, rich_label, text_label
from ui.decline_pages import (
    EconomicsPage,
    FactsPage,
    OddsPage,
    PromptsPage,
    RecommendationPage,
)
from ui.forms.inline_entries import error_label, show_text

log = logging.getLogger(__name__)


class DecisionPage(QWizardPage):
    """Step 6: accept or decline; a reason when going against the advice; a drafted refusal."""

    def __init__(self, facts: DecisionFacts, recommendation: Recommendation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.recommendation = recommendation
        self.setObjectName("decisionPage")
        self.setTitle(self.tr("Your decision"))
        self.setSubTitle(self.tr("The recommendation is: {kind}.").format(
            kind=labels.recommendation_name(recommendation.kind.value)))
        layout = QVBoxLayout(self)

        choice = QHBoxLayout()
        self.accept_button = QRadioButton(self.tr("&Accept the job"), self)
        self.accept_button.setObjectName("acceptChoice")
        self.decline_button = QRadioButton(self.tr("&Decline the job"), self)
        self.decline_button.setObjectName("declineChoice")
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.accept_button)
        self.choices.addButton(self.decline_button)
        choice.addWidget(self.accept_button)
        choice.addWidget(self.decline_button)
        choice.addStretch(1)
        layout.addLayout(choice)

        self.outcome_note = text_label("", self, MUTED)
        layout.addWidget(self.outcome_note)

        self.reason_label = rich_label("", self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.reason_label.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)

        self.decline_box = QGroupBox(self.tr("A message to {name}").format(name=facts.customer.name), self)
        inner = QVBoxLayout(self.decline_box)
        refer_row = QHBoxLayout()
        refer_label = QLabel(self.tr("&Refer them to another studio (optional):"), self.decline_box)
        self.refer_edit = QLineEdit(self.decline_box)
        self.refer_edit.setObjectName("referEdit")
        self.refer_edit.setPlaceholderText(self.tr("Name of a studio you trust"))
        refer_label.setBuddy(self.refer_edit)
        refer_row.addWidget(refer_label)
        refer_row.addWidget(self.refer_edit, 1)
        inner.addLayout(refer_row)
        self.message_edit = QPlainTextEdit(self.decline_box)
        self.message_edit.setObjectName("declineMessage")
        self.message_edit.setAccessibleName(self.tr("Drafted decline message"))
        self.message_edit.setReadOnly(True)
        inner.addWidget(self.message_edit, 1)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy message"), self.decline_box)
        self.copied_label = text_label("", self.decline_box, MUTED)
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)
        inner.addLayout(copy_row)
        layout.addWidget(self.decline_box, 1)

        self.error = error_label(self)
        layout.addWidget(self.error)
        self.spacer = QWidget(self)
        layout.addWidget(self.spacer, 1)

        self.choices.buttonToggled.connect(self._update)
        self.reason_edit.textChanged.connect(self.completeChanged)
        self.refer_edit.textChanged.connect(self._redraft)
        self.copy_button.clicked.connect(self.copy_message)
        self._redraft()
        self._update()

    # --- what the wizard reads -------------------------------------------------------------

    def decision(self) -> str | None:
        if self.accept_button.isChecked():
            return "accept"
        if self.decline_button.isChecked():
            return "decline"
        return None

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def against(self) -> bool:
        decision = self.decision()
        return decision is not None and is_against(self.recommendation.kind, decision)

    def isComplete(self) -> bool:
        return self.decision() is not None and (not self.against() or bool(self.reason()))

    def validatePage(self) -> bool:
        return self.isComplete()

    def cleanupPage(self) -> None:
        # Going Back keeps the choice and the reason, like the answers.
        pass

    def show_error(self, message: str) -> None:
        show_text(self.error, message)

    # --- behaviour -------------------------------------------------------------------------

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message_edit.toPlainText())
        self.copied_label.setText(self.tr("Copied. Paste it into WeChat or an e-mail."))

    def _redraft(self) -> None:
        self.message_edit.setPlainText(decline_message(
            self.facts.customer.name, self.facts.studio_name, self.refer_edit.text() or None))
        self.copied_label.clear()

    def _update(self) -> None:
        decision = self.decision()
        if self.against():
            self.reason_label.setText(self.tr("<b>Why are you going against the recommendation?</b> "
                                              "(required — the journal will show it again later)"))
            self.reason_edit.setPlaceholderText(self.tr("What do you know that the figures do not?"))
        elif decision == "accept" and self.recommendation.kind is Kind.ACCEPT_WITH_CONDITIONS:
            self.reason_label.setText(self.tr("Which conditions did you set? (optional)"))
            self.reason_edit.setPlaceholderText(self.tr("Fee, scope, hours, timing…"))
        else:
            self.reason_label.setText(self.tr("Anything to remember about this decision? (optional)"))
            self.reason_edit.setPlaceholderText("")
        notes = {
            None: self.tr("Choose one. Both are fine answers; the journal keeps either honest."),
            "accept": self.tr("Recording it makes the job active. The journal will ask, when the job "
                              "is completed or in six months, whether it was worth it."),
            "decline": self.tr("Recording it marks the inquiry declined. Send the message below in "
                               "your own time; a clear, kind no keeps the door open."),
        }
        self.outcome_note.setText(notes[decision])
        self.decline_box.setVisible(decision == "decline")
        self.spacer.setVisible(decision != "decline")
        self.show_error("")
        self.completeChanged.emit()


class DeclineWizard(QWizard):
    """Facts, economics, odds, five questions, the recommendation, then the decision."""

    PAGE_FACTS, PAGE_ECONOMICS, PAGE_ODDS, PAGE_PROMPTS, PAGE_RECOMMENDATION, PAGE_DECISION = range(6)

    # The project whose decision was recorded (it is now active or declined).
    decision_recorded = Signal(int)

    def __init__(self, context: AppContext, project_id: int, parent: QWidget | None = None) -> None:
        """Gathers the facts at once; a UserError (project gone, database locked) propagates."""
        super().__init__(parent)
        self._context = context
        self.project_id = project_id
        with translate_errors():
            # The version first: a change landing before the facts are read then shows as a
            # conflict on recording, never as a decision on figures nobody saw.
            self.version = project_input(project_id)[1]
            self.facts = inquiry_facts(project_id, context.settings, context.today())
        self.recommendation = recommend(self.facts)
        self.setObjectName("declineWizard")
        self.setAccessibleName("declineWizard")
        self.setWindowTitle(self.tr("Decline wizard — {ref} {title}").format(
            ref=self.facts.project_ref, title=self.facts.title))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Record decision"))
        self.setMinimumSize(QSize(720, 600))

        currency = context.settings.currency
        self.facts_page = FactsPage(self.facts, currency, self)
        self.economics_page = EconomicsPage(self.facts, currency, self)
        self.odds_page = OddsPage(self.facts, currency, self)
        self.prompts_page = PromptsPage(self.facts, currency, self)
        self.recommendation_page = RecommendationPage(self.facts, currency, self.recommendation, self)
        self.decision_page = DecisionPage(self.facts, self.recommendation, self)
        for page_id, page in enumerate((self.facts_page, self.economics_page, self.odds_page,
                                        self.prompts_page, self.recommendation_page, self.decision_page)):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_FACTS)

    def accept(self) -> None:
        """Finish: record the decision; on a refusal stay open and say why."""
        decision = self.decision_page.decision()
        if decision is None or not self.validateCurrentPage():
            return
        try:
            with translate_errors():
                record_decision(self.project_id, self.recommendation, decision,
                                self.decision_page.reason(), self.prompts_page.answer_texts(),
                                self._context.today(), self._context.settings,
                                expected_version=self.version)
        except UserError as exc:
            log.info("decision not recorded: %s", exc)
            self.decision_page.show_error(exc.message)
            return
        self.decision_recorded.emit(self.project_id)
        self._context.projects_changed.emit()
        if decision == "accept":
            # Profit counts accepted jobs only, so the customer's profit and segment may change.
            self._context.customers_changed.emit()
        super().accept()
