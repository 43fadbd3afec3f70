"""Painting the segment report: the one code path behind print preview, printing, Save as PDF and the CLI.

The words come from the installed Qt translator (English or Chinese); the figures come from a
`ReportData` gathered beforehand. Everything is gray on white, so it prints as well in
grayscale as it shows on screen.
"""
from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from crm_desktop import charts
from crm_desktop.charts import ChartLabels
from crm_desktop.errors import UserError
from crm_desktop.nps import TrendPoint
from crm_desktop.report_data import ReportData
from ui.chart_texts import chart_labels
from ui.report.fonts import report_families
from ui.report.layout import INK, MUTED, RULE, Draw, Flow, report_font
from ui.report.movement_page import movement_page
from ui.report.sections import (
    CHART_HEIGHT_MM,
    RIGHT,
    cell_lists,
    complaints,
    decisions,
    grid,
    headline,
    period_text,
    referrers,
    report_title,
    trend,
)

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate

MARGINS_MM = QMarginsF(16, 12, 16, 12)
HEADER_MM = 11.0
FOOTER_MM = 8.0


def a4_layout() -> QPageLayout:
    """A4 portrait with the report's margins; set on a printer before painting."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint_report(printer: QPagedPaintDevice, data: ReportData) -> int:
    """Paint the whole report on `printer` (its page layout as set, A4 by default) and return the page count."""
    chart = _chart(printer, data)
    recorded: set[str] = set()
    _layout(printer, data, None, [], recorded).clear()  # emptied, as in _paint
    recorded.update(_frame_texts(data))
    with report_families(recorded) as families:
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(translate("report", "The report could not be written: the printer or file refused it."))
        try:
            with _collector_paused():
                return _paint(printer, painter, data, chart, families)
        finally:
            painter.end()


def _paint(printer: QPagedPaintDevice, painter: QPainter, data: ReportData, chart: QSvgRenderer,
           families: list[str]) -> int:
    pages = _layout(printer, data, chart, families)
    for number, page in enumerate(pages, 1):
        if number > 1:
            printer.newPage()
        _page_frame(painter, printer, data, families, number, len(pages))
        for draw in page:
            draw(painter)
    count = len(pages)
    # The drawing steps refer back to their Flow: emptying the list lets them go at once, with
    # no work left for the collector.
    pages.clear()
    return count


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (laying out and painting).

    A layout keeps a drawing step for every row of every page alive until it is painted (tens of
    thousands of objects for a large studio): that sets off full collections, which only rescan
    them, for a tenth of the report's time. The steps are freed by reference counting after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _frame_texts(data: ReportData) -> list[str]:
    return [data.studio_name, f"{report_title()} · {period_text(data)}", _prepared(data),
            translate("report", "Page {page} of {pages}")]


def _prepared(data: ReportData) -> str:
    return translate("report", "Studio CRM · prepared {day}").format(day=data.today.isoformat())


def _page_frame(painter: QPainter, device: QPagedPaintDevice, data: ReportData, families: list[str],
                number: int, total: int) -> None:
    mm = device.logicalDpiY() / 25.4
    width, height = float(device.width()), float(device.height())
    rule = QPen(RULE, device.logicalDpiY() / 72 * 0.6)
    header = QRectF(0, 0, width, HEADER_MM * mm - 3 * mm)
    painter.setPen(INK)
    painter.setFont(report_font(families, 10, bold=True))
    painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), data.studio_name)
    painter.setFont(report_font(families, 8))
    painter.setPen(MUTED)
    painter.drawText(header, int(RIGHT | Qt.AlignmentFlag.AlignBottom), f"{report_title()} · {period_text(data)}")
    painter.setPen(rule)
    painter.drawLine(QPointF(0, header.bottom() + 1.5 * mm), QPointF(width, header.bottom() + 1.5 * mm))
    footer = QRectF(0, height - FOOTER_MM * mm + 3 * mm, width, FOOTER_MM * mm - 3 * mm)
    painter.drawLine(QPointF(0, footer.top() - 1.5 * mm), QPointF(width, footer.top() - 1.5 * mm))
    painter.setPen(MUTED)
    painter.setFont(report_font(families, 7.5))
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), _prepared(data))
    painter.drawText(footer, int(RIGHT | Qt.AlignmentFlag.AlignTop),
                     translate("report", "Page {page} of {pages}").format(page=number, pages=total))


def _layout(device: QPagedPaintDevice, data: ReportData, chart: QSvgRenderer | None, families: list[str],
            recording: set[str] | None = None) -> list[list[Draw]]:
    """The pages, each a list of drawing steps; with `recording`, only collect the texts."""
    mm = device.logicalDpiY() / 25.4
    top = HEADER_MM * mm
    flow = Flow(device, QRectF(0, top, device.width(), device.height() - top - FOOTER_MM * mm), families,
                recording)
    flow.text(report_title(), flow.font(18, bold=True), after=0.5)
    flow.text(period_text(data), flow.font(10), colour=MUTED, after=4)
    headline(flow, data)
    trend(flow, data, chart)
    grid(flow, data)
    referrers(flow, data)
    complaints(flow, data)
    decisions(flow, data)
    movement_page(flow, data)
    cell_lists(flow, data)
    return flow.pages


def _chart(device: QPagedPaintDevice, data: ReportData) -> QSvgRenderer:
    """The 12-month chart as vector graphics, sized to the text width."""
    margins = device.pageLayout().margins(QPageLayout.Unit.Inch)
    width_in = device.pageLayout().fullRect(QPageLayout.Unit.Inch).width() - margins.left() - margins.right()
    return QSvgRenderer(QByteArray(_chart_svg(data.trend, chart_labels(), (width_in, CHART_HEIGHT_MM / 25.4))))


@functools.lru_cache(maxsize=4)
def _chart_svg(trend: tuple[TrendPoint, ...], labels: ChartLabels, size_inches: tuple[float, float]) -> bytes:
    """The chart's SVG, kept for the process: building and saving the figure takes about half a
    second, and the preview, the print and the PDF of one report draw the same chart."""
    figure = charts.nps_trend_figure(list(trend), labels, rolling=True, hatching=False, size_inches=size_inches)
    return charts.figure_svg(figure)
