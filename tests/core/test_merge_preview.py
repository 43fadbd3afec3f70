"""The merge preview: both records as the dialog shows them, what would move (the same counts the
merge then reports), and the default side of each field (what the merge does unasked)."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.merge import CHOOSABLE, DROP, KEEP, merge_customers
from crm_desktop.merge_preview import (
    MergeSide,
    Moves,
    default_choices,
    merge_sides,
    merged_created,
    same_value,
)
from crm_desktop.models import (
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    StaffMember,
    SurveyResponse,
)

D = dt.date


@pytest.fixture
def pair(db: peewee.Database) -> dict[str, int]:
    """A (kept, with an e-mail) and B (the WeChat duplicate, with phone, birthday and history)."""
    mei = StaffMember.create(name="Mei").id
    a = Customer.create(ref="C1", name="王芳", email="fang@example.com", tier="A",
                        created=D(2021, 7, 1)).id
    b = Customer.create(ref="C2", name="Wang Fang", phone="13812345678", tier="B", designer=mei,
                        birthday=D(1980, 5, 6), birthday_lunar=True, notes="from WeChat",
                        lost_reason="price", lost_on=D(2024, 1, 2), created=D(2020, 3, 1)).id
    Customer.update(referred_by=b).where(Customer.id == a).execute()  # B referred A: not a move
    Customer.create(ref="C3", name="Referred by B", referred_by=b)
    Customer.create(ref="C4", name="Referred by A", referred_by=a)
    Project.create(ref="P1", customer=a, title="Hall", status="completed")
    for ref in ("P2", "P3"):
        project = Project.create(ref=ref, customer=b, title="Kitchen", status="inquiry")
        Decision.create(project=project, date=D(2025, 1, 1), est_profit_cents=1, est_margin=1.0,
                        recommendation="decline", decision="decline")
    SurveyResponse.create(customer=b, date=D(2025, 3, 15), score=10)
    Interaction.create(customer=b, date=D(2025, 2, 2), kind="visit")
    Interaction.create(customer=b, date=D(2025, 2, 9), kind="message")
    Interaction.create(customer=a, date=D(2025, 2, 9), kind="call")
    Feedback.create(customer=b, category="schedule", severity="low", opened=D(2025, 4, 1),
                    due=D(2025, 4, 10))
    return {"a": a, "b": b, "mei": mei}


def test_both_sides_read_as_shown(pair: dict[str, int]) -> None:
    a, b = merge_sides(pair["a"], pair["b"])
    assert (a.id, a.ref, a.name, a.phone, a.email, a.birthday, a.tier, a.designer_id,
            a.designer_name, a.lost_reason, a.created) == (
        pair["a"], "C1", "王芳", "", "fang@example.com", None, "A", None, "", None, D(2021, 7, 1))
    assert (b.birthday, b.birthday_lunar, b.designer_id, b.designer_name, b.notes, b.lost_reason,
            b.lost_on, b.erased_on) == (
        D(1980, 5, 6), True, pair["mei"], "Mei", "from WeChat", "price", D(2024, 1, 2), None)
    assert a.moves == Moves(projects=1, interactions=1, referrals=1)
    assert b.moves == Moves(projects=2, responses=1, interactions=2, complaints=1, decisions=2,
                            referrals=1)
    assert b.moves.total() == 9
    # The order given is the order returned.
    assert [side.ref for side in merge_sides(pair["b"], pair["a"])] == ["C2", "C1"]


@pytest.mark.parametrize(("keep", "drop"), [("a", "b"), ("b", "a")])
def test_the_moves_are_what_the_merge_then_reports(pair: dict[str, int], keep: str, drop: str) -> None:
    kept, dropped = merge_sides(pair[keep], pair[drop])
    result = merge_customers(kept.ref, dropped.ref)
    assert dropped.moves == Moves(projects=result.projects, responses=result.responses,
                                  interactions=result.interactions, complaints=result.complaints,
                                  decisions=result.decisions, referrals=result.referrals)


@pytest.mark.parametrize(("keep", "drop"), [("a", "b"), ("b", "a")])
def test_the_default_choices_are_what_the_merge_does_unasked(pair: dict[str, int], keep: str,
                                                              drop: str) -> None:
    kept, dropped = merge_sides(pair[keep], pair[drop])
    choices = default_choices(kept, dropped)
    assert set(choices) == set(CHOOSABLE)
    result = merge_customers(kept.ref, dropped.ref)
    assert set(result.fields_taken) == {
        name for name, side in choices.items() if side == DROP and not same_value(kept, dropped, name)}
    # And the merge with those choices spelled out does the same.
    after = Customer.get_by_id(kept.id)
    for name, side in choices.items():
        expected = (dropped if side == DROP else kept).values(name)
        assert tuple(getattr(after, column) for column in CHOOSABLE[name]) == expected, name


def test_defaults_fill_empty_contacts_only(pair: dict[str, int]) -> None:
    a, b = merge_sides(pair["a"], pair["b"])
    assert default_choices(a, b) == {
        "name": KEEP, "phone": DROP, "email": KEEP, "birthday": DROP, "tier": KEEP,
        "designer": KEEP, "notes": DROP, "lost": KEEP}
    assert default_choices(b, a) == dict.fromkeys(CHOOSABLE, KEEP) | {"email": DROP}


def test_same_value_compares_every_column_of_a_field(pair: dict[str, int]) -> None:
    a, b = merge_sides(pair["a"], pair["b"])
    assert not same_value(a, b, "phone")
    Customer.update(birthday=D(1980, 5, 6), tier="B").where(Customer.id == pair["a"]).execute()
    a, b = merge_sides(pair["a"], pair["b"])
    assert same_value(a, b, "tier")
    assert not same_value(a, b, "birthday")  # same day, but B's is on the lunar calendar
    assert same_value(a, a, "lost")


def test_the_earlier_customer_since_is_kept() -> None:
    def side(created: dt.date | None) -> MergeSide:
        return MergeSide(1, "C", "n", "", "", None, False, "C", None, "", "", None, None, created, None,
                         1, Moves())

    assert merged_created(side(D(2021, 1, 1)), side(D(2020, 1, 1))) == D(2020, 1, 1)
    assert merged_created(side(D(2019, 1, 1)), side(D(2020, 1, 1))) == D(2019, 1, 1)
    assert merged_created(side(None), side(D(2020, 1, 1))) == D(2020, 1, 1)
    assert merged_created(side(None), side(None)) is None


def test_a_missing_customer_or_the_same_twice_is_one_sentence(pair: dict[str, int]) -> None:
    with pytest.raises(NotFoundError) as caught:
        merge_sides(pair["a"], 999_999)
    assert caught.value.message == "That customer no longer exists."
    with pytest.raises(ValidationError):
        merge_sides(pair["a"], pair["a"])
