"""Values as the drivers hand them back: SQLite gives ISO text from aggregates, PostgreSQL dates."""
from __future__ import annotations

import datetime as dt


def as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
