"""Someone else at another desk: a second, independent connection to the test database.

The app's services reach the database through `models.database_proxy`, so pointing the proxy
at this connection for a moment runs the very same services (their transactions included)
as another user would, while the test's own connection stays open beside it.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee

from crm_desktop.models import database_proxy


class OtherDesk:
    """A second connection of the same kind and parameters as `db`: SQLite file or PostgreSQL."""

    def __init__(self, db: peewee.Database) -> None:
        self._ours = db
        self.db = type(db)(db.database, **db.connect_params)
        self.db.connect()
        # Two real connections, not one shared handle.
        assert self.db.connection() is not db.connection()

    @contextmanager
    def saving(self) -> Iterator[peewee.Database]:
        """Everything inside runs through the other connection, and is committed there."""
        database_proxy.initialize(self.db)
        try:
            yield self.db
        finally:
            database_proxy.initialize(self._ours)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


@contextmanager
def other_desk(db: peewee.Database) -> Iterator[OtherDesk]:
    desk = OtherDesk(db)
    try:
        yield desk
    finally:
        desk.close()
