"""The customer list, detail and forms services: SQL paging, sorting, filters and validation."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from crm_desktop.customer_list import (
    CustomerFilter,
    LifeState,
    SortKey,
    count_customers,
    customer_rows,
    page_query,
)
from crm_desktop.customer_service import (
    CustomerInput,
    add_interaction,
    add_response,
    customer_detail,
    customer_input,
    save_customer,
    validate_customer,
)
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.models import (
    AuditEntry,
    Customer,
    Project,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.segments import Segment

LINE = 2_000_000


@pytest.fixture
def people(db: peewee.Database) -> dict[str, int]:
    ids = {
        "lin": save_customer(CustomerInput(ref="C1", name="林晓明", phone="138 0013 8000", tier="A",
                                           notes="喜欢原木风, 50%_budget")),
        "anna": save_customer(CustomerInput(ref="C2", name="Anna Berg", email="Anna@Example.com",
                                            referred_by="C1")),
        "wang": save_customer(CustomerInput(ref="C3", name="王芳", referred_by="C1")),
    }
    designer = StaffMember.create(name="周敏")
    Project.create(ref="P1", customer=ids["anna"], title="Kitchen", status="completed",
                   revenue_cents=5_000_000, cost_cents=2_000_000, designer=designer)
    Project.create(ref="P2", customer=ids["wang"], title="卫生间", status="active",
                   revenue_cents=800_000, cost_cents=700_000)
    add_response(ids["anna"], "2024-03-01", "10")
    add_response(ids["wang"], "2024-03-01", "3")
    Customer.update(lost_reason="price").where(Customer.id == ids["wang"]).execute()
    return ids


def _names(flt: CustomerFilter, sort: SortKey = SortKey.NAME, desc: bool = False) -> list[str]:
    return [r.name for r in customer_rows(flt, LINE, sort, desc)]


def test_search_matches_chinese_substrings_phone_email_and_notes(people: dict[str, int]) -> None:
    assert _names(CustomerFilter(search="晓")) == ["林晓明"]
    assert _names(CustomerFilter(search="0013")) == ["林晓明"]
    assert _names(CustomerFilter(search="example.COM")) == ["Anna Berg"]
    assert _names(CustomerFilter(search="原木")) == ["林晓明"]
    # LIKE wildcards typed by a person are literal text.
    assert _names(CustomerFilter(search="%_")) == ["林晓明"]
    assert _names(CustomerFilter(search="_")) == ["林晓明"]
    assert count_customers(CustomerFilter(search="nobody"), LINE) == 0


def test_filters_by_segment_tier_designer_and_state(people: dict[str, int]) -> None:
    assert _names(CustomerFilter(segment=Segment.PROMOTER_PLUS)) == ["Anna Berg"]
    assert _names(CustomerFilter(segment=Segment.DETRACTOR_MINUS)) == ["王芳"]
    assert _names(CustomerFilter(segment=Segment.UNRATED)) == ["林晓明"]
    assert _names(CustomerFilter(tier="A")) == ["林晓明"]
    designer = StaffMember.get().id
    assert _names(CustomerFilter(designer_id=designer)) == ["Anna Berg"]
    assert _names(CustomerFilter(state=LifeState.LOST)) == ["王芳"]
    # Not lost: the new lead 林晓明 and the customer Anna; Anna alone is active (she has a job).
    assert count_customers(CustomerFilter(state=LifeState.CURRENT), LINE) == 2
    assert _names(CustomerFilter(state=LifeState.ACTIVE)) == ["Anna Berg"]
    assert _names(CustomerFilter(state=LifeState.NEW)) == ["林晓明"]


def test_sorting_happens_in_sql_with_empty_values_last(people: dict[str, int]) -> None:
    assert _names(CustomerFilter(), SortKey.PROFIT, desc=True) == ["Anna Berg", "王芳", "林晓明"]
    assert _names(CustomerFilter(), SortKey.SCORE) == ["王芳", "Anna Berg", "林晓明"]
    assert _names(CustomerFilter(), SortKey.SCORE, desc=True) == ["Anna Berg", "王芳", "林晓明"]
    assert _names(CustomerFilter(), SortKey.SEGMENT) == ["Anna Berg", "王芳", "林晓明"]


def test_pages_neither_overlap_nor_skip(db: peewee.Database) -> None:
    Customer.insert_many([{"ref": f"R{i:03d}", "name": "Same"} for i in range(25)]).execute()
    pages = [customer_rows(CustomerFilter(), LINE, SortKey.NAME, False, offset, 10) for offset in (0, 10, 20)]
    refs = [row.ref for page in pages for row in page]
    assert refs == sorted(refs) and len(set(refs)) == 25


def test_detail_shows_referrals_and_their_value(people: dict[str, int]) -> None:
    add_interaction(people["lin"], "2024-04-02", "gift", "中秋月饼")
    detail = customer_detail(people["lin"], LINE)
    assert detail.last_contacted == dt.date(2024, 4, 2)
    assert {r.name for r in detail.referrals} == {"Anna Berg", "王芳"}
    assert (detail.referral_value.count, detail.referral_value.profit_cents) == (2, 3_100_000)
    anna = customer_detail(people["anna"], LINE)
    assert anna.referrer is not None and anna.referrer.ref == "C1"
    assert anna.segment is Segment.PROMOTER_PLUS and anna.responses[0].score == 10


def test_form_validation_names_every_bad_field(people: dict[str, int]) -> None:
    problems = validate_customer(CustomerInput(ref="C1", name=" ", email="no-at", phone="abc",
                                               birthday="2023-02-29", tier="Z", referred_by="C9"))
    assert set(problems) == {"ref", "name", "email", "phone", "birthday", "tier", "referred_by"}
    assert validate_customer(CustomerInput(ref="C4", name="x", referred_by="C4"))["referred_by"]
    before = Customer.select().count()
    with pytest.raises(ValidationError):
        save_customer(CustomerInput(ref="C5", name=""))
    assert Customer.select().count() == before


def test_a_stale_edit_cannot_overwrite_a_newer_one(people: dict[str, int]) -> None:
    version = customer_detail(people["anna"], LINE).version
    form = customer_detail(people["anna"], LINE).profile
    form.name = "Anna B."
    save_customer(form, people["anna"], expected_version=version)
    form.name = "Stale"
    with pytest.raises(ConflictError):
        save_customer(form, people["anna"], expected_version=version)
    assert Customer.get_by_id(people["anna"]).name == "Anna B."


@pytest.mark.parametrize(("day", "score"), [("2024-02-30", "9"), ("2024-01-01", "11"),
                                             ("2024-01-01", "-1"), ("2024-01-01", "nine")])
def test_a_bad_survey_answer_writes_nothing(people: dict[str, int], day: str, score: str) -> None:
    with pytest.raises(ValidationError):
        add_response(people["lin"], day, score)
    assert SurveyResponse.select().where(SurveyResponse.customer == people["lin"]).count() == 0


def test_next_reference_is_one_past_the_highest_number(db: peewee.Database) -> None:
    from crm_desktop.customer_service import next_customer_ref

    assert next_customer_ref() == "C000001"
    for ref in ("C000007", "C12", "CX9", "VIP-3"):
        save_customer(CustomerInput(ref=ref, name=ref))
    assert next_customer_ref() == "C000013"


def test_search_finds_a_customer_by_reference(people: dict[str, int]) -> None:
    assert _names(CustomerFilter(search="c2")) == ["Anna Berg"]


def test_marking_lost_and_back(people: dict[str, int]) -> None:
    from crm_desktop.customer_service import mark_lost

    mark_lost(people["lin"], "competitor", dt.date(2024, 5, 1))
    lin = Customer.get_by_id(people["lin"])
    assert (lin.lost_reason, lin.lost_on) == ("competitor", dt.date(2024, 5, 1))
    with pytest.raises(ValidationError) as caught:
        mark_lost(people["lin"], "bored")
    assert set(caught.value.fields) == {"lost_reason"}
    mark_lost(people["lin"], None)
    assert Customer.get_by_id(people["lin"]).lost_reason is None


def test_the_designer_who_looks_after_a_customer(people: dict[str, int]) -> None:
    zhou = StaffMember.get(StaffMember.name == "周敏").id
    lin = StaffMember.create(name="Lin Designer").id
    form, version = customer_input(people["lin"])
    assert form.designer_id is None
    form.designer_id = lin
    save_customer(form, people["lin"], version)
    assert Customer.get_by_id(people["lin"]).designer_id == lin
    detail = customer_detail(people["lin"], LINE)
    assert (detail.profile.designer_id, detail.designer) == (lin, "Lin Designer")
    assert customer_input(people["lin"])[0].designer_id == lin
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert "designer: — → Lin Designer" in entry.summary
    # The list's designer filter: their own designer, or the designer of one of their jobs.
    assert _names(CustomerFilter(designer_id=lin)) == ["林晓明"]
    save_customer(CustomerInput(ref="C2", name="Anna Berg", email="Anna@Example.com", referred_by="C1",
                                designer_id=zhou), people["anna"])
    Customer.update(designer=zhou).where(Customer.id == people["wang"]).execute()
    assert _names(CustomerFilter(designer_id=zhou)) == ["Anna Berg", "王芳"]  # each once
    assert count_customers(CustomerFilter(designer_id=zhou), LINE) == 2
    # A designer who leaves stays on their customers (and is named in the detail)...
    StaffMember.update(active=False).where(StaffMember.id == lin).execute()
    form, version = customer_input(people["lin"])
    form.notes = "still looked after by Lin"
    save_customer(form, people["lin"], version)
    assert customer_detail(people["lin"], LINE).designer == "Lin Designer"
    # ...but cannot be given new ones; nor can someone who does not exist.
    problems = validate_customer(CustomerInput(ref="C9", name="New", designer_id=lin))
    assert problems == {"designer_id": "Lin Designer is no longer an active staff member"}
    problems = validate_customer(CustomerInput(ref="C9", name="New", designer_id=987_654))
    assert problems == {"designer_id": "that staff member no longer exists"}
    # Deleting the staff member leaves their customers without a designer.
    StaffMember.delete().where(StaffMember.id == lin).execute()
    assert customer_detail(people["lin"], LINE).designer is None


def test_the_designer_filter_reads_no_customer_per_row(people: dict[str, int], db: peewee.Database) -> None:
    designer = StaffMember.get().id
    sql, params = page_query(CustomerFilter(designer_id=designer), LINE).sql()
    if not isinstance(db, peewee.SqliteDatabase):
        # PostgreSQL builds the jobs' customers once, as a hash (by index or scan, as its
        # statistics suggest), and checks each customer against it.
        plan = "\n".join(row[0] for row in db.execute_sql("EXPLAIN " + sql, params))
        assert "(designer_id = " in plan and "OR (hashed SubPlan" in plan, plan
        return
    plan = " | ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    # Choosing the page: the jobs' customers are listed once, by the project index, never looked
    # up per customer. (Here both sides of the OR go by their own index; on 50 000 customers with
    # statistics SQLite may walk the name index instead, checking each row against that list.)
    # The page's 200 rows get their last contact afterwards.
    choosing = plan.split("SCAN page")[0]
    assert "LIST SUBQUERY" in choosing and "project_designer_id" in choosing, plan
    assert "CORRELATED" not in choosing, plan
    assert "MULTI-INDEX OR" in choosing and "customer_designer_id" in choosing, plan
