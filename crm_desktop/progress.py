"""Progress and cancelling for long core work, without Qt.

The caller makes a `Progress` with a function that shows the count (the window hands over a
signal that crosses to the GUI thread); the work calls `step` now and then. `cancel` from
any thread makes the next `step` raise `Cancelled`, so the work stops where it stands and
an open transaction rolls back.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from crm_desktop.errors import UserError
from crm_desktop.i18n import _


class Cancelled(UserError):
    """The person stopped the work; nothing it would have written was written."""

    def __init__(self) -> None:
        super().__init__(_("Stopped; nothing was written."))


class Progress:
    # Call the reporter only every this many items: a signal per row would cost more than the row.
    EVERY = 500

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise Cancelled once `cancel` was called."""
        if self._cancelled.is_set():
            raise Cancelled()

    def step(self, done: int, total: int) -> None:
        """`done` of `total` items are through; raises Cancelled once `cancel` was called."""
        self.check()
        if self._report is not None and (done % self.EVERY == 0 or done == total):
            self._report(done, total)

