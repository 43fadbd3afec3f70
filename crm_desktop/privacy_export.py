"""Everything the studio holds about one customer, as one JSON document (a subject access request).

Other customers appear by reference only (who referred them, whom they referred): their
personal data is not this person's. Staff appear by name, as the people who served them.
Amounts are decimal text (`40000.00`), dates ISO `YYYY-MM-DD`, codes as stored (`completed`).
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from peewee import JOIN, fn

from crm_desktop import access
from crm_desktop.customer_list import CustomerFilter, customer_rows
from crm_desktop.dbvalues import as_date
from crm_desktop.designers import designer_name
from crm_desktop.errors import NotFoundError, UserError
from crm_desktop.files import write_atomically
from crm_desktop.i18n import _
from crm_desktop.models import (
    AuditEntry,
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    ProjectLogEntry,
    ReminderState,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.money import format_amount
from crm_desktop.settings import load_settings
from crm_desktop.transfer.exporting import hours_text

EXPORT_FORMAT = "studio-crm-customer-export"
EXPORT_VERSION = 1

Json = dict[str, Any]


def _day(value: object) -> str | None:
    day = as_date(value)
    return day.isoformat() if day else None


def _answers(text: str) -> Any:
    """The wizard's answers as stored (a JSON object); unreadable text is given as it is."""
    try:
        return json.loads(text or "{}")
    except ValueError:
        return text


def _staff_name() -> Any:
    return fn.COALESCE(StaffMember.name, "")


def export_customer(customer_id: int, today: dt.date | None = None) -> Json:
    """Every row held about the customer, related rows nested under their project.

    Owner-only when staff accounts are on: it is a privacy request, and it carries amounts.
    """
    access.require_owner(_("export a customer's personal data"))
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(_("That customer no longer exists."))
    referrer = Customer.select(Customer.ref).where(Customer.id == customer.referred_by_id).scalar()
    row = customer_rows(CustomerFilter(), load_settings().profit_line_cents, ids=[customer_id])[0]
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_on": (today or dt.date.today()).isoformat(),
        "customer": {
            "ref": customer.ref, "name": customer.name, "phone": customer.phone,
            "email": customer.email, "birthday": _day(customer.birthday),
            "birthday_lunar": bool(customer.birthday_lunar), "tier": customer.tier,
            "notes": customer.notes, "created": _day(customer.created),
            "lost_reason": customer.lost_reason, "lost_on": _day(customer.lost_on),
            "erased_on": _day(customer.erased_on), "referred_by": referrer,
            # Staff appear by name: the designer who looks after them.
            "designer": designer_name(customer.designer_id),
            # What the studio derives about them is theirs to see too.
            "segment": row.segment.value, "latest_score": row.latest_score,
            "profit": format_amount(row.profit_cents),
        },
        "referred_customers": [ref for (ref,) in Customer.select(Customer.ref).where(
            Customer.referred_by == customer_id).order_by(Customer.ref).tuples()],
        "projects": _projects(customer_id),
        "survey_responses": _responses(customer_id),
        "contacts": _contacts(customer_id),
        "complaints": _complaints(customer_id),
        "reminders": _reminders(customer_id),
        "record_history": _history(customer_id),
    }


def _projects(customer_id: int) -> list[Json]:
    ids = Project.select(Project.id).where(Project.customer == customer_id)
    logs: dict[int, list[Json]] = {}
    query = (ProjectLogEntry.select(ProjectLogEntry.project, ProjectLogEntry.date, ProjectLogEntry.kind,
                                    ProjectLogEntry.text, _staff_name())
             .join(StaffMember, JOIN.LEFT_OUTER, on=(ProjectLogEntry.staff == StaffMember.id))
             .where(ProjectLogEntry.project.in_(ids))
             .order_by(ProjectLogEntry.date, ProjectLogEntry.id).tuples())
    for pid, day, kind, text, staff in query:
        logs.setdefault(pid, []).append({"date": _day(day), "kind": kind, "text": text, "staff": staff})
    decisions: dict[int, list[Json]] = {}
    for (pid, day, profit, margin, recommendation, decision, reason, answers, outcome,
         reviewed) in (Decision.select(
            Decision.project, Decision.date, Decision.est_profit_cents, Decision.est_margin,
            Decision.recommendation, Decision.decision, Decision.reason, Decision.answers,
            Decision.review_outcome, Decision.reviewed_on)
            .where(Decision.project.in_(ids)).order_by(Decision.date, Decision.id).tuples()):
        decisions.setdefault(pid, []).append({
            "date": _day(day), "estimated_profit": format_amount(profit),
            "estimated_margin": margin, "recommendation": recommendation, "decision": decision,
            "reason": reason, "answers": _answers(answers), "review_outcome": outcome,
            "reviewed_on": _day(reviewed),
        })
    query = (Project.select(Project.id, Project.ref, Project.title, Project.kind, Project.status,
                            Project.revenue_cents, Project.cost_cents, Project.hours,
                            Project.started, Project.finished, _staff_name())
             .join(StaffMember, JOIN.LEFT_OUTER, on=(Project.designer == StaffMember.id))
             .where(Project.customer == customer_id)
             .order_by(Project.started.asc(nulls="LAST"), Project.id).tuples())
    return [
        {"ref": ref, "title": title, "kind": kind, "status": status,
         "revenue": format_amount(revenue), "cost": format_amount(cost), "hours": hours_text(hours),
         "started": _day(started), "finished": _day(finished), "designer": designer,
         "log": logs.get(pid, []), "decisions": decisions.get(pid, [])}
        for pid, ref, title, kind, status, revenue, cost, hours, started, finished, designer in query
    ]


