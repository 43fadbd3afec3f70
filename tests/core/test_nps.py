"""NPS rules at every boundary, and their properties under hypothesis."""
from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.nps import (
    Bucket,
    NpsClass,
    NpsCounts,
    format_nps,
    margin_of_error,
    nps,
    nps_class,
    one_decimal,
    period_key,
    periods_between,
    trend,
)


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (0, NpsClass.DETRACTOR),
        (6, NpsClass.DETRACTOR),
        (7, NpsClass.PASSIVE),
        (8, NpsClass.PASSIVE),
        (9, NpsClass.PROMOTER),
        (10, NpsClass.PROMOTER),
    ],
)
def test_class_boundaries(score: int, expected: NpsClass) -> None:
    assert nps_class(score) is expected


@pytest.mark.parametrize("score", [-1, 11])
def test_scores_outside_0_to_10_are_refused(score: int) -> None:
    with pytest.raises(ValueError):
        nps_class(score)


def test_no_responses_have_no_nps_rather_than_zero() -> None:
    empty = NpsCounts()
    assert nps(empty) is None
    assert margin_of_error(empty) is None
    assert format_nps(empty) == ""
    assert one_decimal(None) == ""


def test_nps_and_moe_by_hand() -> None:
    # 5 promoters, 3 passives, 2 detractors: p = .5, d = .2, x = .3
    counts = NpsCounts.of_scores([10, 9, 9, 10, 9, 7, 8, 7, 0, 6])
    assert counts == NpsCounts(5, 3, 2)
    assert nps(counts) == pytest.approx(30.0)
    expected = 100 * 1.96 * math.sqrt((0.5 + 0.2 - 0.09) / 10)
    assert margin_of_error(counts) == pytest.approx(expected)
    assert format_nps(counts) == f"30 ± {round(expected)}"


def test_all_promoters_and_all_detractors_have_no_spread() -> None:
    assert nps(NpsCounts(4, 0, 0)) == 100.0
    assert nps(NpsCounts(0, 0, 4)) == -100.0
    assert margin_of_error(NpsCounts(4, 0, 0)) == pytest.approx(0.0, abs=1e-9)
    assert margin_of_error(NpsCounts(0, 4, 0)) == 0.0


def test_one_decimal_never_prints_negative_zero() -> None:
    assert one_decimal(-0.04) == "0.0"
    assert one_decimal(-16.6666) == "-16.7"
    assert one_decimal(33.3333) == "33.3"


@pytest.mark.parametrize(
    ("day", "bucket", "key"),
    [
        (dt.date(2024, 1, 31), Bucket.MONTH, "2024-01"),
        (dt.date(2024, 3, 31), Bucket.QUARTER, "2024-Q1"),
        (dt.date(2024, 4, 1), Bucket.QUARTER, "2024-Q2"),
        (dt.date(2024, 12, 31), Bucket.QUARTER, "2024-Q4"),
        (dt.date(2024, 12, 31), Bucket.YEAR, "2024"),
    ],
)
def test_period_keys(day: dt.date, bucket: Bucket, key: str) -> None:
    assert period_key(day, bucket) == key


def test_periods_cross_year_boundaries_and_keep_empty_ones() -> None:
    assert periods_between(dt.date(2023, 11, 15), dt.date(2024, 2, 1), Bucket.MONTH) == [
        "2023-11", "2023-12", "2024-01", "2024-02",
    ]
    assert periods_between(dt.date(2023, 12, 31), dt.date(2024, 1, 1), Bucket.QUARTER) == [
        "2023-Q4", "2024-Q1",
    ]
    points = trend([(dt.date(2024, 1, 3), 10), (dt.date(2024, 3, 9), 0)], Bucket.MONTH)
    assert [p.period for p in points] == ["2024-01", "2024-02", "2024-03"]
    assert points[1].counts.responses == 0 and points[1].nps is None
    assert points[0].nps == 100.0 and points[2].nps == -100.0


def test_trend_range_leaves_out_responses_outside_it() -> None:
    pairs = [(dt.date(2024, 1, 1), 9), (dt.date(2024, 2, 1), 9), (dt.date(2024, 5, 1), 3)]
    points = trend(pairs, Bucket.MONTH, dt.date(2024, 2, 1), dt.date(2024, 3, 31))
    assert [(p.period, p.counts.responses) for p in points] == [("2024-02", 1), ("2024-03", 0)]


scores = st.lists(st.integers(min_value=0, max_value=10), max_size=300)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@given(scores)
def test_nps_is_within_bounds_and_moe_is_not_negative(values: list[int]) -> None:
    counts = NpsCounts.of_scores(values)
    assert counts.responses == len(values)
    if values:
        assert -100.0 <= nps(counts) <= 100.0  # type: ignore[operator]
        assert margin_of_error(counts) >= 0.0  # type: ignore[operator]
    else:
        assert nps(counts) is None


@given(st.lists(st.tuples(dates, st.integers(0, 10)), max_size=200), st.sampled_from(list(Bucket)))
def test_bucket_totals_equal_the_input_count(pairs: list[tuple[dt.date, int]], bucket: Bucket) -> None:
    points = trend(pairs, bucket)
    assert sum(p.counts.responses for p in points) == len(pairs)
    keys = [p.period for p in points]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    for point in points:
        assert (point.nps is None) == (point.counts.responses == 0)
