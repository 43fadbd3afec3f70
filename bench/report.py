"""The benchmark's results: one row per operation, printed as a table and written as JSON."""
from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path

from bench.timing import Samples

MAX_RATIO = 2.0


@dataclass
class Result:
    operation: str
    scale: str
    target_ms: float
    app: Samples | None = None
    floor: Samples | None = None
    # "ms", or "MB" for memory (then the app_ms column holds megabytes).
    unit: str = "ms"
    note: str = ""
    # Set when the operation could not be measured, or the app and the floor disagreed.
    error: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def app_ms(self) -> float | None:
        return self.app.p95 if self.app else None

    @property
    def floor_ms(self) -> float | None:
        return self.floor.p95 if self.floor else None

    @property
    def ratio(self) -> float | None:
        if self.app_ms is None or not self.floor_ms:
            return None
        return self.app_ms / self.floor_ms

    @property
    def verdict(self) -> str:
        if self.error:
            return "ERROR"
        if self.app_ms is None:
            return "-"
        problems = []
        if self.app_ms > self.target_ms:
            problems.append("target")
        if self.ratio is not None and self.ratio > MAX_RATIO:
            problems.append("ratio")
        return "ok" if not problems else "over (" + ", ".join(problems) + ")"

    def as_json(self) -> dict[str, object]:
        row: dict[str, object] = {
            "operation": self.operation,
            "scale": self.scale,
            "app_ms": _round(self.app_ms),
            "floor_ms": _round(self.floor_ms),
            "ratio": _round(self.ratio, 2),
            "target_ms": self.target_ms,
            "unit": self.unit,
            "app_median": _round(self.app.median if self.app else None),
            "floor_median": _round(self.floor.median if self.floor else None),
            "samples": len(self.app.values) if self.app else 0,
            "verdict": self.verdict,
        }
        if self.note:
            row["note"] = self.note
        if self.error:
            row["error"] = self.error
        row.update({key: _round(value) for key, value in self.extra.items()})
        return row


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _cell(value: float | None, digits: int | None = None) -> str:
    """Whole numbers with thin grouping; one decimal below 10, where a millisecond matters."""
    if value is None:
        return "—"
    if digits is None:
        digits = 1 if abs(value) < 10 else 0
    return f"{value:,.{digits}f}".replace(",", " ")


HEADER = ("operation", "scale", "app_ms (p95)", "median", "floor_ms (p95)", "ratio", "target_ms", "result")


def table_rows(results: list[Result]) -> list[tuple[str, ...]]:
    rows = []
    for r in results:
        unit = " MB" if r.unit == "MB" else ""
        rows.append((
            r.operation, r.scale, _cell(r.app_ms) + unit, _cell(r.app.median if r.app else None) + unit,
            _cell(r.floor_ms), _cell(r.ratio, 2), _cell(r.target_ms) + unit, r.verdict,
        ))
    return rows


def format_table(results: list[Result], markdown: bool = False) -> str:
    rows = [HEADER, *table_rows(results)]
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "|".join("---" if i < 2 or i == 7 else "---:" for i in range(len(HEADER))) + "|")
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = []
    for n, row in enumerate(rows):
        cells = [c.ljust(w) if i in (0, 1, 7) else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def notes(results: list[Result]) -> list[str]:
    """Each operation's note and error, for under the table."""
    lines = []
    for r in results:
        if r.note:
            lines.append(f"{r.operation}: {r.note}")
        if r.error:
            lines.append(f"{r.operation}: ERROR: {r.error}")
    return lines


def machine() -> dict[str, object]:
    """The machine the numbers were taken on: CPU count and model, memory, Python, SQLite."""
    import sqlite3

    info: dict[str, object] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["ram_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass  # not Linux: the CPU count and platform still say something
    try:
        from PySide6 import __version__ as pyside

        info["pyside6"] = pyside
    except ImportError:
        pass
    return info


def write_json(path: Path, results: list[Result], context: dict[str, object]) -> None:
    payload = {"results": [r.as_json() for r in results], **context}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
