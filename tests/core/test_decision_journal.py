"""The wizard's facts from the database, recording decisions all-or-nothing, and the journal."""
from __future__ import annotations

import datetime as dt
import json

import peewee
import pytest

from crm_desktop.decision_facts import (
    base_rate,
    inquiry_facts,
    studio_load,
    studio_profit_per_hour,
)
from crm_desktop.decision_journal import (
    journal_rows,
    journal_totals,
    record_decision,
    review_decision,
    review_due_on,
    review_is_due,
)
from crm_desktop.decision_rules import Kind, Recommendation, recommend
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.errors import GuardError, NotFoundError, ValidationError
from crm_desktop.models import Customer, Decision, Project, StaffMember, SurveyResponse
from crm_desktop.segments import Segment
from crm_desktop.settings import StudioSettings

TODAY = dt.date(2024, 6, 30)
SETTINGS = StudioSettings(studio_name="Atelier Lin")
ANSWERS = {key: f"answer to {key}" for key in PROMPT_KEYS}


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    """A profitable promoter (Wang) who referred Chen, an unprofitable promoter who asks for a
small job (P-SMALL) that misses both lines."""
    lin = StaffMember.create(name="林设计")
    zhou = StaffMember.create(name="周设计")
    StaffMember.create(name="Left", active=False)
    wang = Customer.create(ref="WANG", name="王芳")
    chen = Customer.create(ref="CHEN", name="陈静", referred_by=wang)
    SurveyResponse.create(customer=wang, date=dt.date(2024, 1, 5), score=10)
    SurveyResponse.create(customer=chen, date=dt.date(2024, 2, 5), score=9)
    # Wang: first job 2022-03-01, back on 2023-03-01 (exactly 12 months) → returned.
    Project.create(ref="W1", customer=wang, title="全屋", status="completed", started=dt.date(2022, 3, 1),
                   revenue_cents=6_000_000, cost_cents=3_000_000, hours=300, designer=lin)
    Project.create(ref="W3", customer=wang, title="阳台", status="completed", started=dt.date(2023, 3, 1),
                   revenue_cents=500_000, cost_cents=300_000, hours=40, designer=lin)
    Project.create(ref="W2", customer=wang, title="书房", status="active", started=dt.date(2024, 1, 10),
                   revenue_cents=1_000_000, cost_cents=600_000, hours=100, designer=lin)
    # Chen: one job 2023-01-15, nothing after → did not return.
    Project.create(ref="C1", customer=chen, title="厨房", status="completed", started=dt.date(2023, 1, 15),
                   revenue_cents=900_000, cost_cents=600_000, hours=60, designer=zhou)
    # A new customer's first job is younger than 12 months: not in the base rate yet.
    new = Customer.create(ref="NEW", name="Tom")
    Project.create(ref="N1", customer=new, title="Bath", status="active", started=dt.date(2024, 3, 1),
                   revenue_cents=500_000, cost_cents=200_000, hours=50)
    Project.create(ref="X1", customer=new, title="Old idea", status="declined", started=dt.date(2022, 1, 1))
    small = Project.create(ref="P-SMALL", customer=chen, title="前厅", status="inquiry",
                           revenue_cents=800_000, cost_cents=750_000, hours=50, designer=zhou)
    return {"wang": wang.id, "chen": chen.id, "small": small.id, "lin": lin.id, "zhou": zhou.id}


def test_facts_lay_out_customer_referrer_estimate_and_load(studio: dict[str, int]) -> None:
    facts = inquiry_facts(studio["small"], SETTINGS, TODAY)
    assert (facts.project_ref, facts.status, facts.studio_name) == ("P-SMALL", "inquiry", "Atelier Lin")
    assert facts.customer.name == "陈静" and facts.customer.segment is Segment.PROMOTER_MINUS
    assert (facts.customer.accepted_projects, facts.customer.profit_cents) == (1, 300_000)
    assert facts.referrer is not None and facts.referrer.segment is Segment.PROMOTER_PLUS
    assert facts.referrer.referrals.count == 1 and facts.referrer.referrals.profit_cents == 300_000
    est = facts.estimate
    assert (est.profit_cents, est.below_profit_line, est.below_margin_line) == (50_000, True, True)
    assert [(d.name, d.active_projects) for d in facts.load] == [("林设计", 1), ("周设计", 0), ("", 1)]
    assert facts.designer_id == studio["zhou"]


