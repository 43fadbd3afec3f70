"""The content of the segment report as plain values, gathered once for preview, print, PDF and CLI."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from crm_desktop import access, figures
from crm_desktop.movement import MovedList, Movement, movement_and_moves
from crm_desktop.nps import (
    Bucket,
    NpsCounts,
    TrendPoint,
    fill_periods,
    period_key,
    period_start,
)
from crm_desktop.periods import shift_months
from crm_desktop.report_queries import (
    CellCustomer,
    Complaint,
    DecisionSummary,
    decision_summary,
    grid_customers,
    nps_by_day,
    open_complaints,
    top_referrers,
)
from crm_desktop.segments import GRID_SEGMENTS, Action, Segment, recommended_action
from crm_desktop.settings import StudioSettings

# A cell lists its most profitable customers up to this many (a note says how many more there
# are): the report stays a document for a meeting, not a dump of a 50 000-customer database.
CELL_LIMIT = 500
COMPLAINT_LIMIT = 40
# Customers named on the Movement page for each of "into" and "out of" promoter+.
MOVED_LIMIT = 30
REFERRER_LIMIT = 10
TREND_MONTHS = 12


@dataclass(frozen=True)
class GridCell:
    segment: Segment
    customers: int
    # Of all customers, 0…1; None when the studio has no customers.
    share: float | None
    profit_cents: int
    action: Action


@dataclass(frozen=True)
class CellList:
    """A segment's customers as listed in the report; `total` counts those not listed too."""

    segment: Segment
    total: int
    customers: tuple[CellCustomer, ...]

    @property
    def left_out(self) -> int:
        return self.total - len(self.customers)


@dataclass(frozen=True)
class Referrer:
    ref: str
    name: str
    referred: int
    profit_cents: int


@dataclass(frozen=True)
class ReportData:
    studio_name: str
    currency: str
    profit_line_cents: int
    first: dt.date
    last: dt.date
    today: dt.date
    headline: NpsCounts
    previous_first: dt.date
    previous_last: dt.date
    previous: NpsCounts
    # Months of the TREND_MONTHS ending at `last`, empty months included.
    trend: tuple[TrendPoint, ...]
    # All seven segments in DESIGN.md order (the six of the grid, then unrated).
    grid: tuple[GridCell, ...]
    total_customers: int
    # The six grid segments, each with its customers.
    cells: tuple[CellList, ...]
    referrers: tuple[Referrer, ...]
    open_complaints: int
    overdue_complaints: int
    complaints: tuple[Complaint, ...]
    # None until the decision journal has its first entry.
    decisions: DecisionSummary | None
    # From the day before `first` to `last`, against the previous period likewise.
    movement: Movement
    moved_in: MovedList
    moved_out: MovedList

    @property
    def change(self) -> float | None:
        """NPS now minus NPS in the previous period of equal length (None if either has none)."""
        now, before = self.headline.nps, self.previous.nps
        if now is None or before is None:
            return None
        return now - before

    def cell(self, segment: Segment) -> GridCell:
        return next(cell for cell in self.grid if cell.segment is segment)


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last 12 months ending today: from the day after the same date a year ago."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + dt.timedelta(days=1), today


def resolve_period(first: dt.date | None, last: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The report period from optional ends: `last` defaults to today, `first` to 12 months before `last`."""
    last = last or today
    return first or default_period(last)[0], last


def previous_period(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The period of equal length that ends the day before `first`.

    A period of whole months (12 months ending today, a quarter) is compared with the same
    number of months before it; any other period with the same number of days.
    """
    after = last + dt.timedelta(days=1)
    months = (after.year - first.year) * 12 + after.month - first.month
    if months > 0 and after.day == first.day:
        return shift_months(first, -months), first - dt.timedelta(days=1)
    length = after - first
    return first - length, first - dt.timedelta(days=1)


def trend_start(last: dt.date, months: int = TREND_MONTHS) -> dt.date:
    """The first day of the month `months − 1` months before the month of `last`."""
    index = last.year * 12 + last.month - 1 - (months - 1)
    return period_start(dt.date(index // 12, index % 12 + 1, 1), Bucket.MONTH)


def format_change(change: float | None) -> str:
    """+5 / -3 / 0 in whole NPS points (halves away from zero, like the headline); '' for None."""
    if change is None:
        return ""
    rounded = math.floor(abs(change) + 0.5)
    if rounded == 0:
        return "0"
    return f"+{rounded}" if change > 0 else f"-{rounded}"


def _nps_figures(
    first: dt.date, last: dt.date, previous_first: dt.date, previous_last: dt.date
) -> tuple[NpsCounts, NpsCounts, tuple[TrendPoint, ...]]:
    """(the period's counts, the previous period's, the monthly trend ending at `last`) from one
    query, counted as `figures.nps_over` (twice) and `figures.nps_trend` count them."""
    trend_first = trend_start(last)
    days = nps_by_day(min(previous_first, trend_first), last)

    def over(low: dt.date, high: dt.date) -> NpsCounts:
        return sum((counts for day, counts in days.items() if low <= day <= high), NpsCounts())

    months: dict[str, NpsCounts] = {}
    for day, counts in days.items():
        if day >= trend_first:
            key = period_key(day, Bucket.MONTH)
            months[key] = months.get(key, NpsCounts()) + counts
    trend = tuple(fill_periods(months, trend_first, last, Bucket.MONTH))
    return over(first, last), over(previous_first, previous_last), trend


def _counted(cell: tuple[int, list[CellCustomer]]) -> tuple[int, tuple[CellCustomer, ...]]:
    return cell[0], tuple(cell[1])


def build_report(
    first: dt.date,
    last: dt.date,
    settings: StudioSettings,
    today: dt.date,
    *,
    cell_limit: int | None = CELL_LIMIT,
) -> ReportData:
    """Every figure of the report for the period `first`…`last` (both included).

    NPS figures count responses dated in the period; the grid and the cell lists are the
    customers' segments as of now (their latest response, their profit to date). Movement
    compares each customer's segment on the day before `first` with the one on `last`.
    """
    access.require_money()
    line = settings.profit_line_cents
    previous_first, previous_last = previous_period(first, last)
    summary = figures.segment_summary(line)
    total = sum(row.customers for row in summary)
    grid = tuple(
        GridCell(row.segment, row.customers, row.customers / total if total else None,
                 row.profit_cents, recommended_action(row.segment))
        for row in summary
    )
    listed = grid_customers(line, today, cell_limit)
    cells = tuple(CellList(segment, *_counted(listed[segment])) for segment in GRID_SEGMENTS)
    referrers = tuple(Referrer(*row) for row in top_referrers(REFERRER_LIMIT))
    open_count, overdue_count, complaints = open_complaints(today, COMPLAINT_LIMIT)
    day = dt.timedelta(days=1)
    headline, previous, trend = _nps_figures(first, last, previous_first, previous_last)
    moves, moved_in, moved_out = movement_and_moves(first - day, last, line, before=previous_first - day,
                                                    limit=MOVED_LIMIT)
    return ReportData(
        studio_name=settings.studio_name,
        currency=settings.currency,
        profit_line_cents=line,
        first=first,
        last=last,
        today=today,
        headline=headline,
        previous_first=previous_first,
        previous_last=previous_last,
        previous=previous,
        trend=trend,
        grid=grid,
        total_customers=total,
        cells=cells,
        referrers=referrers,
        open_complaints=open_count,
        overdue_complaints=overdue_count,
        complaints=tuple(complaints),
        decisions=decision_summary(first, last),
        movement=moves,
        moved_in=moved_in,
        moved_out=moved_out,
    )
