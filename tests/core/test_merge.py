"""Merging a duplicate customer: every related row moves to the kept one, in one transaction,
and every figure stays consistent."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from crm_desktop import access, merge
from crm_desktop.accounts import add_account, enable_accounts
from crm_desktop.errors import (
    ConflictError,
    GuardError,
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from crm_desktop.figures import nps_trend, referral_values, segment_summary
from crm_desktop.merge import merge_customers
from crm_desktop.models import (
    ALL_MODELS,
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
from crm_desktop.nps import Bucket

D = dt.date
LINE = 2_000_000
PASSWORD = "a long enough passphrase"


def _project(ref: str, customer: int, status: str, revenue: int, cost: int) -> int:
    return Project.create(ref=ref, customer=customer, title=f"job {ref}", status=status,
                          revenue_cents=revenue, cost_cents=cost).id


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    """K (C1, kept) and its duplicate X (C2, dropped), with one of everything each.

    C0 referred X; X referred K (so a naive merge would make K refer itself) and C4; K
    referred C3; C5 stands apart and must not change.
    """
    c0 = Customer.create(ref="C0", name="陈大文", tier="A", created=D(2019, 1, 1)).id
    x = Customer.create(ref="C2", name="Wang Fang", phone="13812345678", email="", tier="B",
                        birthday=D(1980, 5, 6), birthday_lunar=True, notes="from WeChat",
                        referred_by=c0, created=D(2020, 3, 1)).id
    k = Customer.create(ref="C1", name="王芳", phone="", email="fang@example.com", tier="A",
                        referred_by=x, created=D(2021, 7, 1)).id
    c3 = Customer.create(ref="C3", name="Referred by K", referred_by=k).id
    c4 = Customer.create(ref="C4", name="Referred by X", referred_by=x).id
    c5 = Customer.create(ref="C5", name="Someone else", tier="C").id
    _project("P1", k, "completed", 5_000_000, 2_000_000)
    p2 = _project("P2", x, "completed", 3_000_000, 1_000_000)
    p3 = _project("P3", x, "inquiry", 600_000, 550_000)
    p4 = _project("P4", x, "declined", 800_000, 700_000)
    _project("P5", c3, "active", 1_000_000, 400_000)
    _project("P6", c4, "completed", 2_000_000, 500_000)
    _project("P7", c5, "completed", 9_000_000, 1_000_000)
    ProjectLogEntry.create(project=p2, date=D(2024, 2, 1), kind="stage", text="tiles done")
    for project, decision in ((p3, "accept"), (p4, "decline")):
        Decision.create(project=project, date=D(2025, 1, 1), est_profit_cents=50_000, est_margin=8.0,
                        recommendation="decline", decision=decision)
    SurveyResponse.create(customer=k, date=D(2024, 1, 10), score=6)
    SurveyResponse.create(customer=x, date=D(2025, 3, 15), score=10, project=p2)
    SurveyResponse.create(customer=x, date=D(2023, 12, 1), score=3)
    SurveyResponse.create(customer=c5, date=D(2025, 3, 20), score=8)
    Interaction.create(customer=k, date=D(2025, 1, 2), kind="call")
    Interaction.create(customer=x, date=D(2025, 2, 2), kind="visit")
    Interaction.create(customer=x, date=D(2025, 2, 9), kind="message")
    Feedback.create(customer=x, project=p2, category="construction", severity="high",
                    opened=D(2025, 4, 1), due=D(2025, 4, 3))
    Feedback.create(customer=k, category="schedule", severity="low",
                    opened=D(2025, 4, 1), due=D(2025, 4, 10))
    # Check-ins due the same day at both: the kept one's state wins; X's birthday state moves.
    ReminderState.create(key=f"check-in:{k}:2025-05-01", kind="check-in", customer=k,
                         due=D(2025, 5, 1), done_on=D(2025, 5, 2))
    ReminderState.create(key=f"check-in:{x}:2025-05-01", kind="check-in", customer=x,
                         due=D(2025, 5, 1), done_on=D(2025, 5, 3))
    ReminderState.create(key=f"birthday:{x}:2024-06-11", kind="birthday", customer=x,
                         due=D(2024, 6, 11), done_on=D(2024, 6, 11))
    ReminderState.create(key=f"follow-up:{p3}:2025-02-01", kind="follow-up", customer=x,
                         due=D(2025, 2, 1), snoozed_until=D(2025, 2, 8))
    return {"c0": c0, "k": k, "x": x, "c3": c3, "c4": c4, "c5": c5, "p2": p2, "p3": p3, "p4": p4}


def _fingerprint() -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    return {model.__name__: sorted(tuple(map(repr, row)) for row in model.select().tuples())
            for model in ALL_MODELS}


def _counts(customer: int) -> dict[str, int]:
    projects = Project.select(Project.id).where(Project.customer == customer)
    return {
        "projects": projects.count(),
        "decisions": Decision.select().where(Decision.project.in_(projects)).count(),
        "logs": ProjectLogEntry.select().where(ProjectLogEntry.project.in_(projects)).count(),
        "responses": SurveyResponse.select().where(SurveyResponse.customer == customer).count(),
        "interactions": Interaction.select().where(Interaction.customer == customer).count(),
        "complaints": Feedback.select().where(Feedback.customer == customer).count(),
        "referrals": Customer.select().where(Customer.referred_by == customer).count(),
    }


def _recount(customer: int) -> tuple[int | None, int]:
    latest = (SurveyResponse.select(SurveyResponse.score).where(SurveyResponse.customer == customer)
              .order_by(SurveyResponse.date.desc(), SurveyResponse.id.desc()).scalar())
    profit = sum(p.revenue_cents - p.cost_cents for p in Project.select().where(
        (Project.customer == customer) & Project.status.in_(("active", "completed"))))
    return latest, profit


def _others(studio: dict[str, int]) -> list[tuple[object, ...]]:
    """Everything about customers other than K and X (C3 and C4's referrer aside)."""
    ids = [studio[n] for n in ("c0", "c3", "c4", "c5")]
    return sorted(Customer.select(Customer.id, Customer.ref, Customer.name, Customer.tier,
                                  Customer.version, Customer.latest_score, Customer.profit_cents)
                  .where(Customer.id.in_(ids)).tuples())


def test_merge_moves_every_related_row_and_deletes_the_duplicate(studio: dict[str, int]) -> None:
    k, x = studio["k"], studio["x"]
    before_k, before_x = _counts(k), _counts(x)
    others = _others(studio)
    ids_before = {m.__name__: sorted(r[0] for r in m.select(m._meta.primary_key).tuples())
                  for m in (Project, Decision, SurveyResponse, Interaction, Feedback, ProjectLogEntry)}
    version = Customer.get_by_id(k).version

    result = merge_customers("C1", "C2")

    assert (result.projects, result.decisions, result.responses, result.interactions,
            result.complaints, result.referrals) == (3, 2, 2, 2, 1, 1)
    assert result.referrer_taken
    assert not Customer.select().where(Customer.id == x).exists()
    after = _counts(k)
    for kind in after:
        # X's referral of K itself disappears with X; everything else adds up.
        expected = before_k[kind] + before_x[kind] - (1 if kind == "referrals" else 0)
        assert after[kind] == expected, kind
    assert _counts(x) == dict.fromkeys(after, 0)
    # The same rows, only moved: nothing was deleted or copied.
    assert ids_before == {m.__name__: sorted(r[0] for r in m.select(m._meta.primary_key).tuples())
                          for m in (Project, Decision, SurveyResponse, Interaction, Feedback,
                                    ProjectLogEntry)}
    kept = Customer.get_by_id(k)
    # Kept fields stay; the empty phone is filled from X; the referrer is X's (never itself).
    assert (kept.ref, kept.name, kept.phone, kept.email, kept.tier) == (
        "C1", "王芳", "13812345678", "fang@example.com", "A")
    assert (kept.birthday, kept.birthday_lunar, kept.notes) == (D(1980, 5, 6), True, "from WeChat")
    assert kept.referred_by_id == studio["c0"]
    assert kept.created == D(2020, 3, 1)
    assert kept.version == version + 1
    assert Customer.get_by_id(studio["c4"]).referred_by_id == k
    assert Customer.get_by_id(studio["c3"]).referred_by_id == k
    assert _others(studio) == others
    # Reminder states: X's birthday and follow-up moved; the duplicate check-in gave way to K's.
    states = sorted(ReminderState.select(ReminderState.key, ReminderState.customer, ReminderState.done_on)
                    .tuples())
    assert states == sorted([
        (f"birthday:{k}:2024-06-11", k, D(2024, 6, 11)),
        (f"check-in:{k}:2025-05-01", k, D(2025, 5, 2)),
        (f"follow-up:{studio['p3']}:2025-02-01", k, None),
    ])
    entry = AuditEntry.select().where(AuditEntry.action == "merge").get()
    assert (entry.entity, entry.entity_id) == ("customer", k)
    assert entry.summary.startswith("merged C2 into C1: 3 projects, 2 decisions, 2 responses")


def test_merge_keeps_every_figure_consistent(studio: dict[str, int]) -> None:
    k, x = studio["k"], studio["x"]
    segments = segment_summary(LINE)
    trend = {b: nps_trend(b) for b in Bucket}
    referrals = referral_values()

    merge_customers("C1", "C2")

    after = segment_summary(LINE)
    assert sum(r.customers for r in after) == sum(r.customers for r in segments) - 1
    assert sum(r.profit_cents for r in after) == sum(r.profit_cents for r in segments)
    assert {b: nps_trend(b) for b in Bucket} == trend
    kept = Customer.get_by_id(k)
    assert (kept.latest_score, kept.profit_cents) == _recount(k) == (10, 5_000_000)
    # Every customer's cache equals a recount (none stale anywhere).
    for row in Customer.select():
        assert (row.latest_score, row.profit_cents) == _recount(row.id), row.ref
    # Referral values: K now refers C3 and C4; C0 refers K (instead of X); the rest as before.
    now = referral_values()
    assert x not in now
    assert now[k].count == 2
    assert now[k].profit_cents == (Customer.get_by_id(studio["c3"]).profit_cents
                                   + Customer.get_by_id(studio["c4"]).profit_cents)
    assert now[studio["c0"]].count == referrals[studio["c0"]].count == 1
    assert now[studio["c0"]].profit_cents == kept.profit_cents
    recount: dict[int, list[int]] = {}
    for referrer, profit in Customer.select(Customer.referred_by, Customer.profit_cents).where(
            Customer.referred_by.is_null(False)).tuples():
        recount.setdefault(referrer, []).append(profit)
    assert {r: (v.count, v.profit_cents) for r, v in now.items()} == {
        r: (len(p), sum(p)) for r, p in recount.items()}


def test_choose_takes_fields_from_either_side(studio: dict[str, int]) -> None:
    result = merge_customers("C1", "C2", {"name": "drop", "tier": "drop", "phone": "keep",
                                          "birthday": "keep"})
    kept = Customer.get_by_id(studio["k"])
    assert (kept.name, kept.tier, kept.phone, kept.birthday) == ("Wang Fang", "B", "", None)
    assert kept.notes == "from WeChat"  # not named: empty on K, so filled
    assert set(result.fields_taken) == {"name", "tier", "notes"}


@pytest.mark.parametrize(("keep_designer", "choose", "expected"), [
    (None, {}, None),  # empty on K: not filled from X (an assignment, not a gap)
    (None, {"designer": "drop"}, "Mei"),
    ("Lei", {}, "Lei"),
    ("Lei", {"designer": "drop"}, "Mei"),
    ("Lei", {"designer": "keep"}, "Lei"),
])
def test_the_designer_follows_the_choice_and_is_never_filled_silently(
        studio: dict[str, int], keep_designer: str | None, choose: dict[str, str],
        expected: str | None) -> None:
    staff = {name: StaffMember.create(name=name).id for name in ("Mei", "Lei")}
    Customer.update(designer=staff["Mei"]).where(Customer.id == studio["x"]).execute()
    Customer.update(designer=staff.get(keep_designer)).where(Customer.id == studio["k"]).execute()
    result = merge_customers("C1", "C2", choose)
    assert Customer.get_by_id(studio["k"]).designer_id == staff.get(expected)
    assert ("designer" in result.fields_taken) == (expected != keep_designer)


def test_kept_referrer_stays_and_nobody_refers_themselves(db: peewee.Database) -> None:
    a = Customer.create(ref="A", name="A").id
    b = Customer.create(ref="B", name="B").id
    keep = Customer.create(ref="K", name="K", referred_by=a).id
    drop = Customer.create(ref="X", name="X", referred_by=keep).id
    Customer.update(referred_by=drop).where(Customer.id == b).execute()
    merge_customers("K", "X")
    assert Customer.get_by_id(keep).referred_by_id == a
    assert Customer.get_by_id(b).referred_by_id == keep
    # Merging the other way round: the kept one was referred by the dropped one only.
    c = Customer.create(ref="C", name="C", referred_by=keep).id
    result = merge_customers("C", "K")
    assert Customer.get_by_id(c).referred_by_id == a and result.referrer_taken
    assert Customer.get_by_id(b).referred_by_id == c


@pytest.mark.parametrize(("keep", "drop", "error", "sentence"), [
    ("C1", "C1", ValidationError, "A customer cannot be merged into itself; choose two different customers."),
    ("C1", "NOPE", NotFoundError, "There is no customer 'NOPE'."),
    ("NOPE", "C2", NotFoundError, "There is no customer 'NOPE'."),
    ("C1", "C5", GuardError, "C5 was erased; an erased customer cannot be merged."),
    ("C5", "C2", GuardError, "C5 was erased; an erased customer cannot be merged."),
])
def test_refusals_change_nothing(studio: dict[str, int], keep: str, drop: str,
                                 error: type[UserError], sentence: str) -> None:
    Customer.update(erased_on=D(2025, 1, 1)).where(Customer.id == studio["c5"]).execute()
    before = _fingerprint()
    with pytest.raises(error) as caught:
        merge_customers(keep, drop)
    assert caught.value.message == sentence
    assert _fingerprint() == before


def test_a_customer_saved_since_it_was_shown_is_a_conflict(studio: dict[str, int]) -> None:
    shown = {ref: Customer.get(Customer.ref == ref).version for ref in ("C1", "C2")}
    # At another desk, X's phone is changed after the merge dialog read it.
    Customer.update(version=Customer.version + 1, phone="13900001111").where(Customer.ref == "C2").execute()
    before = _fingerprint()
    with pytest.raises(ConflictError) as caught:
        merge_customers("C1", "C2", {"phone": "drop"}, versions=shown)
    assert caught.value.message == ("Someone else saved C2 since it was shown; look at the values "
                                    "again before merging.")
    assert _fingerprint() == before
    shown["C2"] += 1  # shown again, as it is now
    merge_customers("C1", "C2", {"phone": "drop"}, versions=shown)
    assert Customer.get_by_id(studio["k"]).phone == "13900001111"


def test_a_bad_choice_is_refused(studio: dict[str, int]) -> None:
    before = _fingerprint()
    with pytest.raises(ValidationError) as caught:
        merge_customers("C1", "C2", {"ref": "drop", "name": "both"})
    assert set(caught.value.fields) == {"ref", "name"}
    assert _fingerprint() == before


def test_a_failure_midway_rolls_everything_back(studio: dict[str, int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = _fingerprint()

    def fail(keep_id: int, drop_id: int) -> int:
        # Projects, responses, contacts, complaints and referrals have moved by now.
        assert Project.select().where(Project.customer == drop_id).count() == 0
        raise peewee.IntegrityError("simulated failure")

    monkeypatch.setattr(merge, "_move_reminder_states", fail)
    with pytest.raises(peewee.IntegrityError):
        merge_customers("C1", "C2")
    assert _fingerprint() == before


def test_only_the_owner_may_merge(studio: dict[str, int]) -> None:
    add_account("Owner Wu", access.OWNER, PASSWORD)
    add_account("Mei", access.STAFF, PASSWORD)
    enable_accounts("Owner Wu", PASSWORD)
    access.login("Mei", PASSWORD)
    before = _fingerprint()
    with pytest.raises(PermissionDenied):
        merge_customers("C1", "C2")
    assert _fingerprint() == before
    access.login("Owner Wu", PASSWORD)
    merge_customers("C1", "C2")
    entry = AuditEntry.select().where(AuditEntry.action == "merge").get()
    assert entry.staff_name == "Owner Wu"
