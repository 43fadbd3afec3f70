"""Lost customers: how many were lost for each reason and the profit they took with them, and
the chart of it as a matplotlib Figure (no Qt, no pyplot; matplotlib imported when drawn).

"Profit lost" is the profit the lost customers had brought (Σ revenue − cost over their
accepted jobs): what customers like them were worth to the studio.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import fn

from crm_desktop import access
from crm_desktop.models import LOST_REASONS, Customer

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Chinese reason names need a CJK font or they render as boxes; the first one installed wins,
# DejaVu Sans (shipped with matplotlib) is the last resort for Latin text.
FONT_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                 "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", "DejaVu Sans")


@dataclass(frozen=True)
class ReasonRow:
    reason: str
    customers: int
    # None for a staff login: the counts alone show why customers leave.
    profit_cents: int | None


def lost_reasons(first: dt.date | None = None, last: dt.date | None = None) -> list[ReasonRow]:
    """Per reason (all seven, in `LOST_REASONS` order): lost customers and their profit.

    `first` / `last` narrow to customers lost within those days (by `lost_on`).
    """
    per_customer = Customer.select(Customer.lost_reason.alias("reason"),
                                   Customer.profit_cents.alias("profit")).where(
        Customer.lost_reason.is_null(False))
    if first is not None:
        per_customer = per_customer.where(Customer.lost_on >= first)
    if last is not None:
        per_customer = per_customer.where(Customer.lost_on <= last)
    grouped = (Customer.select(per_customer.c.reason, fn.COUNT(1),
                               fn.COALESCE(fn.SUM(per_customer.c.profit), 0))
               .from_(per_customer).group_by(per_customer.c.reason).tuples())
    money = access.can_see_money()
    totals = {reason: (int(count), int(profit) if money else None) for reason, count, profit in grouped}
    return [ReasonRow(reason, *totals.get(reason, (0, 0 if money else None))) for reason in LOST_REASONS]


@dataclass(frozen=True)
class ChurnChartLabels:
    """The chart's words, translated by whoever asks for it (the core knows no language)."""

    reasons: dict[str, str]
    customers: str
    profit: str
    no_data: str
    title: str = ""


@functools.cache
def font_families() -> tuple[str, ...]:
    """The installed families of `FONT_FAMILIES`, preferred first (DejaVu Sans always)."""
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return tuple(name for name in FONT_FAMILIES[:-1] if name in installed) + (FONT_FAMILIES[-1],)


def churn_figure(rows: Sequence[ReasonRow], labels: ChurnChartLabels, *, figure: Figure | None = None,
                 size_inches: tuple[float, float] = (9.0, 4.0), amount_divisor: int = 100) -> Figure:
    """Two bar charts side by side: lost customers per reason, and the profit they had brought.

    Rows without profit (a staff login) give the first chart alone.

    Reasons are sorted by count, largest on top; the bars are gray with black edges and carry
    their numbers, so the chart reads in grayscale. `amount_divisor` turns cents into the
    amount shown (100: whole currency units).
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    fig = figure if figure is not None else Figure(figsize=size_inches)
    fig.clear()
    fig.set_layout_engine("constrained")
    families = list(font_families())
    if labels.title:
        fig.suptitle(labels.title, fontfamily=families, fontsize=11)
    with_money = all(r.profit_cents is not None for r in rows)
    shown = sorted(rows, key=lambda r: (r.customers, r.profit_cents or 0), reverse=True)
    names = [labels.reasons.get(r.reason, r.reason) for r in shown]
    ys = list(range(len(shown)))
    counts = [r.customers for r in shown]
    panels = [(counts, labels.customers, "{:,.0f}")]
    if with_money:
        left, right = fig.subplots(1, 2, sharey=True)
        panels.append(([(r.profit_cents or 0) / amount_divisor for r in shown], labels.profit, "{:,.0f}"))
        right.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}"))
        axes_list = [left, right]
    else:
        left = fig.subplots(1, 1)
        axes_list = [left]
    for axes, (values, title, fmt) in zip(axes_list, panels, strict=True):
        axes.barh(ys, values, color="0.55", edgecolor="black", linewidth=0.6, height=0.65)
        axes.set_title(title, fontfamily=families, fontsize=9, loc="left")
        axes.tick_params(labelfontfamily=families, labelsize=8)
        axes.grid(axis="x", color="0.88", linewidth=0.6)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        top = max(values, default=0)
        axes.set_xlim(0, top * 1.25 if top > 0 else 1)
        for y, value in zip(ys, values, strict=True):
            if value:
                axes.text(value, y, " " + fmt.format(value), va="center", ha="left",
                          fontsize=8, fontfamily=families)
    left.set_yticks(ys, names)
    left.invert_yaxis()
    if not any(counts):
        left.text(0.5, 0.5, labels.no_data, transform=left.transAxes, ha="center", va="center",
                  fontfamily=families, fontsize=10, color="0.3")
    return fig
