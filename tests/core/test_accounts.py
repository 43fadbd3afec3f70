"""Staff accounts: password hashing, login, roles, turning accounts on and off, the audit log."""
from __future__ import annotations

import peewee
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop import access, accounts, audit, passwords, project_service
from crm_desktop.customer_service import (
    CustomerInput,
    add_interaction,
    mark_lost,
    save_customer,
)
from crm_desktop.errors import GuardError, PermissionDenied, UserError, ValidationError
from crm_desktop.models import AuditEntry, Customer, Setting, StaffMember
from crm_desktop.project_service import ProjectInput, save_project
from crm_desktop.settings import (
    CareSettings,
    StudioSettings,
    load_settings,
    save_care_settings,
    save_settings,
)

PASSWORD = "correct horse"


@pytest.fixture
def owner(db: peewee.Database) -> int:
    """An owner with a password, and accounts turned on by them (so they are logged in)."""
    owner_id = accounts.add_account("Mei", "owner", PASSWORD)
    accounts.enable_accounts("Mei", PASSWORD)
    return owner_id


@pytest.fixture
def staff(owner: int) -> int:
    return accounts.add_account("Tom", "staff", "tom-secret-1")


# --- passwords --------------------------------------------------------------------------------

def test_a_hash_describes_itself_and_uses_a_fresh_salt() -> None:
    first, second = passwords.hash_password(PASSWORD), passwords.hash_password(PASSWORD)
    scheme, n, r, p, salt, _digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", passwords.N, passwords.R, passwords.P)
    assert first != second and salt != second.split("$")[4]
    assert PASSWORD not in first
    assert passwords.verify_password(PASSWORD, first) and passwords.verify_password(PASSWORD, second)
    assert not passwords.verify_password("correct horsE", first)


def test_a_hash_made_at_another_cost_still_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "N", 2**11)
    stored = passwords.hash_password(PASSWORD)
    monkeypatch.setattr(passwords, "N", 2**12)
    assert stored.split("$")[1] == str(2**11)
    assert passwords.verify_password(PASSWORD, stored)


@pytest.mark.parametrize("stored", [None, "", "plain", "md5$1$2$3$AAAA$BBBB", "scrypt$x$8$1$AAAA$BBBB",
                                    "scrypt$1024$8$1$not base64!$AAAA"])
def test_a_missing_or_unreadable_hash_never_matches(stored: str | None) -> None:
    assert not passwords.verify_password(PASSWORD, stored)


def test_a_short_password_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError, match="at least 8 characters") as caught:
        passwords.hash_password("1234567")
    assert "password" in caught.value.fields
    assert passwords.hash_password("12345678").startswith("scrypt$")


@settings(max_examples=25, deadline=None)
@given(password=st.text(min_size=passwords.MIN_LENGTH, max_size=40), other=st.text(max_size=40))
def test_any_password_round_trips_and_no_other_matches(password: str, other: str) -> None:
    stored = passwords.hash_password(password)
    assert passwords.verify_password(password, stored)
    assert passwords.verify_password(other, stored) == (other == password)


# --- login and roles ------------------------------------------------------------------------

def test_with_accounts_off_the_single_user_is_the_owner(db: peewee.Database) -> None:
    assert not access.accounts_enabled()
    assert access.current() == access.IMPLICIT_OWNER
    assert access.can_see_money()
    access.require_owner("do anything")


def test_login_checks_name_and_password_without_saying_which_was_wrong(owner: int) -> None:
    access.logout()
    messages = []
    for name, password in [("Mei", "wrong password"), ("Nobody", PASSWORD), ("", "")]:
        with pytest.raises(UserError) as caught:
            access.login(name, password)
        messages.append(caught.value.message)
    assert len(set(messages)) == 1 and "name or the password" in messages[0]
    assert access.current() == access.NOBODY
    who = access.login("Mei", PASSWORD)
    assert (who.staff_id, who.name, who.role) == (owner, "Mei", "owner")
    assert access.current() is who


def test_an_inactive_or_passwordless_account_cannot_log_in(owner: int, staff: int) -> None:
    no_password = accounts.add_account("Li", "staff")
    accounts.set_active(staff, False)
    for name, password in [("Tom", "tom-secret-1"), ("Li", "")]:
        with pytest.raises(UserError, match="name or the password"):
            access.login(name, password)
    assert StaffMember.get_by_id(no_password).password_hash is None


