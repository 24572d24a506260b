"""Review data from outside the editor: the YAML loader reads who reviewed an entry and dates changed
sources, an admin creates a reviewer account that can publish, and the command line creates reviewer
accounts.
"""

from __future__ import annotations

import html
import io
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.editing import EntryDraft, create_entry
from bot.kb.loader import EDITABLE_FIELDS, load_knowledge_base
from bot.kb.revisions import FIELD_LABELS
from bot.kb.source import content_hash
from bot.models import KnowledgeEntry, User
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V2,
    PASSWORD,
    SOURCE_URL,
    _secrets,
    app,
    csrf_token,
    entry_row,
    logged_in,
    publish_entry,
    text,
    world,
)
from tests.clock import TODAY
from tests.kb_samples import entry as yaml_entry
from tests.kb_samples import small_kb, write_topic
from tests.review_helpers import flashed
from tests.web_helpers import link_shown, use_link

pytestmark = pytest.mark.usefixtures("on_todays_date")

# ---------------------------------------------------------------- YAML, accounts and the command line


def test_the_loader_reads_reviewed_by_and_dates_changed_sources(world: SimpleNamespace, tmp_path: Path) -> None:
    assert set(FIELD_LABELS) == set(EDITABLE_FIELDS)
    kb_dir = small_kb(tmp_path / "kb")
    signed = dict(
        yaml_entry("cost-overview", "How much does ketamine therapy cost?", []), reviewed_by=" Medical reviewer,  MD "
    )
    write_topic(kb_dir, "cost", [signed])
    with session_scope(world.engine) as session:
        load_knowledge_base(session, kb_dir)
    loaded = entry_row(world.engine, "cost-overview")
    assert (loaded.reviewed_by, loaded.sources_changed_on) == ("Medical reviewer, MD", None)

    write_topic(kb_dir, "cost", [dict(signed, question="How much does ketamine cost?")])
    with session_scope(world.engine) as session:
        assert load_knowledge_base(session, kb_dir).updated == ["cost-overview"]
    assert entry_row(world.engine, "cost-overview").sources_changed_on is None  # only the question changed
    write_topic(kb_dir, "cost", [dict(signed, sources=[{"title": "SPRAVATO label", "url": SOURCE_URL}])])
    with session_scope(world.engine) as session:
        assert load_knowledge_base(session, kb_dir).updated == ["cost-overview"]
    assert entry_row(world.engine, "cost-overview").sources_changed_on == TODAY

    # A row loaded before reviewed_by existed has a hash without it: a YAML change still applies.
    with session_scope(world.engine) as session:
        addiction = session.execute(select(KnowledgeEntry).filter_by(slug="risks-addiction")).scalar_one()
        addiction.source_hash = content_hash(
            {name: getattr(addiction, name) for name in EDITABLE_FIELDS if name != "reviewed_by"}
        )
    write_topic(kb_dir, "risks", [yaml_entry("risks-addiction", "Is ketamine habit-forming?", [])])
    with session_scope(world.engine) as session:
        report = load_knowledge_base(session, kb_dir)
    assert report.updated == ["risks-addiction"] and report.conflicts == []


def test_an_admin_creates_a_reviewer_account_who_can_publish(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    assert "Reviewer — what editors do, and reviews and publishes" in html.unescape(text(form))
    created = admin.post(
        "/admin/accounts/new",
        data={"email": "md@example.org", "role": "reviewer", "clinic": "", "csrf_token": csrf_token(form)},
    )
    assert created.status_code == 200 and "<td>Reviewer</td>" in text(admin.get("/admin/accounts"))
    assert use_link(app, link_shown(created)).status_code in (302, 303)
    with session_scope(world.engine) as session:
        draft = create_entry(
            session,
            EntryDraft(
                slug="by-script",
                topic="cost",
                question="What does it cost?",
                answer=ANSWER_V2,
                sources=[{"title": "Label", "url": SOURCE_URL}],
            ),
            None,
        )
        draft_id = draft.id
    md = logged_in(app, "md@example.org")
    assert "Review due" in text(md.get("/admin")) and md.get("/admin/accounts").status_code == 403
    assert publish_entry(md, draft_id, "Dr. Reviewer, MD").status_code == 303
    assert entry_row(world.engine, "by-script").reviewed_by == "Dr. Reviewer, MD"
    page = admin.get(f"/admin/accounts/{world.users['editor@example.org']}/role")
    promoted = admin.post(
        f"/admin/accounts/{world.users['editor@example.org']}/role",
        data={"role": "reviewer", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert "editor@example.org is now reviewer." in flashed(admin, promoted)
    assert logged_in(app, "editor@example.org").get(f"/admin/kb/{draft_id}/publish").status_code == 200


def test_the_command_line_creates_reviewer_accounts(sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli import main

    monkeypatch.setenv("DATABASE_URL", sqlite_engine.url.render_as_string(hide_password=False))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["create-user", "--email", "md@example.org", "--role", "reviewer", "--password-stdin"]) == 0
    with session_scope(sqlite_engine) as session:
        assert session.execute(select(User.role).where(User.email == "md@example.org")).scalar_one() == "reviewer"
