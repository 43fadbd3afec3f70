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

from crm_desktop import fields
from crm_desktop.dbvalues import as_date
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.models import (
    FEEDBACK_CATEGORIES,
    FEEDBACK_SEVERITIES,
    Customer,
    Feedback,
    Project,
    StaffMember,
    database_proxy,
)
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

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


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
            Feedback.resolved_on, Feedback.satisfaction,
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
         summary, resolution, resolved_on, satisfaction) in query.tuples():
        due_day = as_date(due)
        rows.append(ComplaintRow(
            id=fid, customer_id=cid, customer_ref=cref, customer_name=cname, project_ref=pref,
            category=category, severity=severity, opened=as_date(opened), due=due_day,
            owner=owner_name, status=status, summary=summary, resolution=resolution,
            resolved_on=as_date(resolved_on), satisfaction=satisfaction,
            days_overdue=days_overdue(status, due_day, today),
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
    """Ids of the customers with at least one overdue complaint (a short list, one query)."""
    query = (Feedback.select(Feedback.customer).distinct()
             .where((Feedback.status == "open") & (Feedback.due < today)).tuples())
    return {cid for (cid,) in query}


def customer_choices(text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, ref, name) of customers whose ref starts with, or whose name contains, `text`."""
    text = text.strip()
    if not text:
        return []
    query = (Customer.select(Customer.id, Customer.ref, Customer.name)
             .where(Customer.ref.startswith(text) | Customer.name.contains(text))
             .order_by(Customer.ref).limit(limit).tuples())
    return list(query)


def customer_by_ref(ref: str) -> tuple[int, str] | None:
    """(id, name) of the customer with this reference, or None."""
    row = Customer.select(Customer.id, Customer.name).where(Customer.ref == ref.strip()).tuples().first()
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
    ref = form.customer_ref.strip()
    if not ref:
        problems["customer"] = _("is empty")
    else:
        customer_id = Customer.select(Customer.id).where(Customer.ref == ref).scalar()
        if customer_id is None:
            problems["customer"] = _("there is no customer '{ref}'").format(ref=ref)
        values["customer"] = customer_id
    if form.category not in FEEDBACK_CATEGORIES:
        problems["category"] = _("'{value}' is not a category").format(value=form.category)
    if form.severity not in FEEDBACK_SEVERITIES:
        problems["severity"] = _("'{value}' is not a severity").format(value=form.severity)
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
    return int(Feedback.insert(
        customer=values["customer"], project=form.project_id, category=form.category,
        severity=form.severity, opened=opened,
        due=due_date(opened, form.category, form.severity, care), owner=form.owner_id,
        status="open", summary=values["summary"],
    ).execute())


def resolve_complaint(feedback_id: int, resolution: str, satisfaction: str, resolved_on: str) -> None:
    """Close a complaint with what was done and, if the customer said, their satisfaction 0–10."""
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
    row = Feedback.select(Feedback.opened, Feedback.status).where(Feedback.id == feedback_id).tuples().first()
    if row is None:
        raise NotFoundError(_("That complaint no longer exists."))
    opened, status = as_date(row[0]), row[1]
    if "resolved_on" not in problems and opened is not None and day < opened:
        problems["resolved_on"] = _("is before the complaint was opened ({date})").format(
            date=opened.isoformat())
    if problems:
        raise ValidationError.of_fields(problems)
    if status != "open":
        raise ValidationError(_("This complaint is already resolved."))
    with database_proxy.atomic():
        Feedback.update(status="resolved", resolution=text, satisfaction=score,
                        resolved_on=day).where(Feedback.id == feedback_id).execute()


def reopen_complaint(feedback_id: int) -> None:
    """Open a resolved complaint again (the resolution text is kept for reference)."""
    if Feedback.update(status="open", resolved_on=None, satisfaction=None).where(
            Feedback.id == feedback_id).execute() == 0:
        raise NotFoundError(_("That complaint no longer exists."))
