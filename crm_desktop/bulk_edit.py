"""Editing many customers at once — tier, designer, lost state — and undoing that edit.

`bulk_edit_customers(ids, edit, today)` sets the fields `edit` names on every selected
customer in one transaction, with chunked `WHERE id IN (…)` updates (never a statement per
customer), bumps the version of every customer it changed and writes one audit entry. What
it returns carries each changed customer's previous values and the version the edit gave
it; `undo_bulk_edit(change)` puts those values back, in one transaction too, but only on
customers still at that version: a customer changed since, at this desk or another, keeps
the newer change and is counted, so the window can say so.

Rules:

* A field left as `LEAVE` keeps each customer's own value.
* Lost: a reason marks the customer lost; a customer it newly marks lost gets `today` as
  the day they were lost, one already lost keeps the day they were lost (the edit corrects
  the reason; moving the date would move them in the churn figures). `None` means "not
  lost" and clears reason and date.
* A customer already as the edit asks is not written: its version stays, so a form open on
  it elsewhere can still be saved.
* Staff may bulk edit, as they may edit one customer: tier, designer and lost state are not
  money (crm_desktop.access guards money only).
* Erased customers are skipped and counted, not refused: their record may never change
  again (crm_desktop.privacy), and a selection of everyone in a filtered list (Ctrl+A)
  picks them up naturally — refusing the whole edit would make the user hunt for them.
  Customers deleted or merged away since they were selected are skipped and counted too.
* Nothing selected, nothing to change, an unknown tier, lost reason or staff member, or a
  staff member who has left: a ValidationError of one sentence, and nothing written.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

import peewee

from crm_desktop import audit
from crm_desktop.dbvalues import as_date
from crm_desktop.designers import designer_name, designer_problem
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _, shown
from crm_desktop.models import (
    LOST_REASONS,
    TIERS,
    Customer,
    StaffMember,
    database_proxy,
)


class Leave(Enum):
    """The choice "leave as it is": the field is not part of the edit."""

    LEAVE = "leave"


LEAVE = Leave.LEAVE

# Ids per statement. SQLite allows 32 766 variables in one statement (PostgreSQL 65 535);
# a chunk plus the handful of values set stays far below both.
CHUNK = 5_000
# The audit entry names this many customers' references, then counts the rest.
AUDIT_REFS = 50


@dataclass(frozen=True)
class BulkEdit:
    """What to set on every selected customer."""

    tier: str | Leave = LEAVE
    # A staff member's id; None: no designer.
    designer_id: int | None | Leave = LEAVE
    # One of LOST_REASONS; None: not lost (reason and date cleared).
    lost_reason: str | None | Leave = LEAVE

    def is_empty(self) -> bool:
        return self.tier is LEAVE and self.designer_id is LEAVE and self.lost_reason is LEAVE


class Previous(NamedTuple):
    """One changed customer as it was before the edit, and the version the edit gave it."""

    customer_id: int
    tier: str
    designer_id: int | None
    lost_reason: str | None
    lost_on: dt.date | None
    version: int


@dataclass(frozen=True)
class BulkChange:
    """What one bulk edit did: the customers it changed (as they were) and those it left."""

    edit: BulkEdit
    today: dt.date
    previous: tuple[Previous, ...]
    # Selected, but already as the edit asks: not written, version kept.
    unchanged: int = 0
    # Selected, but erased: left as they are.
    erased: int = 0
    # Selected, but deleted or merged away since: nothing to change.
    missing: int = 0

    @property
    def changed(self) -> int:
        return len(self.previous)


@dataclass(frozen=True)
class UndoResult:
    """What undoing a bulk edit did."""

    restored: int
    # Changed since the edit (edited, erased, merged or deleted): left as they are.
    left_alone: int


class _Row(NamedTuple):
    ref: str
    tier: str
    designer_id: int | None
    lost_reason: str | None
    lost_on: dt.date | None
    version: int
    erased: bool


# --- applying --------------------------------------------------------------------------------


def bulk_edit_customers(customer_ids: Iterable[int], edit: BulkEdit,
                        today: dt.date | None = None) -> BulkChange:
    """Set the fields `edit` names on every customer of `customer_ids` (see the module doc)."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    _check(ids, edit)
    day = today or dt.date.today()
    with _write_transaction():
        rows = _locked_rows(ids)
        previous: list[Previous] = []
        newly_lost: list[int] = []
        unchanged = erased = 0
        for cid in ids:
            row = rows.get(cid)
            if row is None:
                continue
            if row.erased:
                erased += 1
                continue
            after = _after(row, edit, day)
            if after == (row.tier, row.designer_id, row.lost_reason, row.lost_on):
                unchanged += 1
                continue
            previous.append(Previous(cid, row.tier, row.designer_id, row.lost_reason, row.lost_on,
                                     row.version + 1))
            if isinstance(edit.lost_reason, str) and row.lost_reason is None:
                newly_lost.append(cid)
        changed = [p.customer_id for p in previous]
        values = {**_set_values(edit), Customer.version: Customer.version + 1}
        lost_now = set(newly_lost)
        _update([cid for cid in changed if cid not in lost_now], values)
        _update(newly_lost, {**values, Customer.lost_on: day})
        change = BulkChange(edit, day, tuple(previous), unchanged=unchanged, erased=erased,
                            missing=len(ids) - len(rows))
        if changed:
            audit.record("bulk_edit", "customer", None,
                         _summary(change, [rows[cid].ref for cid in changed]))
    return change


