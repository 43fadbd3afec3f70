"""File ▸ Import…: a spreadsheet in three steps — the file, its columns, a preview — then one write.

Reading the file, checking every row and writing run on the background thread
(ui/background.py); the wizard only shows what the core answered. Nothing is written until
the person presses Import on a preview with no bad row, and then all or nothing.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop import access
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.i18n import shown
from crm_desktop.progress import Cancelled, Progress
from crm_desktop.transfer.mapped_import import (
    NEW,
    SKIP,
    UPDATE,
    ImportPlan,
    OnMatch,
    import_mapped,
    preview_import,
)
from crm_desktop.transfer.mapping import (
    Fields,
    field_label,
    mapping_problems,
    suggest_fields,
)
from crm_desktop.transfer.reading import Table, read_table
from crm_desktop.transfer.validate import KINDS
from ui.background import BackgroundRunner
from ui.context import AppContext
from ui.models.text_rows_model import TextRowsModel

log = logging.getLogger(__name__)

SAMPLES = 3  # example values shown beside each column
ERROR_STYLE = "color: #b00020;"


def _failure_text(widget: QWidget, error: Exception) -> str:
    """The sentence for a failed background step: the core's own, or a plain one for a bug."""
    if isinstance(error, UserError):
        return error.message
    log.error("import step failed", exc_info=error)
    return widget.tr("Something went wrong; nothing was imported. The details are in the log file.")


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
        self.message.setText(_failure_text(self, error))


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


