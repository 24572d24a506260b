"""The medical review workflow through the real web app, on real SQLite and PostgreSQL, CSRF on.

Editors write drafts and submit them for review; reviewers (and admins) publish them from a
confirmation page that names the reviewer, or send them back with a note. A change to a
published entry waits for review while visitors keep seeing the published version. The
"Review due" queue says why each entry needs a reviewer. Who may do what per route is in
``tests/test_admin_permissions.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.config import load_settings
from bot.db import session_scope
from bot.kb.editing import EntryDraft, create_entry
from bot.kb.loader import EDITABLE_FIELDS, load_knowledge_base
from bot.kb.review import in_plain_words, months_before, review_due, review_due_count
from bot.kb.revisions import FIELD_LABELS, SNAPSHOT_FIELDS
from bot.kb.service import KnowledgeService
from bot.kb.source import content_hash
from bot.models import AnswerFeedback, AuditLog, EntryRevision, KnowledgeEntry, User, utcnow
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V1,
    ANSWER_V2,
    PASSWORD,
    QUESTION,
    SOURCE_URL,
    _secrets,
    app,
    audit_actions,
    csrf_token,
    entry_form,
    logged_in,
    path_of,
    publish_entry,
    squeeze,
    submit_entry,
    text,
    version_of,
    world,
)
from tests.kb_samples import entry as yaml_entry
from tests.kb_samples import small_kb, write_topic
from tests.web_helpers import link_shown, use_link
from web import create_app

TODAY = utcnow().date()
ANSWER_V3 = ANSWER_V2.replace(
    "Ask your clinic about a ride before your first appointment.",
    "Ask your clinic about a ride home before your first visit.",
)
LABEL_SOURCE = {
    "sources-1-title": "Esketamine label (DailyMed)",
    "sources-1-url": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=example",
}


def row(engine: Engine, slug: str = "driving-after-treatment") -> KnowledgeEntry:
    with session_scope(engine) as session:
        return session.execute(select(KnowledgeEntry).where(KnowledgeEntry.slug == slug)).scalar_one()


def create_draft(client, **changes: str) -> int:
    form = client.get("/admin/kb/new")
    response = client.post("/admin/kb/new", data=entry_form(csrf_token(form), **changes))
    assert response.status_code == 303, text(response)
    return int(re.fullmatch(r"/admin/kb/(\d+)", path_of(response.location)).group(1))


def save(client, entry_id: int, **changes: str):
    page = client.get(f"/admin/kb/{entry_id}")
    return client.post(f"/admin/kb/{entry_id}", data=entry_form(csrf_token(page), version_of(page), **changes))


def step(client, entry_id: int, action: str, **data: str):
    """A one-button step (unpublish, discard, send-back) posted from the page a person would use."""
    page = client.get(f"/admin/kb/{entry_id}/publish" if action == "send-back" else f"/admin/kb/{entry_id}")
    return client.post(
        f"/admin/kb/{entry_id}/{action}", data={"csrf_token": csrf_token(page), "version": version_of(page), **data}
    )


def flashed(client, response) -> str:
    return html.unescape(text(client.get(response.location)))


def published_entry(app: Flask, answer: str = ANSWER_V2) -> tuple[int, object, object]:
    """A published entry written by the editor and published by the reviewer: (id, editor, reviewer)."""
    editor, reviewer = logged_in(app, "editor@example.org"), logged_in(app, "reviewer@example.org")
    entry_id = create_draft(editor, answer=answer)
    assert submit_entry(editor, entry_id).status_code == 303
    assert publish_entry(reviewer, entry_id, "Medical reviewer, MD").status_code == 303
    return entry_id, editor, reviewer


# ---------------------------------------------------------------- drafts, submission, publication


def test_an_editor_drafts_and_submits_and_a_reviewer_publishes_after_confirming(
    app: Flask, world: SimpleNamespace
) -> None:
    chat = KnowledgeService(world.engine)
    editor = logged_in(app, "editor@example.org")
    entry_id = create_draft(editor, answer=ANSWER_V2)
    page = text(editor.get(f"/admin/kb/{entry_id}"))
    assert "Submit for review" in page and "Review and publish" not in page and "Unpublish" not in page
    assert editor.get(f"/admin/kb/{entry_id}/publish").status_code == 403
    refused = editor.post(
        f"/admin/kb/{entry_id}/publish",
        data={
            "csrf_token": csrf_token(editor.get(f"/admin/kb/{entry_id}")),
            "version": "1",
            "confirm": "y",
            "reviewed_by": "Me",
        },
    )
    assert refused.status_code == 403 and row(world.engine).status == "draft"

    submitted = submit_entry(editor, entry_id)
    assert "Submitted for review" in flashed(editor, submitted)
    stored = row(world.engine)
    assert (stored.status, stored.submitted_by) == ("in_review", "editor@example.org")
    page = text(editor.get(f"/admin/kb/{entry_id}"))
    assert "Waiting for review since" in page and "submitted by editor@example.org" in page
    assert "Submit for review" not in page  # nothing more for the editor to do
    again = submit_entry(editor, entry_id)
    assert "already waiting for review" in flashed(editor, again)

    reviewer = logged_in(app, "reviewer@example.org")
    queue = squeeze(html.unescape(text(reviewer.get("/admin/review"))))
    assert 'Review due <span class="count">(1' in queue and "1 entry needs a reviewer" in queue
    assert f"Waiting for review: submitted by editor@example.org on {TODAY:%Y-%m-%d}." in queue
    confirm = reviewer.get(f"/admin/kb/{entry_id}/publish")
    page = html.unescape(text(confirm))
    assert "Review and publish" in page and QUESTION in page
    assert "How the chat will show it" in page and "<strong>" + QUESTION + "</strong>" in page
    assert f"Reviewed {TODAY:%B %Y}." in page  # the preview reads as it will once published
    assert "This entry has never been published" in page
    assert re.search(r'name="reviewed_by"[^>]*value="reviewer@example.org"', page)  # prefilled, editable
    assert "This cannot be published yet" not in page

    unconfirmed = reviewer.post(
        f"/admin/kb/{entry_id}/publish",
        data={"csrf_token": csrf_token(confirm), "version": version_of(confirm), "reviewed_by": "Medical reviewer, MD"},
    )
    assert unconfirmed.status_code == 400 and "Tick the box to confirm your review." in text(unconfirmed)
    nameless = reviewer.post(
        f"/admin/kb/{entry_id}/publish",
        data={"csrf_token": csrf_token(confirm), "version": version_of(confirm), "reviewed_by": "", "confirm": "y"},
    )
    assert nameless.status_code == 400 and "Say who reviewed the entry" in text(nameless)
    assert row(world.engine).status == "in_review" and chat.respond(QUESTION).answer is None

    published = publish_entry(reviewer, entry_id, "  Medical reviewer,   MD ")
    assert "Published, reviewed by Medical reviewer, MD" in flashed(reviewer, published)
    stored = row(world.engine)
    assert (stored.status, stored.reviewed_on, stored.reviewed_by) == ("published", TODAY, "Medical reviewer, MD")
    assert (stored.submitted_at, stored.submitted_by, stored.pending_change) == (None, None, None)
    assert chat.respond(QUESTION).answer.entry.answer == ANSWER_V2
    page = text(editor.get(f"/admin/kb/{entry_id}"))
    assert f"{TODAY:%Y-%m-%d} by Medical reviewer, MD" in page
    assert "Nothing is due" in text(reviewer.get("/admin/review"))
    assert "Review due</a>" in squeeze(text(reviewer.get("/admin/review")))  # no count when nothing is due
    with session_scope(world.engine) as session:
        last = session.execute(select(EntryRevision).order_by(EntryRevision.id.desc()).limit(1)).scalar_one()
        assert last.summary == "Published, reviewed by Medical reviewer, MD"
        assert last.snapshot["reviewed_by"] == "Medical reviewer, MD" and last.author.email == "reviewer@example.org"
        publish_log = session.execute(select(AuditLog).where(AuditLog.action == "entry.publish")).scalar_one()
        assert publish_log.details["reviewed_by"] == "Medical reviewer, MD"
        assert publish_log.details["from_status"] == "in_review"
    assert [action for _, action, _, _ in audit_actions(world.engine)] == [
        "entry.create",
        "entry.submit",
        "entry.publish",
    ]


def test_an_admin_publishes_a_draft_directly_and_a_reviewer_unpublishes_it(app: Flask, world: SimpleNamespace) -> None:
    editor, admin = logged_in(app, "editor@example.org"), logged_in(app, "admin@example.org")
    entry_id = create_draft(editor, answer=ANSWER_V2)
    assert publish_entry(admin, entry_id).status_code == 303  # "Reviewed by" left as prefilled
    assert row(world.engine).reviewed_by == "admin@example.org"
    reviewer = logged_in(app, "reviewer@example.org")
    unpublished = step(reviewer, entry_id, "unpublish")
    assert "Unpublished: the chat no longer uses it" in flashed(reviewer, unpublished)
    assert row(world.engine).status == "draft" and KnowledgeService(world.engine).respond(QUESTION).answer is None
    again = step(reviewer, entry_id, "unpublish")
    assert "Only a published entry can be unpublished" in flashed(reviewer, again)


# ---------------------------------------------------------------- changes to a published entry


def test_a_change_to_a_published_entry_waits_for_review_and_the_reviewer_sees_the_difference(
    app: Flask, world: SimpleNamespace
) -> None:
    entry_id, editor, reviewer = published_entry(app)
    chat = KnowledgeService(world.engine)
    published_sources = row(world.engine).sources
    saved = save(editor, entry_id, answer=ANSWER_V3, **LABEL_SOURCE)
    assert "Visitors keep seeing the published version" in flashed(editor, saved)
    stored = row(world.engine)
    assert (stored.status, stored.answer, stored.sources) == ("published", ANSWER_V2, published_sources)
    assert stored.pending_change["answer"] == ANSWER_V3 and stored.pending_by == "editor@example.org"
    assert stored.sources_changed_on is None  # the live sources did not change
    assert chat.respond(QUESTION).answer.entry.answer == ANSWER_V2
    page = html.unescape(text(editor.get(f"/admin/kb/{entry_id}")))
    assert "You are editing the proposed change" in page and "Not submitted for review yet" in page
    assert "ride home before your first visit" in page  # the form holds the proposed text
    assert "Submit the change for review" in page and "Discard the proposed change" in page
    assert len([item for item in _revisions(world.engine) if item.entry_id == entry_id]) == 3  # no new revision

    assert "Submitted for review" in flashed(editor, submit_entry(editor, entry_id))
    queue = html.unescape(text(reviewer.get("/admin/review")))
    assert "A change to the published answer is waiting for review: submitted by editor@example.org" in queue

    confirm = reviewer.get(f"/admin/kb/{entry_id}/publish")
    page = html.unescape(text(confirm))
    assert "Review and publish a change" in page and "Compared with the published version." in page
    assert '<del><span class="diff-sign">− </span>Ask your clinic about a ride before your first appointment.' in page
    assert '<ins><span class="diff-sign">+ </span>Ask your clinic about a ride home before your first visit.' in page
    assert '<ins><span class="diff-sign">+ </span>Esketamine label (DailyMed)' in page
    assert 'id="diff-question"' not in page  # only what changed

    # The editor saves once more after the reviewer opened the page: the reviewer's sign-off is refused.
    save(editor, entry_id, answer=ANSWER_V3 + " Bring a snack.", **LABEL_SOURCE)
    stale = reviewer.post(
        f"/admin/kb/{entry_id}/publish",
        data={
            "csrf_token": csrf_token(confirm),
            "version": version_of(confirm),
            "confirm": "y",
            "reviewed_by": "Medical reviewer, MD",
        },
    )
    assert "Nothing was published" in flashed(reviewer, stale)
    assert row(world.engine).answer == ANSWER_V2

    published = publish_entry(reviewer, entry_id, "Medical reviewer, MD")
    assert published.status_code == 303
    stored = row(world.engine)
    assert stored.answer == ANSWER_V3 + " Bring a snack." and len(stored.sources) == 2
    assert (stored.pending_change, stored.submitted_at, stored.reviewed_on) == (None, None, TODAY)
    assert stored.sources_changed_on == TODAY  # ... and reviewed the same day, so not due
    assert chat.respond(QUESTION).answer.entry.answer.endswith("Bring a snack.")
    last = _revisions(world.engine)[-1]
    assert last.summary == "Published a change proposed by editor@example.org, reviewed by Medical reviewer, MD"
    assert [action for _, action, _, _ in audit_actions(world.engine)][3:] == [
        "entry.propose",
        "entry.submit",
        "entry.propose",
        "entry.publish",
    ]


def test_a_proposed_change_can_be_withdrawn_discarded_or_folded_into_the_draft_on_unpublish(
    app: Flask, world: SimpleNamespace
) -> None:
    entry_id, editor, reviewer = published_entry(app)
    save(editor, entry_id, answer=ANSWER_V3)
    back = save(editor, entry_id, answer=ANSWER_V2)  # typed back to the published text
    assert "no change is waiting any more" in flashed(editor, back)
    assert row(world.engine).pending_change is None
    save(editor, entry_id, answer=ANSWER_V3)
    assert "The proposed change was discarded" in flashed(editor, step(editor, entry_id, "discard"))
    assert row(world.engine).pending_change is None and row(world.engine).answer == ANSWER_V2

    save(editor, entry_id, answer=ANSWER_V3)
    step(reviewer, entry_id, "unpublish")
    stored = row(world.engine)
    assert (stored.status, stored.answer, stored.pending_change) == ("draft", ANSWER_V3, None)
    actions = [action for _, action, _, _ in audit_actions(world.engine)][3:]
    assert actions == [
        "entry.propose",
        "entry.discard_change",
        "entry.propose",
        "entry.discard_change",
        "entry.propose",
        "entry.unpublish",
    ]


def test_a_reviewer_sends_an_entry_or_a_change_back_with_a_note(app: Flask, world: SimpleNamespace) -> None:
    editor, reviewer = logged_in(app, "editor@example.org"), logged_in(app, "reviewer@example.org")
    entry_id = create_draft(editor, answer=ANSWER_V2)
    submit_entry(editor, entry_id)
    empty = step(reviewer, entry_id, "send-back", note="  ")
    assert empty.status_code == 400 and "Write a note saying what needs to change." in text(empty)
    note = "Say that the ride home is needed even after esketamine."
    sent = step(reviewer, entry_id, "send-back", note=note)
    assert "Sent back with your note" in flashed(reviewer, sent)
    stored = row(world.engine)
    assert (stored.status, stored.review_note, stored.submitted_at) == ("draft", note, None)
    page = text(editor.get(f"/admin/kb/{entry_id}"))
    assert "Note from the reviewer" in page and note in page and "Submit for review" in page
    assert _revisions(world.engine)[-1].summary == f"Sent back to draft: {note}"
    submit_entry(editor, entry_id)
    assert row(world.engine).review_note is None  # resubmitting clears the note

    publish_entry(reviewer, entry_id)
    save(editor, entry_id, answer=ANSWER_V3)
    submit_entry(editor, entry_id)
    step(reviewer, entry_id, "send-back", note="Keep the first-appointment wording.")
    stored = row(world.engine)
    assert (stored.status, stored.answer, stored.pending_change["answer"]) == ("published", ANSWER_V2, ANSWER_V3)
    assert stored.submitted_at is None and stored.review_note == "Keep the first-appointment wording."
    assert "Submit the change for review" in text(editor.get(f"/admin/kb/{entry_id}"))
    with session_scope(world.engine) as session:
        notes = session.execute(select(AuditLog.details).where(AuditLog.action == "entry.send_back")).scalars().all()
    assert [details["comment"] for details in notes] == [note, "Keep the first-appointment wording."]
    draft_id = create_draft(editor, slug="not-submitted", question="Is this submitted yet?", answer=ANSWER_V2)
    refused = step(reviewer, draft_id, "send-back", note="Nothing to send back.")
    assert "Only an entry or a change waiting for review can be sent back" in flashed(reviewer, refused)


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
    assert row(world.engine).status == "in_review"
    assert "entry.publish" not in [action for _, action, _, _ in audit_actions(world.engine)]

    fixed = save(
        editor, entry_id, answer=ANSWER_V2, **{"sources-0-title": "SPRAVATO label", "sources-0-url": SOURCE_URL}
    )
    assert fixed.status_code == 303
    assert publish_entry(reviewer, entry_id).status_code == 303 and row(world.engine).status == "published"


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


# ---------------------------------------------------------------- YAML, accounts and the command line


def test_the_loader_reads_reviewed_by_and_dates_changed_sources(world: SimpleNamespace, tmp_path: Path) -> None:
    assert SNAPSHOT_FIELDS == EDITABLE_FIELDS and set(FIELD_LABELS) == set(SNAPSHOT_FIELDS)
    kb_dir = small_kb(tmp_path / "kb")
    signed = dict(
        yaml_entry("cost-overview", "How much does ketamine therapy cost?", []), reviewed_by=" Medical reviewer,  MD "
    )
    write_topic(kb_dir, "cost", [signed])
    with session_scope(world.engine) as session:
        load_knowledge_base(session, kb_dir)
    loaded = row(world.engine, "cost-overview")
    assert (loaded.reviewed_by, loaded.sources_changed_on) == ("Medical reviewer, MD", None)

    write_topic(kb_dir, "cost", [dict(signed, question="How much does ketamine cost?")])
    with session_scope(world.engine) as session:
        assert load_knowledge_base(session, kb_dir).updated == ["cost-overview"]
    assert row(world.engine, "cost-overview").sources_changed_on is None  # only the question changed
    write_topic(kb_dir, "cost", [dict(signed, sources=[{"title": "SPRAVATO label", "url": SOURCE_URL}])])
    with session_scope(world.engine) as session:
        assert load_knowledge_base(session, kb_dir).updated == ["cost-overview"]
    assert row(world.engine, "cost-overview").sources_changed_on == TODAY

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
    assert row(world.engine, "by-script").reviewed_by == "Dr. Reviewer, MD"
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


def _revisions(engine: Engine) -> list[EntryRevision]:
    with session_scope(engine) as session:
        rows = session.execute(select(EntryRevision).order_by(EntryRevision.id)).scalars().all()
        session.expunge_all()
        return rows
