"""A small studio for the customer-section tests, written through the core's own services."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from crm_desktop.customer_service import (
    CustomerInput,
    add_interaction,
    add_response,
    save_customer,
)
from crm_desktop.models import (
    Customer,
    Project,
    StaffMember,
    SurveyResponse,
    database_proxy,
)
from crm_desktop.project_service import ProjectInput, save_project

# What the offscreen platform says about features it lacks (size hints of every top-level
# window with a layout, popups raising and grabbing the keyboard): not our bugs.
OFFSCREEN_WARNINGS = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@dataclass(frozen=True)
class Studio:
    """Ids of the customers the tests talk about by name."""

    designer_id: int
    other_designer_id: int
    wang_fang: int  # 王芳: promoter, profitable, referred 李四 and Alice
    wang_ming: int  # 王小明: detractor, not profitable
    li_si: int  # 李四: passive, profitable, referred by 王芳
    alice: int  # Alice Smith: promoter, not profitable, referred by 王芳
    lin_jing: int  # 林静: never surveyed (unrated)
    bob: int  # Bob Lost: lost customer, detractor


def _customer(ref: str, name: str, **extra: str) -> int:
    return save_customer(CustomerInput(ref=ref, name=name, **extra))


def _project(ref: str, customer_ref: str, revenue: str, cost: str, designer_id: int,
             status: str = "completed") -> None:
    save_project(ProjectInput(ref=ref, customer_ref=customer_ref, title=f"Job {ref}",
                              status=status, revenue=revenue, cost=cost, started="2024-03-01",
                              finished="2024-06-01" if status == "completed" else "",
                              designer_id=designer_id))


def fill_studio() -> Studio:
    """Six customers with surveys, projects, contacts and referrals (profit line 20 000)."""
    designer = StaffMember.create(name="Lin Designer").id
    other = StaffMember.create(name="Zhou Designer").id
    wang_fang = _customer("C000001", "王芳", phone="13800001111", email="wf@example.com",
                          tier="A", notes="喜欢北欧风格", birthday="1985-04-02")
    wang_ming = _customer("C000002", "王小明", phone="13900002222", tier="B")
    li_si = _customer("C000003", "李四", referred_by="C000001", phone="13700003333")
    alice = _customer("C000004", "Alice Smith", email="alice@example.com",
                      referred_by="C000001", notes="Prefers e-mail")
    lin_jing = _customer("C000005", "林静", phone="13600005555")
    bob = _customer("C000006", "Bob Lost", tier="B")
    Customer.update(lost_reason="price").where(Customer.id == bob).execute()

    _project("P0001", "C000001", "80000", "40000", designer)  # profit 40 000: +
    _project("P0002", "C000002", "9000", "6000", other)  # 3 000: −
    _project("P0003", "C000003", "60000", "30000", designer)  # 30 000: +
    _project("P0004", "C000004", "12000", "8000", other)  # 4 000: −
    _project("P0005", "C000005", "50000", "10000", designer, status="inquiry")  # not counted
    add_response(wang_fang, "2024-01-10", "6")
    add_response(wang_fang, "2024-07-01", "10")
    add_response(wang_ming, "2024-07-02", "3")
    add_response(li_si, "2024-07-03", "8")
    add_response(alice, "2024-07-04", "9")
    add_response(bob, "2024-02-01", "2")
    add_interaction(wang_fang, "2024-08-01", "call", "Asked about the balcony", designer)
    add_interaction(li_si, "2024-05-01", "visit", "Site visit")
    return Studio(designer, other, wang_fang, wang_ming, li_si, alice, lin_jing, bob)


def fill_many(count: int, seed: int = 7) -> None:
    """`count` plain customers with varied profits and scores, inserted in bulk."""
    rng = random.Random(seed)
    surnames = "王李张刘陈杨黄赵"
    with database_proxy.atomic():
        Customer.insert_many(
            [{"ref": f"M{i:05d}", "name": f"{surnames[i % len(surnames)]}{i:04d}",
              "phone": f"1380000{i:04d}", "tier": "ABC"[i % 3]}
             for i in range(count)]
        ).execute()
        ids = [cid for (cid,) in Customer.select(Customer.id).tuples()]
        Project.insert_many(
            [{"ref": f"MP{cid:05d}", "customer": cid, "title": "Job", "status": "completed",
              "revenue_cents": rng.randrange(0, 6_000_000), "cost_cents": rng.randrange(0, 1_000_000)}
             for cid in ids if rng.random() < 0.8]
        ).execute()
        SurveyResponse.insert_many(
            [{"customer": cid, "date": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300)),
              "score": rng.randrange(11)}
             for cid in ids if rng.random() < 0.85]
        ).execute()
