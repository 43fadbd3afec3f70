"""Backups in the window: one soon after start (off the GUI thread), Back up now, and Restore from backup."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop import access
from crm_desktop.accounts import add_account, enable_accounts
from crm_desktop.auto_backup import automatic_backups
from crm_desktop.backup import backup_folder, backup_to
from crm_desktop.customer_service import CustomerInput, save_customer
from crm_desktop.db import close_database, open_database
from ui import create_main_window
from ui.background import BackgroundRunner
from ui.backup_actions import CHECK_INTERVAL_MS, START_DELAY_MS


@pytest.fixture
def studio_db(tmp_path: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    db = open_database(path)
    with db.atomic():
        for ref in ("C1", "C2", "C3"):
            save_customer(CustomerInput(ref=ref, name=f"Customer {ref}"))
    close_database()
    # Last written an hour ago: a backup taken now is newer than every change.
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    return path


@pytest.fixture(autouse=True)
def backup_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup on start without the few seconds' wait (the test below checks the wait)."""
    monkeypatch.setattr("ui.backup_actions.START_DELAY_MS", 0)


@pytest.fixture
def window(studio_db: Path, qtbot: QtBot) -> Iterator[QMainWindow]:
    win = create_main_window(str(studio_db), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    close_database()


def _refs(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT ref FROM customer ORDER BY ref")]
    finally:
        conn.close()


def _action(win: QMainWindow, name: str) -> QAction:
    action = win.menuBar().findChild(QAction, name)
    assert action is not None, name
    return action


def _message_box(win: QMainWindow, name: str) -> QMessageBox:
    boxes = [box for box in win.findChildren(QMessageBox, name) if box.isVisible()]
    assert len(boxes) == 1, name
    return boxes[0]


def test_an_automatic_backup_on_start_then_only_after_a_change(window: QMainWindow, studio_db: Path,
                                                                qtbot: QtBot) -> None:
    folder = backup_folder(studio_db)
    qtbot.waitUntil(lambda: len(automatic_backups(folder)) == 1)
    [first] = automatic_backups(folder)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Backed up automatically: {first.name}.")
    assert _refs(first) == ["C1", "C2", "C3"]
    assert window.backups.timer.isActive() and window.backups.timer.interval() == CHECK_INTERVAL_MS

    window.backups.back_up_on_start()  # nothing changed since: no second backup
    window.backups.runner.wait()
    qtbot.wait(50)
    assert automatic_backups(folder) == [first]

    # The daily check skips a backup younger than a day, even after a change.
    save_customer(CustomerInput(ref="C4", name="Customer C4"))
    window.backups.back_up_daily()
    window.backups.runner.wait()
    qtbot.wait(50)
    assert automatic_backups(folder) == [first]


def test_the_backup_on_start_waits_until_the_window_has_been_shown_a_while(
        studio_db: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.backup_actions.START_DELAY_MS", START_DELAY_MS)
    assert 2_000 <= START_DELAY_MS <= 10_000  # out of the first screen's way, yet soon
    win = create_main_window(str(studio_db), "en")
    qtbot.addWidget(win)
    start = win.backups.start_timer
    assert not start.isActive()  # nothing before the window is on screen
    win.show()
    assert start.isActive() and start.isSingleShot() and start.interval() == START_DELAY_MS
    qtbot.wait(100)
    assert automatic_backups(backup_folder(studio_db)) == []
    left = start.remainingTime()
    win.hide()
    win.show()  # shown again (say, after being minimised): the same wait goes on, not a new one
    assert start.isActive() and start.remainingTime() <= left
    win.close()
    assert not start.isActive()
    close_database()


def test_back_up_now_writes_where_the_user_chose(window: QMainWindow, tmp_path: Path, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[str] = []

    def ask(default: str) -> str:
        suggested.append(default)
        return str(tmp_path / "by-hand")  # no suffix: the window adds it

    monkeypatch.setattr(window.backups, "ask_save_path", ask)
    _action(window, "backupNowAction").trigger()
    out = tmp_path / "by-hand.sqlite3"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Backed up to {out}.")
    assert _refs(out) == ["C1", "C2", "C3"]
    assert Path(suggested[0]).name == f"studio-backup-{dt.date.today().isoformat()}.sqlite3"

    monkeypatch.setattr(window.backups, "ask_save_path", lambda default: str(tmp_path / "missing" / "x.sqlite3"))
    _action(window, "backupNowAction").trigger()
    qtbot.waitUntil(lambda: bool([b for b in window.findChildren(QMessageBox, "backupMessage") if b.isVisible()]))
    box = _message_box(window, "backupMessage")
    assert box.text() == f"The folder {tmp_path / 'missing'} does not exist."
    box.accept()


def test_restore_from_backup_after_confirmation_shows_the_restored_data(
        window: QMainWindow, studio_db: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = backup_to(studio_db, tmp_path / "saved.sqlite3")
    save_customer(CustomerInput(ref="C4", name="Added after the backup"))
    window.refresh_status()
    assert window._status_customers.text() == "4 customers"
    old_customers = window.customers
    monkeypatch.setattr(window.backups, "ask_open_path", lambda folder: str(saved))

    _action(window, "restoreBackupAction").trigger()
    box = _message_box(window, "restoreConfirmation")
    assert str(saved) in box.text() and str(backup_folder(studio_db)) in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _refs(studio_db) == ["C1", "C2", "C3", "C4"]

    _action(window, "restoreBackupAction").trigger()
    _message_box(window, "restoreConfirmation").button(QMessageBox.StandardButton.Yes).click()
    [safety] = backup_folder(studio_db).glob("*-before-restore.sqlite3")
    assert window.statusBar().currentMessage() == (
        f"Restored from {saved}; the data it replaced is kept in {safety}.")
    assert _refs(studio_db) == ["C1", "C2", "C3"]
    assert _refs(safety) == ["C1", "C2", "C3", "C4"]
    assert window.customers is not old_customers  # every section rebuilt on the restored data
    assert window._status_customers.text() == "3 customers"
    save_customer(CustomerInput(ref="C5", name="The database is open again"))


def test_a_bad_backup_is_refused_and_the_window_carries_on(
        window: QMainWindow, studio_db: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(bytes(range(256)) * 40)
    before = studio_db.read_bytes()
    monkeypatch.setattr(window.backups, "ask_open_path", lambda folder: str(bad))
    _action(window, "restoreBackupAction").trigger()
    _message_box(window, "restoreConfirmation").button(QMessageBox.StandardButton.Yes).click()
    box = _message_box(window, "backupMessage")
    assert box.text() == f"{bad} is not a SQLite database, so it is not a Studio CRM backup."
    box.accept()
    assert studio_db.read_bytes() == before
    save_customer(CustomerInput(ref="C4", name="The database is open again"))
    window.refresh_status()
    assert window._status_customers.text() == "4 customers"


def test_a_staff_login_gets_automatic_backups_but_no_backup_actions(studio_db: Path, qtbot: QtBot) -> None:
    open_database(studio_db)
    add_account("Owner Wu", access.OWNER, "a long enough passphrase")
    add_account("Mei", access.STAFF, "another long passphrase")
    enable_accounts("Owner Wu", "a long enough passphrase")
    access.logout()
    access.login("Mei", "another long passphrase")
    close_database()
    win = create_main_window(str(studio_db), "en")
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.menuBar().findChild(QAction, "backupNowAction") is None
        assert win.menuBar().findChild(QAction, "restoreBackupAction") is None
        qtbot.waitUntil(lambda: len(automatic_backups(backup_folder(studio_db))) == 1)
    finally:
        win.close()
        close_database()


def test_on_postgresql_both_actions_point_to_pg_dump(window: QMainWindow) -> None:
    window.backups.db_path = window.backups.folder = None  # what the window has on a PostgreSQL URL
    _action(window, "backupNowAction").trigger()
    box = _message_box(window, "backupMessage")
    assert "pg_dump -Fc -f studio.dump" in box.text()
    box.accept()
    _action(window, "restoreBackupAction").trigger()
    box = _message_box(window, "backupMessage")
    assert "pg_restore --clean -d" in box.text()
    box.accept()


def test_background_work_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    seen: list[tuple[str, object]] = []
    gui = threading.get_ident()
    runner.run(threading.get_ident, lambda worker: seen.append(("done", (worker != gui, threading.get_ident() == gui))),
               lambda exc: seen.append(("failed", exc)))

    def broken() -> None:
        raise ValueError("a bug")

    runner.run(broken, lambda result: seen.append(("done", result)),
               lambda exc: seen.append(("failed", (str(exc), threading.get_ident() == gui))))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [("done", (True, True)), ("failed", ("a bug", True))]
    runner.wait()
