"""Bulk edit of customers (tier, designer, lost state) and its undo, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop import access, accounts, bulk_edit
from crm_desktop.bulk_edit import LEAVE, BulkEdit, bulk_edit_customers, undo_bulk_edit
from crm_desktop.customer_service import (
    CustomerInput,
    customer_input,
    mark_lost,
    save_customer,
)
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.models import LOST_REASONS, TIERS, AuditEntry, Customer, StaffMember
from crm_desktop.privacy import erase_customer
from tests.fuzz_tools import assert_user_error, snapshot

TODAY = dt.date(2024, 6, 30)
LOST_DAY = dt.date(2023, 3, 1)


@pytest.fixture
def staff(db: peewee.Database) -> dict[str, int]:
    return {
        "lin": StaffMember.create(name="Lin Designer").id,
        "zhou": StaffMember.create(name="周敏").id,
        "gone": StaffMember.create(name="Old Hand", active=False).id,
    }


@pytest.fixture
def customers(staff: dict[str, int]) -> list[int]:
    """Six customers: tiers A/B/C, some with a designer, one lost since LOST_DAY."""
    ids = [save_customer(CustomerInput(ref=f"C{i}", name=f"Customer {i}", tier="ABC"[i % 3],
                                       designer_id=staff["lin"] if i % 2 else None))
           for i in range(6)]
    mark_lost(ids[5], "price", LOST_DAY)
    return ids


def _state(cid: int) -> tuple[Any, ...]:
    row = Customer.get_by_id(cid)
    return (row.tier, row.designer_id, row.lost_reason, row.lost_on)


def _rows() -> list[tuple[Any, ...]]:
    """Every customer's edited fields and version, by id."""
    return list(Customer.select(Customer.id, Customer.tier, Customer.designer, Customer.lost_reason,
                                Customer.lost_on, Customer.version).order_by(Customer.id).tuples())


def _versions(ids: list[int]) -> list[int]:
    return [Customer.get_by_id(cid).version for cid in ids]


def test_setting_the_tier_leaves_every_other_field_and_customer_alone(customers: list[int]) -> None:
    before = {cid: _state(cid) for cid in customers}
    versions = _versions(customers)
    change = bulk_edit_customers(customers[:4], BulkEdit(tier="A"), TODAY)
    # C0 and C3 were A already: not written, version kept.
    assert (change.changed, change.unchanged, change.erased, change.missing) == (2, 2, 0, 0)
    for i, cid in enumerate(customers):
        tier = "A" if i < 4 else before[cid][0]
        assert _state(cid) == (tier, *before[cid][1:])
    assert _versions(customers) == [v + (1 if i in (1, 2) else 0) for i, v in enumerate(versions)]
    assert [p.customer_id for p in change.previous] == [customers[1], customers[2]]
    assert [(p.tier, p.version) for p in change.previous] == [("B", versions[1] + 1), ("C", versions[2] + 1)]


def test_setting_and_clearing_the_designer(customers: list[int], staff: dict[str, int]) -> None:
    change = bulk_edit_customers(customers, BulkEdit(designer_id=staff["zhou"]), TODAY)
    assert change.changed == 6
    assert {Customer.get_by_id(c).designer_id for c in customers} == {staff["zhou"]}
    assert [p.designer_id for p in change.previous] == [None, staff["lin"]] * 3
    bulk_edit_customers(customers[:2], BulkEdit(designer_id=None), TODAY)
    assert [Customer.get_by_id(c).designer_id for c in customers[:3]] == [None, None, staff["zhou"]]
    # The customer's form shows and keeps the designer.
    form, _version = customer_input(customers[2])
    assert form.designer_id == staff["zhou"]


def test_marking_lost_dates_only_the_newly_lost(customers: list[int]) -> None:
    change = bulk_edit_customers(customers[4:], BulkEdit(lost_reason="competitor"), TODAY)
    assert change.changed == 2
    # Newly lost: today. Already lost: the reason is corrected, the day they were lost stays.
    assert _state(customers[4])[2:] == ("competitor", TODAY)
    assert _state(customers[5])[2:] == ("competitor", LOST_DAY)
    # The same reason again changes nobody.
    again = bulk_edit_customers(customers[4:], BulkEdit(lost_reason="competitor"), TODAY)
    assert (again.changed, again.unchanged) == (0, 2)


def test_not_lost_clears_reason_and_date(customers: list[int]) -> None:
    change = bulk_edit_customers(customers, BulkEdit(lost_reason=None), TODAY)
    assert (change.changed, change.unchanged) == (1, 5)
    assert _state(customers[5])[2:] == (None, None)
    assert change.previous[0][3:5] == ("price", LOST_DAY)


