"""File ▸ Import…: a spreadsheet in three steps — the file, its columns, a preview — then one write.

Reading the file, checking every row and writing run on the background thread
(ui/background.py); the wizard only shows what the core answered. Nothing is written until
the person presses Import on a preview with no bad row, and then all or nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.progress import Progress
from crm_desktop.transfer.mapping import Fields
from crm_desktop.transfer.reading import Table
from ui.background import BackgroundRunner
from ui.context import AppContext
from ui.import_pages import ColumnsPage, SourcePage
from ui.import_preview import PreviewPage


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the counts across."""

    changed = Signal(int, int)


class ImportWizard(QWizard):
    """Owns what the pages share: the kind, the file read, the chosen columns, the last plan."""

    # One sentence saying what was imported, for the status bar.
    imported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.runner = BackgroundRunner(self)
        self.relay = _ProgressRelay(self)
        self.progress: Progress | None = None  # the step running now, which Cancel stops
        self.kind = "customers"
        self.path: Path | None = None
        self.table: Table | None = None
        self.chosen: Fields = ()
        self.source_page = SourcePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.source_page, self.columns_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(820, 560)

    def start(self, work: Callable[[Progress], object], done: Callable[[Any], None],
              failed: Callable[[Exception], None]) -> None:
        """Run `work` in the background with a Progress that reports to `relay` and that Cancel stops."""
        progress = Progress(self.relay.changed.emit)
        self.progress = progress
        self.runner.run(lambda: work(progress), done, failed)

    def done(self, result: int) -> None:
        # Cancel stops a running check or import at its next row (an import rolls back), and
        # the wizard closes once it has stopped; its outcome then has nowhere to go.
        if self.progress is not None:
            self.progress.cancel()
        self.runner.wait()
        super().done(result)

    def set_busy(self, busy: bool) -> None:
        """While a step runs, no page can be left: Back, Next and Import wait; Cancel stops it."""
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.FinishButton):
            self.button(button).setEnabled(not busy)
        if not busy:
            self.currentPage().completeChanged.emit()  # Next/Import back to what the page allows