def test_staff_cannot_reach_owner_things(staff: int) -> None:
    who = access.login("Tom", "tom-secret-1")
    assert who.role == "staff" and not access.can_see_money()
    with pytest.raises(PermissionDenied, match="Only the studio owner can manage staff accounts"):
        accounts.account_rows()
    with pytest.raises(PermissionDenied):
        accounts.add_account("Sneaky", "owner", "password-123")
    with pytest.raises(PermissionDenied):
        accounts.disable_accounts()
    with pytest.raises(PermissionDenied, match="change the settings"):
        save_settings(StudioSettings(profit_line_cents=1))
    with pytest.raises(PermissionDenied, match="change the settings"):
        save_care_settings(CareSettings(lead_days=1))
    with pytest.raises(PermissionDenied, match="audit log"):
        audit.audit_rows(10)
    assert load_settings().profit_line_cents == StudioSettings().profit_line_cents
    assert not StaffMember.select().where(StaffMember.name == "Sneaky").exists()


def test_with_accounts_on_nobody_logged_in_gets_no_rights(owner: int) -> None:
    access.logout()
    assert access.current() == access.NOBODY
    assert not access.can_see_money()
    with pytest.raises(PermissionDenied):
        access.require_owner("see this")


def test_turning_accounts_on_needs_an_active_owner_and_their_password(db: peewee.Database) -> None:
    accounts.add_account("Tom", "staff", "tom-secret-1")
    accounts.add_account("Ann", "owner")
    with pytest.raises(GuardError):
        accounts.enable_accounts("Tom", "tom-secret-1")
    with pytest.raises(UserError, match="name or the password"):
        accounts.enable_accounts("Ann", "")
    assert not access.accounts_enabled()
    accounts.set_password(StaffMember.get(StaffMember.name == "Ann").id, "ann-secret-1")
    accounts.enable_accounts("Ann", "ann-secret-1")
    assert access.accounts_enabled()
    assert access.current().name == "Ann" and access.current().is_owner
    accounts.disable_accounts()
    access.logout()
    assert Setting.get_by_id(access.ACCOUNTS_KEY).value == "0"
    assert access.current() == access.IMPLICIT_OWNER


def test_the_last_owner_who_can_log_in_cannot_be_demoted_or_deactivated(owner: int, staff: int) -> None:
    with pytest.raises(GuardError, match="at least one active owner"):
        accounts.set_role(owner, "staff")
    with pytest.raises(GuardError, match="at least one active owner"):
        accounts.set_active(owner, False)
    accounts.set_role(staff, "owner")
    accounts.set_role(owner, "staff")
    assert StaffMember.get_by_id(owner).role == "staff"


def test_account_names_are_unique_and_roles_known(owner: int) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.add_account(" Mei ", "staff")
    assert "already has an account" in caught.value.fields["name"]
    with pytest.raises(ValidationError) as caught:
        accounts.add_account("Bo", "boss")
    assert "role" in caught.value.fields
    rows = accounts.account_rows()
    assert [(r.name, r.role, r.active, r.has_password) for r in rows] == [("Mei", "owner", True, True)]


def test_a_person_changes_their_own_password_proving_the_old_one(staff: int) -> None:
    access.login("Tom", "tom-secret-1")
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_password("not it", "new-secret-2")
    assert "old_password" in caught.value.fields
    accounts.change_own_password("tom-secret-1", "new-secret-2")
    access.logout()
    assert access.login("Tom", "new-secret-2").name == "Tom"


# --- the audit log ----------------------------------------------------------------------------

def _entries() -> list[tuple[str, str, str, int | None, str]]:
    return [(r.staff_name, r.action, r.entity, r.entity_id, r.summary)
            for r in audit.audit_rows(100, newest_first=False)]


def test_changes_are_logged_with_who_did_them(staff: int) -> None:
    access.logout()
    access.login("Tom", "tom-secret-1")
    customer = save_customer(CustomerInput(ref="C1", name="林晓", phone="13800138000", tier="B"))
    save_customer(CustomerInput(ref="C1", name="林晓", phone="13900139000", tier="A"), customer)
    add_interaction(customer, "2024-05-01", "call", "asked about the kitchen")
    mark_lost(customer, "price")
    access.logout()
    access.login("Mei", PASSWORD)
    rows = [row for row in _entries() if row[2] == "customer"]
    assert [(who, action) for who, action, *_ in rows] == [
        ("Tom", "create"), ("Tom", "update"), ("Tom", "add_interaction"), ("Tom", "mark_lost")]
    assert rows[1][4] == "phone; tier: B → A"  # personal data by name only, never its value
    assert "13800138000" not in " ".join(row[4] for row in rows)
    assert rows[3][4] == "lost_reason: — → price"
    assert all(row[3] == customer for row in rows)
    tom = StaffMember.get_by_id(staff)
    assert AuditEntry.select().where(AuditEntry.staff == tom).count() == 4


