"""The audit log behind the staff web app: every change by editors, reviewers and admins is listed to
admins only, newest first, filterable and free of secrets, and the command line writes its entries as
the system.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.models import AuditLog, EntryRevision
from tests.admin_helpers import CLINIC_FORM
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V2,
    PASSWORD,
    _secrets,
    app,
    audit_actions,
    create_draft,
    csrf_token,
    logged_in,
    path_of,
    publish_entry,
    squeeze,
    submit_entry,
    text,
    world,
)
from tests.conftest import SAMPLE_CLINICS
from tests.kb_samples import small_kb

# ---------------------------------------------------------------- the audit log


def test_the_audit_log_shows_every_change_to_admins_only(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    entry_id = create_draft(editor, answer=ANSWER_V2)
    submit_entry(editor, entry_id)
    publish_entry(logged_in(app, "reviewer@example.org"), entry_id)
    form = editor.get("/admin/clinics/new")
    editor.post("/admin/clinics/new", data={**CLINIC_FORM, "csrf_token": csrf_token(form)})
    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    admin.post(
        "/admin/accounts/new",
        data={"email": "third@example.org", "role": "editor", "clinic": "", "csrf_token": csrf_token(form)},
    )

    log = admin.get("/admin/audit")
    assert log.status_code == 200
    page = squeeze(text(log))
    assert "5 changes" in page
    for action, phrase in (
        ("entry.create", "created an entry"),
        ("entry.submit", "submitted an entry for review"),
        ("entry.publish", "published an entry"),
        ("clinic.create", "added a clinic"),
        ("user.create", "created an account"),
    ):
        assert f'<td class="audit-action" title="{action}">{phrase}</td>' in page
    assert (
        page.index('title="user.create"') < page.index('title="clinic.create"') < page.index('title="entry.publish"')
    )  # newest first
    assert "driving-after-treatment" in page and "savannah-calm" in page and "third@example.org" in page
    assert "<td>editor@example.org</td>" in page and "<td>admin@example.org</td>" in page
    assert "<td>reviewer@example.org</td>" in page
    assert PASSWORD not in page and "argon2" not in page
    only_entries = text(admin.get("/admin/audit?object_type=knowledge_entry"))
    assert "3 changes" in only_entries and "savannah-calm" not in only_entries
    assert "1 change" in text(admin.get("/admin/audit?ref=savannah-calm"))
    assert editor.get("/admin/audit").status_code == 403
    assert logged_in(app, "one@c1.example").get("/admin/audit").status_code == 403
    anonymous = app.test_client().get("/admin/audit")
    assert anonymous.status_code == 302 and path_of(anonymous.location) == "/login"
    with session_scope(world.engine) as session:
        for row in session.execute(select(AuditLog)).scalars():
            assert "password" not in str(row.details).lower()


def test_the_command_line_writes_audit_entries_as_the_system(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cli import main

    monkeypatch.setenv("DATABASE_URL", sqlite_engine.url.render_as_string(hide_password=False))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["create-user", "--email", "first@example.org", "--role", "admin", "--password-stdin"]) == 0
    assert main(["import-clinics", str(SAMPLE_CLINICS)]) == 0
    small_kb(tmp_path / "kb")
    assert main(["load-kb", "--kb-dir", str(tmp_path / "kb")]) == 0
    assert main(["load-kb", "--kb-dir", str(tmp_path / "kb")]) == 0  # nothing changed: nothing logged
    assert audit_actions(sqlite_engine) == [
        (None, "user.create", "user", "first@example.org"),
        (None, "clinic.import", "clinic", None),
        (None, "entry.load", "knowledge_entry", None),
    ]
    with session_scope(sqlite_engine) as session:
        authors = session.execute(select(EntryRevision.author_id).distinct()).scalars().all()
        assert authors == [None] and session.execute(select(func.count(EntryRevision.id))).scalar_one() == 4
