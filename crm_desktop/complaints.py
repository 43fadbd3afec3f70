"""Complaints: due dates from the SLA table, opening and resolving, overdue ones, list queries.

Due dates count calendar days: a complaint opened on Friday with a one-day deadline is due on
Saturday, because a customer with a leaking pipe does not wait for Monday. A complaint is
overdue while it is open and its due date is before today (on the due day it is due, not late).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from peewee import JOIN, Case, fn

from crm_desktop import audit, fields
from crm_desktop.dbvalues import as_date
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.i18n import _, shown
from crm_desktop.models import (
    FEEDBACK_CATEGORIES,
    FEEDBACK_SEVERITIES,
    Customer,
    Feedback,
    Project,
    StaffMember,
    database_proxy,
)
from crm_desktop.privacy import is_erased
from crm_desktop.settings import CareSettings

SUMMARY_MAX = 2_000


def due_date(opened: dt.date, category: str, severity: str, care: CareSettings) -> dt.date:
    """The day a complaint must be answered by: opened + the SLA days of its category and severity."""
    return opened + dt.timedelta(days=care.sla(category, severity))


def is_overdue(status: str, due: dt.date, today: dt.date) -> bool:
    """Open and past its due date (the due day itself is not overdue)."""
    return status == "open" and due < today


def days_overdue(status: str, due: dt.date, today: dt.date) -> int:
    """How many days late an open complaint is (0 when it is not late)."""
    return (today - due).days if is_overdue(status, due, today) else 0


class Which(str, Enum):
    """Which complaints a list shows."""

    OPEN = "open"
    OVERDUE = "overdue"
    RESOLVED = "resolved"
    ALL = "all"


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    customer_id: int
    customer_ref: str
    customer_name: str
    project_ref: str
    category: str
    severity: str
    opened: dt.date
    due: dt.date
    owner: str
    status: str
    summary: str
    resolution: str
    resolved_on: dt.date | None
    satisfaction: int | None
    days_overdue: int
    # The version this row was read at: resolving it refuses to overwrite a later change.
    version: int = 1

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass
class ResolutionInput:
    """The resolve panel as typed: what was done, satisfaction 0–10 (optional), and the day."""

    resolution: str = ""
    satisfaction: str = ""
    resolved_on: str = ""


@dataclass
class ComplaintInput:
    """The new-complaint form as typed: text until validated (ids come from combos)."""

    customer_ref: str = ""
    category: str = ""
    severity: str = ""
    opened: str = ""
    summary: str = ""
    owner_id: int | None = None
    project_id: int | None = None


def complaint_rows(today: dt.date, which: Which = Which.OPEN, *, customer_id: int | None = None,
                   limit: int | None = None) -> list[ComplaintRow]:
    """Complaints for a list: open ones by due date (the most overdue first), resolved ones newest first."""
    owner = StaffMember.alias("owner")
    query = (
        Feedback.select(
            Feedback.id, Customer.id, Customer.ref, Customer.name, fn.COALESCE(Project.ref, ""),
            Feedback.category, Feedback.severity, Feedback.opened, Feedback.due,
            fn.COALESCE(owner.name, ""), Feedback.status, Feedback.summary, Feedback.resolution,
            Feedback.resolved_on, Feedback.satisfaction, Feedback.version,
        )
        .join(Customer, on=(Feedback.customer == Customer.id))
        .join(Project, JOIN.LEFT_OUTER, on=(Feedback.project == Project.id))
        .join(owner, JOIN.LEFT_OUTER, on=(Feedback.owner == owner.id))
    )
    if which is Which.OPEN:
        query = query.where(Feedback.status == "open")
    elif which is Which.OVERDUE:
        query = query.where((Feedback.status == "open") & (Feedback.due < today))
    elif which is Which.RESOLVED:
        query = query.where(Feedback.status == "resolved")
    if customer_id is not None:
        query = query.where(Feedback.customer == customer_id)
    is_open = Feedback.status == "open"
    if which is Which.RESOLVED:
        query = query.order_by(Feedback.resolved_on.desc(nulls="LAST"), Feedback.id.desc())
    else:
        # Open first, the longest overdue at the top; then resolved ones, newest first.
        query = query.order_by(
            is_open.desc(), Case(None, [(is_open, Feedback.due)], None).asc(nulls="LAST"),
            Feedback.resolved_on.desc(nulls="LAST"), Feedback.id.desc(),
        )
    if limit is not None:
        query = query.limit(limit)
    rows = []
    for (fid, cid, cref, cname, pref, category, severity, opened, due, owner_name, status,
         summary, resolution, resolved_on, satisfaction, version) in query.tuples():
        due_day = as_date(due)
        rows.append(ComplaintRow(
            id=fid, customer_id=cid, customer_ref=cref, customer_name=cname, project_ref=pref,
            category=category, severity=severity, opened=as_date(opened), due=due_day,
            owner=owner_name, status=status, summary=summary, resolution=resolution,
            resolved_on=as_date(resolved_on), satisfaction=satisfaction,
            days_overdue=days_overdue(status, due_day, today), version=version,
        ))
    return rows


def complaint_counts(today: dt.date, customer_id: int | None = None) -> tuple[int, int]:
    """(open, overdue) complaints, of one customer or of everyone."""
    query = Feedback.select(
        fn.COUNT(Feedback.id),
        fn.COALESCE(fn.SUM(Case(None, [(Feedback.due < today, 1)], 0)), 0),
    ).where(Feedback.status == "open")
    if customer_id is not None:
        query = query.where(Feedback.customer == customer_id)
    open_count, overdue = query.tuples().get()
    return int(open_count or 0), int(overdue or 0)


def customers_with_overdue_complaints(today: dt.date) -> set[int]:
    """Ids of the customers with at least one overdue complaint (one query).

    Read straight from the cursor: a studio with a backlog has thousands, and the customer list
    asks for them as it opens, where peewee's per-row handling would cost more than the query.
    """
    query = (Feedback.select(Feedback.customer).distinct()
             .where((Feedback.status == "open") & (Feedback.due < today)))
    return {cid for (cid,) in database_proxy.execute_sql(*query.sql())}


def customer_choices(text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, ref, name) of customers whose ref starts with, or whose name contains, `text`."""
    text = fields.search_text(text)
    if not text:
        return []
    query = (Customer.select(Customer.id, Customer.ref, Customer.name)
             .where((Customer.ref.startswith(text) | Customer.name.contains(text))
                    & Customer.erased_on.is_null())
             .order_by(Customer.ref).limit(limit).tuples())
    return list(query)


