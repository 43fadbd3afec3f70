"""NPS rules: a score's class, the NPS of a set of scores, its margin of error, trend buckets."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum


class NpsClass(str, Enum):
    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"


class Bucket(str, Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# Inclusive score ranges; SQL filters use these too, so the thresholds live only here.
CLASS_RANGES: dict[NpsClass, tuple[int, int]] = {
    NpsClass.PROMOTER: (9, 10),
    NpsClass.PASSIVE: (7, 8),
    NpsClass.DETRACTOR: (0, 6),
}


def nps_class(score: int) -> NpsClass:
    """Promoter 9–10, passive 7–8, detractor 0–6."""
    for cls, (low, high) in CLASS_RANGES.items():
        if low <= score <= high:
            return cls
    raise ValueError(f"score {score} is outside 0–10")


@dataclass(frozen=True)
class NpsCounts:
    promoters: int = 0
    passives: int = 0
    detractors: int = 0

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    def __add__(self, other: NpsCounts) -> NpsCounts:
        return NpsCounts(
            self.promoters + other.promoters,
            self.passives + other.passives,
            self.detractors + other.detractors,
        )

    @classmethod
    def of_scores(cls, scores: Iterable[int]) -> NpsCounts:
        tally = {c: 0 for c in NpsClass}
        for score in scores:
            tally[nps_class(score)] += 1
        return cls(tally[NpsClass.PROMOTER], tally[NpsClass.PASSIVE], tally[NpsClass.DETRACTOR])

    @property
    def nps(self) -> float | None:
        return nps(self)

    @property
    def moe(self) -> float | None:
        return margin_of_error(self)


def nps(counts: NpsCounts) -> float | None:
    """100 × (promoters − detractors) / N; None when there are no responses (never 0)."""
    n = counts.responses
    if n == 0:
        return None
    return 100.0 * (counts.promoters - counts.detractors) / n


def margin_of_error(counts: NpsCounts) -> float | None:
    """95 % margin of error in NPS points: 100 × 1.96 × sqrt((p + d − (p − d)²) / N)."""
    n = counts.responses
    if n == 0:
        return None
    p = counts.promoters / n
    d = counts.detractors / n
    x = p - d
    # p + d − x² is a variance and never negative; max() guards float rounding at p or d = 1.
    return 100.0 * 1.96 * math.sqrt(max(p + d - x * x, 0.0) / n)


def format_nps(counts: NpsCounts) -> str:
    """"42 ± 9" for people; an empty string when there is no NPS."""
    value, moe = nps(counts), margin_of_error(counts)
    if value is None or moe is None:
        return ""
    return f"{_round_half_away(value)} ± {_round_half_away(moe)}"


def _round_half_away(value: float) -> int:
    result = int(math.floor(abs(value) + 0.5))
    return -result if value < 0 else result


def one_decimal(value: float | None) -> str:
    """A figure with one decimal for CSV, '' for None, never '-0.0'."""
    if value is None:
        return ""
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def period_key(day: dt.date, bucket: Bucket) -> str:
    """The trend period a date falls in: 'YYYY-MM', 'YYYY-Qn' or 'YYYY'."""
    if bucket is Bucket.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if bucket is Bucket.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def period_start(day: dt.date, bucket: Bucket) -> dt.date:
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    if bucket is Bucket.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


_MONTHS_IN = {Bucket.MONTH: 1, Bucket.QUARTER: 3, Bucket.YEAR: 12}


def next_period(start: dt.date, bucket: Bucket) -> dt.date:
    index = start.year * 12 + start.month - 1 + _MONTHS_IN[bucket]
    return dt.date(index // 12, index % 12 + 1, 1)


def periods_between(first: dt.date, last: dt.date, bucket: Bucket) -> list[str]:
    """Every period key from the one holding `first` to the one holding `last`, oldest first."""
    keys: list[str] = []
    current = period_start(first, bucket)
    while current <= last:
        keys.append(period_key(current, bucket))
        current = next_period(current, bucket)
    return keys


@dataclass(frozen=True)
class TrendPoint:
    period: str
    counts: NpsCounts

    @property
    def nps(self) -> float | None:
        return nps(self.counts)

    @property
    def moe(self) -> float | None:
        return margin_of_error(self.counts)


def fill_periods(
    counts: Mapping[str, NpsCounts], first: dt.date, last: dt.date, bucket: Bucket
) -> list[TrendPoint]:
    """Every period from `first` to `last` with its counts; an empty period has no NPS."""
    empty = NpsCounts()
    return [TrendPoint(key, counts.get(key, empty)) for key in periods_between(first, last, bucket)]


def trend(
    responses: Iterable[tuple[dt.date, int]],
    bucket: Bucket,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> list[TrendPoint]:
    """Bucket (date, score) pairs by their own date; empty periods are kept, with no NPS.

    The range defaults to the first and last response; responses outside a given range are left out.
    """
    pairs = list(responses)
    if first is None and pairs:
        first = min(day for day, _ in pairs)
    if last is None and pairs:
        last = max(day for day, _ in pairs)
    if first is None or last is None or first > last:
        return []
    per_period: dict[str, NpsCounts] = {}
    for day, score in pairs:
        if first <= day <= last:
            key = period_key(day, bucket)
            per_period[key] = per_period.get(key, NpsCounts()) + NpsCounts.of_scores((score,))
    return fill_periods(per_period, first, last, bucket)
