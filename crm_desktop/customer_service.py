"""One customer: reading the detail view, and validated writes (profile, survey answer, contact)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import JOIN, IntegrityError, fn

from crm_desktop import access, audit, fields
from crm_desktop.customer_list import (
    CustomerFilter,
    CustomerRow,
    page_query,
    rows_of_page,
)
from crm_desktop.dbvalues import as_date
from crm_desktop.designers import designer_name, designer_problem
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.i18n import _, shown
from crm_desktop.models import (
    INTERACTION_KINDS,
    LOST_REASONS,
    Customer,
    Interaction,
    Project,
    StaffMember,
    SurveyResponse,
    database_proxy,
)
from crm_desktop.prepared import Prepared
from crm_desktop.privacy import refuse_if_erased
from crm_desktop.refs import next_ref
from crm_desktop.segments import ReferralValue, Segment


@dataclass
class CustomerInput:
    """The profile form as typed: every value is text until validated."""

    ref: str = ""
    name: str = ""
    phone: str = ""
    email: str = ""
    birthday: str = ""
    birthday_lunar: bool = False
    referred_by: str = ""  # the referrer's ref
    tier: str = "C"
    notes: str = ""
    # The staff member who looks after them; None: nobody in particular.
    designer_id: int | None = None


# Named tuples rather than frozen dataclasses: the detail pane builds dozens per selection.
class ProjectLine(NamedTuple):
    id: int
    ref: str
    title: str
    status: str
    # None for a staff login.
    revenue_cents: int | None
    cost_cents: int | None
    started: dt.date | None
    finished: dt.date | None


class ResponseLine(NamedTuple):
    id: int
    date: dt.date
    score: int
    comment: str


class InteractionLine(NamedTuple):
    id: int
    date: dt.date
    kind: str
    staff: str
    summary: str


@dataclass
class CustomerDetail:
    id: int
    version: int
    profile: CustomerInput
    # Segment and money figures are None for a staff login.
    segment: Segment | None
    profit_cents: int | None
    last_contacted: dt.date | None
    lost_reason: str | None
    referrer: CustomerRow | None
    referral_value: ReferralValue
    referrals: list[CustomerRow] = field(default_factory=list)
    projects: list[ProjectLine] = field(default_factory=list)
    responses: list[ResponseLine] = field(default_factory=list)
    interactions: list[InteractionLine] = field(default_factory=list)
    # The day their personal data was erased; an erased customer cannot be edited.
    erased_on: dt.date | None = None
    # The name of the designer who looks after them (profile.designer_id), if any.
    designer: str | None = None


# The detail pane's lookups, built once (crm_desktop.prepared): selecting a row in the list
# runs all of them, and building them cost more than answering them.
_PROFILE = Prepared(lambda cid: Customer.select(
    Customer.ref, Customer.name, Customer.phone, Customer.email, Customer.birthday,
    Customer.birthday_lunar, Customer.tier, Customer.notes, Customer.referred_by,
    Customer.version, Customer.lost_reason, Customer.erased_on, Customer.designer, StaffMember.name,
).join(StaffMember, JOIN.LEFT_OUTER, on=(Customer.designer == StaffMember.id)).where(Customer.id == cid))
_ROW = Prepared(lambda cid: page_query(CustomerFilter(), 0, ids=[cid]))
_REFERRALS = Prepared(lambda cid: page_query(CustomerFilter(), 0, referred_by=cid, limit=10_000))
_PROJECTS = Prepared(lambda cid: Project.select(
    Project.id, Project.ref, Project.title, Project.status, Project.revenue_cents,
    Project.cost_cents, Project.started, Project.finished,
).where(Project.customer == cid).order_by(Project.started.desc(nulls="FIRST"), Project.id.desc()))
_RESPONSES = Prepared(lambda cid: SurveyResponse.select(
    SurveyResponse.id, SurveyResponse.date, SurveyResponse.score, SurveyResponse.comment,
).where(SurveyResponse.customer == cid).order_by(SurveyResponse.date.desc(), SurveyResponse.id.desc()))
_INTERACTIONS = Prepared(lambda cid: Interaction.select(
    Interaction.id, Interaction.date, Interaction.kind, fn.COALESCE(StaffMember.name, ""),
    Interaction.summary,
).join(StaffMember, JOIN.LEFT_OUTER, on=(Interaction.staff == StaffMember.id))
    .where(Interaction.customer == cid).order_by(Interaction.date.desc(), Interaction.id.desc()))


def _row_of(customer_id: int, profit_line_cents: int, money: bool) -> CustomerRow:
    rows = rows_of_page(_ROW.rows(customer_id), profit_line_cents, money=money)
    if not rows:
        raise NotFoundError(_("That customer no longer exists."))
    return rows[0]


def customer_detail(customer_id: int, profit_line_cents: int) -> CustomerDetail:
    """Everything the detail pane shows, in a fixed handful of queries."""
    found = _PROFILE.rows(customer_id)
    if not found:
        raise NotFoundError(_("That customer no longer exists."))
    (ref, name, phone, email, birthday, lunar, tier, notes, referred_by, version, lost_reason,
     erased_on, designer_id, designer) = found[0]
    money = access.can_see_money()
    row = _row_of(customer_id, profit_line_cents, money)
    referrer = _row_of(referred_by, profit_line_cents, money) if referred_by is not None else None
    referrals = rows_of_page(_REFERRALS.rows(customer_id), profit_line_cents, money=money)
    birthday = as_date(birthday)
    profile = CustomerInput(
        ref=ref, name=name, phone=phone, email=email,
        birthday=birthday.isoformat() if birthday else "", birthday_lunar=bool(lunar),
        referred_by=referrer.ref if referrer else "", tier=tier, notes=notes,
        designer_id=designer_id,
    )
    projects = [
        ProjectLine(pid, pref, title, status, revenue if money else None, cost if money else None,
                    as_date(started), as_date(finished))
        for pid, pref, title, status, revenue, cost, started, finished in _PROJECTS.rows(customer_id)
    ]
    responses = [ResponseLine(rid, as_date(day), score, comment)
                 for rid, day, score, comment in _RESPONSES.rows(customer_id)]
    interactions = [InteractionLine(iid, as_date(day), kind, staff, summary)
                    for iid, day, kind, staff, summary in _INTERACTIONS.rows(customer_id)]
    return CustomerDetail(
        id=customer_id, version=version, profile=profile, segment=row.segment,
        profit_cents=row.profit_cents, last_contacted=row.last_contacted,
        lost_reason=lost_reason, referrer=referrer,
        referral_value=ReferralValue(
            len(referrals), sum(r.profit_cents or 0 for r in referrals) if money else None),
        referrals=referrals, projects=projects, responses=responses, interactions=interactions,
        erased_on=as_date(erased_on), designer=designer,
    )


def validate_customer(form: CustomerInput, customer_id: int | None = None) -> dict[str, str]:
    """Field name → problem, for inline messages; empty when the form can be saved."""
    problems: dict[str, str] = {}
    checks = {
        "ref": fields.required_text(fields.REF_MAX), "name": fields.required_text(), "phone": fields.phone,
        "email": fields.email, "birthday": fields.optional_date, "tier": fields.tier,
        "notes": fields.free_text,
    }
    for name, check in checks.items():
        try:
            check(getattr(form, name))
        except ValueError as exc:
            problems[name] = str(exc)
    ref = form.ref.strip()
    if "ref" not in problems:
        clash = Customer.select(Customer.id).where(Customer.ref == ref)
        if customer_id is not None:
            clash = clash.where(Customer.id != customer_id)
        if clash.exists():
            problems["ref"] = _("'{ref}' is already another customer's reference").format(ref=shown(ref))
    try:
        # Parsed before any query: PostgreSQL refuses even to compare with a NUL character.
        referrer = fields.optional_ref(form.referred_by) or ""
    except ValueError as exc:
        problems["referred_by"] = str(exc)
        referrer = ""
    if referrer:
        if referrer == ref:
            problems["referred_by"] = _("a customer cannot refer themselves")
        elif not Customer.select().where(Customer.ref == referrer).exists():
            problems["referred_by"] = _("there is no customer '{ref}'").format(ref=shown(referrer))
    current = (None if customer_id is None else
               Customer.select(Customer.designer).where(Customer.id == customer_id).scalar())
    designer = designer_problem(form.designer_id, current)
    if designer:
        problems["designer_id"] = designer
    return problems


def save_customer(form: CustomerInput, customer_id: int | None = None,
                  expected_version: int | None = None) -> int:
    """Create or update a customer; refuses to overwrite a change saved by someone else."""
    if customer_id is not None:
        refuse_if_erased(customer_id)
    problems = validate_customer(form, customer_id)
    if problems:
        raise ValidationError.of_fields(problems)
    referrer = form.referred_by.strip()
    values = {
        Customer.ref: form.ref.strip(),
        Customer.name: form.name.strip(),
        Customer.phone: fields.phone(form.phone),
        Customer.email: fields.email(form.email),
        Customer.birthday: fields.optional_date(form.birthday),
        Customer.birthday_lunar: form.birthday_lunar,
        Customer.referred_by: (
            Customer.select(Customer.id).where(Customer.ref == referrer).scalar() if referrer else None
        ),
        Customer.tier: fields.tier(form.tier),
        Customer.notes: form.notes.strip(),
        Customer.designer: form.designer_id,
    }
    after = {field.name: value for field, value in values.items()}
    after["referred_by"] = referrer or None
    # The audit log names the designer, not their id.
    after["designer"] = designer_name(form.designer_id)
    with database_proxy.atomic():
        try:
            if customer_id is None:
                new_id = int(Customer.insert(values).execute())
                audit.record("create", "customer", new_id, audit.changes(dict.fromkeys(after), after))
                return new_id
            before = _audited_profile(customer_id)
            query = Customer.update({**values, Customer.version: Customer.version + 1}).where(
                Customer.id == customer_id
            )
            if expected_version is not None:
                query = query.where(Customer.version == expected_version)
            if query.execute() == 0:
                raise _conflict(customer_id)
            audit.record("update", "customer", customer_id, audit.changes(before, after))
        except IntegrityError as exc:
            raise ValidationError(
                _("The customer could not be saved: a reference is already in use.")
            ) from exc
    return customer_id


def customer_input(customer_id: int) -> tuple[CustomerInput, int]:
    """The stored profile as the form shows it, and its version (for the conflict check)."""
    referrer = Customer.alias("referrer")
    row = (Customer.select(Customer.ref, Customer.name, Customer.phone, Customer.email,
                           Customer.birthday, Customer.birthday_lunar, fn.COALESCE(referrer.ref, ""),
                           Customer.tier, Customer.notes, Customer.designer, Customer.version)
           .join(referrer, JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id))
           .where(Customer.id == customer_id).tuples().first())
    if row is None:
        raise NotFoundError(_("That customer no longer exists."))
    ref, name, phone, email, birthday, lunar, referrer_ref, tier, notes, designer_id, version = row
    day = as_date(birthday)
    form = CustomerInput(ref=ref, name=name, phone=phone, email=email,
                         birthday=day.isoformat() if day else "", birthday_lunar=bool(lunar),
                         referred_by=referrer_ref, tier=tier, notes=notes, designer_id=designer_id)
    return form, int(version)


def _conflict(customer_id: int) -> ConflictError:
    """A stale save's error, carrying the customer as stored now (NotFoundError if deleted)."""
    theirs, version = customer_input(customer_id)
    return ConflictError(_("Someone else changed this customer since you opened it; "
                           "nothing was overwritten."), theirs, version)


