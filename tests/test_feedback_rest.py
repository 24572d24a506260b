""" "Helpful? Yes / No" through the REST channel against the real Rasa and action servers: a "No" with a
reason is stored without contact details, a "Yes" is thanked, a question after "No" is answered and not
stored, and a crisis message after "No" gets crisis resources.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.models import AnswerFeedback, ChatEvent
from tests.admin_world import _secrets  # noqa: F401 - an autouse fixture
from tests.chat import Conversation, heading, texts

# ---------------------------------------------------------------- over the REST channel, real servers


def rows_for(engine: Engine, slug: str) -> list[AnswerFeedback]:
    with session_scope(engine) as session:
        return list(
            session.execute(
                select(AnswerFeedback).where(AnswerFeedback.entry_slug == slug).order_by(AnswerFeedback.id)
            ).scalars()
        )


def answered(replies: list[dict]) -> tuple[str, dict, dict]:
    """The answer's entry slug and its Yes / No buttons (which every answer carries)."""
    assert len(replies) == 1 and heading(replies[0]["text"]), replies
    *_, yes, no = replies[0]["buttons"]
    assert (yes["title"], no["title"]) == ("Yes, helpful", "No, not helpful")
    slug = json.loads(yes["payload"].split("answer_feedback", 1)[1])["faq_entry"]
    return slug, yes, no


@pytest.mark.servers
def test_rest_no_with_a_reason_is_stored_without_contact_details(servers) -> None:
    chat = Conversation(servers.rasa_url)
    question = "what would one ketamine infusion cost me"
    slug, _, no = answered(chat.say(question))
    before = len(rows_for(servers.engine, slug))
    [prompt] = chat.say(no["payload"])
    assert prompt["text"].startswith("Thanks for telling us. What was missing?")
    assert "contact details" in prompt["text"]
    [thanks] = chat.say("It didn't say whether insurance pays. Call me at 404-555-0123 or jo.doe@example.org")
    assert thanks["text"].startswith("Thank you, that helps us improve this answer")
    *_, row = rows_for(servers.engine, slug)
    assert len(rows_for(servers.engine, slug)) == before + 1 and row.helpful is False
    assert row.reason == "It didn't say whether insurance pays. Call me at [phone removed] or [e-mail removed]"
    assert row.question == question  # what led to the answer (scrubbed like the reason: see the unit tests)
    # The vote counted once; the next message is an ordinary question again.
    assert chat.say(no["payload"])[0]["text"] == "Thanks for letting us know."
    assert heading(texts(chat.say("is ketamine addictive")))
    assert len(rows_for(servers.engine, slug)) == before + 1
    with session_scope(servers.engine) as session:
        shown = session.execute(select(ChatEvent).where(ChatEvent.entry_slug == slug)).scalars().all()
    assert shown  # "times shown"


@pytest.mark.servers
def test_rest_yes_is_thanked_and_a_question_after_no_is_answered_not_stored(servers) -> None:
    chat = Conversation(servers.rasa_url)
    slug, yes, _ = answered(chat.say("could regular ketamine treatments wreck my bladder"))
    assert chat.say(yes["payload"])[0]["text"] == "Thanks for letting us know."
    assert rows_for(servers.engine, slug)[-1].helpful is True
    second, _, no = answered(chat.say("is ketamine addictive"))
    chat.say(no["payload"])
    [reply] = chat.say("how long does a ketamine infusion take?")  # one reply: no fallback after it
    assert heading(reply["text"])  # answered as a question
    [bye] = chat.say("thanks")
    assert bye["text"].startswith("You're welcome")
    assert rows_for(servers.engine, second)[-1].reason is None


@pytest.mark.servers
def test_rest_a_crisis_message_after_no_gets_crisis_resources_and_is_not_stored(servers) -> None:
    chat = Conversation(servers.rasa_url)
    slug, _, no = answered(chat.say("does ketamine help treatment resistant depression"))
    chat.say(no["payload"])
    [crisis] = chat.say("honestly nothing helps, i want to end my life")
    first = crisis["text"]
    assert "988" in first and "911" in first and first.index("988") < first.index("911")
    assert rows_for(servers.engine, slug)[-1].reason is None
    # The wait for a reason is over: the next free text is answered or handled, never stored.
    chat.say("it didn't mention side effects")
    assert rows_for(servers.engine, slug)[-1].reason is None
