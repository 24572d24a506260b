"""A change published in the staff admin is what the very next chat message uses, over HTTP.

The admin runs in-process (Flask's test client) on the same database as the real Rasa
server and action server: no retraining, no restart in between. An editor writes and
changes the entry; a reviewer publishes it, and until then visitors see no change.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.auth import hash_password
from bot.config import load_settings
from bot.db import session_scope
from bot.models import User
from tests.admin_world import version_of
from tests.chat import Conversation, answer_body
from tests.web_helpers import csrf_token, login
from web import create_app

pytestmark = pytest.mark.servers
QUESTION = "Can I bring my service dog to a ketamine infusion appointment?"
ANSWER_V1 = (
    "Many clinics welcome service animals, but rules differ, so ask before your first visit. "
    "During an IV session you will be resting in a chair for about an hour and staff need to "
    "reach you and the equipment easily. A calm dog that is used to medical settings usually "
    "causes no problem. Bring water for your dog and plan for someone to drive you both home."
)
ANSWER_V2 = ANSWER_V1.replace("Many clinics welcome", "Most clinics we know of accept")


def _client(servers, email: str, role: str):
    password = f"a long password for the {role} 42"
    with session_scope(servers.engine) as session:
        session.add(User(email=email, password_hash=hash_password(password), role=role))
    settings = dataclasses.replace(load_settings(), ratelimit_storage_uri="memory://", web_cookie_secure=False)
    client = create_app(servers.engine, settings, testing=True).test_client()
    assert login(client, email, password).status_code == 303
    return client


@pytest.fixture(scope="module")
def editor(servers):
    return _client(servers, "live.editor@example.org", "editor")


@pytest.fixture(scope="module")
def reviewer(servers):
    return _client(servers, "live.reviewer@example.org", "reviewer")


def entry_form(token: str, answer: str, version: str | None = None) -> dict:
    form = {
        "csrf_token": token,
        "slug": "service-dogs-at-appointments",
        "topic": "treatment_process",
        "question": QUESTION,
        "phrasings": "Are service animals allowed during ketamine treatment?",
        "answer": answer,
        "sources-0-title": "CDC: service animals (test entry)",
        "sources-0-url": "https://www.cdc.gov/healthy-pets/about/service-animals.html",
        "save": "Save",
    }
    if version:
        form["version"] = version
    return form


def publish(reviewer, entry_path: str) -> None:
    page = reviewer.get(entry_path + "/publish")
    response = reviewer.post(
        entry_path + "/publish",
        data={
            "csrf_token": csrf_token(page),
            "version": version_of(page),
            "reviewed_by": "Medical reviewer, MD",
            "confirm": "y",
        },
    )
    assert response.status_code == 303


def test_a_published_change_answers_the_next_message(servers, editor, reviewer) -> None:
    chat = Conversation(servers.rasa_url)
    assert not answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)

    created = editor.post("/admin/kb/new", data=entry_form(csrf_token(editor.get("/admin/kb/new")), ANSWER_V1))
    assert created.status_code == 303, created.get_data(as_text=True)[:500]
    entry_path = created.location.split("?")[0].replace("http://localhost", "")
    assert not answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)  # a draft never reaches visitors

    publish(reviewer, entry_path)
    assert answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)

    page = editor.get(entry_path)
    saved = editor.post(entry_path, data=entry_form(csrf_token(page), ANSWER_V2, version_of(page)))
    assert saved.status_code == 303
    assert answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V1)  # the change waits for review
    publish(reviewer, entry_path)
    assert answer_body(chat.say(QUESTION)[0]["text"]).startswith(ANSWER_V2)
