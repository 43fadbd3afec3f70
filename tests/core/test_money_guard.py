"""A staff login reaches no revenue, cost or profit figure through any public core function.

Every public function of the core's query and service modules is listed below as either
refused to staff (PermissionDenied), or walked as staff with its result searched for money,
or exempt for a stated reason — so a new function cannot slip past unclassified.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee
import pytest

from crm_desktop import (
    access,
    accounts,
    audit,
    bulk_edit,
    churn,
    complaints,
    customer_list,
    customer_service,
    decision_facts,
    decision_journal,
    figures,
    movement,
    project_service,
    reminders,
    report_data,
    report_queries,
    settings,
)
from crm_desktop.bulk_edit import BulkEdit
from crm_desktop.complaints import ComplaintInput, Which
from crm_desktop.customer_list import CustomerFilter, LifeState, SortKey
from crm_desktop.customer_service import CustomerInput
from crm_desktop.errors import ConflictError, PermissionDenied
from crm_desktop.models import (
    Customer,
    Interaction,
    Project,
    StaffMember,
    SurveyResponse,
    database_proxy,
)
from crm_desktop.movement_rules import MovementCell
from crm_desktop.nps import Bucket
from crm_desktop.project_service import ProjectFilter, ProjectInput
from crm_desktop.segments import Segment
from crm_desktop.transfer import export_file, import_file
from crm_desktop.transfer.mapped_import import import_mapped, preview_import

TODAY = dt.date(2024, 6, 30)
LINE = 2_000_000
# Distinctive amounts, so any of them (or a sum of them) showing up anywhere is a leak.
REVENUE, COST = 7_654_321, 1_234_567
INQUIRY_FEE, INQUIRY_COST = 987_653, 456_791
LOST_REVENUE = 3_333_337
LEAKS = {REVENUE, COST, REVENUE - COST, INQUIRY_FEE, INQUIRY_COST, INQUIRY_FEE - INQUIRY_COST,
         LOST_REVENUE}
LEAK_TEXTS = {str(v) for v in LEAKS} | {f"{v / 100:.2f}" for v in LEAKS} | {f"{v // 100:,}" for v in LEAKS}
MONEY_WORDS = ("cents", "revenue", "cost", "profit", "fee")


@dataclasses.dataclass
class Studio:
    ann: int
    bo: int
    lost: int
    done: int
    inquiry: int
    decision: int
    complaint: int


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    """Built as the owner; then accounts are turned on and staff member Tom is logged in."""
    designer = StaffMember.create(name="周敏")
    ann = customer_service.save_customer(CustomerInput(ref="C1", name="Ann", tier="A"))
    bo = customer_service.save_customer(CustomerInput(ref="C2", name="Bo", referred_by="C1"))
    lost = customer_service.save_customer(CustomerInput(ref="C3", name="Cai", referred_by="C1"))
    done = Project.create(ref="P1", customer=ann, title="Whole flat", status="completed",
                          revenue_cents=REVENUE, cost_cents=COST, hours=100, designer=designer,
                          started=dt.date(2023, 1, 5), finished=dt.date(2023, 5, 1)).id
    Project.create(ref="P2", customer=lost, title="Bath", status="completed", revenue_cents=LOST_REVENUE,
                   started=dt.date(2023, 2, 1), finished=dt.date(2023, 3, 1))
    Project.create(ref="P3", customer=bo, title="Study", status="active", revenue_cents=REVENUE,
                   cost_cents=COST, hours=10, started=dt.date(2024, 5, 1), designer=designer)
    inquiry = Project.create(ref="P4", customer=bo, title="Kitchen", status="inquiry",
                             revenue_cents=INQUIRY_FEE, cost_cents=INQUIRY_COST, hours=20).id
    small = Project.create(ref="P5", customer=ann, title="Shelf", status="inquiry",
                           revenue_cents=100_000, cost_cents=95_000).id
    for customer, day, score in [(ann, "2023-06-01", 10), (bo, "2024-01-05", 7), (lost, "2023-04-01", 3)]:
        customer_service.add_response(customer, day, str(score))
    customer_service.add_interaction(ann, "2024-01-01", "call", "new year")
    project_service.add_log_entry(done, "2023-04-01", "update", "tiles laid")
    customer_service.mark_lost(lost, "price", dt.date(2024, 2, 1))
    Customer.update(created=dt.date(2022, 12, 1)).execute()
    answers = {key: "yes" for key in decision_journal.PROMPT_KEYS}
    decision = decision_journal.record_decision(small, "decline", "decline", "", answers, TODAY)
    complaint = complaints.open_complaint(
        ComplaintInput(customer_ref="C1", category="schedule", severity="high", opened="2024-06-01",
                       summary="late tiles"), settings.load_care_settings())
    accounts.add_account("Mei", "owner", "owner-password")
    accounts.add_account("Tom", "staff", "staff-password")
    accounts.enable_accounts("Mei", "owner-password")
    access.logout()
    access.login("Tom", "staff-password")
    return Studio(ann, bo, lost, done, inquiry, decision, complaint)


def _money_in(value: Any, path: str = "result") -> list[str]:
    """Every place in `value` that carries money: a money-named field that is not None, a
    segment (its +/− is a profit class), or one of the studio's distinctive amounts."""
    found: list[str] = []
    if isinstance(value, Segment):
        found.append(f"{path} is a segment")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            inner = getattr(value, field.name)
            if any(word in field.name for word in MONEY_WORDS) and inner not in (None, ""):
                found.append(f"{path}.{field.name} = {inner!r}")
            elif field.name == "segment" and inner is not None:
                found.append(f"{path}.segment = {inner!r}")
            else:
                found += _money_in(inner, f"{path}.{field.name}")
    elif isinstance(value, dict):
        for key, inner in value.items():
            found += _money_in(key, f"{path}[key]") + _money_in(inner, f"{path}[{key!r}]")
    elif isinstance(value, list | tuple | set | frozenset):
        for index, inner in enumerate(value):
            found += _money_in(inner, f"{path}[{index}]")
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int | float) and value in LEAKS:
        found.append(f"{path} = {value}")
    elif isinstance(value, str) and any(text in value for text in LEAK_TEXTS):
        found.append(f"{path} = {value!r}")
    return found


