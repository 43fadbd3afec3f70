"""Why customers left: the lost-reasons chart (by count and by profit lost).

matplotlib and its Qt canvas are imported the first time the chart is shown, never at start-up.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.churn import ChurnChartLabels, ReasonRow, churn_figure, lost_reasons
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.models import LOST_REASONS
from crm_desktop.money import display_amount
from ui import labels
from ui.context import AppContext

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

log = logging.getLogger(__name__)


class LostReasonsChart(QWidget):
    """The chart of lost customers by reason, with one line of totals above it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("lostReasons")
        self.canvas: FigureCanvasQTAgg | None = None
        self.rows: list[ReasonRow] = []
        self._stale = True
        self.summary = QLabel(self)
        self.summary.setObjectName("lostSummary")
        self.summary.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        context.customers_changed.connect(self._data_changed)
        context.projects_changed.connect(self._data_changed)

    def labels(self) -> ChurnChartLabels:
        currency = self._context.settings.currency
        return ChurnChartLabels(
            reasons={reason: labels.lost_reason_name(reason) for reason in LOST_REASONS},
            customers=self.tr("Customers lost"),
            profit=self.tr("Profit they had brought ({currency})").format(currency=currency),
            no_data=self.tr("No customer has been marked lost."),
        )

    def refresh(self) -> None:
        self._stale = False
        try:
            with translate_errors():
                self.rows = lost_reasons()
        except UserError as exc:
            self.summary.setText(exc.message)
            return
        count = sum(row.customers for row in self.rows)
        # A staff login gets the counts without the profit (None).
        with_money = all(row.profit_cents is not None for row in self.rows)
        profit = sum(row.profit_cents or 0 for row in self.rows)
        if count:
            top = max(self.rows, key=lambda row: (row.customers, row.profit_cents or 0))
            if with_money:
                sentence = (self.tr("1 customer lost, who had brought {profit} {currency} in profit. "
                                    "Most often: {reason} ({count}).") if count == 1 else self.tr(
                    "{n} customers lost, who had brought {profit} {currency} in profit. "
                    "Most often: {reason} ({count})."))
            else:
                sentence = (self.tr("1 customer lost. Most often: {reason} ({count}).") if count == 1
                            else self.tr("{n} customers lost. Most often: {reason} ({count})."))
            self.summary.setText(sentence.format(
                n=QLocale().toString(count), profit=display_amount(profit),
                currency=self._context.settings.currency,
                reason=labels.lost_reason_name(top.reason), count=top.customers))
        else:
            self.summary.setText(self.tr("No customer has been marked lost."))
        if self.canvas is not None:
            churn_figure(self.rows, self.labels(), figure=self.canvas.figure)
            self.canvas.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(figsize=(9, 4)))
            self.canvas.setObjectName("lostReasonsCanvas")
            self.canvas.setMinimumHeight(260)
            self._layout.addWidget(self.canvas, 1)
            self._stale = True
        if self._stale:
            self.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
