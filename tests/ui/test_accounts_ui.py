"""Staff accounts in the window: the login dialog, what a staff login sees, the accounts dialog,
and the audit log."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop import access, accounts, audit
from crm_desktop.customer_service import CustomerInput, add_response, save_customer
from crm_desktop.db import close_database, open_database
from crm_desktop.errors import UserError
from crm_desktop.models import Project, StaffMember
from tests.conftest import REPO
from ui import create_main_window
from ui.accounts_dialog import StaffAccountsDialog
from ui.audit_dialog import AuditLogDialog
from ui.forms.project_form import ProjectDialog
from ui.login_dialog import LoginCancelled, LoginDialog
from ui.models.audit_model import PAGE_SIZE, AuditColumn, AuditTableModel
from ui.models.customer_model import Column

OWNER_PASSWORD = "owner-password"
STAFF_PASSWORD = "staff-password"


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[Path]:
    """A studio with accounts on (owner Mei, staff Tom), closed and nobody logged in."""
    path = tmp_path / "office.sqlite3"
    open_database(path)
    ann = save_customer(CustomerInput(ref="C1", name="Ann"))
    Project.create(ref="P1", customer=ann, title="Kitchen", status="completed",
                   revenue_cents=7_654_321, cost_cents=1_234_567, started=dt.date(2025, 1, 1))
    Project.create(ref="P2", customer=ann, title="Hall", status="inquiry", revenue_cents=100_000)
    add_response(ann, dt.date.today().isoformat(), "10")
    accounts.add_account("Mei", "owner", OWNER_PASSWORD)
    accounts.add_account("Tom", "staff", STAFF_PASSWORD)
    accounts.enable_accounts("Mei", OWNER_PASSWORD)
    close_database()
    access.logout()
    yield path
    close_database()


def _window(path: Path, qtbot: QtBot, name: str, password: str) -> QMainWindow:
    def log_in(user: str | None) -> bool:
        access.login(name, password)
        return True

    win = create_main_window(str(path), "en", ask_login=log_in)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def _menu_texts(win: QMainWindow) -> list[str]:
    return [action.text() for menu in win.menuBar().actions() for action in menu.menu().actions()]


def test_the_login_dialog_says_so_inline_and_stays_open(office_db: Path, qtbot: QtBot) -> None:
    open_database(office_db)
    dialog = LoginDialog("Tom")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Tom"
    dialog.password.setText("not the password")
    assert not dialog.try_login()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The name or the password is not right."
    assert dialog.password.text() == "" and dialog.isVisible()
    assert access.current() == access.NOBODY
    dialog.password.setText(STAFF_PASSWORD)
    assert dialog.try_login()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert access.current().name == "Tom"


def test_the_window_needs_a_login_and_cancel_quits(office_db: Path) -> None:
    with pytest.raises(LoginCancelled):
        create_main_window(str(office_db), "en", ask_login=lambda user: False)
    with pytest.raises(UserError, match="log in first"):
        create_main_window(str(office_db), "en")
    asked: list[str | None] = []
    with pytest.raises(LoginCancelled):
        create_main_window(str(office_db), "en", user="Tom", ask_login=lambda user: asked.append(user) or False)
    assert asked == ["Tom"]


def test_a_staff_window_shows_no_money(office_db: Path, qtbot: QtBot) -> None:
    win = _window(office_db, qtbot, "Tom", STAFF_PASSWORD)
    assert win.findChild(QWidget, "segmentGrid") is None
    assert win.findChild(QWidget, "segmentsSection") is None
    hidden = {win.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(win.nav.count())
              if win.nav.item(i).isHidden()}
    assert hidden == {"segments", "decisions"}
    texts = _menu_texts(win)
    for owner_only in ("&Report…", "&Settings…", "Staff &accounts…", "Audit &log…", "&Segments", "&Decisions"):
        assert owner_only not in texts
    status = win.findChild(QLabel, "statusUser")
    assert status.isVisible() and status.text() == "Logged in: Tom (staff)"
    win.show_section(2)  # Segments: not for staff, so the window stays on Customers
    assert win.sections.currentIndex() == 0
    # Asked for anyway, its place holds a sentence, never the grid.
    assert isinstance(win.segments, QLabel) and win.findChild(QWidget, "segmentsSection") is None

    table = win.findChild(QTableView, "customerList")
    assert table.isColumnHidden(Column.PROFIT) and table.isColumnHidden(Column.SEGMENT)
    assert table.model().index(0, Column.PROFIT).data() == ""
    assert win.findChild(QWidget, "customerSegmentFilter").isHidden()
    win.customers.select_customer(win.customers.model.row_at(0).id)
    detail = win.customers.detail
    assert detail.profit_value.text() == "—" and not detail.facts.isRowVisible(detail.profit_value)
    assert detail.projects_list.isColumnHidden(3)
    shown = [detail.projects_list.topLevelItem(i).text(3) for i in range(detail.projects_list.topLevelItemCount())]
    assert shown == ["", ""]
    assert not win.projects.accept_job_action.isVisible()
    # A contact is logged as made by whoever is logged in.
    assert detail.contact_entry.staff_combo.currentText() == "Tom"


def test_a_staff_project_form_has_no_money_fields(office_db: Path, qtbot: QtBot) -> None:
    win = _window(office_db, qtbot, "Tom", STAFF_PASSWORD)
    pid = Project.get(Project.ref == "P1").id
    form = ProjectDialog(win.context, pid, win)
    qtbot.addWidget(form)
    form.show()
    assert not form.editors["revenue"].isVisible() and not form.editors["cost"].isVisible()
    assert form.editors["hours"].isVisible() and form.editors["revenue"].text() == ""
    form.editors["title"].setText("Kitchen and pantry")
    assert form.save()
    saved = Project.get_by_id(pid)
    assert (saved.title, saved.revenue_cents, saved.cost_cents) == ("Kitchen and pantry", 7_654_321, 1_234_567)


def test_an_owner_window_has_everything_and_says_who(office_db: Path, qtbot: QtBot) -> None:
    win = _window(office_db, qtbot, "Mei", OWNER_PASSWORD)
    win.show_section(2)  # Segments, built when first shown
    assert win.sections.currentIndex() == 2
    assert win.findChild(QWidget, "segmentGrid") is not None
    texts = _menu_texts(win)
    for item in ("&Report…", "&Settings…", "Staff &accounts…", "Audit &log…"):
        assert item in texts
    assert win.findChild(QLabel, "statusUser").text() == "Logged in: Mei (owner)"
    table = win.findChild(QTableView, "customerList")
    assert not table.isColumnHidden(Column.PROFIT)
    assert table.model().index(0, Column.PROFIT).data() == "64,197.54"
    dialog = win.open_accounts()
    assert isinstance(dialog, StaffAccountsDialog) and dialog.isVisible()
    assert [row.name for row in dialog.rows] == ["Mei", "Tom"]
    dialog.close()
    log = win.open_audit_log()
    assert isinstance(log, AuditLogDialog) and log.model.rowCount() >= 3


def test_the_accounts_dialog_turns_accounts_on_and_manages_people(db: peewee.Database, qtbot: QtBot) -> None:
    dialog = StaffAccountsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "off" in dialog.state.text() and dialog.switch_box.isVisible()
    assert not dialog.turn_off_button.isVisible()

    dialog.add_name.setText("Mei")
    dialog.add_role.setCurrentIndex(dialog.add_role.findData("owner"))
    dialog.add_password.setText("short")
    assert not dialog.add_person()
    assert "at least 8 characters" in dialog.message.text()
    dialog.add_password.setText(OWNER_PASSWORD)
    assert dialog.add_person()
    dialog.add_name.setText("Tom")
    dialog.add_role.setCurrentIndex(dialog.add_role.findData("staff"))
    assert dialog.add_person()  # no password yet
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 3).text() == "Not set"

    dialog.owner_name.setText("Mei")
    dialog.owner_password.setText("wrong password")
    assert not dialog.turn_on() and not access.accounts_enabled()
    dialog.owner_name.setText("Mei")
    dialog.owner_password.setText(OWNER_PASSWORD)
    with qtbot.waitSignal(dialog.accounts_changed):
        assert dialog.turn_on()
    assert access.accounts_enabled() and access.current().name == "Mei"
    assert "on" in dialog.state.text() and not dialog.switch_box.isVisible()

    dialog.select(StaffMember.get(StaffMember.name == "Tom").id)
    dialog.new_password.setText(STAFF_PASSWORD)
    assert dialog.set_password() and dialog.table.item(1, 3).text() == "Set"
    assert dialog.toggle_role() and dialog.table.item(1, 1).text() == "Owner"
    assert dialog.toggle_role() and dialog.table.item(1, 1).text() == "Staff"
    dialog.select(StaffMember.get(StaffMember.name == "Mei").id)
    assert not dialog.toggle_active()  # the only owner who can log in
    assert "at least one active owner" in dialog.message.text()
    dialog.select(StaffMember.get(StaffMember.name == "Tom").id)
    assert dialog.toggle_active() and dialog.table.item(1, 2).text() == "No"
    assert dialog.turn_off() and not access.accounts_enabled()


def test_the_audit_dialog_pages_through_a_long_log(db: peewee.Database, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    with db.atomic():
        for n in range(PAGE_SIZE * 2 + 50):
            audit.record("update", "customer", n, f"tier: C → A ({n})")
    # The model alone first (a view attached to it would fetch pages on its own).
    model = AuditTableModel()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 50 and not model.canFetchMore()
    model.refresh()
    assert model.rowCount() == PAGE_SIZE and model.total_count() == PAGE_SIZE * 2 + 50
    tested = AuditTableModel()
    qtmodeltester.check(tested)  # while pages are still to fetch (the tester fetches them)
    qtmodeltester.check(tested, force_py=True)
    assert tested.rowCount() == PAGE_SIZE * 2 + 50
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    assert dialog.view.model() is dialog.model and dialog.model.rowCount() >= PAGE_SIZE
    model = dialog.model
    newest = [model.index(0, column).data() for column in AuditColumn]
    assert newest[1:] == ["(no login)", "Changed", f"Customer #{PAGE_SIZE * 2 + 49}",
                          f"tier: C → A ({PAGE_SIZE * 2 + 49})"]


def test_staff_cannot_open_the_audit_log_model(office_db: Path, qtbot: QtBot) -> None:
    open_database(office_db)
    access.login("Tom", STAFF_PASSWORD)
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "Only the studio owner" in dialog.message.text()



def test_every_action_the_core_records_has_a_name_in_the_audit_log(db: peewee.Database) -> None:
    """A new audit.record("...") in the core must also get a readable name in the log."""
    recorded: set[tuple[str, str]] = set()
    for path in (REPO / "crm_desktop").rglob("*.py"):
        recorded |= set(re.findall(r'audit\.record\(\s*"([a-z_]+)",\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert len(recorded) >= 20
    model = AuditTableModel()
    unnamed = sorted({action for action, _ in recorded if model.action_name(action) == action}
                     | {entity for _, entity in recorded if model.entity_name(entity) == entity})
    assert unnamed == []