def test_account_changes_are_logged_without_any_password(owner: int, staff: int) -> None:
    accounts.set_password(staff, "brand-new-pass")
    accounts.set_role(staff, "owner")
    text = " ".join(" ".join(str(v) for v in row) for row in _entries())
    assert "brand-new-pass" not in text and "scrypt$" not in text and "tom-secret-1" not in text
    actions = [(row[1], row[2], row[3]) for row in _entries()]
    assert ("enable_accounts", "settings", None) in actions
    assert ("create", "staff", staff) in actions
    assert ("set_password", "staff", staff) in actions
    assert ("set_role", "staff", staff) in actions


def test_with_accounts_off_changes_are_logged_with_no_name(db: peewee.Database) -> None:
    save_settings(StudioSettings(studio_name="Atelier"))
    rows = _entries()
    assert rows == [("", "save", "settings", None, "studio_name: Studio → Atelier")]
    assert AuditEntry.get().staff_id is None


def test_the_entry_is_written_in_the_same_transaction_as_the_change(db: peewee.Database) -> None:
    customer = save_customer(CustomerInput(ref="C1", name="Anna"))
    before = AuditEntry.select().count()
    with pytest.raises(RuntimeError), db.atomic():
        save_customer(CustomerInput(ref="C1", name="Anna", tier="A"), customer)
        assert AuditEntry.select().count() == before + 1
        raise RuntimeError("the caller's transaction fails after the save")
    assert AuditEntry.select().count() == before
    assert Customer.get_by_id(customer).tier == "C"


def test_a_failed_change_leaves_no_entry(db: peewee.Database) -> None:
    customer = save_customer(CustomerInput(ref="C1", name="Anna"))
    save_project(ProjectInput(ref="P1", customer_ref="C1", title="Kitchen"))
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError):
        save_customer(CustomerInput(ref="C1", name=""), customer)
    with pytest.raises(UserError):
        save_customer(CustomerInput(ref="C1", name="Anna"), customer, expected_version=99)
    assert AuditEntry.select().count() == before


def test_the_log_pages_newest_first(db: peewee.Database) -> None:
    for n in range(5):
        audit.record("test", "thing", n, f"entry {n}")
    assert audit.audit_count() == 5
    assert [r.entity_id for r in audit.audit_rows(2)] == [4, 3]
    assert [r.entity_id for r in audit.audit_rows(2, 2)] == [2, 1]
    assert [r.entity_id for r in audit.audit_rows(None, newest_first=False)] == [0, 1, 2, 3, 4]


def test_changes_lists_what_changed_and_hides_private_values() -> None:
    before = {"tier": "C", "notes": "likes oak", "status": "inquiry", "hours": 3}
    after = {"tier": "A", "notes": "likes walnut", "status": "inquiry", "hours": 3}
    assert audit.changes(before, after) == "tier: C → A; notes"
    assert audit.changes(before, after, ["status", "tier"]) == "tier: C → A"
    assert audit.changes({"ref": None}, {"ref": "C1"}) == "ref: — → C1"


def test_project_changes_are_logged_with_amounts_and_staff_saves_leave_them_out(staff: int) -> None:
    save_customer(CustomerInput(ref="C1", name="Anna"))
    project = save_project(ProjectInput(ref="P1", customer_ref="C1", title="Kitchen", revenue="800",
                                        cost="300", hours="5"))
    form, version = project_service.project_input(project)
    form.revenue, form.title = "1000.50", "Kitchen and hall"
    save_project(form, project, version)
    access.logout()
    access.login("Tom", "tom-secret-1")
    form, version = project_service.project_input(project)
    form.hours = "7"
    save_project(form, project, version)
    access.logout()
    access.login("Mei", PASSWORD)
    rows = [(who, action, summary) for who, action, entity, _id, summary in _entries() if entity == "project"]
    assert rows[0][:2] == ("Mei", "create") and "revenue: — → 800.00" in rows[0][2]
    assert rows[1] == ("Mei", "update", "title: Kitchen → Kitchen and hall; revenue: 800.00 → 1000.50")
    assert rows[2] == ("Tom", "update", "hours: 5.0 → 7.0")
