"""What the duplicates and merge tests share: a studio with planted duplicates, and the steps
of opening the duplicates dialog, a merge dialog and a staff login."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop import access, accounts
from crm_desktop.customer_service import CustomerInput, add_response, save_customer
from crm_desktop.models import ALL_MODELS, Customer, Project, StaffMember
from ui.context import AppContext
from ui.duplicates_dialog import DuplicatesDialog
from ui.merge_dialog import MergeDialog
from ui.models.duplicate_model import DuplicateTableModel

PASSWORD = "a long enough passphrase"


def add_customer(ref: str, name: str, phone: str = "", email: str = "") -> int:
    return save_customer(CustomerInput(ref=ref, name=name, phone=phone, email=email))


def add_project(ref: str, customer: int) -> None:
    Project.create(ref=ref, customer=customer, title=f"Job {ref}", status="completed",
                   revenue_cents=1_000_000, cost_cents=400_000)


def plant() -> dict[str, int]:
    """Three records sharing a phone (C1, C2, C7), two sharing an e-mail (C3, C4), one alone."""
    ids = {
        "C1": add_customer("C1", "陈静", phone="13800138000"),
        "C2": add_customer("C2", "陈 静", phone="+86 138-0013-8000"),
        "C3": add_customer("C3", "Anna Berg", phone="021 6234 5678", email="anna@example.com"),
        "C4": add_customer("C4", "Anna Berg", phone="13900001111", email="ANNA@example.com"),
        "C5": add_customer("C5", "Tom Lee"),
        "C7": add_customer("C7", "Ivy Chan", phone="138 0013 8000"),
    }
    mei = StaffMember.create(name="Mei").id
    Customer.update(designer=mei).where(Customer.id == ids["C4"]).execute()
    add_project("P1", ids["C1"])
    add_project("P2", ids["C2"])
    add_project("P4", ids["C4"])
    add_project("P5", ids["C4"])
    add_response(ids["C4"], "2025-03-01", "9")
    return ids


def fingerprint() -> dict[str, list[tuple[object, ...]]]:
    return {model.__name__: sorted(tuple(map(repr, row)) for row in model.select().tuples())
            for model in ALL_MODELS}


def finished(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)


def searched(context: AppContext, qtbot: QtBot) -> DuplicatesDialog:
    """The duplicates dialog, shown, once its first search has finished."""
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    finished(qtbot, dialog)
    return dialog


def pairs(model: DuplicateTableModel) -> list[tuple[str, str]]:
    return [(row.a.ref, row.b.ref) for row in model.rows()]


def merge_dialog(qtbot: QtBot, context: AppContext, first: int, second: int) -> MergeDialog:
    dialog = MergeDialog(context, first, second)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def log_in_staff() -> None:
    """Accounts on, with an owner and a staff member Tom, and Tom logged in."""
    accounts.add_account("Owner Wu", access.OWNER, PASSWORD)
    accounts.add_account("Tom", access.STAFF, PASSWORD)
    accounts.enable_accounts("Owner Wu", PASSWORD)
    access.login("Tom", PASSWORD)
