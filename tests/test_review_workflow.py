"""The medical review workflow through the real web app, on real SQLite and PostgreSQL, CSRF on: editors
write drafts and submit them for review; reviewers (and admins) publish them from a confirmation page that
names the reviewer, or send them back with a note; a change to a published entry waits for review while
visitors keep seeing the published version, and can be withdrawn, discarded or folded into the draft.
Who may do what per route is in ``tests/test_admin_permissions.py``.
"""

from __future__ import annotations

import html
import re
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.service import KnowledgeService
from bot.models import AuditLog, EntryRevision
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V2,
    QUESTION,
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
from tests.review_helpers import ANSWER_V3, LABEL_SOURCE, flashed, published_entry, save, step

pytestmark = pytest.mark.usefixtures("on_todays_date")

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
    assert refused.status_code == 403 and entry_row(world.engine).status == "draft"

    submitted = submit_entry(editor, entry_id)
    assert "Submitted for review" in flashed(editor, submitted)
    stored = entry_row(world.engine)
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
    assert entry_row(world.engine).status == "in_review" and chat.respond(QUESTION).answer is None

    published = publish_entry(reviewer, entry_id, "  Medical reviewer,   MD ")
    assert "Published, reviewed by Medical reviewer, MD" in flashed(reviewer, published)
    stored = entry_row(world.engine)
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
    assert entry_row(world.engine).reviewed_by == "admin@example.org"
    reviewer = logged_in(app, "reviewer@example.org")
    unpublished = step(reviewer, entry_id, "unpublish")
    assert "Unpublished: the chat no longer uses it" in flashed(reviewer, unpublished)
    assert entry_row(world.engine).status == "draft" and KnowledgeService(world.engine).respond(QUESTION).answer is None
    again = step(reviewer, entry_id, "unpublish")
    assert "Only a published entry can be unpublished" in flashed(reviewer, again)


# ---------------------------------------------------------------- changes to a published entry


def test_a_change_to_a_published_entry_waits_for_review_and_the_reviewer_sees_the_difference(
    app: Flask, world: SimpleNamespace
) -> None:
    entry_id, editor, reviewer = published_entry(app)
    chat = KnowledgeService(world.engine)
    published_sources = entry_row(world.engine).sources
    saved = save(editor, entry_id, answer=ANSWER_V3, **LABEL_SOURCE)
    assert "Visitors keep seeing the published version" in flashed(editor, saved)
    stored = entry_row(world.engine)
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
    assert entry_row(world.engine).answer == ANSWER_V2

    published = publish_entry(reviewer, entry_id, "Medical reviewer, MD")
    assert published.status_code == 303
    stored = entry_row(world.engine)
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
    assert entry_row(world.engine).pending_change is None
    save(editor, entry_id, answer=ANSWER_V3)
    assert "The proposed change was discarded" in flashed(editor, step(editor, entry_id, "discard"))
    assert entry_row(world.engine).pending_change is None and entry_row(world.engine).answer == ANSWER_V2

    save(editor, entry_id, answer=ANSWER_V3)
    step(reviewer, entry_id, "unpublish")
    stored = entry_row(world.engine)
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
    stored = entry_row(world.engine)
    assert (stored.status, stored.review_note, stored.submitted_at) == ("draft", note, None)
    page = text(editor.get(f"/admin/kb/{entry_id}"))
    assert "Note from the reviewer" in page and note in page and "Submit for review" in page
    assert _revisions(world.engine)[-1].summary == f"Sent back to draft: {note}"
    submit_entry(editor, entry_id)
    assert entry_row(world.engine).review_note is None  # resubmitting clears the note

    publish_entry(reviewer, entry_id)
    save(editor, entry_id, answer=ANSWER_V3)
    submit_entry(editor, entry_id)
    step(reviewer, entry_id, "send-back", note="Keep the first-appointment wording.")
    stored = entry_row(world.engine)
    assert (stored.status, stored.answer, stored.pending_change["answer"]) == ("published", ANSWER_V2, ANSWER_V3)
    assert stored.submitted_at is None and stored.review_note == "Keep the first-appointment wording."
    assert "Submit the change for review" in text(editor.get(f"/admin/kb/{entry_id}"))
    with session_scope(world.engine) as session:
        notes = session.execute(select(AuditLog.details).where(AuditLog.action == "entry.send_back")).scalars().all()
    assert [details["comment"] for details in notes] == [note, "Keep the first-appointment wording."]
    draft_id = create_draft(editor, slug="not-submitted", question="Is this submitted yet?", answer=ANSWER_V2)
    refused = step(reviewer, draft_id, "send-back", note="Nothing to send back.")
    assert "Only an entry or a change waiting for review can be sent back" in flashed(reviewer, refused)


def _revisions(engine: Engine) -> list[EntryRevision]:
    with session_scope(engine) as session:
        rows = session.execute(select(EntryRevision).order_by(EntryRevision.id)).scalars().all()
        session.expunge_all()
        return rows
