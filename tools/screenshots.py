"""Screenshots of every section, offscreen, for looking at the window and for the README.

    python -m tools.screenshots DB OUT_DIR [--lang en|zh_CN] [--size 1280x720]
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui import create_main_window

    app = QApplication([])
    app.setOrganizationName("StudioCRM-screenshots")
    window = create_main_window(args.db, args.lang)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for index in range(window.sections.count()):
        window.show_section(index)
        for _ in range(30):
            app.processEvents()
        name = window.nav.item(index).data(0x0100)  # Qt.UserRole: the section's key
        window.grab().save(str(args.out / f"{name}-{args.lang}-{args.size}.png"))
    window.close()  # lets an automatic backup that has started finish before the process ends
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
