"""The Projects section: filtered project list, the selected project's log, and quick log entry."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import access
from crm_desktop.errors import GuardError, UserError, ValidationError
from crm_desktop.models import LOG_KINDS, PROJECT_STATUSES
from crm_desktop.project_service import (
    ProjectFilter,
    ProjectRow,
    accept_inquiry,
    add_log_entry,
    staff_rows,
)
from ui import labels
from ui.context import AppContext
from ui.decline_wizard import DeclineWizard
from ui.forms.project_form import ProjectDialog
from ui.models.log_model import LogColumn, ProjectLogModel
from ui.models.project_model import Column, ProjectTableModel

# Search runs after a short pause in typing rather than on every key.
SEARCH_DELAY_MS = 150
ERROR_STYLE = "color: #a33a00;"
INFO_STYLE = "color: #1d5c2e;"


class ProjectsSection(QWidget):
    """Projects by status, designer and search; below, the chosen project's log and a one-line entry."""

    # An action of this section was used while it was hidden (e.g. Ctrl+E from another section).
    section_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("projectsSection")
        self.model = ProjectTableModel(context, self)
        self.log_model = ProjectLogModel(self)
        self._restore_id: int | None = None
        self._shown_id: int | None = None
        self._build_actions()
        self._build()
        self._fill_designers()
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        context.projects_changed.connect(self.refresh)
        context.settings_changed.connect(self._settings_changed)
        self._restore_selection()

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_project_action = QAction(self.tr("&New project…"), self)
        self.new_project_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_project_action.triggered.connect(self.new_project)

        self.edit_project_action = QAction(self.tr("&Edit project…"), self)
        self.edit_project_action.triggered.connect(self.edit_project)

        self.accept_job_action = QAction(self.tr("&Accept job"), self)
        self.accept_job_action.setToolTip(self.tr("Make the selected inquiry an active job"))
        self.accept_job_action.triggered.connect(self.accept_job)
        # Accepting judges the estimate against the profit lines: the owner's call.
        self.accept_job_action.setVisible(access.current().is_owner)

        self.new_log_entry_action = QAction(self.tr("New project &log entry"), self)
        # Window-wide, so it works straight after choosing the section in the side list.
        self.new_log_entry_action.setShortcut(QKeySequence("Ctrl+E"))
        self.new_log_entry_action.triggered.connect(self.focus_log_entry)

        for action in (self.new_project_action, self.edit_project_action, self.accept_job_action,
                       self.new_log_entry_action):
            self.addAction(action)

    def _build(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("projectStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code in PROJECT_STATUSES:
            self.status_filter.addItem(labels.status_name(code), code)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        self.designer_filter = QComboBox()
        self.designer_filter.setObjectName("projectDesignerFilter")
        self.designer_filter.setAccessibleName(self.tr("Designer filter"))
        self.designer_filter.currentIndexChanged.connect(self._apply_filter)

        self.search = QLineEdit()
        self.search.setObjectName("projectSearch")
        self.search.setAccessibleName(self.tr("Search projects"))
        self.search.setPlaceholderText(self.tr("Search ref, title or customer"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.count_label = QLabel()
        self.count_label.setObjectName("projectCount")

        filters = QHBoxLayout()
        for title, widget in ((self.tr("&Status:"), self.status_filter),
                              (self.tr("&Designer:"), self.designer_filter)):
            label = QLabel(title)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        for action in (self.new_project_action, self.edit_project_action, self.accept_job_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            filters.addWidget(button)

        self.message = QLabel()
        self.message.setObjectName("projectMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.project_list = QTableView()
        self.project_list.setObjectName("projectList")
        self.project_list.setAccessibleName("projectList")
        self.project_list.setAccessibleDescription(self.tr("Projects"))
        self.project_list.setModel(self.model)
        self._set_up_table(self.project_list)
        header = self.project_list.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        widths = {
            Column.REF: "P0000000", Column.CUSTOMER: "MMMMMMMMMMMM", Column.STATUS: "Completed  ",
            Column.DESIGNER: "MMMMMMMMM", Column.STARTED: "0000-00-00  ",
            Column.LAST_UPDATE: "Last client update ", Column.FLAG: "Update due        ",
        }
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.project_list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.project_list.activated.connect(lambda _index: self.edit_project())

        self.log_title = QLabel()
        self.log_title.setObjectName("projectLogTitle")
        self.log_view = QTableView()
        self.log_view.setObjectName("projectLog")
        self.log_view.setAccessibleName("projectLog")
        self.log_view.setAccessibleDescription(self.tr("Project log"))
        self.log_view.setModel(self.log_model)
        self._set_up_table(self.log_view)
        log_header = self.log_view.horizontalHeader()
        log_header.setSectionResizeMode(LogColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        log_header.resizeSection(LogColumn.DATE, metrics.horizontalAdvance("0000-00-00  ") + 16)
        log_header.resizeSection(LogColumn.KIND, metrics.horizontalAdvance("Client update sent  ") + 16)

        self.entry_kind = QComboBox()
        self.entry_kind.setObjectName("logEntryKind")
        self.entry_kind.setAccessibleName(self.tr("Kind of entry"))
        for kind in LOG_KINDS:
            self.entry_kind.addItem(labels.log_kind_name(kind), kind)
        self.entry_text = QLineEdit()
        self.entry_text.setObjectName("logEntry")
        self.entry_text.setAccessibleName(self.tr("New log entry"))
        self.entry_text.setPlaceholderText(self.tr("New entry for today: type and press Enter (Ctrl+E)"))
        self.entry_text.returnPressed.connect(self.add_entry)
        self.entry_text.textEdited.connect(lambda _t: self.entry_message.hide())
        self.entry_message = QLabel()
        self.entry_message.setObjectName("logEntryMessage")
        self.entry_message.setWordWrap(True)
        self.entry_message.setStyleSheet(ERROR_STYLE)
        self.entry_message.hide()

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry_kind)
        entry_row.addWidget(self.entry_text, 1)
        log_pane = QWidget()
        log_layout = QVBoxLayout(log_pane)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.log_title)
        log_layout.addWidget(self.log_view, 1)
        log_layout.addLayout(entry_row)
        log_layout.addWidget(self.entry_message)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.project_list)
        splitter.addWidget(log_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _set_up_table(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        # Compact rows: staff scan long lists all day.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)

    def _fill_designers(self) -> None:
        chosen = self.designer_filter.currentData()
        self.designer_filter.blockSignals(True)
        self.designer_filter.clear()
        self.designer_filter.addItem(self.tr("All designers"), None)
        for staff in staff_rows():
            self.designer_filter.addItem(staff.name, staff.id)
        self.designer_filter.setCurrentIndex(max(0, self.designer_filter.findData(chosen)))
        self.designer_filter.blockSignals(False)

    # -- list and selection -----------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh()

    def _settings_changed(self) -> None:
        self._fill_designers()
        self.model.refresh()

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(ProjectFilter(
            status=self.status_filter.currentData(),
            designer_id=self.designer_filter.currentData(),
            search=self.search.text().strip(),
        ))

    def _remember_selection(self) -> None:
        project = self.selected_project()
        self._restore_id = project.id if project else None

    def _restore_selection(self) -> None:
        """After a reload keep the same project selected, or fall back to the first one."""
        self.count_label.setText(self.tr("{count} projects").format(count=f"{self.model.total:,}"))
        row = self.model.row_of(self._restore_id) if self._restore_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is None:
            self._show_log(None)
            return
        index = self.model.index(row, 0)
        self.project_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_log(self.model.project_at(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_log(self.model.project_at(current.row()) if current.isValid() else None)

    def _show_log(self, project: ProjectRow | None) -> None:
        project_id = project.id if project else None
        if project_id != self._shown_id:
            # A message about the previous project would mislead beside another one.
            self.message.hide()
            self.entry_message.hide()
            self._shown_id = project_id
        self.log_model.set_project(project_id)
        if project is None:
            self.log_title.setText(self.tr("Choose a project to see its log."))
        else:
            self.log_title.setText(self.tr("Log of {ref} — {title} ({customer})").format(
                ref=project.ref, title=project.title, customer=project.customer))
        self.edit_project_action.setEnabled(project is not None)
        self.accept_job_action.setEnabled(project is not None and project.status == "inquiry"
                                          and self.accept_job_action.isVisible())

    def selected_project(self) -> ProjectRow | None:
        index = self.project_list.selectionModel().currentIndex()
        return self.model.project_at(index.row()) if index.isValid() else None

    def select_project(self, project_id: int) -> bool:
        """Select a loaded project by id; False when it is not in the list."""
        row = self.model.row_of(project_id)
        if row is None:
            return False
        self.project_list.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    # -- the log ----------------------------------------------------------------------------

    def focus_log_entry(self) -> None:
        if not self.isVisible():
            self.section_requested.emit()
        self.entry_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.entry_text.selectAll()

    def add_entry(self) -> None:
        """Save the typed line as today's entry for the selected project."""
        project_id = self.log_model.project_id
        text = self.entry_text.text()
        if project_id is None:
            self._entry_problem(self.tr("Choose a project first, then type its log entry."))
            return
        if not text.strip():
            self._entry_problem(self.tr("Type the entry first, then press Enter."))
            return
        try:
            add_log_entry(project_id, self.context.today().isoformat(), self.entry_kind.currentData(), text)
        except ValidationError as exc:
            self._entry_problem("; ".join(exc.fields.values()) or exc.message)
            return
        except UserError as exc:
            self._entry_problem(exc.message)
            return
        self.entry_text.clear()
        self.entry_message.hide()
        self.log_model.refresh()
        # The list shows each project's last client update, so it is stale now.
        self.context.projects_changed.emit()

    def _entry_problem(self, text: str) -> None:
        self.entry_message.setText(text)
        self.entry_message.show()
        self.entry_text.setFocus()

    # -- projects ---------------------------------------------------------------------------

    def new_project(self) -> None:
        self._open_form(None)

    def edit_project(self) -> None:
        project = self.selected_project()
        if project is not None:
            self._open_form(project.id)

    def _open_form(self, project_id: int | None) -> None:
        try:
            dialog = self.create_project_dialog(project_id)
        except UserError as exc:
            self._show_message(exc.message, error=True)
            return
        dialog.saved.connect(self._project_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def create_project_dialog(self, project_id: int | None) -> ProjectDialog:
        """The form for a new (None) or existing project; tests drive it without exec()."""
        return ProjectDialog(self.context, project_id, self)

    def _project_saved(self, project_id: int) -> None:
        # The dialog already told everyone; here only select what was saved.
        self.message.hide()
        self.select_project(project_id)

    def accept_job(self) -> None:
        """Make the selected inquiry active; a low-value one goes through the decline wizard."""
        project = self.selected_project()
        if project is None or project.status != "inquiry":
            return
        if project.low_value:
            self.open_decline_wizard(project.id)
            return
        try:
            accept_inquiry(project.id, self.context.settings, self.context.today())
        except GuardError as exc:
            # The row was out of date (the estimate or the lines changed): the guard has the last word.
            self._show_message(exc.message, error=True)
            self.open_decline_wizard(project.id)
            return
        except UserError as exc:
            self._show_message(exc.message, error=True)
            return
        self._show_message(self.tr("{ref} is now an active job.").format(ref=project.ref), error=False)
        self.context.projects_changed.emit()
        # Profit counts accepted jobs only, so customers' profit and segments change too.
        self.context.customers_changed.emit()

    def open_decline_wizard(self, project_id: int) -> DeclineWizard | None:
        """The decline wizard for a low-value inquiry (window-modal, never exec(); tests drive it)."""
        try:
            wizard = DeclineWizard(self.context, project_id, self)
        except UserError as exc:
            self._show_message(exc.message, error=True)
            return None
        wizard.decision_recorded.connect(self._decision_recorded)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        self.decline_wizard = wizard
        return wizard

    def _decision_recorded(self, project_id: int) -> None:
        self.select_project(project_id)
        self._show_message(self.tr("The decision is in the decision journal."), error=False)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)
        self.message.show()
