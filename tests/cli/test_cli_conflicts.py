"""`accept REF` reads the project, then writes: a change saved elsewhere in between is one
sentence on stderr and exit status 1, never an acceptance of something nobody looked at."""
from __future__ import annotations

import io
from dataclasses import replace

import peewee
import pytest

from crm_desktop import cli, decision_cli
from crm_desktop.db import close_database, open_database
from crm_desktop.models import Customer, Project, database_proxy
from crm_desktop.project_service import project_input, save_project
from crm_desktop.settings import StudioSettings
from tests.other_desk import other_desk


def test_accept_refuses_a_project_changed_between_its_read_and_its_write(
        db: peewee.Database, db_spec: str, monkeypatch: pytest.MonkeyPatch) -> None:
    chen = Customer.create(ref="CHEN", name="陈静")
    big = Project.create(ref="BIG", customer=chen, title="全屋", revenue_cents=30_000_000,
                         cost_cents=15_000_000).id
    close_database()
    read_settings = decision_cli.load_settings

    def settings_while_someone_saves() -> StudioSettings:
        # cmd_accept has read the project; now another desk cuts the fee and commits.
        with other_desk(database_proxy.obj) as desk, desk.saving():
            theirs, version = project_input(big)
            save_project(replace(theirs, revenue="160000"), big, version)
        return read_settings()

    monkeypatch.setattr(decision_cli, "load_settings", settings_while_someone_saves)
    out, err = io.StringIO(), io.StringIO()
    code = cli.run_command(["accept", "BIG", "--db", db_spec], out=out, err=err)
    assert (code, out.getvalue()) == (1, "")
    assert err.getvalue() == "Someone else changed project BIG in the meantime; nothing was overwritten.\n"
    open_database(db_spec, must_exist=True)
    stored = Project.get_by_id(big)
    assert (stored.status, stored.revenue_cents) == ("inquiry", 16_000_000)
