"""Figures shared by the CLI, the window and the report, aggregated in SQL.

Each query groups rows in the database down to a handful of groups, and the pure domain
rules (`nps`, `segments`) are applied to those groups: the thresholds live in one place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Expression, Node, SqliteDatabase, fn

from crm_desktop import access
from crm_desktop.dbvalues import as_date
from crm_desktop.models import Customer, Project, SurveyResponse, database_proxy
from crm_desktop.nps import (
    Bucket,
    NpsClass,
    NpsCounts,
    TrendPoint,
    fill_periods,
    nps_class,
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
    # Counted per (month, score) in the database from the (date, score) index; months are
    # then folded into quarters or years here, where the period rules live.
    month = _month_of(SurveyResponse.date)
    query = (
        SurveyResponse.select(month, SurveyResponse.score, fn.COUNT(1))
        .where(SurveyResponse.date.between(first, last))
        .group_by(month, SurveyResponse.score)
        .tuples()
    )
    narrow = response_filter(designer_id, project_kind)
    if narrow is not None:
        query = query.where(narrow)
    per_period: dict[str, NpsCounts] = {}
    for year_month, score, count in query:
        year, month_number = (int(part) for part in str(year_month).split("-"))
        key = period_key(dt.date(year, month_number, 1), bucket)
        per_period[key] = per_period.get(key, NpsCounts()) + _counts_for(score, count)
    return fill_periods(per_period, first, last, bucket)


def _month_of(day: Node) -> Node:
    """SQL for a date's 'YYYY-MM'. SQLite keeps dates as ISO text; PostgreSQL as dates."""
    if isinstance(database_proxy.obj, SqliteDatabase):
        return fn.SUBSTR(day, 1, 7)
    return fn.TO_CHAR(day, "YYYY-MM")


def nps_over(
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    designer_id: int | None = None,
    project_kind: str | None = None,
) -> NpsCounts:
    """Promoter / passive / detractor counts over a date range (all responses by default)."""
    query = SurveyResponse.select(SurveyResponse.score, fn.COUNT(1)).group_by(SurveyResponse.score)
    narrow = response_filter(designer_id, project_kind)
    if narrow is not None:
        query = query.where(narrow)
    if first is not None:
        query = query.where(SurveyResponse.date >= first)
    if last is not None:
        query = query.where(SurveyResponse.date <= last)
    total = NpsCounts()
    for score, count in query.tuples():
        total = total + _counts_for(score, count)
    return total


def _counts_for(score: int, count: int) -> NpsCounts:
    cls = nps_class(score)
    return NpsCounts(
        promoters=count if cls is NpsClass.PROMOTER else 0,
        passives=count if cls is NpsClass.PASSIVE else 0,
        detractors=count if cls is NpsClass.DETRACTOR else 0,
    )


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
