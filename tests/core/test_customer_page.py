"""customer_page (count and first page in one statement) agrees with count_customers and
customer_rows for every filter and sort order, on both backends."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from crm_desktop.customer_list import (
    CustomerFilter,
    LifeState,
    SortKey,
    count_customers,
    customer_page,
    customer_rows,
)
from crm_desktop.models import Customer, Interaction, Project, SurveyResponse
from crm_desktop.segments import Segment

LINE = 50_000


@pytest.fixture
def studio(db: peewee.Database) -> None:
    """40 customers with ties in every sort key, empty values, referrers and contacts."""
    people = []
    for i in range(40):
        people.append(Customer.create(
            ref=f"C{i:03d}", name=["王晓明", "Smith", "王芳", "Anna"][i % 4] + ("" if i % 3 else f" {i}"),
            phone=f"138{i % 5:08d}" if i % 7 else "", tier="ABC"[i % 3],
            referred_by=people[i // 2] if i % 5 == 1 and people else None,
            lost_reason="moved" if i % 11 == 0 else None, created=dt.date(2023, 1, 1)))
    for i, person in enumerate(people):
        if i % 4:
            SurveyResponse.create(customer=person, date=dt.date(2024, 1, 1 + i % 20), score=i % 11)
        if i % 3:
            Project.create(ref=f"P{i}", customer=person, title="Job", status="completed",
                           revenue_cents=(i % 6) * 20_000, cost_cents=10_000)
        if i % 6:
            Interaction.create(customer=person, date=dt.date(2024, 2, 1 + i % 9), kind="call")


FILTERS = [
    CustomerFilter(),
    CustomerFilter(search="王"),
    CustomerFilter(search="smith 138"),
    CustomerFilter(search="nobody"),
    CustomerFilter(tier="B"),
    CustomerFilter(state=LifeState.CURRENT),
    CustomerFilter(segment=Segment.DETRACTOR_MINUS),
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[:60])
def test_page_matches_count_and_rows(studio: None, flt: CustomerFilter) -> None:
    for sort in SortKey:
        for descending in (False, True):
            expected = (count_customers(flt, LINE),
                        customer_rows(flt, LINE, sort, descending, offset=0, limit=7))
            assert customer_page(flt, LINE, sort, descending, limit=7) == expected, (sort, descending)


def test_later_pages_continue_without_overlap(studio: None) -> None:
    for sort in SortKey:
        pages = [customer_rows(CustomerFilter(), LINE, sort, True, offset=o, limit=9) for o in range(0, 45, 9)]
        ids = [row.id for page in pages for row in page]
        assert sorted(ids) == sorted(c.id for c in Customer.select()), sort