def test_all_three_fields_at_once_bump_each_version_once(customers: list[int], staff: dict[str, int]) -> None:
    versions = _versions(customers)
    bulk_edit_customers(customers, BulkEdit(tier="B", designer_id=staff["zhou"], lost_reason="moved"), TODAY)
    assert {_state(c)[:3] for c in customers} == {("B", staff["zhou"], "moved")}
    assert _versions(customers) == [v + 1 for v in versions]


def test_a_form_opened_before_the_bulk_edit_conflicts(customers: list[int]) -> None:
    form, version = customer_input(customers[1])
    bulk_edit_customers(customers, BulkEdit(tier="A"), TODAY)
    form.notes = "typed at another desk"
    with pytest.raises(ConflictError):
        save_customer(form, customers[1], version)
    assert Customer.get_by_id(customers[1]).tier == "A"


def test_one_audit_entry_names_what_was_set(customers: list[int], staff: dict[str, int]) -> None:
    before = AuditEntry.select().count()
    bulk_edit_customers(customers, BulkEdit(tier="A", designer_id=staff["zhou"], lost_reason="moved"), TODAY)
    assert AuditEntry.select().count() == before + 1
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.entity, entry.entity_id) == ("bulk_edit", "customer", None)
    assert entry.summary.startswith(
        "bulk edit of 6 customers: tier → A; designer → 周敏; lost_reason → moved")
    assert "customers: C0, C1, C2, C3, C4, C5" in entry.summary
    # Nothing changed: nothing to record.
    bulk_edit_customers(customers, BulkEdit(tier="A"), TODAY)
    assert AuditEntry.select().count() == before + 1


def test_undo_restores_exactly_and_bumps_the_version_again(customers: list[int],
                                                           staff: dict[str, int]) -> None:
    before = _rows()
    change = bulk_edit_customers(customers, BulkEdit(tier="C", designer_id=staff["zhou"], lost_reason=None),
                                 TODAY)
    result = undo_bulk_edit(change)
    assert (result.restored, result.left_alone) == (change.changed, 0)
    after = _rows()
    assert [row[:5] for row in after] == [row[:5] for row in before]
    # Versions only ever go up: a form opened while the edit stood must not save over the undo.
    assert all(new[5] == old[5] + 2 for old, new in zip(before, after, strict=True)
               if old[0] in {p.customer_id for p in change.previous})
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "undo_bulk_edit"
    assert entry.summary.startswith("undid a bulk edit of 6 customers: restored 6, left 0 changed since")


def test_undo_leaves_customers_changed_since(customers: list[int], staff: dict[str, int]) -> None:
    change = bulk_edit_customers(customers, BulkEdit(tier="A", designer_id=staff["zhou"]), TODAY)
    # At another desk: one customer edited through the form, one marked lost, one erased.
    form, version = customer_input(customers[1])
    form.tier = "B"
    save_customer(form, customers[1], version)
    mark_lost(customers[2], "moved", TODAY)
    erase_customer(customers[3], TODAY)
    result = undo_bulk_edit(change)
    assert (result.restored, result.left_alone) == (3, 3)
    assert _state(customers[1])[:2] == ("B", staff["zhou"])
    assert _state(customers[2]) == ("A", staff["zhou"], "moved", TODAY)
    assert _state(customers[3])[:2] == ("A", staff["zhou"])
    assert _state(customers[0])[:2] == ("A", None)
    assert _state(customers[4])[:2] == ("B", None)
    # Undoing twice restores nothing more: the first undo moved every version on.
    assert undo_bulk_edit(change).restored == 0


def test_undo_after_the_designer_was_deleted_leaves_no_designer(customers: list[int],
                                                               staff: dict[str, int]) -> None:
    change = bulk_edit_customers(customers[:2], BulkEdit(designer_id=staff["zhou"], tier="B"), TODAY)
    StaffMember.delete().where(StaffMember.id == staff["lin"]).execute()
    assert undo_bulk_edit(change).restored == 2
    assert [_state(c)[:2] for c in customers[:2]] == [("A", None), ("B", None)]


def test_erased_and_deleted_customers_are_skipped_and_counted(customers: list[int]) -> None:
    erase_customer(customers[0], TODAY)
    Customer.delete().where(Customer.id == customers[1]).execute()
    erased_before = _state(customers[0])
    change = bulk_edit_customers(customers, BulkEdit(tier="B"), TODAY)
    assert (change.changed, change.unchanged, change.erased, change.missing) == (3, 1, 1, 1)
    assert _state(customers[0]) == erased_before