def _cell() -> MovementCell:
    return MovementCell(Segment.PROMOTER_PLUS, Segment.PROMOTER_PLUS, dt.date(2023, 1, 1), TODAY, LINE)


PROJECT_COLUMNS = ("ref", "customer_ref", "title", "status", "revenue", "cost", "hours", "started", "finished")


def _refused(s: Studio, tmp: Path) -> dict[str, Callable[[], object]]:
    """Functions that are about money as a whole: staff get PermissionDenied."""
    answers = {key: "yes" for key in decision_journal.PROMPT_KEYS}
    csv = tmp / "projects.csv"
    csv.write_text("ref,customer_ref,title,status,revenue,cost,hours,started,finished\n"
                   "P9,C1,Hall,inquiry,1,0,0,,\n", encoding="utf-8")
    return {
        "figures.segment_summary": lambda: figures.segment_summary(LINE),
        "figures.referral_values": figures.referral_values,
        "figures.top_referrers": figures.top_referrers,
        "movement.segment_counts_as_of": lambda: movement.segment_counts_as_of(TODAY, LINE),
        "movement.movement_matrix": lambda: movement.movement_matrix(dt.date(2023, 1, 1), TODAY, LINE),
        "movement.cell_customer_ids": lambda: movement.cell_customer_ids(
            Segment.PROMOTER_PLUS, Segment.PROMOTER_PLUS, dt.date(2023, 1, 1), TODAY, LINE),
        "movement.movement_cell_ids": lambda: movement.movement_cell_ids(_cell()),
        "movement.top_moves": lambda: movement.top_moves(dt.date(2023, 1, 1), TODAY, LINE),
        "movement.movement": lambda: movement.movement(dt.date(2023, 1, 1), TODAY, LINE),
        "movement.movement_and_moves": lambda: movement.movement_and_moves(dt.date(2023, 1, 1), TODAY, LINE),
        "report_data.build_report": lambda: report_data.build_report(
            dt.date(2024, 1, 1), TODAY, settings.load_settings(), TODAY),
        "report_queries.segment_customers": lambda: report_queries.segment_customers(
            Segment.PROMOTER_PLUS, LINE, TODAY),
        "report_queries.grid_customers": lambda: report_queries.grid_customers(LINE, TODAY),
        "report_queries.top_referrers": lambda: report_queries.top_referrers(10),
        "report_queries.decision_summary": lambda: report_queries.decision_summary(
            dt.date(2024, 1, 1), TODAY),
        "decision_facts.inquiry_facts": lambda: decision_facts.inquiry_facts(
            s.inquiry, settings.load_settings(), TODAY),
        "decision_facts.party": lambda: decision_facts.party(s.ann, LINE),
        "decision_facts.referral_value_of": lambda: decision_facts.referral_value_of(s.ann),
        "decision_facts.studio_profit_per_hour": lambda: decision_facts.studio_profit_per_hour(TODAY),
        "decision_journal.journal_rows": lambda: decision_journal.journal_rows(TODAY),
        "decision_journal.record_decision": lambda: decision_journal.record_decision(
            s.inquiry, "accept", "accept", "", answers, TODAY),
        "decision_journal.review_decision": lambda: decision_journal.review_decision(
            s.decision, "fine", TODAY),
        "decision_journal.review_input": lambda: decision_journal.review_input(s.decision),
        "project_service.accept_inquiry": lambda: project_service.accept_inquiry(
            s.inquiry, settings.load_settings(), TODAY),
        "customer_list.customer_rows(sort=profit)": lambda: customer_list.customer_rows(
            CustomerFilter(), LINE, SortKey.PROFIT),
        "customer_list.customer_page(sort=profit)": lambda: customer_list.customer_page(
            CustomerFilter(), LINE, SortKey.PROFIT),
        "customer_list.customer_rows(sort=segment)": lambda: customer_list.customer_rows(
            CustomerFilter(), LINE, SortKey.SEGMENT, descending=True),
        "customer_list.customer_rows(segment filter)": lambda: customer_list.customer_rows(
            CustomerFilter(segment=Segment.PROMOTER_MINUS), LINE),
        "customer_list.customer_rows(movement filter)": lambda: customer_list.customer_rows(
            CustomerFilter(movement=_cell()), LINE),
        "customer_list.count_customers(segment filter)": lambda: customer_list.count_customers(
            CustomerFilter(segment=Segment.PROMOTER_PLUS), LINE),
        "export projects": lambda: export_file("projects", tmp / "out.csv"),
        "import projects": lambda: import_file("projects", csv),
        "preview a mapped projects import": lambda: preview_import("projects", csv, PROJECT_COLUMNS),
        "import projects through a mapping": lambda: import_mapped("projects", csv, PROJECT_COLUMNS),
        "settings.save_settings": lambda: settings.save_settings(settings.load_settings()),
        "settings.save_care_settings": lambda: settings.save_care_settings(settings.load_care_settings()),
        "audit.audit_rows": lambda: audit.audit_rows(10),
        "audit.audit_count": audit.audit_count,
        "accounts.account_rows": accounts.account_rows,
    }


