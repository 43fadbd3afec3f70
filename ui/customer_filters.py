"""The customer list's search box and filter combos, giving one CustomerFilter."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from crm_desktop import access
from crm_desktop.customer_list import CustomerFilter, LifeState
from crm_desktop.lifecycle import Lifecycle
from crm_desktop.models import TIERS
from crm_desktop.segments import SEGMENT_ORDER, Segment
from ui import care_labels, labels
from ui.designer_choices import fill_designers

# Long enough to let a word be typed, short enough to feel instant (≈ 0.1 s).
SEARCH_DELAY_MS = 150


class SearchBox(QLineEdit):
    """The search field; Down moves into the list, as in a browser's address bar."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class CustomerFilterBar(QWidget):
    """Search (debounced) plus segment, tier, designer and lifecycle combos."""

    # The filter may have changed: typing has paused, a combo moved, or Enter was pressed.
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Set by the section to its context's today; None: the lifecycle filter uses the date.
        self.today: Callable[[], dt.date] | None = None
        self.search = SearchBox(self)
        self.search.setObjectName("customerSearch")
        self.search.setAccessibleName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search name, phone, e-mail or notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)

        self.segment_combo = self._combo("customerSegmentFilter", self.tr("Segment filter"))
        self.segment_combo.addItem(self.tr("All segments"), None)
        for segment in SEGMENT_ORDER:
            self.segment_combo.addItem(labels.segment_name(segment), segment.value)
        # Segments are cut by profit: a staff login filters by the other things only.
        if not access.can_see_money():
            self.segment_combo.hide()
        self.tier_combo = self._combo("customerTierFilter", self.tr("Tier filter"))
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for tier in TIERS:
            self.tier_combo.addItem(labels.tier_name(tier), tier)
        self.designer_combo = self._combo("customerDesignerFilter", self.tr("Designer filter"))
        self.reload_designers()
        self.state_combo = self._combo("customerStateFilter", self.tr("Lifecycle filter"))
        self.state_combo.addItem(self.tr("All customers"), LifeState.ALL.value)
        self.state_combo.addItem(self.tr("All but lost"), LifeState.CURRENT.value)
        for state in Lifecycle:
            self.state_combo.addItem(care_labels.lifecycle_name(state), state.value)
        self.state_combo.setToolTip(self.tr(
            "New: entered in the last 90 days, no job accepted yet. Sleeping: no job or contact "
            "for 18 months. Lost: marked lost with a reason. Active: everyone else."))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in self.combos():
            layout.addWidget(combo, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.filter_changed)
        # textChanged covers typing, an input method's commit, the clear button and setText.
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.flush)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.flush)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.segment_combo, self.tier_combo, self.designer_combo, self.state_combo)

    def current_filter(self) -> CustomerFilter:
        segment = self.segment_combo.currentData()
        return CustomerFilter(
            search=self.search.text().strip(),
            segment=Segment(segment) if segment else None,
            tier=self.tier_combo.currentData(),
            designer_id=self.designer_combo.currentData(),
            state=LifeState(self.state_combo.currentData()),
            # Lifecycle states are judged on the window's today (tests fix it).
            as_of=self.today() if self.today is not None else None,
        )

    def flush(self) -> None:
        """Apply now rather than after the typing pause."""
        self._timer.stop()
        self.filter_changed.emit()

    def show_only_segment(self, segment: Segment | None) -> None:
        """Clear the search and other filters and choose `segment`, then apply once."""
        widgets = (self.search, *self.combos())
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in self.combos():
                combo.setCurrentIndex(0)
            index = self.segment_combo.findData(segment.value if segment is not None else None)
            self.segment_combo.setCurrentIndex(max(index, 0))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.flush()

    def reload_designers(self) -> None:
        """The designer list from the staff table, keeping the choice if they are still there."""
        chosen = self.designer_combo.currentData()
        self.designer_combo.blockSignals(True)
        self.designer_combo.clear()
        fill_designers(self.designer_combo, self.tr("All designers"))
        self.designer_combo.setCurrentIndex(max(self.designer_combo.findData(chosen), 0))
        self.designer_combo.blockSignals(False)
