"""SQL-aggregated figures against the same figures worked out by hand."""
from __future__ import annotations

import datetime as dt
import itertools
import random

import peewee
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop import figures
from crm_desktop.models import Customer, NpsMonth, Project, SurveyResponse
from crm_desktop.nps import Bucket, NpsCounts, trend
from crm_desktop.segments import SEGMENT_ORDER, Segment, segment_of

LINE = 2_000_000


def _customer(ref: str, referred_by: Customer | None = None) -> Customer:
    return Customer.create(ref=ref, name=f"Name {ref}", referred_by=referred_by)


def _project(customer: Customer, status: str, revenue: int, cost: int) -> None:
    ref = f"P{Project.select().count() + 1}"
    Project.create(ref=ref, customer=customer, title="Job", status=status,
                   revenue_cents=revenue, cost_cents=cost)


def _response(customer: Customer, day: str, score: int) -> SurveyResponse:
    return SurveyResponse.create(customer=customer, date=dt.date.fromisoformat(day), score=score)


def test_latest_response_decides_and_ties_go_to_the_highest_id(db: peewee.Database) -> None:
    a = _customer("A")
    _response(a, "2024-05-01", 10)
    _response(a, "2024-01-01", 0)  # older, entered later: ignored
    b = _customer("B")
    _response(b, "2024-05-01", 10)
    _response(b, "2024-05-01", 3)  # same date, higher id: wins
    rows = {r.segment: r.customers for r in figures.segment_summary(LINE)}
    assert rows[Segment.PROMOTER_MINUS] == 1
    assert rows[Segment.DETRACTOR_MINUS] == 1


def test_only_accepted_projects_count_towards_profit(db: peewee.Database) -> None:
    c = _customer("C")
    _response(c, "2024-01-01", 9)
    _project(c, "completed", 3_000_000, 2_000_000)  # +10 000
    _project(c, "active", 1_500_000, 500_000)  # +10 000: exactly on the line together
    for status in ("inquiry", "declined", "cancelled"):
        _project(c, status, 9_000_000, 0)
    rows = {r.segment: r for r in figures.segment_summary(LINE)}
    assert rows[Segment.PROMOTER_PLUS].customers == 1
    assert rows[Segment.PROMOTER_PLUS].profit_cents == LINE
    # One cent more on the line and they drop to promoter-.
    rows = {r.segment: r for r in figures.segment_summary(LINE + 1)}
    assert rows[Segment.PROMOTER_MINUS].customers == 1


def test_unrated_customers_and_all_seven_keys_in_order(db: peewee.Database) -> None:
    _customer("U")
    rows = figures.segment_summary(LINE)
    assert [r.segment for r in rows] == list(SEGMENT_ORDER)
    assert rows[-1].customers == 1 and sum(r.customers for r in rows) == 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2**32))
def test_segment_summary_matches_a_hand_count(db: peewee.Database, seed: int) -> None:
    rng = random.Random(seed)
    Customer.delete().execute()
    expected = {s: [0, 0] for s in SEGMENT_ORDER}
    for i in range(rng.randint(0, 25)):
        c = _customer(f"R{seed}-{i}")
        latest: tuple[dt.date, int, int] | None = None
        for j in range(rng.randint(0, 3)):
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 5))
            r = _response(c, day.isoformat(), rng.randint(0, 10))
            if latest is None or (day, r.id) > latest[:2]:
                latest = (day, r.id, r.score)
        profit = 0
        for _ in range(rng.randint(0, 3)):
            status = rng.choice(["inquiry", "active", "completed", "declined", "cancelled"])
            revenue, cost = rng.randint(0, 3_000_000), rng.randint(0, 3_000_000)
            _project(c, status, revenue, cost)
            if status in ("active", "completed"):
                profit += revenue - cost
        seg = segment_of(latest[2] if latest else None, profit, LINE)
        expected[seg][0] += 1
        expected[seg][1] += profit
    got = {r.segment: [r.customers, r.profit_cents] for r in figures.segment_summary(LINE)}
    assert got == expected


def test_trend_counts_by_response_date_with_empty_periods(db: peewee.Database) -> None:
    c = _customer("T")
    for day, score in [("2023-12-31", 10), ("2024-01-01", 9), ("2024-01-31", 5), ("2024-03-01", 7)]:
        _response(c, day, score)
    points = figures.nps_trend(Bucket.MONTH)
    assert [p.period for p in points] == ["2023-12", "2024-01", "2024-02", "2024-03"]
    assert points[1].counts == NpsCounts(1, 0, 1)
    assert points[2].nps is None
    quarters = figures.nps_trend(Bucket.QUARTER)
    assert [(p.period, p.counts.responses) for p in quarters] == [("2023-Q4", 1), ("2024-Q1", 3)]
    ranged = figures.nps_trend(Bucket.MONTH, dt.date(2024, 1, 15), dt.date(2024, 4, 30))
    assert [(p.period, p.counts.responses) for p in ranged] == [
        ("2024-01", 1), ("2024-02", 0), ("2024-03", 1), ("2024-04", 0),
    ]


