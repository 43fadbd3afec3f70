"""The duplicates list's rows: the finder's pairs with both customers' ids, names and phones,
from one read of the customers."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import peewee
import pytest

from crm_desktop import access
from crm_desktop.accounts import add_account, enable_accounts
from crm_desktop.distinct_pairs import mark_distinct, unmark_distinct
from crm_desktop.duplicate_list import (
    DuplicateRow,
    Person,
    duplicate_rows,
    person,
    rows_of,
)
from crm_desktop.duplicates import DuplicatePair, find_duplicates
from crm_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from crm_desktop.models import AuditEntry, Customer, DistinctPair


@contextmanager
def _counting(db: peewee.Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    execute = db.execute_sql

    def counted(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        seen.append(sql)
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counted)
    yield seen
    monkeypatch.undo()


@pytest.fixture
def planted(db: peewee.Database) -> dict[str, int]:
    rows = [("C1", "林晓", "+86 138-0013-8000", ""), ("C2", "林晓", "13800138000", ""),
            ("C3", "Anna Berg", "", "anna@example.com"), ("C4", "Ana Berg", "", "ANNA@example.com"),
            ("C5", "Tom Lee", "139 0000 1111", ""), ("C6", "陈静", "", "")]
    ids = {ref: Customer.create(ref=ref, name=name, phone=phone, email=email).id
           for ref, name, phone, email in rows}
    # An erased duplicate of Tom: never listed.
    Customer.create(ref="C7", name="Tom Lee", phone="13900001111", erased_on=dt.date(2025, 1, 1))
    return ids


def test_rows_are_the_finders_pairs_with_names_and_phones(
        planted: dict[str, int], db: peewee.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = find_duplicates()
    with _counting(db, monkeypatch) as queries:
        rows = duplicate_rows()
    assert len(queries) == 2  # the customers, and the pairs marked as different people
    assert [(r.a.ref, r.b.ref, r.reason, r.score) for r in rows] == [
        (p.customer_ref_a, p.customer_ref_b, p.reason, p.score) for p in pairs]
    assert rows[0] == DuplicateRow(Person(planted["C1"], "C1", "林晓", "+86 138-0013-8000"),
                                   Person(planted["C2"], "C2", "林晓", "13800138000"), "phone+name", 100)
    assert {(r.a.ref, r.b.ref) for r in rows} == {("C1", "C2"), ("C3", "C4")}
    assert rows[1].a.name == "Anna Berg" and rows[1].b.phone == ""


def test_pairs_marked_as_different_people_are_left_out_until_unmarked(planted: dict[str, int]) -> None:
    mark_distinct(planted["C4"], planted["C3"])  # either order
    mark_distinct(planted["C3"], planted["C4"])  # again: nothing more
    assert {(r.a.ref, r.b.ref) for r in duplicate_rows()} == {("C1", "C2")}
    assert [(p.customer_ref_a, p.customer_ref_b) for p in find_duplicates()] == [("C1", "C2")]
    assert AuditEntry.select().where(AuditEntry.action == "mark_distinct").count() == 1
    # Asked for, marked pairs are listed too, flagged.
    assert {(r.a.ref, r.b.ref, r.distinct) for r in duplicate_rows(include_distinct=True)} == {
        ("C1", "C2", False), ("C3", "C4", True)}
    unmark_distinct(planted["C3"], planted["C4"])
    assert {(r.a.ref, r.b.ref) for r in duplicate_rows()} == {("C1", "C2"), ("C3", "C4")}
    # Deleting either customer (a merge) takes the mark with it.
    mark_distinct(planted["C1"], planted["C2"])
    Customer.delete_by_id(planted["C2"])
    assert DistinctPair.select().count() == 0


def test_marking_is_refused_in_one_sentence(planted: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="^A customer cannot be marked as different from themself.$"):
        mark_distinct(planted["C1"], planted["C1"])
    with pytest.raises(NotFoundError, match="^One of these customers no longer exists.$"):
        mark_distinct(planted["C1"], 987_654)
    assert DistinctPair.select().count() == 0


def test_rows_of_looks_every_reference_up() -> None:
    people = {ref: Person(i, ref, f"Name {ref}", f"phone {ref}") for i, ref in enumerate(("C1", "C2", "C3"))}
    rows = rows_of([DuplicatePair("C1", "C3", "email", 100), DuplicatePair("C2", "C3", "name", 91)], people)
    assert [(r.a.id, r.b.id, r.reason, r.score) for r in rows] == [(0, 2, "email", 100), (1, 2, "name", 91)]
    assert rows[0].mentions(2) and rows[0].mentions(0) and not rows[0].mentions(1)


def test_person_reads_one_customer_as_it_is_now(planted: dict[str, int]) -> None:
    Customer.update(phone="021 6234 5678").where(Customer.id == planted["C6"]).execute()
    assert person(planted["C6"]) == Person(planted["C6"], "C6", "陈静", "021 6234 5678")
    assert person(999_999) is None


def test_only_the_owner_marks_pairs(planted: dict[str, int]) -> None:
    add_account("Owner Wu", access.OWNER, "correct horse")
    add_account("Tom", access.STAFF, "correct horse")
    enable_accounts("Owner Wu", "correct horse")
    access.login("Tom", "correct horse")
    with pytest.raises(PermissionDenied, match="^Only the studio owner can mark customers as different people.$"):
        mark_distinct(planted["C3"], planted["C4"])
    assert DistinctPair.select().count() == 0