def _walked(s: Studio) -> dict[str, Callable[[], object]]:
    """Functions staff use every day: their results must carry no money."""
    st = settings.load_settings()
    care = settings.load_care_settings()
    walk: dict[str, Callable[[], object]] = {
        "customer_list.count_customers": lambda: customer_list.count_customers(CustomerFilter(), LINE),
        "customer_list.customer_lifecycle": lambda: customer_list.customer_lifecycle(s.ann, TODAY),
        "customer_service.customer_detail": lambda: [
            customer_service.customer_detail(c, LINE) for c in (s.ann, s.bo, s.lost)],
        "customer_service.customer_input": lambda: customer_service.customer_input(s.ann),
        "customer_service.customer_choices": lambda: customer_service.customer_choices("C"),
        "project_service.project_rows": lambda: project_service.project_rows(ProjectFilter(), st, TODAY),
        "project_service.count_projects": lambda: project_service.count_projects(ProjectFilter()),
        "project_service.project_input": lambda: [
            project_service.project_input(p) for (p,) in Project.select(Project.id).tuples()],
        "project_service.project_log": lambda: project_service.project_log(s.done),
        "project_service.staff_rows": project_service.staff_rows,
        "project_service.suggest_project_ref": project_service.suggest_project_ref,
        "churn.lost_reasons": churn.lost_reasons,
        "reminders.reminders_between": lambda: reminders.reminders_between(
            dt.date(2023, 1, 1), dt.date(2025, 12, 31), care, LINE),
        "reminders.reminders_due": lambda: reminders.reminders_due(
            dt.date(2023, 1, 1), dt.date(2025, 12, 31), care, LINE),
        "reminders.today_reminders": lambda: reminders.today_reminders(TODAY, care, LINE),
        "reminders.festival_greetings": lambda: reminders.festival_greetings(care, LINE),
        "reminders.last_contacts": lambda: reminders.last_contacts([s.ann, s.bo]),
        "complaints.complaint_rows": lambda: complaints.complaint_rows(TODAY, Which.ALL),
        "complaints.complaint_counts": lambda: complaints.complaint_counts(TODAY),
        "complaints.customers_with_overdue_complaints": lambda: complaints.customers_with_overdue_complaints(TODAY),
        "complaints.customer_choices": lambda: complaints.customer_choices("C"),
        "complaints.customer_by_ref": lambda: complaints.customer_by_ref("C1"),
        "complaints.customer_projects": lambda: complaints.customer_projects(s.ann),
        "complaints.resolution_input": lambda: complaints.resolution_input(s.complaint),
        "report_queries.open_complaints": lambda: report_queries.open_complaints(TODAY),
        "report_queries.project_kinds": report_queries.project_kinds,
        "report_queries.nps_by_day": lambda: report_queries.nps_by_day(dt.date(2023, 1, 1), TODAY),
        "figures.nps_trend": lambda: figures.nps_trend(Bucket.MONTH),
        "figures.nps_over": figures.nps_over,
        "figures.response_range": figures.response_range,
        "decision_facts.studio_load": decision_facts.studio_load,
        "decision_facts.base_rate": lambda: decision_facts.base_rate(TODAY),
        "project_service.project_conflict": lambda: project_service.project_conflict(s.done).args,
        # Staff may edit many customers' tier, designer and lost state, as they may edit one.
        "bulk_edit.bulk_edit_customers": lambda: bulk_edit.bulk_edit_customers(
            [s.ann, s.bo, s.lost], BulkEdit(tier="B", designer_id=None), TODAY),
        "bulk_edit.undo_bulk_edit": lambda: bulk_edit.undo_bulk_edit(bulk_edit.bulk_edit_customers(
            [s.ann, s.bo], BulkEdit(tier="A", lost_reason="moved"), TODAY)),
    }
    for state in LifeState:
        for sort in SortKey:
            if sort not in customer_list.MONEY_SORTS:
                walk[f"customer_rows({state.value}, {sort.value})"] = (
                    lambda state=state, sort=sort: customer_list.customer_rows(
                        CustomerFilter(state=state, as_of=TODAY), LINE, sort))
    walk["customer_rows(referred_by)"] = lambda: customer_list.customer_rows(
        CustomerFilter(), LINE, referred_by=s.ann)
    walk["customer_list.customer_page"] = lambda: customer_list.customer_page(CustomerFilter(search="a"), LINE)
    walk["customer_list.rows_of_page"] = lambda: customer_list.rows_of_page(
        database_proxy.execute_sql(*customer_list.page_query(CustomerFilter(), LINE).sql()).fetchall(), LINE)
    return walk


