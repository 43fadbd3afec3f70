"""nps_month always equals the responses counted per (month, score), whatever writes them.

Inserts one by one and in bulk, raw SQL, a change of score or date (within its month or to
another), a response moved to another customer, deletes, a deleted customer's cascade, a bulk
load with the triggers suspended: after each, the table must match a from-scratch count.
"""
from __future__ import annotations

import datetime as dt
import itertools

import peewee
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop import nps_months
from crm_desktop.models import Customer, NpsMonth, SurveyResponse

# Month ends, a leap day and a year boundary, in few enough months that writes collide.
DAYS = st.dates(min_value=dt.date(2023, 12, 28), max_value=dt.date(2024, 3, 2))
SCORES = st.integers(0, 10)
_REFS = itertools.count()


def _recounted() -> dict[tuple[str, int], int]:
    counts: dict[tuple[str, int], int] = {}
    for day, score in SurveyResponse.select(SurveyResponse.date, SurveyResponse.score).tuples():
        key = (day.isoformat()[:7], score)
        counts[key] = counts.get(key, 0) + 1
    return counts


def _kept() -> dict[tuple[str, int], int]:
    return {(month, score): n for month, score, n in
            NpsMonth.select(NpsMonth.month, NpsMonth.score, NpsMonth.responses).tuples()}


OPERATION = st.one_of(
    st.tuples(st.just("respond"), st.integers(0, 2), DAYS, SCORES),
    st.tuples(st.just("raw_response"), st.integers(0, 2), DAYS, SCORES),
    st.tuples(st.just("bulk"), st.lists(st.tuples(st.integers(0, 2), DAYS, SCORES), max_size=6)),
    st.tuples(st.just("rescore"), st.integers(0, 30), SCORES),
    st.tuples(st.just("redate"), st.integers(0, 30), DAYS),
    st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 2)),
    st.tuples(st.just("raw_shift"), st.integers(-40, 40)),
    st.tuples(st.just("drop_response"), st.integers(0, 30)),
    st.tuples(st.just("drop_scores"), SCORES),
    st.tuples(st.just("drop_customer"), st.integers(0, 2)),
)


def _nth_response(n: int) -> int | None:
    ids = [row[0] for row in SurveyResponse.select(SurveyResponse.id).order_by(SurveyResponse.id).tuples()]
    return ids[n % len(ids)] if ids else None


def _apply(op: tuple, customers: list[int], db: peewee.Database) -> None:  # type: ignore[type-arg]
    kind, *args = op
    if kind == "respond":
        SurveyResponse.create(customer=customers[args[0]], date=args[1], score=args[2])
    elif kind == "raw_response":
        # A script writing straight into the database, not through the app.
        db.execute_sql("INSERT INTO survey_response (customer_id, date, score, comment) "
                       f"VALUES ({customers[args[0]]}, '{args[1].isoformat()}', {args[2]}, '')")
    elif kind == "bulk":
        if args[0]:
            SurveyResponse.insert_many([{"customer": customers[c], "date": day, "score": score}
                                        for c, day, score in args[0]]).execute()
    elif kind == "raw_shift":
        # Every response moved by some days at once: one statement changing many months.
        shift = (f"date(date, '{args[0]:+d} days')" if isinstance(db, peewee.SqliteDatabase)
                 else f"date + {args[0]}")
        db.execute_sql(f"UPDATE survey_response SET date = {shift}")
    elif kind == "drop_scores":
        SurveyResponse.delete().where(SurveyResponse.score == args[0]).execute()
    elif kind == "drop_customer":
        # One response for sure, so the cascade has something to delete; a new customer after.
        SurveyResponse.create(customer=customers[args[0]], date=dt.date(2024, 1, 31), score=8)
        Customer.delete().where(Customer.id == customers[args[0]]).execute()
        customers[args[0]] = Customer.create(ref=f"C{next(_REFS)}", name="Customer").id
    elif (rid := _nth_response(args[0])) is not None:
        row = SurveyResponse.id == rid
        if kind == "rescore":
            SurveyResponse.update(score=args[1]).where(row).execute()
        elif kind == "redate":
            SurveyResponse.update(date=args[1]).where(row).execute()
        elif kind == "move":
            SurveyResponse.update(customer=customers[args[1]]).where(row).execute()
        elif kind == "drop_response":
            SurveyResponse.delete().where(row).execute()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPERATION, max_size=20))
def test_month_counts_follow_every_write(db: peewee.Database, ops: list[tuple]) -> None:  # type: ignore[type-arg]
    SurveyResponse.delete().execute()
    Customer.delete().execute()
    assert _kept() == {}
    customers = [Customer.create(ref=f"C{next(_REFS)}", name="Customer").id for _ in range(3)]
    for op in ops:
        _apply(op, customers, db)
        assert _kept() == _recounted(), op


def test_each_kind_of_change_moves_the_counts(db: peewee.Database) -> None:
    a, b = (Customer.create(ref=ref, name=ref).id for ref in ("A", "B"))
    first = SurveyResponse.create(customer=a, date=dt.date(2024, 1, 31), score=9)
    SurveyResponse.create(customer=b, date=dt.date(2024, 1, 2), score=9)
    assert _kept() == {("2024-01", 9): 2}
    row = SurveyResponse.id == first.id
    steps = [
        (SurveyResponse.update(date=dt.date(2024, 1, 3)), {("2024-01", 9): 2}),  # same month
        (SurveyResponse.update(customer=b), {("2024-01", 9): 2}),
        (SurveyResponse.update(date=dt.date(2024, 2, 1)), {("2024-01", 9): 1, ("2024-02", 9): 1}),
        (SurveyResponse.update(score=4), {("2024-01", 9): 1, ("2024-02", 4): 1}),
        (SurveyResponse.update(date=dt.date(2024, 1, 9), score=9), {("2024-01", 9): 2}),
        (SurveyResponse.delete(), {("2024-01", 9): 1}),
    ]
    for change, expected in steps:
        change.where(row).execute()
        assert _kept() == _recounted() == expected
    Customer.delete().where(Customer.id == b).execute()  # cascades to the last response
    assert _kept() == {}


def test_bulk_loading_with_the_triggers_suspended_recounts_once(db: peewee.Database) -> None:
    a = Customer.create(ref="A", name="A").id
    SurveyResponse.create(customer=a, date=dt.date(2024, 5, 1), score=10)
    with db.atomic(), nps_months.suspended(db):
        SurveyResponse.insert_many([
            {"customer": a, "date": dt.date(2024, 5, 2), "score": 10},
            {"customer": a, "date": dt.date(2024, 6, 30), "score": 0},
        ]).execute()
        # While suspended nothing is kept up to date…
        assert _kept() == {("2024-05", 10): 1}
    # …and the recount at the end puts it right; the triggers are back.
    assert _kept() == _recounted() == {("2024-05", 10): 2, ("2024-06", 0): 1}
    SurveyResponse.create(customer=a, date=dt.date(2024, 6, 1), score=0)
    assert _kept() == {("2024-05", 10): 2, ("2024-06", 0): 2}
