"""Start-up time and peak memory: the main window opened in fresh processes (bench/child.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.dataset import CACHE_DIR, Dataset
from bench.report import Result
from bench.timing import Plan, Samples
from crm_desktop.db import DATA_DIR_ENV

REPO = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 180


def _child_env(scratch: str) -> dict[str, str]:
    """The window processes' environment: offscreen, with throw-away settings and data folders."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A fresh, empty QSettings location: no saved window state picks another section, and the
    # benchmark never touches the user's own settings.
    env["XDG_CONFIG_HOME"] = str(Path(scratch, "config"))
    # A throw-away data folder too: whatever a window writes there (an automatic backup of the
    # 150 MB dataset, a log) never lands in, or rotates, the user's own backups.
    env["XDG_DATA_HOME"] = str(Path(scratch, "data"))
    env[DATA_DIR_ENV] = str(Path(scratch, "data", "StudioCRM"))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # An installed app runs from compiled bytecode: let the warm-up run write it (to the cache,
    # not beside the sources) even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE_DIR / "pycache")
    return env


def open_window(db: Path, env: dict[str, str]) -> dict[str, float]:
    """One fresh process that opens the main window on `db`; its start-up ms and peak RSS MB."""
    started = time.monotonic()  # the child measures against the same system-wide clock
    proc = subprocess.run(
        [sys.executable, "-m", "bench.child", str(db), repr(started)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
        raise RuntimeError(f"the window process failed (exit {proc.returncode}):\n" + "\n".join(tail))
    return json.loads(lines[-1])


def startup_and_memory(dataset: Dataset, plan: Plan) -> list[Result]:
    """`startup` (process start → window shown) and `memory` (peak RSS with the list showing)."""
    from bench.operations import TARGETS_MS

    startup: list[float] = []
    memory: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-window-") as scratch:
        env = _child_env(scratch)
        open_window(dataset.db_path, env)  # warm-up: the OS file cache, .pyc files, font caches
        deadline = time.perf_counter() + plan.budget_s
        for _ in range(plan.reps):
            run = open_window(dataset.db_path, env)
            startup.append(run["startup_ms"])
            memory.append(run["peak_rss_mb"])
            if len(startup) >= plan.min_reps and time.perf_counter() > deadline:
                break
    return [
        Result("startup", dataset.scale, TARGETS_MS["startup"], Samples(tuple(startup)),
               note="process start to main window shown (offscreen, zh_CN), fresh process each run"),
        Result("memory", dataset.scale, TARGETS_MS["memory"], Samples(tuple(memory)), unit="MB",
               note="peak RSS in MB (app_ms column) of the start-up processes, customer list showing"),
    ]
