"""Unanswered questions handled from the staff web app (issue #15), on real SQLite and PostgreSQL with
CSRF on: a question added as a phrasing of an existing entry (through the normal review path for a
published entry, in place for a draft), several groups dismissed at once with one audit entry, and who
may use these pages.
"""

from __future__ import annotations

import html
import re
from types import SimpleNamespace

import pytest
from flask import Flask

from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    _secrets,
    app,
    audit_actions,
    csrf_token,
    logged_in,
    path_of,
    publish_entry,
    submit_entry,
    text,
    world,
)
from tests.kb_editor_helpers import add_entry, ask, entry_by_slug, last_audit, statuses

# ---------------------------------------------------------------- add as a phrasing of an existing entry


@pytest.fixture
def phrasing_world(world: SimpleNamespace) -> SimpleNamespace:
    """Three entries (two published, one draft) and two groups of open questions."""
    world.insurance = add_entry(
        world.engine,
        "cost-insurance",
        "Does insurance cover ketamine?",
        ["Is Spravato covered by Medicare?", "Does my health plan pay for esketamine?"],
    )
    world.driving = add_entry(
        world.engine,
        "driving-after-treatment",
        "Can I drive home after a ketamine session?",
        ["Is it safe to drive after an infusion?"],
        topic="treatment_process",
    )
    world.draft = add_entry(
        world.engine,
        "sleep-after",
        "Will I sleep well after a session?",
        ["Does ketamine make you sleepy?"],
        status="draft",
        topic="treatment_process",
    )
    world.questions = ask(
        world.engine,
        "will my insurance company pay for ketamine infusions",
        "will my insurance company pay for ketamine infusions?",
        "how tired will I be after the session",
    )
    return world


def phrasing_page(client, question_id: int):
    page = client.get(f"/admin/unanswered/phrasing?question={question_id}")
    assert page.status_code == 200
    return page


def test_an_editor_adds_a_question_as_a_phrasing_of_a_published_entry_through_review(
    app: Flask, phrasing_world: SimpleNamespace
) -> None:
    world = phrasing_world
    editor = logged_in(app, "editor@example.org")
    listing = text(editor.get("/admin/unanswered"))
    link = html.unescape(re.search(r'href="(/admin/unanswered/phrasing\?question=\d+)"', listing).group(1))
    page = editor.get(link)
    body = text(page)
    assert "will my insurance company pay for ketamine infusions" in body
    suggested = re.findall(r'<input type="radio" name="entry" id="entry-(\d+)"', body)
    assert len(suggested) == 3 and int(suggested[0]) == world.insurance  # the model's best first
    assert 'value="other"' in body and body.count("<option value=") == 1 + 3  # every entry in the list
    ids = re.search(r'name="ids" type="hidden" value="([\d,]+)"', body).group(1)
    assert sorted(map(int, ids.split(","))) == world.questions[:2]  # the whole group

    before = entry_by_slug(world.engine, "cost-insurance")
    response = editor.post(
        "/admin/unanswered/phrasing",
        data={
            "csrf_token": csrf_token(page),
            "ids": ids,
            "entry": str(world.insurance),
            "phrasing": "  will my insurance company   pay for ketamine infusions ",
        },
    )
    assert response.status_code == 303 and path_of(response.location) == "/admin/unanswered"
    message = html.unescape(text(editor.get(response.location)))
    assert "Wording added to “Does insurance cover ketamine?”" in message
    assert "saved as a proposed change" in message and "2 unanswered questions marked as answered" in message

    after = entry_by_slug(world.engine, "cost-insurance")
    assert after.phrasings == before.phrasings  # visitors keep seeing the published entry
    assert after.pending_change["phrasings"] == [
        *before.phrasings,
        "will my insurance company pay for ketamine infusions",
    ]
    assert after.pending_by == "editor@example.org" and after.status == "published"
    assert statuses(world.engine) == {
        "will my insurance company pay for ketamine infusions": "answered",
        "will my insurance company pay for ketamine infusions?": "answered",
        "how tired will I be after the session": "new",
    }
    assert [(user, action) for user, action, _, _ in audit_actions(world.engine)] == [
        (world.users["editor@example.org"], "entry.propose"),
        (world.users["editor@example.org"], "unanswered.answer"),
    ]
    assert last_audit(world.engine).details == {"ids": world.questions[:2], "count": 2, "entry": "cost-insurance"}

    # The normal review path: the editor submits, only a reviewer publishes.
    assert submit_entry(editor, world.insurance).status_code == 303
    assert editor.get(f"/admin/kb/{world.insurance}/publish").status_code == 403
    assert publish_entry(logged_in(app, "reviewer@example.org"), world.insurance).status_code == 303
    assert (
        entry_by_slug(world.engine, "cost-insurance").phrasings[-1]
        == "will my insurance company pay for ketamine infusions"
    )


