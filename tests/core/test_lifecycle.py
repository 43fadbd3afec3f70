"""Lifecycle states (new, active, sleeping, lost): the pure rule at its edges, and the SQL filter
agreeing with it customer by customer."""
from __future__ import annotations

import datetime as dt
import random

import peewee
import pytest

from crm_desktop.customer_list import (
    CustomerFilter,
    LifeState,
    count_customers,
    customer_lifecycle,
    customer_rows,
)
from crm_desktop.lifecycle import Lifecycle, life_state, new_since, sleeping_before
from crm_desktop.models import Customer, Interaction, Project

D = dt.date
TODAY = D(2025, 6, 30)
LINE = 2_000_000


def state(**given: object) -> Lifecycle:
    values: dict[str, object] = {"lost": False, "created": D(2020, 1, 1), "has_accepted_project": True,
                                 "has_active_project": False, "last_activity": TODAY, "today": TODAY}
    values.update(given)
    return life_state(**values)  # type: ignore[arg-type]


def test_the_edges_of_each_state() -> None:
    assert new_since(TODAY) == D(2025, 4, 1) and sleeping_before(TODAY) == D(2023, 12, 30)
    assert state(lost=True, created=TODAY, has_accepted_project=False) is Lifecycle.LOST
    assert state(created=D(2025, 4, 1), has_accepted_project=False) is Lifecycle.NEW
    assert state(created=D(2025, 3, 31), has_accepted_project=False) is Lifecycle.ACTIVE
    assert state(created=D(2025, 4, 1), has_accepted_project=True) is Lifecycle.ACTIVE
    assert state(last_activity=D(2023, 12, 30)) is Lifecycle.ACTIVE
    assert state(last_activity=D(2023, 12, 29)) is Lifecycle.SLEEPING
    assert state(last_activity=None) is Lifecycle.SLEEPING
    assert state(last_activity=None, created=D(2024, 1, 1)) is Lifecycle.ACTIVE
    assert state(last_activity=D(2020, 1, 1), has_active_project=True) is Lifecycle.ACTIVE
    # A lead who never became a customer falls asleep too.
    assert state(has_accepted_project=False, last_activity=None) is Lifecycle.SLEEPING


def _random_studio(rng: random.Random, count: int) -> None:
    days = [TODAY - dt.timedelta(days=n) for n in (0, 1, 89, 90, 91, 500, 547, 548, 549, 600, 900)]
    for i in range(count):
        cid = Customer.insert(ref=f"R{i}", name=f"R{i}", created=rng.choice(days),
                              lost_reason="price" if rng.random() < 0.15 else None).execute()
        for n in range(rng.randrange(3)):
            status = rng.choice(("inquiry", "active", "completed", "declined", "cancelled"))
            started = rng.choice(days) if status not in ("inquiry", "declined") else None
            finished = (min(TODAY, started + dt.timedelta(days=rng.choice((0, 30, 400))))
                        if started and status in ("completed", "cancelled") else None)
            Project.insert(ref=f"R{i}-{n}", customer=cid, title="Job", status=status,
                           started=started, finished=finished).execute()
        for _ in range(rng.randrange(2)):
            Interaction.insert(customer=cid, date=rng.choice(days), kind="call").execute()


def _pure_states() -> dict[int, Lifecycle]:
    result = {}
    for cid, lost, created in Customer.select(Customer.id, Customer.lost_reason, Customer.created).tuples():
        jobs = list(Project.select(Project.status, Project.started, Project.finished)
                    .where(Project.customer == cid).tuples())
        contacts = [d for (d,) in Interaction.select(Interaction.date).where(Interaction.customer == cid).tuples()]
        activity = [d for _s, start, end in jobs for d in (start, end) if d] + contacts
        result[cid] = life_state(
            lost=lost is not None, created=created,
            has_accepted_project=any(s in ("active", "completed") for s, _a, _b in jobs),
            has_active_project=any(s == "active" for s, _a, _b in jobs),
            last_activity=max(activity, default=None), today=TODAY)
    return result


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_sql_filter_agrees_with_the_rule(db: peewee.Database, seed: int) -> None:
    _random_studio(random.Random(seed), 120)
    expected = _pure_states()
    for life in Lifecycle:
        flt = CustomerFilter(state=LifeState(life.value), as_of=TODAY)
        listed = {row.id for row in customer_rows(flt, LINE, limit=10_000)}
        assert listed == {cid for cid, s in expected.items() if s is life}, life
        assert count_customers(flt, LINE) == len(listed)
    current = CustomerFilter(state=LifeState.CURRENT, as_of=TODAY)
    assert count_customers(current, LINE) == sum(s is not Lifecycle.LOST for s in expected.values())
    assert count_customers(CustomerFilter(), LINE) == len(expected)
    # The detail pane's one-customer query says the same.
    assert {cid: customer_lifecycle(cid, TODAY) for cid in expected} == expected
    assert customer_lifecycle(10**9, TODAY) is None
