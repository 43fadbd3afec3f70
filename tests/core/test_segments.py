"""Segment, action, low-value and referral rules at their boundaries."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.segments import (
    GRID_SEGMENTS,
    SEGMENT_ORDER,
    Action,
    Segment,
    recommended_action,
    referral_value,
    segment_of,
)

LINE = 2_000_000  # 20 000.00 in cents


@pytest.mark.parametrize(
    ("score", "profit", "expected"),
    [
        (10, LINE, Segment.PROMOTER_PLUS),
        (9, LINE - 1, Segment.PROMOTER_MINUS),
        (8, LINE + 1, Segment.PASSIVE_PLUS),
        (7, LINE - 1, Segment.PASSIVE_MINUS),
        (6, LINE, Segment.DETRACTOR_PLUS),
        (0, -5, Segment.DETRACTOR_MINUS),
        (None, 10 * LINE, Segment.UNRATED),
    ],
)
def test_segment_boundaries(score: int | None, profit: int, expected: Segment) -> None:
    assert segment_of(score, profit, LINE) is expected


def test_profit_exactly_on_the_line_is_profitable() -> None:
    assert segment_of(9, LINE, LINE) is Segment.PROMOTER_PLUS
    assert segment_of(9, LINE - 1, LINE) is Segment.PROMOTER_MINUS


def test_segment_order_matches_the_design() -> None:
    assert [s.value for s in SEGMENT_ORDER] == [
        "promoter+", "promoter-", "passive+", "passive-", "detractor+", "detractor-", "unrated",
    ]
    assert Segment.UNRATED not in GRID_SEGMENTS


def test_every_cell_has_its_action() -> None:
    assert recommended_action(Segment.PROMOTER_PLUS) is Action.KEEP
    assert recommended_action(Segment.PROMOTER_MINUS) is Action.GROW
    assert recommended_action(Segment.PASSIVE_PLUS) is Action.WIN_LOYALTY
    assert recommended_action(Segment.PASSIVE_MINUS) is Action.DEPRIORITIZE
    assert recommended_action(Segment.DETRACTOR_PLUS) is Action.FIX_OR_RELEASE
    assert recommended_action(Segment.DETRACTOR_MINUS) is Action.RELEASE
    assert recommended_action(Segment.UNRATED) is Action.SURVEY


@given(st.integers(0, 10), st.integers(-10**9, 10**9), st.integers(0, 10**9))
def test_segment_is_consistent_with_score_and_line(score: int, profit: int, line: int) -> None:
    segment = segment_of(score, profit, line)
    assert segment in GRID_SEGMENTS
    assert segment.value.endswith("+") == (profit >= line)


# Job lines: 5 000.00 minimum profit, 15 % minimum margin.
MIN_PROFIT = 500_000


@pytest.mark.parametrize(
    ("fee", "cost", "low"),
    [
        (4_000_000, 3_400_000, False),  # profit 6 000, margin exactly 15 %: not low
        (4_000_000, 3_400_001, True),  # a cent under 15 %
        (2_000_000, 1_500_000, False),  # profit exactly 5 000, margin 25 %
        (2_000_000, 1_500_001, True),  # a cent under 5 000
        (0, 0, True),  # no fee: no margin at all
        (1_000_000, 1_200_000, True),  # a loss
    ],
)
def test_low_value_boundaries(fee: int, cost: int, low: bool) -> None:
    assert low_value(JobEstimate(fee, cost), MIN_PROFIT, 15.0).low_value is low


def test_low_value_says_which_line_was_missed() -> None:
    verdict = low_value(JobEstimate(10_000_000, 9_000_000), MIN_PROFIT, 15.0)
    assert not verdict.below_profit_line and verdict.below_margin_line


@given(st.integers(0, 10**10), st.integers(0, 10**10))
def test_low_value_is_exactly_either_line(fee: int, cost: int) -> None:
    estimate = JobEstimate(fee, cost)
    verdict = low_value(estimate, MIN_PROFIT, 15.0)
    # An exact oracle: rational arithmetic, no float error on the line.
    margin_low = fee == 0 or Fraction(fee - cost, fee) < Fraction(15, 100)
    assert verdict.low_value == ((fee - cost) < MIN_PROFIT or margin_low)


def test_referral_value_counts_and_sums() -> None:
    value = referral_value([100, -50, 300])
    assert (value.count, value.profit_cents) == (3, 350)
    assert referral_value([]).count == 0
