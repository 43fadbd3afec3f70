"""The main window: a section list on the left, the chosen section on the right, menus and status.

Only what the first screen shows is built before the window appears: the Customers section
(its actions are in the menus) and the section the window reopens on. Every other section is
imported and built the first time it is shown or asked for, so start-up never pays for the
segment grid, NPS, decisions or care figures of screens nobody has opened yet.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
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
from ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from ui.care_view import CareSection
    from ui.nps_view import NpsSection
    from ui.projects_view import ProjectsSection

# The side list's sections, in order (their index is also the View menu's Ctrl+1…6).
SECTIONS = ("customers", "projects", "segments", "nps", "decisions", "care")
# Sections made of profit figures, which a staff login does not see.
OWNER_SECTIONS = frozenset({"segments", "decisions"})

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
        if hasattr(self, "menus"):
            self.menus.deleteLater()  # its stand-ins belong to the menus about to be rebuilt
        self.menus = WindowMenus(self)

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
            # An empty place until the section is first needed (see section).
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
        self.menus.build()
        self.refresh_status()

    def built(self, key: str) -> QWidget | None:
        """The section `key` if it has been built, else None."""
        return self._built.get(key)

    def section(self, key: str) -> QWidget:
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
            self.menus.adopt_project_actions(widget)
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
        return self.section("projects")  # type: ignore[return-value]

    @property
    def segments(self) -> QWidget:
        """The segment grid, or for a staff login the sentence that stands in its place."""
        return self.section("segments")

    @property
    def nps(self) -> NpsSection:
        return self.section("nps")  # type: ignore[return-value]

    @property
    def decisions(self) -> QWidget:
        """The decision journal, or for a staff login the sentence that stands in its place."""
        return self.section("decisions")

    @property
    def care(self) -> CareSection:
        return self.section("care")  # type: ignore[return-value]

    def _owner_only(self, text: str) -> QWidget:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # -- behaviour ------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        item = self.nav.item(index)
        if item is None or item.isHidden():
            index = 0
        self.section(SECTIONS[index])
        self.nav.setCurrentRow(index)
        self.sections.setCurrentIndex(index)

    def _show_row(self, row: int) -> None:
        """A section was chosen in the side list."""
        if 0 <= row < len(SECTIONS):
            self.section(SECTIONS[row])
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

