"""The NPS section: lazy matplotlib, filters, hover values, exports, refresh on changes."""
from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import peewee
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop import charts, figures
from crm_desktop.models import SurveyResponse
from crm_desktop.nps import Bucket
from tests.conftest import REPO
from tests.report_studio import FIRST, LAST, ReportStudio, fill_report_studio
from ui.context import AppContext
from ui.nps_view import NpsSection

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class _Context(AppContext):
    def today(self) -> dt.date:
        return LAST


@pytest.fixture
def studio(db: peewee.Database) -> ReportStudio:
    return fill_report_studio()


@pytest.fixture
def section(studio: ReportStudio, qtbot: QtBot) -> NpsSection:
    widget = NpsSection(_Context("test"))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    return widget


def _show(section: NpsSection, qtbot: QtBot) -> None:
    section.show()
    qtbot.waitExposed(section)


def test_importing_the_section_does_not_import_matplotlib() -> None:
    code = "import sys, ui.nps_view; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "False", result.stderr


def test_the_canvas_appears_when_first_shown(section: NpsSection, qtbot: QtBot) -> None:
    assert section.canvas is None and section.points == []
    _show(section, qtbot)
    container = section.findChild(QWidget, "npsChart")
    assert container is not None and section.canvas is not None
    assert section.canvas.parent() is container
    assert section.date_range() == (FIRST, LAST)
    assert section.points == figures.nps_trend(Bucket.MONTH, FIRST, LAST)
    assert "20 ± 54" in section.summary.text()


def test_bucket_and_filters(section: NpsSection, qtbot: QtBot, studio: ReportStudio) -> None:
    _show(section, qtbot)
    section.rolling.setChecked(True)
    section.bucket.setCurrentIndex(section.bucket.findData(Bucket.QUARTER))
    assert [p.period for p in section.points] == ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
    assert not section.rolling.isEnabled() and not section.rolling.isChecked()
    lin, _ = studio.designers
    section.designer.setCurrentIndex(section.designer.findData(lin))
    assert section.points == figures.nps_trend(Bucket.QUARTER, FIRST, LAST, designer_id=lin)
    section.kind.setCurrentIndex(section.kind.findData("kitchen"))
    assert section.points == figures.nps_trend(Bucket.QUARTER, FIRST, LAST, designer_id=lin,
                                               project_kind="kitchen")
    assert sum(p.counts.responses for p in section.points) == 3  # 王芳, 李四, Dan Green


def test_reversed_dates_say_so(section: NpsSection, qtbot: QtBot) -> None:
    _show(section, qtbot)
    section.set_range(LAST, FIRST)
    assert section.message.isVisible()
    assert "after" in section.message.text()


def test_hover_shows_the_exact_figures(section: NpsSection, qtbot: QtBot) -> None:
    from matplotlib.backend_bases import MouseEvent

    _show(section, qtbot)
    assert section.canvas is not None
    section.canvas.draw()
    index = [p.period for p in section.points].index("2025-04")
    axes = section.canvas.figure.axes[0]
    x, y = axes.transData.transform((index, section.points[index].nps))
    MouseEvent("motion_notify_event", section.canvas, x, y)._process()
    text = section.hover.text()
    assert text.startswith("2025-04: NPS 100.0 ± 0.0")
    assert "2 responses" in text
    empty = [p.period for p in section.points].index("2024-08")
    x, y = axes.transData.transform((empty, 0))
    MouseEvent("motion_notify_event", section.canvas, x, y)._process()
    assert section.hover.text() == "2024-08: no responses"


def test_exports(section: NpsSection, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _show(section, qtbot)
    chosen: list[str] = []

    def ask(caption: str, name_filter: str, suggested: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / Path(suggested).stem)  # no suffix: the section adds it

    monkeypatch.setattr(section, "ask_save_path", ask)
    png = section.export_image("png")
    svg = section.export_image("svg")
    csv_path = section.export_csv()
    assert png is not None and png.suffix == ".png" and not QImage(str(png)).isNull()
    assert svg is not None and svg.read_bytes().lstrip().startswith(b"<?xml")
    assert csv_path is not None
    expected = io.StringIO()
    charts.write_trend_csv(section.points, expected)
    assert csv_path.read_text(encoding="utf-8") == expected.getvalue()
    assert chosen[0] == f"nps-month-{FIRST.isoformat()}-{LAST.isoformat()}.png"


def test_cancelled_or_failed_export(section: NpsSection, qtbot: QtBot, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _show(section, qtbot)
    monkeypatch.setattr(section, "ask_save_path", lambda *args: "")
    assert section.export_csv() is None and not section.message.isVisible()
    monkeypatch.setattr(section, "ask_save_path", lambda *args: str(tmp_path / "missing" / "x.csv"))
    assert section.export_csv() is None
    assert section.message.isVisible() and "Could not write" in section.message.text()


def test_refreshes_when_the_data_changes(section: NpsSection, qtbot: QtBot, studio: ReportStudio) -> None:
    _show(section, qtbot)
    before = sum(p.counts.responses for p in section.points)
    SurveyResponse.create(customer=studio.ids["C09"], date=dt.date(2025, 6, 1), score=9)
    section.context.customers_changed.emit()
    assert sum(p.counts.responses for p in section.points) == before + 1
    section.hide()
    SurveyResponse.create(customer=studio.ids["C09"], date=dt.date(2025, 6, 2), score=9)
    section.context.customers_changed.emit()
    assert sum(p.counts.responses for p in section.points) == before + 1  # hidden: later
    _show(section, qtbot)
    assert sum(p.counts.responses for p in section.points) == before + 2
