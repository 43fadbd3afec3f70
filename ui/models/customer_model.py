"""The customer list as a lazy table model: pages of rows from the core, sorted and filtered in SQL."""
from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from crm_desktop import access
from crm_desktop.customer_list import (
    MONEY_SORTS,
    CustomerFilter,
    CustomerRow,
    SortKey,
    customer_page,
    customer_rows,
)
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.money import display_amount
from ui import labels
from ui.context import AppContext
from ui.segment_chip import segment_colour, segment_tooltip

log = logging.getLogger(__name__)

PAGE_SIZE = 200
CustomerIdRole = Qt.ItemDataRole.UserRole + 1
LOST_COLOUR = QColor("#8c8c8c")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    TIER = 2
    SEGMENT = 3
    SCORE = 4
    PROFIT = 5
    LAST_CONTACTED = 6
    REFERRED_BY = 7


SORT_KEYS: dict[Column, SortKey] = {
    Column.NAME: SortKey.NAME,
    Column.PHONE: SortKey.PHONE,
    Column.TIER: SortKey.TIER,
    Column.SEGMENT: SortKey.SEGMENT,
    Column.SCORE: SortKey.SCORE,
    Column.PROFIT: SortKey.PROFIT,
    Column.LAST_CONTACTED: SortKey.LAST_CONTACTED,
    Column.REFERRED_BY: SortKey.REFERRED_BY,
}

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CustomerTableModel(QAbstractTableModel):
    """Rows are fetched PAGE_SIZE at a time as the view scrolls; the fetched rows are the cache.

    Any change of filter or sort order throws the cache away (a model reset) and starts again
    from the first page, so the database does all the sorting and counting.
    """

    # A database problem while fetching (locked, gone): one sentence for the user.
    load_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._filter = CustomerFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._rows: list[CustomerRow] = []
        self._total = 0
        self._reload()

    # --- what the view and the section ask -------------------------------------------------

    @property
    def customer_filter(self) -> CustomerFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def total_count(self) -> int:
        """How many customers match the filter (fetched or not)."""
        return self._total

    def row_at(self, row: int) -> CustomerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, customer_id: int, fetch_limit: int = 5_000) -> int | None:
        """The row showing `customer_id`, fetching further pages (up to `fetch_limit` rows)."""
        start = 0
        while True:
            for row in range(start, len(self._rows)):
                if self._rows[row].id == customer_id:
                    return row
            start = len(self._rows)
            if start >= fetch_limit or not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())
            if len(self._rows) == start:
                return None

    def fetch_up_to(self, count: int) -> None:
        """Have at least `count` rows (or all there are), fetched in one query rather than
        page by page: Select all, and keeping a long selection across a refresh, need them."""
        first = len(self._rows)
        if count <= first or not self.canFetchMore(QModelIndex()):
            return
        wanted = min(count, self._total) - first
        rows = self._query(offset=first, limit=wanted)
        if len(rows) < wanted:
            self._total = first + len(rows)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every row the count says the filter matches."""
        self.fetch_up_to(self._total)

    def set_filter(self, flt: CustomerFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Query again from the first page (after an edit, or a new profit line)."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        page = self._query(offset=len(self._rows))
        # Rows added or deleted since the count would otherwise leave us asking forever.
        if len(page) < PAGE_SIZE:
            self._total = len(self._rows) + len(page)
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        key = SORT_KEYS[Column(column)]
        if key in MONEY_SORTS and not access.can_see_money():
            # The column is hidden for staff; the core would refuse the order anyway.
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and descending == self._descending:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (Column.SCORE, Column.PROFIT) else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        customer = self.row_at(index.row())
        if customer is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(customer, column)
        if role == CustomerIdRole:
            return customer.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(customer, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.SEGMENT:
            # No segment for a staff login: the core leaves out what profit decides.
            return None if customer.segment is None else segment_colour(customer.segment)
        faded = customer.lost or customer.erased
        if role == Qt.ItemDataRole.ForegroundRole and faded and column != Column.SEGMENT:
            return LOST_COLOUR
        if role == Qt.ItemDataRole.FontRole and faded and column == Column.NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (Column.SCORE, Column.PROFIT) else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- inside ----------------------------------------------------------------------------

    def _headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.PHONE: self.tr("Phone"),
            Column.TIER: self.tr("Tier"),
            Column.SEGMENT: self.tr("Segment"),
            Column.SCORE: self.tr("Score"),
            Column.PROFIT: self.tr("Profit"),
            Column.LAST_CONTACTED: self.tr("Last contacted"),
            Column.REFERRED_BY: self.tr("Referred by"),
        }

    def _display(self, customer: CustomerRow, column: Column) -> str:
        if column == Column.NAME:
            return self.tr("Erased customer") if customer.erased else customer.name
        if column == Column.PHONE:
            return customer.phone
        if column == Column.TIER:
            return customer.tier
        if column == Column.SEGMENT:
            return "" if customer.segment is None else labels.segment_name(customer.segment)
        if column == Column.SCORE:
            return "" if customer.latest_score is None else str(customer.latest_score)
        if column == Column.PROFIT:
            return "" if customer.profit_cents is None else display_amount(customer.profit_cents)
        if column == Column.LAST_CONTACTED:
            return customer.last_contacted.isoformat() if customer.last_contacted else ""
        return customer.referred_by

    def _tooltip(self, customer: CustomerRow, column: Column) -> str | None:
        if column == Column.SEGMENT and customer.segment is not None:
            return segment_tooltip(customer.segment)
        if column == Column.TIER:
            return labels.tier_name(customer.tier)
        if column == Column.NAME and customer.erased:
            return self.tr("{ref}: personal data erased on request").format(ref=customer.ref)
        if column == Column.NAME:
            text = f"{customer.name} · {customer.ref}"
            return text + " · " + self.tr("lost customer") if customer.lost else text
        if column == Column.LAST_CONTACTED and customer.last_contacted is None:
            return self.tr("Never contacted")
        return None

    def _query(self, offset: int, limit: int = PAGE_SIZE) -> list[CustomerRow]:
        try:
            with translate_errors():
                return customer_rows(
                    self._filter, self._context.settings.profit_line_cents, self._sort,
                    self._descending, offset=offset, limit=limit,
                )
        except UserError as exc:
            log.warning("customer list: %s", exc)
            self.load_failed.emit(exc.message)
            return []

    def _reload(self) -> None:
        """The count and the first page together, so the view has rows to show at once."""
        self._rows = []
        try:
            with translate_errors():
                self._total, self._rows = customer_page(
                    self._filter, self._context.settings.profit_line_cents, self._sort,
                    self._descending, limit=PAGE_SIZE)
        except UserError as exc:
            log.warning("customer list: %s", exc)
            self._total = 0
            self.load_failed.emit(exc.message)
            return
        if len(self._rows) < PAGE_SIZE:
            self._total = len(self._rows)
