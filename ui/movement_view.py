"""The Movement panel of the Segments section: who moved between segments, and the scoreboard.

Two dates (default: twelve months ago → today), the 7 × 7 matrix of customers by segment on
each, and the period's figures beside those of the period before it. Activating a count
(double-click, Enter) emits `movement_chosen` with the cell, for the customer list.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.movement import Movement, PeriodMoves, movement
from crm_desktop.movement_rules import Mark, MovementCell, default_span
from crm_desktop.segments import LET_GO, Segment
from ui import labels
from ui.amounts import summary_amount
from ui.context import AppContext
from ui.models.movement_model import SIZE, MovementTableModel
from ui.movement_labels import MARKERS, let_go_legend

# Dates are typed digit by digit; count again once the typing pauses.
RECOMPUTE_DELAY_MS = 300
MUTED = "color: #4d4d4d;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class MovementPanel(QWidget):
    """Movement between two dates for the profit line `profit_line()` returns (the grid's)."""

    # A MovementCell: the customers of one count, to be shown in the customer list.
    movement_chosen = Signal(object)

    def __init__(self, context: AppContext, profit_line: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profit_line = profit_line
        self.setObjectName("movementPanel")
        self.result: Movement | None = None
        self._line = 0
        # Counting waits until the panel is first shown: the window opens on another section.
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self._build()
        context.customers_changed.connect(self.refresh)
        context.projects_changed.connect(self.refresh)
        context.settings_changed.connect(self.refresh)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        title = QLabel(self.tr("Movement"))
        title.setObjectName("movementTitle")
        title_font = QFont(bold)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title.setFont(title_font)
        first, last = default_span(self.context.today())
        self.first_edit = self._date_edit("movementFrom", self.tr("Segments on this date: the rows"), first)
        self.last_edit = self._date_edit("movementTo", self.tr("Segments on this date: the columns"), last)
        rows_label = QLabel(self.tr("&Rows: segment on"))
        rows_label.setBuddy(self.first_edit)
        columns_label = QLabel(self.tr("C&olumns: segment on"))
        columns_label.setBuddy(self.last_edit)
        self.previous_label = QLabel()
        self.previous_label.setObjectName("movementPrevious")
        self.previous_label.setWordWrap(True)
        self.previous_label.setStyleSheet(MUTED)
        self.message = QLabel()
        self.message.setObjectName("movementMessage")
        self.message.setStyleSheet("color: #a33a00;")
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(rows_label)
        top.addWidget(self.first_edit)
        top.addSpacing(8)
        top.addWidget(columns_label)
        top.addWidget(self.last_edit)
        top.addSpacing(12)
        # The rest of the line; they wrap only in a narrow window.
        top.addWidget(self.previous_label, 1)
        top.addWidget(self.message, 1)

        self.model = MovementTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("movementTable")
        self.table.setAccessibleName(self.tr("Movement between segments"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setCornerButtonEnabled(False)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setToolTip(self.tr("Rows: each customer's segment on the first date; columns: on the "
                                      "second. Double-click a count or press Enter to list those customers."))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 3)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Wide enough for the longest segment name, a five-digit count, a four-digit one with marks.
        width = max(self.fontMetrics().horizontalAdvance(labels.segment_name(s)) for s in Segment)
        strong = QFontMetrics(bold)
        width = max(width, strong.horizontalAdvance("88,888"), strong.horizontalAdvance("8,888 ▲✓↗")) + 12
        columns.setDefaultSectionSize(int(width))
        self.table.activated.connect(self._activated)
        self.table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        # The scoreboard sits beside the matrix, or under it in a narrow window (see resizeEvent).
        self.board = self._scoreboard(bold)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.addSpacing(16)
        self.body.addWidget(self.board, 1, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self.body)

    def _date_edit(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _day: self._timer.start())
        return edit

    def _scoreboard(self, bold: QFont) -> QWidget:
        board = QWidget()
        board.setObjectName("movementScoreboard")
        grid = QGridLayout(board)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        for column, text in ((1, self.tr("This period")), (2, self.tr("Previous"))):
            header = QLabel(text)
            header.setFont(bold)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        top = labels.segment_name(Segment.PROMOTER_PLUS)
        let_go = " / ".join(labels.segment_name(s) for s in LET_GO)
        rows = (
            ("conversions", f"{MARKERS[Mark.INTO_TOP]} " + self.tr("Into {segment}").format(segment=top),
             self.tr("Customers who were not {segment} on the first date and are on the second.").format(
                 segment=top)),
            ("recovered", f"{MARKERS[Mark.RECOVERED]} " + self.tr("Detractors recovered"),
             self.tr("Detractors on the first date who are passives or promoters on the second.")),
            ("lost", f"{MARKERS[Mark.OUT_OF_TOP]} " + self.tr("Out of {segment}").format(segment=top),
             self.tr("Customers who were {segment} on the first date and are not on the second.").format(
                 segment=top)),
            ("referrals", self.tr("Referred by a promoter"),
             self.tr("Of the customers created in the period, the share referred by a customer who was a "
                     "promoter when they came.")),
            ("let_go", f"{MARKERS[Mark.LET_GO_SHRINKS]}{MARKERS[Mark.LET_GO_GROWS]} " + self.tr("To let go"),
             self.tr("Customers in {segments} on the first date → on the second: fewer is better.").format(
                 segments=let_go)),
        )
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, text, hint) in enumerate(rows, 1):
            name = QLabel(text)
            name.setToolTip(hint)
            grid.addWidget(name, row, 0)
            pair = []
            for column, when in ((1, "current"), (2, "previous")):
                value = QLabel("—")
                value.setObjectName(f"movement_{key}_{when}")
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                if when == "current":
                    value.setFont(bold)
                value.setToolTip(hint)
                grid.addWidget(value, row, column)
                pair.append(value)
            self.figures[key] = (pair[0], pair[1])
        risk_name = QLabel(self.tr("Profit at risk now"))
        risk_name.setToolTip(self.tr("The total profit of today's {a} and {b} customers (how many in "
                                     "brackets): profitable, but not recommending the studio.").format(
            a=labels.segment_name(Segment.DETRACTOR_PLUS), b=labels.segment_name(Segment.PASSIVE_PLUS)))
        self.at_risk_label = QLabel("—")
        self.at_risk_label.setObjectName("movementAtRisk")
        self.at_risk_label.setFont(bold)
        self.at_risk_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        risk_row = len(rows) + 1
        grid.addWidget(risk_name, risk_row, 0)
        grid.addWidget(self.at_risk_label, risk_row, 1, 1, 2)
        self.legend_label = QLabel(let_go_legend())
        self.legend_label.setObjectName("movementLegend")
        self.legend_label.setStyleSheet(MUTED)
        self.legend_label.setWordWrap(True)
        grid.addWidget(self.legend_label, risk_row + 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        return board

    # -- the span -----------------------------------------------------------------------------

    def span(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.first_edit.date()), _pydate(self.last_edit.date())

    def set_span(self, first: dt.date, last: dt.date) -> None:
        """Show the movement from `first` to `last` (counted at once when the panel is visible)."""
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.refresh()

    # -- figures ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again now if the panel is on screen, or when it is next shown."""
        if self.isVisible():
            self.recompute()
        else:
            self._stale = True

    def follow_line(self) -> None:
        """The grid's profit line may have changed: count again if it did."""
        if self.profit_line() != self._line:
            self.refresh()

    def recompute(self) -> None:
        self._timer.stop()
        self._stale = False
        self._line = self.profit_line()
        first, last = self.span()
        if first >= last:
            self.result = None
            self.model.set_matrix(None)
            self.previous_label.hide()
            self.message.setText(self.tr("The first date must come before the second."))
            self.message.show()
            self._show_figures()
            return
        self.message.hide()
        self.result = movement(first, last, self._line)
        self.model.set_matrix(self.result.matrix)
        previous = self.result.previous
        self.previous_label.setText(self.tr("Previous period: {first} → {last}").format(
            first=previous.first.isoformat(), last=previous.last.isoformat()))
        self.previous_label.show()
        self._show_figures()

    def _show_figures(self) -> None:
        result = self.result
        for key, (current, previous) in self.figures.items():
            current.setText(self._figure(key, result.current) if result else "—")
            previous.setText(self._figure(key, result.previous) if result else "—")
        if result is None:
            self.at_risk_label.setText("—")
            return
        self.at_risk_label.setText(self.tr("{amount} {currency} ({n})").format(
            amount=summary_amount(result.at_risk_cents), currency=self.context.settings.currency,
            n=f"{result.at_risk_customers:,}"))

    def _figure(self, key: str, moves: PeriodMoves) -> str:
        if key == "referrals":
            share = moves.referral_share
            if share is None:
                return self.tr("no new customers")
            return self.tr("{share} % of {total}").format(share=f"{100 * share:.0f}", total=f"{moves.new_customers:,}")
        if key == "let_go":
            return f"{moves.let_go_before:,} → {moves.let_go_after:,}"
        return f"{getattr(moves, key):,}"

    def _activated(self, index: QModelIndex) -> None:
        if self.result is None or not index.isValid() or not self.model.count_at(index):
            return
        first_segment, second_segment = self.model.segments_at(index)
        first, last = self.result.matrix.first, self.result.matrix.last
        self.movement_chosen.emit(MovementCell(first_segment, second_segment, first, last, self._line))

    def fit_table(self) -> None:
        """Size the matrix to its 7 × 7 cells, so that it never scrolls."""
        header, rows = self.table.horizontalHeader(), self.table.verticalHeader()
        frame = 2 * self.table.frameWidth()
        width = rows.sizeHint().width() + SIZE * header.defaultSectionSize() + frame
        height = header.sizeHint().height() + SIZE * rows.defaultSectionSize() + frame
        self.table.setFixedSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # As narrow as the matrix alone: a narrow window stacks the scoreboard under it instead
        # of making the whole section scroll sideways.
        hint = super().minimumSizeHint()
        narrow = max(self.table.minimumWidth(), self.board.minimumSizeHint().width())
        return QSize(min(hint.width(), narrow), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = self.table.width() + 16 + self.board.sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if event.size().width() >= wide \
            else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            # Under the matrix the scoreboard keeps its own width rather than spanning the window.
            stacked = direction is QBoxLayout.Direction.TopToBottom
            self.body.setAlignment(self.board, Qt.AlignmentFlag.AlignTop
                                   | (Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag.AlignJustify))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.recompute()
        self.fit_table()
