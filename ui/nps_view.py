"""The NPS section: the trend chart with its filters, exact values on hover, PNG / SVG / CSV export.

matplotlib is imported the first time the section is shown, never at start-up.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import charts, figures
from crm_desktop.nps import Bucket, TrendPoint, format_nps, one_decimal
from crm_desktop.project_service import staff_rows
from crm_desktop.report_data import trend_start
from crm_desktop.report_queries import project_kinds
from ui.chart_texts import chart_labels
from ui.context import AppContext

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

# Filters follow typing in the date boxes after this pause.
REFRESH_DELAY_MS = 150
EXPORT_DPI = 200


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class NpsSection(QWidget):
    """NPS per month, quarter or year with its margin of error, and the responses behind it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("npsSection")
        self.points: list[TrendPoint] = []
        self.canvas: FigureCanvasQTAgg | None = None
        self._markers: list[Any] = []
        self._stale = True
        # The designer and kind lists are read again only after data changed elsewhere.
        self._filters_stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        context.customers_changed.connect(self._data_changed)
        context.projects_changed.connect(self._data_changed)
        context.settings_changed.connect(self._data_changed)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.bucket = QComboBox()
        self.bucket.setObjectName("npsBucket")
        self.bucket.setAccessibleName(self.tr("Period"))
        for bucket, text in ((Bucket.MONTH, self.tr("By month")), (Bucket.QUARTER, self.tr("By quarter")),
                             (Bucket.YEAR, self.tr("By year"))):
            self.bucket.addItem(text, bucket)
        self.bucket.currentIndexChanged.connect(self._bucket_changed)

        today = self.context.today()
        self.first_edit = self._date_edit("npsFrom", self.tr("From"), trend_start(today))
        self.last_edit = self._date_edit("npsTo", self.tr("To"), today)

        self.designer = QComboBox()
        self.designer.setObjectName("npsDesigner")
        self.designer.setAccessibleName(self.tr("Designer"))
        self.designer.currentIndexChanged.connect(self._filters_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("npsKind")
        self.kind.setAccessibleName(self.tr("Kind of job"))
        self.kind.currentIndexChanged.connect(self._filters_changed)

        self.rolling = QCheckBox(self.tr("&Rolling 3 months"))
        self.rolling.setObjectName("npsRolling")
        self.rolling.setToolTip(self.tr("The NPS of all responses of the three months ending at each month."))
        self.rolling.toggled.connect(self._redraw)
        self.band = QCheckBox(self.tr("&Margin of error"))
        self.band.setObjectName("npsBand")
        self.band.setChecked(True)
        self.band.setToolTip(self.tr("The 95 % margin of error around each period's NPS."))
        self.band.toggled.connect(self._redraw)

        self.export_png = QPushButton(self.tr("Export &PNG…"))
        self.export_png.setObjectName("npsExportPng")
        self.export_png.clicked.connect(lambda: self.export_image("png"))
        self.export_svg = QPushButton(self.tr("Export &SVG…"))
        self.export_svg.setObjectName("npsExportSvg")
        self.export_svg.clicked.connect(lambda: self.export_image("svg"))
        self.export_csv_button = QPushButton(self.tr("Export &CSV…"))
        self.export_csv_button.setObjectName("npsExportCsv")
        self.export_csv_button.clicked.connect(self.export_csv)

        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Show:"), self.bucket), (self.tr("&From:"), self.first_edit),
                             (self.tr("&To:"), self.last_edit), (self.tr("&Designer:"), self.designer),
                             (self.tr("&Kind of job:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        options = QHBoxLayout()
        options.addWidget(self.band)
        options.addWidget(self.rolling)
        options.addStretch(1)
        for button in (self.export_png, self.export_svg, self.export_csv_button):
            options.addWidget(button)

        self.summary = QLabel()
        self.summary.setObjectName("npsSummary")
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("npsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.chart = QWidget()
        self.chart.setObjectName("npsChart")
        self.chart.setAccessibleName(self.tr("NPS trend chart"))
        self.chart_layout = QVBoxLayout(self.chart)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.hover = QLabel(self.tr("Point at a period to see its exact figures."))
        self.hover.setObjectName("npsHover")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.hover)

    def _date_edit(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _day: self._timer.start())
        return edit

    def _fill_filters(self) -> None:
        """The designers and kinds of job as they are now, keeping the current choices."""
        for combo, everything, entries in (
            (self.designer, self.tr("All designers"), [(row.name, row.id) for row in staff_rows()]),
            (self.kind, self.tr("All kinds of job"), [(kind, kind) for kind in project_kinds()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in entries:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- state ------------------------------------------------------------------------------

    def current_bucket(self) -> Bucket:
        return Bucket(self.bucket.currentData())

    def date_range(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.first_edit.date()), _pydate(self.last_edit.date())

    def set_range(self, first: dt.date, last: dt.date) -> None:
        self.first_edit.setDate(_qdate(first))
        self.last_edit.setDate(_qdate(last))
        self.refresh()

    def _bucket_changed(self) -> None:
        monthly = self.current_bucket() is Bucket.MONTH
        self.rolling.setEnabled(monthly)
        if not monthly:
            self.rolling.setChecked(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _data_changed(self) -> None:
        # A hidden section refreshes when it is next shown, not on every save elsewhere.
        self._filters_stale = True
        self._filters_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._create_canvas()
        if self._stale:
            self.refresh()

    def _create_canvas(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(9, 5)))
        self.canvas.setObjectName("npsCanvas")
        self.canvas.setMinimumHeight(280)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.chart_layout.addWidget(self.canvas)

    # -- figures ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the core for the trend of the chosen range and filters, and draw it."""
        self._timer.stop()
        self._stale = False
        if self._filters_stale:
            self._filters_stale = False
            self._fill_filters()
        first, last = self.date_range()
        if first > last:
            self._show_message(self.tr("The start date is after the end date."))
            return
        self.message.hide()
        narrow: dict[str, Any] = {"designer_id": self.designer.currentData(),
                                  "project_kind": self.kind.currentData()}
        self.points = figures.nps_trend(self.current_bucket(), first, last, **narrow)
        counts = figures.nps_over(first, last, **narrow)
        if counts.responses:
            self.summary.setText(self.tr("NPS {nps} from {n} responses, {first} to {last}").format(
                nps=format_nps(counts), n=f"{counts.responses:,}", first=first.isoformat(),
                last=last.isoformat()))
        else:
            self.summary.setText(self.tr("No survey responses from {first} to {last}").format(
                first=first.isoformat(), last=last.isoformat()))
        self._redraw()

    def _redraw(self) -> None:
        if self.canvas is None:
            return
        figure = charts.nps_trend_figure(self.points, chart_labels(), show_band=self.band.isChecked(),
                                         rolling=self.rolling.isChecked() and self.rolling.isEnabled(),
                                         figure=self.canvas.figure)
        # A thin marker follows the mouse across both axes, hidden until the first hover.
        self._markers = [axes.axvline(0, color="0.2", linewidth=0.8, alpha=0.6, visible=False)
                         for axes in figure.axes]
        self.canvas.draw_idle()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- hover ------------------------------------------------------------------------------

    def describe(self, index: int) -> str:
        """The exact figures of one period, as the hover shows them."""
        point = self.points[index]
        c = point.counts
        if not c.responses:
            return self.tr("{period}: no responses").format(period=point.period)
        text = self.tr("{period}: NPS {nps} ± {moe} · {n} responses: {p} promoters, {pa} passives, "
                       "{d} detractors").format(
            period=point.period, nps=one_decimal(point.nps), moe=one_decimal(point.moe), n=c.responses,
            p=c.promoters, pa=c.passives, d=c.detractors)
        if self.rolling.isChecked():
            value = charts.rolling_nps(self.points)[index]
            if value is not None:
                text += self.tr(" · rolling 3 months: {nps}").format(nps=one_decimal(value))
        return text

    def _on_motion(self, event: Any) -> None:
        index = charts.point_index(self.points, event.xdata) if event.inaxes is not None else None
        if index is None:
            QToolTip.hideText()
            self._show_marker(None)
            return
        text = self.describe(index)
        self.hover.setText(text)
        self._show_marker(index)
        if self.canvas is not None:
            QToolTip.showText(QCursor.pos(), text, self.canvas)

    def _show_marker(self, index: int | None) -> None:
        if self.canvas is None:
            return
        for marker in self._markers:
            marker.set_visible(index is not None)
            if index is not None:
                marker.set_xdata([index, index])
        self.canvas.draw_idle()

    # -- export -----------------------------------------------------------------------------

    def ask_save_path(self, caption: str, name_filter: str, suggested: str) -> str:
        """The file to write, chosen by the user ('' when cancelled); tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(self, caption, suggested, name_filter)
        return path

    def _suggested_name(self, suffix: str) -> str:
        first, last = self.date_range()
        return f"nps-{self.current_bucket().value}-{first.isoformat()}-{last.isoformat()}.{suffix}"

    def _target(self, caption: str, name_filter: str, suffix: str) -> Path | None:
        chosen = self.ask_save_path(caption, name_filter, self._suggested_name(suffix))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_name(path.name + f".{suffix}")

    def export_image(self, fmt: str) -> Path | None:
        """Save the chart as it is shown, as PNG or SVG."""
        if self.canvas is None:
            self._create_canvas()
            self.refresh()
        assert self.canvas is not None
        name_filter = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
        path = self._target(self.tr("Export the NPS chart"), name_filter, fmt)
        if path is None:
            return None
        try:
            self.canvas.figure.savefig(path, format=fmt, dpi=EXPORT_DPI, metadata=None)
        except OSError as exc:
            self._show_message(self.tr("Could not write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return None
        self.message.hide()
        return path

    def export_csv(self) -> Path | None:
        """Save the figures behind the chart: one row per period, as the `nps` command prints them."""
        if self._stale:
            self.refresh()
        path = self._target(self.tr("Export the NPS figures"), self.tr("CSV file (*.csv)"), "csv")
        if path is None:
            return None
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                charts.write_trend_csv(self.points, out)
        except OSError as exc:
            self._show_message(self.tr("Could not write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return None
        self.message.hide()
        return path