def test_a_draft_gets_the_phrasing_in_place_and_a_known_wording_only_closes_the_questions(
    app: Flask, phrasing_world: SimpleNamespace
) -> None:
    world = phrasing_world
    reviewer = logged_in(app, "reviewer@example.org")
    tired = world.questions[2]
    page = phrasing_page(reviewer, tired)
    # Picked from the list of all entries, with no suggestion ticked (as without JavaScript).
    response = reviewer.post(
        "/admin/unanswered/phrasing",
        data={
            "csrf_token": csrf_token(page),
            "ids": str(tired),
            "other_entry": str(world.draft),
            "phrasing": "how tired will I be after the session",
        },
    )
    assert response.status_code == 303
    draft = entry_by_slug(world.engine, "sleep-after")
    assert draft.phrasings == ["Does ketamine make you sleepy?", "how tired will I be after the session"]
    assert draft.status == "draft" and draft.pending_change is None  # drafts are edited in place
    assert [action for _, action, _, _ in audit_actions(world.engine)] == ["entry.update", "unanswered.answer"]

    # A reviewer's change to a published entry is a proposed change too: publishing is a separate step.
    page = phrasing_page(reviewer, world.questions[0])
    ids = re.search(r'name="ids" type="hidden" value="([\d,]+)"', text(page)).group(1)
    known = reviewer.post(
        "/admin/unanswered/phrasing",
        data={
            "csrf_token": csrf_token(page),
            "ids": ids,
            "entry": str(world.insurance),
            "phrasing": "Is SPRAVATO covered by medicare",
        },
    )  # already a phrasing, apart from case and "?"
    assert known.status_code == 303
    assert "already has this wording" in html.unescape(text(reviewer.get(known.location)))
    insurance = entry_by_slug(world.engine, "cost-insurance")
    assert insurance.pending_change is None and len(insurance.phrasings) == 2
    assert set(statuses(world.engine).values()) == {"answered"}
    assert [action for _, action, _, _ in audit_actions(world.engine)][2:] == ["unanswered.answer"]

    [employer] = ask(world.engine, "is ketamine covered by my employer plan")
    page = phrasing_page(reviewer, employer)
    ids = re.search(r'name="ids" type="hidden" value="([\d,]+)"', text(page)).group(1)
    assert (
        reviewer.post(
            "/admin/unanswered/phrasing",
            data={
                "csrf_token": csrf_token(page),
                "ids": ids,
                "entry": str(world.insurance),
                "phrasing": "is ketamine covered by my employer plan",
            },
        ).status_code
        == 303
    )
    insurance = entry_by_slug(world.engine, "cost-insurance")
    assert insurance.pending_change["phrasings"][-1] == "is ketamine covered by my employer plan"
    assert insurance.phrasings == ["Is Spravato covered by Medicare?", "Does my health plan pay for esketamine?"]


def test_adding_a_phrasing_needs_an_entry_a_wording_and_a_csrf_token(
    app: Flask, phrasing_world: SimpleNamespace
) -> None:
    world = phrasing_world
    editor = logged_in(app, "editor@example.org")
    page = phrasing_page(editor, world.questions[2])
    token = csrf_token(page)
    fields = {"csrf_token": token, "ids": str(world.questions[2]), "phrasing": "how tired will I be"}
    none_chosen = editor.post("/admin/unanswered/phrasing", data=fields)
    assert none_chosen.status_code == 400 and "Choose the entry that answers this question." in text(none_chosen)
    empty = editor.post("/admin/unanswered/phrasing", data={**fields, "entry": str(world.draft), "phrasing": " "})
    assert empty.status_code == 400 and "Write the wording to add." in text(empty)
    missing = editor.post("/admin/unanswered/phrasing", data={**fields, "entry": "999999"})
    assert missing.status_code == 400
    assert (
        editor.post("/admin/unanswered/phrasing", data={**fields, "ids": "x", "entry": str(world.draft)}).status_code
        == 400
    )
    forged = editor.post(
        "/admin/unanswered/phrasing", data={**fields, "csrf_token": "forged", "entry": str(world.draft)}
    )
    assert forged.status_code == 400
    assert statuses(world.engine)["how tired will I be after the session"] == "new"
    assert entry_by_slug(world.engine, "sleep-after").phrasings == ["Does ketamine make you sleepy?"]
    assert audit_actions(world.engine) == []

    gone = editor.get("/admin/unanswered/phrasing?question=999999")
    assert gone.status_code == 200 and "This question is no longer open" in text(gone)


