"""The benchmark's dataset: a demo studio built once per scale and seed, cached under bench/.cache/."""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
FULL_CUSTOMERS = 50_000
QUICK_CUSTOMERS = 5_000
DEFAULT_SEED = 8
# The demo's "today", fixed so the same scale and seed give the same file on any day.
TODAY = dt.date(2026, 6, 30)


@dataclass(frozen=True)
class Dataset:
    customers: int
    seed: int
    db_path: Path
    # The dataset's customers exported by the app, the file the import is timed on.
    csv_path: Path

    @property
    def scale(self) -> str:
        return f"{self.customers // 1000}k" if self.customers % 1000 == 0 else str(self.customers)


def _key(customers: int, seed: int) -> str:
    # The schema version is part of the key: a new migration gets a freshly generated dataset
    # rather than a cached one upgraded in place.
    from crm_desktop.migrations import LATEST

    return f"demo-c{customers}-s{seed}-v{LATEST}"


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def ensure_dataset(customers: int, seed: int, rebuild: bool = False,
                   log: Callable[[str], object] = print) -> Dataset:
    """The cached dataset for this scale and seed, generating it (and its CSV) if missing."""
    from crm_desktop.db import close_database, open_database
    from crm_desktop.demo import generate_demo
    from crm_desktop.models import database_proxy
    from crm_desktop.transfer import export_file

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    key = _key(customers, seed)
    db_path = CACHE_DIR / f"{key}.sqlite3"
    csv_path = CACHE_DIR / f"{key}-customers.csv"
    if rebuild:
        _remove(db_path)
        csv_path.unlink(missing_ok=True)
    if not db_path.exists():
        # Built under a temporary name and renamed when complete: an interrupted build
        # never leaves a half dataset that a later run would take for the real one.
        partial = CACHE_DIR / f"{key}.partial-{os.getpid()}.sqlite3"
        _remove(partial)
        started = time.perf_counter()
        log(f"building the {customers}-customer dataset (seed {seed}) …")
        open_database(partial)
        try:
            summary = generate_demo(customers, seed, today=TODAY)
            # Fold the WAL into the file, so the cached file stands alone.
            database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            close_database()
            _remove(partial)
            raise
        close_database()
        os.replace(partial, db_path)
        _remove(partial)  # its -wal and -shm, if closing left any
        log(f"  {summary} ({time.perf_counter() - started:.1f} s)")
    if not csv_path.exists():
        open_database(db_path, must_exist=True)
        try:
            partial_csv = csv_path.with_suffix(".partial.csv")
            export_file("customers", partial_csv)
            os.replace(partial_csv, csv_path)
        finally:
            close_database()
    return Dataset(customers, seed, db_path, csv_path)
