"""Pairs of customers the owner marked as different people, so the duplicate finder stops
offering them (two Wang Weis with no phone on record, say).

A mark is kept per pair of customers, lower id first. It is the owner's decision, like a
merge, and audited. Merging or deleting either customer removes the mark with them.
"""
from __future__ import annotations

from crm_desktop import access, audit
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.models import Customer, DistinctPair, database_proxy


def _ordered(first_id: int, second_id: int) -> tuple[int, int]:
    if first_id == second_id:
        raise ValidationError(_("A customer cannot be marked as different from themself."))
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def _refs(ids: tuple[int, int]) -> dict[int, str]:
    refs = dict(Customer.select(Customer.id, Customer.ref).where(Customer.id.in_(ids)).tuples())
    if len(refs) != 2:
        raise NotFoundError(_("One of these customers no longer exists."))
    return refs


def mark_distinct(first_id: int, second_id: int) -> None:
    """Record that these two customers are different people (again is fine: nothing changes)."""
    access.require_owner(_("mark customers as different people"))
    low, high = _ordered(first_id, second_id)
    with database_proxy.obj.atomic():
        refs = _refs((low, high))
        pair = (DistinctPair.first == low) & (DistinctPair.second == high)
        if DistinctPair.select().where(pair).exists():
            return
        # Ignore, not fail, if another desk marks the same pair at this moment.
        DistinctPair.insert(first=low, second=high).on_conflict_ignore().execute()
        audit.record("mark_distinct", "customer", low, f"{refs[low]} and {refs[high]} are different people")


def unmark_distinct(first_id: int, second_id: int) -> None:
    """Let the finder offer this pair again."""
    access.require_owner(_("mark customers as different people"))
    low, high = _ordered(first_id, second_id)
    with database_proxy.obj.atomic():
        removed = DistinctPair.delete().where(
            (DistinctPair.first == low) & (DistinctPair.second == high)).execute()
        if removed:
            refs = _refs((low, high))
            audit.record("unmark_distinct", "customer", low,
                         f"{refs[low]} and {refs[high]} may be the same person")


def distinct_ref_pairs() -> set[frozenset[str]]:
    """Every marked pair, as the two customers' refs (one query)."""
    first, second = Customer.alias(), Customer.alias()
    query = (DistinctPair.select(first.ref, second.ref)
             .join(first, on=DistinctPair.first == first.id)
             .switch(DistinctPair).join(second, on=DistinctPair.second == second.id)
             .tuples())
    return {frozenset(pair) for pair in query}
