"""Staff admin through the real web app, on real SQLite and PostgreSQL, with CSRF on.

Editors, reviewers and admins log in and work like people in a browser: the knowledge base
(create, edit, preview, submit for review, publish, history, diff, restore, concurrent edits;
the review workflow itself is in ``tests/test_review_workflow.py``), unanswered questions,
the clinic directory (forms, flags, verification, CSV import and export), the overview,
accounts, and the audit log behind all of it.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm.exc import StaleDataError

from bot.db import session_factory, session_scope
from bot.directory.csv_io import COLUMNS
from bot.inquiries.service import NewInquiry, save_inquiry
from bot.kb.editing import EntryDraft, update_entry
from bot.kb.loader import EDITABLE_FIELDS, load_knowledge_base
from bot.kb.markdown import to_html
from bot.kb.presentation import DISCLAIMER
from bot.kb.revisions import SNAPSHOT_FIELDS
from bot.kb.service import KnowledgeService
from bot.local_time import format_local
from bot.models import (
    AuditLog,
    ChatEvent,
    Clinic,
    Credential,
    EntryRevision,
    KnowledgeEntry,
    UnansweredQuestion,
    User,
    utcnow,
)
from bot.stats import record_conversation, record_question
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V1,
    ANSWER_V2,
    PASSWORD,
    QUESTION,
    SOURCE_URL,
    TODAY,
    _secrets,
    app,
    audit_actions,
    csrf_token,
    entry_form,
    logged_in,
    login,
    path_of,
    publish_entry,
    squeeze,
    submit_entry,
    text,
    version_of,
    world,
)
from tests.conftest import SAMPLE_CLINICS
from tests.kb_samples import entry, small_kb, write_topic
from tests.web_helpers import link_shown, use_link


class Chat:
    """The knowledge service as the chat uses it: the answer shown for a question, if any."""

    def __init__(self, engine: Engine) -> None:
        self.service = KnowledgeService(engine)

    def answer(self, question: str):
        return self.service.respond(question).answer


def service(engine: Engine) -> Chat:
    return Chat(engine)


def entry_row(engine: Engine, slug: str = "driving-after-treatment") -> KnowledgeEntry:
    with session_scope(engine) as session:
        return session.execute(select(KnowledgeEntry).where(KnowledgeEntry.slug == slug)).scalar_one()


def revisions(engine: Engine, entry_id: int) -> list[EntryRevision]:
    with session_scope(engine) as session:
        rows = (
            session.execute(
                select(EntryRevision).where(EntryRevision.entry_id == entry_id).order_by(EntryRevision.number)
            )
            .scalars()
            .all()
        )
        for row in rows:
            _ = row.author  # loaded before the session closes
        return rows


def create_draft(client, **changes: str) -> int:
    form = client.get("/admin/kb/new")
    response = client.post("/admin/kb/new", data=entry_form(csrf_token(form), **changes))
    assert response.status_code == 303, text(response)
    match = re.fullmatch(r"/admin/kb/(\d+)", path_of(response.location))
    assert match, response.location
    return int(match.group(1))


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


def test_revision_snapshots_hold_the_loaders_editable_fields() -> None:
    assert SNAPSHOT_FIELDS == EDITABLE_FIELDS


# ---------------------------------------------------------------- unanswered questions


def test_unanswered_questions_are_grouped_turned_into_an_entry_or_dismissed(app: Flask, world: SimpleNamespace) -> None:
    now = utcnow()
    asked = [
        ("Can I drive after my infusion?", "ask_treatment_process", 5),
        ("can i drive after my infusion??", None, 3),
        ("Can I drive home after the infusion", "ask_treatment_process", 1),
        ("is my cat allowed ketamine", None, 2),
        ("Is my cat allowed ketamine?", None, 60),
    ]
    with session_scope(world.engine) as session:
        for question, intent, minutes in asked:
            session.add(
                UnansweredQuestion(
                    text=question, confidence=0.3, intent=intent, created_at=now - dt.timedelta(minutes=minutes)
                )
            )
        session.add(UnansweredQuestion(text="already handled", confidence=0.1, status="dismissed"))
    editor = logged_in(app, "editor@example.org")
    page = editor.get("/admin/unanswered")
    body = squeeze(text(page))
    assert "2 groups of open questions" in body and "already handled" not in body
    assert body.index("Can I drive home after the infusion") < body.index("is my cat allowed ketamine")
    assert "<td>3</td>" in body and "<td>2</td>" in body and "What a session is like" in body
    assert format_local(now - dt.timedelta(minutes=1), app.extensions["bot_timezone"]) in body  # last seen

    link = html.unescape(re.search(r'href="(/admin/kb/new\?unanswered=[^"]+)"', text(page)).group(1))
    prefilled = editor.get(link)
    form = text(prefilled)
    assert 'value="can i drive after my infusion??"' in form  # the most frequent wording (its latest form)
    assert ">\r\nCan I drive home after the infusion</textarea>" in form  # the others become phrasings
    assert '<option selected value="treatment_process">' in form
    ids = re.search(r'name="unanswered" type="hidden" value="([\d,]+)"', form).group(1)
    created = editor.post("/admin/kb/new", data=entry_form(csrf_token(prefilled), unanswered=ids))
    assert created.status_code == 303
    assert "3 unanswered questions marked as answered" in text(editor.get(created.location))

    page = editor.get("/admin/unanswered")
    assert "1 group of open questions" in text(page) and "drive" not in text(page)
    cat_ids = re.search(r'name="ids" value="([\d,]+)"', text(page)).group(1)
    dismissed = editor.post("/admin/unanswered/dismiss", data={"csrf_token": csrf_token(page), "ids": cat_ids})
    assert dismissed.status_code == 303 and "Dismissed 2 questions." in text(editor.get(dismissed.location))
    assert "No open questions" in text(editor.get("/admin/unanswered"))
    with session_scope(world.engine) as session:
        statuses = dict(
            session.execute(
                select(UnansweredQuestion.status, func.count(UnansweredQuestion.id)).group_by(UnansweredQuestion.status)
            ).all()
        )
    assert statuses == {"answered": 3, "dismissed": 3}
    actions = [action for _, action, _, _ in audit_actions(world.engine)]
    assert actions == ["entry.create", "unanswered.answer", "unanswered.dismiss"]
    bad_ids = editor.post("/admin/unanswered/dismiss", data={"csrf_token": csrf_token(page), "ids": "x"})
    assert bad_ids.status_code == 400


# ---------------------------------------------------------------- clinic directory

CLINIC_FORM = {
    "ref": "savannah-calm",
    "name": "Savannah Calm Clinic (sample)",
    "street": "2 Bay St",
    "city": "Savannah",
    "state": "GA",
    "zip": "31401",
    "latitude": "32.0809",
    "longitude": "-81.0912",
    "phone": "(912) 555-0142",
    "website": "https://savannah-calm.example",
    "email": "intake@savannah-calm.example",
    "treatments": ["iv", "kap"],
    "accepts_insurance": "y",
    "insurance_notes": "",
    "languages": "English; Spanish",
    "notes": "",
}
CREDENTIAL_FORM = {
    "prescriber": "Dr. Ada Sample, MD",
    "license_number": "GA-MD-777",
    "license_state": "GA",
    "license_expires": (TODAY + dt.timedelta(days=20)).isoformat(),
    "npi": "1234567893",
    "rems_certified": "y",
    "status": "active",
    "verified_on": (TODAY - dt.timedelta(days=5)).isoformat(),
    "verified_by": "A. Editor",
    "verification_method": "Georgia Composite Medical Board website",
}


def test_staff_create_and_edit_clinics_and_credentials(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    form = editor.get("/admin/clinics/new")
    bad = editor.post(
        "/admin/clinics/new",
        data={
            **CLINIC_FORM,
            "zip": "314",
            "treatments": [],
            "website": "ftp://x.example",
            "csrf_token": csrf_token(form),
        },
    )
    assert bad.status_code == 400
    for message in ("Must be 5 digits, like 94110.", "Must be one or more of iv", "starting with https://"):
        assert message in html.unescape(text(bad))
    created = editor.post("/admin/clinics/new", data={**CLINIC_FORM, "csrf_token": csrf_token(form)})
    assert created.status_code == 303 and path_of(created.location).endswith("/credentials/new")
    clinic_path = path_of(created.location).rsplit("/credentials/new", 1)[0]
    page = editor.get(clinic_path)
    assert "Hidden from visitors" in text(page) and "no credential on file" in text(page)

    form = editor.get(created.location)
    bad = editor.post(created.location, data={**CREDENTIAL_FORM, "npi": "1234567890", "csrf_token": csrf_token(form)})
    assert bad.status_code == 400 and "Must be a 10-digit NPI with a correct check digit" in text(bad)
    added = editor.post(created.location, data={**CREDENTIAL_FORM, "csrf_token": csrf_token(form)})
    assert added.status_code == 303
    page = text(editor.get(clinic_path))
    assert "Listed: visitors can find this clinic." in page
    assert f"License expires on {TODAY + dt.timedelta(days=20):%Y-%m-%d} (in 20 days)" in page

    edit = editor.get(f"{clinic_path}/edit")
    assert 'value="English; Spanish"' in text(edit) and 'value="32.08090"' in text(edit)
    saved = editor.post(
        f"{clinic_path}/edit",
        data={
            **CLINIC_FORM,
            "name": "Savannah Calm (sample)",
            "telehealth": "y",
            "csrf_token": csrf_token(edit),
            "version": version_of(edit),
        },
    )
    assert saved.status_code == 303
    stale = editor.post(
        f"{clinic_path}/edit",
        data={**CLINIC_FORM, "name": "Overwritten?", "csrf_token": csrf_token(edit), "version": version_of(edit)},
    )
    assert stale.status_code == 409 and "someone else changed this clinic" in text(stale)
    with session_scope(world.engine) as session:
        clinic = session.execute(select(Clinic).where(Clinic.ref == "savannah-calm")).scalar_one()
        assert (clinic.name, clinic.telehealth, clinic.languages) == (
            "Savannah Calm (sample)",
            True,
            ["English", "Spanish"],
        )
        credential_id = clinic.credentials[0].id

    edit = editor.get(f"{clinic_path}/credentials/{credential_id}/edit")
    renewed = (TODAY + dt.timedelta(days=700)).isoformat()
    assert (
        editor.post(
            f"{clinic_path}/credentials/{credential_id}/edit",
            data={**CREDENTIAL_FORM, "license_expires": renewed, "csrf_token": csrf_token(edit)},
        ).status_code
        == 303
    )
    assert "License expires on" not in text(editor.get(clinic_path))
    assert [action for _, action, _, _ in audit_actions(world.engine)] == [
        "clinic.create",
        "credential.create",
        "clinic.update",
        "credential.update",
    ]


def test_expiring_and_overdue_licenses_are_flagged_and_a_verification_can_be_recorded(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    listing = squeeze(text(editor.get("/admin/clinics")))
    assert "3 clinics" in listing
    assert f"License expires on {TODAY + dt.timedelta(days=10):%Y-%m-%d} (in 10 days)" in listing
    assert f"Verification due by {TODAY + dt.timedelta(days=15):%Y-%m-%d} (in 15 days)" in listing
    assert "Verification overdue since" in listing and "Hidden from visitors: last verified" in listing
    attention = text(editor.get("/admin/clinics?show=attention"))
    assert "2 clinics" in attention and "Clinic c1 " not in attention
    hidden = text(editor.get("/admin/clinics?show=hidden"))
    assert "1 clinic" in hidden and "Clinic c3 (sample)" in hidden
    assert "Clinic c2 (sample)" in text(editor.get("/admin/clinics?q=c2"))

    path = f"/admin/clinics/{world.clinics['c3']}"
    page = editor.get(path)
    prefix = f"verify-{world.credentials['c3']}"
    assert f'id="{prefix}-verified_on"' in text(page) and 'value="editor@example.org"' in text(page)
    url = f"{path}/credentials/{world.credentials['c3']}/verify"
    incomplete = editor.post(
        url,
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": "",
            f"{prefix}-verified_by": "",
            f"{prefix}-verification_method": "",
        },
    )
    assert incomplete.status_code == 400 and "Enter the date of the verification." in text(incomplete)
    future = editor.post(
        url,
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": (TODAY + dt.timedelta(days=3)).isoformat(),
            f"{prefix}-verified_by": "editor@example.org",
            f"{prefix}-verification_method": "board website",
        },
    )
    assert future.status_code == 400 and "Cannot be in the future." in text(future)
    done = editor.post(
        url,
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": TODAY.isoformat(),
            f"{prefix}-verified_by": "editor@example.org",
            f"{prefix}-verification_method": "Georgia board website",
        },
    )
    assert done.status_code == 303
    assert "Listed: visitors can find this clinic." in text(editor.get(path))
    with session_scope(world.engine) as session:
        credential = session.get(Credential, world.credentials["c3"])
        assert (credential.verified_on, credential.verified_by, credential.verification_method) == (
            TODAY,
            "editor@example.org",
            "Georgia board website",
        )
    assert audit_actions(world.engine) == [
        (world.users["editor@example.org"], "credential.verify", "credential", f"c3/{world.credentials['c3']}")
    ]
    assert "1 clinic" in text(editor.get("/admin/clinics?show=attention"))


def _csv_rows(body: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body)))


def test_csv_import_is_all_or_nothing_with_line_numbers_and_export_round_trips(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    exported = editor.get("/admin/clinics/export.csv")
    assert exported.status_code == 200 and exported.mimetype == "text/csv"
    assert exported.headers["Content-Disposition"] == f'attachment; filename="clinics-{utcnow():%Y-%m-%d}.csv"'
    rows = _csv_rows(exported.get_data(as_text=True))
    assert [row["ref"] for row in rows] == ["c1", "c2", "c3"] and list(rows[0]) == COLUMNS

    changed = [
        dict(rows[0], name="Renamed by import"),
        dict(rows[1], zip="999"),
        dict(rows[2], npi="1111111111"),
        dict(rows[0], ref="brand-new", name="Brand new (sample)"),
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(changed)
    form = editor.get("/admin/clinics/import")
    refused = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(buffer.getvalue().encode()), "clinics.csv")},
    )
    assert refused.status_code == 400
    page = squeeze(text(refused))
    assert "Nothing was imported" in page and "2 rows could not be accepted" in page
    assert "<li>Row 3: ZIP must be 5 digits, like 94110 <span" in page
    assert "<li>Row 4: NPI must be a 10-digit NPI with a correct check digit, like 1234567893 <span" in page
    with session_scope(world.engine) as session:
        assert session.execute(select(func.count(Clinic.id))).scalar_one() == 3
        assert session.execute(select(Clinic.name).where(Clinic.ref == "c1")).scalar_one() == "Clinic c1 (sample)"

    wrong_type = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(b"x"), "clinics.xlsx")},
    )
    assert wrong_type.status_code == 400 and "ending in .csv" in text(wrong_type)
    not_utf8 = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO("ref,name\n\xff".encode("latin-1")), "clinics.csv")},
    )
    assert not_utf8.status_code == 400 and "not UTF-8" in text(not_utf8)

    sample = SAMPLE_CLINICS.read_bytes()
    assert len(sample) > 64 * 1024  # larger than the app accepts anywhere else
    imported = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(sample), "sample_clinics.csv")},
    )
    assert imported.status_code == 303, text(imported)
    assert "Import complete: 181 created, 0 updated, 0 rejected." in text(editor.get(imported.location))
    again = _csv_rows(editor.get("/admin/clinics/export.csv").get_data(as_text=True))
    assert len({row["ref"] for row in again}) == 184
    too_big = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(b"x" * (5 * 1024 * 1024 + 1)), "big.csv")},
    )
    assert too_big.status_code == 413
    elsewhere = editor.post("/admin/kb/preview", data=entry_form(csrf_token(form), answer="word " * 20000))
    assert elsewhere.status_code == 413  # other pages keep the 64 KB limit
    imports = [row for row in audit_actions(world.engine) if row[1] == "clinic.import"]
    assert imports == [(world.users["editor@example.org"], "clinic.import", "clinic", None)]


# ---------------------------------------------------------------- overview


def test_the_overview_counts_match_the_data(app: Flask, world: SimpleNamespace) -> None:
    now = utcnow()
    for _ in range(3):
        assert record_conversation(world.engine)
    for topic in ("cost", "cost", "risks", "not-a-topic"):
        assert record_question(world.engine, topic)
    with session_scope(world.engine) as session:
        session.add_all(
            [
                ChatEvent(kind="conversation", created_at=now - dt.timedelta(days=10)),
                ChatEvent(kind="conversation", created_at=now - dt.timedelta(days=40)),
                ChatEvent(kind="question", topic="cost", created_at=now - dt.timedelta(days=20)),
                UnansweredQuestion(text="a", confidence=0.2),
                UnansweredQuestion(text="b", confidence=0.2),
                UnansweredQuestion(
                    text="c", confidence=0.2, created_at=now - dt.timedelta(days=15), status="dismissed"
                ),
            ]
        )
        request = dict(
            first_name="Sam", contact="sam@example.com", contact_kind="email", preferred_time=None, note=None
        )
        save_inquiry(session, NewInquiry(clinic_ref="c1", **request))
        save_inquiry(session, NewInquiry(clinic_ref="c1", **request)).status = "contacted"
        save_inquiry(session, NewInquiry(clinic_ref="c2", **request)).created_at = now - dt.timedelta(days=12)
    with session_scope(world.engine) as session:
        stored = session.execute(select(ChatEvent.topic).where(ChatEvent.kind == "question")).scalars().all()
        assert sorted(stored, key=str) == [None, "cost", "cost", "cost", "risks"]

    page = squeeze(text(logged_in(app, "editor@example.org").get("/admin")))
    # The counts link to their lists (tests/test_overview_audit.py); here only the numbers matter.
    page = re.sub(r'<a href="[^"]*">|</a>|<span class="visually-hidden">[^<]*</span>', "", page)
    assert '<th scope="row">Conversations</th><td>3</td><td>4</td>' in page
    assert '<th scope="row">Questions answered</th><td>4</td><td>5</td>' in page
    assert '<th scope="row">Unanswered questions</th><td>2</td><td>3</td>' in page
    assert '<th scope="row">Inquiries to clinics</th><td>2</td><td>3</td>' in page
    assert '<th scope="row">Cost and insurance</th><td>2</td><td>3</td>' in page
    assert '<th scope="row">Risks and side effects</th><td>1</td><td>1</td>' in page
    assert '<th scope="row">Topic not recorded</th><td>1</td><td>1</td>' in page
    assert '<th scope="row">Clinic c1 (sample)</th><td>1</td><td>1</td><td>0</td><td>1</td><td>1</td><td>0</td>' in page
    assert '<th scope="row">Clinic c2 (sample)</th><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td>' in page
    assert "(2 waiting)" in page


def test_recording_chat_events_never_breaks_a_reply(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from bot.db import make_engine

    unmigrated = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")  # no chat_events table
    try:
        assert record_conversation(unmigrated) is False
        assert record_question(unmigrated, "cost") is False
    finally:
        unmigrated.dispose()
    assert "could not record a question chat event" in caplog.text


# ---------------------------------------------------------------- accounts


def test_admins_create_change_and_disable_accounts_and_editors_cannot(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    for email, role, clinic in (("new.editor@example.org", "editor", ""), ("desk@c2.example", "clinic", "c2")):
        response = admin.post(
            "/admin/accounts/new", data={"email": email, "role": role, "clinic": clinic, "csrf_token": csrf_token(form)}
        )
        assert response.status_code == 200
        assert use_link(app, link_shown(response)).status_code == 303  # the invitation sets PASSWORD
    new_editor = logged_in(app, "new.editor@example.org")
    assert new_editor.get("/admin/kb").status_code == 200
    assert new_editor.get("/admin/accounts").status_code == 403
    assert new_editor.get("/admin/audit").status_code == 403
    assert logged_in(app, "desk@c2.example").get("/admin").status_code == 403

    with session_scope(world.engine) as session:
        ids = {user.email: user.id for user in session.execute(select(User)).scalars()}
    listing = admin.get("/admin/accounts")
    disabled = admin.post(
        f"/admin/accounts/{ids['new.editor@example.org']}/active",
        data={"active": "0", "csrf_token": csrf_token(listing)},
    )
    assert disabled.status_code == 303
    assert login(app.test_client(), "new.editor@example.org").status_code == 401
    assert new_editor.get("/admin/kb").status_code == 302  # the open session ended too

    page = admin.get(f"/admin/accounts/{ids['editor@example.org']}/role")
    assert page.status_code == 200 and "Change the role of editor@example.org" in text(page)
    missing_clinic = admin.post(
        f"/admin/accounts/{ids['editor@example.org']}/role",
        data={"role": "clinic", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert missing_clinic.status_code == 400 and "A clinic account needs a clinic." in text(missing_clinic)
    promoted = admin.post(
        f"/admin/accounts/{ids['editor@example.org']}/role",
        data={"role": "admin", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert promoted.status_code == 303
    assert logged_in(app, "editor@example.org").get("/admin/audit").status_code == 200
    own = admin.post(
        f"/admin/accounts/{ids['admin@example.org']}/role",
        data={"role": "editor", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert own.status_code == 400 and "cannot change your own role" in text(own)

    editor = logged_in(app, "second.editor@example.org")
    token = csrf_token(editor.get("/admin"))
    assert (
        editor.post(
            "/admin/accounts/new", data={"email": "x@example.org", "role": "admin", "clinic": "", "csrf_token": token}
        ).status_code
        == 403
    )
    assert (
        editor.post(
            f"/admin/accounts/{ids['admin@example.org']}/active", data={"active": "0", "csrf_token": token}
        ).status_code
        == 403
    )
    assert (
        editor.post(
            f"/admin/accounts/{ids['second.editor@example.org']}/role",
            data={"role": "admin", "clinic": "", "csrf_token": token},
        ).status_code
        == 403
    )
    with session_scope(world.engine) as session:
        assert session.get(User, ids["admin@example.org"]).active
        assert session.get(User, ids["second.editor@example.org"]).role == "editor"
    admin_id = ids["admin@example.org"]
    assert audit_actions(world.engine) == [
        (admin_id, "user.create", "user", "new.editor@example.org"),
        (ids["new.editor@example.org"], "user.password_set", "user", "new.editor@example.org"),
        (admin_id, "user.create", "user", "desk@c2.example"),
        (ids["desk@c2.example"], "user.password_set", "user", "desk@c2.example"),
        (admin_id, "user.disable", "user", "new.editor@example.org"),
        (admin_id, "user.role", "user", "editor@example.org"),
    ]


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