def customer_by_ref(ref: str) -> tuple[int, str] | None:
    """(id, name) of the customer with this reference, or None."""
    row = Customer.select(Customer.id, Customer.name).where(Customer.ref == fields.search_text(ref)).tuples().first()
    return (row[0], row[1]) if row else None


def customer_projects(customer_id: int) -> list[tuple[int, str, str]]:
    """(id, ref, title) of a customer's projects, newest first, for a complaint's project field."""
    query = (Project.select(Project.id, Project.ref, Project.title)
             .where(Project.customer == customer_id)
             .order_by(Project.started.desc(nulls="FIRST"), Project.id.desc()).tuples())
    return list(query)


def validate_complaint(form: ComplaintInput) -> tuple[dict[str, object], dict[str, str]]:
    """The stored values and field name → problem (empty when the complaint can be saved)."""
    problems: dict[str, str] = {}
    values: dict[str, object] = {}
    try:
        # Parsed before any query: PostgreSQL refuses even to compare with a NUL character.
        ref = fields.required_text(fields.REF_MAX)(form.customer_ref)
    except ValueError as exc:
        problems["customer"] = str(exc)
    else:
        customer_id = Customer.select(Customer.id).where(Customer.ref == ref).scalar()
        if customer_id is None:
            problems["customer"] = _("there is no customer '{ref}'").format(ref=shown(ref))
        elif is_erased(customer_id):
            problems["customer"] = _("this customer's personal data was erased")
        values["customer"] = customer_id
    if form.category not in FEEDBACK_CATEGORIES:
        problems["category"] = _("'{value}' is not a category").format(value=shown(form.category))
    if form.severity not in FEEDBACK_SEVERITIES:
        problems["severity"] = _("'{value}' is not a severity").format(value=shown(form.severity))
    try:
        values["opened"] = fields.required_date(form.opened)
    except ValueError as exc:
        problems["opened"] = str(exc)
    try:
        values["summary"] = fields.required_text(SUMMARY_MAX)(form.summary)
    except ValueError as exc:
        problems["summary"] = str(exc)
    if form.project_id is not None and "customer" not in problems:
        belongs = Project.select().where((Project.id == form.project_id)
                                         & (Project.customer == values["customer"])).exists()
        if not belongs:
            problems["project"] = _("is not a project of this customer")
    return values, problems


