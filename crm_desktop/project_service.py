"""Projects: the list, each project's dated log, validated writes and the accept guard."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from crm_desktop import access, audit, fields
from crm_desktop.dbvalues import as_date
from crm_desktop.errors import ConflictError, GuardError, NotFoundError, ValidationError
from crm_desktop.i18n import _, shown
from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.models import (
    LOG_KINDS,
    Customer,
    Decision,
    Project,
    ProjectLogEntry,
    StaffMember,
    database_proxy,
)
from crm_desktop.money import edit_amount, format_amount
from crm_desktop.privacy import refuse_if_project_erased
from crm_desktop.refs import next_ref
from crm_desktop.settings import StudioSettings

# An active project whose client has heard nothing for this long stands out.
UPDATE_INTERVAL_DAYS = 7


def needs_client_update(status: str, last_update: dt.date | None, started: dt.date | None,
                        today: dt.date) -> bool:
    """True for an active project with no client update in the last 7 days.

    A project never updated counts from its start date (or is due at once if it has none).
    """
    if status != "active":
        return False
    since = last_update or started
    return since is None or (today - since).days > UPDATE_INTERVAL_DAYS


@dataclass(frozen=True)
class ProjectFilter:
    status: str | None = None
    designer_id: int | None = None
    customer_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class ProjectRow:
    id: int
    ref: str
    customer: str
    title: str
    status: str
    designer: str
    # Money, and the low-value mark worked out from it, are None for a staff login.
    revenue_cents: int | None
    cost_cents: int | None
    hours: float
    started: dt.date | None
    last_update: dt.date | None
    needs_update: bool
    low_value: bool | None


@dataclass(frozen=True)
class LogRow:
    id: int
    date: dt.date
    kind: str
    text: str
    staff: str


def _filtered(query, flt: ProjectFilter):  # type: ignore[no-untyped-def]
    if flt.status:
        query = query.where(Project.status == flt.status)
    if flt.designer_id is not None:
        query = query.where(Project.designer == flt.designer_id)
    if flt.customer_id is not None:
        query = query.where(Project.customer == flt.customer_id)
    for word in fields.search_text(flt.search).split():
        query = query.where(
            Project.ref.contains(word) | Project.title.contains(word) | Customer.name.contains(word)
        )
    return query


def count_projects(flt: ProjectFilter) -> int:
    query = Project.select(fn.COUNT(Project.id)).join(Customer)
    return int(_filtered(query, flt).scalar() or 0)


def project_rows(flt: ProjectFilter, settings: StudioSettings, today: dt.date,
                 offset: int = 0, limit: int = 200) -> list[ProjectRow]:
    """A page of projects, newest start first, each with its last client update."""
    update = ProjectLogEntry.alias("client_update")
    last_update = (
        update.select(fn.MAX(update.date))
        .where((update.project == Project.id) & (update.kind == "update"))
    )
    query = (
        Project.select(
            Project.id, Project.ref, Customer.name, Project.title, Project.status,
            fn.COALESCE(StaffMember.name, ""), Project.revenue_cents, Project.cost_cents,
            Project.hours, Project.started, last_update.alias("last_update"),
        )
        .join(Customer)
        .switch(Project)
        .join(StaffMember, JOIN.LEFT_OUTER, on=(Project.designer == StaffMember.id))
    )
    query = _filtered(query, flt).order_by(Project.started.desc(nulls="FIRST"), Project.id.desc())
    money = access.can_see_money()
    rows = []
    for (pid, ref, customer, title, status, designer, revenue, cost, hours, started,
         last) in query.offset(offset).limit(limit).tuples():
        last_day = as_date(last)
        estimate = JobEstimate(revenue, cost, hours)
        rows.append(ProjectRow(
            pid, ref, customer, title, status, designer,
            revenue if money else None, cost if money else None, hours, started, last_day,
            needs_client_update(status, last_day, started, today),
            status == "inquiry" and low_value(
                estimate, settings.job_min_profit_cents, settings.job_min_margin_percent
            ).low_value if money else None,
        ))
    return rows


def project_log(project_id: int) -> list[LogRow]:
    """The project's log, newest first."""
    query = (
        ProjectLogEntry.select(
            ProjectLogEntry.id, ProjectLogEntry.date, ProjectLogEntry.kind, ProjectLogEntry.text,
            fn.COALESCE(StaffMember.name, ""),
        )
        .join(StaffMember, JOIN.LEFT_OUTER, on=(ProjectLogEntry.staff == StaffMember.id))
        .where(ProjectLogEntry.project == project_id)
        .order_by(ProjectLogEntry.date.desc(), ProjectLogEntry.id.desc())
    )
    return [LogRow(i, as_date(d), k, t, s) for i, d, k, t, s in query.tuples()]  # type: ignore[arg-type]


