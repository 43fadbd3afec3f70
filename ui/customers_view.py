"""The Customers section: search and filters, the lazy customer list, and the detail pane."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import access
from crm_desktop.customer_list import CustomerFilter
from crm_desktop.movement_rules import MovementCell
from crm_desktop.segments import Segment
from ui.bulk_edit_actions import BulkEditor
from ui.context import AppContext
from ui.customer_detail import CustomerDetail
from ui.customer_filters import CustomerFilterBar
from ui.customer_table import CustomerTable
from ui.forms.customer_form import CustomerDialog
from ui.models.customer_model import (
    PAGE_SIZE,
    Column,
    CustomerIdRole,
    CustomerTableModel,
)
from ui.overdue_mark import OverdueComplaintDelegate
from ui.privacy_actions import CustomerPrivacy
from ui.segment_chip import SegmentChipDelegate

# How far down the list to look for a customer just saved before giving up on selecting it.
SELECT_FETCH_LIMIT = 2_000
# In average characters: enough for a Chinese or English name, a mobile number, a date.
COLUMN_CHARS = {
    Column.NAME: 16, Column.PHONE: 13, Column.TIER: 4, Column.SEGMENT: 13,
    Column.SCORE: 6, Column.PROFIT: 11, Column.LAST_CONTACTED: 11, Column.REFERRED_BY: 12,
}
# The list gets the larger share of the window; the detail pane keeps a readable width.
LIST_SHARE = 0.64


class CustomersSection(QWidget):
    """Find customers (search as you type, filters, SQL sort) and work on the one selected."""

    # The customer whose detail is shown (an int id, or None).
    current_customer_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._restoring = False
        self.dialog: CustomerDialog | None = None
        self.setObjectName("customersSection")

        self.model = CustomerTableModel(context, self)
        self.privacy = CustomerPrivacy(context, self)
        self._build_actions()
        self.filters = CustomerFilterBar(self)
        self.filters.today = lambda: context.today()
        # The bar's widgets, by the names tests and the main window use.
        self.search = self.filters.search
        self.segment_combo = self.filters.segment_combo
        self.tier_combo = self.filters.tier_combo
        self.designer_combo = self.filters.designer_combo
        self.state_combo = self.filters.state_combo
        self._build_list()
        self.detail = CustomerDetail(context, self)
        self.detail.customer_shown.connect(self._customer_shown)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.bulk.notice)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_placed = False

        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(self.splitter, 1)

        self.filters.filter_changed.connect(self.apply_filter)
        self.search.down_pressed.connect(self._enter_list)
        context.customers_changed.connect(self.refresh)
        context.settings_changed.connect(self.refresh)
        context.settings_changed.connect(self.filters.reload_designers)
        self.model.load_failed.connect(self._load_failed)
        self._customer_shown(None)
        self._update_count()

    # --- building --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcuts: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(shortcuts)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_customer_action = action(
            self.tr("&New customer…"), [QKeySequence(QKeySequence.StandardKey.New)],
            self.new_customer)
        self.edit_customer_action = action(
            self.tr("&Edit customer…"), [QKeySequence(Qt.Key.Key_F2)], self.edit_customer)
        self.add_response_action = action(
            self.tr("Add &survey answer"), [QKeySequence("Ctrl+R")], self.add_response)
        self.add_interaction_action = action(
            self.tr("&Log contact"), [QKeySequence("Ctrl+L")], self.add_interaction)
        self.new_customer_action.setToolTip(self.tr("Add a new customer (Ctrl+N)"))
        self.edit_customer_action.setToolTip(self.tr("Edit the selected customer (Enter or F2)"))
        self.add_response_action.setToolTip(self.tr("Record a survey answer (Ctrl+R)"))
        self.add_interaction_action.setToolTip(self.tr("Log a call, visit or message (Ctrl+L)"))
        self.export_customer_action = action(
            self.tr("E&xport customer data…"), [], self.export_customer)
        self.erase_customer_action = action(
            self.tr("Erase customer…"), [], self.erase_customer)
        self.export_customer_action.setToolTip(
            self.tr("Everything held about the selected customer, as a JSON file"))
        self.erase_customer_action.setToolTip(
            self.tr("Remove the selected customer's personal data for good; the figures stay"))
        # Many customers at once (Ctrl/Shift-click or Ctrl+A in the list), with Undo.
        self.bulk = BulkEditor(self._context, lambda: self.table.selected_customer_ids(), self)
        self.bulk_edit_action = self.bulk.edit_action
        self.undo_bulk_edit_action = self.bulk.undo_action

    def _build_list(self) -> None:
        table = CustomerTable(self.model, self)
        self.table = table
        table.setObjectName("customerList")
        table.setAccessibleName("customerList")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.setItemDelegateForColumn(Column.SEGMENT, SegmentChipDelegate(table))
        # Customers with an overdue complaint: ⚠ and bold before the name.
        self.overdue_marks = OverdueComplaintDelegate(self._context, CustomerIdRole, table)
        table.setItemDelegateForColumn(Column.NAME, self.overdue_marks)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        char = table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            # Room for the header's own text and its sort arrow, in any language.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            title_width = header.fontMetrics().horizontalAdvance(title) + 28
            header.resizeSection(column, max(chars * char + 16, title_width))
        # Staff see neither profit nor the segment (its +/− is a profit class).
        for column in (Column.SEGMENT, Column.PROFIT):
            table.setColumnHidden(column, not access.can_see_money())
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sorted)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A reset clears the selection without saying so.
        self.model.modelReset.connect(self._selection_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([self.edit_customer_action, self.bulk_edit_action, self.undo_bulk_edit_action])
        table.doubleClicked.connect(lambda _index: self.edit_customer())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_customer)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addSpacing(12)
        for act in (self.new_customer_action, self.edit_customer_action,
                    self.add_response_action, self.add_interaction_action):
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        privacy_menu = QMenu(self)
        privacy_menu.addAction(self.export_customer_action)
        privacy_menu.addAction(self.erase_customer_action)
        self.privacy_button = QToolButton(self)
        self.privacy_button.setObjectName("privacyButton")
        self.privacy_button.setText(self.tr("Privacy"))
        self.privacy_button.setMenu(privacy_menu)
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.privacy_button)
        return bar

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            # Once, after the first layout pass gives the real width; then the user's dragging wins.
            self._splitter_placed = True
            QTimer.singleShot(0, self._place_splitter)

    def _place_splitter(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([int(width * LIST_SHARE), width - int(width * LIST_SHARE)])

    # --- public ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected for overtyping."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_segment(self, segment: Segment | None) -> None:
        """Show exactly the customers of `segment` (None: everyone), as the grid counted them."""
        self.filters.show_only_segment(segment)

    def show_movement(self, cell: MovementCell) -> None:
        """Show the customers of one movement cell; the next change of filters replaces it."""
        self.filters.show_only_segment(None)
        self.model.set_filter(CustomerFilter(movement=cell))
        self.detail.show_customer(None)
        self._update_count()

    def apply_filter(self) -> None:
        """Query the list for the current search and filters (the debounce ends here)."""
        flt = self.filters.current_filter()
        if flt == self.model.customer_filter:
            return
        keep = self.detail.customer_id
        self._restoring = True
        try:
            self.model.set_filter(flt)
            found = keep is not None and self._select_row_of(keep, fetch_limit=PAGE_SIZE)
        finally:
            self._restoring = False
        if keep is not None and not found:
            # The customer shown is no longer in the list: don't leave them beside it.
            self.detail.show_customer(None)
        self._update_count()

    def refresh(self) -> None:
        """Read the list again, keeping the same customer current and the same rows selected."""
        keep = self.detail.customer_id
        selected = set(self.table.selected_customer_ids())
        fetched = self.model.rowCount()
        self.overdue_marks.reload()
        self._restoring = True
        try:
            self.model.refresh()
            if keep is not None:
                self._select_row_of(keep, fetch_limit=PAGE_SIZE)
            if len(selected) > 1:
                # A selection of many (a bulk edit's) stays, within the rows fetched before.
                self.model.fetch_up_to(fetched)
                self.table.select_customers(selected)
        finally:
            self._restoring = False
        self._update_count()

    def select_customer(self, customer_id: int) -> None:
        """Select the customer in the list if the filters show them; show their detail anyway."""
        self._restoring = True
        try:
            found = self._select_row_of(customer_id, fetch_limit=SELECT_FETCH_LIMIT)
        finally:
            self._restoring = False
        if not found:
            self.table.clearSelection()
        self.detail.show_customer(customer_id)

    def current_customer_id(self) -> int | None:
        return self.detail.customer_id

    # --- actions ---------------------------------------------------------------------------

    def new_customer(self) -> None:
        self._open_dialog(CustomerDialog(self._context, None, self))

    def edit_customer(self) -> None:
        customer_id = self.current_customer_id()
        # Enter and double-click come here too: an erased customer has nothing to edit.
        if customer_id is not None and self.edit_customer_action.isEnabled():
            self._open_dialog(CustomerDialog(self._context, customer_id, self))

    def add_response(self) -> None:
        self.detail.start_survey_answer()

    def add_interaction(self) -> None:
        self.detail.start_contact()

    def export_customer(self) -> None:
        """Everything held about the customer shown, to a JSON file the user chooses."""
        detail = self.detail.detail
        if detail is not None:
            self.privacy.export_customer(detail.id, detail.profile.ref)

    def erase_customer(self) -> None:
        """Ask for confirmation, then erase the customer shown (the dialog does the writing)."""
        detail = self.detail.detail
        if detail is not None and detail.erased_on is None:
            self.privacy.erase_customer(detail.id, detail.profile.ref, detail.profile.name)

    def _open_dialog(self, dialog: CustomerDialog) -> None:
        """Window-modal and non-blocking; `self.dialog` is the one open (tests drive it)."""
        self.dialog = dialog
        dialog.saved.connect(self.select_customer)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: CustomerDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    # --- inside ----------------------------------------------------------------------------

    def _select_row_of(self, customer_id: int, fetch_limit: int) -> bool:
        row = self.model.row_of_id(customer_id, fetch_limit=fetch_limit)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        self.detail.show_customer(current.data(CustomerIdRole))

    def _selection_changed(self) -> None:
        selected = len(self.table.selected_rows())
        self.bulk.selection_changed(selected)
        self._update_count(selected)

    def _sorted(self, _section: int, _order: Qt.SortOrder) -> None:
        # The view has asked the model to sort (a reset); find the shown customer again.
        keep = self.detail.customer_id
        if keep is not None:
            self._restoring = True
            try:
                self._select_row_of(keep, fetch_limit=PAGE_SIZE)
            finally:
                self._restoring = False

    def _enter_list(self) -> None:
        self.filters.flush()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def _customer_shown(self, customer_id: object) -> None:
        has_customer = customer_id is not None
        detail = self.detail.detail
        # An erased customer can be exported (what is left) but no longer changed.
        editable = has_customer and detail is not None and detail.erased_on is None
        for act in (self.edit_customer_action, self.add_response_action,
                    self.add_interaction_action):
            act.setEnabled(editable)
        # Exporting and erasing are the owner's (the core refuses anyone else anyway).
        owner = access.current().is_owner
        self.erase_customer_action.setEnabled(editable and owner)
        self.export_customer_action.setEnabled(has_customer and owner)
        self.current_customer_changed.emit(customer_id)

    def _update_count(self, selected: int | None = None) -> None:
        total = self.model.total_count()
        if total == 1:
            text = self.tr("1 customer")
        else:
            text = self.tr("{n} customers").format(n=QLocale().toString(total))
        if selected is None:
            selected = len(self.table.selected_rows())
        if selected > 1:
            # What Edit selected customers… would change.
            text += " · " + self.tr("{n} selected").format(n=QLocale().toString(selected))
        self.count_label.setText(text)

    def _load_failed(self, message: str) -> None:
        self.count_label.setText(message)