def test_studio_profit_per_hour_uses_accepted_jobs_of_the_last_12_months(studio: dict[str, int]) -> None:
    # W2 (400 000 / 100 h) and N1 (300 000 / 50 h) started within 12 months; C1 and W1 did not.
    assert studio_profit_per_hour(TODAY) == (round(700_000 / 150), 2)
    assert studio_profit_per_hour(dt.date(2020, 1, 1)) == (None, 0)
    facts = inquiry_facts(studio["small"], SETTINGS, TODAY)
    assert facts.economics.job_per_hour_cents == 1_000
    assert facts.economics.hours_value_cents == 50 * round(700_000 / 150)


def test_base_rate_counts_only_customers_with_a_full_year_observed(studio: dict[str, int]) -> None:
    rate = base_rate(TODAY)
    assert (rate.customers, rate.returned) == (2, 1)
    # On 2023-03-01 only Wang's first job is a full year old; he came back that very day.
    assert base_rate(dt.date(2023, 3, 1)) == type(rate)(1, 1)
    assert base_rate(dt.date(2023, 2, 28)).customers == 0


def test_studio_load_lists_idle_designers_and_unassigned_work(studio: dict[str, int]) -> None:
    Project.update(designer=StaffMember.get(StaffMember.name == "Left")).where(Project.ref == "W2").execute()
    assert [(d.staff_id is None, d.active_projects) for d in studio_load()] == [
        (False, 0), (False, 0), (True, 2)]


