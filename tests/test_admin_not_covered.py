"""The list of questions marked as not covered in the staff web app, on real databases: search,
the shipped questions told apart from those staff added, and removing one staff added."""

from __future__ import annotations

import re
from types import SimpleNamespace

from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.gaps import add_gap, load_gaps
from bot.models import KnownGap
from bot.stats import record_gap_asked
from tests.admin_world import _secrets, app, audit_actions, csrf_token, logged_in, text, world  # noqa: F401 - fixtures are used by name


def test_staff_search_the_list_and_remove_only_what_staff_added(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        load_gaps(session, ["what is the billing code for an infusion", "can I bring my dog to the clinic"])
        add_gap(session, "Does ketamine help with tinnitus?", "editor@example.org")
    editor = logged_in(app, "editor@example.org")
    page = editor.get("/admin/not-covered")
    body = text(page)
    assert page.status_code == 200 and "3 questions" in body
    # Staff-added first, then the shipped list in file order.
    assert body.index("Does ketamine help with tinnitus?") < body.index("billing code") < body.index("bring my dog")
    assert body.count("Shipped list") == 2 and body.count(">Remove<") == 1

    searched = text(editor.get("/admin/not-covered?q=DOG"))
    assert "1 question matching your search" in searched and "billing code" not in searched
    assert "No question matches your search." in text(editor.get("/admin/not-covered?q=50%25_off"))

    with session_scope(world.engine) as session:
        ids = dict(session.execute(select(KnownGap.text, KnownGap.id)).all())
    shipped, staff = ids["what is the billing code for an infusion"], ids["Does ketamine help with tinnitus?"]
    token = csrf_token(page)
    assert (
        editor.post(f"/admin/not-covered/{shipped}/remove", data={"csrf_token": token, "gap": shipped}).status_code
        == 404
    )
    assert editor.post(f"/admin/not-covered/{staff}/remove", data={"gap": staff}).status_code == 400  # no CSRF token
    assert (
        editor.post(f"/admin/not-covered/{staff}/remove", data={"csrf_token": token, "gap": shipped}).status_code == 400
    )
    removed = editor.post(f"/admin/not-covered/{staff}/remove", data={"csrf_token": token, "gap": staff})
    assert removed.status_code == 303
    assert "is no longer marked as not covered" in text(editor.get(removed.location))
    with session_scope(world.engine) as session:
        assert sorted(session.execute(select(KnownGap.text)).scalars()) == [
            "can I bring my dog to the clinic",
            "what is the billing code for an infusion",
        ]
    assert [action for _, action, _, _ in audit_actions(world.engine)] == ["gap.remove"]
    assert re.search(r'href="/admin/not-covered"', text(editor.get("/admin/unanswered")))
    log = text(logged_in(app, "admin@example.org").get("/admin/audit?object_type=known_gap"))
    assert "removed a question from the ones not covered" in log and 'href="/admin/not-covered"' in log


def test_staff_see_how_often_each_question_was_asked_and_can_put_the_most_asked_first(
    app: Flask, world: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        load_gaps(session, ["what is the billing code for an infusion", "can I bring my dog to the clinic"])
    for _ in range(3):
        assert record_gap_asked(world.engine, "can I bring my dog to the clinic")
    editor = logged_in(app, "editor@example.org")
    body = text(editor.get("/admin/not-covered"))
    assert "Asked" in body and "3 times" in body and "Not yet" in body
    assert body.index("billing code") < body.index("bring my dog")  # list order by default
    most_asked = text(editor.get("/admin/not-covered?order=asked"))
    assert most_asked.index("bring my dog") < most_asked.index("billing code")
    assert re.search(r'<option selected value="asked">|<option value="asked" selected', most_asked)
    # An order the page does not know shows the list order; searching keeps working with an order.
    unknown_order = text(editor.get("/admin/not-covered?order=bogus"))
    assert unknown_order.index("billing code") < unknown_order.index("bring my dog")
    assert "1 question matching your search" in text(editor.get("/admin/not-covered?q=dog&order=asked"))
