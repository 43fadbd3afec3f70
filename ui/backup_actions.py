"""Backups in the window: automatic ones (soon after start, then daily), and File ▸ Back up now / Restore.

Automatic backups run on the background thread and report in the status bar. The one on start
waits a few seconds after the window is shown: a copy of a large file competes for the disk and
the CPU with the window's first screen, and the user is not waiting for it. A restore
runs on the GUI thread with the database closed (nothing else may use it meanwhile), then
reopens it and tells the window, which rebuilds its sections on the restored data.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from crm_desktop import access
from crm_desktop.auto_backup import DAILY, auto_backup
from crm_desktop.backup import (
    backup_folder,
    backup_to,
    open_sqlite_file,
    pg_backup_sentence,
    pg_restore_sentence,
    restore,
)
from crm_desktop.db import close_database, open_database
from crm_desktop.errors import UserError
from ui.background import BackgroundRunner

log = logging.getLogger(__name__)

# The daily backup is checked hourly against the newest backup's time: a timer of a whole
# day would drift with sleep and restarts.
CHECK_INTERVAL_MS = 60 * 60 * 1000
# From the window being shown to the backup on start.
START_DELAY_MS = 5_000
STATUS_MS = 10_000


class BackupController(QObject):
    """Owned by the main window, which puts `add_actions` in its File menu."""

    database_restored = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.db_path = open_sqlite_file()  # None on PostgreSQL: pg_dump's job
        self.folder = backup_folder(self.db_path) if self.db_path is not None else None
        self.runner = BackgroundRunner(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_daily)
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.timeout.connect(self.back_up_on_start)

    def start(self) -> None:
        """Called once the window is shown: the backup on start after START_DELAY_MS, then the
        hourly check for the daily one."""
        if self.db_path is None or self.timer.isActive():
            return
        self.start_timer.start(START_DELAY_MS)
        self.timer.start()

    def shut_down(self) -> None:
        """Stop the timers and let a running backup finish (its file is renamed only when complete)."""
        self.start_timer.stop()
        self.timer.stop()
        self.runner.wait()

    def add_actions(self, menu: QMenu) -> None:
        """Back up now / Restore from backup, for the owner: a copy holds every figure."""
        if not access.current().is_owner:
            return
        backup = menu.addAction(self.tr("&Back up now…"))
        backup.setObjectName("backupNowAction")
        backup.triggered.connect(self.back_up_now)
        restore_action = menu.addAction(self.tr("Res&tore from backup…"))
        restore_action.setObjectName("restoreBackupAction")
        restore_action.triggered.connect(self.restore_from_backup)

    # -- automatic ------------------------------------------------------------------------

    def back_up_on_start(self) -> None:
        self._auto(None)

    def back_up_daily(self) -> None:
        self._auto(DAILY)

    def _auto(self, min_interval: dt.timedelta | None) -> None:
        if self.db_path is None or self.folder is None:
            return
        db_path, folder = self.db_path, self.folder
        self.runner.run(lambda: auto_backup(db_path, folder=folder, min_interval=min_interval),
                        self._auto_done, self._auto_failed)

    def _auto_done(self, path: Path | None) -> None:
        if path is not None:
            # The file name alone: a full path pushes the rest of the status bar aside.
            self._status(self.tr("Backed up automatically: {file}.").format(file=path.name))

    def _auto_failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            log.warning("automatic backup failed: %s", error.message)
            self._status(self.tr("The automatic backup failed: {reason}").format(reason=error.message))
        else:
            log.error("automatic backup failed", exc_info=error)
            self._status(self.tr("The automatic backup failed; the log file has the details."))

    # -- by hand --------------------------------------------------------------------------

    def ask_save_path(self, suggested: str) -> str:
        """The backup file to write, chosen by the user ('' when cancelled); tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(
            self._window, self.tr("Back up the database"), suggested, self.tr("SQLite database (*.sqlite3)"))
        return path

    def ask_open_path(self, folder: str) -> str:
        """The backup to restore, chosen by the user ('' when cancelled); tests replace this."""
        path, _selected = QFileDialog.getOpenFileName(
            self._window, self.tr("Restore from a backup"), folder,
            self.tr("SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)"))
        return path

    def back_up_now(self) -> None:
        """File ▸ Back up now…: a copy where the user chooses, written in the background."""
        if self.db_path is None:
            self._tell(pg_backup_sentence(), QMessageBox.Icon.Information)
            return
        today = dt.date.today().isoformat()
        chosen = self.ask_save_path(str(Path.home() / f"{self.db_path.stem}-backup-{today}.sqlite3"))
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_name(out.name + ".sqlite3")
        db_path = self.db_path
        self._status(self.tr("Backing up to {file}…").format(file=out))
        self.runner.run(lambda: backup_to(db_path, out), self._backup_done, self._backup_failed)

    def _backup_done(self, path: Path) -> None:
        self._status(self.tr("Backed up to {file}.").format(file=path))

    def _backup_failed(self, error: Exception) -> None:
        self._window.statusBar().clearMessage()
        if not isinstance(error, UserError):
            log.error("backup failed", exc_info=error)
            self._tell(self.tr("The backup failed; the log file has the details."))
            return
        self._tell(error.message)

    def restore_from_backup(self) -> None:
        """File ▸ Restore from backup…: choose a file, confirm, then replace the data."""
        if self.db_path is None or self.folder is None:
            self._tell(pg_restore_sentence(), QMessageBox.Icon.Information)
            return
        folder = self.folder if self.folder.is_dir() else Path.home()
        chosen = self.ask_open_path(str(folder))
        if not chosen:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore from backup"),
            self.tr("Replace everything in {db} with the backup {file}? A copy of the current data "
                    "is kept in {folder}.").format(db=self.db_path, file=chosen, folder=self.folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("restoreConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Restore"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.restore_now(Path(chosen))

        box.finished.connect(answered)
        box.open()

    def restore_now(self, backup: Path) -> None:
        """Close the database, restore, reopen; the window is told when the data was replaced."""
        assert self.db_path is not None
        self.runner.wait()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        close_database()
        problem: str | None = None
        safety: Path | None = None
        try:
            safety = restore(backup, self.db_path)
        except UserError as exc:
            problem = exc.message
        finally:
            # Reopened whatever happened: the window goes on with the old data or the restored.
            reopened = self._reopen()
            QGuiApplication.restoreOverrideCursor()
        if problem is not None:
            self._tell(problem)
        if problem is not None or not reopened:
            return
        self.database_restored.emit()
        message = self.tr("Restored from {file}.").format(file=backup)
        if safety is not None:
            message = self.tr("Restored from {file}; the data it replaced is kept in {copy}.").format(
                file=backup, copy=safety)
        self._status(message)

    def _reopen(self) -> bool:
        assert self.db_path is not None
        try:
            open_database(self.db_path, must_exist=True)
        except UserError as exc:
            self._tell(self.tr("{reason} Restart Studio CRM.").format(reason=exc.message))
            return False
        return True

    # -- telling the user -----------------------------------------------------------------

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)

    def _tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        """A window-modal message that does not block (tests read and close it)."""
        box = QMessageBox(icon, self.tr("Backups"), text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("backupMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
