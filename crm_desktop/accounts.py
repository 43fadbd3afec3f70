"""Staff accounts: people, roles and passwords, and turning accounts on or off (owners only).

With accounts on there must always be an active owner with a password, or nobody could
manage the studio any more: every change that would leave none is refused.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import IntegrityError

from crm_desktop import access, audit
from crm_desktop.errors import GuardError, NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.models import Setting, StaffMember, database_proxy
from crm_desktop.passwords import check_password, hash_password, verify_password

ROLES = (access.OWNER, access.STAFF)
NAME_MAX = 100


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    role: str
    active: bool
    has_password: bool


def _manage() -> None:
    access.require_owner(_("manage staff accounts"))


def account_rows() -> list[AccountRow]:
    """Everyone, active first, then by name. Never the password hashes themselves."""
    _manage()
    query = (StaffMember.select(StaffMember.id, StaffMember.name, StaffMember.role, StaffMember.active,
                                StaffMember.password_hash.is_null(False))
             .order_by(StaffMember.active.desc(), StaffMember.name, StaffMember.id).tuples())
    return [AccountRow(i, n, r, bool(a), bool(p)) for i, n, r, a, p in query]


def _check_name(name: str, staff_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError.of_fields({"name": _("is empty")})
    if len(name) > NAME_MAX:
        raise ValidationError.of_fields({"name": _("is longer than {n} characters").format(n=NAME_MAX)})
    clash = StaffMember.select().where(StaffMember.name == name)
    if staff_id is not None:
        clash = clash.where(StaffMember.id != staff_id)
    if clash.exists():
        raise ValidationError.of_fields({"name": _("'{name}' already has an account").format(name=name)})
    return name


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError.of_fields({"role": _("'{value}' is neither owner nor staff").format(value=role)})


def add_account(name: str, role: str = access.STAFF, password: str = "") -> int:
    """Add a person (an owner or staff); the password may be set now or later."""
    _manage()
    _check_role(role)
    if password:
        check_password(password)
    with database_proxy.atomic():
        name = _check_name(name)
        try:
            new_id = int(StaffMember.insert(name=name, role=role, active=True,
                                            password_hash=hash_password(password) if password else None)
                         .execute())
        except IntegrityError as exc:
            raise ValidationError.of_fields(
                {"name": _("'{name}' already has an account").format(name=name)}) from exc
        audit.record("create", "staff", new_id,
                     f"name: {name}; role: {role}" + ("; password set" if password else ""))
    return new_id


def _member(staff_id: int) -> StaffMember:
    member = StaffMember.get_or_none(StaffMember.id == staff_id)
    if member is None:
        raise NotFoundError(_("That account no longer exists."))
    return member


def _keep_an_owner(excluding: int) -> None:
    """With accounts on, refuse a change that leaves no active owner who can log in."""
    if not access.accounts_enabled():
        return
    others = StaffMember.select().where(
        (StaffMember.id != excluding) & (StaffMember.role == access.OWNER)
        & (StaffMember.active == True) & StaffMember.password_hash.is_null(False))  # noqa: E712
    if not others.exists():
        raise GuardError(_("Accounts are on, so the studio needs at least one active owner with a "
                           "password; make someone else an owner first."))


def set_role(staff_id: int, role: str) -> None:
    _manage()
    _check_role(role)
    with database_proxy.atomic():
        member = _member(staff_id)
        if member.role == role:
            return
        if role != access.OWNER:
            _keep_an_owner(staff_id)
        StaffMember.update(role=role).where(StaffMember.id == staff_id).execute()
        audit.record("set_role", "staff", staff_id, f"role: {member.role} → {role}")


def set_active(staff_id: int, active: bool) -> None:
    """Deactivate (no login, no longer offered as designer) or reactivate a person."""
    _manage()
    with database_proxy.atomic():
        member = _member(staff_id)
        if member.active == active:
            return
        if not active:
            _keep_an_owner(staff_id)
        StaffMember.update(active=active).where(StaffMember.id == staff_id).execute()
        audit.record("activate" if active else "deactivate", "staff", staff_id, f"name: {member.name}")


def set_password(staff_id: int, password: str) -> None:
    """Set or reset someone's password (owners); the log says it was set, never what to."""
    _manage()
    _store_password(staff_id, password)


def change_own_password(old_password: str, new_password: str) -> None:
    """The logged-in person changes their own password, proving the old one first."""
    who = access.current()
    if who.staff_id is None:
        raise GuardError(_("Log in first to change your password."))
    stored = StaffMember.select(StaffMember.password_hash).where(StaffMember.id == who.staff_id).scalar()
    if not verify_password(old_password, stored):
        raise ValidationError.of_fields({"old_password": _("is not your current password")})
    _store_password(who.staff_id, new_password)


def _store_password(staff_id: int, password: str) -> None:
    stored = hash_password(password)  # checks the length first, before any write
    with database_proxy.atomic():
        _member(staff_id)
        StaffMember.update(password_hash=stored).where(StaffMember.id == staff_id).execute()
        audit.record("set_password", "staff", staff_id, "password set")


def enable_accounts(name: str, password: str) -> None:
    """Turn accounts on, proving an active owner's name and password; that owner is then
    logged in for this process, so turning accounts on never locks out the person doing it."""
    _manage()
    member = (StaffMember.select().where(StaffMember.name == name.strip(),
                                         StaffMember.active == True)  # noqa: E712
              .first())
    if member is None or member.role != access.OWNER:
        raise GuardError(_("Accounts can be turned on only with an active owner's name and password."))
    access.login(name, password)
    with database_proxy.atomic():
        _store_setting("1")
        audit.record("enable_accounts", "settings", None, f"by: {member.name}")


def disable_accounts() -> None:
    """Turn accounts off: no login any more, and whoever opens the app is the owner."""
    _manage()
    with database_proxy.atomic():
        _store_setting("0")
        audit.record("disable_accounts", "settings", None, "")


def _store_setting(value: str) -> None:
    Setting.insert(key=access.ACCOUNTS_KEY, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()
