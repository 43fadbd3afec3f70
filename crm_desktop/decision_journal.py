"""The decision journal: recording a wizard decision, reviewing it later, and the totals.

A review ("was it worth it?") is due once a decision has no review yet and either the
accepted job is completed or six calendar months have passed since the decision (a
decline is reviewed at six months too: was anything missed?).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from crm_desktop import access, audit, project_service
from crm_desktop.dbvalues import as_date
from crm_desktop.decision_rules import Kind, Recommendation, add_months, is_against
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.errors import ConflictError, GuardError, NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.jobs import JobEstimate
from crm_desktop.models import DECISIONS, Customer, Decision, Project, database_proxy
from crm_desktop.money import format_amount
from crm_desktop.settings import StudioSettings, load_settings

REVIEW_AFTER_MONTHS = 6


# --- pure rules -----------------------------------------------------------------------------


def review_due_on(decided: dt.date) -> dt.date:
    """The day a decision asks to be reviewed at the latest."""
    return add_months(decided, REVIEW_AFTER_MONTHS)


def review_is_due(decision: str, status: str, decided: dt.date, reviewed_on: dt.date | None,
                  today: dt.date) -> bool:
    """Unreviewed, and the accepted job is completed or six months have passed."""
    if reviewed_on is not None:
        return False
    if decision == "accept" and status == "completed":
        return True
    return today >= review_due_on(decided)


def answer_problems(answers: dict[str, str]) -> list[str]:
    """Every loss-aversion prompt needs a non-empty answer; unknown keys are refused."""
    problems = [f"{key}: " + _("this question needs an answer")
                for key in PROMPT_KEYS if not (answers.get(key) or "").strip()]
    problems += [f"{key}: " + _("is not one of the wizard's questions")
                 for key in answers if key not in PROMPT_KEYS]
    return problems


# --- recording and reviewing ----------------------------------------------------------------


def record_decision(project_id: int, recommendation: Recommendation | Kind | str, decision: str,
                    reason: str, answers: dict[str, str], today: dt.date,
                    settings: StudioSettings | None = None, expected_version: int | None = None) -> int:
    """Write the decision and act on it, all in one transaction; returns the Decision id.

    "accept" goes through `project_service.accept_inquiry` (the guard stays the only way to
    active); "decline" marks the inquiry declined. Refused with a ValidationError: an unknown
    decision, a missing answer, or going against the recommendation without a reason.
    `expected_version` is the project's version when the wizard read its facts: a project
    changed since then (or between this function's read and write) raises ConflictError.
    Nothing is written when anything fails.
    """
    access.require_money()
    kind = Kind(recommendation.kind if isinstance(recommendation, Recommendation) else recommendation)
    problems = []
    if decision not in DECISIONS:
        problems.append("decision: " + _("'{value}' is neither accept nor decline").format(value=decision))
    problems += answer_problems(answers)
    if decision in DECISIONS and is_against(kind, decision) and not reason.strip():
        problems.append("reason: " + _("going against the recommendation needs a written reason"))
    if problems:
        raise ValidationError(problems[0] + ".", problems)
    settings = settings or load_settings()
    # Read before the transaction: the writes below go through only for this very version.
    project = Project.get_or_none(Project.id == project_id)
    if project is None:
        raise NotFoundError(_("That project no longer exists."))
    if project.status != "inquiry":
        raise GuardError(
            _("Only an inquiry can be decided on; {ref} is no longer one.").format(ref=project.ref))
    if expected_version is not None and project.version != expected_version:
        raise project_service.project_conflict(project_id)
    with database_proxy.atomic():
        estimate = JobEstimate(project.revenue_cents, project.cost_cents, project.hours)
        decision_id = int(Decision.insert(
            project=project_id, date=today, est_profit_cents=estimate.profit_cents,
            # A job with no fee has no margin; 0 keeps the column numeric and is below any line.
            est_margin=estimate.margin if estimate.margin is not None else 0.0,
            recommendation=kind.value, decision=decision, reason=reason.strip(),
            answers=json.dumps({key: answers[key].strip() for key in PROMPT_KEYS}, ensure_ascii=False),
        ).execute())
        audit.record("decide", "project", project_id,
                     f"decision: {decision}; recommendation: {kind.value}; "
                     f"estimated_profit: {format_amount(estimate.profit_cents)}")
        if decision == "accept":
            project_service.accept_inquiry(project_id, settings, today, expected_version=project.version)
        else:
            changed = Project.update(status="declined", version=Project.version + 1).where(
                (Project.id == project_id) & (Project.status == "inquiry")
                & (Project.version == project.version)).execute()
            if changed != 1:
                raise project_service.project_conflict(project_id)
    return decision_id


@dataclass
class ReviewInput:
    """The review form as typed: how the decision turned out."""

    review_outcome: str = ""


def review_input(decision_id: int) -> tuple[ReviewInput, int]:
    """The stored review as the review form shows it, and the decision's version."""
    access.require_money()
    row = (Decision.select(Decision.review_outcome, Decision.version)
           .where(Decision.id == decision_id).tuples().first())
    if row is None:
        raise NotFoundError(_("That decision no longer exists."))
    return ReviewInput(row[0]), int(row[1])


def review_decision(decision_id: int, outcome_text: str, today: dt.date,
                    expected_version: int | None = None) -> None:
    """Answer "was it worth it?" for a decision (a later review replaces an earlier one).

    With `expected_version` (the version the form showed) a review saved by someone else since
    then raises ConflictError, carrying the stored review, instead of being replaced unseen.
    """
    access.require_money()
    outcome = outcome_text.strip()
    if not outcome:
        raise ValidationError(_("Write a few words on how it turned out."))
    with database_proxy.atomic():
        query = Decision.update(review_outcome=outcome, reviewed_on=today,
                                version=Decision.version + 1).where(Decision.id == decision_id)
        if expected_version is not None:
            query = query.where(Decision.version == expected_version)
        if query.execute() != 1:
            theirs, version = review_input(decision_id)
            raise ConflictError(_("Someone else reviewed this decision since you opened it; "
                                  "nothing was overwritten."), theirs, version)
        audit.record("review", "decision", decision_id, f"reviewed_on: {today.isoformat()}")


# --- the journal ----------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalRow:
    id: int
    date: dt.date
    project_id: int
    project_ref: str
    project_title: str
    project_status: str
    customer_ref: str
    customer_name: str
    est_profit_cents: int
    est_margin: float
    recommendation: Kind
    decision: str
    reason: str
    answers: dict[str, str]
    review_outcome: str
    reviewed_on: dt.date | None
    # Revenue − cost as they stand now; None for a declined job (it has no actual profit).
    actual_profit_cents: int | None
    review_due: bool
    review_due_on: dt.date
    # The version this row was read at: a review saved from it refuses to overwrite a later one.
    version: int = 1


def journal_rows(today: dt.date, newest_first: bool = True) -> list[JournalRow]:
    """Every decision with its project, customer and answers, in one query."""
    access.require_money()
    order = ((Decision.date.desc(), Decision.id.desc()) if newest_first
             else (Decision.date.asc(), Decision.id.asc()))
    query = (
        Decision.select(
            Decision.id, Decision.date, Project.id, Project.ref, Project.title, Project.status,
            Customer.ref, Customer.name, Decision.est_profit_cents, Decision.est_margin,
            Decision.recommendation, Decision.decision, Decision.reason, Decision.answers,
            Decision.review_outcome, Decision.reviewed_on, Project.revenue_cents, Project.cost_cents,
            Decision.version,
        )
        .join(Project)
        .join(Customer)
        .order_by(*order)
        .tuples()
    )
    rows = []
    for (did, day, pid, pref, title, status, cref, cname, est_profit, est_margin, rec, decision,
         reason, answers, outcome, reviewed, revenue, cost, version) in query:
        day, reviewed = as_date(day), as_date(reviewed)
        rows.append(JournalRow(
            id=did, date=day, project_id=pid, project_ref=pref, project_title=title,  # type: ignore[arg-type]
            project_status=status, customer_ref=cref, customer_name=cname,
            est_profit_cents=est_profit, est_margin=est_margin, recommendation=Kind(rec),
            decision=decision, reason=reason, answers=_parse_answers(answers),
            review_outcome=outcome, reviewed_on=reviewed,
            actual_profit_cents=revenue - cost if decision == "accept" else None,
            review_due=review_is_due(decision, status, day, reviewed, today),  # type: ignore[arg-type]
            review_due_on=review_due_on(day),  # type: ignore[arg-type]
            version=version,
        ))
    return rows


def _parse_answers(text: str) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        # A hand-edited row should not hide the whole journal; show it as unanswered.
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


@dataclass(frozen=True)
class JournalTotals:
    decisions: int
    accepted: int
    declined: int
    # Accepted jobs whose actual profit (revenue − cost now) is below zero.
    lost_money: int
    # Σ estimated profit of the declined jobs (an estimated loss counts negative).
    profit_given_up_cents: int
    # Σ actual profit of the accepted jobs, and what was estimated for them.
    profit_won_cents: int
    accepted_estimate_cents: int
    reviews_due: int


def journal_totals(rows: list[JournalRow]) -> JournalTotals:
    """Totals over the journal. Every decision is about a low-value job: the wizard is only for them."""
    accepted = [r for r in rows if r.decision == "accept"]
    declined = [r for r in rows if r.decision == "decline"]
    return JournalTotals(
        decisions=len(rows),
        accepted=len(accepted),
        declined=len(declined),
        lost_money=sum(1 for r in accepted if (r.actual_profit_cents or 0) < 0),
        profit_given_up_cents=sum(r.est_profit_cents for r in declined),
        profit_won_cents=sum(r.actual_profit_cents or 0 for r in accepted),
        accepted_estimate_cents=sum(r.est_profit_cents for r in accepted),
        reviews_due=sum(1 for r in rows if r.review_due),
    )
