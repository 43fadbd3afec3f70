"""The Segments section: the 2×3 grid of NPS class × profit class, the unrated tray, the profit line."""
from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import figures
from crm_desktop.errors import UserError
from crm_desktop.money import display_amount
from crm_desktop.nps import CLASS_RANGES, NpsClass
from crm_desktop.segments import Segment, recommended_action
from crm_desktop.settings import save_settings
from ui import labels
from ui.amounts import whole_units
from ui.context import AppContext
from ui.movement_view import MovementPanel
from ui.segment_chip import CHIP_TEXT, SEGMENT_COLOURS

# The grid follows the profit line as it is typed, after this pause.
RECOMPUTE_DELAY_MS = 150
MAX_LINE_UNITS = 1e12

# Row and column of each segment in the grid (DESIGN.md: NPS class across, profit class down).
GRID_POSITIONS: dict[Segment, tuple[int, int]] = {
    Segment.PROMOTER_PLUS: (0, 0), Segment.PASSIVE_PLUS: (0, 1), Segment.DETRACTOR_PLUS: (0, 2),
    Segment.PROMOTER_MINUS: (1, 0), Segment.PASSIVE_MINUS: (1, 1), Segment.DETRACTOR_MINUS: (1, 2),
}
NPS_COLUMNS = (NpsClass.PROMOTER, NpsClass.PASSIVE, NpsClass.DETRACTOR)

# Grayscale must tell the rows apart without colour: profitable tiles have a solid frame,
# unprofitable ones a dashed frame, the unrated tray a dotted one — and each names itself.
BORDERS: dict[str, str] = {"+": "solid", "-": "dashed", "unrated": "dotted"}


def tile_object_name(segment: Segment) -> str:
    return f"segmentTile_{segment.value}"


