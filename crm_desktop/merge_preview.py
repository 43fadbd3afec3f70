"""What merging two customers would do, read before anyone decides: both records side by side,
what would move, and the side each field takes when nobody chooses (the merge dialog's rows).

Reading is open to every account: the details are those of the customer view, with no money.
The merge itself (`crm_desktop.merge`) is the owner's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from crm_desktop.dbvalues import as_date
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.merge import CHOOSABLE, default_choice
from crm_desktop.models import (
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    StaffMember,
    SurveyResponse,
)


@dataclass(frozen=True)
class Moves:
    """The rows that move to the other customer when this one is the one dropped."""

    projects: int = 0
    responses: int = 0
    interactions: int = 0
    complaints: int = 0
    decisions: int = 0  # wizard decisions, which travel with their projects
    referrals: int = 0  # customers this one referred (the other customer aside)

    def total(self) -> int:
        return (self.projects + self.responses + self.interactions + self.complaints
                + self.decisions + self.referrals)


@dataclass(frozen=True)
class MergeSide:
    """One customer as the merge dialog shows it.

    Attributes carrying a CHOOSABLE column are named after that column, so `values(name)`
    reads a field exactly as `merge_customers` compares it.
    """

    id: int
    ref: str
    name: str
    phone: str
    email: str
    birthday: dt.date | None
    birthday_lunar: bool
    tier: str
    designer_id: int | None
    designer_name: str  # '' when nobody looks after them
    notes: str
    lost_reason: str | None
    lost_on: dt.date | None
    created: dt.date | None
    erased_on: dt.date | None
    version: int  # as read: the merge refuses if someone saves the customer meanwhile
    moves: Moves

    def values(self, field: str) -> tuple[object, ...]:
        """The columns the CHOOSABLE `field` carries, as stored."""
        return tuple(getattr(self, column) for column in CHOOSABLE[field])


def _grouped(query: object) -> dict[int, int]:
    return {int(key): int(count) for key, count in query.tuples()}  # type: ignore[attr-defined]


def _moves(first_id: int, second_id: int) -> dict[int, Moves]:
    """What each of the two would hand over: one grouped count per kind of row."""
    ids = [first_id, second_id]
    projects = _grouped(Project.select(Project.customer, fn.COUNT(Project.id))
                        .where(Project.customer.in_(ids)).group_by(Project.customer))
    decisions = _grouped(Decision.select(Project.customer, fn.COUNT(Decision.id))
                         .join(Project, on=(Decision.project == Project.id))
                         .where(Project.customer.in_(ids)).group_by(Project.customer))
    responses = _grouped(SurveyResponse.select(SurveyResponse.customer, fn.COUNT(SurveyResponse.id))
                         .where(SurveyResponse.customer.in_(ids)).group_by(SurveyResponse.customer))
    interactions = _grouped(Interaction.select(Interaction.customer, fn.COUNT(Interaction.id))
                            .where(Interaction.customer.in_(ids)).group_by(Interaction.customer))
    complaints = _grouped(Feedback.select(Feedback.customer, fn.COUNT(Feedback.id))
                          .where(Feedback.customer.in_(ids)).group_by(Feedback.customer))
    # The other customer is not a referral that moves: a customer cannot refer itself.
    referrals = _grouped(Customer.select(Customer.referred_by, fn.COUNT(Customer.id))
                         .where(((Customer.referred_by == first_id) & (Customer.id != second_id))
                                | ((Customer.referred_by == second_id) & (Customer.id != first_id)))
                         .group_by(Customer.referred_by))
    return {
        cid: Moves(projects=projects.get(cid, 0), responses=responses.get(cid, 0),
                   interactions=interactions.get(cid, 0), complaints=complaints.get(cid, 0),
                   decisions=decisions.get(cid, 0), referrals=referrals.get(cid, 0))
        for cid in ids
    }


def merge_sides(first_id: int, second_id: int) -> tuple[MergeSide, MergeSide]:
    """Both customers, in the order given; NotFoundError when either no longer exists."""
    if first_id == second_id:
        raise ValidationError(_("A customer cannot be merged into itself; choose two different customers."))
    rows = (Customer.select(
        Customer.id, Customer.ref, Customer.name, Customer.phone, Customer.email, Customer.birthday,
        Customer.birthday_lunar, Customer.tier, Customer.designer, fn.COALESCE(StaffMember.name, ""),
        Customer.notes, Customer.lost_reason, Customer.lost_on, Customer.created, Customer.erased_on,
        Customer.version,
    ).join(StaffMember, JOIN.LEFT_OUTER, on=(Customer.designer == StaffMember.id))
        .where(Customer.id.in_([first_id, second_id])).tuples())
    found = {row[0]: row for row in rows}
    if len(found) < 2:
        raise NotFoundError(_("That customer no longer exists."))
    moves = _moves(first_id, second_id)
    sides = []
    for cid in (first_id, second_id):
        (_id, ref, name, phone, email, birthday, lunar, tier, designer_id, designer_name, notes,
         lost_reason, lost_on, created, erased_on, version) = found[cid]
        sides.append(MergeSide(
            id=cid, ref=ref, name=name, phone=phone, email=email, birthday=as_date(birthday),
            birthday_lunar=bool(lunar), tier=tier, designer_id=designer_id,
            designer_name=designer_name, notes=notes, lost_reason=lost_reason,
            lost_on=as_date(lost_on), created=as_date(created), erased_on=as_date(erased_on),
            version=version, moves=moves[cid]))
    return sides[0], sides[1]


def same_value(keep: MergeSide, drop: MergeSide, field: str) -> bool:
    """Whether both sides hold the same value, so choosing a side changes nothing."""
    return keep.values(field) == drop.values(field)


def default_choices(keep: MergeSide, drop: MergeSide) -> dict[str, str]:
    """'keep' or 'drop' for every CHOOSABLE field: what `merge_customers` does with no `choose`."""
    return {field: default_choice(field, keep.values(field)[0], drop.values(field)[0])
            for field in CHOOSABLE}


def merged_created(keep: MergeSide, drop: MergeSide) -> dt.date | None:
    """The kept customer's 'customer since' after the merge: the earlier of the two."""
    dates = [day for day in (keep.created, drop.created) if day is not None]
    return min(dates) if dates else None

