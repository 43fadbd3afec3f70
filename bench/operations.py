"""The in-process operations: each one timed through the app's public functions and as its floor.

Every operation returns a `Result`. Before its timings count, the app's answer (turned into
plain tuples by the small normalisers here) must equal the floor's answer: a floor that
answers a different question would make the ratio meaningless.
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bench import floors
from bench.dataset import Dataset
from bench.report import Result
from bench.timing import Plan, measure

if TYPE_CHECKING:
    from crm_desktop.customer_list import CustomerFilter, CustomerRow, SortKey
    from crm_desktop.customer_service import CustomerDetail
    from crm_desktop.figures import SegmentRow
    from crm_desktop.nps import TrendPoint

# Each text is typed a character at a time; every keystroke is one search.
SEARCH_TEXTS = ("王晓", "晓", "138", "smith")
DETAIL_SAMPLE = 10

TARGETS_MS = {
    "startup": 1000, "search": 100, "sort": 100, "grid": 100, "nps_trend": 100,
    "customer_detail": 100, "report_pdf": 3000, "import": 10_000, "memory": 300,
}


@dataclass
class Bench:
    dataset: Dataset
    conn: sqlite3.Connection
    profit_line: int
    plan: Plan
    # Slow, heavy operations (report, import) repeat fewer times.
    heavy_plan: Plan


def iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def keystrokes(texts: Sequence[str] = SEARCH_TEXTS) -> list[str]:
    return [text[:n] for text in texts for n in range(1, len(text) + 1)]


def mismatch(answers: Sequence[object], expected: Sequence[object], labels: Sequence[str]) -> str:
    """'' when every answer equals the floor's; otherwise where the first difference is."""
    for label, got, want in zip(labels, answers, expected):
        if got != want:
            where, app, floor = _first_difference(got, want)
            return (f"the app and the floor disagree for {label}{where}: "
                    f"app {_short(app)} vs floor {_short(floor)}")
    return ""


def _first_difference(got: object, want: object, where: str = "") -> tuple[str, object, object]:
    if isinstance(got, (list, tuple)) and isinstance(want, (list, tuple)):
        for n, (a, b) in enumerate(zip(got, want)):
            if a != b:
                return _first_difference(a, b, f"{where}[{n}]")
        if len(got) != len(want):
            return f"{where} (length)", len(got), len(want)
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want), key=str):
            if got.get(key) != want.get(key):
                return _first_difference(got.get(key), want.get(key), f"{where}[{key!r}]")
    return where, got, want


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) < 200 else text[:200] + "…"


def _compared(name: str, bench: Bench, app_calls: Sequence[Callable[[], Any]],
              normalise: Callable[[Any], object], floor_calls: Sequence[Callable[[], object]],
              labels: Sequence[str], note: str = "") -> Result:
    """Time the app's calls and the floor's, and check they give the same answers.

    `normalise` turns an app answer into the floor's plain form, outside the timed calls.
    """
    app, answers = measure(app_calls, bench.plan)
    floor, expected = measure(floor_calls, bench.plan)
    return Result(name, bench.dataset.scale, TARGETS_MS[name], app, floor, note=note,
                  error=mismatch([normalise(a) for a in answers], expected, labels))


# --- the customer list ------------------------------------------------------------------------


def list_row(r: CustomerRow) -> tuple[object, ...]:
    return (r.id, r.ref, r.name, r.phone, r.tier, r.latest_score, r.profit_cents,
            iso(r.last_contacted), r.referred_by, r.lost)


def _list_reset(flt: CustomerFilter, line: int, key: SortKey | None = None,
                descending: bool = False) -> tuple[int, list[CustomerRow]]:
    """What the list model does on a new filter or sort order: the count and the first page."""
    from crm_desktop.customer_list import SortKey, customer_page

    return customer_page(flt, line, key or SortKey.NAME, descending, limit=floors.PAGE_SIZE)


def _list_answer(answer: tuple[int, list[CustomerRow]]) -> tuple[int, list[tuple[object, ...]]]:
    total, rows = answer
    return total, [list_row(r) for r in rows]


def search(bench: Bench) -> Result:
    from crm_desktop.customer_list import CustomerFilter

    typed = keystrokes()
    line = bench.profit_line
    app = [lambda t=t: _list_reset(CustomerFilter(search=t), line) for t in typed]
    floor = [lambda t=t: floors.search(bench.conn, t) for t in typed]
    return _compared("search", bench, app, _list_answer, floor, [repr(t) for t in typed],
                     note=f"count + first {floors.PAGE_SIZE} rows per keystroke of " + ", ".join(SEARCH_TEXTS))


def sort(bench: Bench) -> Result:
    from crm_desktop.customer_list import CustomerFilter, SortKey

    line = bench.profit_line
    return _compared(
        "sort", bench, [lambda: _list_reset(CustomerFilter(), line, SortKey.PROFIT, descending=True)],
        _list_answer, [lambda: floors.sort_by_profit(bench.conn)], ["profit, descending"],
        note="count + first page by profit, descending",
    )


