"""Run in a fresh process by the benchmark: open the main window on a database and report.

`python -m bench.child DB T0` prints one JSON line: the milliseconds from T0 (the parent's
`time.monotonic()` just before it started this process) until the main window is shown and
its first events are processed, and the process's peak resident memory in MB.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time  # first, so nothing else is imported before the clock is read


def _peak_rss_mb() -> float:
    # On Linux, ru_maxrss survives fork and exec: a child of a large parent (the benchmark after
    # building its dataset) would report the parent's peak. VmHWM is this process's own.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(db: str, started: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui import create_main_window

    app = QApplication(sys.argv[:1])
    # The names run_gui gives the application, so window state is read from the same place.
    app.setOrganizationName("StudioCRM")
    app.setApplicationName("Studio CRM")
    window = create_main_window(db, "zh_CN")
    window.show()
    app.processEvents()
    elapsed_ms = (time.monotonic() - started) * 1000
    print(json.dumps({"startup_ms": elapsed_ms, "peak_rss_mb": _peak_rss_mb()}), flush=True)
    # Teardown is not part of the measurement; leave at once.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
