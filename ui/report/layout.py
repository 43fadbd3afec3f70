"""A small flow layout for paged devices: blocks top to bottom, tables that continue across pages.

Everything is measured first and painted afterwards, so the page count is known before the
first footer ("Page 1 of n") is drawn. A block or a table row is never split between pages.
Coordinates are the device's own pixels, so the same layout serves a 96 dpi preview and a
1200 dpi PDF.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

INK = QColor("#000000")
MUTED = QColor("#4d4d4d")
RULE = QColor("#9a9a9a")
HEADER_FILL = QColor("#dcdcdc")
ZEBRA_FILL = QColor("#f2f2f2")
WRAP = Qt.TextFlag.TextWordWrap
# As a plain int: combining Qt flags is a Python enum operation, too slow to repeat per cell.
WRAP_FLAGS = int(WRAP)

Draw = Callable[[QPainter], None]


def report_font(families: list[str], points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Column:
    title: str
    # A share of the text width; a table's columns add up to 1.
    width: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    bold: bool = False
    # Indexes of cells set in bold in an otherwise plain row (an overdue date, say).
    strong: tuple[int, ...] = ()


@dataclass
class Flow:
    """Places blocks in `content` (device pixels) page after page; `pages` holds what to draw.

    With `recording` set, nothing is measured and tables are not laid out: every text is added
    to the set instead (a quick first pass that learns which characters the report's font must
    hold; its pages are thrown away).
    """

    device: QPaintDevice
    content: QRectF
    families: list[str]
    recording: set[str] | None = None
    pages: list[list[Draw]] = field(default_factory=lambda: [[]])

    def __post_init__(self) -> None:
        self.y = self.content.top()
        self.body = self.font(8.5)
        self.bold = self.font(8.5, bold=True)
        # Measuring is most of the layout's time, and tables repeat many texts (dates, scores,
        # actions): each (font, width, text) is measured once. Keyed by the font object's id,
        # the font kept alongside so that the id stays its own.
        self._metrics: dict[int, tuple[QFont, QFontMetricsF]] = {}
        self._heights: dict[tuple[int, float, str], float] = {}

    def font(self, points: float, bold: bool = False) -> QFont:
        return report_font(self.families, points, bold)

    def note(self, *texts: str) -> None:
        """Texts drawn without being measured, for the recording pass."""
        if self.recording is not None:
            self.recording.update(texts)

    # -- units and measuring -----------------------------------------------------------------

    def mm(self, value: float) -> float:
        return value * self.device.logicalDpiY() / 25.4

    def pt(self, value: float) -> float:
        return value * self.device.logicalDpiY() / 72.0

    def text_height(self, text: str, font: QFont, width: float) -> float:
        if self.recording is not None:
            self.recording.add(text)
            return self.pt(font.pointSizeF() * 1.5)
        key = (id(font), width, text)
        height = self._heights.get(key)
        if height is None:
            known = self._metrics.get(id(font))
            if known is None:
                known = self._metrics[id(font)] = (font, QFontMetricsF(font, self.device))
            metrics = known[1]
            bound = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), WRAP_FLAGS, text)
            height = self._heights[key] = max(bound.height(), metrics.height())
        return height

    # -- placing -----------------------------------------------------------------------------

    @property
    def width(self) -> float:
        return self.content.width()

    def space_left(self) -> float:
        return self.content.bottom() - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.content.top()

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` fits below (a page's first block always fits)."""
        if height > self.space_left() and self.y > self.content.top():
            self.new_page()

    def place(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> QRectF:
        self.ensure(height)
        rect = QRectF(self.content.left(), self.y, self.width, height)
        self.pages[-1].append(lambda painter: draw(painter, rect))
        self.y += height
        return rect

    def gap(self, millimetres: float) -> None:
        if self.y > self.content.top():
            self.y += self.mm(millimetres)

    def text(self, text: str, font: QFont, *, colour: QColor = INK, keep_with: float = 0.0,
             after: float = 1.5) -> None:
        """A wrapped paragraph; `keep_with` more pixels must fit below it on the same page."""
        height = self.text_height(text, font, self.width)
        self.ensure(height + keep_with)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, int(WRAP | Qt.AlignmentFlag.AlignLeft), text)

        self.place(height, draw)
        self.gap(after)

    # -- tables ------------------------------------------------------------------------------

    def table(self, columns: Sequence[Column], rows: Sequence[Row], *,
              continued: str | None = None, keep_rows: int = 1) -> None:
        """A table with its header repeated on every page it runs onto; rows are never cut.

        `continued` is a caption drawn above the repeated header ("… (continued)").
        """
        if self.recording is not None:  # only the words count: the pages of this pass are dropped
            self.note(continued or "", *(c.title for c in columns))
            for row in rows:
                self.recording.update(row.cells)
            return
        pad = self.mm(1.2)
        widths = [c.width * self.width for c in columns]
        flags = [int(WRAP | c.align | Qt.AlignmentFlag.AlignTop) for c in columns]
        header = Row([c.title for c in columns], bold=True)
        header_height = self._row_height(header, widths, pad)
        heights = [self._row_height(row, widths, pad) for row in rows]
        self.ensure(header_height + sum(heights[:keep_rows]))
        self._header(flags, header, widths, header_height, pad)
        rule = QPen(RULE, self.pt(0.4))
        for index, (row, height) in enumerate(zip(rows, heights)):
            if height > self.space_left():
                self.new_page()
                if continued:
                    self.text(continued, self.bold, colour=MUTED, after=1.0)
                self._header(flags, header, widths, header_height, pad)
            self._row(flags, row, widths, height, pad, rule, shaded=index % 2 == 1)
        self.gap(2.0)

    def _font(self, row: Row, index: int) -> QFont:
        return self.bold if row.bold or index in row.strong else self.body

    def _row_height(self, row: Row, widths: Sequence[float], pad: float) -> float:
        return max(self.text_height(cell, self._font(row, i), width - 2 * pad)
                   for i, (cell, width) in enumerate(zip(row.cells, widths))) + 2 * pad

    def _header(self, flags: Sequence[int], header: Row, widths: Sequence[float], height: float,
                pad: float) -> None:
        rule = self.pt(0.8)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.fillRect(rect, HEADER_FILL)
            self._cells(painter, rect, flags, header, widths, pad)
            painter.setPen(QPen(INK, rule))
            painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

        self.place(height, draw)

    def _row(self, flags: Sequence[int], row: Row, widths: Sequence[float], height: float,
             pad: float, rule: QPen, shaded: bool) -> None:
        def draw(painter: QPainter, rect: QRectF) -> None:
            if shaded:
                painter.fillRect(rect, ZEBRA_FILL)
            self._cells(painter, rect, flags, row, widths, pad)
            painter.setPen(rule)
            painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

        self.place(height, draw)

    def _cells(self, painter: QPainter, rect: QRectF, flags: Sequence[int], row: Row,
               widths: Sequence[float], pad: float) -> None:
        painter.setPen(INK)
        x = rect.left()
        top = rect.top() + pad
        height = rect.height() - 2 * pad
        current = None
        for index, (flag, cell, width) in enumerate(zip(flags, row.cells, widths)):
            font = self._font(row, index)
            if font is not current:  # setting the same font again still costs a state change
                painter.setFont(font)
                current = font
            painter.drawText(QRectF(x + pad, top, width - 2 * pad, height), flag, cell)
            x += width