def _responses(customer_id: int) -> list[Json]:
    query = (SurveyResponse.select(SurveyResponse.date, SurveyResponse.score, SurveyResponse.comment,
                                   fn.COALESCE(Project.ref, ""))
             .join(Project, JOIN.LEFT_OUTER, on=(SurveyResponse.project == Project.id))
             .where(SurveyResponse.customer == customer_id)
             .order_by(SurveyResponse.date, SurveyResponse.id).tuples())
    return [{"date": _day(day), "score": score, "comment": comment, "project": project or None}
            for day, score, comment, project in query]


def _contacts(customer_id: int) -> list[Json]:
    query = (Interaction.select(Interaction.date, Interaction.kind, _staff_name(), Interaction.summary)
             .join(StaffMember, JOIN.LEFT_OUTER, on=(Interaction.staff == StaffMember.id))
             .where(Interaction.customer == customer_id)
             .order_by(Interaction.date, Interaction.id).tuples())
    return [{"date": _day(day), "kind": kind, "staff": staff, "summary": summary}
            for day, kind, staff, summary in query]


def _complaints(customer_id: int) -> list[Json]:
    query = (Feedback.select(Feedback.opened, Feedback.category, Feedback.severity, Feedback.due,
                             Feedback.status, _staff_name(), Feedback.summary, Feedback.resolution,
                             Feedback.resolved_on, Feedback.satisfaction, fn.COALESCE(Project.ref, ""))
             .join(StaffMember, JOIN.LEFT_OUTER, on=(Feedback.owner == StaffMember.id))
             .join_from(Feedback, Project, JOIN.LEFT_OUTER, on=(Feedback.project == Project.id))
             .where(Feedback.customer == customer_id)
             .order_by(Feedback.opened, Feedback.id).tuples())
    return [
        {"opened": _day(opened), "category": category, "severity": severity, "due": _day(due),
         "status": status, "owner": owner, "summary": summary, "resolution": resolution,
         "resolved_on": _day(resolved), "satisfaction": satisfaction, "project": project or None}
        for (opened, category, severity, due, status, owner, summary, resolution, resolved,
             satisfaction, project) in query
    ]


def _reminders(customer_id: int) -> list[Json]:
    query = (ReminderState.select(ReminderState.kind, ReminderState.due, ReminderState.done_on,
                                  ReminderState.snoozed_until)
             .where(ReminderState.customer == customer_id)
             .order_by(ReminderState.due, ReminderState.key).tuples())
    return [{"kind": kind, "due": _day(due), "done_on": _day(done), "snoozed_until": _day(snoozed)}
            for kind, due, done, snoozed in query]


def _history(customer_id: int) -> list[Json]:
    """The audit entries about the customer's own record: when it changed, and who changed it."""
    query = (AuditEntry.select(AuditEntry.when, AuditEntry.staff_name, AuditEntry.action,
                               AuditEntry.summary)
             .where((AuditEntry.entity == "customer") & (AuditEntry.entity_id == customer_id))
             .order_by(AuditEntry.when, AuditEntry.id).tuples())
    return [{"when": str(when)[:19], "by": by, "action": action, "summary": summary}
            for when, by, action, summary in query]


def write_customer_export(customer_id: int, path: str | os.PathLike[str],
                          today: dt.date | None = None) -> Json:
    """Write `export_customer` to `path` as indented UTF-8 JSON, readable by the user only.

    Written to a temporary file beside the target and renamed, so a failure leaves no half file.
    """
    target = Path(path)
    if target.is_dir():
        raise UserError(_("{path} is a folder; give a file name to export to.").format(path=target))
    if not target.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist, so {name} cannot be written there.")
                        .format(folder=target.parent, name=target.name))
    document = export_customer(customer_id, today)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    # Personal data: private to the user who wrote it, whatever the umask says.
    write_atomically(target, lambda fh: fh.write(text), private=True)
    return document

