"""The last step of File ▸ Import…: every row checked, problems and matches listed, then Import.

The check runs again whenever the choice for customers already here changes, or the file was
corrected ("Read the file again"); Import writes in the background, all or nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crm_desktop.i18n import shown
from crm_desktop.progress import Cancelled
from crm_desktop.transfer.mapped_import import (
    NEW,
    SKIP,
    UPDATE,
    ImportPlan,
    OnMatch,
    RowProblems,
    describe,
    import_mapped,
    preview_import,
)
from ui.import_pages import failure_text
from ui.models.text_rows_model import TextRowsModel

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard

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
        if isinstance(error, RowProblems):
            # The database changed between the check and the import: show what is wrong now.
            self._checked(error.plan)
            return
        self._set_busy(False)
        self.summary.setText(failure_text(self, error))

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
        # Projects change the project list and their customers' profit (as a saved project
        # does); customers and answers change the customer list and NPS only.
        if plan.kind == "projects":
            wizard.context.projects_changed.emit()
        wizard.context.customers_changed.emit()
        wizard.imported.emit(self.tr("Imported {file}: {what}").format(file=plan.file_name, what=describe(plan)))
        wizard.accept()
