"""Queries behind the segment report and the NPS section: cell lists, complaints, decisions, kinds."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from peewee import JOIN, Case, Select, fn

from crm_desktop import access
from crm_desktop.customer_list import last_contacted_expr, segment_condition
from crm_desktop.dbvalues import as_date
from crm_desktop.models import (
    Customer,
    Decision,
    Feedback,
    Project,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.nps import CLASS_RANGES, NpsClass, NpsCounts
from crm_desktop.segments import (
    GRID_SEGMENTS,
    LET_GO,
    Action,
    Segment,
    recommended_action,
)


class NextAction(str, Enum):
    """Steps that come before a segment's recommended action (see `next_action`)."""

    RESOLVE_COMPLAINT = "resolve_complaint"
    CHECK_IN = "check_in"


# A customer worth keeping who has not heard from the studio for this long is due a call.
CHECK_IN_DAYS = 90


@dataclass(frozen=True)
class CellCustomer:
    """One line of a segment's customer list in the report."""

    id: int
    name: str
    latest_score: int | None
    latest_date: dt.date | None
    profit_cents: int
    last_contacted: dt.date | None
    # The segment's Action, or a NextAction that comes first.
    next_action: Action | NextAction


@dataclass(frozen=True)
class Complaint:
    id: int
    customer: str
    category: str
    severity: str
    opened: dt.date
    due: dt.date
    owner: str
    summary: str
    overdue: bool


@dataclass(frozen=True)
class DecisionSummary:
    """The decision journal over a period: how many jobs were accepted and declined, and how."""

    accepted: int
    declined: int
    against_recommendation: int
    reviewed: int

    @property
    def total(self) -> int:
        return self.accepted + self.declined


def next_action(segment: Segment, open_complaint: bool, last_contacted: dt.date | None,
                today: dt.date) -> Action | NextAction:
    """An open complaint first; then, outside the two segments to let go, a check-in when nobody
    has been in touch for CHECK_IN_DAYS; otherwise the segment's recommended action."""
    if open_complaint:
        return NextAction.RESOLVE_COMPLAINT
    quiet = last_contacted is None or (today - last_contacted).days > CHECK_IN_DAYS
    if quiet and segment not in LET_GO and segment is not Segment.UNRATED:
        return NextAction.CHECK_IN
    return recommended_action(segment)


def _segment_query(segment: Segment, profit_line_cents: int, limit: int | None) -> Select:
    """The listing columns of a segment's customers, most profitable first, then by name and id.

    The segment is cut (and limited) first and the costlier columns (last contact, open
    complaint) are looked up for the listed customers only: in the same SELECT, SQLite would
    work them out for every customer of the segment before sorting.
    """
    order = (Customer.profit_cents.desc(), Customer.name, Customer.id)
    chosen = (
        Customer.select(Customer.id, Customer.name, Customer.latest_score, Customer.latest_response_on,
                        Customer.profit_cents)
        .where(segment_condition(segment, profit_line_cents))
        .order_by(*order)
    )
    if limit is not None:
        chosen = chosen.limit(limit)
    listed = chosen.alias("listed")
    c = listed.c
    complaint = Feedback.select(Feedback.customer).where(Feedback.status == "open")
    return (
        Customer.select(c.id, c.name, c.latest_score, c.latest_response_on, c.profit_cents,
                        last_contacted_expr(c.id), c.id.in_(complaint))
        .from_(listed)
        .order_by(c.profit_cents.desc(), c.name, c.id)
    )


def _cell_customer(row: tuple, segment: Segment, today: dt.date) -> CellCustomer:  # type: ignore[type-arg]
    cid, name, score, scored, profit, contacted, complaint = row
    contacted = as_date(contacted)
    return CellCustomer(
        id=cid, name=name, latest_score=score, latest_date=as_date(scored),
        profit_cents=int(profit or 0), last_contacted=contacted,
        next_action=next_action(segment, bool(complaint), contacted, today),
    )


def segment_customers(
    segment: Segment, profit_line_cents: int, today: dt.date, limit: int | None = None
) -> list[CellCustomer]:
    """The customers in one segment, most profitable first (then by name), at most `limit`."""
    access.require_money()
    query = _segment_query(segment, profit_line_cents, limit)
    return [_cell_customer(row, segment, today) for row in query.tuples()]


def grid_customers(
    profit_line_cents: int, today: dt.date, limit: int | None = None
) -> dict[Segment, tuple[int, list[CellCustomer]]]:
    """Every grid segment's customer count and customers (as `segment_customers` orders them).

    One pass counts the six segments; then each segment's listed customers come by the
    (latest score, profit) index, sorted and limited in the database.
    """
    access.require_money()
    counts = Customer.select(*[
        fn.COALESCE(fn.SUM(Case(None, [(segment_condition(segment, profit_line_cents), 1)], 0)), 0)
        for segment in GRID_SEGMENTS
    ]).tuples().get()
    return {
        segment: (int(total), segment_customers(segment, profit_line_cents, today, limit) if total else [])
        for segment, total in zip(GRID_SEGMENTS, counts)
    }


