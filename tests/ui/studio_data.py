"""A small studio for the projects, segments and settings tests: staff, customers, jobs, answers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.customer_service import CustomerInput, add_response, save_customer
from crm_desktop.models import Project, StaffMember
from crm_desktop.project_service import ProjectInput, add_log_entry, save_project
from ui.context import AppContext


@dataclass
class Studio:
    context: AppContext
    today: dt.date
    designers: dict[str, int]
    customers: dict[str, int]
    projects: dict[str, int]


def _job(ref: str, customer_ref: str, title: str, fee: str, cost: str, designer: int | None,
         status: str = "inquiry", started: dt.date | None = None) -> int:
    pid = save_project(ProjectInput(ref=ref, customer_ref=customer_ref, title=title, revenue=fee, cost=cost,
                                    hours="40", designer_id=designer,
                                    started=started.isoformat() if started else ""))
    if status != "inquiry":
        # Test data skips the accept guard; the guard has its own tests.
        Project.update(status=status).where(Project.id == pid).execute()
    return pid


def populate(today: dt.date) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    designers = {name: StaffMember.create(name=name).id for name in ("Wang Fang", "Li Lei")}
    wang, li = designers["Wang Fang"], designers["Li Lei"]
    customers = {
        ref: save_customer(CustomerInput(ref=ref, name=name))
        for ref, name in (("C1", "陈静"), ("C2", "Anna Berg"), ("C3", "刘洋"), ("C4", "Tom Lee"),
                          ("C5", "赵敏"), ("C6", "Ivy Chan"))
    }
    days = dt.timedelta
    projects = {
        # Active, started a month ago, last client update 10 days ago: stale.
        "P0000001": _job("P0000001", "C1", "Kitchen renovation", "300000", "150000", wang, "active",
                         today - days(30)),
        # Active with a fresh update.
        "P0000002": _job("P0000002", "C2", "Loft redesign", "80000", "50000", li, "active", today - days(20)),
        "P0000003": _job("P0000003", "C3", "Bathroom", "40000", "30000", wang, "completed", today - days(200)),
        # A low-value inquiry (profit 1 000 < 5 000).
        "P0000004": _job("P0000004", "C4", "Paint one room", "8000", "7000", li),
        # A healthy inquiry.
        "P0000005": _job("P0000005", "C5", "Whole flat", "200000", "120000", wang),
    }
    add_log_entry(projects["P0000001"], (today - days(10)).isoformat(), "update", "Sent site photos")
    add_log_entry(projects["P0000002"], (today - days(2)).isoformat(), "update", "Weekly update")
    add_log_entry(projects["P0000002"], (today - days(5)).isoformat(), "note", "量房完成")
    # Profits: C1 150 000 (+), C2 30 000 (+), C3 10 000 (−), C4–C6 0 (−).
    for ref, score in (("C1", 10), ("C2", 8), ("C3", 3), ("C4", 9)):
        add_response(customers[ref], (today - days(15)).isoformat(), str(score))
    return designers, customers, projects


def fill_project_studio() -> Studio:
    """Fill the (open, empty) test database; `today` is the real day, as the window uses it."""
    today = dt.date.today()
    designers, customers, projects = populate(today)
    return Studio(AppContext("test"), today, designers, customers, projects)
