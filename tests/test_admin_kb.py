"""The knowledge-base editor flow through the real web app, on real SQLite and PostgreSQL, with CSRF on:
an editor drafts, saves, submits and restores an entry, a reviewer publishes and unpublishes it, the chat
answers from the next message, and concurrent edits never overwrite each other (the review workflow
itself is in ``tests/test_review_workflow.py``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from bot.db import session_factory, session_scope
from bot.kb.editing import EntryDraft, update_entry
from bot.models import KnowledgeEntry, utcnow
from tests.admin_helpers import revisions, service
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V1,
    ANSWER_V2,
    QUESTION,
    SOURCE_URL,
    _secrets,
    app,
    audit_actions,
    create_draft,
    csrf_token,
    entry_form,
    entry_row,
    logged_in,
    publish_entry,
    submit_entry,
    text,
    version_of,
    world,
)
from tests.clock import TODAY

pytestmark = pytest.mark.usefixtures("on_todays_date")

# ---------------------------------------------------------------- knowledge base: the editor flow

ANSWER_V3 = ANSWER_V2.replace(
    "Ask your clinic about a ride before your first appointment.",
    "Ask your clinic about a ride home before your first visit.",
)


def test_an_editor_drafts_and_restores_an_entry_and_a_reviewer_publishes_and_unpublishes_it(
    app: Flask, world: SimpleNamespace
) -> None:
    chat = service(world.engine)
    assert chat.answer(QUESTION) is None  # nothing published yet: index built empty
    editor = logged_in(app, "editor@example.org")

    entry_id = create_draft(editor)
    created = entry_row(world.engine)
    assert (created.status, created.source_hash, created.position) == ("draft", None, 0)
    assert created.phrasings == ["Is it safe to drive after an infusion?", "Who takes me home after ketamine?"]
    assert created.sources == [{"title": "SPRAVATO prescribing information", "url": SOURCE_URL}]
    assert (created.reviewed_on, created.reviewed_by) == (None, None)  # set by publishing, never typed in
    page = editor.get(f"/admin/kb/{entry_id}")
    assert "Draft" in text(page) and "Visitors do not see this entry" in text(page)
    assert "Not reviewed yet" in text(page) and "Review and publish" not in text(page)
    assert chat.answer(QUESTION) is None  # a draft never reaches visitors

    saved = editor.post(f"/admin/kb/{entry_id}", data=entry_form(csrf_token(page), version_of(page), answer=ANSWER_V2))
    assert saved.status_code == 303 and "Saved as revision 2" in text(editor.get(saved.location))
    submitted = submit_entry(editor, entry_id)
    assert submitted.status_code == 303 and "Submitted for review" in text(editor.get(submitted.location))
    assert entry_row(world.engine).status == "in_review" and chat.answer(QUESTION) is None

    reviewer = logged_in(app, "reviewer@example.org")
    published = publish_entry(reviewer, entry_id, "Medical reviewer, MD")
    assert published.status_code == 303
    assert "the chat answers with it from the next message" in text(reviewer.get(published.location))
    answer = chat.answer(QUESTION)  # the very next message, same service object
    assert answer is not None and answer.entry.slug == "driving-after-treatment"
    assert answer.entry.answer == ANSWER_V2 and answer.entry.reviewed_on == utcnow().date()
    assert chat.answer("Is it safe to drive after an infusion?").entry.slug == "driving-after-treatment"
    assert entry_row(world.engine).reviewed_by == "Medical reviewer, MD"

    page = reviewer.get(f"/admin/kb/{entry_id}")
    unpublished = reviewer.post(
        f"/admin/kb/{entry_id}/unpublish", data={"csrf_token": csrf_token(page), "version": version_of(page)}
    )
    assert unpublished.status_code == 303
    assert chat.answer(QUESTION) is None

    history = text(editor.get(f"/admin/kb/{entry_id}/history"))
    assert history.count("<td>editor@example.org</td>") == 3 and history.count("<td>reviewer@example.org</td>") == 2
    for summary in (
        "Created",
        "Changed answer",
        "Submitted for review",
        "Published, reviewed by Medical reviewer, MD",
        "Unpublished",
    ):
        assert summary in history
    diff = editor.get(f"/admin/kb/{entry_id}/diff?old=1&new=2")
    assert diff.status_code == 200
    assert '<del><span class="diff-sign">− </span>Plan not to drive on the day' in text(diff)
    assert '<ins><span class="diff-sign">+ </span>Do not drive on the day' in text(diff)
    assert "Ask your clinic about a ride" in text(diff)

    token, version = csrf_token(diff), entry_row(world.engine).version
    restored = editor.post(
        f"/admin/kb/{entry_id}/revisions/1/restore", data={"csrf_token": token, "version": str(version)}
    )
    assert restored.status_code == 303 and "Revision 1 restored as revision 6" in text(editor.get(restored.location))
    after = entry_row(world.engine)
    assert after.answer == ANSWER_V1 and after.status == "draft"  # the content comes back, the status stays
    assert after.reviewed_by == "Medical reviewer, MD"  # the last review is kept with the entry
    numbered = revisions(world.engine, entry_id)
    assert [item.number for item in numbered] == [1, 2, 3, 4, 5, 6]
    assert numbered[-1].summary == "Restored revision 1 (answer)" and numbered[-1].snapshot["answer"] == ANSWER_V1
    assert [item.author.email.split("@")[0] for item in numbered] == [
        "editor",
        "editor",
        "editor",
        "reviewer",
        "reviewer",
        "editor",
    ]
    assert [action for _, action, _, _ in audit_actions(world.engine)] == [
        "entry.create",
        "entry.update",
        "entry.submit",
        "entry.publish",
        "entry.unpublish",
        "entry.restore",
    ]


def test_a_published_change_waits_for_review_then_the_next_message_uses_it(app: Flask, world: SimpleNamespace) -> None:
    editor, reviewer = logged_in(app, "editor@example.org"), logged_in(app, "reviewer@example.org")
    entry_id = create_draft(editor, answer=ANSWER_V2)
    assert publish_entry(reviewer, entry_id).status_code == 303  # a reviewer may publish a draft at once
    chat = service(world.engine)
    assert chat.answer(QUESTION).entry.answer == ANSWER_V2
    page = editor.get(f"/admin/kb/{entry_id}")
    response = editor.post(
        f"/admin/kb/{entry_id}",
        data=entry_form(
            csrf_token(page),
            version_of(page),
            answer=ANSWER_V3,
            phrasings="Is it safe to drive after an infusion?\nCan someone else drive me after ketamine?",
        ),
    )
    assert response.status_code == 303
    assert "Visitors keep seeing the published version" in text(editor.get(response.location))
    assert chat.answer(QUESTION).entry.answer == ANSWER_V2  # still the published text
    assert submit_entry(editor, entry_id).status_code == 303
    assert publish_entry(reviewer, entry_id).status_code == 303
    answer = chat.answer("Can someone else drive me after ketamine?")
    assert answer.entry.answer == ANSWER_V3 and answer.entry.slug == "driving-after-treatment"


def test_the_second_of_two_concurrent_edits_is_refused_and_overwrites_nothing(
    app: Flask, world: SimpleNamespace
) -> None:
    first = logged_in(app, "editor@example.org")
    entry_id = create_draft(first)
    second = logged_in(app, "second.editor@example.org")
    first_page, second_page = first.get(f"/admin/kb/{entry_id}"), second.get(f"/admin/kb/{entry_id}")
    assert version_of(first_page) == version_of(second_page) == "1"

    saved = first.post(f"/admin/kb/{entry_id}", data=entry_form(csrf_token(first_page), "1", answer=ANSWER_V2))
    assert saved.status_code == 303
    refused = second.post(
        f"/admin/kb/{entry_id}",
        data=entry_form(csrf_token(second_page), "1", question="Can I drive myself home after ketamine?"),
    )
    assert refused.status_code == 409
    page = text(refused)
    assert "Not saved: someone else changed this entry" in page
    assert "editor@example.org saved this entry" in page and "NOT saved and nothing was overwritten" in page
    assert "Can I drive myself home after ketamine?" in page  # what they typed is still in the form
    stored = entry_row(world.engine)
    assert (stored.question, stored.answer, stored.version) == (QUESTION, ANSWER_V2, 2)
    assert len(revisions(world.engine, entry_id)) == 2

    stale_submit = second.post(
        f"/admin/kb/{entry_id}/submit", data={"csrf_token": csrf_token(second_page), "version": "1"}
    )
    assert stale_submit.status_code == 303
    assert "Not changed: editor@example.org saved this entry" in text(second.get(stale_submit.location))
    assert entry_row(world.engine).status == "draft"


def test_a_save_racing_past_the_version_check_is_stopped_by_the_database(world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        session.add(
            KnowledgeEntry(
                slug="race",
                topic="cost",
                question="What does it cost?",
                phrasings=[],
                answer=ANSWER_V1,
                sources=[{"title": "Label", "url": SOURCE_URL}],
                status="draft",
                reviewed_on=TODAY,
            )
        )
    make = session_factory(world.engine)
    one, two = make(), make()
    try:
        mine = one.execute(select(KnowledgeEntry).filter_by(slug="race")).scalar_one()
        theirs = two.execute(select(KnowledgeEntry).filter_by(slug="race")).scalar_one()
        draft = EntryDraft.of(mine)
        update_entry(one, mine, EntryDraft(**{**draft.__dict__, "answer": ANSWER_V2}), None, 1)
        one.commit()
        with pytest.raises(StaleDataError):  # both passed the version check; only one UPDATE can match
            update_entry(two, theirs, EntryDraft(**{**draft.__dict__, "question": "Raced?"}), None, 1)
        two.rollback()
    finally:
        one.close()
        two.close()
    assert entry_row(world.engine, "race").answer == ANSWER_V2
