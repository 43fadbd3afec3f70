"""Finding a customer's row in the Customers section's list, as several UI tests do."""
from __future__ import annotations

from ui.customers_view import CustomersSection
from ui.models.customer_model import CustomerIdRole


def row_of(section: CustomersSection, customer_id: int) -> int:
    model = section.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(CustomerIdRole) == customer_id:
            return row
    raise AssertionError(f"customer {customer_id} is not in the list")
