"""Logging to a file in the data directory: a GUI launcher has no console to read."""
from __future__ import annotations

import logging
import logging.handlers

from crm_desktop.db import data_dir


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    handlers: list[logging.Handler] = []
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "studio-crm.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass  # An unwritable data directory must not stop the app; errors still reach stderr.
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.ERROR)
    handlers.append(stderr)
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )
