"""The editorial rules of medical review and the "Review due" queue, on real databases: publishing is
blocked with each problem in plain words, and the queue says why each entry needs a reviewer (review
age, changed sources, poorly rated answers, never reviewed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.config import load_settings
from bot.db import session_scope
from bot.kb.review import in_plain_words, months_before, review_due, review_due_count
from bot.models import AnswerFeedback, KnowledgeEntry, utcnow
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V1,
    ANSWER_V2,
    SOURCE_URL,
    _secrets,
    app,
    audit_actions,
    create_draft,
    csrf_token,
    entry_row,
    logged_in,
    publish_entry,
    squeeze,
    submit_entry,
    text,
    version_of,
    world,
)
from tests.clock import TODAY
from tests.review_helpers import flashed, save
from web import create_app

pytestmark = pytest.mark.usefixtures("on_todays_date")

# ---------------------------------------------------------------- the editorial rules


def test_publishing_is_blocked_with_the_problems_in_plain_words(app: Flask, world: SimpleNamespace) -> None:
    editor, reviewer = logged_in(app, "editor@example.org"), logged_in(app, "reviewer@example.org")
    entry_id = create_draft(
        editor,
        answer=ANSWER_V1.replace("even when", "even after a 56 mg dose when"),
        **{"sources-0-title": "A clinic blog post", "sources-0-url": "http://blog.example.com/x"},
    )
    page = html.unescape(text(editor.get(f"/admin/kb/{entry_id}")))
    assert "Before this entry can be published" in page  # editors see it before submitting
    submit_entry(editor, entry_id)
    confirm = reviewer.get(f"/admin/kb/{entry_id}/publish")
    page = html.unescape(text(confirm))
    assert "This cannot be published yet" in page and 'name="confirm"' not in page
    for problem in (
        "The source http://blog.example.com/x does not use a secure https:// address.",
        "Add a source from a primary site, with its web address",
        "The answer reads at school grade",
        "must read at grade 8 or below",
        "The answer gives a dose (“56 mg”). Answers must never give doses",
    ):
        assert problem in page, problem
    forced = reviewer.post(
        f"/admin/kb/{entry_id}/publish",
        data={"csrf_token": csrf_token(confirm), "version": version_of(confirm), "confirm": "y", "reviewed_by": "MD"},
    )
    assert forced.status_code == 400 and "The answer gives a dose" in html.unescape(text(forced))
    assert entry_row(world.engine).status == "in_review"
    assert "entry.publish" not in [action for _, action, _, _ in audit_actions(world.engine)]

    fixed = save(
        editor, entry_id, answer=ANSWER_V2, **{"sources-0-title": "SPRAVATO label", "sources-0-url": SOURCE_URL}
    )
    assert fixed.status_code == 303
    assert publish_entry(reviewer, entry_id).status_code == 303 and entry_row(world.engine).status == "published"


@pytest.mark.parametrize(
    "problem, words",
    [
        (
            "answer has 120 words (at most 100)",
            "The answer has 120 words; at most 100 are allowed in a published answer.",
        ),
        ("internal wording in the answer", "The answer contains internal wording"),
        ("source on a non-public host: https://staging.example.org/a", "is on a development or preview server"),
        ("something new", "Something new."),
    ],
)
def test_every_editorial_problem_reads_in_plain_words(problem: str, words: str) -> None:
    assert words in in_plain_words(problem)


# ---------------------------------------------------------------- the review-due queue


def _published(session, slug: str, reviewed_on: dt.date | None, **columns) -> None:
    columns.setdefault("status", "published")
    session.add(
        KnowledgeEntry(
            slug=slug,
            topic="cost",
            question=f"Question {slug}?",
            phrasings=[],
            answer=ANSWER_V2,
            sources=[{"title": "Label", "url": SOURCE_URL}],
            reviewed_on=reviewed_on,
            **columns,
        )
    )


def _votes(session, slug: str, days_ago: int, no: int = 3) -> None:
    for _ in range(no):
        session.add(AnswerFeedback(entry_slug=slug, helpful=False, created_at=utcnow() - dt.timedelta(days=days_ago)))


def test_the_review_due_queue_says_why_each_entry_is_due(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        _published(session, "old", months_before(TODAY, 13), reviewed_by="Dr. Old")
        _published(session, "fresh", TODAY - dt.timedelta(days=10))
        _published(
            session, "new-sources", TODAY - dt.timedelta(days=20), sources_changed_on=TODAY - dt.timedelta(days=5)
        )
        _published(session, "disliked", TODAY - dt.timedelta(days=60))
        _published(session, "disliked-before-review", TODAY - dt.timedelta(days=2))
        _published(session, "never", None)
        _published(session, "a-draft", None, status="draft")
        _published(
            session,
            "waiting",
            None,
            status="in_review",
            submitted_by="editor@example.org",
            submitted_at=utcnow() - dt.timedelta(days=1),
        )
        _votes(session, "disliked", days_ago=3)
        _votes(session, "disliked-before-review", days_ago=10)  # the review came after those votes
        _votes(session, "fresh", days_ago=1, no=1)  # too few votes to count as poor
    reviewer = logged_in(app, "reviewer@example.org")
    page = squeeze(html.unescape(text(reviewer.get("/admin/review"))))
    assert "5 entries need a reviewer" in page and 'Review due <span class="count">(5' in page
    order = [slug for slug in re.findall(r'<span class="muted reference">([\w-]+)</span>', page)]
    assert order == ["waiting", "never", "old", "disliked", "new-sources"]
    for reason in (
        "Waiting for review: submitted by editor@example.org on",
        "Never reviewed.",
        f"Last reviewed {months_before(TODAY, 13):%Y-%m-%d}, more than 12 months ago.",
        "Visitors rated the answer poorly in the last 30 days.",
        f"Sources changed on {TODAY - dt.timedelta(days=5):%Y-%m-%d}, after the last review.",
    ):
        assert reason in page, reason
    assert "Dr. Old" in page and ">Review again<" in page.replace('<span class="visually-hidden">', "<")

    settings = dataclasses.replace(
        load_settings(), ratelimit_storage_uri="memory://", web_cookie_secure=False, review_interval_months=24
    )
    longer = logged_in(create_app(world.engine, settings, testing=True), "editor@example.org")
    page = squeeze(html.unescape(text(longer.get("/admin/review"))))
    assert "4 entries need a reviewer" in page and "more than 12 months" not in page
    assert ">Open<" in page.replace('<span class="visually-hidden">', "<")  # editors open, reviewers review

    with session_scope(world.engine) as session:
        assert review_due_count(session, 12) == 5
        first, last = review_due(session, 12, page_size=2), review_due(session, 12, page=3, page_size=2)
        assert (first.total, first.pages, [item.entry.slug for item in last.items]) == (5, 3, ["new-sources"])
        assert first.items[0].waiting and not last.items[0].waiting
    listing = text(reviewer.get("/admin/review?page=1"))
    assert "Page 1 of" not in listing  # 50 to a page

    with session_scope(world.engine) as session:
        old_id = session.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.slug == "old")).scalar_one()
    confirm = html.unescape(text(reviewer.get(f"/admin/kb/{old_id}/publish")))
    assert "Confirm a fresh review" in confirm and "The content is the same as what visitors see now." in confirm
    recorded = publish_entry(reviewer, old_id, "Medical reviewer, MD")
    assert "Review recorded: reviewed by Medical reviewer, MD on" in flashed(reviewer, recorded)
    assert "4 entries need a reviewer" in text(reviewer.get("/admin/review"))
    assert audit_actions(world.engine)[-1] == (
        world.users["reviewer@example.org"],
        "entry.review",
        "knowledge_entry",
        "old",
    )
    same_day = publish_entry(reviewer, old_id, "Medical reviewer, MD")
    assert "already confirmed this entry today" in flashed(reviewer, same_day)