def nps_by_day(first: dt.date, last: dt.date) -> dict[dt.date, NpsCounts]:
    """Promoter / passive / detractor counts for each day from `first` to `last` that has responses.

    The report's headline, previous period and 12-month trend cover neighbouring spans of the
    same responses: one pass over them serves all three.
    """
    def tally(cls: NpsClass) -> object:
        low, high = CLASS_RANGES[cls]
        return fn.SUM(Case(None, [(SurveyResponse.score.between(low, high), 1)], 0))

    query = (
        SurveyResponse.select(SurveyResponse.date, tally(NpsClass.PROMOTER), tally(NpsClass.PASSIVE),
                              tally(NpsClass.DETRACTOR))
        .where(SurveyResponse.date.between(first, last))
        .group_by(SurveyResponse.date)
        .tuples()
    )
    days: dict[dt.date, NpsCounts] = {}
    for value, promoters, passives, detractors in query:
        day = as_date(value)
        assert day is not None  # the column is NOT NULL
        days[day] = NpsCounts(int(promoters), int(passives), int(detractors))
    return days


def top_referrers(limit: int) -> list[tuple[str, str, int, int]]:
    """(ref, name, customers referred, their profit) for the customers whose referrals brought the
    most profit, best first: `figures.top_referrers`, ranked and cut in the database."""
    access.require_money()
    referred = Customer.alias("referred")
    count = fn.COUNT(referred.id)
    profit = fn.COALESCE(fn.SUM(referred.profit_cents), 0)
    value = (
        referred.select(referred.referred_by.alias("cid"), count.alias("referred"), profit.alias("profit"))
        .where(referred.referred_by.is_null(False))
        .group_by(referred.referred_by)
        .order_by(profit.desc(), count.desc(), referred.referred_by)
        .limit(limit)
        .alias("value")
    )
    query = (
        Customer.select(Customer.ref, Customer.name, value.c.referred, value.c.profit)
        .join(value, on=(value.c.cid == Customer.id))
        .order_by(value.c.profit.desc(), value.c.referred.desc(), value.c.cid)
        .tuples()
    )
    return [(ref, name, int(referred_count), int(total)) for ref, name, referred_count, total in query]


def open_complaints(today: dt.date, limit: int | None = None) -> tuple[int, int, list[Complaint]]:
    """(open, overdue, the open ones by due date, oldest first); overdue = due before today."""
    open_count = Feedback.select().where(Feedback.status == "open").count()
    overdue_count = Feedback.select().where((Feedback.status == "open") & (Feedback.due < today)).count()
    query = (
        Feedback.select(
            Feedback.id, Customer.name, Feedback.category, Feedback.severity, Feedback.opened,
            Feedback.due, fn.COALESCE(StaffMember.name, ""), Feedback.summary,
        )
        .join(Customer)
        .switch(Feedback)
        .join(StaffMember, JOIN.LEFT_OUTER, on=(Feedback.owner == StaffMember.id))
        .where(Feedback.status == "open")
        .order_by(Feedback.due, Feedback.id)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = []
    for fid, name, category, severity, opened, due, owner, summary in query.tuples():
        due_day = as_date(due)
        assert due_day is not None
        rows.append(Complaint(fid, name, category, severity, as_date(opened) or due_day, due_day,
                              owner, summary, due_day < today))
    return open_count, overdue_count, rows


def decision_summary(first: dt.date, last: dt.date) -> DecisionSummary | None:
    """Decisions taken in the period; None when the journal is still empty."""
    access.require_money()
    if not Decision.select().exists():
        return None
    query = (
        Decision.select(
            Decision.decision, Decision.recommendation, fn.COUNT(1), fn.COUNT(Decision.reviewed_on),
        )
        .where(Decision.date.between(first, last))
        .group_by(Decision.decision, Decision.recommendation)
        .tuples()
    )
    counts = {"accept": 0, "decline": 0}
    against = reviewed = 0
    for decision, recommendation, count, was_reviewed in query:
        counts[decision] += count
        # Against the advice: accepting a "decline", or declining an "accept" (with or without conditions).
        if (decision == "accept") == (recommendation == "decline"):
            against += count
        reviewed += was_reviewed
    return DecisionSummary(counts["accept"], counts["decline"], against, reviewed)


def project_kinds() -> list[str]:
    """Every kind of job recorded on a project, alphabetically (for the NPS filter)."""
    query = (
        Project.select(Project.kind).where(Project.kind != "").distinct().order_by(Project.kind).tuples()
    )
    return [kind for (kind,) in query]
