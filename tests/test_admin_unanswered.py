"""Unanswered questions in the staff web app, on real databases: similar wordings grouped, a group turned
into a prefilled knowledge-base entry that marks its questions answered, or dismissed, with the audit log
recording each step.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from types import SimpleNamespace

from flask import Flask
from sqlalchemy import func, select

from bot.db import session_scope
from bot.local_time import format_local
from bot.models import KnownGap, UnansweredQuestion, utcnow
from tests.admin_world import _secrets, app, audit_actions, csrf_token, entry_form, logged_in, squeeze, text, world  # noqa: F401 - fixtures are used by name

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


def test_a_group_marked_as_not_covered_is_kept_without_contact_details_and_closed(
    app: Flask, world: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        for question, minutes in [
            ("can my vet give my dog ketamine, mail me at jo@example.org", 1),  # the latest: leads the group
            ("can my vet give my dog ketamine", 10),
        ]:
            session.add(
                UnansweredQuestion(text=question, confidence=0.2, created_at=utcnow() - dt.timedelta(minutes=minutes))
            )
    editor = logged_in(app, "editor@example.org")
    page = editor.get("/admin/unanswered")
    link = html.unescape(re.search(r'href="(/admin/unanswered/not-covered\?question=\d+)"', text(page)).group(1))
    form_page = editor.get(link)
    form = text(form_page)
    assert form_page.status_code == 200 and "What visitors asked" in form
    prefilled = re.search(r'name="wording"[^>]*value="([^"]*)"', form).group(1)
    assert "jo@example.org" not in prefilled and "[e-mail removed]" in prefilled
    ids = re.search(r'name="ids" type="hidden" value="([\d,]+)"', form).group(1)
    as_phrasing = text(editor.get(link.replace("/not-covered?", "/phrasing?")))  # the same prefill there
    assert "jo@example.org" not in re.search(r'name="phrasing"[^>]*value="([^"]*)"', as_phrasing).group(1)

    empty = editor.post(link, data={"csrf_token": csrf_token(form_page), "ids": ids, "wording": "  "})
    assert empty.status_code == 400 and "Write the question." in text(empty)
    marked = editor.post(
        link, data={"csrf_token": csrf_token(form_page), "ids": ids, "wording": "Can my vet give my dog ketamine?"}
    )
    assert marked.status_code == 303
    assert "Marked as not covered" in text(editor.get(marked.location))
    assert "No open questions" in text(editor.get("/admin/unanswered"))
    with session_scope(world.engine) as session:
        assert session.execute(select(KnownGap.text, KnownGap.added_by)).all() == [
            ("Can my vet give my dog ketamine?", "editor@example.org")
        ]
        assert set(session.execute(select(UnansweredQuestion.status)).scalars()) == {"dismissed"}
    assert [action for _, action, _, _ in audit_actions(world.engine)] == ["gap.add", "unanswered.dismiss"]
    assert (
        editor.post(link, data={"csrf_token": csrf_token(form_page), "ids": "x", "wording": "abcdef"}).status_code
        == 400
    )
