"""Staff accounts (owners only): turn accounts on or off, add people, set roles and passwords.

Every button calls a method of the dialog, so tests drive it without exec(). The core checks
every rule again (owners only, an owner who can log in must remain); its sentences are shown
in the dialog.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import access, accounts
from crm_desktop.accounts import AccountRow
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError

ERROR_STYLE = "color: #a33a00;"
NOTE_STYLE = "color: #2d6a2d;"


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StaffAccountsDialog(QDialog):
    """The people who may log in, and the switch that makes them log in."""

    # Accounts turned on or off, or a person changed: the window updates its status line.
    accounts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffAccountsDialog")
        self.setWindowTitle(self.tr("Staff accounts"))
        self.resize(640, 560)
        self.rows: list[AccountRow] = []
        self._build()
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.state = QLabel()
        self.state.setObjectName("accountsState")
        self.state.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.switch_box = QGroupBox(self.tr("Turn accounts on"))
        self.owner_name = QLineEdit()
        self.owner_name.setObjectName("enableName")
        self.owner_password = _password_edit("enablePassword")
        self.turn_on_button = QPushButton(self.tr("Turn &on"))
        self.turn_on_button.clicked.connect(self.turn_on)
        switch = QFormLayout(self.switch_box)
        switch.addRow(QLabel(self.tr("Give an owner's name and password: that owner stays logged in.")))
        switch.addRow(self.tr("Owner's name:"), self.owner_name)
        switch.addRow(self.tr("Password:"), self.owner_password)
        switch.addRow("", self.turn_on_button)
        self.turn_off_button = QPushButton(self.tr("Turn accounts o&ff"))
        self.turn_off_button.clicked.connect(self.turn_off)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Active"), self.tr("Password")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.role_button = QPushButton(self.tr("Change &role"))
        self.role_button.clicked.connect(self.toggle_role)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.new_password = _password_edit("newPassword")
        self.new_password.setPlaceholderText(self.tr("New password (8 characters or more)"))
        self.password_button = QPushButton(self.tr("Set &password"))
        self.password_button.clicked.connect(self.set_password)
        person = QHBoxLayout()
        person.addWidget(self.role_button)
        person.addWidget(self.active_button)
        person.addWidget(self.new_password, 1)
        person.addWidget(self.password_button)

        add_box = QGroupBox(self.tr("Add a person"))
        self.add_name = QLineEdit()
        self.add_name.setObjectName("addName")
        self.add_role = QComboBox()
        self.add_role.setObjectName("addRole")
        self.add_role.addItem(self.tr("Staff"), access.STAFF)
        self.add_role.addItem(self.tr("Owner"), access.OWNER)
        self.add_password = _password_edit("addPassword")
        self.add_password.setPlaceholderText(self.tr("Optional; can be set later"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_person)
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Name:"), self.add_name)
        add_form.addRow(self.tr("Role:"), self.add_role)
        add_form.addRow(self.tr("Password:"), self.add_password)
        add_form.addRow("", self.add_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.switch_box)
        layout.addWidget(self.turn_off_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addLayout(person)
        layout.addWidget(add_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            with translate_errors():
                enabled = access.accounts_enabled()
                self.rows = accounts.account_rows()
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        self.state.setText(
            self.tr("Staff accounts are on: everyone logs in, and staff do not see revenue, cost "
                    "or profit, nor change settings.") if enabled else
            self.tr("Staff accounts are off: whoever opens this database is treated as the owner."))
        self.switch_box.setVisible(not enabled)
        self.turn_off_button.setVisible(enabled)
        selected = self.selected()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (row.name, self.role_name(row.role),
                     self.tr("Yes") if row.active else self.tr("No"),
                     self.tr("Set") if row.has_password else self.tr("Not set"))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def role_name(self, role: str) -> str:
        return self.tr("Owner") if role == access.OWNER else self.tr("Staff")

    def selected(self) -> AccountRow | None:
        row = self.table.currentRow()
        items = self.table.selectedItems()
        return self.rows[row] if items and 0 <= row < len(self.rows) else None

    def select(self, staff_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == staff_id:
                self.table.selectRow(index)
                return

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.role_button.setText(self.tr("Make &staff") if row.role == access.OWNER
                                     else self.tr("Make &owner"))
            self.active_button.setText(self.tr("&Deactivate") if row.active else self.tr("Re&activate"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, change: Callable[[], object], done: str) -> bool:
        """Run one change through the core; show its sentence, or `done`."""
        try:
            with translate_errors():
                change()
        except UserError as exc:
            self._say(exc.message, error=True)
            return False
        self.refresh()
        self._say(done)
        self.accounts_changed.emit()
        return True

    # -- actions --------------------------------------------------------------------------

    def add_person(self) -> bool:
        name = self.add_name.text().strip()
        role = str(self.add_role.currentData())
        ok = self._run(lambda: accounts.add_account(name, role, self.add_password.text()),
                       self.tr("{name} was added.").format(name=name))
        if ok:
            self.add_name.clear()
            self.add_password.clear()
        return ok

    def toggle_role(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        role = access.STAFF if row.role == access.OWNER else access.OWNER
        return self._run(lambda: accounts.set_role(row.id, role),
                         self.tr("{name} is now {role}.").format(name=row.name, role=self.role_name(role)))

    def toggle_active(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        done = (self.tr("{name} can no longer log in.") if row.active
                else self.tr("{name} can log in again.")).format(name=row.name)
        return self._run(lambda: accounts.set_active(row.id, not row.active), done)

    def set_password(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        ok = self._run(lambda: accounts.set_password(row.id, self.new_password.text()),
                       self.tr("The password of {name} was set.").format(name=row.name))
        self.new_password.clear()
        return ok

    def turn_on(self) -> bool:
        ok = self._run(lambda: accounts.enable_accounts(self.owner_name.text(), self.owner_password.text()),
                       self.tr("Staff accounts are on; you are logged in as {name}.").format(
                           name=self.owner_name.text().strip()))
        self.owner_password.clear()
        return ok

    def turn_off(self) -> bool:
        return self._run(accounts.disable_accounts, self.tr("Staff accounts are off."))
