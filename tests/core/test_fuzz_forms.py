"""Every form validator and search box under hypothesis: any text gives a value or a per-field sentence.

A parser returns a valid value or raises ValueError with a short clean phrase; a service
returns or raises ValidationError whose every field problem is such a phrase — never another
exception — and writes nothing when it refuses. Each example runs in a transaction that is
rolled back, so the examples do not depend on each other.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Iterator

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop import fields
from crm_desktop.complaints import (
    ComplaintInput,
    customer_by_ref,
    open_complaint,
    resolve_complaint,
)
from crm_desktop.complaints import customer_choices as complaint_customers
from crm_desktop.customer_list import CustomerFilter, count_customers, customer_rows
from crm_desktop.customer_service import (
    CustomerInput,
    add_interaction,
    add_response,
    customer_choices,
    save_customer,
    validate_customer,
)
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.models import (
    FEEDBACK_CATEGORIES,
    FEEDBACK_SEVERITIES,
    INTERACTION_KINDS,
    LOG_KINDS,
    PROJECT_STATUSES,
    TIERS,
    Customer,
    Feedback,
    Interaction,
    Project,
    ProjectLogEntry,
    Setting,
    SurveyResponse,
)
from crm_desktop.money import parse_amount
from crm_desktop.project_service import (
    ProjectFilter,
    ProjectInput,
    add_log_entry,
    count_projects,
    save_project,
    validate_project,
)
from crm_desktop.settings import (
    CareSettings,
    StudioSettings,
    load_care_settings,
    load_settings,
    save_settings,
    validate_care_settings,
    validate_settings,
)
from tests.fuzz_tools import assert_phrase, assert_user_error, snapshot

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FUZZ_DB = settings(FUZZ, max_examples=50)

# Any text a person could type or paste, NUL and line breaks included. Backslashes are left
# out only so the check for Python reprs ("\x00") cannot mistake the user's text for one.
chars = st.characters(blacklist_characters="\\", blacklist_categories=("Cs",))
any_text = st.text(chars, max_size=30)
long_text = st.text(chars, min_size=250, max_size=300)


def text_or(*good: str) -> st.SearchStrategy[str]:
    """Arbitrary text, or one of the values that parse (so that saves succeed too)."""
    padded = st.sampled_from(good).flatmap(lambda g: st.sampled_from([g, f" {g} ", g.lower(), g.upper()]))
    return st.one_of(padded, any_text, long_text, st.just(""))


dates = st.one_of(st.dates().map(dt.date.isoformat),
                  st.sampled_from(["2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01",
                                   "２０２４-０１-０１", "٢٠٢٤-٠١-٠١", "2024-1-1", "20240101"]))
date_text = st.one_of(dates, any_text)
amounts = st.sampled_from(["0", "12000", "12 000.50", "1e3", "-5", "1e20", "1e30", "1E999999",
                           "NaN", "sNaN", "-Infinity", "0x10", "1_000", "9" * 40, "1e-999999", "١٢"])
amount_text = st.one_of(amounts, any_text, st.integers(-10**20, 10**20).map(str))
score_text = st.one_of(st.integers(-20, 20).map(str),
                       st.sampled_from(["+7", "07", "-0", "10.0", "1e1", "١٠", "１０", "9" * 5000]),
                       any_text)


@contextlib.contextmanager
def rolled_back(db: peewee.Database) -> Iterator[None]:
    with db.atomic() as transaction:
        yield
        transaction.rollback()


def refused(action: Callable[[], object]) -> UserError | None:
    """Run a write; if it is refused, check the error and that not a single row changed."""
    before = snapshot()
    try:
        action()
    except UserError as exc:
        assert_user_error(exc)
        assert snapshot() == before, "a refused save wrote something"
        return exc
    return None


# --- the field parsers (no database) --------------------------------------------------------

PARSERS: dict[str, Callable[[str], object]] = {
    "required_text": fields.required_text(fields.REF_MAX), "optional_text": fields.optional_text(),
    "free_text": fields.free_text, "optional_date": fields.optional_date,
    "required_date": fields.required_date, "optional_ref": fields.optional_ref, "tier": fields.tier,
    "status": fields.status, "amount": fields.amount, "hours": fields.hours, "score": fields.score,
    "email": fields.email, "phone": fields.phone,
}


def valid(name: str, value: object) -> bool:
    """What each parser promises about the values it returns."""
    checks: dict[str, Callable[[object], bool]] = {
        "required_text": lambda v: isinstance(v, str) and 0 < len(v) <= fields.REF_MAX and v == v.strip(),
        "optional_text": lambda v: isinstance(v, str) and len(v) <= fields.TEXT_MAX,
        "free_text": lambda v: isinstance(v, str),
        "optional_date": lambda v: v is None or isinstance(v, dt.date),
        "required_date": lambda v: isinstance(v, dt.date),
        "optional_ref": lambda v: v is None or (isinstance(v, str) and 0 < len(v) <= fields.REF_MAX),
        "tier": lambda v: v in TIERS,
        "status": lambda v: v in PROJECT_STATUSES,
        "amount": lambda v: type(v) is int and 0 <= v <= fields.MAX_CENTS,
        "hours": lambda v: isinstance(v, float) and math.isfinite(v) and 0 <= v <= fields.MAX_HOURS,
        "score": lambda v: type(v) is int and 0 <= v <= 10,
        "email": lambda v: isinstance(v, str) and (v == "" or v.count("@") == 1),
        "phone": lambda v: isinstance(v, str),
    }
    return checks[name](value) and (not isinstance(value, str) or "\x00" not in value)


@settings(FUZZ, max_examples=400)
@given(name=st.sampled_from(sorted(PARSERS)),
       text=st.one_of(any_text, long_text, date_text, amount_text, score_text,
                      st.sampled_from(["A", "b", " c ", "ａ", "active", "INQUIRY", "x@y", "@x",
                                       "138 0000 0000", "+86 (10) 1234-5678", "\x00", "a\x00b"])))
def test_every_field_parser_gives_a_value_or_a_clean_phrase(name: str, text: str) -> None:
    try:
        value = PARSERS[name](text)
    except ValueError as exc:
        assert_phrase(str(exc))
    else:
        assert valid(name, value), (name, text, value)


@FUZZ
@given(text=amount_text)
def test_parse_amount_gives_cents_or_a_clean_phrase(text: str) -> None:
    try:
        cents = parse_amount(text)
    except ValueError as exc:
        assert_phrase(str(exc))
    else:
        assert type(cents) is int and abs(cents) < 10**21


# --- the services (a database, both backends) -----------------------------------------------


@dataclasses.dataclass
class Seed:
    customers: list[int]
    project: int
    complaint: int


@pytest.fixture
def seed(db: peewee.Database) -> Seed:
    first = save_customer(CustomerInput(ref="R1", name="Ann"))
    second = save_customer(CustomerInput(ref="R2", name="Bo", referred_by="R1"))
    project = save_project(ProjectInput(ref="P1", customer_ref="R1", title="Kitchen", revenue="9000"))
    complaint = open_complaint(ComplaintInput(customer_ref="R1", category="design", severity="low",
                                              opened="2024-01-10", summary="Door sticks"), CareSettings())
    return Seed([first, second], project, complaint)


customer_forms = st.builds(
    CustomerInput,
    ref=text_or("R1", "R2", "N1", "新客户"), name=text_or("王芳", "Tom"),
    phone=text_or("138 0000 0000", "+86 (10) 1234-5678", "12"), email=text_or("a@b.cn", "a@@b", "@b"),
    birthday=st.one_of(date_text, st.just("")), birthday_lunar=st.booleans(),
    referred_by=text_or("R1", "R2", "N1", ""), tier=text_or(*TIERS, "D", ""), notes=any_text,
)


@FUZZ_DB
@given(form=customer_forms, which=st.sampled_from([None, 0, 1]))
def test_customer_form_saves_or_names_each_bad_field(db: peewee.Database, seed: Seed,
                                                     form: CustomerInput, which: int | None) -> None:
    customer_id = None if which is None else seed.customers[which]
    with rolled_back(db):
        problems = validate_customer(form, customer_id)
        for text in problems.values():
            assert_phrase(text)
        error = refused(lambda: save_customer(form, customer_id))
        if problems:
            assert isinstance(error, ValidationError) and error.fields == problems
            return
        assert error is None, error
        ref = form.ref.strip()
        stored = Customer.get(Customer.ref == ref)
        assert (stored.name, stored.tier) == (form.name.strip(), form.tier.strip().upper() or "C")
        assert customer_id is None or stored.id == customer_id


project_forms = st.builds(
    ProjectInput,
    ref=text_or("P1", "P2", "新"), customer_ref=text_or("R1", "R2", "R9"), title=text_or("Bath"),
    kind=st.one_of(any_text, long_text), status=text_or(*PROJECT_STATUSES, "done"),
    revenue=amount_text, cost=amount_text, hours=st.one_of(amount_text, st.sampled_from(["12.5", "1e-50"])),
    started=st.one_of(date_text, st.just("")), finished=st.one_of(date_text, st.just("")),
)


@FUZZ_DB
@given(form=project_forms, update=st.booleans())
def test_project_form_saves_or_names_each_bad_field(db: peewee.Database, seed: Seed,
                                                    form: ProjectInput, update: bool) -> None:
    project_id = seed.project if update else None
    with rolled_back(db):
        problems = validate_project(form, project_id)
        for text in problems.values():
            assert_phrase(text)
        error = refused(lambda: save_project(form, project_id))
        if error is None:
            assert not problems
            stored = Project.get(Project.ref == form.ref.strip())
            assert stored.title == form.title.strip() and stored.revenue_cents == fields.amount(form.revenue)
        else:
            assert isinstance(error, ValidationError) and set(problems) <= set(error.fields)


@FUZZ_DB
@given(which=st.sampled_from(["response", "interaction", "log"]), day=date_text,
       value=st.one_of(score_text, st.sampled_from([*INTERACTION_KINDS, *LOG_KINDS])),
       text=st.one_of(any_text, long_text))
def test_answers_contacts_and_log_entries_save_or_name_each_bad_field(
        db: peewee.Database, seed: Seed, which: str, day: str, value: str, text: str) -> None:
    model, write = {
        "response": (SurveyResponse, lambda: add_response(seed.customers[0], day, value, text)),
        "interaction": (Interaction, lambda: add_interaction(seed.customers[0], day, value, text)),
        "log": (ProjectLogEntry, lambda: add_log_entry(seed.project, day, value, text)),
    }[which]
    with rolled_back(db):
        count = model.select().count()
        if refused(write) is None:
            assert model.select().count() == count + 1


complaint_forms = st.builds(
    ComplaintInput,
    customer_ref=text_or("R1", "R9"), category=text_or(*FEEDBACK_CATEGORIES),
    severity=text_or(*FEEDBACK_SEVERITIES), opened=date_text, summary=st.one_of(any_text, long_text),
)


@FUZZ_DB
@given(form=complaint_forms, resolution=any_text, satisfaction=score_text, resolved_on=date_text)
def test_complaints_open_and_resolve_or_name_each_bad_field(
        db: peewee.Database, seed: Seed, form: ComplaintInput, resolution: str,
        satisfaction: str, resolved_on: str) -> None:
    with rolled_back(db):
        count = Feedback.select().count()
        if refused(lambda: open_complaint(form, CareSettings())) is None:
            assert Feedback.select().count() == count + 1
        if refused(lambda: resolve_complaint(seed.complaint, resolution, satisfaction, resolved_on)) is None:
            assert Feedback.get_by_id(seed.complaint).status == "resolved"


studio_settings = st.builds(
    StudioSettings,
    studio_name=any_text, currency=any_text,
    profit_line_cents=st.integers(-10**20, 10**20), job_min_profit_cents=st.integers(-10**20, 10**20),
    job_min_margin_percent=st.floats(), language=text_or("", "en", "zh_CN"),
)


@FUZZ_DB
@given(typed=studio_settings)
def test_settings_save_or_name_the_problem(db: peewee.Database, seed: Seed, typed: StudioSettings) -> None:
    with rolled_back(db):
        for problem in validate_settings(typed):
            assert_phrase(problem)
        if refused(lambda: save_settings(typed)) is None:
            assert load_settings() == typed


stored_text = st.one_of(any_text, st.sampled_from([
    "nan", "inf", "-1", "1e999", "1e30", "12000.50", "101", "[1, 2]", "{}", '{"design": {"low": -1}}',
    '{"promoter+": 1e400}', "[" * 5000 + "]" * 5000, '["A", 1]', "true", "null",
]))


@FUZZ_DB
@given(values=st.dictionaries(
    st.sampled_from(["studio_name", "currency", "profit_line_cents", "job_min_profit_cents",
                     "job_min_margin_percent", "language", "care.lead_days", "care.cadences",
                     "care.festival_tiers", "care.festival_segments", "care.sla_days"]),
    stored_text, max_size=4))
def test_hand_edited_settings_load_as_valid_settings(db: peewee.Database, values: dict[str, str]) -> None:
    # A value edited by hand in the database must never stop the app: it falls back to the default.
    with rolled_back(db):
        for key, text in values.items():
            Setting.insert(key=key, value=text.replace("\x00", "")).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text.replace("\x00", "")}).execute()
        assert validate_settings(load_settings()) == []
        assert validate_care_settings(load_care_settings()) == []


@FUZZ_DB
@given(text=st.one_of(any_text, st.sampled_from(["\x00", "R\x00", "%", "_", "'", "王", "a b"])))
def test_search_boxes_take_any_text(db: peewee.Database, seed: Seed, text: str) -> None:
    # Search fields query as the user types: any text is a search, never an error.
    rows = customer_rows(CustomerFilter(search=text), 2_000_000)
    assert count_customers(CustomerFilter(search=text), 2_000_000) == len(rows)
    assert count_projects(ProjectFilter(search=text)) in (0, 1)
    complaint_customers(text)
    customer_choices(text)
    found = customer_by_ref(text)
    assert found is None or found[0] in seed.customers
