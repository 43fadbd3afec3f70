"""The cached latest score and profit on each customer row always equal the recomputed ones.

Whatever writes survey responses and projects — inserts, updates that move a row to another
customer or change its status, deletes, cascades, raw SQL, a bulk load with the triggers
suspended — the figures on the customer row must match a from-scratch computation.
"""
from __future__ import annotations

import datetime as dt
import itertools

import peewee
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop import customer_figures
from crm_desktop.models import (
    ACCEPTED_STATUSES,
    PROJECT_STATUSES,
    Customer,
    Project,
    SurveyResponse,
)

_REFS = itertools.count()
DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 20))


def _recomputed() -> dict[int, tuple[int | None, dt.date | None, int]]:
    """Per customer: (latest score, its date, profit), from the rows themselves."""
    figures: dict[int, tuple[int | None, dt.date | None, int]] = {}
    for customer in Customer.select(Customer.id).tuples():
        cid = customer[0]
        latest = (SurveyResponse.select(SurveyResponse.score, SurveyResponse.date)
                  .where(SurveyResponse.customer == cid)
                  .order_by(SurveyResponse.date.desc(), SurveyResponse.id.desc()).tuples().first())
        profit = sum(
            revenue - cost for revenue, cost in Project.select(Project.revenue_cents, Project.cost_cents)
            .where((Project.customer == cid) & Project.status.in_(ACCEPTED_STATUSES)).tuples()
        )
        score, day = latest if latest else (None, None)
        figures[cid] = (score, day, profit)
    return figures


def _cached() -> dict[int, tuple[int | None, dt.date | None, int]]:
    rows = Customer.select(Customer.id, Customer.latest_score, Customer.latest_response_on,
                           Customer.profit_cents).tuples()
    return {cid: (score, day, profit) for cid, score, day, profit in rows}


def _clear() -> None:
    SurveyResponse.delete().execute()
    Project.delete().execute()
    Customer.delete().execute()


OPERATION = st.one_of(
    st.tuples(st.just("respond"), st.integers(0, 2), DAYS, st.integers(0, 10)),
    st.tuples(st.just("project"), st.integers(0, 2), st.sampled_from(PROJECT_STATUSES),
              st.integers(0, 90_000), st.integers(0, 90_000)),
    st.tuples(st.just("restatus"), st.integers(0, 30), st.sampled_from(PROJECT_STATUSES)),
    st.tuples(st.just("move_project"), st.integers(0, 30), st.integers(0, 2)),
    st.tuples(st.just("move_response"), st.integers(0, 30), st.integers(0, 2)),
    st.tuples(st.just("rescore"), st.integers(0, 30), st.integers(0, 10), DAYS),
    st.tuples(st.just("drop_project"), st.integers(0, 30)),
    st.tuples(st.just("drop_response"), st.integers(0, 30)),
    st.tuples(st.just("raw_response"), st.integers(0, 2), DAYS, st.integers(0, 10)),
)


def _nth(model: type[peewee.Model], n: int) -> int | None:
    ids = [row[0] for row in model.select(model.id).order_by(model.id).tuples()]
    return ids[n % len(ids)] if ids else None


def _apply(op: tuple, customers: list[int], db: peewee.Database) -> None:  # type: ignore[type-arg]
    kind, *args = op
    if kind == "respond":
        SurveyResponse.create(customer=customers[args[0]], date=args[1], score=args[2])
    elif kind == "project":
        Project.create(ref=f"P{next(_REFS)}", customer=customers[args[0]], title="Job", status=args[1],
                       revenue_cents=args[2], cost_cents=args[3])
    elif kind == "raw_response":
        # A script writing straight into the database, not through the app.
        db.execute_sql("INSERT INTO survey_response (customer_id, date, score, comment) "
                       f"VALUES ({customers[args[0]]}, '{args[1].isoformat()}', {args[2]}, '')")
    elif (pid := _nth(Project, args[0])) is not None and kind in ("restatus", "move_project",
                                                                   "drop_project"):
        if kind == "restatus":
            Project.update(status=args[1]).where(Project.id == pid).execute()
        elif kind == "move_project":
            Project.update(customer=customers[args[1]]).where(Project.id == pid).execute()
        else:
            Project.delete().where(Project.id == pid).execute()
    elif (rid := _nth(SurveyResponse, args[0])) is not None and kind in (
            "move_response", "rescore", "drop_response"):
        if kind == "move_response":
            SurveyResponse.update(customer=customers[args[1]]).where(SurveyResponse.id == rid).execute()
        elif kind == "rescore":
            SurveyResponse.update(score=args[1], date=args[2]).where(SurveyResponse.id == rid).execute()
        else:
            SurveyResponse.delete().where(SurveyResponse.id == rid).execute()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPERATION, max_size=25))
