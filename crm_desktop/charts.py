"""The NPS trend chart as a matplotlib Figure (no Qt, no pyplot), and the figures behind it as CSV.

matplotlib is imported inside the functions: it costs most of a second, and only a shown chart
or a printed report needs it. The chart reads in grayscale: line styles, markers and hatching
tell the series apart, colour never has to.
"""
from __future__ import annotations

import csv
import functools
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from crm_desktop.nps import NpsCounts, TrendPoint, nps, one_decimal

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

CSV_HEADER = ("period", "responses", "promoters", "passives", "detractors", "nps", "moe")
ROLLING_PERIODS = 3

# Chinese labels need a CJK font or they render as boxes; the first one installed wins and
# DejaVu Sans (shipped with matplotlib) is the last resort for Latin text.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "Arial Unicode MS",
)
LATIN_FALLBACK = "DejaVu Sans"

# Grayscale styles: the NPS line is solid black with dots, the rolling line dashed, the
# band a light gray; the stacked bars differ by shade *and* hatching.
INK = "black"
BAND_GRAY = "0.85"
ROLLING_GRAY = "0.35"
CLASS_STYLES = (
    ("promoters", {"facecolor": "0.3", "hatch": None}),
    ("passives", {"facecolor": "0.75", "hatch": "...."}),
    ("detractors", {"facecolor": "white", "hatch": "////"}),
)
# Above this many periods the counts are no longer written over the bars.
COUNT_LABELS_UP_TO = 24


@dataclass(frozen=True)
class ChartLabels:
    """The chart's words, translated by whoever asks for the chart (the core knows no language)."""

    nps: str
    band: str
    rolling: str
    responses: str
    promoters: str
    passives: str
    detractors: str
    no_data: str
    title: str = ""


@functools.cache
def font_families() -> tuple[str, ...]:
    """The CJK-capable families installed here (preferred first), then DejaVu Sans."""
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return tuple(name for name in CJK_FAMILIES if name in installed) + (LATIN_FALLBACK,)


def rolling_nps(points: Sequence[TrendPoint], periods: int = ROLLING_PERIODS) -> list[float | None]:
    """The rolling line: at each point, the NPS of the responses of the `periods` periods ending there.

    The responses are pooled (not the NPS values averaged), so a busy month weighs more than
    a quiet one. Points without a full window, and windows with no responses, have none.
    """
    result: list[float | None] = []
    for index in range(len(points)):
        if index < periods - 1:
            result.append(None)
            continue
        pooled = sum((p.counts for p in points[index - periods + 1:index + 1]), NpsCounts())
        result.append(nps(pooled))
    return result


def point_index(points: Sequence[TrendPoint], xdata: float | None) -> int | None:
    """The period under the mouse at data x `xdata` (periods sit at 0, 1, 2, …), or None."""
    if xdata is None or not points or math.isnan(xdata):
        return None
    index = math.floor(xdata + 0.5)
    return index if 0 <= index < len(points) else None


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def nps_trend_figure(
    points: Sequence[TrendPoint],
    labels: ChartLabels,
    *,
    show_band: bool = True,
    rolling: bool = False,
    hatching: bool = True,
    figure: Figure | None = None,
    size_inches: tuple[float, float] = (9.0, 5.0),
) -> Figure:
    """The NPS per period with its 95 % band over the responses per period, stacked by class.

    Empty periods are gaps in the line and the band (NaN), never zeros. The periods sit at
    x = 0, 1, 2, … (see `point_index`); the first axes is the NPS, the second the responses.
    Pass `figure` to draw into an existing figure (a canvas keeps its figure). Without
    `hatching` the classes differ by shade alone (black, gray, white): SVG hatch patterns are
    rasterised by Qt's SVG renderer, which makes a printed report slow and large.
    """
    from matplotlib.figure import Figure

    fig = figure if figure is not None else Figure(figsize=size_inches)
    fig.clear()
    fig.set_layout_engine("constrained")
    families = list(font_families())
    grid = fig.add_gridspec(2, 1, height_ratios=(3, 1.3))
    top = fig.add_subplot(grid[0])
    bottom = fig.add_subplot(grid[1], sharex=top)
    for axes in (top, bottom):
        axes.tick_params(labelfontfamily=families, labelsize=8)
        axes.grid(axis="y", color="0.88", linewidth=0.6)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    if labels.title:
        fig.suptitle(labels.title, fontfamily=families, fontsize=11)

    xs = list(range(len(points)))
    values = [_nan(p.nps) for p in points]
    _draw_nps(top, points, xs, values, labels, families, show_band, rolling)
    _draw_counts(bottom, points, xs, labels, families, hatching)

    if not points or all(math.isnan(v) for v in values):
        top.text(0.5, 0.5, labels.no_data, transform=top.transAxes, ha="center", va="center",
                 fontfamily=families, fontsize=10, color="0.3")
    top.tick_params(labelbottom=False)
    step = max(1, math.ceil(len(points) / 12))
    bottom.set_xticks(xs[::step], [p.period for p in points][::step])
    bottom.set_xlim(-0.6, max(len(points) - 0.4, 0.6))
    return fig


