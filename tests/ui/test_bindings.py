"""The Qt bindings in use must not drop references to None (PySide6 6.12.0 on Python 3.11 did,
and the interpreter aborted after some ten thousand calls: a long report, a long session)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QPoint


def test_void_calls_keep_none_alive() -> None:
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(0)
    assert sys.getrefcount(None) >= before - 10


def test_matplotlib_qt_backend_imports_with_these_bindings() -> None:
    # A new PySide6 has broken matplotlib's Qt backend before (matplotlib#24175).
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert FigureCanvasQTAgg.__name__ == "FigureCanvasQTAgg"