class PreviewPage(QWizardPage):
    """Every row checked against the file and the database; Import writes them all, or nothing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.plan: ImportPlan | None = None
        self._busy = False
        self._writing = False
        self._written = False
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Every row is checked against the file and the customers already here. "
                                 "Nothing is written until you press Import."))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)

        self.match_box = QWidget()
        self.match_box.setObjectName("importMatchChoice")
        match_layout = QHBoxLayout(self.match_box)
        match_layout.setContentsMargins(0, 0, 0, 0)
        match_layout.addWidget(QLabel(self.tr("Customers already here (same ref, phone or e-mail):")))
        self.match_group = QButtonGroup(self)
        self.match_buttons: dict[OnMatch, QRadioButton] = {}
        for choice, text in ((OnMatch.UPDATE, self.tr("&Update them from the file")),
                             (OnMatch.SKIP, self.tr("&Leave them out")),
                             (OnMatch.NEW, self.tr("Import as &new customers"))):
            button = QRadioButton(text)
            button.setObjectName(f"importOnMatch_{choice.value}")
            self.match_group.addButton(button)
            self.match_buttons[choice] = button
            match_layout.addWidget(button)
        match_layout.addStretch(1)
        self.match_buttons[OnMatch.SKIP].setChecked(True)
        self.match_group.buttonToggled.connect(lambda _button, on: on and self.check())

        self.problems = TextRowsModel(self._problem_headers(), self)
        self.problem_view = self._view(self.problems, "importProblems")
        self.rows = TextRowsModel(self._row_headers(), self)
        self.row_view = self._view(self.rows, "importRows")
        self.problem_title = QLabel()
        self.rows_title = QLabel(self.tr("Rows"))
        self.again = again = QPushButton(self.tr("&Read the file again"))
        again.setObjectName("importCheckAgain")
        again.setToolTip(self.tr("After correcting the file in your spreadsheet program"))
        again.clicked.connect(self.check)
        wizard.relay.changed.connect(self._progressed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.match_box)
        layout.addWidget(self.problem_title)
        layout.addWidget(self.problem_view, 2)
        layout.addWidget(self.rows_title)
        layout.addWidget(self.row_view, 3)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)

    def _problem_headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Column"), self.tr("Problem")]

    def _row_headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Name"), self.tr("Ref"), self.tr("What happens")]

    @staticmethod
    def _view(model: TextRowsModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def on_match(self) -> OnMatch:
        for choice, button in self.match_buttons.items():
            if button.isChecked():
                return choice
        return OnMatch.SKIP

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._written = False
        self.check()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.plan = None  # Back: the columns may change, so this preview no longer holds

    def check(self) -> None:
        """Check every row again, off the GUI thread, with the current choices."""
        wizard = self._wizard
        if wizard.path is None:
            return
        kind, path, chosen, on_match = wizard.kind, wizard.path, wizard.chosen, self.on_match()
        self.plan = None
        self._set_busy(True, self.tr("Checking every row…"))
        wizard.start(lambda progress: preview_import(kind, path, chosen, on_match, progress),
                     self._checked, self._failed)

    def _progressed(self, done: int, total: int) -> None:
        if not self._busy:
            return
        if done >= total and self._writing:
            self.progress.setRange(0, 0)  # every row checked: writing, which has no count
            self.summary.setText(self.tr("Writing…"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setRange(0, 0)  # until the first count arrives
        self.progress.setVisible(busy)
        self.match_box.setEnabled(not busy)
        self.again.setEnabled(not busy)
        if text:
            self.summary.setText(text)
        self._wizard.set_busy(busy)
        self.completeChanged.emit()

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show(plan)
        self._set_busy(False)

    def _failed(self, error: Exception) -> None:
        self.plan = None
        self._writing = False
        if isinstance(error, Cancelled):
            return  # the wizard is closing
        if isinstance(error, ValidationError) and error.problems:
            # The database changed between the preview and the import: show what is wrong now.
            self.problems.set_rows([problem.split(": ", 2) for problem in error.problems])
        self._set_busy(False)
        self.summary.setText(_failure_text(self, error))

    def _show(self, plan: ImportPlan) -> None:
        customers = plan.kind == "customers"
        self.match_box.setVisible(customers and plan.matched > 0)
        actions = {NEW: self.tr("new"), UPDATE: self.tr("updates the customer"), SKIP: self.tr("left out")}
        ways = {"ref": self.tr("same ref"), "phone": self.tr("same phone"), "email": self.tr("same e-mail")}
        rows = []
        for row in plan.rows:
            what = actions[row.action]
            if row.matched_by is not None:
                what = self.tr("{action} ({way})").format(action=what, way=ways[row.matched_by])
            rows.append((row.line, shown(row.label), row.ref, what))
        self.rows.set_rows(rows)
        self.problems.set_rows([(p.line, p.column, p.text) for p in plan.problems])
        self.problem_title.setText(self.tr("Problems: {count}").format(count=len(plan.problems)))
        self.problem_title.setVisible(bool(plan.problems))
        self.problem_view.setVisible(bool(plan.problems))
        counts = self.tr("Rows: {rows} — {new} new, {updated} to update, {skipped} left out.").format(
            rows=len(plan.rows), new=plan.count(NEW), updated=plan.count(UPDATE), skipped=plan.count(SKIP))
        if plan.problems:
            bad = len(plan.bad_lines)
            which = self.tr("1 row has problems.") if bad == 1 else self.tr(
                "{count} rows have problems.").format(count=bad)
            self.summary.setText(" ".join((counts, which, self.tr(
                "Nothing is imported until every row is right: correct the file and read it again, "
                "or go back and choose other columns."))))
        else:
            self.summary.setText(counts + " " + self.tr("Every row is fine; Import writes them all."))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._busy and self.plan is not None and not self.plan.problems

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Import writes in the background; the wizard closes once everything is written."""
        if self._written:
            return True
        wizard = self._wizard
        kind, path, chosen, on_match = wizard.kind, wizard.path, wizard.chosen, self.on_match()
        assert path is not None
        self._writing = True
        self._set_busy(True, self.tr("Importing…"))
        wizard.start(lambda progress: import_mapped(kind, path, chosen, on_match, progress),
                     self._imported, self._failed)
        return False

    def _imported(self, plan: ImportPlan) -> None:
        self._written = True
        self._writing = False
        self._set_busy(False)
        wizard = self._wizard
        wizard.context.customers_changed.emit()
        wizard.context.projects_changed.emit()
        wizard.imported.emit(self.tr("Imported {file}: {new} new, {updated} updated, {skipped} left out.").format(
            file=plan.file_name, new=plan.count(NEW), updated=plan.count(UPDATE), skipped=plan.count(SKIP)))
        wizard.accept()