def _draw_nps(axes: Axes, points: Sequence[TrendPoint], xs: list[int], values: list[float],
              labels: ChartLabels, families: list[str], show_band: bool, rolling: bool) -> None:
    axes.set_ylabel(labels.nps, fontfamily=families, fontsize=9)
    axes.axhline(0, color="0.45", linewidth=0.8, linestyle=":")
    spread = [v for v in values if not math.isnan(v)]
    if show_band and points:
        low = [_nan(p.nps - p.moe) if p.nps is not None and p.moe is not None else math.nan for p in points]
        high = [_nan(p.nps + p.moe) if p.nps is not None and p.moe is not None else math.nan for p in points]
        # A block per period (step="mid"), so a lone period between empty ones still shows its band.
        axes.fill_between(xs, [max(v, -100) for v in low], [min(v, 100) for v in high], step="mid",
                          where=[not math.isnan(v) for v in values], color=BAND_GRAY, linewidth=0,
                          label=labels.band)
        spread += [v for v in low + high if not math.isnan(v)]
    axes.plot(xs, values, color=INK, linewidth=1.8, marker="o", markersize=4, label=labels.nps)
    if rolling:
        line = [_nan(v) for v in rolling_nps(points)]
        axes.plot(xs, line, color=ROLLING_GRAY, linewidth=1.6, linestyle="--", label=labels.rolling)
        spread += [v for v in line if not math.isnan(v)]
    low_edge = max(min(spread + [0.0]) - 8, -100)
    high_edge = min(max(spread + [0.0]) + 8, 100)
    axes.set_ylim(low_edge - 2, high_edge + 2)
    axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, frameon=False,
                prop={"family": families, "size": 8}, borderaxespad=0.2)


def _draw_counts(axes: Axes, points: Sequence[TrendPoint], xs: list[int],
                 labels: ChartLabels, families: list[str], hatching: bool) -> None:
    axes.set_ylabel(labels.responses, fontfamily=families, fontsize=9)
    base = [0] * len(points)
    names = {"promoters": labels.promoters, "passives": labels.passives, "detractors": labels.detractors}
    for field, style in CLASS_STYLES:
        heights = [getattr(p.counts, field) for p in points]
        axes.bar(xs, heights, bottom=base, width=0.7, edgecolor=INK, linewidth=0.5,
                 label=names[field], facecolor=style["facecolor"],
                 hatch=style["hatch"] if hatching else None)
        base = [b + h for b, h in zip(base, heights)]
    tallest = max(base, default=0)
    axes.set_ylim(0, max(tallest, 1) * (1.3 if len(points) <= COUNT_LABELS_UP_TO else 1.05))
    axes.yaxis.get_major_locator().set_params(integer=True)
    if len(points) <= COUNT_LABELS_UP_TO:
        for x, total in zip(xs, base):
            axes.text(x, total, str(total), ha="center", va="bottom", fontsize=7,
                      fontfamily=families, color="0.2")
    axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, frameon=False,
                prop={"family": families, "size": 8}, borderaxespad=0.2)


# matplotlib writes a blank glyph (the space) as a path with no data. SVG Tiny renderers such
# as Qt's reject that path and warn about every reference to it, and an empty stand-in path
# becomes a malformed PDF path; so the blank glyph and its uses are left out.
_BLANK_GLYPH = re.compile(rb'<path id="([^"]+)"(?: transform="[^"]*")?/>\s*')


def figure_svg(figure: Figure) -> bytes:
    """The figure as SVG (text as outlines, so no font is needed to show it), for the report."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    for blank in set(_BLANK_GLYPH.findall(svg)):
        svg = re.sub(rb'<use xlink:href="#' + re.escape(blank) + rb'"[^>]*/>\s*', b"", svg)
    return _BLANK_GLYPH.sub(b"", svg)


def write_trend_csv(points: Sequence[TrendPoint], out: TextIO) -> None:
    """The figures behind the chart, in the columns of the `nps` command (empty NPS for empty periods)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for point in points:
        c = point.counts
        writer.writerow([
            point.period, c.responses, c.promoters, c.passives, c.detractors,
            one_decimal(point.nps), one_decimal(point.moe),
        ])
