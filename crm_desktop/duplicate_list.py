"""The duplicates list's rows: each likely pair with both customers' ids, names and phones.

The finder reads every customer's name and contacts anyway, so the rows are built from that
same single read: no query per pair, and none for the pairs together either.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from crm_desktop.distinct_pairs import distinct_ref_pairs
from crm_desktop.duplicates import (
    NAME_THRESHOLD,
    Contact,
    DuplicatePair,
    find_pairs,
    without_distinct,
)
from crm_desktop.models import Customer


@dataclass(frozen=True)
class Person:
    """What the list shows of one customer."""

    id: int
    ref: str
    name: str
    phone: str


@dataclass(frozen=True)
class DuplicateRow:
    """One likely pair; `a` has the smaller reference, as in DuplicatePair."""

    a: Person
    b: Person
    reason: str  # DuplicatePair.reason: 'phone', 'email', 'name', or several joined by '+'
    score: int
    distinct: bool = False  # the owner marked them as different people (crm_desktop.distinct_pairs)

    def mentions(self, customer_id: int) -> bool:
        return customer_id in (self.a.id, self.b.id)


def rows_of(pairs: Iterable[DuplicatePair], people: Mapping[str, Person]) -> list[DuplicateRow]:
    """The pairs, in their order, with each reference looked up in `people`."""
    return [DuplicateRow(people[pair.customer_ref_a], people[pair.customer_ref_b], pair.reason, pair.score)
            for pair in pairs]


def duplicate_rows(name_threshold: int = NAME_THRESHOLD, include_distinct: bool = False) -> list[DuplicateRow]:
    """`find_duplicates`' pairs, best first, as list rows; erased customers are left out.

    With `include_distinct`, pairs marked as different people are listed too, flagged.
    """
    query = (Customer.select(Customer.id, Customer.ref, Customer.name, Customer.phone, Customer.email)
             .where(Customer.erased_on.is_null()).tuples())
    people: dict[str, Person] = {}
    contacts: list[Contact] = []
    for cid, ref, name, phone, email in query.iterator():
        people[ref] = Person(cid, ref, name, phone)
        contacts.append(Contact(ref, name, phone, email))
    pairs = find_pairs(contacts, name_threshold)
    if not include_distinct:
        return rows_of(without_distinct(pairs), people)
    marked = distinct_ref_pairs()
    return [replace(row, distinct=frozenset((row.a.ref, row.b.ref)) in marked)
            for row in rows_of(pairs, people)]


def person(customer_id: int) -> Person | None:
    """One customer as the list shows them (None once gone): a merge may change the kept one."""
    row = (Customer.select(Customer.id, Customer.ref, Customer.name, Customer.phone)
           .where(Customer.id == customer_id).tuples().first())
    return Person(*row) if row is not None else None
