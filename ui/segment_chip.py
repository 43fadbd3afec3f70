"""The segment chip: a segment's name on a subtle colour, in table cells and as a label."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crm_desktop.segments import Segment, recommended_action
from ui import labels

# Pale enough that dark text stays readable on them; the hue says the NPS class, the depth
# says profitable (+) or not (−). The name is always written on the chip: colour is a hint only.
SEGMENT_COLOURS: dict[Segment, str] = {
    Segment.PROMOTER_PLUS: "#bfe5c8",
    Segment.PROMOTER_MINUS: "#e2f3e6",
    Segment.PASSIVE_PLUS: "#f8dd9e",
    Segment.PASSIVE_MINUS: "#fcefd2",
    Segment.DETRACTOR_PLUS: "#f3bfb9",
    Segment.DETRACTOR_MINUS: "#fae0dc",
    Segment.UNRATED: "#e4e4e4",
}
CHIP_TEXT = "#202020"


def segment_colour(segment: Segment) -> QColor:
    return QColor(SEGMENT_COLOURS[segment])


def segment_tooltip(segment: Segment) -> str:
    """The recommended action for the segment: its name and what it means."""
    action = recommended_action(segment)
    return f"{labels.action_name(action)}: {labels.action_hint(action)}"


class SegmentChip(QLabel):
    """A rounded label naming a segment, with the recommended action as its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment: Segment | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def set_segment(self, segment: Segment | None) -> None:
        self.segment = segment
        if segment is None:
            self.clear()
            self.hide()
            return
        self.setText(labels.segment_name(segment))
        self.setToolTip(segment_tooltip(segment))
        self.setStyleSheet(
            f"QLabel {{ background: {SEGMENT_COLOURS[segment]}; color: {CHIP_TEXT};"
            " border-radius: 8px; padding: 1px 8px; }"
        )
        self.show()


class SegmentChipDelegate(QStyledItemDelegate):
    """Paints a cell's BackgroundRole as a rounded chip behind its text, not as a full fill."""

    H_MARGIN = 4
    V_MARGIN = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        # The row's own background and selection first, without the text or the cell colour.
        opt.text = ""
        opt.backgroundBrush = QBrush()
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 16, opt.rect.width() - 2 * self.H_MARGIN)
        chip = QRect(opt.rect.left() + self.H_MARGIN, opt.rect.top() + self.V_MARGIN,
                     max(width, 0), opt.rect.height() - 2 * self.V_MARGIN)
        if isinstance(background, (QColor, QBrush)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(background))
            radius = chip.height() / 2
            painter.drawRoundedRect(chip, radius, radius)
            painter.setPen(QColor(CHIP_TEXT))
        else:
            role = (QPalette.ColorRole.HighlightedText
                    if opt.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
            painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - 12)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 16 + 2 * self.H_MARGIN, size.height() + 2 * self.V_MARGIN)
