"""The main window's menu bar, and the stand-ins for the Projects section's actions.

The Projects section is built the first time it is needed, yet its actions (New project…,
Edit project…, New project log entry) belong in the File and Edit menus from the start. Until
the section exists each is a stand-in with the same words and shortcut that builds the section
and passes the trigger on; once built, the section's own actions take their places.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The Projects section's actions that sit in the window's menus: their words (in the section's
# translation context) and shortcut, for the stand-ins.
PROJECT_STAND_INS: dict[str, tuple[str, str | None]] = {
    "new_project_action": (QT_TRANSLATE_NOOP("ProjectsSection", "&New project…"), "Ctrl+Shift+N"),
    "edit_project_action": (QT_TRANSLATE_NOOP("ProjectsSection", "&Edit project…"), None),
    "new_log_entry_action": (QT_TRANSLATE_NOOP("ProjectsSection", "New project &log entry"), "Ctrl+E"),
}


class WindowMenus(QObject):
    """Builds the window's menus (again after a language switch) from the window's own slots."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._stand_ins: list[tuple[QMenu, str, QAction]] = []

    def _project_action(self, menu: QMenu, name: str) -> None:
        """Put one of the Projects section's actions in `menu`, or its stand-in while the section
        is not built yet (same text and shortcut; triggering it builds the section)."""
        built = self._window.built("projects")
        if built is not None:
            menu.addAction(getattr(built, name))
            return
        text, shortcut = PROJECT_STAND_INS[name]
        stand_in = self._action(QCoreApplication.translate("ProjectsSection", text), shortcut,
                                lambda: getattr(self._window.projects, name).trigger())
        menu.addAction(stand_in)
        self._stand_ins.append((menu, name, stand_in))

    def adopt_project_actions(self, projects: QWidget) -> None:
        """The Projects section now exists: its own actions take their stand-ins' places (two
        actions with one shortcut would leave the shortcut ambiguous, and neither would fire)."""
        for menu, name, stand_in in self._stand_ins:
            menu.insertAction(stand_in, getattr(projects, name))
            menu.removeAction(stand_in)
            stand_in.setShortcut(QKeySequence())
            stand_in.deleteLater()
        self._stand_ins.clear()

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def build(self) -> None:
        w = self._window
        bar = w.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(w.customers.new_customer_action)
        self._project_action(file_menu, "new_project_action")
        file_menu.addSeparator()
        import_action = self._action(self.tr("&Import…"), QKeySequence("Ctrl+I"), w.open_import)
        import_action.setObjectName("importAction")
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        if w.owner_view:
            file_menu.addAction(self._action(self.tr("&Report…"), QKeySequence.StandardKey.Print, w.open_report))
            file_menu.addSeparator()
        w.backups.add_actions(file_menu)
        file_menu.addSeparator()
        if w.owner_view:
            settings = self._action(self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, w.open_settings)
            settings.setShortcuts([QKeySequence("Ctrl+,")])
            file_menu.addAction(settings)
            file_menu.addAction(self._action(self.tr("Staff &accounts…"), None, w.open_accounts))
            file_menu.addAction(self._action(self.tr("Audit &log…"), None, w.open_audit_log))
            file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence("Ctrl+Q"), w.close))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._action(self.tr("&Find customer"), QKeySequence("Ctrl+F"), w.find_customer))
        edit_menu.addAction(w.customers.edit_customer_action)
        edit_menu.addAction(w.customers.add_response_action)
        edit_menu.addAction(w.customers.add_interaction_action)
        edit_menu.addAction(w.customers.export_customer_action)
        edit_menu.addAction(w.customers.erase_customer_action)
        edit_menu.addAction(w.customers.bulk_edit_action)
        edit_menu.addAction(w.customers.undo_bulk_edit_action)
        edit_menu.addSeparator()
        self._project_action(edit_menu, "edit_project_action")
        self._project_action(edit_menu, "new_log_entry_action")
        if w.built("projects") is None:
            # Edit project… is enabled only while a project is selected: build Projects before
            # the menu opens, so the entry shows its real state.
            edit_menu.aboutToShow.connect(lambda: w.section("projects"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("New c&omplaint…"), None, w.new_complaint))
        if w.owner_view:
            duplicates = self._action(self.tr("D&uplicate customers…"), None, w.open_duplicates)
            duplicates.setObjectName("duplicatesAction")
            edit_menu.addSeparator()
            edit_menu.addAction(duplicates)

        view_menu = bar.addMenu(self.tr("&View"))
        titles = (self.tr("&Customers"), self.tr("&Projects"), self.tr("&Segments"), self.tr("&NPS"),
                  self.tr("&Decisions"), self.tr("C&are"))
        for index, title in enumerate(titles):
            if w.nav.item(index).isHidden():
                continue
            view_menu.addAction(
                self._action(title, QKeySequence(f"Ctrl+{index + 1}"), lambda _=False, i=index: w.show_section(i))
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Studio CRM"), None, w.about))
