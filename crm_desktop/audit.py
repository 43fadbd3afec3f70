"""The audit log: who changed what, and when. Services call `record` inside their transaction."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crm_desktop import access
from crm_desktop.i18n import _
from crm_desktop.models import AuditEntry

# Never written into a summary: these hold personal data or secrets. Their names are kept
# ("phone changed"), their values are not, so erasing a customer leaves nothing behind here.
PRIVATE_FIELDS = frozenset({
    "name", "phone", "email", "birthday", "birthday_lunar", "notes", "password", "password_hash",
})
MAX_SUMMARY = 2000


@dataclass(frozen=True)
class AuditRow:
    id: int
    when: dt.datetime
    staff_name: str
    action: str
    entity: str
    entity_id: int | None
    summary: str


def record(action: str, entity: str, entity_id: int | None, summary: str = "") -> None:
    """Write one entry stamped with the current principal (none with accounts off).

    Call it inside the transaction of the change, so the entry and the change stand or fall
    together.
    """
    who = access.current()
    AuditEntry.create(
        when=dt.datetime.now().replace(microsecond=0),
        staff=who.staff_id,
        staff_name=who.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary[:MAX_SUMMARY],
    )


def _show(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def changes(before: Mapping[str, object], after: Mapping[str, object],
            fields: Iterable[str] | None = None) -> str:
    """`field: old → new` for each field that changed; private fields by name only."""
    names = list(fields) if fields is not None else [k for k in after if k in before]
    parts = []
    for name in names:
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        parts.append(name if name in PRIVATE_FIELDS else f"{name}: {_show(old)} → {_show(new)}")
    return "; ".join(parts)


def audit_count() -> int:
    access.require_owner(_("read the audit log"))
    return AuditEntry.select().count()


def audit_rows(limit: int | None, offset: int = 0, *, newest_first: bool = True) -> list[AuditRow]:
    """A page of entries, newest first by default (owners only: summaries may carry amounts).

    `limit=None` gives every entry from `offset` on.
    """
    access.require_owner(_("read the audit log"))
    order = ((AuditEntry.when.desc(), AuditEntry.id.desc()) if newest_first
             else (AuditEntry.when.asc(), AuditEntry.id.asc()))
    query = (AuditEntry
             .select(AuditEntry.id, AuditEntry.when, AuditEntry.staff_name, AuditEntry.action,
                     AuditEntry.entity, AuditEntry.entity_id, AuditEntry.summary)
             .order_by(*order).limit(limit).offset(offset).tuples())
    return [AuditRow(*row) for row in query]
