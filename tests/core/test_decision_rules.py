"""The decline wizard's pure rules: every branch of `recommend` and every boundary."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.decision_rules import (
    BaseRate,
    DecisionFacts,
    Economics,
    EstimateFacts,
    Kind,
    Party,
    add_months,
    fee_to_clear_lines,
    is_against,
    percent,
    profit_per_hour,
    recommend,
    returned_within_year,
)
from crm_desktop.decision_texts import (
    PROMPT_KEYS,
    decline_message,
    loss_aversion_prompts,
    prompt_question,
)
from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.segments import ReferralValue, Segment

LINE = 2_000_000        # the studio's profit line, 20 000.00
MIN_PROFIT = 500_000    # the job line, 5 000.00
MIN_MARGIN = 15.0
NO_REFERRALS = ReferralValue(0, 0)
THREE_IN_TEN = BaseRate(10, 3)


def _party(name: str, segment: Segment = Segment.UNRATED, profit: int = 0, accepted: int = 0,
           referrals: ReferralValue = NO_REFERRALS) -> Party:
    return Party(1, name.upper(), name, segment, profit, accepted, referrals)


def _facts(fee: int, cost: int, customer: Party | None = None, referrer: Party | None = None,
           hours: float = 40.0, studio_rate: int | None = 50_000,
           base: BaseRate = THREE_IN_TEN) -> DecisionFacts:
    verdict = low_value(JobEstimate(fee, cost, hours), MIN_PROFIT, MIN_MARGIN)
    return DecisionFacts(
        project_id=1, project_ref="P1", title="前厅", status="inquiry", designer_id=None,
        studio_name="Atelier", profit_line_cents=LINE,
        customer=customer or _party("Ann"), referrer=referrer,
        estimate=EstimateFacts(fee, cost, hours, MIN_PROFIT, MIN_MARGIN,
                               verdict.below_profit_line, verdict.below_margin_line),
        economics=Economics(profit_per_hour(fee - cost, hours), studio_rate, 12, hours),
        base_rate=base,
    )


# Fee / cost pairs: clearing both lines exactly, missing one, missing both.
ON_BOTH_LINES = (10_000_000, 8_500_000)      # profit 15 000, margin exactly 15 %
ON_PROFIT_LINE = (3_333_333, 2_833_333)      # profit exactly 5 000, margin just over 15 %
PROFIT_SHORT = (1_000_000, 500_100)          # profit 4 999, margin ~50 %: only the profit line
MARGIN_SHORT = (10_000_000, 8_500_001)       # profit 14 999.99, margin just under 15 %
BOTH_SHORT = (800_000, 750_000)              # profit 500, margin 6.25 %


def test_not_low_value_exactly_on_the_lines_is_accept() -> None:
    for fee, cost in (ON_BOTH_LINES, ON_PROFIT_LINE):
        result = recommend(_facts(fee, cost))
        assert result.kind is Kind.ACCEPT
        assert "clears both job lines" in result.reasons[0]


def test_a_loss_is_declined_even_for_a_profitable_promoter() -> None:
    star = _party("Ann", Segment.PROMOTER_PLUS, profit=5 * LINE, accepted=4)
    result = recommend(_facts(700_000, 700_001, customer=star))
    assert result.kind is Kind.DECLINE
    assert "loses 0.01" in result.reasons[0]


def test_zero_profit_is_not_a_loss() -> None:
    star = _party("Ann", Segment.PROMOTER_PLUS, profit=LINE, accepted=1)
    assert recommend(_facts(700_000, 700_000, customer=star)).kind is Kind.ACCEPT_WITH_CONDITIONS


@pytest.mark.parametrize("segment", [Segment.PASSIVE_MINUS, Segment.DETRACTOR_MINUS])
def test_let_go_customers_are_declined_even_with_a_promoter_referrer(segment: Segment) -> None:
    referrer = _party("Bo", Segment.PROMOTER_PLUS, profit=LINE, accepted=2)
    result = recommend(_facts(*PROFIT_SHORT, customer=_party("Ann", segment), referrer=referrer))
    assert result.kind is Kind.DECLINE
    assert "the grid says" in result.reasons[0]


def test_both_lines_missed_declined_without_a_profitable_promoter() -> None:
    rich = _party("Ann", Segment.PASSIVE_PLUS, profit=3 * LINE, accepted=3)
    result = recommend(_facts(*BOTH_SHORT, customer=rich))
    assert result.kind is Kind.DECLINE
    assert "misses both lines" in result.reasons[0]
    assert any("below the job line of 5,000" in r for r in result.reasons)
    assert any("below the job line of 15 %" in r for r in result.reasons)


@pytest.mark.parametrize("who", ["customer", "referrer"])
def test_both_lines_missed_with_a_profitable_promoter_is_accept_with_conditions(who: str) -> None:
    star = _party("Bo", Segment.PROMOTER_PLUS, profit=LINE, accepted=1)
    facts = _facts(*BOTH_SHORT, **{who: star})
    result = recommend(facts)
    assert result.kind is Kind.ACCEPT_WITH_CONDITIONS
    assert "profitable promoter" in result.reasons[0] or "recommends the studio" in result.reasons[0]
    assert any("conditions" in r for r in result.reasons)


def test_a_promoter_who_is_not_profitable_is_no_strong_tie() -> None:
    grow = _party("Bo", Segment.PROMOTER_MINUS, profit=LINE - 1, accepted=1)
    assert recommend(_facts(*BOTH_SHORT, referrer=grow)).kind is Kind.DECLINE


@pytest.mark.parametrize("pair", [PROFIT_SHORT, MARGIN_SHORT])
def test_one_line_missed_without_value_is_declined(pair: tuple[int, int]) -> None:
    result = recommend(_facts(*pair))
    assert result.kind is Kind.DECLINE
    assert "misses a line" in result.reasons[0]


@pytest.mark.parametrize(
    ("customer", "referrer"),
    [
        # The customer's own accepted profit reaches the profit line, exactly.
        (_party("Ann", Segment.PASSIVE_PLUS, profit=LINE, accepted=2), None),
        # Unrated but profitable and a returning customer.
        (_party("Ann", Segment.UNRATED, profit=LINE, accepted=1), None),
        # The customers Ann referred are worth the line.
        (_party("Ann", referrals=ReferralValue(2, LINE)), None),
        # Besides Ann (worth 1 000.00), Bo's referrals are worth the line.
        (_party("Ann", profit=100_000, accepted=1),
         _party("Bo", Segment.PASSIVE_MINUS, referrals=ReferralValue(3, LINE + 100_000))),
    ],
)
def test_one_line_missed_with_repeat_or_referral_value_is_accept_with_conditions(
        customer: Party, referrer: Party | None) -> None:
    result = recommend(_facts(*PROFIT_SHORT, customer=customer, referrer=referrer))
    assert result.kind is Kind.ACCEPT_WITH_CONDITIONS


@pytest.mark.parametrize(
    ("customer", "referrer"),
    [
        (_party("Ann", Segment.PASSIVE_PLUS, profit=LINE - 1, accepted=2), None),
        (_party("Ann", referrals=ReferralValue(2, LINE - 1)), None),
        (_party("Ann"), _party("Bo", referrals=ReferralValue(3, LINE - 1))),
        # Bo's referrals reach the line only by counting Ann herself.
        (_party("Ann", profit=100_000, accepted=1), _party("Bo", referrals=ReferralValue(3, LINE))),
        # Profitable, but a detractor: repeat value does not count.
        (_party("Ann", Segment.DETRACTOR_PLUS, profit=3 * LINE, accepted=2), None),
    ],
)
def test_value_just_under_the_line_does_not_count(customer: Party, referrer: Party | None) -> None:
    assert recommend(_facts(*PROFIT_SHORT, customer=customer, referrer=referrer)).kind is Kind.DECLINE


def test_context_reasons_name_the_hourly_rate_base_rate_and_fee_to_clear() -> None:
    result = recommend(_facts(*BOTH_SHORT, hours=50, studio_rate=50_000, base=BaseRate(8, 2)))
    text = "\n".join(result.reasons)
    assert "earns 10, against the studio's average of 500" in text
    assert "Only 25.0 % of customers came back" in text
    likely = recommend(_facts(*BOTH_SHORT, base=BaseRate(4, 2)))
    assert any(r.startswith("50.0 % of customers came back") and "likely" in r for r in likely.reasons)
    assert "A fee of 12,500 for the same work would clear both lines" in text


def test_context_leaves_out_what_is_unknown() -> None:
    returning = _party("Ann", accepted=1)
    result = recommend(_facts(*BOTH_SHORT, customer=returning, hours=0, studio_rate=None,
                              base=BaseRate(0, 0)))
    text = "\n".join(result.reasons)
    assert "average" not in text and "came back" not in text


def test_a_job_with_no_fee_misses_the_margin_line() -> None:
    result = recommend(_facts(0, 0))
    assert result.kind is Kind.DECLINE
    assert any("margin — is below" in r for r in result.reasons)


@given(fee=st.integers(0, 10**9), cost=st.integers(0, 10**9))
def test_the_recommendation_follows_the_low_value_test(fee: int, cost: int) -> None:
    result = recommend(_facts(fee, cost))
    low = low_value(JobEstimate(fee, cost), MIN_PROFIT, MIN_MARGIN).low_value
    assert (result.kind is Kind.ACCEPT) == (not low)
    assert result.reasons
    if fee - cost < 0:
        assert result.kind is Kind.DECLINE


@given(cost=st.integers(0, 10**10), min_profit=st.integers(0, 10**8),
       margin=st.floats(0, 99.9, allow_nan=False))
def test_fee_to_clear_lines_is_the_smallest_that_clears_them(cost: int, min_profit: int, margin: float) -> None:
    fee = fee_to_clear_lines(cost, min_profit, margin)
    assert fee is not None
    assert not low_value(JobEstimate(fee, cost), min_profit, margin).low_value
    assert fee == 1 or low_value(JobEstimate(fee - 1, cost), min_profit, margin).low_value


def test_no_fee_clears_a_margin_line_of_100_percent() -> None:
    assert fee_to_clear_lines(100, 0, 100.0) is None


@pytest.mark.parametrize(
    ("recommendation", "decision", "against"),
    [
        ("decline", "accept", True), ("decline", "decline", False),
        ("accept_with_conditions", "accept", False), ("accept_with_conditions", "decline", True),
        ("accept", "accept", False), ("accept", "decline", True),
    ],
)
def test_going_against_the_recommendation(recommendation: str, decision: str, against: bool) -> None:
    assert is_against(recommendation, decision) is against


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2023, 8, 31), 6, dt.date(2024, 2, 29)),
        (dt.date(2024, 3, 15), -12, dt.date(2023, 3, 15)),
        (dt.date(2024, 12, 1), 1, dt.date(2025, 1, 1)),
        (dt.date(2024, 1, 1), -1, dt.date(2023, 12, 1)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_returned_within_year_boundaries() -> None:
    first = dt.date(2022, 3, 1)
    assert returned_within_year(first, 1, None)
    assert returned_within_year(first, 0, dt.date(2023, 3, 1))
    assert not returned_within_year(first, 0, dt.date(2023, 3, 2))
    assert not returned_within_year(first, 0, None)


def test_profit_per_hour() -> None:
    assert profit_per_hour(100_000, 0) is None
    assert profit_per_hour(100_000, 3) == 33_333
    assert profit_per_hour(-100, 2) == -50


def test_the_five_prompts_are_data_with_stable_keys() -> None:
    prompts = loss_aversion_prompts()
    assert tuple(p.key for p in prompts) == PROMPT_KEYS
    assert len(prompts) == 5 and all(p.question.endswith("?") and p.hint for p in prompts)
    assert prompt_question("peer_advice") == "Would you advise a peer studio to take this job?"
    assert prompt_question("gone") == "gone"


def test_decline_message_with_and_without_a_referral() -> None:
    plain = decline_message("陈静", "Atelier Lin")
    assert plain.startswith("Dear 陈静,") and plain.endswith("Kind regards,\nAtelier Lin")
    assert "introduce" not in plain
    referred = decline_message("陈静", "Atelier Lin", "  Studio Feng  ")
    assert "Studio Feng does this kind of work very well" in referred
    assert decline_message("陈静", "Atelier Lin", "   ") == plain


def test_texts_follow_the_installed_translator() -> None:
    from crm_desktop import i18n

    catalogue = {"Dear {name},": "{name}您好：",
                 "Would you advise a peer studio to take this job?": "你会建议同行接这个活吗？"}
    i18n.set_translator(lambda text: catalogue.get(text, text))
    try:
        assert decline_message("陈静", "X").startswith("陈静您好：")
        assert prompt_question("peer_advice") == "你会建议同行接这个活吗？"
    finally:
        i18n.set_translator(lambda text: text)


def test_facts_are_frozen_values() -> None:
    facts = _facts(*BOTH_SHORT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("share", "text"),
    [(0.0625, "6.3 %"), (0.15, "15.0 %"), (-0.0004, "0.0 %"), (-0.0625, "-6.3 %"), (None, "—"), (1.0, "100.0 %")],
)
def test_percent_rounds_halves_up(share: float | None, text: str) -> None:
    assert percent(share) == text