# Public functions that need no walking, by module, with the reason.
EXEMPT: dict[str, set[str]] = {
    # SQL expression builders: they return no rows, only pieces of queries the guarded
    # functions above use.
    "customer_list": {"last_contacted_expr", "lifecycle_condition", "segment_condition", "page_query"},
    "figures": {"response_filter"},
    "movement": {"cell_customer_query", "in_segment", "movement_cell_query", "score_as_of_expr"},
    "report_queries": {"next_action"},
    # Writers: they return an id or nothing (their money handling is tested separately).
    "customer_service": {"save_customer", "add_response", "add_interaction", "mark_lost",
                         "validate_customer", "next_customer_ref"},
    "project_service": {"save_project", "add_log_entry", "validate_project", "needs_client_update"},
    "complaints": {"open_complaint", "resolve_complaint", "reopen_complaint", "validate_complaint",
                   "due_date", "is_overdue", "days_overdue"},
    "reminders": {"mark_done", "snooze", "reopen"},
    "decision_journal": {"answer_problems", "review_due_on", "review_is_due",
                         # Pure arithmetic on rows only `journal_rows` (refused) gives.
                         "journal_totals"},
    # Pure on the values it is given: it reads nothing from the database.
    "churn": {"churn_figure"},
    "report_data": {"default_period", "format_change", "previous_period", "resolve_period", "trend_start"},
    # Settings: thresholds, not figures; saving is refused above, loading is what every
    # calculation needs.
    "settings": {"load_settings", "load_care_settings", "validate_settings", "validate_care_settings",
                 "settings_with_version", "care_settings_with_version"},
    "audit": {"record", "changes"},
    "accounts": {"add_account", "set_role", "set_active", "set_password", "change_own_password",
                 "enable_accounts", "disable_accounts"},
}
MODULES = ("customer_list", "customer_service", "project_service", "complaints", "reminders", "figures",
           "movement", "churn", "report_data", "report_queries", "decision_facts", "decision_journal",
           "settings", "audit", "accounts", "bulk_edit")


