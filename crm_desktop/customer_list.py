"""The customer list: filtered, searched and sorted in SQL, fetched a page at a time."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from peewee import CTE, JOIN, SQL, Case, Expression, Node, NodeList, Select, fn

from crm_desktop import access, fields
from crm_desktop.dbvalues import as_date
from crm_desktop.i18n import _
from crm_desktop.lifecycle import Lifecycle, life_state, new_since, sleeping_before
from crm_desktop.models import (
    ACCEPTED_STATUSES,
    Customer,
    Interaction,
    Project,
    database_proxy,
)
from crm_desktop.movement import movement_cell_query
from crm_desktop.movement_rules import MovementCell
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
    """The list's lifecycle filter: everyone, everyone not lost, or one `Lifecycle` state."""

    ALL = "all"
    CURRENT = "current"
    NEW = Lifecycle.NEW.value
    ACTIVE = Lifecycle.ACTIVE.value
    SLEEPING = Lifecycle.SLEEPING.value
    LOST = Lifecycle.LOST.value


@dataclass(frozen=True)
class CustomerFilter:
    search: str = ""
    segment: Segment | None = None
    tier: str | None = None
    designer_id: int | None = None
    state: LifeState = LifeState.ALL
    # The day the lifecycle states are judged on; None: today.
    as_of: dt.date | None = None
    # One cell of the segment-movement matrix: its customers only.
    movement: MovementCell | None = None


class CustomerRow(NamedTuple):
    """One line of the list. A named tuple, not a frozen dataclass: a page builds 200 of them
    per keystroke, and a frozen dataclass's __init__ took most of that time."""

    id: int
    ref: str
    name: str
    phone: str
    tier: str
    # Both None for a staff login: the segment's +/− is itself a profit class.
    segment: Segment | None
    latest_score: int | None
    profit_cents: int | None
    last_contacted: dt.date | None
    referred_by: str
    lost: bool
    # Their personal data was erased (crm_desktop.privacy): `name` is only a placeholder.
    erased: bool = False


def last_contacted_expr(customer_id: object) -> object:
    inner = Interaction.alias("contact")
    return inner.select(fn.MAX(inner.date)).where(inner.customer == customer_id)


def _conditions(flt: CustomerFilter, profit_line_cents: int) -> list[Expression]:
    conds: list[Expression] = []
    if flt.movement is not None:
        conds.append(Customer.id.in_(movement_cell_query(flt.movement)))
    # Every word must match somewhere; contains() escapes % and _ and is case-insensitive.
    for word in fields.search_text(flt.search).split():
        conds.append(
            Customer.name.contains(word)
            | Customer.ref.contains(word)
            | Customer.phone.contains(word)
            | Customer.email.contains(word)
            | Customer.notes.contains(word)
        )
    if flt.tier:
        conds.append(Customer.tier == flt.tier)
    if flt.state is LifeState.CURRENT:
        conds.append(Customer.lost_reason.is_null())
    elif flt.state is not LifeState.ALL:
        conds.append(lifecycle_condition(Lifecycle(flt.state.value), flt.as_of or dt.date.today()))
    if flt.designer_id is not None:
        # Their own designer, or a designer of one of their jobs. Both sides are answered by an
        # index (customer.designer_id; project.designer_id, once for the whole query) and SQLite
        # reads them as a multi-index OR: no customer is looked at twice, none scanned per row.
        worked = Project.select(Project.customer).where(Project.designer == flt.designer_id)
        conds.append((Customer.designer == flt.designer_id) | Customer.id.in_(worked))
    if flt.segment is not None:
        conds.append(segment_condition(flt.segment, profit_line_cents))
    return conds


def lifecycle_condition(state: Lifecycle, today: dt.date) -> Expression:
    """SQL for 'this customer is in `state` on `today`' — the same rule as lifecycle.life_state."""
    not_lost = Customer.lost_reason.is_null()
    if state is Lifecycle.LOST:
        return Customer.lost_reason.is_null(False)
    job = Project.alias("life_job")
    accepted = fn.EXISTS(job.select(SQL("1")).where(
        (job.customer == Customer.id) & job.status.in_(ACCEPTED_STATUSES)))
    is_new = (Customer.created >= new_since(today)) & ~accepted
    if state is Lifecycle.NEW:
        return not_lost & is_new
    cutoff = sleeping_before(today)
    recent_job = Project.alias("life_recent")
    contact = Interaction.alias("life_contact")
    under_way = fn.EXISTS(recent_job.select(SQL("1")).where(
        (recent_job.customer == Customer.id)
        & ((recent_job.status == "active") | (recent_job.started >= cutoff)
           | (recent_job.finished >= cutoff))))
    alive = (
        (Customer.created >= cutoff)
        | under_way
        | fn.EXISTS(contact.select(SQL("1")).where(
            (contact.customer == Customer.id) & (contact.date >= cutoff)))
    )
    if state is Lifecycle.SLEEPING:
        return not_lost & ~is_new & ~alive
    return not_lost & ~is_new & alive


