"""Logging in before the main window, when the studio has turned staff accounts on.

`LoginDialog.try_login` does the work, so tests drive the dialog without exec(); `ask_login`
is what the app runs (modal), and Cancel means quit.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import access
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError

ERROR_STYLE = "color: #a33a00;"


class LoginCancelled(Exception):
    """The person closed the login dialog: the app quits without a message."""


class LoginDialog(QDialog):
    """Name and password; a wrong pair shows a sentence under the fields and stays open."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — Studio CRM"))
        # Wide enough that the sentence and a wrong-password message read on one or two lines.
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("This studio uses staff accounts. Log in with your name and password."))
        intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setObjectName("loginName")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if name else self.name).setFocus()

    def try_login(self) -> bool:
        """Log in with what is typed; on success the dialog is accepted."""
        try:
            with translate_errors():
                access.login(self.name.text(), self.password.text())
        except UserError as exc:
            self.message.setText(exc.message)
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True


def ask_login(name: str | None, parent: QWidget | None = None) -> bool:
    """Show the login dialog until someone logs in (True) or cancels (False)."""
    dialog = LoginDialog(name or "", parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
