"""The NPS chart figure and its CSV against the `nps` command's numbers; gaps, rolling line, fonts."""
from __future__ import annotations

import io
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import peewee
import pytest

from crm_desktop import charts, figures
from crm_desktop.cli import run_command
from crm_desktop.nps import Bucket, NpsCounts, TrendPoint, nps
from tests.conftest import REPO
from tests.report_studio import FIRST, LAST, fill_report_studio

LABELS = charts.ChartLabels(
    nps="NPS", band="95 % margin of error", rolling="Rolling 3 months", responses="Responses",
    promoters="Promoters", passives="Passives", detractors="Detractors", no_data="No responses",
)
CHINESE = charts.ChartLabels(
    nps="净推荐值", band="95% 误差范围", rolling="滚动三个月", responses="回复数",
    promoters="推荐者", passives="被动者", detractors="贬损者", no_data="没有回复",
)


def _line(figure: object, label: str) -> list[float]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    (line,) = [line for line in axes.get_lines() if line.get_label() == label]
    return [float(v) for v in line.get_ydata()]


def _cli_rows(db_path: Path, *extra: str) -> list[dict[str, str]]:
    out = io.StringIO()
    assert run_command(["nps", "--db", str(db_path), *extra], out, io.StringIO()) == 0
    header, *rows = out.getvalue().splitlines()
    return [dict(zip(header.split(","), row.split(","))) for row in rows]


@pytest.fixture
def studio_db(db: peewee.Database, db_spec: str) -> str:
    fill_report_studio()
    return db_spec


def test_chart_figures_match_the_nps_command(studio_db: Path) -> None:
    cli = _cli_rows(studio_db, "--from", FIRST.isoformat(), "--to", LAST.isoformat())
    points = figures.nps_trend(Bucket.MONTH, FIRST, LAST)
    figure = charts.nps_trend_figure(points, LABELS)
    values = _line(figure, "NPS")
    assert [p.period for p in points] == [row["period"] for row in cli]
    for value, row in zip(values, cli):
        if row["nps"] == "":
            assert math.isnan(value)
        else:
            assert f"{value:.1f}" == row["nps"]
    # The bars stack to the response count of each period.
    bars = figure.axes[1].patches
    heights = [0.0] * len(points)
    for index, bar in enumerate(bars):
        heights[index % len(points)] += bar.get_height()
    assert heights == [float(row["responses"]) for row in cli]


def test_csv_is_what_the_nps_command_prints(studio_db: Path) -> None:
    expected = io.StringIO()
    run_command(["nps", "--db", str(studio_db), "--by", "quarter", "--from", FIRST.isoformat(),
                 "--to", LAST.isoformat()], expected, io.StringIO())
    written = io.StringIO()
    charts.write_trend_csv(figures.nps_trend(Bucket.QUARTER, FIRST, LAST), written)
    assert written.getvalue() == expected.getvalue()


def test_empty_periods_are_gaps_never_zeros() -> None:
    points = [
        TrendPoint("2025-01", NpsCounts(3, 1, 1)),
        TrendPoint("2025-02", NpsCounts()),
        TrendPoint("2025-03", NpsCounts(0, 0, 2)),
        TrendPoint("2025-04", NpsCounts()),
    ]
    figure = charts.nps_trend_figure(points, LABELS, rolling=True)
    values = _line(figure, "NPS")
    assert values[0] == pytest.approx(40.0) and values[2] == pytest.approx(-100.0)
    assert math.isnan(values[1]) and math.isnan(values[3])
    # The band has one block per run of periods with responses: two lone periods, two blocks.
    (band,) = [c for c in figure.axes[0].collections if c.get_label() == "95 % margin of error"]
    assert len(band.get_paths()) == 2
    # Counts are written over the bars: 5, 0, 2, 0.
    assert [t.get_text() for t in figure.axes[1].texts] == ["5", "0", "2", "0"]


def test_rolling_line_pools_the_responses_of_three_periods() -> None:
    points = [
        TrendPoint("a", NpsCounts(1, 0, 0)),
        TrendPoint("b", NpsCounts(0, 0, 0)),
        TrendPoint("c", NpsCounts(0, 0, 3)),
        TrendPoint("d", NpsCounts(9, 0, 0)),
        TrendPoint("e", NpsCounts()),
        TrendPoint("f", NpsCounts()),
        TrendPoint("g", NpsCounts()),
    ]
    rolling = charts.rolling_nps(points)
    assert rolling[:2] == [None, None]  # no full window yet
    assert rolling[2] == pytest.approx(nps(NpsCounts(1, 0, 3)))  # -50, not the mean of 100 and -100
    assert rolling[3] == pytest.approx(nps(NpsCounts(9, 0, 3)))
    assert rolling[5] == pytest.approx(100.0)
    assert rolling[6] is None  # three empty periods
    figure = charts.nps_trend_figure(points, LABELS, rolling=True)
    drawn = _line(figure, "Rolling 3 months")
    assert math.isnan(drawn[0]) and drawn[2] == pytest.approx(-50.0) and math.isnan(drawn[6])


def test_no_points_says_so() -> None:
    figure = charts.nps_trend_figure([], LABELS)
    assert "No responses" in [t.get_text() for t in figure.axes[0].texts]


def test_chinese_labels_render_without_missing_glyphs() -> None:
    # filterwarnings=error turns matplotlib's "Glyph … missing from font" warning into a failure.
    points = [TrendPoint("2025-01", NpsCounts(3, 1, 1)), TrendPoint("2025-02", NpsCounts(1, 1, 1))]
    figure = charts.nps_trend_figure(points, CHINESE, rolling=True)
    figure.savefig(io.BytesIO(), format="png")
    assert charts.font_families()[0] in charts.CJK_FAMILIES


def test_svg_for_the_report_has_no_blank_glyph_paths() -> None:
    points = [TrendPoint("2025-01", NpsCounts(3, 1, 1)), TrendPoint("2025-02", NpsCounts(1, 1, 1))]
    svg = charts.figure_svg(charts.nps_trend_figure(points, LABELS, hatching=False))
    root = ET.fromstring(svg)
    paths = root.iter("{http://www.w3.org/2000/svg}path")
    assert all(p.get("d") for p in paths)
    defined = {p.get("id") for p in root.iter("{http://www.w3.org/2000/svg}path") if p.get("id")}
    used = {u.get("{http://www.w3.org/1999/xlink}href", "")[1:] for u in root.iter("{http://www.w3.org/2000/svg}use")}
    assert used <= defined
    assert b"<pattern" not in svg  # no hatching: Qt would rasterise it


def test_point_index_maps_the_mouse_to_a_period() -> None:
    points = [TrendPoint(str(i), NpsCounts()) for i in range(3)]
    assert charts.point_index(points, 0.4) == 0
    assert charts.point_index(points, 1.6) == 2
    assert charts.point_index(points, -0.6) is None
    assert charts.point_index(points, 2.6) is None
    assert charts.point_index(points, None) is None


def test_importing_the_chart_module_does_not_import_matplotlib() -> None:
    code = "import sys, crm_desktop.charts, crm_desktop.report_data; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "False", result.stderr
