"""The customer list's table view: many rows can be selected, and Select all means every customer."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ui.models.customer_model import CustomerTableModel


class CustomerTable(QTableView):
    """Ctrl/Shift-click and Ctrl+A select rows; the current row stays the one the detail shows.

    The model fetches rows lazily, so Qt's own Select all would take only the rows fetched so
    far (the first pages) while the count under the list says thousands: here it fetches the
    rest first, in one query.
    """

    def __init__(self, model: CustomerTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The column header asks, for every column, whether all its rows are selected — one
        # call into the model per row and column on each change of selection: seconds for
        # 50 000 selected customers. It shows no selection here, so it gets one of its own
        # that stays empty (sorting by a click on it does not use the selection).
        header = self.horizontalHeader()
        header.setSelectionModel(QItemSelectionModel(model, header))

    def selectAll(self) -> None:
        self._customers.fetch_all()
        super().selectAll()

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom (from the selection's ranges, not one index per cell)."""
        rows: set[int] = set()
        for selected in self.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_customer_ids(self) -> list[int]:
        ids = []
        for row in self.selected_rows():
            customer = self._customers.row_at(row)
            if customer is not None:
                ids.append(customer.id)
        return ids

    def select_customers(self, customer_ids: set[int]) -> None:
        """Add the rows of these customers (among those fetched) to the selection."""
        selection = QItemSelection()
        model, last = self._customers, self._customers.columnCount() - 1
        start = None
        for row in range(model.rowCount() + 1):
            customer = model.row_at(row)
            inside = customer is not None and customer.id in customer_ids
            if inside and start is None:
                start = row
            elif not inside and start is not None:
                # One range per run of neighbouring rows, not one per row.
                selection.select(model.index(start, 0), model.index(row - 1, last))
                start = None
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
