"""The knowledge-base entry form and list in the staff web app: the YAML files' rules applied to the form,
the preview rendered safely with and without JavaScript, search and filters over YAML-loaded entries
that keep their history, the Markdown subset, and revision snapshots matching the loader's fields.
"""

from __future__ import annotations

import html
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import func, select

from bot.db import session_scope
from bot.kb.loader import load_knowledge_base
from bot.kb.markdown import to_html
from bot.kb.presentation import DISCLAIMER
from bot.models import KnowledgeEntry, utcnow
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    SOURCE_URL,
    _secrets,
    app,
    create_draft,
    csrf_token,
    entry_form,
    entry_row,
    logged_in,
    text,
    version_of,
    world,
)
from tests.kb_samples import entry, small_kb, write_topic


def test_the_rules_of_the_yaml_files_apply_to_the_web_form(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    token = csrf_token(editor.get("/admin/kb/new"))
    response = editor.post(
        "/admin/kb/new",
        data=entry_form(
            token, slug="Bad Slug!", answer="Far too short an answer.", **{"sources-0-title": "", "sources-0-url": ""}
        ),
    )
    assert response.status_code == 400
    page = html.unescape(text(response))
    assert "Nothing was saved" in page
    assert "Use lowercase letters, digits and single hyphens" in page
    assert "The answer has 5 words; it must have 40 to 150." in page
    assert "Add at least one source." in page
    bad_link = editor.post("/admin/kb/new", data=entry_form(token, **{"sources-0-url": "javascript:alert(1)"}))
    assert bad_link.status_code == 400 and "must be a full web address" in text(bad_link)
    missing = editor.post("/admin/kb/new", data=entry_form(token, question="", topic="gossip"))
    assert missing.status_code == 400
    assert "Write the question." in text(missing) and "Not a valid choice" in text(missing)
    assert 'name="reviewed_on"' not in text(missing)  # the review date is set by publishing
    create_draft(editor)
    duplicate = editor.post("/admin/kb/new", data=entry_form(token))
    assert duplicate.status_code == 400 and "Another entry already uses this short name" in text(duplicate)
    with session_scope(world.engine) as session:
        assert session.execute(select(func.count(KnowledgeEntry.id))).scalar_one() == 1


def test_the_preview_shows_the_chat_rendering_safely_with_and_without_javascript(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    page = editor.get("/admin/kb/new")
    assert 'src="/static/kb-preview.js"' in text(page) and 'data-preview-url="/admin/kb/preview"' in text(page)
    hostile = (
        "**Do not drive** _that day_.\n\n- arrange a ride\n- rest\n\n<script>alert(1)</script> "
        "[label](https://www.spravato.com/) [trap](javascript:alert(1))"
    )
    live = editor.post("/admin/kb/preview", data=entry_form(csrf_token(page), answer=hostile))
    assert live.status_code == 200
    fragment = text(live)
    assert "<strong>Do not drive</strong>" in fragment and "<em>that day</em>" in fragment
    assert "<ul><li>arrange a ride</li><li>rest</li></ul>" in fragment
    assert "<script>" not in fragment and "&lt;script&gt;alert(1)&lt;/script&gt;" in fragment
    assert '<a href="https://www.spravato.com/"' in fragment and 'href="javascript' not in fragment
    assert 'Sources: <a href="' + SOURCE_URL in fragment and DISCLAIMER in fragment
    assert f"Reviewed {utcnow():%B %Y}." in fragment  # as it will read once published today
    assert editor.post("/admin/kb/preview", data=entry_form("forged")).status_code == 400

    no_js = editor.post("/admin/kb/new", data=entry_form(csrf_token(page), answer=hostile, preview="Preview", save=""))
    assert no_js.status_code == 200
    assert "Preview: how the chat shows this answer" in text(no_js) and "<strong>Do not drive</strong>" in text(no_js)
    assert "&lt;script&gt;" in text(no_js) and "<script>alert" not in text(no_js)
    with session_scope(world.engine) as session:
        assert session.execute(select(func.count(KnowledgeEntry.id))).scalar_one() == 0


def test_the_list_searches_and_filters_and_yaml_entries_keep_their_history(
    app: Flask, world: SimpleNamespace, tmp_path: Path
) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    with session_scope(world.engine) as session:
        load_knowledge_base(session, kb_dir)
    editor = logged_in(app, "editor@example.org")
    create_draft(editor)
    everything = text(editor.get("/admin/kb"))
    assert "5 entries" in everything
    assert "4 entries" in text(editor.get("/admin/kb?status=published"))
    risks = text(editor.get("/admin/kb?topic=risks"))
    assert "2 entries" in risks and "Is ketamine addictive?" in risks and "Does insurance cover" not in risks
    found = text(editor.get("/admin/kb?q=hooked"))  # a phrasing only
    assert "1 entry" in found and "Is ketamine addictive?" in found
    assert "1 entry" in text(editor.get("/admin/kb?q=drive&status=draft&topic=treatment_process"))
    assert "No entries match" in text(editor.get("/admin/kb?q=100%25_literal"))

    overview = entry_row(world.engine, "cost-overview")
    page = editor.get(f"/admin/kb/{overview.id}")
    fields = {
        "slug": "ignored",
        "topic": "cost",
        "question": overview.question,
        "phrasings": "\n".join(overview.phrasings),
        "answer": overview.answer + " Prices change often.",
        "sources-0-title": overview.sources[0]["title"],
        "sources-0-url": overview.sources[0]["url"],
    }
    assert (
        editor.post(
            f"/admin/kb/{overview.id}", data=entry_form(csrf_token(page), version_of(page), **fields)
        ).status_code
        == 303
    )
    edited = entry_row(world.engine, "cost-overview")
    assert edited.slug == "cost-overview" and edited.answer == overview.answer  # the published text stays live
    assert edited.pending_change["answer"].endswith("Prices change often.")
    assert "(change saved)" in text(editor.get("/admin/kb?status=published&topic=cost"))
    history = text(editor.get(f"/admin/kb/{overview.id}/history"))
    assert "<td>system</td>" in history and "<td>editor@example.org</td>" not in history  # not a revision
    with session_scope(world.engine) as session:  # unchanged YAML: nothing to apply, the proposed change stays
        assert "cost-overview" in load_knowledge_base(session, kb_dir).unchanged
    write_topic(kb_dir, "cost", [entry("cost-overview", "How much does ketamine therapy cost in 2026?", [])])
    with session_scope(world.engine) as session:  # changed YAML: the loader leaves staff work alone
        report = load_knowledge_base(session, kb_dir)
    assert report.conflicts == ["cost-overview"]
    assert entry_row(world.engine, "cost-overview").pending_change["answer"].endswith("Prices change often.")


@pytest.mark.parametrize(
    "markdown, expected",
    [
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("[x](data:text/html,hi)", "[x](data:text/html,hi)"),
        (
            '[x](https://a.example/"onmouseover="alert)',
            '<a href="https://a.example/&#34;onmouseover=&#34;alert" rel="noopener noreferrer nofollow">x</a>',
        ),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("snake_case_word and 2*3*4", "snake_case_word and 2*3*4"),
        ("1. one\n2. two", "<ol><li>one</li><li>two</li></ol>"),
    ],
)
def test_the_markdown_subset_is_rendered_safely(markdown: str, expected: str) -> None:
    assert expected in to_html(markdown)
