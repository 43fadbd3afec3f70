"""The first two steps of File ▸ Import…: the file (read in the background), then its columns.

Each column of the file gets the field it holds: remembered for this header set, or guessed
from the header; the person checks and changes them, and Next waits until the choice works.
"""
from __future__ import annotations

import logging
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crm_desktop import access
from crm_desktop.errors import UserError
from crm_desktop.i18n import shown
from crm_desktop.transfer.mapping import (
    Fields,
    field_label,
    mapping_problems,
    suggest_fields,
)
from crm_desktop.transfer.reading import Table, read_table
from crm_desktop.transfer.validate import KINDS
from ui.forms.inline_entries import ERROR_STYLE

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard

log = logging.getLogger(__name__)

SAMPLES = 3  # example values shown beside each column


def failure_text(widget: QWidget, error: Exception) -> str:
    """The sentence for a failed background step: the core's own, or a plain one for a bug."""
    if isinstance(error, UserError):
        return error.message
    log.error("import step failed", exc_info=error)
    return widget.tr("Something went wrong; nothing was imported. The details are in the log file.")


class SourcePage(QWizardPage):
    """What to import, and from which file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._read_for: tuple[str, str] | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A .csv or .xlsx file with one header row, as Excel saves it (UTF-8 or "
                                 "Chinese GBK). Its headers may be your own, in English or Chinese: "
                                 "the next step matches them."))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKind")
        self.kind_combo.addItem(self.tr("Customers"), "customers")
        if access.can_see_money():  # project rows carry revenue and cost
            self.kind_combo.addItem(self.tr("Projects"), "projects")
        self.kind_combo.addItem(self.tr("Survey answers"), "responses")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.browse)
        self.message = QLabel()
        self.message.setObjectName("importSourceMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()

        kind_label = QLabel(self.tr("&Import:"))
        kind_label.setBuddy(self.kind_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        grid = QGridLayout(self)
        grid.addWidget(kind_label, 0, 0)
        grid.addWidget(self.kind_combo, 0, 1, 1, 2)
        grid.addWidget(file_label, 1, 0)
        grid.addWidget(self.path_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        grid.addWidget(self.message, 2, 0, 1, 3)
        grid.addWidget(self.progress, 3, 0, 1, 3)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(1, 1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from"), self.path_edit.text(),
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Next reads the file first (off the GUI thread); the page is left once it has been read."""
        wanted = (self.kind_combo.currentData(), self.path_edit.text().strip())
        if self._read_for == wanted:
            return True
        path = Path(wanted[1]).expanduser()
        self.message.clear()
        self.progress.show()
        self._wizard.set_busy(True)
        self._wizard.runner.run(lambda: read_table(path, chinese_excel=True), lambda table: self._read(wanted, path, table),
                                self._failed)
        return False

    def _read(self, wanted: tuple[str, str], path: Path, table: Table) -> None:
        self.progress.hide()
        self._wizard.set_busy(False)
        self._wizard.kind, self._wizard.path, self._wizard.table = wanted[0], path, table
        self._read_for = wanted
        self._wizard.next()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self._wizard.set_busy(False)
        self.message.setText(failure_text(self, error))


class ColumnsPage(QWizardPage):
    """One row per column of the file: its header, a few of its values, and the field it holds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.message = QLabel()
        self.message.setObjectName("importColumnsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        hint = QLabel(self.tr("Dates may be written 2024-03-05, 2024/3/5, 2024年3月5日 or 5.3.2024. "
                              "A customer without a ref gets the next free one."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        table = self._wizard.table
        assert table is not None
        kind = self._wizard.kind
        chosen, remembered = suggest_fields(kind, table.header)
        # The subtitle says where the choices come from: remembered, or guessed.
        self.setSubTitle(
            self.tr("These columns are set as you chose last time for a file with these headers.")
            if remembered else
            self.tr("The columns are guessed from their headers. Check each one; choose “Leave out” "
                    "for a column you do not want."))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        for column, text in enumerate((self.tr("Column in the file"), self.tr("For example"),
                                       self.tr("Import as"))):
            heading = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(heading, 0, column)
        for i, cell in enumerate(table.header):
            # The first few values only: a sheet may have 50 000 rows.
            samples = list(islice((cells[i].strip() for _, cells in table.rows
                                   if i < len(cells) and cells[i].strip()), SAMPLES))
            name = QLabel(shown(cell.strip()) or self.tr("(no header)"))
            example = QLabel(" · ".join(shown(s, 24) for s in samples))
            example.setStyleSheet("color: palette(placeholder-text);")
            combo = QComboBox()
            combo.setObjectName(f"importColumn{i}")
            combo.addItem(self.tr("Leave out"), None)
            for field in KINDS[kind].names:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(chosen[i]), 0))
            combo.currentIndexChanged.connect(self._changed)
            name.setBuddy(combo)
            self.grid.addWidget(name, i + 1, 0)
            self.grid.addWidget(example, i + 1, 1)
            self.grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(table.header) + 1, 1)
        self._changed()

    def chosen(self) -> Fields:
        return tuple(combo.currentData() for combo in self.combos)

    def _changed(self) -> None:
        table = self._wizard.table
        problems = mapping_problems(self._wizard.kind, table.header, self.chosen()) if table else []
        self.message.setText(" ".join(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.message.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self._wizard.chosen = self.chosen()
        return True
