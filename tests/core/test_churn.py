"""Lost customers by reason: counts and profit lost from SQL, and the chart Figure (no Qt)."""
from __future__ import annotations

import datetime as dt
import io

import peewee

from crm_desktop.churn import ChurnChartLabels, ReasonRow, churn_figure, lost_reasons
from crm_desktop.models import LOST_REASONS, Customer, Project

LABELS = ChurnChartLabels(reasons={"price": "价格", "moved": "搬走了"}, customers="Customers lost",
                          profit="Profit they had brought", no_data="Nobody lost")


def _lost(ref: str, reason: str | None, on: dt.date, profits: tuple[int, ...] = ()) -> None:
    cid = Customer.insert(ref=ref, name=ref, lost_reason=reason, lost_on=on if reason else None).execute()
    for n, profit in enumerate(profits):
        Project.insert(ref=f"{ref}-{n}", customer=cid, title="Job", status="completed",
                       revenue_cents=profit + 100_000, cost_cents=100_000).execute()
    # Inquiries never count towards profit.
    Project.insert(ref=f"{ref}-q", customer=cid, title="Idea", status="inquiry", revenue_cents=9_999_900).execute()


def test_counts_and_profit_lost_per_reason(db: peewee.Database) -> None:
    _lost("A", "price", dt.date(2024, 3, 1), (2_000_000, 500_000))
    _lost("B", "price", dt.date(2025, 1, 1))
    _lost("C", "moved", dt.date(2025, 2, 1), (1_000_000,))
    _lost("D", None, dt.date(2025, 2, 1), (7_000_000,))
    rows = lost_reasons()
    assert [row.reason for row in rows] == list(LOST_REASONS)
    by_reason = {row.reason: (row.customers, row.profit_cents) for row in rows}
    assert by_reason["price"] == (2, 2_500_000)
    assert by_reason["moved"] == (1, 1_000_000)
    assert by_reason["service"] == (0, 0)
    since = {row.reason: row.customers for row in lost_reasons(first=dt.date(2025, 1, 1))}
    assert (since["price"], since["moved"]) == (1, 1)
    assert {row.reason: row.customers for row in lost_reasons(last=dt.date(2024, 12, 31))}["moved"] == 0


def test_the_figure_has_both_charts_sorted_by_count() -> None:
    rows = [ReasonRow("moved", 1, 1_000_000), ReasonRow("price", 3, 250_000), ReasonRow("other", 0, 0)]
    fig = churn_figure(rows, LABELS)
    left, right = fig.axes
    assert [t.get_text() for t in left.get_yticklabels()] == ["价格", "搬走了", "other"]
    assert left.get_title(loc="left") == "Customers lost"
    assert right.get_title(loc="left") == "Profit they had brought"
    assert [round(p.get_width()) for p in right.patches] == [2_500, 10_000, 0]
    assert "3" in [t.get_text().strip() for t in left.texts]


def test_an_empty_chart_says_so() -> None:
    fig = churn_figure([ReasonRow(r, 0, 0) for r in LOST_REASONS], LABELS)
    assert "Nobody lost" in [t.get_text() for t in fig.axes[0].texts]
    fig.savefig(io.BytesIO(), format="png")  # draws without a Qt canvas