# --- figures ----------------------------------------------------------------------------------


def grid(bench: Bench) -> Result:
    from crm_desktop.figures import segment_summary

    def answer(rows: list[SegmentRow]) -> list[tuple[str, int, int]]:
        return sorted((r.segment.value, r.customers, r.profit_cents) for r in rows if r.customers)

    return _compared("grid", bench, [lambda: segment_summary(bench.profit_line)], answer,
                     [lambda: floors.segment_summary(bench.conn, bench.profit_line)], ["segment_summary"])


def trend_counts(points: Sequence[TrendPoint]) -> list[tuple[str, int, int, int]]:
    """The periods that have responses (the floor cannot list empty months it never sees)."""
    return [(p.period, p.counts.promoters, p.counts.passives, p.counts.detractors)
            for p in points if p.counts.promoters + p.counts.passives + p.counts.detractors]


def nps_trend(bench: Bench) -> Result:
    from crm_desktop.figures import nps_trend as app_trend
    from crm_desktop.nps import Bucket

    return _compared("nps_trend", bench, [lambda: app_trend(Bucket.MONTH)], trend_counts,
                     [lambda: floors.nps_trend_monthly(bench.conn)], ["monthly, all years"],
                     note="monthly, all years")


# --- one customer -----------------------------------------------------------------------------


def detail_sample(conn: sqlite3.Connection, seed: int, size: int = DETAIL_SAMPLE) -> list[int]:
    """The customers with the most referrals, projects and responses, and a few at random."""
    heavy = [
        conn.execute(sql).fetchone()[0] for sql in (
            "SELECT referred_by_id FROM customer WHERE referred_by_id IS NOT NULL"
            " GROUP BY referred_by_id ORDER BY COUNT(*) DESC, referred_by_id LIMIT 1",
            "SELECT customer_id FROM project GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1",
            "SELECT customer_id FROM survey_response GROUP BY customer_id"
            " ORDER BY COUNT(*) DESC, customer_id LIMIT 1",
        )
    ]
    ids = [cid for (cid,) in conn.execute("SELECT id FROM customer ORDER BY id")]
    rng = random.Random(seed)
    chosen = list(dict.fromkeys(heavy))
    while len(chosen) < min(size, len(ids)):
        cid = rng.choice(ids)
        if cid not in chosen:
            chosen.append(cid)
    return chosen


def detail_answer(d: CustomerDetail) -> tuple[object, ...]:
    p = d.profile
    profile = (p.ref, p.name, p.phone, p.email, p.birthday, p.birthday_lunar, p.tier, p.notes,
               d.lost_reason, d.version)
    row = (d.id, p.ref, p.name, p.phone, p.tier, d.segment.value, d.profit_cents,
           iso(d.last_contacted), None, d.lost_reason is not None)
    return (
        profile, row, list_row(d.referrer) if d.referrer else None,
        [list_row(r) for r in d.referrals],
        [(x.id, x.ref, x.title, x.status, x.revenue_cents, x.cost_cents, iso(x.started), iso(x.finished))
         for x in d.projects],
        [(x.id, iso(x.date), x.score, x.comment) for x in d.responses],
        [(x.id, iso(x.date), x.kind, x.staff, x.summary) for x in d.interactions],
    )


def _floor_detail(conn: sqlite3.Connection, customer_id: int, line: int) -> tuple[object, ...]:
    profile, row, *rest = floors.customer_detail(conn, customer_id)
    # The detail carries the segment rather than the latest score, and no referrer name.
    score, profit = row[5], row[6]
    row = (*row[:5], floors.segment(score, profit, line), *row[6:8], None, row[9])  # type: ignore[arg-type]
    return (profile, row, *rest)


def customer_detail(bench: Bench) -> Result:
    from crm_desktop.customer_service import customer_detail as app_detail

    ids = detail_sample(bench.conn, bench.dataset.seed)
    line = bench.profit_line
    return _compared(
        "customer_detail", bench, [lambda cid=cid: app_detail(cid, line) for cid in ids], detail_answer,
        [lambda cid=cid: _floor_detail(bench.conn, cid, line) for cid in ids],
        [f"customer {cid}" for cid in ids],
        note=f"{len(ids)} customers: the top referrer, the most projects, the most responses, random",
    )


def in_process() -> dict[str, Callable[[Bench], Result]]:
    """Every in-process operation by name, in the order they run."""
    from bench.slow_operations import import_customers, report_pdf

    return {
        "search": search,
        "sort": sort,
        "grid": grid,
        "nps_trend": nps_trend,
        "customer_detail": customer_detail,
        "report_pdf": report_pdf,
        "import": import_customers,
    }
