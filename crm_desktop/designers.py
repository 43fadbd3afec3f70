"""Who may be named as the designer who looks after a customer (one form, or many at once)."""
from __future__ import annotations

from crm_desktop.i18n import _, shown
from crm_desktop.models import StaffMember


def designer_problem(designer_id: int | None, current: int | None = None) -> str | None:
    """Why `designer_id` cannot be a customer's designer, as a phrase; None when it can.

    Only active staff members can be newly named; `current` (the designer the customer has
    now) may stay after they leave, so saving an old customer's notes does not fail on it.
    """
    if designer_id is None:
        return None
    row = (StaffMember.select(StaffMember.name, StaffMember.active)
           .where(StaffMember.id == designer_id).tuples().first())
    if row is None:
        return _("that staff member no longer exists")
    name, active = row
    if not active and designer_id != current:
        return _("{name} is no longer an active staff member").format(name=shown(name))
    return None


def designer_name(designer_id: int | None) -> str | None:
    """The staff member's name (None for no designer, or one that no longer exists)."""
    if designer_id is None:
        return None
    return StaffMember.select(StaffMember.name).where(StaffMember.id == designer_id).scalar()
