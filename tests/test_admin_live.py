"""A change published in the staff admin is what the very next chat message uses, over HTTP.

The admin runs in-process (Flask's test client) on the same database as the real Rasa
server and action server: no retraining, no restart in between.
"""
from __future__ import annotations

import dataclasses

import pytest

from bot.auth import hash_password
from bot.config import load_settings
from bot.db import session_scope
from bot.models import User
from bot.web import create_app
from tests.admin_world import version_of
from tests.chat import Conversation, answer_body
from tests.test_web_portal import csrf_token, login

pytestmark = pytest.mark.servers
QUESTION = "Can I bring my service dog to a ketamine infusion appointment?"
ANSWER_V1 = ("Many clinics welcome service animals, but rules differ, so ask before your first visit. "
             "During an IV session you will be resting in a chair for about an hour and staff need to "
             "reach you and the equipment easily. A calm dog that is used to medical settings usually "
             "causes no problem. Bring water for your dog and plan for someone to drive you both home.")
ANSWER_V2 = ANSWER_V1.replace("Many clinics welcome", "Most clinics we know of accept")


@pytest.fixture(scope="module")
def editor(servers):
    password = "a long password for the editor 42"
    with session_scope(servers.engine) as session:
        session.add(User(email="live.editor@example.org", password_hash=hash_password(password), role="editor"))
    settings = dataclasses.replace(load_settings(), ratelimit_storage_uri="memory://", web_cookie_secure=False)
    client = create_app(servers.engine, settings, testing=True).test_client()
    assert login(client, "live.editor@example.org", password).status_code == 303
    return client


def entry_form(token: str, answer: str, version: str | None = None) -> dict:
    form = {"csrf_token": token, "slug": "service-dogs-at-appointments", "topic": "treatment_process",
            "question": QUESTION, "phrasings": "Are service animals allowed during ketamine treatment?",
            "answer": answer, "sources-0-title": "Clinic intake guidance (test entry)", "sources-0-url": "",
            "reviewed_on": "2026-11-22", "save": "Save"}
    if version:
        form["version"] = version
    return form


def publish(editor, entry_path: str) -> None:
    page = editor.get(entry_path)
    response = editor.post(entry_path + "/status", data={"csrf_token": csrf_token(page), "status": "published",
                                                         "version": version_of(page)})
    assert response.status_code == 303


def test_a_published_change_answers_the_next_message(servers, editor) -> None:
    chat = Conversation(servers.rasa_url)
    assert not answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)

    created = editor.post("/admin/kb/new", data=entry_form(csrf_token(editor.get("/admin/kb/new")), ANSWER_V1))
    assert created.status_code == 303, created.get_data(as_text=True)[:500]
    entry_path = created.location.split("?")[0].replace("http://localhost", "")
    assert not answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)  # a draft never reaches visitors

    publish(editor, entry_path)
    assert answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)

    page = editor.get(entry_path)
    saved = editor.post(entry_path, data=entry_form(csrf_token(page), ANSWER_V2, version_of(page)))
    assert saved.status_code == 303
    assert answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V2)
