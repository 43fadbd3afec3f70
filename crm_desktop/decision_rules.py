"""The decline wizard's facts as plain values, and the pure rule that turns them into advice.

Nothing here touches the database: `decision_facts` gathers a `DecisionFacts`, and
`recommend()` reads it. The rules, in the order they are tried:

1. **accept** — the job is not low-value (it clears both job lines).
2. **decline** — the estimate loses money (profit < 0), whoever asks.
3. **decline** — the customer sits in a let-go cell of the grid (passive − or detractor −).
4. Both lines missed: **accept with conditions** when the customer is a profitable
   promoter or was referred by one ("strong ties"), else **decline**.
5. One line missed: **accept with conditions** when there are strong ties *or* the
   repeat / referral value is high, else **decline**. High value means any of: the
   customer's own accepted profit reaches the studio's profit line (and they are not a
   detractor); the profit of the customers they referred reaches it; the profit of the
   *other* customers their referrer referred reaches it (the customer's own is not counted
   twice).

Every recommendation carries its reasons, the decisive one first.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from crm_desktop.i18n import _
from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.money import display_amount
from crm_desktop.segments import LET_GO, ReferralValue, Segment


class Kind(str, Enum):
    """What the wizard recommends; the values are those stored in `Decision.recommendation`."""

    DECLINE = "decline"
    ACCEPT_WITH_CONDITIONS = "accept_with_conditions"
    ACCEPT = "accept"


@dataclass(frozen=True)
class Party:
    """A customer (the one asking, or the one who referred them) as the wizard shows them."""

    id: int
    ref: str
    name: str
    segment: Segment
    # Σ (revenue − cost) over their accepted projects, and how many there are.
    profit_cents: int
    accepted_projects: int
    # What the customers *they* referred are worth.
    referrals: ReferralValue


@dataclass(frozen=True)
class EstimateFacts:
    fee_cents: int
    cost_cents: int
    hours: float
    min_profit_cents: int
    min_margin_percent: float
    below_profit_line: bool
    below_margin_line: bool

    @property
    def profit_cents(self) -> int:
        return self.fee_cents - self.cost_cents

    @property
    def margin(self) -> float | None:
        """Profit as a share of the fee (0.15 = 15 %); None when there is no fee."""
        return self.profit_cents / self.fee_cents if self.fee_cents > 0 else None

    @property
    def low_value(self) -> bool:
        return self.below_profit_line or self.below_margin_line


@dataclass(frozen=True)
class DesignerLoad:
    """Active projects of one designer (staff_id None: active projects nobody is assigned to)."""

    staff_id: int | None
    name: str
    active_projects: int


@dataclass(frozen=True)
class Economics:
    # Profit per hour in cents; None when the hours are unknown (zero).
    job_per_hour_cents: int | None
    studio_per_hour_cents: int | None
    # How many accepted jobs with hours, started in the last 12 months, the average covers.
    studio_jobs: int
    hours: float

    @property
    def hours_value_cents(self) -> int | None:
        """What the job's hours would earn at the studio's average profit per hour."""
        if self.studio_per_hour_cents is None:
            return None
        return round(self.hours * self.studio_per_hour_cents)


@dataclass(frozen=True)
class BaseRate:
    """Customers whose first accepted project is at least 12 months old (`customers`), and
    how many of them started another accepted project within 12 months of it (`returned`)."""

    customers: int
    returned: int

    @property
    def share(self) -> float | None:
        return self.returned / self.customers if self.customers else None


@dataclass(frozen=True)
class DecisionFacts:
    project_id: int
    project_ref: str
    title: str
    status: str
    designer_id: int | None
    studio_name: str
    profit_line_cents: int
    customer: Party
    referrer: Party | None
    estimate: EstimateFacts
    economics: Economics
    base_rate: BaseRate
    load: list[DesignerLoad] = field(default_factory=list)


@dataclass(frozen=True)
class Recommendation:
    kind: Kind
    reasons: list[str]


# --- small pure helpers ---------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's last day (31 Aug + 6 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def returned_within_year(first: dt.date, same_day_others: int, next_start: dt.date | None) -> bool:
    """Did a customer start another accepted project within 12 months of their first one?

    `same_day_others` counts further accepted projects started on the first day itself;
    `next_start` is the earliest start after that day. Exactly 12 months later still counts.
    """
    if same_day_others > 0:
        return True
    return next_start is not None and next_start <= add_months(first, 12)


def profit_per_hour(profit_cents: int, hours: float) -> int | None:
    """Profit per hour in whole cents; None when there are no hours to divide by."""
    if hours <= 0:
        return None
    return round(profit_cents / hours)


def fee_to_clear_lines(cost_cents: int, min_profit_cents: int, min_margin_percent: float) -> int | None:
    """The smallest fee (whole cents) that clears both job lines at this cost.

    None when the margin line is 100 % or more: no fee reaches it.
    """
    if min_margin_percent >= 100:
        return None
    for_profit = cost_cents + min_profit_cents
    # fee − cost ≥ m·fee  ⇔  fee ≥ cost / (1 − m); then step past any float rounding so the
    # answer is exactly the smallest that passes the test `jobs.low_value` applies.
    fee = max(for_profit, math.ceil(cost_cents * 100 / (100 - min_margin_percent)), 1)

    def clears(candidate: int) -> bool:
        return not low_value(JobEstimate(candidate, cost_cents), min_profit_cents,
                             min_margin_percent).low_value

    while not clears(fee):
        fee += 1
    while fee > 1 and clears(fee - 1):
        fee -= 1
    return fee


def is_against(recommendation: Kind | str, decision: str) -> bool:
    """Accepting a 'decline', or declining an 'accept' (with or without conditions)."""
    kind = Kind(recommendation)
    return (decision == "accept") == (kind is Kind.DECLINE)


def percent_figure(share: float) -> str:
    """0.0625 → '6.3': a share as a percentage with one decimal, halves rounded up."""
    text = str((Decimal(repr(share)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return "0.0" if text == "-0.0" else text


def percent(share: float | None) -> str:
    """0.125 → '12.5 %' ('—' for None)."""
    return "—" if share is None else f"{percent_figure(share)} %"


# --- the rule -------------------------------------------------------------------------------


def strong_ties(facts: DecisionFacts) -> list[str]:
    """Reasons the relationship itself is worth protecting: a profitable promoter is involved."""
    ties = []
    if facts.customer.segment is Segment.PROMOTER_PLUS:
        ties.append(_("{name} recommends the studio and has been profitable: a customer to keep.")
                    .format(name=facts.customer.name))
    if facts.referrer is not None and facts.referrer.segment is Segment.PROMOTER_PLUS:
        ties.append(_("{name} was referred by {referrer}, a profitable promoter of the studio.")
                    .format(name=facts.customer.name, referrer=facts.referrer.name))
    return ties


def repeat_or_referral_value(facts: DecisionFacts) -> list[str]:
    """Reasons the repeat or referral value is high (each compared with the profit line)."""
    line = facts.profit_line_cents
    customer, referrer = facts.customer, facts.referrer
    found = []
    detractor = customer.segment in (Segment.DETRACTOR_PLUS, Segment.DETRACTOR_MINUS)
    if customer.accepted_projects and customer.profit_cents >= line and not detractor:
        found.append(_("{name} has already brought {profit} over {count} accepted jobs.").format(
            name=customer.name, profit=display_amount(customer.profit_cents),
            count=customer.accepted_projects))
    if customer.referrals.count and customer.referrals.profit_cents >= line:
        found.append(_("The {count} customers {name} referred have brought {profit}.").format(
            count=customer.referrals.count, name=customer.name,
            profit=display_amount(customer.referrals.profit_cents)))
    others = referrer_others(facts)
    if referrer is not None and others is not None and others.profit_cents >= line:
        found.append(_("Besides {name}, the customers {referrer} referred have brought {profit}; "
                       "their goodwill counts.").format(
            name=customer.name, referrer=referrer.name, profit=display_amount(others.profit_cents)))
    return found


def referrer_others(facts: DecisionFacts) -> ReferralValue | None:
    """What the referrer's *other* referrals are worth: the customer asking is one of their
    referrals, and their own profit must not count twice. None without a referrer."""
    if facts.referrer is None:
        return None
    total = facts.referrer.referrals
    return ReferralValue(max(total.count - 1, 0), total.profit_cents - facts.customer.profit_cents)


def _line_reasons(est: EstimateFacts) -> list[str]:
    reasons = []
    if est.below_profit_line:
        reasons.append(_("Estimated profit {profit} is below the job line of {line}.").format(
            profit=display_amount(est.profit_cents), line=display_amount(est.min_profit_cents)))
    if est.below_margin_line:
        reasons.append(_("Estimated margin {margin} is below the job line of {line}.").format(
            margin=percent(est.margin), line=f"{est.min_margin_percent:g} %"))
    return reasons


def _context_reasons(facts: DecisionFacts) -> list[str]:
    """Supporting facts: the hourly rate, the base rate, and the fee that would clear the lines."""
    reasons = []
    econ = facts.economics
    if (econ.job_per_hour_cents is not None and econ.studio_per_hour_cents is not None
            and econ.job_per_hour_cents < econ.studio_per_hour_cents):
        reasons.append(_("Each hour on this job earns {job}, against the studio's average of {avg}.")
                       .format(job=display_amount(econ.job_per_hour_cents),
                               avg=display_amount(econ.studio_per_hour_cents)))
    share = facts.base_rate.share
    if facts.customer.accepted_projects == 0 and share is not None:
        if share < 0.5:
            text = _("Only {share} of customers came back within 12 months of their first job: "
                     "a repeat is a hope, not a plan.")
        else:
            text = _("{share} of customers came back within 12 months of their first job; a repeat "
                     "is likely, but it pays only if the next job clears the lines.")
        reasons.append(text.format(share=percent(share)))
    fee = fee_to_clear_lines(facts.estimate.cost_cents, facts.estimate.min_profit_cents,
                             facts.estimate.min_margin_percent)
    if fee is not None:
        reasons.append(_("A fee of {fee} for the same work would clear both lines.").format(
            fee=display_amount(fee)))
    return reasons


def recommend(facts: DecisionFacts) -> Recommendation:
    """Decline, accept with conditions, or accept — see the module docstring for the rules."""
    est = facts.estimate
    if not est.low_value:
        return Recommendation(Kind.ACCEPT, [
            _("The estimate clears both job lines: profit {profit}, margin {margin}.").format(
                profit=display_amount(est.profit_cents), margin=percent(est.margin))
        ])
    lines = _line_reasons(est)
    context = _context_reasons(facts)
    name = facts.customer.name
    if est.profit_cents < 0:
        return Recommendation(Kind.DECLINE, [
            _("At this estimate the job loses {loss}; goodwill does not pay for that.").format(
                loss=display_amount(-est.profit_cents)),
            *lines, *context,
        ])
    if facts.customer.segment is Segment.DETRACTOR_MINUS:
        return Recommendation(Kind.DECLINE, [
            _("{name} would not recommend the studio and brings little profit: "
              "the grid says take no new work from them.").format(name=name),
            *lines, *context,
        ])
    if facts.customer.segment in LET_GO:
        return Recommendation(Kind.DECLINE, [
            _("{name} is neither a promoter nor profitable: the grid says lower their priority "
              "or let them go.").format(name=name),
            *lines, *context,
        ])
    ties = strong_ties(facts)
    both_missed = est.below_profit_line and est.below_margin_line
    value = ties if both_missed else ties + repeat_or_referral_value(facts)
    if value:
        return Recommendation(Kind.ACCEPT_WITH_CONDITIONS, [
            *value, *lines,
            _("Accept only on conditions you write down: a fixed scope and hours, a fee nearer "
              "the line, and a schedule where no profitable customer's work waits."),
            *context,
        ])
    if both_missed:
        first = _("The job misses both lines, and no profitable promoter is involved.")
    else:
        first = _("The job misses a line, and neither repeat work nor referrals make up for it.")
    return Recommendation(Kind.DECLINE, [first, *lines, *context])
