"""The customer list: filtered, searched and sorted in SQL, fetched a page at a time."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from peewee import JOIN, SQL, Case, Expression, Node, fn

from crm_desktop.dbvalues import as_date
from crm_desktop.figures import latest_score_expr, profit_expr
from crm_desktop.models import Customer, Interaction, Project
from crm_desktop.nps import CLASS_RANGES
from crm_desktop.segments import Segment, nps_class_of, segment_of


class SortKey(str, Enum):
    NAME = "name"
    PHONE = "phone"
    TIER = "tier"
    SEGMENT = "segment"
    SCORE = "score"
    PROFIT = "profit"
    LAST_CONTACTED = "last_contacted"
    REFERRED_BY = "referred_by"


class LifeState(str, Enum):
    ALL = "all"
    ACTIVE = "active"
    LOST = "lost"


@dataclass(frozen=True)
class CustomerFilter:
    search: str = ""
    segment: Segment | None = None
    tier: str | None = None
    designer_id: int | None = None
    state: LifeState = LifeState.ALL


@dataclass(frozen=True)
class CustomerRow:
    id: int
    ref: str
    name: str
    phone: str
    tier: str
    segment: Segment
    latest_score: int | None
    profit_cents: int
    last_contacted: dt.date | None
    referred_by: str
    lost: bool


def last_contacted_expr(customer_id: object) -> object:
    inner = Interaction.alias("contact")
    return inner.select(fn.MAX(inner.date)).where(inner.customer == customer_id)


def _conditions(flt: CustomerFilter, profit_line_cents: int) -> list[Expression]:
    conds: list[Expression] = []
    # Every word must match somewhere; contains() escapes % and _ and is case-insensitive.
    for word in flt.search.split():
        conds.append(
            Customer.name.contains(word)
            | Customer.ref.contains(word)
            | Customer.phone.contains(word)
            | Customer.email.contains(word)
            | Customer.notes.contains(word)
        )
    if flt.tier:
        conds.append(Customer.tier == flt.tier)
    if flt.state is LifeState.ACTIVE:
        conds.append(Customer.lost_reason.is_null())
    elif flt.state is LifeState.LOST:
        conds.append(Customer.lost_reason.is_null(False))
    if flt.designer_id is not None:
        worked = Project.select(Project.customer).where(Project.designer == flt.designer_id)
        conds.append(Customer.id.in_(worked))
    if flt.segment is not None:
        conds.append(segment_condition(flt.segment, profit_line_cents))
    return conds


def segment_condition(segment: Segment, profit_line_cents: int) -> Expression:
    """SQL for 'this customer is in `segment`' — the same rule as segments.segment_of."""
    # COALESCE turns the subquery into an expression; -1 stands for "no response".
    score = fn.COALESCE(latest_score_expr(Customer.id), -1)
    cls = nps_class_of(segment)
    if cls is None:
        return score == -1
    low, high = CLASS_RANGES[cls]
    profit = profit_expr(Customer.id)
    side = profit >= profit_line_cents if segment.value.endswith("+") else profit < profit_line_cents
    return score.between(low, high) & side


def _segment_rank(score: Node, profit: Node, profit_line_cents: int) -> Node:
    """0…5 in the grid order of DESIGN.md (promoter+ first), 6 for unrated."""
    cases = []
    for rank, cls in enumerate(CLASS_RANGES):
        low, high = CLASS_RANGES[cls]
        cases.append((score.between(low, high) & (profit >= profit_line_cents), 2 * rank))
        cases.append((score.between(low, high), 2 * rank + 1))
    return Case(None, cases, 2 * len(CLASS_RANGES))


def count_customers(flt: CustomerFilter, profit_line_cents: int) -> int:
    query = Customer.select(fn.COUNT(Customer.id))
    for cond in _conditions(flt, profit_line_cents):
        query = query.where(cond)
    return int(query.scalar() or 0)


def customer_rows(
    flt: CustomerFilter,
    profit_line_cents: int,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    *,
    ids: list[int] | None = None,
    referred_by: int | None = None,
) -> list[CustomerRow]:
    """One page of the list. Ties are broken by id so pages never overlap or skip rows.

    `ids` and `referred_by` narrow the rows further (one customer, or the ones they referred).
    """
    referrer = Customer.alias("referrer")
    score = latest_score_expr(Customer.id)
    profit = profit_expr(Customer.id)
    contacted = last_contacted_expr(Customer.id)
    query = (
        Customer.select(
            Customer.id, Customer.ref, Customer.name, Customer.phone, Customer.tier,
            score.alias("score"), profit.alias("profit"), contacted.alias("contacted"),
            fn.COALESCE(referrer.name, "").alias("referrer"), Customer.lost_reason,
        )
        .join(referrer, JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id))
    )
    for cond in _conditions(flt, profit_line_cents):
        query = query.where(cond)
    if ids is not None:
        query = query.where(Customer.id.in_(ids))
    if referred_by is not None:
        query = query.where(Customer.referred_by == referred_by)
    # Computed columns are ordered by their select alias, so each subquery runs once per row.
    sort_columns: dict[SortKey, list[Node]] = {
        SortKey.NAME: [Customer.name],
        SortKey.PHONE: [Customer.phone],
        SortKey.TIER: [Customer.tier],
        SortKey.SCORE: [SQL("score")],
        SortKey.PROFIT: [SQL("profit")],
        SortKey.LAST_CONTACTED: [SQL("contacted")],
        SortKey.REFERRED_BY: [SQL("referrer")],
        SortKey.SEGMENT: [_segment_rank(SQL("score"), SQL("profit"), profit_line_cents)],
    }
    order = [
        column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
        for column in sort_columns[sort]
    ]
    order.append(Customer.id.desc() if descending else Customer.id.asc())
    query = query.order_by(*order).offset(offset).limit(limit)
    rows = []
    for cid, ref, name, phone, tier, latest, cents, contact, referrer_name, lost in query.tuples():
        cents = int(cents or 0)
        rows.append(
            CustomerRow(
                id=cid, ref=ref, name=name, phone=phone, tier=tier,
                segment=segment_of(latest, cents, profit_line_cents),
                latest_score=latest, profit_cents=cents,
                last_contacted=as_date(contact), referred_by=referrer_name,
                lost=lost is not None,
            )
        )
    return rows
