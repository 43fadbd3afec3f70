"""The six segments of the 2×3 grid (NPS class × profit class), plus unrated, and their actions."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

from crm_desktop.nps import NpsClass, nps_class


class Segment(str, Enum):
    PROMOTER_PLUS = "promoter+"
    PROMOTER_MINUS = "promoter-"
    PASSIVE_PLUS = "passive+"
    PASSIVE_MINUS = "passive-"
    DETRACTOR_PLUS = "detractor+"
    DETRACTOR_MINUS = "detractor-"
    UNRATED = "unrated"


# The order of DESIGN.md, used by the CLI, the grid and the report.
SEGMENT_ORDER: tuple[Segment, ...] = tuple(Segment)
GRID_SEGMENTS: tuple[Segment, ...] = SEGMENT_ORDER[:6]
CONVERSION_TARGETS = (Segment.PROMOTER_MINUS, Segment.PASSIVE_PLUS, Segment.DETRACTOR_PLUS)
LET_GO = (Segment.PASSIVE_MINUS, Segment.DETRACTOR_MINUS)


class Action(str, Enum):
    KEEP = "keep"
    WIN_LOYALTY = "win_loyalty"
    FIX_OR_RELEASE = "fix_or_release"
    GROW = "grow"
    DEPRIORITIZE = "deprioritize"
    RELEASE = "release"
    SURVEY = "survey"


RECOMMENDED_ACTION: dict[Segment, Action] = {
    Segment.PROMOTER_PLUS: Action.KEEP,
    Segment.PASSIVE_PLUS: Action.WIN_LOYALTY,
    Segment.DETRACTOR_PLUS: Action.FIX_OR_RELEASE,
    Segment.PROMOTER_MINUS: Action.GROW,
    Segment.PASSIVE_MINUS: Action.DEPRIORITIZE,
    Segment.DETRACTOR_MINUS: Action.RELEASE,
    Segment.UNRATED: Action.SURVEY,
}


def is_profitable(profit_cents: int, profit_line_cents: int) -> bool:
    """'+' when the profit reaches the studio's profit line (exactly on the line counts)."""
    return profit_cents >= profit_line_cents


def segment_of(latest_score: int | None, profit_cents: int, profit_line_cents: int) -> Segment:
    """The segment of a customer from their most recent score (None = unrated) and profit."""
    return segment_from(latest_score, is_profitable(profit_cents, profit_line_cents))


@functools.cache  # 23 possible answers, asked for every row of every list page
def segment_from(latest_score: int | None, profitable: bool) -> Segment:
    """The segment from the most recent score (None = unrated) and the profit class."""
    if latest_score is None:
        return Segment.UNRATED
    return Segment(f"{nps_class(latest_score).value}{'+' if profitable else '-'}")


def recommended_action(segment: Segment) -> Action:
    return RECOMMENDED_ACTION[segment]


def nps_class_of(segment: Segment) -> NpsClass | None:
    if segment is Segment.UNRATED:
        return None
    return NpsClass(segment.value[:-1])


@dataclass(frozen=True)
class ReferralValue:
    """What a customer brought through referrals: how many customers, and their total profit."""

    count: int
    # None when the current login may not see money.
    profit_cents: int | None


def referral_value(referred_profits_cents: list[int]) -> ReferralValue:
    return ReferralValue(len(referred_profits_cents), sum(referred_profits_cents))
