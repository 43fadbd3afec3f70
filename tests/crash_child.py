"""Saves customers through the real customer dialog in a loop until it is killed.

Run by tests/ui/test_crash_save.py as `python -m tests.crash_child DB`: every save n writes
name, phone, e-mail and notes all derived from n (every fifth save is a new customer), and
only after save() returns prints "saved ID N", so the test can tell a torn row from a whole
one and check that a save reported as done survived the kill.
"""
from __future__ import annotations

import dataclasses
import os
import sys


def version_of(n: int) -> dict[str, str]:
    """The fields save n writes; the test parses a row back with the same rule."""
    return {"name": f"Crash {n}", "phone": f"138 {n:08d}", "email": f"c{n}@example.com",
            "notes": f"saved by counter {n}"}


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from crm_desktop.db import open_database
    from crm_desktop.models import Customer
    from ui.context import AppContext
    from ui.forms.customer_form import CustomerDialog

    db_path, first = argv[0], int(argv[1])
    app = QApplication([])
    open_database(db_path, must_exist=True)
    context = AppContext(db_path)
    ids = [cid for (cid,) in Customer.select(Customer.id).order_by(Customer.id).limit(20).tuples()]
    print("ready", flush=True)
    n = first
    while True:
        customer_id = None if n % 5 == 0 else ids[n % len(ids)]
        dialog = CustomerDialog(context, customer_id)
        dialog.set_form(dataclasses.replace(dialog.form(), **version_of(n)))
        if not dialog.save():
            problems = {name: label.text() for name, label in dialog.errors.items() if label.text()}
            print(f"refused {n}: {dialog.banner.text()} {problems}", flush=True)
            return 1
        print(f"saved {dialog.saved_id} {n}", flush=True)
        dialog.deleteLater()
        app.processEvents()
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