def _audited_profile(customer_id: int) -> dict[str, object]:
    """The stored profile as `save_customer` compares it, for the audit log."""
    referrer = Customer.alias("referrer")
    row = (Customer.select(Customer.ref, Customer.name, Customer.phone, Customer.email,
                           Customer.birthday, Customer.birthday_lunar, referrer.ref, Customer.tier,
                           Customer.notes, StaffMember.name)
           .join(referrer, JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id))
           .join_from(Customer, StaffMember, JOIN.LEFT_OUTER, on=(Customer.designer == StaffMember.id))
           .where(Customer.id == customer_id).tuples().first())
    names = ("ref", "name", "phone", "email", "birthday", "birthday_lunar", "referred_by", "tier", "notes",
             "designer")
    return dict(zip(names, row)) if row is not None else {}


def add_response(customer_id: int, date_text: str, score_text: str, comment: str = "") -> int:
    """Record a survey answer; raises ValidationError naming each bad field."""
    problems: dict[str, str] = {}
    try:
        day = fields.required_date(date_text)
    except ValueError as exc:
        problems["date"] = str(exc)
    try:
        value = fields.score(score_text)
    except ValueError as exc:
        problems["score"] = str(exc)
    try:
        fields.free_text(comment)
    except ValueError as exc:
        problems["comment"] = str(exc)
    if problems:
        raise ValidationError.of_fields(problems)
    with database_proxy.atomic():
        _require_customer(customer_id)
        new_id = int(SurveyResponse.insert(customer=customer_id, date=day, score=value,
                                           comment=comment.strip()).execute())
        audit.record("add_response", "customer", customer_id, f"date: {day.isoformat()}; score: {value}")
    return new_id


