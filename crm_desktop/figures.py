"""Figures shared by the CLI, the window and the report, aggregated in SQL.

Each query groups rows in the database down to a handful of groups, and the pure domain
rules (`nps`, `segments`) are applied to those groups: the thresholds live in one place.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from peewee import Case, Database, Expression, Field, Node, SqliteDatabase, fn

from crm_desktop import access
from crm_desktop.dbvalues import as_date
from crm_desktop.models import (
    Customer,
    NpsMonth,
    Project,
    SurveyResponse,
    database_proxy,
)
from crm_desktop.nps import (
    CLASS_RANGES,
    Bucket,
    NpsClass,
    NpsCounts,
    TrendPoint,
    fill_periods,
    period_key,
)
from crm_desktop.segments import SEGMENT_ORDER, ReferralValue, Segment, segment_from


@dataclass(frozen=True)
class SegmentRow:
    segment: Segment
    customers: int
    profit_cents: int


def segment_summary(profit_line_cents: int) -> list[SegmentRow]:
    """Customers and total profit per segment, all seven keys in DESIGN.md order."""
    access.require_money()
    # Each customer's latest score and profit are on their row (crm_desktop.customer_figures).
    profitable = Customer.profit_cents >= profit_line_cents
    grouped = (
        Customer.select(
            Customer.latest_score,
            profitable.alias("plus"),
            fn.COUNT(1),
            fn.COALESCE(fn.SUM(Customer.profit_cents), 0),
        )
        .group_by(Customer.latest_score, profitable)
        .tuples()
    )
    totals = {segment: [0, 0] for segment in SEGMENT_ORDER}
    for score, plus, count, profit in grouped:
        segment = segment_from(score, bool(plus))
        totals[segment][0] += count
        totals[segment][1] += int(profit)
    return [SegmentRow(seg, count, profit) for seg, (count, profit) in totals.items()]


def response_range() -> tuple[dt.date, dt.date] | None:
    # Two queries: SQLite answers MIN or MAX alone from the index, but both together by a scan.
    first = SurveyResponse.select(fn.MIN(SurveyResponse.date)).scalar()
    if first is None:
        return None
    return as_date(first), as_date(SurveyResponse.select(fn.MAX(SurveyResponse.date)).scalar())


def response_filter(designer_id: int | None = None, project_kind: str | None = None) -> Expression | None:
    """SQL for "this response is about work by `designer_id` / of `project_kind`" (None: no filter).

    A response that names its project counts for that project's designer and kind; one that
    names none (a yearly check-in) counts for every designer and kind the customer has had.
    """
    if designer_id is None and project_kind is None:
        return None
    projects = Project.select(Project.id)
    customers = Project.select(Project.customer)
    if designer_id is not None:
        projects = projects.where(Project.designer == designer_id)
        customers = customers.where(Project.designer == designer_id)
    if project_kind is not None:
        projects = projects.where(Project.kind == project_kind)
        customers = customers.where(Project.kind == project_kind)
    return SurveyResponse.project.in_(projects) | (
        SurveyResponse.project.is_null() & SurveyResponse.customer.in_(customers)
    )


def nps_trend(
    bucket: Bucket,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    designer_id: int | None = None,
    project_kind: str | None = None,
) -> list[TrendPoint]:
    """NPS per period by each response's own date; every period in the range, empty ones too.

    The range defaults to the first and last response in the database. `designer_id` and
    `project_kind` narrow the responses as `response_filter` describes.
    """
    narrow = response_filter(designer_id, project_kind)
    if narrow is None:
        if first is not None and last is not None and first > last:
            return []
        months = _month_tallies(first, last)
        if first is None or last is None:
            # An open end is the first or last response: the months counted show where it lies.
            if not months:
                return []
            first = first or _month_start(min(row[0] for row in months))
            last = last or _month_end(_month_start(max(row[0] for row in months)))
        return fill_periods(_per_period(months, bucket), first, last, bucket)
    if first is None or last is None:
        span = response_range()
        if span is None:
            if first is None or last is None:
                return []
            span = (first, last)
        first = first or span[0]
        last = last or span[1]
    if first > last:
        return []
    month = _month_of(SurveyResponse.date)
    query = (
        SurveyResponse.select(month, *_class_sums(SurveyResponse.score, 1))
        .where(SurveyResponse.date.between(first, last) & narrow)
        .group_by(month)
    )
    months = database_proxy.execute(query).fetchall()
    return fill_periods(_per_period(months, bucket), first, last, bucket)


def nps_over(
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    designer_id: int | None = None,
    project_kind: str | None = None,
) -> NpsCounts:
    """Promoter / passive / detractor counts over a date range (all responses by default)."""
    narrow = response_filter(designer_id, project_kind)
    if narrow is None:
        months = _month_tallies(first, last)
        return NpsCounts(*(sum(row[column] for row in months) for column in (1, 2, 3)))
    query = SurveyResponse.select(*_class_sums(SurveyResponse.score, 1)).where(narrow)
    if first is not None:
        query = query.where(SurveyResponse.date >= first)
    if last is not None:
        query = query.where(SurveyResponse.date <= last)
    # No responses: one row of NULL sums.
    return NpsCounts(*(int(total or 0) for total in database_proxy.execute(query).fetchone()))


def _month_tallies(first: dt.date | None, last: dt.date | None) -> list[tuple[str, int, int, int]]:
    """(month 'YYYY-MM', promoters, passives, detractors) of the responses dated `first`…`last`
    (None: open), for each month that has any.

    The months wholly inside the range are read from nps_month (crm_desktop.nps_months), a
    few rows per month; only the days of the one or two months the range cuts are counted
    from survey_response, through its (date, score) index.
    """
    if first is not None and last is not None and _first_whole_month(first) > _last_whole_month(last):
        # Within one month, or two neighbouring ones that are both cut.
        whole, cut = _NO_MONTHS, [(first, last)]
    else:
        low = "0000-00" if first is None else _month_text(_first_whole_month(first))
        high = "9999-99" if last is None else _month_text(_last_whole_month(last))
        whole, cut = (low, high), []
        if first is not None and first.day != 1:
            cut.append((first, _month_end(first)))
        if last is not None and last != _month_end(last):
            cut.append((last.replace(day=1), last))
    cut += [_NO_DAYS] * (2 - len(cut))
    sql, params, slots = _tallies_query()
    for slot, value in zip(slots, (*whole, *cut[0], *cut[1])):
        params[slot] = value
    # Plain driver rows: peewee's per-value conversion would cost more than the query.
    return database_proxy.execute_sql(sql, params).fetchall()


# Empty ranges, for the parts of the query a range does not need.
_NO_MONTHS = ("9999-99", "0000-00")
_NO_DAYS = (dt.date.max, dt.date.min)
# Stand-ins for the bounds while peewee builds the query; no real bound equals one of them.
_MARKS = ("\0low", "\0high", dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(1, 1, 3), dt.date(1, 1, 4))
_built_tallies: dict[type[Database], tuple[str, list[Any], list[int]]] = {}


def _tallies_query() -> tuple[str, list[Any], list[int]]:
    """The SQL of _month_tallies, its parameters, and where the six bounds go among them.

    Every range has the same shape (whole months between two month bounds, and two spans of
    days), so peewee builds it once per kind of database: building takes longer than SQLite
    takes to answer it.
    """
    db = database_proxy.obj
    built = _built_tallies.get(type(db))
    if built is None:
        low, high, *days = _MARKS
        month, day = _month_of(SurveyResponse.date), SurveyResponse.date
        query = (
            NpsMonth.select(NpsMonth.month, *_class_sums(NpsMonth.score, NpsMonth.responses))
            .where(NpsMonth.month.between(low, high))
            .group_by(NpsMonth.month)
        ) + (
            SurveyResponse.select(month, *_class_sums(SurveyResponse.score, 1))
            .where(day.between(days[0], days[1]) | day.between(days[2], days[3]))
            .group_by(month)
        )
        sql, params = query.sql()
        built = _built_tallies[type(db)] = (sql, params, [params.index(mark) for mark in _MARKS])
    sql, params, slots = built
    return sql, list(params), slots


def _class_sums(score: Field, weight: Node | int) -> list[Node]:
    """SQL sums of `weight` over promoters, passives and detractors (NpsCounts' order)."""
    return [
        fn.SUM(Case(None, [(score.between(*CLASS_RANGES[cls]), weight)], 0))
        for cls in (NpsClass.PROMOTER, NpsClass.PASSIVE, NpsClass.DETRACTOR)
    ]


def _per_period(months: list[tuple[str, int, int, int]], bucket: Bucket) -> dict[str, NpsCounts]:
    """Months folded into the bucket's periods, here where the period rules live."""
    tallies: dict[str, list[int]] = {}
    for month, promoters, passives, detractors in months:
        key = _period_of(month, bucket)
        tally = tallies.get(key)
        if tally is None:
            tallies[key] = [promoters, passives, detractors]
        else:
            tally[0] += promoters
            tally[1] += passives
            tally[2] += detractors
    return {key: NpsCounts(*tally) for key, tally in tallies.items()}


@functools.lru_cache(maxsize=4096)
def _period_of(month: str, bucket: Bucket) -> str:
    # Cached: a trend asks for the same few hundred months every time.
    return period_key(_month_start(month), bucket)


def _month_of(day: Node) -> Node:
    """SQL for a date's 'YYYY-MM'. SQLite keeps dates as ISO text; PostgreSQL as dates."""
    if isinstance(database_proxy.obj, SqliteDatabase):
        return fn.SUBSTR(day, 1, 7)
    return fn.TO_CHAR(day, "YYYY-MM")


def _month_start(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _first_whole_month(first: dt.date) -> int:
    """The first month (year × 12 + month − 1) that a range from `first` on holds whole."""
    return first.year * 12 + first.month - 1 + (first.day != 1)


def _last_whole_month(last: dt.date) -> int:
    """The last month that a range up to `last` holds whole."""
    return last.year * 12 + last.month - 1 - (last != _month_end(last))


def _month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def referral_values() -> dict[int, ReferralValue]:
    """Per referring customer id: how many customers they referred and those customers' profit."""
    access.require_money()
    referred = Customer.alias("referred")
    query = (
        referred.select(
            referred.referred_by,
            fn.COUNT(referred.id),
            fn.COALESCE(fn.SUM(referred.profit_cents), 0),
        )
        .where(referred.referred_by.is_null(False))
        .group_by(referred.referred_by)
        .tuples()
    )
    return {ref_id: ReferralValue(count, int(profit)) for ref_id, count, profit in query}


def top_referrers(limit: int = 10) -> list[tuple[str, str, ReferralValue]]:
    """(ref, name, value) of the customers whose referrals brought the most profit."""
    access.require_money()
    values = referral_values()
    best = sorted(values.items(), key=lambda item: (-item[1].profit_cents, -item[1].count, item[0]))
    ids = [cid for cid, _ in best[:limit]]
    names = {
        cid: (ref, name)
        for cid, ref, name in Customer.select(Customer.id, Customer.ref, Customer.name)
        .where(Customer.id.in_(ids))
        .tuples()
    }
    return [(*names[cid], values[cid]) for cid in ids]