def test_unknown_project_is_not_found(studio: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        inquiry_facts(9999, SETTINGS, TODAY)


def test_accept_decision_records_and_activates_through_the_guard(studio: dict[str, int]) -> None:
    rec = recommend(inquiry_facts(studio["small"], SETTINGS, TODAY))
    assert rec.kind is Kind.ACCEPT_WITH_CONDITIONS  # referred by a profitable promoter
    did = record_decision(studio["small"], rec, "accept", "", ANSWERS, TODAY, SETTINGS)
    project = Project.get_by_id(studio["small"])
    assert (project.status, project.started) == ("active", TODAY)
    row = Decision.get_by_id(did)
    assert (row.decision, row.recommendation, row.est_profit_cents) == ("accept", "accept_with_conditions", 50_000)
    assert row.est_margin == pytest.approx(0.0625)
    assert json.loads(row.answers) == ANSWERS


def test_decline_decision_marks_the_inquiry_declined(studio: dict[str, int]) -> None:
    record_decision(studio["small"], Kind.ACCEPT_WITH_CONDITIONS, "decline", "Too busy in June",
                    ANSWERS, TODAY, SETTINGS)
    assert Project.get_by_id(studio["small"]).status == "declined"
    assert Decision.get().reason == "Too busy in June"


@pytest.mark.parametrize(
    ("recommendation", "decision", "reason", "answers", "field"),
    [
        ("decline", "accept", "   ", ANSWERS, "reason"),
        ("accept", "decline", "", ANSWERS, "reason"),
        ("decline", "decline", "", {**ANSWERS, "peer_advice": "  "}, "peer_advice"),
        ("decline", "decline", "", {k: v for k, v in ANSWERS.items() if k != "third_way"}, "third_way"),
        ("decline", "decline", "", {**ANSWERS, "mood": "fine"}, "mood"),
        ("decline", "maybe", "", ANSWERS, "decision"),
    ],
)
def test_refused_decisions_write_nothing(studio: dict[str, int], recommendation: str, decision: str,
                                         reason: str, answers: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        record_decision(studio["small"], recommendation, decision, reason, answers, TODAY, SETTINGS)
    assert any(p.startswith(field + ":") for p in caught.value.problems)
    assert Decision.select().count() == 0
    assert Project.get_by_id(studio["small"]).status == "inquiry"


def test_a_failing_accept_rolls_the_decision_back(studio: dict[str, int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop import project_service

    def broken(*args: object, **kwargs: object) -> None:
        raise GuardError("refused")

    monkeypatch.setattr(project_service, "accept_inquiry", broken)
    with pytest.raises(GuardError):
        record_decision(studio["small"], "decline", "accept", "a friend asked", ANSWERS, TODAY, SETTINGS)
    assert Decision.select().count() == 0
    assert Project.get_by_id(studio["small"]).status == "inquiry"


def test_only_an_inquiry_can_be_decided(studio: dict[str, int]) -> None:
    with pytest.raises(GuardError, match="W1 is no longer one"):
        record_decision(Project.get(Project.ref == "W1").id, "decline", "decline", "", ANSWERS, TODAY, SETTINGS)
    with pytest.raises(NotFoundError):
        record_decision(9999, "decline", "decline", "", ANSWERS, TODAY, SETTINGS)
    assert Decision.select().count() == 0


@pytest.mark.parametrize(
    ("decision", "status", "decided", "reviewed", "due"),
    [
        ("accept", "completed", TODAY, None, True),
        ("accept", "active", TODAY - dt.timedelta(days=1), None, False),
        ("accept", "active", dt.date(2023, 12, 30), None, True),      # exactly six months
        ("accept", "active", dt.date(2024, 1, 1), None, False),
        ("decline", "declined", dt.date(2023, 12, 30), None, True),
        ("decline", "declined", dt.date(2024, 1, 1), None, False),
        ("accept", "completed", dt.date(2020, 1, 1), TODAY, False),   # already reviewed
    ],
)
def test_review_due(decision: str, status: str, decided: dt.date, reviewed: dt.date | None, due: bool) -> None:
    assert review_is_due(decision, status, decided, reviewed, TODAY) is due


def test_review_due_on_is_six_calendar_months_later() -> None:
    assert review_due_on(dt.date(2023, 8, 31)) == dt.date(2024, 2, 29)


def _second_inquiry(ref: str, fee: int, cost: int) -> int:
    return Project.create(ref=ref, customer=Customer.get(Customer.ref == "NEW"), title="Shelf",
                          status="inquiry", revenue_cents=fee, cost_cents=cost, hours=10).id


def test_journal_rows_reviews_and_totals(studio: dict[str, int]) -> None:
    small = studio["small"]
    record_decision(small, "accept_with_conditions", "accept", "", ANSWERS, dt.date(2024, 1, 2), SETTINGS)
    other = _second_inquiry("P-OTHER", 400_000, 380_000)
    record_decision(other, Recommendation(Kind.DECLINE, []), "decline", "", ANSWERS, dt.date(2024, 5, 1), SETTINGS)
    # The accepted job ran over: its cost is now above its fee.
    Project.update(status="completed", cost_cents=820_000, finished=dt.date(2024, 4, 1)).where(
        Project.id == small).execute()

    rows = journal_rows(TODAY)
    assert [r.project_ref for r in rows] == ["P-OTHER", "P-SMALL"]
    declined, accepted = rows
    assert (accepted.customer_ref, accepted.actual_profit_cents, accepted.review_due) == ("CHEN", -20_000, True)
    assert (declined.actual_profit_cents, declined.review_due, declined.review_due_on) == (
        None, False, dt.date(2024, 11, 1))
    assert declined.answers == ANSWERS
    assert [r.project_ref for r in journal_rows(TODAY, newest_first=False)] == ["P-SMALL", "P-OTHER"]

    totals = journal_totals(rows)
    assert (totals.decisions, totals.accepted, totals.declined, totals.lost_money) == (2, 1, 1, 1)
    assert (totals.profit_given_up_cents, totals.profit_won_cents, totals.accepted_estimate_cents) == (
        20_000, -20_000, 50_000)
    assert totals.reviews_due == 1

    review_decision(accepted.id, "Not worth it: two weekends of overtime.", TODAY)
    again = {r.id: r for r in journal_rows(TODAY)}[accepted.id]
    assert (again.review_outcome, again.reviewed_on, again.review_due) == (
        "Not worth it: two weekends of overtime.", TODAY, False)
    assert journal_totals(journal_rows(TODAY)).reviews_due == 0


def test_review_needs_words_and_an_existing_decision(studio: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        review_decision(1, "  ", TODAY)
    with pytest.raises(NotFoundError):
        review_decision(4242, "fine", TODAY)


def test_a_damaged_answers_cell_does_not_hide_the_journal(studio: dict[str, int]) -> None:
    record_decision(studio["small"], "decline", "decline", "", ANSWERS, TODAY, SETTINGS)
    Decision.update(answers="{not json").execute()
    assert journal_rows(TODAY)[0].answers == {}


def test_empty_journal_totals_are_zero(db: peewee.Database) -> None:
    totals = journal_totals(journal_rows(TODAY))
    assert totals.decisions == totals.lost_money == totals.profit_won_cents == 0