class SegmentTile(QFrame):
    """One cell: name, customer count, share, total profit and the recommended action."""

    clicked = Signal()

    def __init__(self, segment: Segment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment = segment
        self.count = 0
        self.setObjectName(tile_object_name(segment))
        self.setAccessibleName(tile_object_name(segment))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._pressed = False
        border = BORDERS["unrated" if segment is Segment.UNRATED else segment.value[-1]]
        colour = SEGMENT_COLOURS[segment]
        self.setStyleSheet(
            f"SegmentTile {{ background: {colour}; border: 2px {border} #3c3c3c; border-radius: 6px; }}"
            f" SegmentTile:hover {{ border-color: #000000; }}"
            f" SegmentTile:focus {{ border: 3px solid #1a5fb4; }}"
            f" QLabel {{ color: {CHIP_TEXT}; background: transparent; border: none; }}"
        )

        action = recommended_action(segment)
        self.name_label = QLabel(labels.segment_name(segment))
        self.name_label.setObjectName("segmentName")
        name_font = QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.15)
        self.name_label.setFont(name_font)

        self.count_label = QLabel("0")
        self.count_label.setObjectName("segmentCount")
        count_font = QFont(self.font())
        count_font.setBold(True)
        count_font.setPointSizeF(count_font.pointSizeF() * 2.0)
        self.count_label.setFont(count_font)
        self.count_caption = QLabel()
        self.count_caption.setObjectName("segmentCountCaption")
        self.share_label = QLabel()
        self.share_label.setObjectName("segmentShare")
        self.profit_label = QLabel()
        self.profit_label.setObjectName("segmentProfit")
        self.profit_label.setWordWrap(True)
        self.action_label = QLabel(labels.action_name(action))
        self.action_label.setObjectName("segmentAction")
        action_font = QFont(self.font())
        action_font.setBold(True)
        self.action_label.setFont(action_font)
        self.hint_label = QLabel(labels.action_hint(action))
        self.hint_label.setObjectName("segmentHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.count_caption, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addLayout(count_row)
        layout.addWidget(self.share_label)
        layout.addWidget(self.profit_label)
        layout.addSpacing(4)
        layout.addWidget(self.action_label)
        layout.addWidget(self.hint_label, 1)

    def set_figures(self, count: int, total: int, profit_cents: int, currency: str) -> None:
        """Show the segment's figures; `total` is every customer, for the share."""
        self.count = count
        # Plain digits: the count is read (and checked) as text.
        self.count_label.setText(str(count))
        self.count_caption.setText(self.tr("customer") if count == 1 else self.tr("customers"))
        share = self.tr("{share} % of all customers").format(share=f"{100 * count / total:.0f}") if total \
            else self.tr("no customers yet")
        self.share_label.setText(share)
        self.profit_label.setText(self.tr("Profit: {amount} {currency}").format(
            amount=display_amount(whole_units(profit_cents)), currency=currency))
        action = recommended_action(self.segment)
        summary = self.tr("{name}: {count} customers ({share}), profit {amount} {currency}. {action}: {hint}").format(
            name=labels.segment_name(self.segment), count=count, share=share,
            amount=display_amount(whole_units(profit_cents)), currency=currency,
            action=labels.action_name(action), hint=labels.action_hint(action))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary + "\n" + self.tr("Click or press Enter to list these customers."))

    # -- activation by mouse and keyboard ---------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._pressed:
            self._pressed = False
            if self.rect().contains(event.position().toPoint()):
                self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SegmentsSection(QWidget):
    """The grid, the unrated tray and the profit line that divides + from −."""

    segment_chosen = Signal(object)
    # A MovementCell from the Movement panel: the customers behind one count of its matrix.
    movement_chosen = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("segmentsSection")
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self._build()
        self._load_studio_line()
        self.recompute()
        context.customers_changed.connect(self._data_changed)
        context.projects_changed.connect(self._data_changed)
        context.settings_changed.connect(self._settings_changed)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.line_edit = QDoubleSpinBox()
        self.line_edit.setObjectName("profitLine")
        self.line_edit.setAccessibleName(self.tr("Profit line"))
        self.line_edit.setRange(0, MAX_LINE_UNITS)
        self.line_edit.setDecimals(0)
        self.line_edit.setSingleStep(1000)
        self.line_edit.setGroupSeparatorShown(True)
        self.line_edit.setMinimumWidth(160)
        self.line_edit.valueChanged.connect(self._line_changed)
        line_label = QLabel(self.tr("&Profit line:"))
        line_label.setBuddy(self.line_edit)

        self.save_line_button = QPushButton(self.tr("&Save as the studio's line"))
        self.save_line_button.setObjectName("saveProfitLine")
        self.save_line_button.clicked.connect(self.save_line)
        self.reset_line_button = QPushButton(self.tr("&Use the studio's line"))
        self.reset_line_button.setObjectName("resetProfitLine")
        self.reset_line_button.clicked.connect(self.reset_line)

        self.line_note = QLabel()
        self.line_note.setObjectName("profitLineNote")
        self.line_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("segmentMessage")
        self.message.setStyleSheet("color: #a33a00;")
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(line_label)
        top.addWidget(self.line_edit)
        top.addWidget(self.save_line_button)
        top.addWidget(self.reset_line_button)
        top.addWidget(self.line_note, 1)

        self.tiles: dict[Segment, SegmentTile] = {}
        self.grid = QWidget()
        self.grid.setObjectName("segmentGrid")
        self.grid.setAccessibleName("segmentGrid")
        self.grid.setAccessibleDescription(self.tr("Customer segments: recommendation × profit"))
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, cls in enumerate(NPS_COLUMNS):
            low, high = CLASS_RANGES[cls]
            header = QLabel(self.tr("{name} ({low}–{high})").format(
                name=labels.nps_class_name(cls.value), low=low, high=high))
            header.setFont(bold)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column + 1)
        self.row_headers: dict[bool, QLabel] = {}
        for row, profitable in enumerate((True, False)):
            header = QLabel()
            header.setFont(bold)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            longest = max(labels.profit_class_name(True), labels.profit_class_name(False), key=len)
            header.setFixedWidth(QFontMetrics(bold).horizontalAdvance(f"− {longest}") + 16)
            grid.addWidget(header, row + 1, 0)
            self.row_headers[profitable] = header
        for segment, (row, column) in GRID_POSITIONS.items():
            tile = SegmentTile(segment)
            tile.clicked.connect(lambda s=segment: self.segment_chosen.emit(s))
            grid.addWidget(tile, row + 1, column + 1)
            self.tiles[segment] = tile
        for column in range(1, 4):
            grid.setColumnStretch(column, 1)
        for row in range(1, 3):
            grid.setRowStretch(row, 1)

        unrated = SegmentTile(Segment.UNRATED)
        unrated.clicked.connect(lambda: self.segment_chosen.emit(Segment.UNRATED))
        self.tiles[Segment.UNRATED] = unrated
        tray_title = QLabel(self.tr("Not yet rated"))
        tray_title.setFont(bold)
        tray_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tray = QWidget()
        tray.setObjectName("unratedTray")
        tray_layout = QVBoxLayout(tray)
        tray_layout.setContentsMargins(0, 0, 0, 0)
        tray_layout.addWidget(tray_title)
        tray_layout.addWidget(unrated)
        # The total sits under the tray (rated and unrated together): it keeps the grid compact.
        self.total_label = QLabel()
        self.total_label.setObjectName("segmentTotal")
        self.total_label.setWordWrap(True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        tray_layout.addSpacing(6)
        tray_layout.addWidget(self.total_label)
        tray_layout.addStretch(1)
        tray.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 18)

        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addSpacing(12)
        body.addWidget(tray)

        self.movement = MovementPanel(self.context, self.profit_line_cents)
        self.movement.movement_chosen.connect(self.movement_chosen)

        content = QWidget()
        content.setObjectName("segmentsContent")
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(body)
        layout.addSpacing(6)
        layout.addWidget(self.movement)
        # Tiles keep their natural height (cards, not walls of colour); spare room goes below.
        layout.addStretch(1)
        # A short window scrolls rather than squeezing the tiles' text.
        scroll = QScrollArea()
        scroll.setObjectName("segmentsScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Reading order for Tab: the line, the tiles row by row, the tray, then the movement panel.
        order = [self.line_edit, self.save_line_button, self.reset_line_button]
        order += [self.tiles[s] for s in GRID_POSITIONS] + [unrated]
        order += [self.movement.first_edit, self.movement.last_edit, self.movement.table]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- the profit line --------------------------------------------------------------------

    def profit_line_cents(self) -> int:
        """The line the grid is showing (typed, maybe not yet saved)."""
        studio = self.context.settings.profit_line_cents
        # The box shows whole units; on the studio's own line keep its exact cents.
        if round(self.line_edit.value()) == round(studio / 100):
            return studio
        return round(self.line_edit.value()) * 100

    def set_profit_line(self, cents: int) -> None:
        """Show the grid for another line (as typing it would)."""
        self.line_edit.setValue(cents / 100)

    def reset_line(self) -> None:
        """Back to the studio's saved line."""
        self._load_studio_line()
        self.recompute()

    def _load_studio_line(self) -> None:
        self.line_edit.blockSignals(True)
        self.line_edit.setValue(self.context.settings.profit_line_cents / 100)
        self.line_edit.blockSignals(False)
        self.line_edit.setSuffix(f" {self.context.settings.currency}")
        self._show_line_state()

    def _line_changed(self) -> None:
        self._show_line_state()
        self._timer.start()

    def _show_line_state(self) -> None:
        studio = self.profit_line_cents() == self.context.settings.profit_line_cents
        self.save_line_button.setEnabled(not studio)
        self.reset_line_button.setEnabled(not studio)
        self.line_note.setText(
            self.tr("Customers whose accepted jobs earned at least this much count as profitable (+).")
            if studio else
            self.tr("Trying a line: the studio's line stays {amount} {currency} until you save.").format(
                amount=display_amount(self.context.settings.profit_line_cents),
                currency=self.context.settings.currency))

    def save_line(self) -> None:
        try:
            save_settings(replace(self.context.settings, profit_line_cents=self.profit_line_cents()))
        except UserError as exc:
            self.message.setText(exc.message)
            self.message.show()
            return
        self.message.hide()
        self.context.reload_settings()

    # -- figures ----------------------------------------------------------------------------

    def recompute(self) -> None:
        """Count customers and profit per segment for the line shown, and fill the tiles."""
        self._timer.stop()
        self._stale = False
        line = self.profit_line_cents()
        currency = self.context.settings.currency
        summary = figures.segment_summary(line)
        total = sum(row.customers for row in summary)
        for row in summary:
            self.tiles[row.segment].set_figures(row.customers, total, row.profit_cents, currency)
        amount = display_amount(line)
        self.row_headers[True].setText(self.tr("+ {name}\n≥ {amount} {currency}").format(
            name=labels.profit_class_name(True), amount=amount, currency=currency))
        self.row_headers[False].setText(self.tr("− {name}\n< {amount} {currency}").format(
            name=labels.profit_class_name(False), amount=amount, currency=currency))
        unrated = self.tiles[Segment.UNRATED].count
        self.total_label.setText(self.tr("{total} customers, {rated} of them rated.").format(
            total=f"{total:,}", rated=f"{total - unrated:,}"))
        self.movement.follow_line()

    def _data_changed(self) -> None:
        # A hidden grid recomputes when it is next shown, not on every save elsewhere.
        if self.isVisible():
            self.recompute()
        else:
            self._stale = True

    def _settings_changed(self) -> None:
        self._load_studio_line()
        self._data_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.recompute()
