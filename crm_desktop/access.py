"""Who is using this process, and what they may see: the one guard every money path asks.

Accounts are off until an owner turns them on; then the single user is the owner, as before.
With accounts on, the composition root (CLI or GUI login) calls `login` once; until then
nobody may see money or change settings.
"""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.errors import PermissionDenied, UserError
from crm_desktop.i18n import _
from crm_desktop.models import Setting, StaffMember
from crm_desktop.passwords import burn_time, verify_password
from crm_desktop.prepared import Fixed

ACCOUNTS_KEY = "accounts.enabled"
OWNER = "owner"
STAFF = "staff"


@dataclass(frozen=True)
class Principal:
    """The person behind this process. `staff_id` is None when accounts are off."""

    staff_id: int | None
    name: str
    role: str | None  # "owner", "staff", or None for nobody logged in

    @property
    def is_owner(self) -> bool:
        return self.role == OWNER


# With accounts off there is no login: the single user is the studio owner.
IMPLICIT_OWNER = Principal(None, "", OWNER)
# Accounts on and nobody logged in yet: no money, no settings.
NOBODY = Principal(None, "", None)

_principal: Principal | None = None


# Asked by every money guard, so several times per screen: built once, not per call.
_ACCOUNTS_SETTING = Fixed(lambda: Setting.select(Setting.value).where(Setting.key == ACCOUNTS_KEY))


def accounts_enabled() -> bool:
    """Whether an owner has turned staff accounts on for this database (read afresh each time,
    so a change made at another desk counts at once)."""
    rows = _ACCOUNTS_SETTING.rows()
    return bool(rows) and rows[0][0] == "1"


def login(name: str, password: str) -> Principal:
    """Check the name and password and make that person the principal of this process."""
    global _principal
    member = (StaffMember.select()
              .where(StaffMember.name == name.strip(), StaffMember.active == True)  # noqa: E712
              .first())
    if member is None or not member.password_hash:
        # As slow as a real check, so timing does not tell which names exist.
        burn_time(password)
        raise UserError(_("The name or the password is not right."))
    if not verify_password(password, member.password_hash):
        raise UserError(_("The name or the password is not right."))
    _principal = Principal(member.id, member.name, member.role)
    return _principal


def logout() -> None:
    """Forget the principal (the next `current()` asks the database again)."""
    global _principal
    _principal = None


def current() -> Principal:
    """The logged-in person; the implicit owner with accounts off; else nobody."""
    if _principal is not None:
        return _principal
    return NOBODY if accounts_enabled() else IMPLICIT_OWNER


def can_see_money() -> bool:
    """Whether revenue, cost and profit figures may be shown to the current principal."""
    return current().is_owner


def require_owner(action: str) -> None:
    """Raise PermissionDenied unless the current principal is an owner.

    `action` is a translated sentence fragment naming what was refused, e.g. "see the segments".
    """
    if not current().is_owner:
        raise PermissionDenied(
            _("Only the studio owner can {action}.").format(action=action))


def require_money() -> None:
    """Raise PermissionDenied unless money figures may be shown (owners only)."""
    require_owner(_("see revenue, cost and profit"))


def money(value: int) -> int | None:
    """`value` for an owner, None for anyone else: for row fields that carry money."""
    return value if can_see_money() else None