def segment_condition(segment: Segment, profit_line_cents: int) -> Expression:
    """SQL for 'this customer is in `segment`' — the same rule as segments.segment_of."""
    score = Customer.latest_score
    cls = nps_class_of(segment)
    if cls is None:
        return score.is_null()
    low, high = CLASS_RANGES[cls]
    profit = Customer.profit_cents
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


NULLABLE_SORTS = frozenset({SortKey.SCORE, SortKey.LAST_CONTACTED})

# Sorting or filtering by these would reveal profit as surely as showing it.
MONEY_SORTS = frozenset({SortKey.PROFIT, SortKey.SEGMENT})


def _check_money_filter(flt: CustomerFilter, sort: SortKey | None = None) -> None:
    if flt.segment is not None or flt.movement is not None or sort in MONEY_SORTS:
        access.require_owner(_("sort or filter customers by profit or segment"))


def count_customers(flt: CustomerFilter, profit_line_cents: int) -> int:
    _check_money_filter(flt)
    # COUNT(*) with no filter is answered from the b-tree's own count; COUNT(id) reads every row.
    query = Customer.select(fn.COUNT(SQL("*")))
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
    For a staff login the profit and segment of each row are None.
    """
    _check_money_filter(flt, sort)
    sql, params = _page_sql(type(database_proxy.obj), dt.date.today(), flt, profit_line_cents, sort,
                            descending, offset, limit, None if ids is None else tuple(ids), referred_by)
    # The driver's own tuples: peewee's per-value conversion was half the time of a page.
    return rows_of_page(database_proxy.execute_sql(sql, list(params)).fetchall(), profit_line_cents)


@functools.lru_cache(maxsize=256)
def _page_sql(
    backend: type, today: dt.date, flt: CustomerFilter, profit_line_cents: int, sort: SortKey,
    descending: bool, offset: int, limit: int, ids: tuple[int, ...] | None, referred_by: int | None,
) -> tuple[str, tuple[Any, ...]]:
    """The SQL of one page, remembered: the list asks for the same pages again after every
    save, and peewee took longer to build a page query than SQLite took to answer it. The key
    is everything the SQL depends on, the kind of database and today's date included (the
    lifecycle filters count from today)."""
    sql, params = page_query(flt, profit_line_cents, sort, descending, offset, limit,
                             ids=None if ids is None else list(ids), referred_by=referred_by).sql()
    return sql, tuple(params)


def customer_page(
    flt: CustomerFilter,
    profit_line_cents: int,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    limit: int = 200,
) -> tuple[int, list[CustomerRow]]:
    """How many customers match, and the first page of them: what the list shows on a new
    search, filter or sort order.

    For a search, the matching ids are found once (one scan of the table) and serve both the
    count and the page. Otherwise the two are separate: an index answers each faster than a
    list of every id would.
    """
    _check_money_filter(flt, sort)
    if not fields.search_text(flt.search).split():
        return (count_customers(flt, profit_line_cents),
                customer_rows(flt, profit_line_cents, sort, descending, 0, limit))
    found = Customer.select(Customer.id)
    for cond in _conditions(flt, profit_line_cents):
        found = found.where(cond)
    found = found.cte("found", materialized=True)
    query = (page_query(CustomerFilter(), profit_line_cents, sort, descending, 0, limit, within=found)
             .select_extend(SQL('(SELECT COUNT(*) FROM "found")'))
             .with_cte(found))
    raw = database_proxy.execute_sql(*query.sql()).fetchall()
    # No row means nothing matched (the page starts at the first match).
    total = int(raw[0][-1]) if raw else 0
    return total, rows_of_page([row[:-1] for row in raw], profit_line_cents)


def page_query(
    flt: CustomerFilter,
    profit_line_cents: int,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    *,
    ids: list[int] | None = None,
    referred_by: int | None = None,
    within: CTE | None = None,
) -> Select:
    """The SQL of `customer_rows` (no access check: callers check, as customer_rows does).

    Two levels: the page's ids are chosen first by the sort key alone, then only those rows get
    their computed columns (last contact, referrer) — a page of 200 out of 50 000 computes 200.
    `within` limits the candidates to a CTE of ids (customer_page's matches).
    """
    sort_referrer = Customer.alias("sort_referrer")
    key = {
        SortKey.NAME: Customer.name,
        SortKey.PHONE: Customer.phone,
        SortKey.TIER: Customer.tier,
        SortKey.SCORE: Customer.latest_score,
        SortKey.PROFIT: Customer.profit_cents,
        SortKey.LAST_CONTACTED: NodeList((last_contacted_expr(Customer.id),)),
        SortKey.REFERRED_BY: fn.COALESCE(sort_referrer.name, ""),
        SortKey.SEGMENT: _segment_rank(Customer.latest_score, Customer.profit_cents, profit_line_cents),
    }[sort]
    inner = Customer.select(Customer.id, key.alias("k"))
    if within is not None:
        inner = inner.join(within, on=(Customer.id == within.c.id))
    if sort is SortKey.REFERRED_BY:
        inner = inner.join(sort_referrer, JOIN.LEFT_OUTER, on=(Customer.referred_by == sort_referrer.id))
    for cond in _conditions(flt, profit_line_cents):
        inner = inner.where(cond)
    if ids is not None:
        inner = inner.where(Customer.id.in_(ids))
    if referred_by is not None:
        inner = inner.where(Customer.referred_by == referred_by)
    # Empty values last both ways. Only the nullable columns say so: SQLite will not walk an
    # index for ORDER BY … NULLS LAST, so a page by profit would sort all customers.
    nulls = "LAST" if sort in NULLABLE_SORTS else None

    def ordered(value: Node, row_id: Node) -> list[Node]:
        if descending:
            return [value.desc(nulls=nulls), row_id.desc()]
        return [value.asc(nulls=nulls), row_id.asc()]

    page = inner.order_by(*ordered(key, Customer.id)).offset(offset).limit(limit).alias("page")
    referrer = Customer.alias("referrer")
    return (
        Customer.select(
            Customer.id, Customer.ref, Customer.name, Customer.phone, Customer.tier,
            Customer.latest_score, Customer.profit_cents,
            last_contacted_expr(Customer.id).alias("contacted"),
            fn.COALESCE(referrer.name, "").alias("referrer"), Customer.lost_reason,
            Customer.erased_on,
        )
        .join(page, on=(Customer.id == page.c.id))
        .join(referrer, JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id))
        .order_by(*ordered(page.c.k, page.c.id))
    )


def rows_of_page(raw: list[tuple[Any, ...]], profit_line_cents: int, *,
                 money: bool | None = None) -> list[CustomerRow]:
    """`page_query`'s plain tuples as rows; segment and profit withheld from a staff login.

    `money` is `access.can_see_money()`, for a caller that has asked already."""
    if money is None:
        money = access.can_see_money()
    rows = []
    for (cid, ref, name, phone, tier, latest, cents, contact, referrer_name, lost,
         erased_on) in raw:
        cents = int(cents or 0)
        rows.append(
            CustomerRow(
                id=cid, ref=ref, name=name, phone=phone, tier=tier,
                segment=segment_of(latest, cents, profit_line_cents) if money else None,
                latest_score=latest, profit_cents=cents if money else None,
                last_contacted=as_date(contact), referred_by=referrer_name,
                lost=lost is not None, erased=erased_on is not None,
            )
        )
    return rows


def customer_lifecycle(customer_id: int, today: dt.date) -> Lifecycle | None:
    """One customer's lifecycle state on `today` (None if there is no such customer)."""
    row = Customer.select(Customer.lost_reason, Customer.created).where(
        Customer.id == customer_id).tuples().first()
    if row is None:
        return None
    lost, created = row
    jobs = Project.select(
        fn.MAX(Case(None, [(Project.status.in_(ACCEPTED_STATUSES), 1)], 0)),
        fn.MAX(Case(None, [(Project.status == "active", 1)], 0)),
        fn.MAX(Project.started), fn.MAX(Project.finished),
    ).where(Project.customer == customer_id).tuples().first() or (0, 0, None, None)
    accepted, active, started, finished = jobs
    contacted = Interaction.select(fn.MAX(Interaction.date)).where(
        Interaction.customer == customer_id).scalar()
    days = [d for d in (as_date(started), as_date(finished), as_date(contacted)) if d is not None]
    return life_state(
        lost=lost is not None, created=as_date(created) or today,
        has_accepted_project=bool(accepted), has_active_project=bool(active),
        last_activity=max(days, default=None), today=today,
    )
