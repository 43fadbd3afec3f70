"""Queries behind the segment report and the NPS section: cell lists, complaints, decisions, kinds."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from peewee import JOIN, SQL, fn

from crm_desktop import access
from crm_desktop.customer_list import last_contacted_expr, segment_condition
from crm_desktop.dbvalues import as_date
from crm_desktop.figures import latest_score_expr, profit_expr
from crm_desktop.models import (
    Customer,
    Decision,
    Feedback,
    Project,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.segments import (
    GRID_SEGMENTS,
    LET_GO,
    Action,
    Segment,
    recommended_action,
    segment_of,
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


def latest_date_expr(customer_id: object) -> object:
    """Correlated subquery: the date of the customer's most recent response."""
    inner = SurveyResponse.alias("latest_day")
    return inner.select(fn.MAX(inner.date)).where(inner.customer == customer_id)


def _customer_query() -> object:
    complaint = Feedback.select(Feedback.customer).where(Feedback.status == "open")
    return Customer.select(
        Customer.id, Customer.name,
        latest_score_expr(Customer.id).alias("score"),
        latest_date_expr(Customer.id).alias("scored"),
        profit_expr(Customer.id).alias("profit"),
        last_contacted_expr(Customer.id).alias("contacted"),
        Customer.id.in_(complaint).alias("complaint"),
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
    query = (
        _customer_query()  # type: ignore[attr-defined]
        .where(segment_condition(segment, profit_line_cents))
        .order_by(SQL("profit").desc(), Customer.name, Customer.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [_cell_customer(row, segment, today) for row in query.tuples()]


def grid_customers(
    profit_line_cents: int, today: dt.date, limit: int | None = None
) -> dict[Segment, tuple[int, list[CellCustomer]]]:
    """Every grid segment's customer count and customers (as `segment_customers` orders them).

    One pass over the customers instead of one query per segment: each customer's score and
    profit are worked out once.
    """
    access.require_money()
    rows: dict[Segment, list[tuple]] = {segment: [] for segment in GRID_SEGMENTS}  # type: ignore[type-arg]
    for row in _customer_query().tuples():  # type: ignore[attr-defined]
        segment = segment_of(row[2], int(row[4] or 0), profit_line_cents)
        if segment in rows:
            rows[segment].append(row)
    result = {}
    for segment, found in rows.items():
        # Most profitable first, then by name and id: the order of `segment_customers`.
        found.sort(key=lambda row: (-int(row[4] or 0), row[1], row[0]))
        kept = found[:limit] if limit is not None else found
        result[segment] = (len(found), [_cell_customer(row, segment, today) for row in kept])
    return result


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