def test_every_public_function_is_classified(studio: Studio, tmp_path: Path) -> None:
    refused, walked = _refused(studio, tmp_path), _walked(studio)
    named = {key.split("(")[0] for key in (*refused, *walked)}
    missing = []
    for module_name in MODULES:
        module = importlib.import_module(f"crm_desktop.{module_name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            if f"{module_name}.{name}" not in named and name not in EXEMPT.get(module_name, set()):
                missing.append(f"{module_name}.{name}")
    assert not missing, f"classify these for the staff money guard: {missing}"


def test_staff_are_refused_every_money_function(studio: Studio, tmp_path: Path) -> None:
    before = (Project.select().count(), Project.get_by_id(studio.inquiry).status)
    for name, call in _refused(studio, tmp_path).items():
        with pytest.raises(PermissionDenied, match="Only the studio owner"):
            call()
            pytest.fail(f"{name} let a staff login through")
    assert (Project.select().count(), Project.get_by_id(studio.inquiry).status) == before
    assert not (tmp_path / "out.csv").exists()


def test_staff_see_no_money_in_anything_they_may_open(studio: Studio) -> None:
    leaks = {}
    for name, call in _walked(studio).items():
        found = _money_in(call())
        if found:
            leaks[name] = found
    assert not leaks


def test_the_walk_would_catch_money_for_an_owner(studio: Studio) -> None:
    # The same walk as the owner finds money: the check above is not vacuous.
    access.logout()
    access.login("Mei", "owner-password")
    walked = _walked(studio)
    for name in ("customer_service.customer_detail", "project_service.project_rows",
                 "churn.lost_reasons", "customer_rows(all, name)", "project_service.project_input"):
        assert _money_in(walked[name]()), name


def test_staff_see_the_customer_list_without_profit_or_segment(studio: Studio) -> None:
    rows = customer_list.customer_rows(CustomerFilter(), LINE)
    assert [(r.ref, r.latest_score, r.profit_cents, r.segment) for r in rows] == [
        ("C1", 10, None, None), ("C2", 7, None, None), ("C3", 3, None, None)]
    detail = customer_service.customer_detail(studio.ann, LINE)
    assert detail.profit_cents is None and detail.referral_value.profit_cents is None
    assert detail.referral_value.count == 2
    assert sorted((p.ref, p.revenue_cents, p.cost_cents) for p in detail.projects) == [
        ("P1", None, None), ("P5", None, None)]


def test_staff_reminders_name_the_nps_class_not_the_segment(studio: Studio) -> None:
    care = settings.load_care_settings()
    texts = [r.detail for r in reminders.reminders_between(dt.date(2023, 1, 1), dt.date(2025, 12, 31), care, LINE)
             if r.kind.value == "check-in"]
    assert texts and not any("+" in t or "promoter-" in t or "passive-" in t for t in texts)
    assert any("(promoter," in t for t in texts)


def test_staff_saving_a_project_keeps_its_money(studio: Studio) -> None:
    form, version = project_service.project_input(studio.done)
    assert (form.revenue, form.cost, form.hours) == ("", "", "100")
    form.title = "Whole flat, phase 2"
    form.revenue, form.cost = "1", "99999"  # a tampered form changes nothing either
    form.hours = "120"
    project_service.save_project(form, studio.done, version)
    saved = Project.get_by_id(studio.done)
    assert (saved.title, saved.revenue_cents, saved.cost_cents, saved.hours) == (
        "Whole flat, phase 2", REVENUE, COST, 120)
    new_id = project_service.save_project(ProjectInput(ref="P8", customer_ref="C2", title="Hall",
                                                       revenue="50000", cost="1", hours="4"))
    new = Project.get_by_id(new_id)
    assert (new.status, new.revenue_cents, new.cost_cents, new.hours) == ("inquiry", 0, 0, 4)


def test_staff_still_do_their_daily_work(studio: Studio, tmp_path: Path) -> None:
    customer_service.add_interaction(studio.bo, "2024-06-29", "visit", "measured the kitchen")
    customer_service.add_response(studio.bo, "2024-06-29", "9")
    project_service.add_log_entry(studio.done, "2024-06-29", "note", "warranty check")
    customer_service.save_customer(CustomerInput(ref="C2", name="Bo Zhang", referred_by="C1"), studio.bo)
    assert Interaction.select().where(Interaction.customer == studio.bo).count() == 1
    assert SurveyResponse.select().where(SurveyResponse.customer == studio.bo).count() == 2
    assert Customer.get_by_id(studio.bo).name == "Bo Zhang"
    assert project_service.count_projects(ProjectFilter()) == 5
    assert export_file("customers", tmp_path / "customers.csv") == 3


def test_a_conflict_shown_to_staff_carries_no_money(studio: Studio) -> None:
    form, version = project_service.project_input(studio.done)
    Project.update(version=Project.version + 1).where(Project.id == studio.done).execute()
    with pytest.raises(ConflictError) as caught:
        project_service.save_project(form, studio.done, version)
    assert not _money_in(list(vars(caught.value).values()))
