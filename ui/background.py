"""Running a core call off the GUI thread and getting its outcome back on the GUI thread.

The work is a plain callable that opens its own database connection if it needs one; it
never touches a widget. Its result (or exception) travels back by a queued signal, so the
callbacks run on the GUI thread. Calls run one at a time, in the order given.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, Qt queues them across."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, done: Callable[[Any], None], failed: Callable[[Exception], None],
                 forget: Callable[[_Relay], None]) -> None:
        super().__init__()
        self._done = done
        self._failed = failed
        self._forget = forget
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._forget(self)
        self._done(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._forget(self)
        assert isinstance(error, Exception)
        self._failed(error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """One worker thread for the owner's background calls; `wait` before closing or replacing data."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], object], done: Callable[[Any], None],
            failed: Callable[[Exception], None]) -> None:
        """Start `work` on the worker thread; `done(result)` or `failed(exc)` follows on this thread."""
        relay = _Relay(done, failed, self._relays.discard)
        self._relays.add(relay)  # kept alive until its outcome is delivered
        self._pool.start(_Task(work, relay))

    def wait(self) -> None:
        """Block until every started call has finished (their callbacks follow from the event loop)."""
        self._pool.waitForDone()