def add_interaction(customer_id: int, date_text: str, kind: str, summary: str,
                    staff_id: int | None = None) -> int:
    """Log a call, visit, message, e-mail, meeting or gift."""
    problems: dict[str, str] = {}
    try:
        day = fields.required_date(date_text)
    except ValueError as exc:
        problems["date"] = str(exc)
    if kind not in INTERACTION_KINDS:
        problems["kind"] = _("'{kind}' is not a kind of contact").format(kind=shown(kind))
    try:
        fields.free_text(summary)
    except ValueError as exc:
        problems["summary"] = str(exc)
    if problems:
        raise ValidationError.of_fields(problems)
    with database_proxy.atomic():
        _require_customer(customer_id)
        new_id = int(Interaction.insert(customer=customer_id, date=day, kind=kind, staff=staff_id,
                                        summary=summary.strip()).execute())
        audit.record("add_interaction", "customer", customer_id, f"date: {day.isoformat()}; kind: {kind}")
    return new_id


def _require_customer(customer_id: int) -> None:
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFoundError(_("That customer no longer exists."))
    refuse_if_erased(customer_id)



def next_customer_ref() -> str:
    """The next free reference of the form C000123."""
    return next_ref(Customer.ref, "C", 6)


def customer_choices(text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(ref, name) of customers whose ref starts with, or whose name contains, the text."""
    text = fields.search_text(text)
    if not text:
        return []
    query = (
        Customer.select(Customer.ref, Customer.name)
        .where((Customer.ref.startswith(text) | Customer.name.contains(text))
               & Customer.erased_on.is_null())
        .order_by(Customer.ref)
        .limit(limit)
        .tuples()
    )
    return list(query)


def mark_lost(customer_id: int, reason: str | None, on: dt.date | None = None,
              expected_version: int | None = None) -> None:
    """Record that a customer was lost and why; `reason=None` brings them back.

    With `expected_version` (the version the screen showed) a change saved by someone else
    since then raises ConflictError instead of being overwritten.
    """
    if reason is not None and reason not in LOST_REASONS:
        raise ValidationError.of_fields({"lost_reason": _("'{value}' is not a reason").format(value=reason)})
    with database_proxy.atomic():
        _require_customer(customer_id)
        before = Customer.select(Customer.lost_reason).where(Customer.id == customer_id).scalar()
        query = Customer.update(
            lost_reason=reason, lost_on=(on or dt.date.today()) if reason else None,
            version=Customer.version + 1,
        ).where(Customer.id == customer_id)
        if expected_version is not None:
            query = query.where(Customer.version == expected_version)
        if query.execute() == 0:
            raise _conflict(customer_id)
        audit.record("mark_lost", "customer", customer_id,
                     audit.changes({"lost_reason": before}, {"lost_reason": reason}))
