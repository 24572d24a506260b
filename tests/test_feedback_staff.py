"""Answer feedback as staff see it, on real SQLite and PostgreSQL: an entry's page shows how often it was
shown, its helpful rate and recent reasons (escaped), and the overview lists the least helpful entries
of the last 30 days or says that nothing was rated.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.loader import load_knowledge_base
from bot.models import AnswerFeedback, ChatEvent, KnowledgeEntry, utcnow
from bot.stats import record_question
from tests.admin_world import _secrets, app, logged_in, squeeze, text, world  # noqa: F401 - fixtures
from tests.kb_samples import small_kb

# ---------------------------------------------------------------- what staff see


@pytest.fixture
def rated(world: SimpleNamespace, tmp_path: Path) -> SimpleNamespace:  # the admin world
    """The small KB with some showings and votes: cost-overview rated poorly, risks-overview well."""
    engine = world.engine
    with session_scope(engine) as session:
        load_knowledge_base(session, small_kb(tmp_path / "kb"))
    for _ in range(5):
        assert record_question(engine, "cost", "cost-overview")
    assert record_question(engine, "risks", "risks-overview")
    old = utcnow() - dt.timedelta(days=45)
    with session_scope(engine) as session:
        session.add_all(
            [
                AnswerFeedback(entry_slug="cost-overview", helpful=True, question="what does it cost"),
                AnswerFeedback(
                    entry_slug="cost-overview",
                    helpful=False,
                    question="price of infusions",
                    reason="No prices for my state",
                ),
                AnswerFeedback(
                    entry_slug="cost-overview",
                    helpful=False,
                    question="is it <b>cheap</b>",
                    reason="<script>alert(1)</script>",
                ),
                AnswerFeedback(entry_slug="risks-overview", helpful=True, question="is it safe"),
                AnswerFeedback(entry_slug="risks-addiction", helpful=False, created_at=old),  # outside 30 days
                ChatEvent(kind="question", topic="cost", entry_slug="cost-overview", created_at=old),
            ]
        )
        ids = {row.slug: row.id for row in session.execute(select(KnowledgeEntry)).scalars()}
    return SimpleNamespace(engine=engine, ids=ids)


def test_the_entry_page_shows_times_shown_helpful_rate_and_recent_reasons(app: Flask, rated: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    page = text(editor.get(f"/admin/kb/{rated.ids['cost-overview']}"))
    panel = squeeze(page[page.index('id="feedback-heading"') :])
    assert "<dt>Times shown</dt><dd>5 in the last 30 days</dd>" in panel
    assert "33% helpful: 1 yes, 2 no" in panel and "(3 votes). <strong>Rated poorly</strong>" in panel
    assert "<td>price of infusions</td><td>No prices for my state</td>" in panel
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in panel and "<script>alert" not in panel
    assert "&lt;b&gt;cheap&lt;/b&gt;" in panel
    quiet = squeeze(text(editor.get(f"/admin/kb/{rated.ids['cost-insurance']}")))
    assert "<dd>0 in the last 30 days</dd>" in quiet and "No votes in the last 30 days." in quiet
    assert "No “No” votes yet." in quiet
    assert "Visitor feedback" not in text(editor.get("/admin/kb/new"))


def test_the_overview_lists_the_least_helpful_entries_of_the_last_30_days(app: Flask, rated: SimpleNamespace) -> None:
    page = squeeze(text(logged_in(app, "editor@example.org").get("/admin")))
    section = page[page.index("Least helpful answers") : page.index("Inquiries by clinic and status")]
    rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">([^<]+)</a></th><td>(\d+)%</td>', section)
    assert rows == [
        (f"/admin/kb/{rated.ids['cost-overview']}#feedback", "How much does ketamine therapy cost?", "33"),
        (f"/admin/kb/{rated.ids['risks-overview']}#feedback", "What are the side effects of ketamine?", "100"),
    ]
    assert "Is ketamine addictive?" not in section  # its only vote is older than 30 days


def test_the_overview_says_when_nothing_was_rated(app: Flask, world: SimpleNamespace) -> None:
    page = text(logged_in(app, "editor@example.org").get("/admin"))
    assert "No answer was rated in the last 30 days." in page