# ---------------------------------------------------------------- dismissing several groups at once


def test_dismiss_selected_closes_only_the_ticked_groups_with_one_audit_entry(
    app: Flask, phrasing_world: SimpleNamespace
) -> None:
    world = phrasing_world
    ask(world.engine, "buy cheap watches now")
    editor = logged_in(app, "editor@example.org")
    page = editor.get("/admin/unanswered")
    boxes = re.findall(r'<input type="checkbox" name="selected" value="([\d,]+)"[^>]*form="bulk-dismiss"', text(page))
    assert len(boxes) == 3
    assert set(statuses(world.engine).values()) == {"new"}
    insurance_group = next(value for value in boxes if str(world.questions[0]) in value.split(","))
    spam = next(value for value in boxes if value not in (insurance_group, str(world.questions[2])))

    without_token = editor.post("/admin/unanswered/dismiss-selected", data={"selected": [spam]})
    assert without_token.status_code == 400 and "security token" in text(without_token)
    nothing = editor.post("/admin/unanswered/dismiss-selected", data={"csrf_token": csrf_token(page)})
    assert nothing.status_code == 303 and "tick the questions to dismiss first" in text(editor.get(nothing.location))
    assert (
        editor.post(
            "/admin/unanswered/dismiss-selected", data={"csrf_token": csrf_token(page), "selected": ["1;DROP"]}
        ).status_code
        == 400
    )
    assert audit_actions(world.engine) == []

    done = editor.post(
        "/admin/unanswered/dismiss-selected", data={"csrf_token": csrf_token(page), "selected": [spam, insurance_group]}
    )
    assert done.status_code == 303 and "Dismissed 3 questions." in text(editor.get(done.location))
    assert statuses(world.engine) == {
        "will my insurance company pay for ketamine infusions": "dismissed",
        "will my insurance company pay for ketamine infusions?": "dismissed",
        "how tired will I be after the session": "new",
        "buy cheap watches now": "dismissed",
    }
    assert [action for _, action, _, _ in audit_actions(world.engine)] == ["unanswered.dismiss"]
    dismissed_ids = sorted(int(part) for value in (spam, insurance_group) for part in value.split(","))
    assert last_audit(world.engine).details == {"ids": dismissed_ids, "count": 3}
    again = editor.post("/admin/unanswered/dismiss-selected", data={"csrf_token": csrf_token(page), "selected": [spam]})
    assert "already handled" in text(editor.get(again.location))


# ---------------------------------------------------------------- who may use the new pages

NEW_ROUTES = (
    ("GET", "/admin/unanswered/phrasing?question={question}"),
    ("POST", "/admin/unanswered/phrasing"),
    ("POST", "/admin/unanswered/dismiss-selected"),
)


def _request(client, method: str, path: str, token: str | None):
    return client.open(path, method=method, data={"csrf_token": token} if method == "POST" and token else None)


def test_the_new_pages_are_for_staff_only(app: Flask, phrasing_world: SimpleNamespace) -> None:
    world = phrasing_world
    routes = [(method, path.format(question=world.questions[0])) for method, path in NEW_ROUTES]
    anonymous = app.test_client()
    token = csrf_token(anonymous.get("/login"))
    for method, path in routes:
        response = _request(anonymous, method, path, token)
        assert response.status_code == 302 and path_of(response.location) == "/login", (method, path)
    clinic = logged_in(app, "one@c1.example")
    token = csrf_token(clinic.get("/portal"))
    for method, path in routes:
        response = _request(clinic, method, path, token)
        assert response.status_code == 403 and "Access denied" in text(response), (method, path)
    for email in ("editor@example.org", "reviewer@example.org", "admin@example.org"):
        staff = logged_in(app, email)
        token = csrf_token(staff.get("/admin"))
        page = _request(staff, *routes[0], None)
        assert page.status_code == 200 and "will my insurance company" in text(page), email
        assert _request(staff, *routes[1], token).status_code == 400  # a form without its fields
        assert _request(staff, *routes[2], token).status_code == 303  # nothing ticked
    assert audit_actions(world.engine) == []
    assert set(statuses(world.engine).values()) == {"new"}
