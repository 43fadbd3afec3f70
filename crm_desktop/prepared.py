"""Queries built by peewee once per process and then run as they are, or with a new id.

Building a query costs peewee a few tenths of a millisecond, more than SQLite takes to
answer a lookup by id; the customer detail runs seven such lookups every time a row is
selected. A `Prepared` query is built once per kind of database with a marker in place of
the id, and later runs only swap the id into the parameters.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee

from crm_desktop.models import database_proxy

# No row has this id; it marks where the run-time id goes among the query's parameters.
_MARK = -7_316_904_285_531


class Prepared:
    """A query of one integer parameter; `rows(value)` gives the driver's plain tuples."""

    def __init__(self, build: Callable[[int], peewee.Query]) -> None:
        self._build = build
        self._built: dict[type[peewee.Database], tuple[str, list[Any], list[int]]] = {}

    def rows(self, value: int) -> list[tuple[Any, ...]]:
        db = database_proxy.obj
        built = self._built.get(type(db))
        if built is None:
            sql, params = self._build(_MARK).sql()
            slots = [i for i, param in enumerate(params) if param == _MARK]
            if not slots:
                raise ValueError("the prepared query does not use its parameter")
            built = self._built[type(db)] = (sql, list(params), slots)
        sql, params, slots = built
        bound = list(params)
        for slot in slots:
            bound[slot] = value
        return database_proxy.execute_sql(sql, bound).fetchall()


class Fixed:
    """A query with no run-time values, built once per kind of database."""

    def __init__(self, build: Callable[[], peewee.Query]) -> None:
        self._build = build
        self._built: dict[type[peewee.Database], tuple[str, list[Any]]] = {}

    def rows(self) -> list[tuple[Any, ...]]:
        db = database_proxy.obj
        built = self._built.get(type(db))
        if built is None:
            sql, params = self._build().sql()
            built = self._built[type(db)] = (sql, list(params))
        return database_proxy.execute_sql(*built).fetchall()

