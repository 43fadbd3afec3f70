"""Gathering the decline wizard's facts for one inquiry: each figure aggregated in SQL."""
from __future__ import annotations

import datetime as dt

from peewee import Case, fn

from crm_desktop import access
from crm_desktop.customer_list import CustomerFilter, customer_rows
from crm_desktop.dbvalues import as_date
from crm_desktop.decision_rules import (
    BaseRate,
    DecisionFacts,
    DesignerLoad,
    Economics,
    EstimateFacts,
    Party,
    add_months,
    profit_per_hour,
    returned_within_year,
)
from crm_desktop.errors import NotFoundError
from crm_desktop.i18n import _
from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.models import ACCEPTED_STATUSES, Customer, Project, StaffMember
from crm_desktop.segments import ReferralValue
from crm_desktop.settings import StudioSettings


def inquiry_facts(project_id: int, settings: StudioSettings, today: dt.date) -> DecisionFacts:
    """Everything the wizard lays out about one project (normally an inquiry)."""
    access.require_money()
    row = (
        Project.select(Project.ref, Project.title, Project.status, Project.revenue_cents,
                       Project.cost_cents, Project.hours, Project.designer, Customer.id,
                       Customer.referred_by)
        .join(Customer)
        .where(Project.id == project_id)
        .tuples()
        .first()
    )
    if row is None:
        raise NotFoundError(_("That project no longer exists."))
    ref, title, status, fee, cost, hours, designer_id, customer_id, referrer_id = row
    verdict = low_value(JobEstimate(fee, cost, hours), settings.job_min_profit_cents,
                        settings.job_min_margin_percent)
    estimate = EstimateFacts(fee, cost, hours, settings.job_min_profit_cents,
                             settings.job_min_margin_percent, verdict.below_profit_line,
                             verdict.below_margin_line)
    studio_rate, studio_jobs = studio_profit_per_hour(today)
    return DecisionFacts(
        project_id=project_id, project_ref=ref, title=title, status=status, designer_id=designer_id,
        studio_name=settings.studio_name, profit_line_cents=settings.profit_line_cents,
        customer=party(customer_id, settings.profit_line_cents),
        referrer=None if referrer_id is None else party(referrer_id, settings.profit_line_cents),
        estimate=estimate,
        economics=Economics(profit_per_hour(estimate.profit_cents, hours), studio_rate,
                            studio_jobs, hours),
        base_rate=base_rate(today),
        load=studio_load(),
    )


def party(customer_id: int, profit_line_cents: int) -> Party:
    """A customer's segment, accepted history and referral value."""
    access.require_money()
    rows = customer_rows(CustomerFilter(), profit_line_cents, ids=[customer_id])
    if not rows:
        raise NotFoundError(_("That customer no longer exists."))
    customer = rows[0]
    accepted = Project.select(fn.COUNT(Project.id)).where(
        (Project.customer == customer_id) & Project.status.in_(ACCEPTED_STATUSES)
    ).scalar()
    return Party(customer.id, customer.ref, customer.name, customer.segment, customer.profit_cents,
                 int(accepted or 0), referral_value_of(customer_id))


def referral_value_of(customer_id: int) -> ReferralValue:
    """How many customers `customer_id` referred, and those customers' accepted profit."""
    access.require_money()
    count, profit = (
        Customer.select(fn.COUNT(Customer.id), fn.COALESCE(fn.SUM(Customer.profit_cents), 0))
        .where(Customer.referred_by == customer_id)
        .scalar(as_tuple=True)
    )
    return ReferralValue(int(count or 0), int(profit or 0))


def studio_load() -> list[DesignerLoad]:
    """Active projects per active designer (idle ones too), busiest first; then unassigned ones."""
    per_designer = dict(
        Project.select(Project.designer, fn.COUNT(Project.id))
        .where(Project.status == "active")
        .group_by(Project.designer)
        .tuples()
    )
    staff = StaffMember.select(StaffMember.id, StaffMember.name).where(
        StaffMember.active == True
    ).tuples()
    load = [DesignerLoad(sid, name, int(per_designer.pop(sid, 0))) for sid, name in staff]
    load.sort(key=lambda d: (-d.active_projects, d.name))
    # Projects of staff who have left count as unassigned: nobody is carrying them now.
    unassigned = sum(int(n) for n in per_designer.values())
    if unassigned:
        load.append(DesignerLoad(None, "", unassigned))
    return load


def studio_profit_per_hour(today: dt.date) -> tuple[int | None, int]:
    """The studio's profit per hour (cents) on accepted jobs started in the last 12 months.

    Σ (revenue − cost) / Σ hours over projects with status active or completed, a start date
    from 12 months before `today` up to `today`, and hours > 0 (a job without hours recorded
    would add profit without time and flatter the average). Also returns how many jobs that is.
    """
    access.require_money()
    jobs, profit, hours = (
        Project.select(fn.COUNT(Project.id), fn.SUM(Project.revenue_cents - Project.cost_cents),
                       fn.SUM(Project.hours))
        .where(Project.status.in_(ACCEPTED_STATUSES) & (Project.hours > 0)
               & Project.started.between(add_months(today, -12), today))
        .scalar(as_tuple=True)
    )
    if not jobs:
        return None, 0
    return profit_per_hour(int(profit), float(hours)), int(jobs)


def base_rate(today: dt.date) -> BaseRate:
    """The share of customers who came back within 12 months of their first accepted job.

    Precisely: take every customer whose first accepted project (status active or completed,
    earliest start date) started at least 12 months before `today`, so their whole year is
    observed — newer customers would only drag the rate down. Of those, a customer *returned*
    when another accepted project of theirs started within 12 months of that first start
    (the same day counts; exactly 12 months later counts). Projects without a start date are
    ignored. The database reduces the projects to one row per (first start, next start) pair;
    `returned_within_year` judges each pair.
    """
    accepted = Project.status.in_(ACCEPTED_STATUSES) & Project.started.is_null(False)
    firsts = (
        Project.select(Project.customer.alias("cid"), fn.MIN(Project.started).alias("first"))
        .where(accepted)
        .group_by(Project.customer)
        .having(fn.MIN(Project.started) <= add_months(today, -12))
        .alias("firsts")
    )
    later = Project.alias("later")
    on_first_day = fn.SUM(Case(None, [(later.started == firsts.c.first, 1)], 0))
    next_start = fn.MIN(Case(None, [(later.started > firsts.c.first, later.started)], None))
    per_customer = (
        later.select(firsts.c.first.alias("first"), (on_first_day - 1).alias("others"),
                     next_start.alias("next_start"))
        .from_(firsts)
        .join(later, on=((later.customer == firsts.c.cid) & later.status.in_(ACCEPTED_STATUSES)
                         & (later.started >= firsts.c.first)))
        .group_by(firsts.c.cid, firsts.c.first)
        .alias("per_customer")
    )
    grouped = (
        later.select(per_customer.c.first, per_customer.c.others > 0, per_customer.c.next_start,
                     fn.COUNT(1))
        .from_(per_customer)
        .group_by(per_customer.c.first, per_customer.c.others > 0, per_customer.c.next_start)
        .tuples()
    )
    customers = returned = 0
    for first, others, next_day, count in grouped:
        customers += count
        if returned_within_year(as_date(first), int(bool(others)), as_date(next_day)):  # type: ignore[arg-type]
            returned += count
    return BaseRate(customers, returned)
