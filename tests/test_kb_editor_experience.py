"""Staff editing (issue #15) through the real web app, on real SQLite and PostgreSQL, with CSRF on: a short
name proposed for entries started from unanswered questions, the list's search finding other forms of a
word, and sources added and removed without JavaScript and saved as shown. Adding questions as phrasings
and dismissing them in bulk are in ``tests/test_kb_phrasings.py``.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.slugs import propose_slug
from bot.kb.wordforms import search_stems, stem
from bot.models import KnowledgeEntry
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V1,
    SOURCE_URL,
    _secrets,
    app,
    audit_actions,
    csrf_token,
    entry_form,
    logged_in,
    path_of,
    text,
    version_of,
    world,
)
from tests.kb_editor_helpers import SLUG_RULE, add_entry, ask, entry_by_slug, source_rows

# ---------------------------------------------------------------- proposed short names


@pytest.mark.parametrize(
    "question, taken, expected",
    [
        ("how much does ketamine cost with insurance", [], "ketamine-cost-insurance"),
        ("How much does ketamine cost with insurance?", ["ketamine-cost-insurance"], "ketamine-cost-insurance-2"),
        (
            "how much does ketamine cost with insurance",
            ["ketamine-cost-insurance", "ketamine-cost-insurance-2"],
            "ketamine-cost-insurance-3",
        ),
        ("Can I drive after my infusion??", [], "drive-infusion"),
        (
            "Is Spravato covered by Medicare or Medicaid in Georgia and Florida?",
            [],
            "spravato-covered-medicare-medicaid-georgia",
        ),
        ("Qué efectos tiene la ketamina — está aprobada?", [], "que-efectos-tiene-la-ketamina"),
        ("Don't I need a referral for at-home ketamine?", [], "dont-need-referral-at-home"),
        ("What is it?", [], "entry"),
        ("What is it?", ["entry"], "entry-2"),
        (
            "antidisestablishmentarianism pseudopseudohypoparathyroidism "
            "floccinaucinihilipilification hippopotomonstrosesquippedaliophobia?",
            [],
            "antidisestablishmentarianism-pseudopseudohypoparathyroidism-floccinaucinihilipil",
        ),
    ],
)
def test_a_short_name_is_proposed_from_the_question(question: str, taken: list[str], expected: str) -> None:
    proposed = propose_slug(question, taken)
    assert proposed == expected
    assert re.fullmatch(SLUG_RULE, proposed) and len(proposed) <= 80 and proposed not in taken


def test_create_entry_from_an_unanswered_question_proposes_an_unused_short_name(
    app: Flask, world: SimpleNamespace
) -> None:
    add_entry(world.engine, "ketamine-cost-insurance", "Does insurance cover ketamine?", [])
    [question_id] = ask(world.engine, "how much does ketamine cost with insurance")
    editor = logged_in(app, "editor@example.org")
    page = text(editor.get(f"/admin/kb/new?unanswered={question_id}"))
    assert re.search(r'<input[^>]*name="slug"[^>]*value="ketamine-cost-insurance-2"', page)
    assert 'value="how much does ketamine cost with insurance"' in page


# ---------------------------------------------------------------- search by word forms


def test_word_forms_are_cut_to_a_shared_stem() -> None:
    assert [
        stem(word)
        for word in (
            "costs",
            "cost",
            "infusions",
            "infusion",
            "treated",
            "treatment",
            "therapies",
            "therapy",
            "access",
            "status",
        )
    ] == ["cost", "cost", "infusion", "infusion", "treat", "treat", "therap", "therap", "access", "status"]
    assert search_stems("What are the costs?") == ["cost"]
    assert search_stems("what is it") == ["what", "is", "it"]  # only function words: they are searched


def test_the_list_search_finds_other_forms_of_a_word(app: Flask, world: SimpleNamespace) -> None:
    add_entry(world.engine, "price-infusion", "What is the price of one infusion?", [], answer=ANSWER_V1)
    add_entry(
        world.engine,
        "cost-overview",
        "How much does a course cost?",
        ["Is it expensive?"],
        answer=ANSWER_V1 + " Ask about the whole treatment plan.",
    )
    editor = logged_in(app, "editor@example.org")

    def found(query: str) -> list[str]:
        page = text(editor.get("/admin/kb", query_string={"q": query}))
        return sorted(re.findall(r'<span class="muted reference">([a-z0-9-]+)</span>', page))

    assert found("costs") == ["cost-overview"]  # "costs" is in neither entry
    assert found("infusions") == ["price-infusion"]
    assert found("treated") == ["cost-overview"]  # "treatment" in its answer
    assert found("infusion costs") == []  # every word must match
    assert found("expensive") == ["cost-overview"]  # a phrasing, as before
    assert found("PRICES?") == ["price-infusion"]


# ---------------------------------------------------------------- sources: add and remove without JavaScript


def test_sources_are_added_and_removed_without_javascript_and_saved_as_shown(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    page = editor.get("/admin/kb/new")
    assert source_rows(text(page)) == [""]  # one empty row to start
    form_html = text(page)[text(page).index('class="entry-form"') :]
    first_button = re.search(r'<(?:input|button)[^>]*type="submit"[^>]*>', form_html).group(0)
    assert 'name="save"' in first_button  # Enter in a field saves; it never removes a row
    token = csrf_token(page)
    rows = {
        "sources-0-title": "First source",
        "sources-0-url": SOURCE_URL,
        "sources-1-title": "Second source",
        "sources-1-url": "",
        "sources-2-title": "Third source",
        "sources-2-url": "https://www.samhsa.gov/",
    }

    added = editor.post("/admin/kb/new", data=entry_form(token, save="", add_source="Add a source", **rows))
    assert added.status_code == 200 and source_rows(text(added)) == [
        "First source",
        "Second source",
        "Third source",
        "",
    ]
    removed = editor.post("/admin/kb/new", data=entry_form(token, save="", remove_source="1", **rows))
    assert removed.status_code == 200 and source_rows(text(removed)) == ["First source", "Third source"]
    with session_scope(world.engine) as session:
        assert session.execute(select(KnowledgeEntry)).first() is None  # neither step saved anything
    assert audit_actions(world.engine) == []

    redrawn = entry_form(
        token,
        **{
            "sources-0-title": "First source",
            "sources-0-url": SOURCE_URL,
            "sources-2-title": "Third source",
            "sources-2-url": "https://www.samhsa.gov/",
        },
    )
    del redrawn["sources-1-title"], redrawn["sources-1-url"]  # the names as the page redrew them
    created = editor.post("/admin/kb/new", data=redrawn)
    assert created.status_code == 303, text(created)
    entry = entry_by_slug(world.engine, "driving-after-treatment")
    assert entry.sources == [
        {"title": "First source", "url": SOURCE_URL},
        {"title": "Third source", "url": "https://www.samhsa.gov/"},
    ]

    page = editor.get(path_of(created.location))
    assert source_rows(text(page)) == ["First source", "Third source", ""]
    edit = {
        "sources-0-title": "First source",
        "sources-0-url": SOURCE_URL,
        "sources-1-title": "Third source",
        "sources-1-url": "https://www.samhsa.gov/",
        "sources-2-title": "",
        "sources-2-url": "",
    }
    removed = editor.post(
        path_of(created.location),
        data=entry_form(csrf_token(page), version_of(page), save="", remove_source="0", **edit),
    )
    assert removed.status_code == 200 and source_rows(text(removed)) == ["Third source", ""]
    saved = editor.post(
        path_of(created.location),
        data=entry_form(
            csrf_token(page),
            version_of(page),
            **{
                "sources-0-title": "Third source",
                "sources-0-url": "https://www.samhsa.gov/",
                "sources-1-title": "",
                "sources-1-url": "",
            },
        ),
    )
    assert saved.status_code == 303
    assert entry_by_slug(world.engine, "driving-after-treatment").sources == [
        {"title": "Third source", "url": "https://www.samhsa.gov/"}
    ]
    assert [action for _, action, _, _ in audit_actions(world.engine)] == ["entry.create", "entry.update"]


def test_removing_the_only_source_row_leaves_an_empty_row(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    token = csrf_token(editor.get("/admin/kb/new"))
    only_row = entry_form(token, save="", remove_source="0")
    del only_row["sources-1-title"], only_row["sources-1-url"]
    removed = editor.post("/admin/kb/new", data=only_row)
    assert removed.status_code == 200 and source_rows(text(removed)) == [""]
    bad = editor.post("/admin/kb/new", data=entry_form(token, save="", remove_source="first"))
    assert bad.status_code == 400  # not a row number: treated as a save, refused by the form
