"""Segment movement between two dates as plain values: the 7 × 7 matrix, its marked cells, the periods.

Pure rules, no I/O: `movement` fills a `MovementMatrix` from the database; the window, the
report and the CLI read it. Rows are the segment on the first date, columns the segment on
the second, both in the order of DESIGN.md.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum

from crm_desktop.nps import NpsClass
from crm_desktop.periods import shift_months
from crm_desktop.segments import LET_GO, SEGMENT_ORDER, Segment, nps_class_of

TOP = Segment.PROMOTER_PLUS
PERIOD_MONTHS = 12


class Mark(str, Enum):
    """Why a cell of the matrix matters to the method (see `cell_marks`)."""

    INTO_TOP = "into_top"
    OUT_OF_TOP = "out_of_top"
    RECOVERED = "recovered"
    LET_GO_SHRINKS = "let_go_shrinks"
    LET_GO_GROWS = "let_go_grows"


class Tone(str, Enum):
    GOOD = "good"
    BAD = "bad"
    MIXED = "mixed"


GOOD_MARKS = frozenset({Mark.INTO_TOP, Mark.RECOVERED, Mark.LET_GO_SHRINKS})


def is_recovery(first: Segment, second: Segment) -> bool:
    """A detractor on the first date who is a passive or a promoter on the second."""
    return nps_class_of(first) is NpsClass.DETRACTOR and nps_class_of(second) in (
        NpsClass.PASSIVE, NpsClass.PROMOTER)


def cell_marks(first: Segment, second: Segment) -> tuple[Mark, ...]:
    """The marks of the cell `first` → `second`, in the order of `Mark`; () for a plain cell.

    Into / out of promoter+ (the method's goal), a detractor recovered, and a customer leaving
    or joining the two segments to let go (moves between those two change neither's total).
    """
    marks = []
    if second is TOP and first is not TOP:
        marks.append(Mark.INTO_TOP)
    if first is TOP and second is not TOP:
        marks.append(Mark.OUT_OF_TOP)
    if is_recovery(first, second):
        marks.append(Mark.RECOVERED)
    if first in LET_GO and second not in LET_GO:
        marks.append(Mark.LET_GO_SHRINKS)
    if second in LET_GO and first not in LET_GO:
        marks.append(Mark.LET_GO_GROWS)
    return tuple(marks)


def tone(marks: tuple[Mark, ...]) -> Tone | None:
    """Good news, bad news, both, or None for a plain cell."""
    if not marks:
        return None
    good = {mark in GOOD_MARKS for mark in marks}
    if good == {True}:
        return Tone.GOOD
    return Tone.BAD if good == {False} else Tone.MIXED


@dataclass(frozen=True)
class MovementMatrix:
    """Customers by (segment on `first`, segment on `last`); `counts[i][j]` in SEGMENT_ORDER."""

    first: dt.date
    last: dt.date
    counts: tuple[tuple[int, ...], ...]

    @classmethod
    def from_pairs(cls, first: dt.date, last: dt.date,
                   pairs: Mapping[tuple[Segment, Segment], int]) -> MovementMatrix:
        """The matrix from counts per (from, to) pair; pairs left out count 0."""
        return cls(first, last, tuple(
            tuple(pairs.get((a, b), 0) for b in SEGMENT_ORDER) for a in SEGMENT_ORDER))

    def count(self, first: Segment, second: Segment) -> int:
        return self.counts[SEGMENT_ORDER.index(first)][SEGMENT_ORDER.index(second)]

    def cells(self) -> Iterator[tuple[Segment, Segment, int]]:
        """All 49 (from, to, customers), from-major in SEGMENT_ORDER, zeros included."""
        for a, row in zip(SEGMENT_ORDER, self.counts):
            for b, count in zip(SEGMENT_ORDER, row):
                yield a, b, count

    def on_first(self, segment: Segment) -> int:
        """Customers in `segment` on the first date (the row's total)."""
        return sum(self.counts[SEGMENT_ORDER.index(segment)])

    def on_last(self, segment: Segment) -> int:
        """Customers in `segment` on the last date (the column's total)."""
        column = SEGMENT_ORDER.index(segment)
        return sum(row[column] for row in self.counts)

    @property
    def total(self) -> int:
        return sum(map(sum, self.counts))

    def marked(self, mark: Mark) -> int:
        """Customers in the cells carrying `mark`."""
        return sum(count for a, b, count in self.cells() if mark in cell_marks(a, b))

    @property
    def conversions(self) -> int:
        """Customers not promoter+ on the first date and promoter+ on the last."""
        return self.marked(Mark.INTO_TOP)

    @property
    def lost(self) -> int:
        """Customers promoter+ on the first date and not on the last."""
        return self.marked(Mark.OUT_OF_TOP)

    @property
    def recovered(self) -> int:
        """Detractors on the first date who are passives or promoters on the last."""
        return self.marked(Mark.RECOVERED)


@dataclass(frozen=True)
class MovementCell:
    """One cell of a matrix, as the Segments section hands it to the customer list."""

    first_segment: Segment
    second_segment: Segment
    first: dt.date
    last: dt.date
    # The line the matrix was counted with (the grid may be showing a trial line).
    profit_line_cents: int


def whole_months(first: dt.date, last: dt.date) -> int | None:
    """How many whole months lie from `first` to `last` (month ends clamped), or None."""
    months = (last.year - first.year) * 12 + last.month - first.month
    if months > 0 and (shift_months(first, months) == last or shift_months(last, -months) == first):
        return months
    return None


def previous_span(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The span of equal length that ends on `first`: whole months when the span is whole months
    (a quarter, a year), otherwise the same number of days."""
    months = whole_months(first, last)
    if months is not None:
        return shift_months(first, -months), first
    return first - (last - first), first


def default_span(today: dt.date) -> tuple[dt.date, dt.date]:
    """Twelve months ago → today."""
    return shift_months(today, -PERIOD_MONTHS), today