def add_log_entry(project_id: int, date_text: str, kind: str, text: str,
                  staff_id: int | None = None) -> int:
    problems: dict[str, str] = {}
    try:
        day = fields.required_date(date_text)
    except ValueError as exc:
        problems["date"] = str(exc)
    if kind not in LOG_KINDS:
        problems["kind"] = _("'{kind}' is not a kind of log entry").format(kind=shown(kind))
    try:
        if not fields.free_text(text).strip():
            problems["text"] = _("is empty")
    except ValueError as exc:
        problems["text"] = str(exc)
    if problems:
        raise ValidationError.of_fields(problems)
    with database_proxy.atomic():
        if not Project.select().where(Project.id == project_id).exists():
            raise NotFoundError(_("That project no longer exists."))
        refuse_if_project_erased(project_id)
        new_id = int(ProjectLogEntry.insert(project=project_id, date=day, kind=kind,
                                            text=text.strip(), staff=staff_id).execute())
        audit.record("add_log_entry", "project", project_id, f"date: {day.isoformat()}; kind: {kind}")
    return new_id


@dataclass
class ProjectInput:
    """The project form as typed."""

    ref: str = ""
    customer_ref: str = ""
    title: str = ""
    kind: str = ""
    status: str = "inquiry"
    revenue: str = ""
    cost: str = ""
    hours: str = ""
    started: str = ""
    finished: str = ""
    designer_id: int | None = None


def project_input(project_id: int) -> tuple[ProjectInput, int]:
    """The stored project as the form shows it, and its version (for the conflict check)."""
    row = (
        Project.select(
            Project.ref, Customer.ref, Project.title, Project.kind, Project.status,
            Project.revenue_cents, Project.cost_cents, Project.hours, Project.started,
            Project.finished, Project.designer, Project.version,
        )
        .join(Customer)
        .where(Project.id == project_id)
        .tuples()
        .first()
    )
    if row is None:
        raise NotFoundError(_("That project no longer exists."))
    (ref, customer_ref, title, kind, status, revenue, cost, hours, started, finished,
     designer, version) = row
    started_day, finished_day = as_date(started), as_date(finished)
    # A staff login gets the amounts blank; saving keeps the stored ones.
    money = access.can_see_money()
    form = ProjectInput(
        ref=ref, customer_ref=customer_ref, title=title, kind=kind, status=status,
        revenue=edit_amount(revenue) if money else "", cost=edit_amount(cost) if money else "",
        hours=f"{hours:g}",
        started=started_day.isoformat() if started_day else "",
        finished=finished_day.isoformat() if finished_day else "",
        designer_id=designer,
    )
    return form, int(version)


def suggest_project_ref() -> str:
    """The next free reference of the form P0001234."""
    return next_ref(Project.ref, "P", 7)


