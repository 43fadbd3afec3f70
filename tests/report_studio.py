"""A small studio for the chart and report tests: every segment, referrals, complaints, decisions."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.models import (
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    StaffMember,
    SurveyResponse,
    database_proxy,
)

TODAY = dt.date(2025, 6, 30)
FIRST = dt.date(2024, 7, 1)
LAST = TODAY
LINE = 2_000_000  # the default profit line, 20 000.00

# (ref, name, scores as (date, score), profit in cents, kind, designer index, last contact)
PEOPLE: tuple[tuple[str, str, tuple[tuple[str, int], ...], int, str, int, str | None], ...] = (
    ("C01", "王芳", (("2024-03-05", 6), ("2024-09-10", 10)), 4_000_000, "kitchen", 0, "2025-06-01"),
    ("C02", "Alice Smith", (("2024-10-02", 9),), 500_000, "bathroom", 1, None),
    ("C03", "李四", (("2024-11-20", 8),), 3_000_000, "kitchen", 0, "2025-01-10"),
    ("C04", "Bob Brown", (("2025-01-15", 7),), 300_000, "bathroom", 1, "2025-06-20"),
    ("C05", "张伟", (("2025-02-01", 3),), 2_500_000, "full_renovation", 0, "2025-06-15"),
    ("C06", "Carol White", (("2025-03-03", 2),), 100_000, "bathroom", 1, None),
    ("C07", "陈静", (("2025-04-04", 10), ("2025-04-05", 9)), 2_200_000, "kitchen", 1, "2025-06-28"),
    ("C08", "Dan Green", (("2025-05-06", 5),), 0, "kitchen", 0, None),
    ("C09", "林小红", (), 900_000, "bathroom", 0, None),
)


@dataclass(frozen=True)
class ReportStudio:
    designers: tuple[int, int]
    ids: dict[str, int]


def fill_report_studio() -> ReportStudio:
    """Nine customers across the grid (C09 unrated), C01 referred C02 and C03."""
    with database_proxy.atomic():
        designers = (StaffMember.create(name="Lin Designer").id, StaffMember.create(name="Zhou Designer").id)
        ids: dict[str, int] = {}
        for ref, name, scores, profit, kind, designer, contact in PEOPLE:
            referrer = ids["C01"] if ref in ("C02", "C03") else None
            customer = Customer.create(ref=ref, name=name, referred_by=referrer, created=dt.date(2023, 1, 1))
            ids[ref] = customer.id
            project = Project.create(
                ref=f"P{ref}", customer=customer, title=f"Job {ref}", kind=kind, status="completed",
                revenue_cents=profit + 1_000_000, cost_cents=1_000_000, hours=40,
                started=dt.date(2023, 3, 1), finished=dt.date(2023, 9, 1), designer=designers[designer],
            )
            for day, score in scores:
                SurveyResponse.create(customer=customer, project=project, date=dt.date.fromisoformat(day),
                                      score=score)
            if contact:
                Interaction.create(customer=customer, date=dt.date.fromisoformat(contact), kind="call")
        # A yearly check-in that names no project: it counts for every designer the customer had.
        SurveyResponse.create(customer=ids["C04"], date=dt.date(2024, 12, 1), score=9)
        # An inquiry is not accepted work: no profit, and a decision in the journal.
        inquiry = Project.create(ref="PQ1", customer=ids["C08"], title="Small repair", status="declined",
                                 revenue_cents=300_000, cost_cents=280_000, designer=designers[0])
        Decision.create(project=inquiry, date=dt.date(2025, 5, 1), est_profit_cents=20_000, est_margin=0.07,
                        recommendation="decline", decision="decline")
        other = Project.create(ref="PQ2", customer=ids["C06"], title="Shelf", status="completed",
                               revenue_cents=0, cost_cents=0, designer=designers[1])
        Decision.create(project=other, date=dt.date(2025, 2, 1), est_profit_cents=10_000, est_margin=0.1,
                        recommendation="decline", decision="accept", reason="Old friend",
                        reviewed_on=dt.date(2025, 6, 1))
        Feedback.create(customer=ids["C05"], category="construction", severity="high",
                        opened=dt.date(2025, 5, 1), due=dt.date(2025, 5, 8), summary="Cracked tiles")
        Feedback.create(customer=ids["C07"], category="schedule", severity="low",
                        opened=dt.date(2025, 6, 25), due=dt.date(2025, 7, 9), summary="工期延误")
        Feedback.create(customer=ids["C01"], category="design", severity="low", status="resolved",
                        opened=dt.date(2025, 1, 1), due=dt.date(2025, 1, 8), resolved_on=dt.date(2025, 1, 5))
    return ReportStudio(designers, ids)


def add_cell_customers(count: int, prefix: str = "Cell Customer") -> list[str]:
    """`count` profitable promoters (promoter+) named '{prefix} 001' …, in bulk."""
    names = [f"{prefix} {i:03d}" for i in range(1, count + 1)]
    with database_proxy.atomic():
        for i, name in enumerate(names, 1):
            customer = Customer.create(ref=f"X{i:04d}", name=name)
            Project.create(ref=f"PX{i:04d}", customer=customer, title="Flat", status="completed",
                           revenue_cents=5_000_000 + i * 100, cost_cents=1_000_000)
            SurveyResponse.create(customer=customer, date=dt.date(2025, 3, 1), score=10)
    return names
