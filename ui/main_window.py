"""The main window: a section list on the left, the chosen section on the right, menus and status.

Only what the first screen shows is built before the window appears: the Customers section
(its actions are in the menus) and the section the window reopens on. Every other section is
imported and built the first time it is shown or asked for, so start-up never pays for the
segment grid, NPS, decisions or care figures of screens nobody has opened yet.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from crm_desktop import access, figures
from crm_desktop.customer_list import CustomerFilter, count_customers
from crm_desktop.money import display_amount
from crm_desktop.movement_rules import MovementCell
from crm_desktop.nps import format_nps
from crm_desktop.segments import Segment
from ui.backup_actions import BackupController
from ui.context import AppContext
from ui.customers_view import CustomersSection
from ui.i18n import install_language, system_language

if TYPE_CHECKING:
    from ui.care_view import CareSection
    from ui.nps_view import NpsSection
    from ui.projects_view import ProjectsSection

# The side list's sections, in order (their index is also the View menu's Ctrl+1…6).
SECTIONS = ("customers", "projects", "segments", "nps", "decisions", "care")
# Sections made of profit figures, which a staff login does not see.
OWNER_SECTIONS = frozenset({"segments", "decisions"})
# The Projects section's actions that sit in the window's menus: until the section is built, a
# stand-in with the same words (in the section's translation context) and shortcut builds it
# and passes the trigger on.
PROJECT_STAND_INS: dict[str, tuple[str, str | None]] = {
    "new_project_action": (QT_TRANSLATE_NOOP("ProjectsSection", "&New project…"), "Ctrl+Shift+N"),
    "edit_project_action": (QT_TRANSLATE_NOOP("ProjectsSection", "&Edit project…"), None),
    "new_log_entry_action": (QT_TRANSLATE_NOOP("ProjectsSection", "New project &log entry"), "Ctrl+E"),
}


class MainWindow(QMainWindow):
    """Sections: Customers, Projects, Segments, NPS, Decisions. Window state lives in QSettings."""

    def __init__(self, context: AppContext, lang: str) -> None:
        super().__init__()
        self.context = context
        self.lang = lang
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(960, 600))
        self._status_user = QLabel()
        self._status_user.setObjectName("statusUser")
        self._status_db = QLabel()
        self._status_customers = QLabel()
        self._status_nps = QLabel()
        for label in (self._status_user, self._status_db, self._status_customers, self._status_nps):
            self.statusBar().addPermanentWidget(label)
        context.customers_changed.connect(self.refresh_status)
        context.projects_changed.connect(self.refresh_status)
        context.settings_changed.connect(self._settings_changed)
        self.backups = BackupController(self)
        self.backups.database_restored.connect(self._database_restored)
        self._build()
        self._restore_state()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        """(Re)create the window in the current language, keeping the current section; every other
        section but Customers is built again when next needed."""
        current = self.sections.currentIndex() if hasattr(self, "sections") else 0
        self.setWindowTitle(self.tr("{studio} — Studio CRM").format(studio=self.context.settings.studio_name))
        self.owner_view = access.current().is_owner
        self.customers = CustomersSection(self.context)
        self._built: dict[str, QWidget] = {"customers": self.customers}
        self._stand_ins: list[tuple[QMenu, str, QAction]] = []

        self.sections = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMinimumWidth(120)
        self.nav.setMaximumWidth(200)
        self.nav.setSpacing(2)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        titles = (self.tr("Customers"), self.tr("Projects"), self.tr("Segments"), self.tr("NPS"),
                  self.tr("Decisions"), self.tr("Care"))
        for key, title in zip(SECTIONS, titles, strict=True):
            # An empty place until the section is first needed (see _section).
            self.sections.addWidget(self._built.get(key) or QWidget())
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setHidden(key in OWNER_SECTIONS and not self.owner_view)
        self.nav.currentRowChanged.connect(self._show_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.sections)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([140, 1140])
        old = self.centralWidget()
        self.setCentralWidget(splitter)
        if old is not None:
            # Out of the window at once (a lookup by object name must find only the new widgets);
            # deleted when control returns to the event loop.
            old.setParent(None)
            old.deleteLater()
        self.show_section(current)
        self._build_menus()
        self.refresh_status()

    def _section(self, key: str) -> QWidget:
        """The section `key`, built (and put in its place in the stack) the first time it is needed."""
        widget = self._built.get(key)
        if widget is not None:
            return widget
        widget = self._make_section(key)
        self._built[key] = widget
        index = SECTIONS.index(key)
        placeholder = self.sections.widget(index)
        self.sections.insertWidget(index, widget)
        if self.sections.currentWidget() is placeholder:
            self.sections.setCurrentWidget(widget)
        self.sections.removeWidget(placeholder)
        placeholder.deleteLater()
        if key == "projects":
            self._adopt_project_actions()
        return widget

    def _make_section(self, key: str) -> QWidget:
        if key in OWNER_SECTIONS and not self.owner_view:
            # Segments and Decisions are made of profit figures: a staff login never builds them
            # (the core would refuse anyway), and their places in the list stay, hidden.
            if key == "segments":
                return self._owner_only(self.tr("The segments are for the studio owner."))
            return self._owner_only(self.tr("The decision journal is for the studio owner."))
        if key == "projects":
            from ui.projects_view import ProjectsSection

            projects = ProjectsSection(self.context)
            projects.section_requested.connect(lambda: self.show_section(SECTIONS.index("projects")))
            return projects
        if key == "segments":
            from ui.segment_grid import SegmentsSection

            segments = SegmentsSection(self.context)
            segments.segment_chosen.connect(self.show_segment)
            segments.movement_chosen.connect(self.show_movement)
            return segments
        if key == "nps":
            from ui.nps_view import NpsSection

            return NpsSection(self.context)
        if key == "decisions":
            from ui.decisions_view import DecisionsSection

            return DecisionsSection(self.context)
        if key == "care":
            from ui.care_view import CareSection

            return CareSection(self.context)
        raise ValueError(f"no section {key!r}")

    @property
    def projects(self) -> ProjectsSection:
        return self._section("projects")  # type: ignore[return-value]

    @property
    def segments(self) -> QWidget:
        """The segment grid, or for a staff login the sentence that stands in its place."""
        return self._section("segments")

    @property
    def nps(self) -> NpsSection:
        return self._section("nps")  # type: ignore[return-value]

    @property
    def decisions(self) -> QWidget:
        """The decision journal, or for a staff login the sentence that stands in its place."""
        return self._section("decisions")

    @property
    def care(self) -> CareSection:
        return self._section("care")  # type: ignore[return-value]

    def _project_action(self, menu: QMenu, name: str) -> None:
        """Put one of the Projects section's actions in `menu`, or its stand-in while the section
        is not built yet (same text and shortcut; triggering it builds the section)."""
        built = self._built.get("projects")
        if built is not None:
            menu.addAction(getattr(built, name))
            return
        text, shortcut = PROJECT_STAND_INS[name]
        stand_in = self._action(QCoreApplication.translate("ProjectsSection", text), shortcut,
                                lambda: getattr(self.projects, name).trigger())
        menu.addAction(stand_in)
        self._stand_ins.append((menu, name, stand_in))

    def _adopt_project_actions(self) -> None:
        """The Projects section now exists: its own actions take their stand-ins' places (two
        actions with one shortcut would leave the shortcut ambiguous, and neither would fire)."""
        projects = self._built["projects"]
        for menu, name, stand_in in self._stand_ins:
            menu.insertAction(stand_in, getattr(projects, name))
            menu.removeAction(stand_in)
            stand_in.setShortcut(QKeySequence())
            stand_in.deleteLater()
        self._stand_ins.clear()

    def _owner_only(self, text: str) -> QWidget:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.customers.new_customer_action)
        self._project_action(file_menu, "new_project_action")
        file_menu.addSeparator()
        import_action = self._action(self.tr("&Import…"), QKeySequence("Ctrl+I"), self.open_import)
        import_action.setObjectName("importAction")
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        if self.owner_view:
            file_menu.addAction(self._action(self.tr("&Report…"), QKeySequence.StandardKey.Print, self.open_report))
            file_menu.addSeparator()
        self.backups.add_actions(file_menu)
        file_menu.addSeparator()
        if self.owner_view:
            settings = self._action(self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings)
            settings.setShortcuts([QKeySequence("Ctrl+,")])
            file_menu.addAction(settings)
            file_menu.addAction(self._action(self.tr("Staff &accounts…"), None, self.open_accounts))
            file_menu.addAction(self._action(self.tr("Audit &log…"), None, self.open_audit_log))
            file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._action(self.tr("&Find customer"), QKeySequence("Ctrl+F"), self.find_customer))
        edit_menu.addAction(self.customers.edit_customer_action)
        edit_menu.addAction(self.customers.add_response_action)
        edit_menu.addAction(self.customers.add_interaction_action)
        edit_menu.addAction(self.customers.export_customer_action)
        edit_menu.addAction(self.customers.erase_customer_action)
        edit_menu.addAction(self.customers.bulk_edit_action)
        edit_menu.addAction(self.customers.undo_bulk_edit_action)
        edit_menu.addSeparator()
        self._project_action(edit_menu, "edit_project_action")
        self._project_action(edit_menu, "new_log_entry_action")
        if "projects" not in self._built:
            # Edit project… is enabled only while a project is selected: build Projects before
            # the menu opens, so the entry shows its real state.
            edit_menu.aboutToShow.connect(lambda: self._section("projects"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("New c&omplaint…"), None, self.new_complaint))
        if self.owner_view:
            duplicates = self._action(self.tr("D&uplicate customers…"), None, self.open_duplicates)
            duplicates.setObjectName("duplicatesAction")
            edit_menu.addSeparator()
            edit_menu.addAction(duplicates)

        view_menu = bar.addMenu(self.tr("&View"))
        titles = (self.tr("&Customers"), self.tr("&Projects"), self.tr("&Segments"), self.tr("&NPS"),
                  self.tr("&Decisions"), self.tr("C&are"))
        for index, title in enumerate(titles):
            if self.nav.item(index).isHidden():
                continue
            view_menu.addAction(
                self._action(title, QKeySequence(f"Ctrl+{index + 1}"), lambda _=False, i=index: self.show_section(i))
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Studio CRM"), None, self.about))

    # -- behaviour ------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        item = self.nav.item(index)
        if item is None or item.isHidden():
            index = 0
        self._section(SECTIONS[index])
        self.nav.setCurrentRow(index)
        self.sections.setCurrentIndex(index)

    def _show_row(self, row: int) -> None:
        """A section was chosen in the side list."""
        if 0 <= row < len(SECTIONS):
            self._section(SECTIONS[row])
        self.sections.setCurrentIndex(row)

    def show_segment(self, segment: Segment | None) -> None:
        """A tile was clicked: show exactly that segment's customers."""
        from ui.segment_grid import SegmentsSection

        self.show_section(0)
        self.customers.show_segment(segment)
        saved = self.context.settings.profit_line_cents
        grid = self._built.get("segments")
        if isinstance(grid, SegmentsSection) and grid.profit_line_cents() != saved:
            # The grid may be showing a trial line; the list always uses the studio's own.
            self.statusBar().showMessage(
                self.tr("The list uses the studio's profit line of {amount}; save the trial line "
                        "in Segments to use it everywhere.").format(amount=display_amount(saved)),
                10_000,
            )

    def show_movement(self, cell: MovementCell) -> None:
        """A count in the movement matrix was chosen: show exactly those customers."""
        self.show_section(0)
        self.customers.show_movement(cell)

    def new_complaint(self) -> None:
        """Edit ▸ New complaint…: in Care, for the customer shown in Customers (if any)."""
        ref = ""
        if self.customers.detail.detail is not None:
            ref = self.customers.detail.detail.profile.ref
        self.show_section(SECTIONS.index("care"))
        self.care.new_complaint(ref)

    def open_import(self) -> QDialog:
        """File ▸ Import…: a spreadsheet, its columns matched, checked, then written at once."""
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.imported.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        wizard.open()
        return wizard

    def find_customer(self) -> None:
        self.show_section(0)
        self.customers.focus_search()

    def open_duplicates(self) -> QDialog:
        """Edit ▸ Duplicate customers… (owners): likely duplicates, found in the background, and merging."""
        from ui.duplicates_dialog import show_duplicates

        return show_duplicates(self.context, self)

    def open_report(self) -> None:
        """Report…: choose the period, then preview, print or save the PDF."""
        from ui.report.dialogs import ReportDialog

        ReportDialog(self.context, self).open()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.language_changed.connect(self.set_language)
        dialog.open()

    def open_accounts(self) -> QDialog:
        """File ▸ Staff accounts… (owners): turn accounts on or off, people, roles, passwords."""
        from ui.accounts_dialog import StaffAccountsDialog

        dialog = StaffAccountsDialog(self)
        dialog.accounts_changed.connect(self.refresh_status)
        dialog.open()
        return dialog

    def open_audit_log(self) -> QDialog:
        """File ▸ Audit log… (owners): who changed what, and when."""
        from ui.audit_dialog import AuditLogDialog

        dialog = AuditLogDialog(self)
        dialog.open()
        return dialog

    def set_language(self, lang: str) -> None:
        """Switch the interface language now, rebuilding the widgets in the new language."""
        lang = lang or system_language()
        if lang == self.lang:
            return
        self.lang = lang
        install_language(lang)
        self._build()

    def _database_restored(self) -> None:
        """Every section shows the restored data: rebuilt, like a language switch."""
        self.context.reload_settings()
        self._build()

    def _settings_changed(self) -> None:
        self.setWindowTitle(self.tr("{studio} — Studio CRM").format(studio=self.context.settings.studio_name))
        self.refresh_status()

    def refresh_status(self) -> None:
        """Database, customer count, and NPS ± margin over the last 12 months."""
        today = self.context.today()
        count = count_customers(CustomerFilter(), self.context.settings.profit_line_cents)
        counts = figures.nps_over(today - dt.timedelta(days=365), today)
        who = access.current()
        self._status_user.setText(
            self.tr("Logged in: {name} ({role})").format(
                name=who.name, role=self.tr("owner") if who.is_owner else self.tr("staff"))
            if who.staff_id is not None else "")
        self._status_user.setVisible(who.staff_id is not None)
        self._status_db.setText(self.tr("Database: {name}").format(name=self.context.db_label))
        self._status_customers.setText(self.tr("{count} customers").format(count=f"{count:,}"))
        nps_text = format_nps(counts) or self.tr("no answers")
        self._status_nps.setText(
            self.tr("NPS, last 12 months: {nps} ({n} answers)").format(nps=nps_text, n=counts.responses)
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Studio CRM"),
            self.tr("Studio CRM helps a design studio keep the customers who recommend it and "
                    "bring it profit, and win more of them."),
        )

    # -- window state ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The automatic backup counts from the window being on screen (once; later show events
        # come from restoring a minimised window).
        self.backups.start()

    def _restore_state(self) -> None:
        store = QSettings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)
        section = store.value("window/section", 0, type=int)
        self.show_section(section if 0 <= section < self.sections.count() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        store = QSettings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/section", self.sections.currentIndex())
        self.backups.shut_down()
        super().closeEvent(event)