def _check(ids: Sequence[int], edit: BulkEdit) -> None:
    """Refuse a bad edit before anything is read for writing."""
    if not ids:
        raise ValidationError(_("Select at least one customer to change."))
    if edit.is_empty():
        raise ValidationError(_("Choose at least one thing to change: tier, designer or lost reason."))
    if edit.tier is not LEAVE and edit.tier not in TIERS:
        raise ValidationError(_("'{value}' is not a tier (A, B or C).").format(value=shown(str(edit.tier))),
                              fields={"tier": _("not a tier")})
    if isinstance(edit.lost_reason, str) and edit.lost_reason not in LOST_REASONS:
        raise ValidationError(
            _("'{value}' is not a reason a customer can be lost for.").format(value=shown(edit.lost_reason)),
            fields={"lost_reason": _("not a reason")})
    if isinstance(edit.designer_id, int):
        problem = designer_problem(edit.designer_id)
        if problem:
            raise ValidationError(_("The designer cannot be chosen: {problem}.").format(problem=problem),
                                  fields={"designer_id": problem})


def _after(row: _Row, edit: BulkEdit, day: dt.date) -> tuple[str, int | None, str | None, dt.date | None]:
    """The customer's (tier, designer, lost reason, lost on) once `edit` is applied."""
    tier = edit.tier if isinstance(edit.tier, str) else row.tier
    designer = row.designer_id if isinstance(edit.designer_id, Leave) else edit.designer_id
    reason, lost_on = row.lost_reason, row.lost_on
    if edit.lost_reason is None:
        reason, lost_on = None, None
    elif isinstance(edit.lost_reason, str):
        # Already lost: the day they were lost stays (only the reason is corrected).
        reason, lost_on = edit.lost_reason, (lost_on if row.lost_reason is not None else day)
    return tier, designer, reason, lost_on


def _set_values(edit: BulkEdit) -> dict[peewee.Field, Any]:
    """The values every changed customer gets (a newly lost one's date is set apart)."""
    values: dict[peewee.Field, Any] = {}
    if edit.tier is not LEAVE:
        values[Customer.tier] = edit.tier
    if edit.designer_id is not LEAVE:
        values[Customer.designer] = edit.designer_id
    if edit.lost_reason is None:
        values[Customer.lost_reason] = None
        values[Customer.lost_on] = None
    elif edit.lost_reason is not LEAVE:
        values[Customer.lost_reason] = edit.lost_reason
    return values


def _summary(change: BulkChange, refs: list[str]) -> str:
    """The audit log's line (not translated: the log is stored, not shown per language)."""
    edit = change.edit
    parts = []
    if edit.tier is not LEAVE:
        parts.append(f"tier → {edit.tier}")
    if edit.designer_id is not LEAVE:
        parts.append(f"designer → {designer_name(edit.designer_id) or '—'}")
    if edit.lost_reason is not LEAVE:
        parts.append(f"lost_reason → {edit.lost_reason or '—'}")
    text = f"bulk edit of {change.changed} customers: " + "; ".join(parts)
    if change.unchanged or change.erased:
        text += f"; left as they were: {change.unchanged} already so, {change.erased} erased"
    return text + "; customers: " + _refs_text(refs)


# --- undoing ---------------------------------------------------------------------------------


