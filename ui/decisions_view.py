"""The Decisions section: the decision journal, its totals, and the "was it worth it?" reviews."""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db import translate_errors
from crm_desktop.decision_journal import JournalRow, ReviewInput, review_decision
from crm_desktop.decision_texts import PROMPT_KEYS, prompt_question
from crm_desktop.errors import ConflictError, UserError
from crm_desktop.money import display_amount
from ui import labels
from ui.conflict_dialog import ConflictDialog, resolve_conflict
from ui.context import AppContext
from ui.decision_widgets import MUTED, rich_label, text_label
from ui.forms.inline_entries import error_label, show_text
from ui.models.decision_model import DUE_COLOUR, Column, DecisionTableModel

log = logging.getLogger(__name__)


class ReviewDialog(QDialog):
    """"Was it worth it?" for one decision: estimate against actual profit, and a few words."""

    reviewed = Signal(int)

    def __init__(self, context: AppContext, row: JournalRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.row = row
        # The review as read, and its version: saving refuses to overwrite a later review.
        self._opened = ReviewInput(row.review_outcome)
        self.version = row.version
        # The dialog of the last conflict (yours vs theirs), while the user chooses.
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Was it worth it? — {ref}").format(ref=row.project_ref))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(rich_label(self.tr("<b>{ref} · {title}</b> for {customer}, decided {date}").format(
            ref=html.escape(row.project_ref), title=html.escape(row.project_title),
            customer=html.escape(row.customer_name), date=row.date.isoformat()), self))
        layout.addLayout(self._comparison_grid())
        self.summary = text_label(self.comparison(), self, MUTED)
        layout.addWidget(self.summary)
        if row.reason:
            layout.addWidget(text_label(self.tr("Your reason then: {reason}").format(reason=row.reason), self, MUTED))
        question = QLabel(self.tr("&Looking back, was it worth it? Why?"), self)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setObjectName("reviewOutcome")
        self.outcome_edit.setPlainText(row.review_outcome)
        self.outcome_edit.setTabChangesFocus(True)
        question.setBuddy(self.outcome_edit)
        layout.addWidget(question)
        layout.addWidget(self.outcome_edit, 1)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _comparison_grid(self) -> QGridLayout:
        row = self.row
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        lines = [(self.tr("Estimated profit"), row.est_profit_cents)]
        if row.actual_profit_cents is not None:
            lines.append((self.tr("Actual profit") if row.project_status == "completed"
                          else self.tr("Actual profit so far"), row.actual_profit_cents))
            lines.append((self.tr("Difference"), row.actual_profit_cents - row.est_profit_cents))
        for number, (caption, cents) in enumerate(lines):
            grid.addWidget(QLabel(caption, self), number, 0)
            value = rich_label(f"<b>{html.escape(self._money(cents, signed=number == 2))}</b>", self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if cents < 0:
                value.setStyleSheet("color: #8c1d18;")
            grid.addWidget(value, number, 1)
        return grid

    def comparison(self) -> str:
        """One sentence on what the numbers say."""
        row = self.row
        if row.actual_profit_cents is None:
            return self.tr("You declined it; those hours went to other work instead.")
        if row.actual_profit_cents < 0:
            return self.tr("The job lost money.")
        if row.actual_profit_cents < row.est_profit_cents:
            return self.tr("The job earned less than estimated.")
        return self.tr("The job earned at least what was estimated.")

    def _money(self, cents: int, signed: bool = False) -> str:
        sign = "+" if signed and cents > 0 else ""
        return f"{sign}{display_amount(cents)} {self._context.settings.currency}"

    def accept(self) -> None:
        try:
            with translate_errors():
                review_decision(self.row.id, self.outcome_edit.toPlainText(), self._context.today(),
                                expected_version=self.version)
        except ConflictError as exc:
            show_text(self.error, exc.message)
            self._on_conflict(exc)
            return
        except UserError as exc:
            show_text(self.error, exc.message)
            return
        self.reviewed.emit(self.row.id)
        super().accept()

    def open_conflict_dialog(self, dialog: ConflictDialog) -> None:
        """Show the conflict dialog without blocking (a method of its own so tests can replace it)."""
        dialog.open()

    def _on_conflict(self, conflict: ConflictError) -> None:
        """Someone else reviewed this decision meanwhile: let the user choose."""
        if not isinstance(conflict.theirs, ReviewInput):
            return
        mine = ReviewInput(self.outcome_edit.toPlainText())
        self.conflict_dialog = resolve_conflict(
            self, conflict, self._opened, mine, {"review_outcome": self.tr("Was it worth it?")},
            lambda _name, value: str(value),
            self.tr("Someone else reviewed this decision while you were writing."),
            open_dialog=self.open_conflict_dialog, rebase=self._rebase, save_again=self.accept)
        if self.conflict_dialog is None:
            self.accept()

    def _rebase(self, form: ReviewInput, theirs: ReviewInput, version: int) -> None:
        self._opened, self.version = theirs, version
        self.outcome_edit.setPlainText(form.review_outcome)
        show_text(self.error, "")


class DecisionsSection(QWidget):
    """The journal table, the selected decision's answers, the totals, and reviews that are due."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.review_dialog: ReviewDialog | None = None
        self.setObjectName("decisionsSection")
        self.setAccessibleName("decisionsSection")

        self.model = DecisionTableModel(context, self)
        self.load_error = error_label(self)
        self.model.load_failed.connect(lambda text: show_text(self.load_error, text))

        title = QLabel(self.tr("Decision journal"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = text_label(self.tr("Every low-value job that went through the decline wizard: what was "
                                   "decided, why, and afterwards whether it was worth it."), self, MUTED)

        self.totals_frame = QFrame(self)
        self.totals_frame.setObjectName("decisionTotals")
        self.totals_grid = QGridLayout(self.totals_frame)
        self.totals_grid.setContentsMargins(0, 4, 0, 4)
        self.total_values: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate([
            ("accepted", self.tr("Low-value jobs accepted")),
            ("lost_money", self.tr("…of them lost money")),
            ("given_up", self.tr("Profit given up by declining (est.)")),
            ("won", self.tr("Profit won by accepting (actual)")),
        ]):
            value = QLabel(self.totals_frame)
            value.setObjectName(f"total_{key}")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.4)
            big.setBold(True)
            value.setFont(big)
            self.totals_grid.addWidget(value, 0, column)
            self.totals_grid.addWidget(text_label(caption, self.totals_frame, MUTED), 1, column)
            self.total_values[key] = value

        self.due_banner = QLabel(self)
        self.due_banner.setObjectName("reviewsDue")
        self.due_banner.setStyleSheet(f"QLabel {{ background: {DUE_COLOUR.name()}; color: #202020;"
                                      " border-radius: 4px; padding: 6px 10px; }")
        self.due_banner.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("decisionTable")
        self.table.setAccessibleName(self.tr("Decisions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)  # the due highlight must stay visible
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PROJECT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_review())

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("decisionDetail")
        self.detail.setOpenLinks(False)
        self.review_button = QPushButton(self.tr("&Review…"), self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.setToolTip(self.tr("Was it worth it? Compare the actual profit with the estimate."))
        self.review_button.clicked.connect(self.open_review)
        detail_pane = QWidget(self)
        detail_layout = QVBoxLayout(detail_pane)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.load_error)
        layout.addWidget(self.totals_frame)
        layout.addWidget(self.due_banner)
        layout.addWidget(splitter, 1)

        context.projects_changed.connect(self.refresh)
        context.settings_changed.connect(self.refresh)
        self._fill_totals()
        self._show_row(None)

    # --- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the journal again, keeping the selected decision selected."""
        current = self.selected_row()
        show_text(self.load_error, "")
        self.model.refresh()
        self._fill_totals()
        if current is not None:
            self.select_decision(current.id)
        else:
            self._show_row(None)

    def selected_row(self) -> JournalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_decision(self, decision_id: int) -> None:
        row = self.model.row_of_id(decision_id)
        if row is None:
            self.table.clearSelection()
            self._show_row(None)
            return
        self.table.selectRow(row)
        self._show_row(self.model.row_at(row))

    def open_review(self) -> None:
        """The "Review…" action: ask "was it worth it?" for the selected decision."""
        row = self.selected_row()
        if row is None:
            return
        self.review_dialog = ReviewDialog(self._context, row, self)
        self.review_dialog.reviewed.connect(lambda _id: self.refresh())
        self.review_dialog.open()

    # --- inside ----------------------------------------------------------------------------

    def _money(self, cents: int) -> str:
        return f"{display_amount(cents)} {self._context.settings.currency}"

    def _fill_totals(self) -> None:
        totals = self.model.totals()
        self.total_values["accepted"].setText(str(totals.accepted))
        self.total_values["lost_money"].setText(str(totals.lost_money))
        self.total_values["given_up"].setText(self._money(totals.profit_given_up_cents))
        self.total_values["won"].setText(self._money(totals.profit_won_cents))
        self.total_values["won"].setToolTip(self.tr("Estimated at the time: {amount}").format(
            amount=self._money(totals.accepted_estimate_cents)))
        if totals.reviews_due:
            self.due_banner.setText(self.tr("Reviews due: {count}. For each highlighted decision, "
                                            "ask yourself: was it worth it?").format(count=totals.reviews_due))
            self.due_banner.show()
        else:
            self.due_banner.hide()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_row(self.selected_row())

    def _show_row(self, row: JournalRow | None) -> None:
        self.review_button.setEnabled(row is not None)
        if row is None:
            empty = (self.tr("Choose a decision to see the answers given at the time.") if self.model.rowCount()
                     else self.tr("No decisions yet. They appear here when a low-value inquiry goes "
                                  "through the decline wizard."))
            self.detail.setHtml(f"<p style='color:#5f5f5f'>{html.escape(empty)}</p>")
            return
        self.review_button.setDefault(row.review_due)
        self.review_button.setText(self.tr("&Review…") if not row.reviewed_on else self.tr("&Edit review…"))
        self.detail.setHtml(self._detail_html(row))

    def _detail_html(self, row: JournalRow) -> str:
        esc = html.escape
        parts = [
            "<h3>{}</h3>".format(esc(f"{row.project_ref} · {row.project_title} — {row.customer_name}")),
            "<p>{}</p>".format(esc(self.tr("Recommended: {rec}. Decided on {date}: {decision}.").format(
                rec=labels.recommendation_name(row.recommendation.value), date=row.date.isoformat(),
                decision=labels.decision_name(row.decision)))),
        ]
        if row.reason:
            parts.append("<p><b>{}</b> {}</p>".format(esc(self.tr("Reason:")), esc(row.reason)))
        if row.review_outcome:
            parts.append("<p><b>{}</b> {}</p>".format(
                esc(self.tr("Review ({date}):").format(date=row.reviewed_on.isoformat() if row.reviewed_on else "")),
                esc(row.review_outcome)))
        elif row.review_due:
            parts.append("<p style='background:{}'><b>{}</b></p>".format(
                DUE_COLOUR.name(), esc(self.tr("Review due: was it worth it? Use Review… below."))))
        parts.append("<h4>{}</h4>".format(esc(self.tr("Answers at the time"))))
        keys = [k for k in PROMPT_KEYS if k in row.answers] + [k for k in row.answers if k not in PROMPT_KEYS]
        if not keys:
            parts.append("<p>{}</p>".format(esc(self.tr("No answers were stored."))))
        for key in keys:
            parts.append("<p><i>{}</i><br>{}</p>".format(
                esc(prompt_question(key)), esc(row.answers[key]).replace("\n", "<br>")))
        return "".join(parts)