def test_cached_figures_follow_every_write(db: peewee.Database, ops: list[tuple]) -> None:  # type: ignore[type-arg]
    _clear()
    customers = [Customer.create(ref=f"C{i}", name=f"Customer {i}").id for i in range(3)]
    for op in ops:
        _apply(op, customers, db)
        assert _cached() == _recomputed(), op


def test_deleting_a_customer_and_bulk_loading_keep_the_rest_right(db: peewee.Database) -> None:
    a, b = (Customer.create(ref=ref, name=ref).id for ref in ("A", "B"))
    with db.atomic(), customer_figures.suspended(db):
        Project.insert_many([
            {"ref": "P1", "customer": a, "title": "Job", "status": "completed",
             "revenue_cents": 500, "cost_cents": 100},
            {"ref": "P2", "customer": b, "title": "Job", "status": "active",
             "revenue_cents": 300, "cost_cents": 50},
        ]).execute()
        SurveyResponse.insert_many([
            {"customer": a, "date": dt.date(2024, 1, 2), "score": 9},
            {"customer": a, "date": dt.date(2024, 1, 2), "score": 4},  # same day: the later row wins
        ]).execute()
        # While suspended nothing is kept up to date…
        assert _cached()[a] == (None, None, 0)
    # …and the single refresh at the end puts everything right; the triggers are back.
    assert _cached() == _recomputed() == {a: (4, dt.date(2024, 1, 2), 400), b: (None, None, 250)}
    Customer.delete().where(Customer.id == a).execute()  # cascades to A's rows
    SurveyResponse.create(customer=b, date=dt.date(2024, 1, 5), score=10)
    assert _cached() == _recomputed() == {b: (10, dt.date(2024, 1, 5), 250)}


def test_each_kind_of_change_moves_the_figures(db: peewee.Database) -> None:
    a, b = (Customer.create(ref=ref, name=ref).id for ref in ("A", "B"))
    job = Project.create(ref="P", customer=a, title="Job", status="inquiry", revenue_cents=900, cost_cents=200)
    assert _cached()[a][2] == 0  # an inquiry is not profit
    steps = [
        (lambda: Project.update(status="active").where(Project.id == job.id).execute(), {a: 700, b: 0}),
        (lambda: Project.update(cost_cents=500).where(Project.id == job.id).execute(), {a: 400, b: 0}),
        (lambda: Project.update(revenue_cents=1500).where(Project.id == job.id).execute(), {a: 1000, b: 0}),
        (lambda: Project.update(customer=b).where(Project.id == job.id).execute(), {a: 0, b: 1000}),
        (lambda: Project.update(status="cancelled").where(Project.id == job.id).execute(), {a: 0, b: 0}),
    ]
    for change, profits in steps:
        change()
        assert {cid: figures[2] for cid, figures in _cached().items()} == profits
    first = SurveyResponse.create(customer=a, date=dt.date(2024, 1, 9), score=9)
    SurveyResponse.create(customer=a, date=dt.date(2024, 1, 3), score=2)  # older: not the latest
    assert _cached()[a][:2] == (9, dt.date(2024, 1, 9))
    SurveyResponse.update(date=dt.date(2024, 1, 1)).where(SurveyResponse.id == first.id).execute()
    assert _cached()[a][:2] == (2, dt.date(2024, 1, 3))
    SurveyResponse.update(customer=b).where(SurveyResponse.id == first.id).execute()
    assert _cached()[b][:2] == (9, dt.date(2024, 1, 1))
    assert _cached() == _recomputed()
