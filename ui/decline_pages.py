"""The decline wizard's first five pages: facts, economics, odds, prompts, recommendation.

Each page shows a `DecisionFacts` gathered once by the wizard; only the prompts page takes
input. The sixth page (the decision) lives with the wizard in `ui.decline_wizard`.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crm_desktop.decision_rules import (
    DecisionFacts,
    Party,
    Recommendation,
    percent,
    referrer_others,
)
from crm_desktop.decision_texts import loss_aversion_prompts
from crm_desktop.money import display_amount
from ui import labels
from ui.decision_widgets import (
    BELOW,
    CLEARS,
    KIND_COLOURS,
    MUTED,
    LoadBar,
    rich_label,
    text_label,
)
from ui.segment_chip import SegmentChip

# A designer's working week, to turn hours into something a studio owner can picture.
WEEK_HOURS = 40


def _intro(text: str, parent: QWidget) -> QLabel:
    return text_label(text, parent, MUTED)


class _Page(QWizardPage):
    def __init__(self, facts: DecisionFacts, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self._currency = currency

    def money(self, cents: int) -> str:
        return f"{display_amount(cents)} {self._currency}"

    def party_line(self, party: Party) -> str:
        if not party.accepted_projects:
            return self.tr("No accepted jobs yet.")
        return self.tr("Accepted jobs: {count} · profit {profit}").format(
            count=party.accepted_projects, profit=self.money(party.profit_cents))

    def referrals_line(self, party: Party) -> str:
        return self.tr("Customers referred: {count} · their profit {profit}").format(
            count=party.referrals.count, profit=self.money(party.referrals.profit_cents))


class FactsPage(_Page):
    """Step 1: who is asking, who sent them, the estimate against the lines, the studio's load."""

    def __init__(self, facts: DecisionFacts, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(facts, currency, parent)
        self.setObjectName("factsPage")
        self.setTitle(self.tr("The facts"))
        # Subtitles stay one short line: QWizard's header does not grow for a wrapped one.
        self.setSubTitle(f"{facts.project_ref} · {facts.title}")
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self.tr("The job as it stands. Nothing is decided yet."), self))

        people = QHBoxLayout()
        self.customer_chip = SegmentChip(self)
        self.customer_box = self._party_box(self.tr("Customer"), facts.customer, self.customer_chip)
        people.addWidget(self.customer_box, 1)
        self.referrer_chip = SegmentChip(self)
        if facts.referrer is not None:
            self.referrer_box = self._party_box(self.tr("Referred by"), facts.referrer, self.referrer_chip)
        else:
            self.referrer_box = QGroupBox(self.tr("Referred by"), self)
            inner = QVBoxLayout(self.referrer_box)
            inner.addWidget(text_label(self.tr("Nobody: they found the studio on their own."), self, MUTED))
            inner.addStretch(1)
        people.addWidget(self.referrer_box, 1)
        layout.addLayout(people)

        layout.addWidget(self._estimate_box())
        layout.addWidget(self._load_box())
        layout.addStretch(1)

    def _party_box(self, title: str, party: Party, chip: SegmentChip) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        head = QHBoxLayout()
        name = rich_label(f"<b>{html.escape(party.name)}</b> · {html.escape(party.ref)}", box)
        head.addWidget(name)
        chip.setParent(box)
        chip.set_segment(party.segment)
        head.addWidget(chip)
        head.addStretch(1)
        inner.addLayout(head)
        inner.addWidget(text_label(self.party_line(party), box))
        if party.referrals.count:
            inner.addWidget(text_label(self.referrals_line(party), box))
        inner.addStretch(1)
        return box

    def _estimate_box(self) -> QGroupBox:
        est = self.facts.estimate
        box = QGroupBox(self.tr("Estimate against the job lines"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        rows = [
            (self.tr("Fee"), self.money(est.fee_cents), ""),
            (self.tr("Cost"), self.money(est.cost_cents), ""),
            (self.tr("Hours"), f"{est.hours:g}", ""),
        ]
        for row, (name, value, _) in enumerate(rows):
            grid.addWidget(QLabel(name, box), row, 0)
            grid.addWidget(text_label(value, box), row, 1, Qt.AlignmentFlag.AlignRight)
        self.profit_verdict = self._verdict(
            est.below_profit_line,
            self.tr("✗ below the line of {line}").format(line=self.money(est.min_profit_cents)),
            self.tr("✓ clears the line of {line}").format(line=self.money(est.min_profit_cents)))
        self.margin_verdict = self._verdict(
            est.below_margin_line,
            self.tr("✗ below the line of {line}").format(line=f"{est.min_margin_percent:g} %"),
            self.tr("✓ clears the line of {line}").format(line=f"{est.min_margin_percent:g} %"))
        for row, (name, value, verdict) in enumerate([
            (self.tr("Profit"), self.money(est.profit_cents), self.profit_verdict),
            (self.tr("Margin"), percent(est.margin), self.margin_verdict),
        ], start=len(rows)):
            grid.addWidget(rich_label(f"<b>{html.escape(name)}</b>", box), row, 0)
            grid.addWidget(rich_label(f"<b>{html.escape(value)}</b>", box), row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(verdict, row, 2)
        return box

    def _verdict(self, below: bool, below_text: str, clears_text: str) -> QLabel:
        label = text_label(below_text if below else clears_text, self, BELOW if below else CLEARS)
        label.setContentsMargins(12, 0, 0, 0)
        return label

    def _load_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Studio load: active projects per designer"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        load = self.facts.load
        if not load:
            grid.addWidget(text_label(self.tr("No designers are set up yet."), box, MUTED), 0, 0)
            return box
        busiest = max(d.active_projects for d in load) or 1
        # Two columns of designers once there are more than a handful, so the page stays short.
        per_column = len(load) if len(load) <= 6 else -(-len(load) // 2)
        for index, designer in enumerate(load):
            row, column = index % per_column, 4 * (index // per_column)
            leads = designer.staff_id is not None and designer.staff_id == self.facts.designer_id
            name = designer.name if designer.staff_id is not None else self.tr("Not assigned")
            name_label = rich_label(f"<b>{html.escape(name)}</b>" if leads else html.escape(name), box)
            if leads:
                name_label.setToolTip(self.tr("Would lead this job"))
                name_label.setText(name_label.text() + " " + html.escape(self.tr("(this job)")))
            grid.addWidget(name_label, row, column)
            grid.addWidget(QLabel(str(designer.active_projects), box), row, column + 1,
                           Qt.AlignmentFlag.AlignRight)
            grid.addWidget(LoadBar(designer.active_projects / busiest, leads, box), row, column + 2)
        grid.setColumnStretch(grid.columnCount(), 1)
        return box


class EconomicsPage(_Page):
    """Step 2: what an hour of this job earns next to the studio's usual hour, and the hours it takes."""

    def __init__(self, facts: DecisionFacts, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(facts, currency, parent)
        self.setObjectName("economicsPage")
        self.setTitle(self.tr("The economics"))
        self.setSubTitle(self.tr("A small job is rarely cheap: it is paid for in hours."))
        econ = facts.economics
        layout = QVBoxLayout(self)

        rates = QGroupBox(self.tr("Profit per hour"), self)
        grid = QGridLayout(rates)
        grid.setColumnStretch(2, 1)
        job_rate = (self.money(econ.job_per_hour_cents) if econ.job_per_hour_cents is not None
                    else self.tr("unknown: no hours estimated"))
        if econ.studio_per_hour_cents is not None:
            studio_rate = self.money(econ.studio_per_hour_cents)
            studio_note = self.tr("over {count} accepted jobs started in the last 12 months").format(
                count=econ.studio_jobs)
        else:
            studio_rate = self.tr("no figure yet")
            studio_note = self.tr("no accepted job with hours started in the last 12 months")
        self.job_rate = rich_label(f"<b>{html.escape(job_rate)}</b>", rates)
        self.studio_rate = rich_label(f"<b>{html.escape(studio_rate)}</b>", rates)
        grid.addWidget(QLabel(self.tr("This job"), rates), 0, 0)
        grid.addWidget(self.job_rate, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(text_label(self.tr("{profit} profit over {hours} hours").format(
            profit=self.money(facts.estimate.profit_cents), hours=f"{econ.hours:g}"), rates, MUTED), 0, 2)
        grid.addWidget(QLabel(self.tr("Studio average"), rates), 1, 0)
        grid.addWidget(self.studio_rate, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(text_label(studio_note, rates, MUTED), 1, 2)
        layout.addWidget(rates)

        hours = QGroupBox(self.tr("Hours taken from other work"), self)
        inner = QVBoxLayout(hours)
        self.hours_label = text_label(self.tr("{hours} hours — about {weeks} working weeks of one designer.").format(
            hours=f"{econ.hours:g}", weeks=f"{econ.hours / WEEK_HOURS:.1f}"), hours)
        inner.addWidget(self.hours_label)
        value = econ.hours_value_cents
        if value is not None:
            gap = value - facts.estimate.profit_cents
            text = (self.tr("Spent on the studio's usual work, the same hours would earn about {value}; "
                            "this job earns {profit}, {gap} less.") if gap > 0 else
                    self.tr("Spent on the studio's usual work, the same hours would earn about {value}; "
                            "this job earns {profit}, no less."))
            self.value_label = text_label(text.format(value=self.money(value),
                                                  profit=self.money(facts.estimate.profit_cents),
                                                  gap=self.money(gap)), hours)
            inner.addWidget(self.value_label)
        layout.addWidget(hours)
        layout.addWidget(_intro(self.tr("Those hours come from somewhere: from customers already "
                                        "waiting, or from the designers' evenings."), self))
        layout.addStretch(1)


class OddsPage(_Page):
    """Step 3: the customer's history, how often customers really come back, the referrer's worth."""

    def __init__(self, facts: DecisionFacts, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(facts, currency, parent)
        self.setObjectName("oddsPage")
        self.setTitle(self.tr("Repeat and referral odds"))
        self.setSubTitle(self.tr("The hope of more work, checked against the record."))
        layout = QVBoxLayout(self)
        customer = facts.customer

        history = QGroupBox(self.tr("{name}'s history with the studio").format(name=customer.name), self)
        inner = QVBoxLayout(history)
        if customer.accepted_projects:
            text = self.party_line(customer)
        else:
            text = self.tr("This would be their first job with the studio.")
        self.history_label = text_label(text, history)
        inner.addWidget(self.history_label)
        if customer.referrals.count:
            inner.addWidget(text_label(self.referrals_line(customer), history))
        layout.addWidget(history)

        base = QGroupBox(self.tr("How often customers come back"), self)
        inner = QVBoxLayout(base)
        rate = facts.base_rate
        if rate.customers:
            text = self.tr("Of the {customers} customers whose first job began at least a year ago, "
                           "{returned} started another job within 12 months: {share}.").format(
                customers=rate.customers, returned=rate.returned, share=percent(rate.share))
        else:
            text = self.tr("There is not enough history yet to say how often customers come back.")
        self.base_rate_label = text_label(text, base)
        inner.addWidget(self.base_rate_label)
        layout.addWidget(base)

        referrer_box = QGroupBox(self.tr("The referrer's value"), self)
        inner = QVBoxLayout(referrer_box)
        referrer = facts.referrer
        if referrer is None:
            text = self.tr("Nobody referred this customer, so no referrer's goodwill is at stake.")
        else:
            others = referrer_others(facts)
            assert others is not None
            text = self.tr("{name} — customers referred: {count}, their profit {profit}.").format(
                name=referrer.name, count=referrer.referrals.count,
                profit=self.money(referrer.referrals.profit_cents))
            if others.count:
                text += "\n" + self.tr("Not counting {customer}: {count} customers, {profit}.").format(
                    customer=customer.name, count=others.count, profit=self.money(others.profit_cents))
            else:
                text += "\n" + self.tr("{customer} is the only customer they have referred.").format(
                    customer=customer.name)
        self.referrer_label = text_label(text, referrer_box)
        inner.addWidget(self.referrer_label)
        layout.addWidget(referrer_box)
        layout.addWidget(_intro(self.tr("A poor job often feels worth it because of the work it might "
                                        "bring later. These figures say how often that has happened here."),
                                self))
        layout.addStretch(1)


class PromptsPage(_Page):
    """Step 4: the five loss-aversion questions; each needs an answer before Next, and Back keeps them."""

    def __init__(self, facts: DecisionFacts, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(facts, currency, parent)
        self.setObjectName("promptsPage")
        self.setTitle(self.tr("Five questions before deciding"))
        self.setSubTitle(self.tr("A sentence for each is enough."))
        self.answers: dict[str, QPlainTextEdit] = {}
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(4)
        inner.addWidget(_intro(self.tr("Saying no feels like a loss even when it is not one. "
                                       "Answer each question honestly, before looking at the advice."),
                               content))
        for number, prompt in enumerate(loss_aversion_prompts(), start=1):
            question = rich_label(f"<b>{number}.</b> {html.escape(prompt.question)}", content)
            edit = QPlainTextEdit(content)
            edit.setObjectName(f"answer_{prompt.key}")
            edit.setAccessibleName(prompt.question)
            edit.setPlaceholderText(prompt.hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            question.setBuddy(edit)
            # Registered so the wizard's field() reads them; completeness is checked below,
            # since a mandatory field would accept an answer of only spaces.
            self.registerField(f"answer_{prompt.key}", edit, "plainText", edit.textChanged)
            edit.textChanged.connect(self.completeChanged)
            inner.addSpacing(8)
            inner.addWidget(question)
            inner.addWidget(edit)
            self.answers[prompt.key] = edit
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def answer_texts(self) -> dict[str, str]:
        return {key: edit.toPlainText().strip() for key, edit in self.answers.items()}

    def isComplete(self) -> bool:
        return all(self.answer_texts().values())

    def validatePage(self) -> bool:
        # QWizard.next() called from code skips the disabled button; the rule still holds.
        return self.isComplete()

    def cleanupPage(self) -> None:
        # Qt resets a page's fields when the user goes Back from it; the answers must stay.
        pass


class RecommendationPage(_Page):
    """Step 5: the advice and why; the owner decides on the next page."""

    def __init__(self, facts: DecisionFacts, currency: str, recommendation: Recommendation,
                 parent: QWidget | None = None) -> None:
        super().__init__(facts, currency, parent)
        self.setObjectName("recommendationPage")
        self.setTitle(self.tr("The recommendation"))
        self.setSubTitle(self.tr("Advice from the studio's own figures; the decision stays yours."))
        layout = QVBoxLayout(self)
        self.headline = QLabel(labels.recommendation_name(recommendation.kind.value), self)
        self.headline.setObjectName("recommendationHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setStyleSheet(f"QLabel {{ background: {KIND_COLOURS[recommendation.kind]};"
                                    " color: #202020; border-radius: 6px; padding: 6px 14px; }")
        head = QHBoxLayout()
        head.addWidget(self.headline)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(text_label(self.tr("Why:"), self))
        items = "".join(f"<li style='margin-bottom:4px'>{html.escape(r)}</li>" for r in recommendation.reasons)
        self.reasons_label = rich_label(f"<ul style='margin-left:-20px'>{items}</ul>", self)
        layout.addWidget(self.reasons_label)
        layout.addWidget(_intro(self.tr("If you decide otherwise, say why on the next page. The journal "
                                        "will ask later whether it was worth it."), self))
        layout.addStretch(1)
