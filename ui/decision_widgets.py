"""Small pieces shared by the decline wizard and the decision journal: labels, colours, a bar."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.decision_rules import Kind

MUTED = "color: #5f5f5f;"
BELOW = "color: #8c1d18;"
CLEARS = "color: #1f6b35;"
KIND_COLOURS = {Kind.DECLINE: "#f3d3cf", Kind.ACCEPT_WITH_CONDITIONS: "#f8e3b0", Kind.ACCEPT: "#cfe9d6"}


def text_label(text: str = "", parent: QWidget | None = None, style: str = "") -> QLabel:
    """A wrapping, selectable label for plain text (a name like '<b>' stays as typed)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def rich_label(markup: str = "", parent: QWidget | None = None, style: str = "") -> QLabel:
    """Like text_label, for markup built here (every piece of user data html-escaped)."""
    label = text_label("", parent, style)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markup)
    return label


class LoadBar(QWidget):
    """A short horizontal bar: one designer's active projects against the busiest designer's."""

    WIDTH = 120

    def __init__(self, share: float, highlighted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = max(0.0, min(share, 1.0))
        self.highlighted = highlighted
        self.setFixedSize(self.WIDTH, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e2e2e2"))
        painter.drawRoundedRect(self.rect(), 4, 4)
        if self.share > 0:
            painter.setBrush(QColor("#3b6ea8" if self.highlighted else "#8a8a8a"))
            filled = self.rect().adjusted(0, 0, -round(self.width() * (1 - self.share)), 0)
            painter.drawRoundedRect(filled, 4, 4)
        painter.end()
