"""Repeated timing: samples, their median and p95, and a run budget that keeps the benchmark short."""
from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Plan:
    """How often to repeat: at least `min_reps`, at most `reps`, and stop early past `budget_s`."""

    reps: int
    min_reps: int = 3
    budget_s: float = 10.0


@dataclass(frozen=True)
class Samples:
    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        """Nearest rank: with fewer than 20 samples this is the slowest one."""
        ordered = sorted(self.values)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def elapsed_ms(call: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def measure(calls: Sequence[Callable[[], object]], plan: Plan) -> tuple[Samples, list[object]]:
    """Time every call once per repetition, after one untimed warm-up pass.

    Returns the samples (one per call per repetition) and the warm-up pass's results, which
    the caller compares with the floor's answers.
    """
    answers = [call() for call in calls]
    values: list[float] = []
    deadline = time.perf_counter() + plan.budget_s
    for rep in range(plan.reps):
        for call in calls:
            values.append(elapsed_ms(call)[0])
        if rep + 1 >= plan.min_reps and time.perf_counter() > deadline:
            break
    return Samples(tuple(values)), answers