# Responses around a year boundary and a leap February, often on a month's first or last days;
# ranges open (None), on such a day, or next to a response's day (an off-by-one at a cut month
# would hide among random days), a single day, or empty (first after last).
MONTH_STARTS = [dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1)]
MONTH_EDGES = [start + dt.timedelta(days=shift) for start in MONTH_STARTS for shift in (-2, -1, 0, 1)]
DAYS = st.sampled_from(MONTH_EDGES) | st.dates(min_value=MONTH_EDGES[0], max_value=MONTH_EDGES[-1])
RANGE_END = st.none() | DAYS | st.tuples(st.integers(0, 29), st.sampled_from((-1, 0, 1)))


def _range_end(end: dt.date | tuple[int, int] | None, responses: list[tuple[dt.date, int]]) -> dt.date | None:
    if not isinstance(end, tuple):
        return end
    if not responses:
        return None
    index, shift = end
    return responses[index % len(responses)][0] + dt.timedelta(days=shift)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(responses=st.lists(st.tuples(DAYS, st.integers(0, 10)), max_size=30),
       first=RANGE_END, last=RANGE_END, single_day=st.booleans(), bucket=st.sampled_from(Bucket))
def test_trend_and_headline_equal_a_recount_of_the_responses(
    db: peewee.Database, responses: list[tuple[dt.date, int]], first: dt.date | tuple[int, int] | None,
    last: dt.date | tuple[int, int] | None, single_day: bool, bucket: Bucket,
) -> None:
    """Whole months come from nps_month and cut ones from the responses: the sum must not show it."""
    SurveyResponse.delete().execute()
    Customer.delete().execute()
    customer = _customer("H")
    if responses:
        SurveyResponse.insert_many([{"customer": customer, "date": day, "score": score}
                                    for day, score in responses]).execute()
    low = _range_end(first, responses)
    high = low if single_day else _range_end(last, responses)
    assert figures.nps_trend(bucket, low, high) == trend(responses, bucket, low, high)
    inside = [score for day, score in responses
              if (low is None or day >= low) and (high is None or day <= high)]
    assert figures.nps_over(low, high) == NpsCounts.of_scores(inside)


def test_every_range_between_month_edges_over_a_response_each_day(db: peewee.Database) -> None:
    """With a response on every day, a cut month counted one day short or long always shows."""
    customer = _customer("D")
    days = [MONTH_EDGES[0] + dt.timedelta(days=n) for n in range((MONTH_EDGES[-1] - MONTH_EDGES[0]).days + 1)]
    responses = [(day, day.toordinal() % 11) for day in days]
    SurveyResponse.insert_many([{"customer": customer, "date": day, "score": score}
                                for day, score in responses]).execute()
    ends = [None, *MONTH_EDGES]
    for low, high in itertools.product(ends, ends):
        assert figures.nps_trend(Bucket.MONTH, low, high) == trend(responses, Bucket.MONTH, low, high)
        inside = [score for day, score in responses
                  if (low is None or day >= low) and (high is None or day <= high)]
        assert figures.nps_over(low, high) == NpsCounts.of_scores(inside), (low, high)


def test_whole_months_are_read_from_the_month_counts(db: peewee.Database) -> None:
    c = _customer("M")
    for day in ("2024-01-10", "2024-02-10", "2024-03-10"):
        _response(c, day, 10)
    # Tampered counts show where each month was counted: only February lies wholly inside.
    NpsMonth.update(responses=NpsMonth.responses + 100).execute()
    points = figures.nps_trend(Bucket.MONTH, dt.date(2024, 1, 2), dt.date(2024, 3, 30))
    assert [p.counts.promoters for p in points] == [1, 101, 1]
    assert figures.nps_over(dt.date(2024, 1, 2), dt.date(2024, 3, 30)).promoters == 103
    # Open ends need no cut: nothing lies before the first response or after the last.
    assert [p.counts.promoters for p in figures.nps_trend(Bucket.MONTH)] == [101, 101, 101]
    assert figures.nps_over().promoters == 303
    # The designer and kind filters count the responses themselves.
    _project(c, "completed", 0, 0)
    assert figures.nps_over(project_kind="").promoters == 3


def test_no_responses_give_no_periods(db: peewee.Database) -> None:
    assert figures.nps_trend(Bucket.MONTH) == []
    assert figures.nps_over().nps is None


def test_referral_value_is_count_and_profit_of_referred_customers(db: peewee.Database) -> None:
    root = _customer("ROOT")
    kid1 = _customer("K1", referred_by=root)
    kid2 = _customer("K2", referred_by=root)
    _customer("GRANDKID", referred_by=kid1)
    _project(kid1, "completed", 5_000_000, 1_000_000)
    _project(kid2, "inquiry", 5_000_000, 1_000_000)  # not accepted: no profit yet
    values = figures.referral_values()
    assert (values[root.id].count, values[root.id].profit_cents) == (2, 4_000_000)
    assert values[kid1.id].count == 1 and kid2.id not in values
    top = figures.top_referrers(1)
    assert top[0][0] == "ROOT"
