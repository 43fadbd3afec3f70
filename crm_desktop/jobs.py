"""Low-value jobs: an inquiry whose estimate falls below the studio's job lines."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class JobEstimate:
    fee_cents: int
    cost_cents: int
    hours: float = 0.0

    @property
    def profit_cents(self) -> int:
        return self.fee_cents - self.cost_cents

    @property
    def margin(self) -> float | None:
        """Estimated profit as a share of the fee (0.15 = 15 %); None for a zero fee."""
        if self.fee_cents <= 0:
            return None
        return self.profit_cents / self.fee_cents


@dataclass(frozen=True)
class LowValueVerdict:
    low_value: bool
    below_profit_line: bool
    below_margin_line: bool


def low_value(estimate: JobEstimate, min_profit_cents: int, min_margin_percent: float) -> LowValueVerdict:
    """Low-value when estimated profit < the minimum profit, or margin < the minimum margin.

    A job with no fee has no margin at all, which is below any line.
    """
    below_profit = estimate.profit_cents < min_profit_cents
    margin = estimate.margin
    # Compare in exact cents × percent to avoid float error exactly on the line.
    below_margin = margin is None or (
        estimate.profit_cents * 100 < min_margin_percent * estimate.fee_cents
    )
    return LowValueVerdict(below_profit or below_margin, below_profit, below_margin)
