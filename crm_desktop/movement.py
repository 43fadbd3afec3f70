"""Segment movement from the database: segments as of a date, the 7 × 7 matrix, the scoreboard.

A customer's segment **as of a day D** follows the grid's rules with the history cut at D:
the NPS class of their latest response dated on or before D (latest date, then highest id),
and the profit class of Σ (revenue − cost) over their accepted projects (status `active` or
`completed`) that *started* on or before D, against the studio's current profit line. A
customer with no response dated on or before D is unrated on D. Every customer in the
database counts on every date, lost ones and ones created later included (a newcomer shows
as a move out of unrated), so each date's counts add up to the grid's total.

An accepted project with no start date counts on no date: nothing says when its profit was
earned. (The grid, which is "now", does count it.)

Everything is counted in SQL: one pass gives each customer's score and profit on each date,
and a GROUP BY folds them into (score, profitable) combinations, to which
`segments.segment_from` is applied.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, Expression, Select, fn

from crm_desktop import access
from crm_desktop.models import ACCEPTED_STATUSES, Customer, Project, SurveyResponse
from crm_desktop.movement_rules import TOP, MovementCell, MovementMatrix, previous_span
from crm_desktop.nps import CLASS_RANGES, NpsClass
from crm_desktop.segments import LET_GO, Segment, nps_class_of, segment_from

# A snapshot date; None stands for "now": every response and every accepted project, as the grid counts.
Day = dt.date | None
AT_RISK = (Segment.DETRACTOR_PLUS, Segment.PASSIVE_PLUS)


def score_as_of_expr(customer_id: object, day: object, alias: str = "as_of") -> Select:
    """Correlated subquery: the customer's latest score dated on or before `day` (None: ever).

    `day` is a date or an SQL date expression (another row's date).
    """
    inner = SurveyResponse.alias(alias)
    condition = inner.customer == customer_id
    if day is not None:
        condition &= inner.date <= day
    return (inner.select(inner.score).where(condition)
            .order_by(inner.date.desc(), inner.id.desc()).limit(1))


def _earned(day: Day) -> object:
    """One project's profit if it counts on `day` (accepted, and started on or before it), else 0."""
    counts = Project.status.in_(ACCEPTED_STATUSES)
    if day is not None:
        counts &= Project.started <= day
    return Case(None, [(counts, Project.revenue_cents - Project.cost_cents)], 0)


def _per_customer(days: Sequence[Day], *extra: object, line_cents: int | None = None) -> Select:
    """One row per customer: `extra` columns, then s0, p0, s1, p1, … (score and profit on each day),
    and with `line_cents` also b0, b1, … (profit on the line or above).

    The profits come from one grouped pass over the projects rather than a subquery per customer
    and day. The status test sits in the CASE, not in a WHERE: the pass then walks the
    (customer, status) index in customer order and needs no sort (twice as fast on SQLite).
    "Now" (None) is the customer row's own latest score and profit (crm_desktop.customer_figures),
    which the database keeps by the same rules.
    """
    profits = (
        Project.select(Project.customer.alias("cid"),
                       *[fn.SUM(_earned(day)).alias(f"p{i}") for i, day in enumerate(days) if day is not None])
        .group_by(Project.customer)
        .alias("earned")
    )
    columns: list[object] = [Customer.id.alias("id"), *extra]
    for i, day in enumerate(days):
        if day is None:
            profit = Customer.profit_cents
            columns.append(Customer.latest_score.alias(f"s{i}"))
        else:
            profit = fn.COALESCE(getattr(profits.c, f"p{i}"), 0)
            columns.append(score_as_of_expr(Customer.id, day, f"as_of_{i}").alias(f"s{i}"))
        columns.append(profit.alias(f"p{i}"))
        if line_cents is not None:
            columns.append((profit >= line_cents).alias(f"b{i}"))
    return (Customer.select(*columns)
            .join(profits, JOIN.LEFT_OUTER, on=(profits.c.cid == Customer.id))
            .alias("per_customer"))


def _groups(days: Sequence[Day], line_cents: int) -> list[tuple[tuple[Segment, ...], int, int]]:
    """(segment on each day, customers, their total profit on the last day), grouped in SQL.

    The groups are (score, profitable) on each day — a few hundred to a few thousand — and
    `segments.segment_from` names their segments. The GROUP BY holds plain columns only (no
    parameters), which PostgreSQL needs to match it with the select list.
    """
    per = _per_customer(days, line_cents=line_cents)
    keys: list[object] = []
    for i in range(len(days)):
        keys += [getattr(per.c, f"s{i}"), getattr(per.c, f"b{i}")]
    last_profit = getattr(per.c, f"p{len(days) - 1}")
    query = (Customer.select(*keys, fn.COUNT(1), fn.COALESCE(fn.SUM(last_profit), 0))
             .from_(per).group_by(*keys).tuples())
    rows = []
    for row in query:
        segments = tuple(segment_from(row[2 * i], bool(row[2 * i + 1])) for i in range(len(days)))
        rows.append((segments, int(row[-2]), int(row[-1])))
    return rows


def segment_counts_as_of(day: dt.date, line_cents: int) -> dict[Segment, int]:
    """Customers per segment as of `day` (all seven keys, zeros included)."""
    access.require_money()
    counts = Counter({segment: 0 for segment in Segment})
    for (segment,), customers, _profit in _groups([day], line_cents):
        counts[segment] += customers
    return dict(counts)


def _check_span(first: dt.date, last: dt.date) -> None:
    if first >= last:
        raise ValueError(f"the first date {first} must come before the last {last}")


def movement_matrix(first: dt.date, last: dt.date, line_cents: int) -> MovementMatrix:
    """Customers by (segment on `first`, segment on `last`), `first` < `last`."""
    access.require_money()
    _check_span(first, last)
    pairs: Counter[tuple[Segment, Segment]] = Counter()
    for (a, b), customers, _profit in _groups([first, last], line_cents):
        pairs[a, b] += customers
    return MovementMatrix.from_pairs(first, last, pairs)


# -- the customers behind a cell ------------------------------------------------------------

def in_segment(score: object, profit: object, segment: Segment, line_cents: int) -> Expression:
    """SQL for "a score and profit in `segment`" — the same rule as segments.segment_from."""
    cls = nps_class_of(segment)
    if cls is None:
        return score.is_null()  # type: ignore[attr-defined, no-any-return]
    low, high = CLASS_RANGES[cls]
    side = profit >= line_cents if segment.value.endswith("+") else profit < line_cents  # type: ignore[operator]
    return score.between(low, high) & side  # type: ignore[attr-defined, no-any-return]


def cell_customer_query(first_segment: Segment, second_segment: Segment, first: dt.date, last: dt.date,
                        line_cents: int) -> Select:
    """SQL selecting the ids of the customers in `first_segment` on `first` and `second_segment` on
    `last`: usable as a subquery (`Customer.id.in_(…)`), so no id list ever has to be passed around."""
    _check_span(first, last)
    per = _per_customer([first, last])
    return (
        Customer.select(per.c.id).from_(per)
        .where(in_segment(per.c.s0, per.c.p0, first_segment, line_cents)
               & in_segment(per.c.s1, per.c.p1, second_segment, line_cents))
    )


def cell_customer_ids(first_segment: Segment, second_segment: Segment, first: dt.date, last: dt.date,
                      line_cents: int) -> list[int]:
    """The ids of the customers in `first_segment` on `first` and `second_segment` on `last`, ascending."""
    access.require_money()
    query = cell_customer_query(first_segment, second_segment, first, last, line_cents)
    return sorted(cid for (cid,) in query.tuples())


def movement_cell_query(cell: MovementCell) -> Select:
    """`cell_customer_query` for one cell of the matrix (what the Segments section hands over)."""
    return cell_customer_query(cell.first_segment, cell.second_segment, cell.first, cell.last,
                               cell.profit_line_cents)


def movement_cell_ids(cell: MovementCell) -> list[int]:
    """The ids of the customers behind one cell of the matrix, ascending."""
    access.require_money()
    return cell_customer_ids(cell.first_segment, cell.second_segment, cell.first, cell.last,
                             cell.profit_line_cents)


@dataclass(frozen=True)
class MovedCustomer:
    id: int
    name: str
    first_segment: Segment
    second_segment: Segment
    # The latest score and the profit as of the second date.
    score: int | None
    profit_cents: int


@dataclass(frozen=True)
class MovedList:
    """Customers who made one kind of move: how many in all, and the most profitable of them."""

    total: int
    customers: tuple[MovedCustomer, ...]

    @property
    def left_out(self) -> int:
        return self.total - len(self.customers)


def top_moves(first: dt.date, last: dt.date, line_cents: int,
              limit: int | None = None) -> tuple[MovedList, MovedList]:
    """(into promoter+, out of promoter+) between the dates, each keeping its first `limit` customers.

    Customers who were rated on `first` come before those who were not (a converted customer is
    the method at work; a newcomer who answers 10 is good news of another kind), then the most
    profitable on `last`, then by name. One query finds both kinds.
    """
    access.require_money()
    _check_span(first, last)
    per = _per_customer([first, last], Customer.name.alias("name"))
    on_first = fn.COALESCE(in_segment(per.c.s0, per.c.p0, TOP, line_cents), False)
    on_last = fn.COALESCE(in_segment(per.c.s1, per.c.p1, TOP, line_cents), False)
    query = (
        Customer.select(per.c.id, per.c.name, per.c.s0, per.c.p0, per.c.s1, per.c.p1)
        .from_(per)
        .where(on_first != on_last)
        .order_by(per.c.s0.is_null(), per.c.p1.desc(), per.c.name, per.c.id)
        .tuples()
    )
    found: dict[bool, list[MovedCustomer]] = {True: [], False: []}
    for cid, name, s0, p0, s1, p1 in query:
        moved = MovedCustomer(cid, name, segment_from(s0, int(p0) >= line_cents),
                              segment_from(s1, int(p1) >= line_cents), s1, int(p1))
        found[moved.second_segment is TOP].append(moved)
    return tuple(  # type: ignore[return-value]
        MovedList(len(rows), tuple(rows[:limit] if limit is not None else rows))
        for rows in (found[True], found[False]))


# -- the scoreboard -------------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodMoves:
    """What happened between `first` and `last` (new customers: created after `first`, up to `last`)."""

    first: dt.date
    last: dt.date
    conversions: int
    recovered: int
    lost: int
    # Customers in the two segments to let go (passive−, detractor−) on `first` and on `last`.
    let_go_before: int
    let_go_after: int
    new_customers: int
    referred_by_promoter: int

    @property
    def referral_share(self) -> float | None:
        """Of the new customers, the share (0…1) referred by a promoter; None with no new customers."""
        return self.referred_by_promoter / self.new_customers if self.new_customers else None


@dataclass(frozen=True)
class AtRisk:
    """Current customers of a segment whose loss would hurt, and their real total profit."""

    segment: Segment
    customers: int
    profit_cents: int


@dataclass(frozen=True)
class Movement:
    """The Segments section's and the report's movement figures for one span."""

    matrix: MovementMatrix
    current: PeriodMoves
    previous: PeriodMoves
    # detractor+ then passive+, as of now (the grid's rules).
    at_risk: tuple[AtRisk, ...]

    @property
    def at_risk_cents(self) -> int:
        return sum(part.profit_cents for part in self.at_risk)

    @property
    def at_risk_customers(self) -> int:
        return sum(part.customers for part in self.at_risk)


def _referrals(first: dt.date, last: dt.date) -> tuple[int, int]:
    """(customers created after `first` up to `last`, of them referred by a promoter).

    The referrer counts as a promoter when their latest response dated on or before the new
    customer's creation was a 9 or 10: the referral is judged as it was made, so a referrer's
    later answers do not rewrite an earlier period.
    """
    low, high = CLASS_RANGES[NpsClass.PROMOTER]
    score = score_as_of_expr(Customer.referred_by, Customer.created, "referrer_score")
    promoter = Case(None, [(fn.COALESCE(score, -1).between(low, high), 1)], 0)
    count, referred = (Customer.select(fn.COUNT(1), fn.COALESCE(fn.SUM(promoter), 0))
                       .where((Customer.created > first) & (Customer.created <= last))
                       .tuples().get())
    return int(count), int(referred)


def movement(first: dt.date, last: dt.date, line_cents: int, *, before: dt.date | None = None) -> Movement:
    """The matrix `first` → `last`, the scoreboard against `before` → `first`, and profit at risk now.

    `before` defaults to the start of the span of equal length ending on `first` (`previous_span`).
    One grouped query covers the three dates and "now".
    """
    access.require_money()
    before = _checked_before(first, last, before)
    return _movement(before, first, last, _groups([before, first, last, None], line_cents))


def movement_and_moves(first: dt.date, last: dt.date, line_cents: int, *, before: dt.date | None = None,
                       limit: int | None = None) -> tuple[Movement, MovedList, MovedList]:
    """`movement(…, before=before)` and `top_moves(…, limit)` for the same dates, from one statement.

    Both need every customer's score and profit as of the dates, which is most of their cost:
    here the figures are worked out once (a CTE read more than once, which SQLite and PostgreSQL
    materialise). The grouped rows give the matrix and how many moved into and out of
    promoter+; only the customers listed come back one by one.
    """
    access.require_money()
    before = _checked_before(first, last, before)
    per = _per_customer([before, first, last, None], Customer.name.alias("name"), line_cents=line_cents).cte("per")
    c = per.c
    keys = [getattr(c, f"{column}{i}") for i in range(4) for column in ("s", "b")]
    null = SQL("NULL")
    # kind 0: a group of customers (segments on the four dates, count, profit now);
    # kinds 1 and 2: a customer who moved into (1) or out of (2) promoter+ from `first` to `last`.
    grouped = (Customer.select(SQL("0").alias("kind"), *keys, fn.COUNT(1).alias("customers"),
                               fn.COALESCE(fn.SUM(c.p3), 0).alias("profit"), null.alias("unrated"),
                               null.alias("name"), null.alias("id"))
               .from_(per).group_by(*keys))
    on_first = fn.COALESCE(in_segment(c.s1, c.p1, TOP, line_cents), False)
    on_last = fn.COALESCE(in_segment(c.s2, c.p2, TOP, line_cents), False)
    query = grouped
    for kind, moved in ((1, on_last & ~on_first), (2, on_first & ~on_last)):
        # In `top_moves` order: rated on `first` first, then by profit, name and id.
        listed = (Customer.select(c.s1, c.b1, c.s2, c.b2, c.p2, c.s1.is_null().alias("unrated"), c.name, c.id)
                  .from_(per).where(moved).order_by(c.s1.is_null(), c.p2.desc(), c.name, c.id))
        if limit is not None:
            listed = listed.limit(limit)
        m = listed.alias(f"moved_{kind}").c
        query = query + (Customer.select(SQL(str(kind)), null, null, m.s1, m.b1, m.s2, m.b2, null, null, null,
                                         m.p2, m.unrated, m.name, m.id)
                         .from_(listed.alias(f"moved_{kind}")))
    query = (query.order_by(SQL("kind"), SQL("unrated"), SQL("profit").desc(), SQL("name"), SQL("id"))
             .with_cte(per))
    groups: list[tuple[tuple[Segment, ...], int, int]] = []
    listed_moves: dict[int, list[MovedCustomer]] = {1: [], 2: []}
    for kind, *segments, customers, profit, _unrated, name, cid in query.tuples():
        if kind == 0:
            groups.append((tuple(segment_from(segments[2 * i], bool(segments[2 * i + 1])) for i in range(4)),
                           int(customers), int(profit)))
        else:
            _s0, _b0, s1, b1, s2, b2, _s3, _b3 = segments
            listed_moves[kind].append(MovedCustomer(cid, name, segment_from(s1, bool(b1)),
                                                    segment_from(s2, bool(b2)), s2, int(profit)))
    into = sum(n for (_b, a, z, _now), n, _p in groups if a is not TOP and z is TOP)
    out = sum(n for (_b, a, z, _now), n, _p in groups if a is TOP and z is not TOP)
    return (_movement(before, first, last, groups), MovedList(into, tuple(listed_moves[1])),
            MovedList(out, tuple(listed_moves[2])))


def _checked_before(first: dt.date, last: dt.date, before: dt.date | None) -> dt.date:
    _check_span(first, last)
    if before is None:
        before = previous_span(first, last)[0]
    _check_span(before, first)
    return before


def _movement(before: dt.date, first: dt.date, last: dt.date,
              groups: list[tuple[tuple[Segment, ...], int, int]]) -> Movement:
    """The Movement from the customers grouped by their segments on `before`, `first`, `last` and now."""
    earlier: Counter[tuple[Segment, Segment]] = Counter()
    later: Counter[tuple[Segment, Segment]] = Counter()
    at_risk = {segment: [0, 0] for segment in AT_RISK}
    for (b, a, z, now), customers, profit_now in groups:
        earlier[b, a] += customers
        later[a, z] += customers
        if now in at_risk:
            at_risk[now][0] += customers
            at_risk[now][1] += profit_now
    matrix = MovementMatrix.from_pairs(first, last, later)
    previous_matrix = MovementMatrix.from_pairs(before, first, earlier)
    def moves(m: MovementMatrix, new: tuple[int, int]) -> PeriodMoves:
        return PeriodMoves(m.first, m.last, m.conversions, m.recovered, m.lost,
                           sum(m.on_first(s) for s in LET_GO), sum(m.on_last(s) for s in LET_GO), *new)

    return Movement(
        matrix=matrix,
        current=moves(matrix, _referrals(first, last)),
        previous=moves(previous_matrix, _referrals(before, first)),
        at_risk=tuple(AtRisk(segment, *at_risk[segment]) for segment in AT_RISK),
    )