def validate_project(form: ProjectInput, project_id: int | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    parsed: dict[str, object] = {}
    checks = {
        "ref": fields.required_text(fields.REF_MAX), "customer_ref": fields.required_text(fields.REF_MAX),
        "title": fields.required_text(), "kind": fields.optional_text(), "status": fields.status,
        "revenue": fields.amount,
        "cost": fields.amount, "hours": fields.hours, "started": fields.optional_date,
        "finished": fields.optional_date,
    }
    for name, check in checks.items():
        try:
            parsed[name] = check(getattr(form, name))
        except ValueError as exc:
            problems[name] = str(exc)
    started, finished = parsed.get("started"), parsed.get("finished")
    if isinstance(started, dt.date) and isinstance(finished, dt.date) and finished < started:
        problems["finished"] = _("the finish date is before the start date")
    if "ref" not in problems:
        clash = Project.select().where(Project.ref == form.ref.strip())
        if project_id is not None:
            clash = clash.where(Project.id != project_id)
        if clash.exists():
            problems["ref"] = _("'{ref}' is already another project's reference").format(
                ref=shown(form.ref.strip()))
    if "customer_ref" not in problems and not Customer.select().where(
        Customer.ref == form.customer_ref.strip()
    ).exists():
        problems["customer_ref"] = _("there is no customer '{ref}'").format(
            ref=shown(form.customer_ref.strip()))
    elif "customer_ref" not in problems and Customer.select().where(
        (Customer.ref == form.customer_ref.strip()) & Customer.erased_on.is_null(False)
    ).exists():
        problems["customer_ref"] = _("this customer's personal data was erased")
    if project_id is not None and parsed.get("status") == "active":
        current = Project.select(Project.status).where(Project.id == project_id).scalar()
        if current == "inquiry":
            problems["status"] = _("an inquiry becomes active only through Accept job")
    return problems


_AUDITED = ("ref", "customer", "title", "kind", "status", "revenue", "cost", "hours",
            "started", "finished", "designer")


def _audited(values: dict[str, object]) -> dict[str, object]:
    """The project as the audit log compares it: amounts as amounts, not cents."""
    shown = dict(values)
    for name in ("revenue", "cost"):
        cents = shown.pop(f"{name}_cents", None)
        if cents is not None:
            shown[name] = format_amount(int(cents))  # type: ignore[call-overload]
    return shown


def _audited_project(project_id: int) -> dict[str, object]:
    names = ("ref", "customer", "title", "kind", "status", "revenue_cents", "cost_cents", "hours",
             "started", "finished", "designer")
    row = (Project.select(Project.ref, Customer.ref, Project.title, Project.kind, Project.status,
                          Project.revenue_cents, Project.cost_cents, Project.hours, Project.started,
                          Project.finished, Project.designer)
           .join(Customer).where(Project.id == project_id).tuples().first())
    return _audited(dict(zip(names, row))) if row is not None else {}


def save_project(form: ProjectInput, project_id: int | None = None,
                 expected_version: int | None = None) -> int:
    """Create or update a project. A staff login cannot set money: the stored amounts stay
    (a new project starts at zero, for an owner to estimate)."""
    money = access.can_see_money()
    if not money:
        form = dataclasses.replace(form, revenue="", cost="")
    problems = validate_project(form, project_id)
    if project_id is None and "status" not in problems and fields.status(form.status) == "active":
        # A new job starts as an inquiry; 'active' comes only from the accept guard.
        problems["status"] = _("a new job starts as an inquiry; accept it with Accept job")
    if problems:
        raise ValidationError.of_fields(problems)
    values = {
        Project.ref: form.ref.strip(),
        Project.customer: Customer.select(Customer.id).where(Customer.ref == form.customer_ref.strip()).scalar(),
        Project.title: form.title.strip(),
        Project.kind: form.kind.strip(),
        Project.status: fields.status(form.status),
        Project.revenue_cents: fields.amount(form.revenue),
        Project.cost_cents: fields.amount(form.cost),
        Project.hours: fields.hours(form.hours),
        Project.started: fields.optional_date(form.started),
        Project.finished: fields.optional_date(form.finished),
        Project.designer: form.designer_id,
    }
    after = {field.name: value for field, value in values.items()}
    after["customer"] = form.customer_ref.strip()
    with database_proxy.atomic():
        if not money and project_id is not None:
            del values[Project.revenue_cents], values[Project.cost_cents]
            del after["revenue_cents"], after["cost_cents"]
        after = _audited(after)
        if project_id is None:
            new_id = int(Project.insert(values).execute())
            audit.record("create", "project", new_id, audit.changes(dict.fromkeys(_AUDITED), after, _AUDITED))
            return new_id
        before = _audited_project(project_id)
        query = Project.update({**values, Project.version: Project.version + 1}).where(Project.id == project_id)
        if expected_version is not None:
            query = query.where(Project.version == expected_version)
        if query.execute() == 0:
            raise project_conflict(project_id)
        # A staff save leaves the amounts out of `after`: they were not changed.
        audit.record("update", "project", project_id,
                     audit.changes(before, after, [name for name in _AUDITED if name in after]))
    return project_id


def project_conflict(project_id: int) -> ConflictError:
    """A stale write's error, carrying the project as stored now (NotFoundError if deleted)."""
    theirs, version = project_input(project_id)
    return ConflictError(_("Someone else changed project {ref} in the meantime; "
                           "nothing was overwritten.").format(ref=theirs.ref), theirs, version)


def accept_inquiry(project_id: int, settings: StudioSettings, today: dt.date | None = None,
                   expected_version: int | None = None) -> None:
    """Move an inquiry to active — the only way there. A low-value one needs an 'accept' decision.

    Owners only: whether a job is low-value is worked out from its estimated profit.
    The guard judges the project as read here, and the write goes through only if the project
    is still that version, so a change saved in between (or since `expected_version`, what the
    caller showed) raises ConflictError rather than being accepted unseen.
    """
    access.require_owner(_("accept a job"))
    project = Project.get_or_none(Project.id == project_id)
    if project is None:
        raise NotFoundError(_("That project no longer exists."))
    if project.status != "inquiry":
        raise GuardError(
            _("Only an inquiry can be accepted; {ref} is no longer one.").format(ref=project.ref))
    if expected_version is not None and project.version != expected_version:
        raise project_conflict(project_id)
    verdict = low_value(JobEstimate(project.revenue_cents, project.cost_cents, project.hours),
                        settings.job_min_profit_cents, settings.job_min_margin_percent)
    decided = Decision.select().where(
        (Decision.project == project_id) & (Decision.decision == "accept")
    ).exists()
    if verdict.low_value and not decided:
        raise GuardError(_("{ref} is a low-value job: take it through the decline wizard "
                           "and record a decision before accepting it.").format(ref=project.ref))
    with database_proxy.atomic():
        changed = Project.update(
            status="active", started=project.started or today or dt.date.today(),
            version=Project.version + 1,
        ).where((Project.id == project_id) & (Project.version == project.version)
                & (Project.status == "inquiry")).execute()
        if changed != 1:
            raise project_conflict(project_id)
        audit.record("accept", "project", project_id, "status: inquiry → active")


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str


def staff_rows() -> list[StaffRow]:
    query = StaffMember.select(StaffMember.id, StaffMember.name, StaffMember.role).where(
        StaffMember.active == True  # noqa: E712 - SQL comparison
    ).order_by(StaffMember.name)
    return [StaffRow(*row) for row in query.tuples()]