def undo_bulk_edit(change: BulkChange) -> UndoResult:
    """Put back the values `change` overwrote, on the customers nobody has changed since."""
    with _write_transaction():
        rows = _locked_rows([p.customer_id for p in change.previous])
        # Still as the edit left them: at the version it gave them (any save, mark-lost, merge
        # or erasure since moved it on) and not erased (an erased record never changes again).
        untouched = [p for p in change.previous
                     if (row := rows.get(p.customer_id)) is not None
                     and row.version == p.version and not row.erased]
        ids = [p.customer_id for p in untouched]
        # A designer deleted since cannot be named again (the customers' link went with them).
        existing = _existing_staff({p.designer_id for p in untouched if p.designer_id is not None})
        columns = _restored_columns(change.edit)
        # One update per set of old values, so each row is written once; the old values of a
        # selection repeat a lot (three tiers, a few designers), the days customers were lost least.
        groups: dict[tuple[Any, ...], list[int]] = {}
        for p in untouched:
            old = tuple(None if column is Customer.designer and p.designer_id not in existing
                        else value_of(p) for column, value_of in columns)
            groups.setdefault(old, []).append(p.customer_id)
        for old, group in groups.items():
            _update(group, {**dict(zip((column for column, _read in columns), old, strict=True)),
                            Customer.version: Customer.version + 1})
        result = UndoResult(restored=len(ids), left_alone=change.changed - len(ids))
        if ids or result.left_alone:
            audit.record("undo_bulk_edit", "customer", None,
                         f"undid a bulk edit of {change.changed} customers: restored {result.restored}, "
                         f"left {result.left_alone} changed since; customers: "
                         + _refs_text([rows[cid].ref for cid in ids]))
    return result


def _restored_columns(edit: BulkEdit) -> list[tuple[peewee.Field, Any]]:
    """The columns the edit wrote, each with how to read its old value from a Previous."""
    columns: list[tuple[peewee.Field, Any]] = []
    if edit.tier is not LEAVE:
        columns.append((Customer.tier, lambda p: p.tier))
    if edit.designer_id is not LEAVE:
        columns.append((Customer.designer, lambda p: p.designer_id))
    if edit.lost_reason is not LEAVE:
        columns.append((Customer.lost_reason, lambda p: p.lost_reason))
        columns.append((Customer.lost_on, lambda p: p.lost_on))
    return columns


def _existing_staff(ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in peewee.chunked(sorted(ids), CHUNK):
        found.update(sid for (sid,) in StaffMember.select(StaffMember.id)
                     .where(StaffMember.id.in_(chunk)).tuples())
    return found


# --- shared ----------------------------------------------------------------------------------


@contextmanager
def _write_transaction() -> Iterator[None]:
    """One transaction that holds the rows it reads until it writes them.

    SQLite: IMMEDIATE takes the write lock at BEGIN. PostgreSQL: the reads lock their rows
    (FOR UPDATE, see `_locked_rows`), so a save at another desk waits rather than slipping in
    between the read of the previous values and the write.
    """
    db = database_proxy.obj
    immediate = isinstance(db, peewee.SqliteDatabase)
    with database_proxy.atomic("IMMEDIATE") if immediate else database_proxy.atomic():
        yield


def _locked_rows(ids: Sequence[int]) -> dict[int, _Row]:
    """The customers of `ids` that exist, read in chunks (and locked on PostgreSQL)."""
    query = (Customer.select(Customer.id, Customer.ref, Customer.tier, Customer.designer,
                             Customer.lost_reason, Customer.lost_on, Customer.version,
                             Customer.erased_on)
             .where(_IDS_IN))
    if not isinstance(database_proxy.obj, peewee.SqliteDatabase):
        query = query.for_update()
    rows: dict[int, _Row] = {}
    for cursor in _by_chunk(query, ids):
        for cid, ref, tier, designer, reason, lost_on, version, erased_on in cursor.fetchall():
            rows[cid] = _Row(ref, tier, designer, reason, as_date(lost_on), int(version),
                             erased_on is not None)
    return rows


def _update(ids: Sequence[int], values: dict[peewee.Field, Any]) -> None:
    for _cursor in _by_chunk(Customer.update(values).where(_IDS_IN), ids):
        pass


# Where the ids go in a query `_by_chunk` runs: the last condition of its WHERE.
_IDS_MARK = "__chunk_of_ids__"
_IDS_IN = Customer.id.in_(peewee.SQL(f"({_IDS_MARK})"))


def _by_chunk(query: peewee.Query, ids: Sequence[int]) -> Iterator[Any]:
    """Run `query` (ending in `WHERE … _IDS_IN`) once per chunk of `ids`; yield each cursor.

    The SQL is built once and the ids are spliced in as plain parameters: peewee builds a
    node per value of an IN list, which took most of the time of an edit of thousands.
    """
    sql, params = query.sql()
    param = database_proxy.obj.param
    for chunk in peewee.chunked(ids, CHUNK):
        marks = ", ".join([param] * len(chunk))
        yield database_proxy.execute_sql(sql.replace(_IDS_MARK, marks), [*params, *map(int, chunk)])


def _refs_text(refs: list[str]) -> str:
    text = ", ".join(refs[:AUDIT_REFS])
    if len(refs) > AUDIT_REFS:
        text += f" and {len(refs) - AUDIT_REFS} more"
    return text