def open_complaint(form: ComplaintInput, care: CareSettings) -> int:
    """Record a complaint; its due date comes from the SLA table in `care`."""
    values, problems = validate_complaint(form)
    if problems:
        raise ValidationError.of_fields(problems)
    opened = values["opened"]
    assert isinstance(opened, dt.date)
    due = due_date(opened, form.category, form.severity, care)
    with database_proxy.atomic():
        new_id = int(Feedback.insert(
            customer=values["customer"], project=form.project_id, category=form.category,
            severity=form.severity, opened=opened, due=due, owner=form.owner_id,
            status="open", summary=values["summary"],
        ).execute())
        audit.record("open", "complaint", new_id,
                     f"customer: {form.customer_ref.strip()}; category: {form.category}; "
                     f"severity: {form.severity}; due: {due.isoformat()}")
    return new_id


def resolution_input(feedback_id: int) -> tuple[ResolutionInput, int]:
    """The stored resolution as the resolve panel shows it, and the complaint's version."""
    row = (Feedback.select(Feedback.resolution, Feedback.satisfaction, Feedback.resolved_on, Feedback.version)
           .where(Feedback.id == feedback_id).tuples().first())
    if row is None:
        raise NotFoundError(_("That complaint no longer exists."))
    resolution, satisfaction, resolved_on, version = row
    day = as_date(resolved_on)
    form = ResolutionInput(resolution=resolution,
                           satisfaction="" if satisfaction is None else str(satisfaction),
                           resolved_on=day.isoformat() if day else "")
    return form, int(version)


def _conflict(feedback_id: int) -> ConflictError:
    """A stale write's error, carrying the complaint as stored now (NotFoundError if deleted)."""
    theirs, version = resolution_input(feedback_id)
    return ConflictError(_("Someone else changed this complaint since you opened it; "
                           "nothing was overwritten."), theirs, version)


def resolve_complaint(feedback_id: int, resolution: str, satisfaction: str, resolved_on: str,
                      expected_version: int | None = None) -> None:
    """Close a complaint with what was done and, if the customer said, their satisfaction 0–10.

    `expected_version` is the version the panel showed: a complaint changed since then raises
    ConflictError (carrying the stored resolution) instead of being overwritten. Saving against
    the current version after such a conflict may rewrite the resolution of a complaint that
    someone else has resolved meanwhile — the person has seen theirs and chosen.
    """
    problems: dict[str, str] = {}
    try:
        text = fields.required_text(SUMMARY_MAX)(resolution)
    except ValueError as exc:
        problems["resolution"] = str(exc)
    score: int | None = None
    if satisfaction.strip():
        try:
            score = fields.score(satisfaction)
        except ValueError as exc:
            problems["satisfaction"] = str(exc)
    try:
        day = fields.required_date(resolved_on)
    except ValueError as exc:
        problems["resolved_on"] = str(exc)
    row = (Feedback.select(Feedback.opened, Feedback.status, Feedback.version)
           .where(Feedback.id == feedback_id).tuples().first())
    if row is None:
        raise NotFoundError(_("That complaint no longer exists."))
    opened, status, version = as_date(row[0]), row[1], row[2]
    if "resolved_on" not in problems and opened is not None and day < opened:
        problems["resolved_on"] = _("is before the complaint was opened ({date})").format(
            date=opened.isoformat())
    if problems:
        raise ValidationError.of_fields(problems)
    if expected_version is None and status != "open":
        raise ValidationError(_("This complaint is already resolved."))
    if expected_version is not None and expected_version != version:
        raise _conflict(feedback_id)
    with database_proxy.atomic():
        # Only the version read above: a change saved in between is not overwritten.
        changed = Feedback.update(
            status="resolved", resolution=text, satisfaction=score, resolved_on=day,
            version=Feedback.version + 1,
        ).where((Feedback.id == feedback_id) & (Feedback.version == version)).execute()
        if changed != 1:
            raise _conflict(feedback_id)
        audit.record("resolve", "complaint", feedback_id,
                     f"resolved_on: {day.isoformat()}; satisfaction: {'—' if score is None else score}")


def reopen_complaint(feedback_id: int, expected_version: int | None = None) -> None:
    """Open a resolved complaint again (the resolution text is kept for reference)."""
    with database_proxy.atomic():
        query = Feedback.update(status="open", resolved_on=None, satisfaction=None,
                                version=Feedback.version + 1).where(Feedback.id == feedback_id)
        if expected_version is not None:
            query = query.where(Feedback.version == expected_version)
        if query.execute() == 0:
            raise _conflict(feedback_id)
        audit.record("reopen", "complaint", feedback_id, "status: resolved → open")