@pytest.mark.parametrize(("everyone", "choices", "words"), [
    (False, {"tier": "A"}, "Select at least one customer"),
    (True, {}, "Choose at least one thing"),
    (True, {"tier": "D"}, "not a tier"),
    (True, {"tier": "a"}, "not a tier"),
    (True, {"lost_reason": "bored"}, "not a reason"),
    (True, {"designer_id": 999_999}, "no longer exists"),
    (True, {"tier": "A", "designer_id": "gone"}, "no longer an active staff member"),
])
def test_bad_input_is_one_sentence_and_writes_nothing(customers: list[int], staff: dict[str, int],
                                                      everyone: bool, choices: dict[str, Any],
                                                      words: str) -> None:
    if choices.get("designer_id") == "gone":
        choices = {**choices, "designer_id": staff["gone"]}
    before = snapshot()
    with pytest.raises(ValidationError, match=words) as caught:
        bulk_edit_customers(customers if everyone else [], BulkEdit(**choices), TODAY)
    assert_user_error(caught.value)
    assert snapshot() == before


def test_staff_may_bulk_edit_as_they_may_edit_one_customer(customers: list[int]) -> None:
    accounts.add_account("Mei", "owner", "owner-password")
    accounts.add_account("Tom", "staff", "staff-password")
    accounts.enable_accounts("Mei", "owner-password")
    access.logout()
    access.login("Tom", "staff-password")
    change = bulk_edit_customers(customers, BulkEdit(tier="B"), TODAY)
    assert {_state(c)[0] for c in customers} == {"B"}
    assert undo_bulk_edit(change).restored == change.changed
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).get().staff_name == "Tom"


def test_thousands_of_customers_take_a_few_statements(db: peewee.Database, staff: dict[str, int],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    count = 12_000
    with db.atomic():
        Customer.insert_many([
            {"ref": f"M{i:05d}", "name": f"M{i}", "tier": "ABC"[i % 3],
             "lost_reason": "price" if i % 5 == 0 else None,
             "lost_on": dt.date(2020, 1, 1) + dt.timedelta(days=i % 700) if i % 5 == 0 else None}
            for i in range(count)]).execute()
    ids = [cid for (cid,) in Customer.select(Customer.id).tuples()]
    monkeypatch.setattr(bulk_edit, "CHUNK", 5_000)
    statements = _count_statements(db)
    with statements() as seen:
        change = bulk_edit_customers(
            ids, BulkEdit(tier="A", designer_id=staff["zhou"], lost_reason=None), TODAY)
    assert change.changed == count
    # Reads and writes go by chunks of ids, not by customer (3 chunks of 5 000).
    assert 6 <= len(seen) < 20, len(seen)
    with statements() as seen:
        assert undo_bulk_edit(change).restored == count
    # One update per distinct set of old values (tier × the day they were lost), not per customer.
    combinations = len({(p.tier, p.designer_id, p.lost_reason, p.lost_on) for p in change.previous})
    assert combinations < 500
    assert combinations <= len(seen) <= combinations + 5, len(seen)
    assert Customer.select().where(Customer.lost_reason == "price").count() == count // 5


def _count_statements(db: peewee.Database) -> Any:
    @contextmanager
    def counting() -> Iterator[list[str]]:
        seen: list[str] = []
        original = db.execute_sql

        def execute_sql(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            seen.append(sql)
            return original(sql, params, *args, **kwargs)

        db.execute_sql = execute_sql  # type: ignore[method-assign]
        try:
            yield seen
        finally:
            del db.execute_sql
    return counting


choices = st.builds(
    BulkEdit,
    tier=st.sampled_from([LEAVE, *TIERS]),
    designer_id=st.sampled_from([LEAVE, None, "lin", "zhou"]),
    lost_reason=st.sampled_from([LEAVE, None, *LOST_REASONS]),
).filter(lambda edit: not edit.is_empty())


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edit=choices, picked=st.lists(st.integers(0, 5), min_size=1, max_size=8))
def test_apply_then_undo_gives_back_the_original_rows(db: peewee.Database, customers: list[int],
                                                      staff: dict[str, int], edit: BulkEdit,
                                                      picked: list[int]) -> None:
    if isinstance(edit.designer_id, str):
        edit = BulkEdit(edit.tier, staff[edit.designer_id], edit.lost_reason)
    with db.atomic() as transaction:
        before = _rows()
        change = bulk_edit_customers([customers[i] for i in picked], edit, TODAY)
        assert undo_bulk_edit(change).restored == change.changed
        after = _rows()
        assert [row[:5] for row in after] == [row[:5] for row in before]
        transaction.rollback()
