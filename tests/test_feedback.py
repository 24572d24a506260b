""" "Helpful? Yes / No" in the chat: visitors' words read plainly (a question, a refusal, a negative
verdict), and the feedback actions run with trackers built here against real SQLite and PostgreSQL: a
vote counts once for the answer shown, a reason is kept without contact details, and a question after
the prompt is answered, not stored. Staff views are in ``tests/test_feedback_staff.py``, the REST flow in
``tests/test_feedback_rest.py``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.engine import Engine

from actions.feedback import ActionAnswerFeedback, ActionFeedbackReason, feedback_buttons
from bot.db import session_scope
from bot.kb.feedback import looks_like_question, says_nothing, sounds_negative
from bot.kb.loader import load_knowledge_base
from bot.models import AnswerFeedback
from tests.admin_world import _secrets  # noqa: F401 - an autouse fixture
from tests.kb_samples import small_kb

CONTACT = "write to ann.lee@example.net or call (212) 555-0199"
# ---------------------------------------------------------------- reading visitors' words


@pytest.mark.parametrize(
    "message, question, nothing, negative",
    [
        ("It didn't say what insurance covers", False, False, True),
        ("too long and vague", False, False, True),
        ("how much does it cost in Canada?", True, False, False),
        ("does it work for OCD", True, False, False),
        ("no thanks", False, True, True),
        ("Nothing, that's all", False, True, False),
        ("this answer was helpful", False, False, False),
    ],
)
def test_visitor_words_are_read_plainly(message: str, question: bool, nothing: bool, negative: bool) -> None:
    assert (looks_like_question(message), says_nothing(message), sounds_negative(message)) == (
        question,
        nothing,
        negative,
    )


# ---------------------------------------------------------------- the actions, with trackers built here


def user(text: str, intent: str, entities: list | None = None) -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": entities or []},
    }


def answer(slug: str) -> dict[str, Any]:
    return {"event": "bot", "text": f"**{slug}**", "data": {"buttons": feedback_buttons(slug)}, "metadata": {}}


def bot(response: str) -> dict[str, Any]:
    return {"event": "bot", "text": "…", "data": {}, "metadata": {"utter_action": response}}


def vote(slug: str, helpful: bool) -> dict[str, Any]:
    payload = "/answer_feedback" + json.dumps({"faq_entry": slug, "helpful": helpful})
    return user(
        payload, "answer_feedback", [{"entity": "faq_entry", "value": slug}, {"entity": "helpful", "value": helpful}]
    )


def run(action, events: list[dict], slots: dict | None = None) -> tuple[list[dict], list]:
    latest = next(event for event in reversed(events) if event["event"] == "user")
    message = {"text": latest["text"], **latest["parse_data"]}
    tracker = Tracker("visitor", slots or {}, message, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, result


@pytest.fixture
def votes_db(engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Engine]:
    """The actions' database (each kind), with the small knowledge base for answers given in place."""
    from actions.faq import knowledge_service

    with session_scope(engine) as session:
        load_knowledge_base(session, small_kb(tmp_path / "kb"))
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    knowledge_service.cache_clear()
    yield engine
    knowledge_service.cache_clear()


def stored(engine: Engine) -> list[AnswerFeedback]:
    with session_scope(engine) as session:
        return list(session.execute(select(AnswerFeedback).order_by(AnswerFeedback.id)).scalars())


def test_yes_counts_once_for_the_answer_shown_with_the_question_that_led_to_it(votes_db: Engine) -> None:
    events = [
        user(f"what does it cost? {CONTACT}", "ask_question"),
        answer("cost-overview"),
        vote("cost-overview", True),
    ]
    messages, result = run(ActionAnswerFeedback(), events)
    assert [message["response"] for message in messages] == ["utter_feedback_thanks"]
    assert result == [SlotSet("feedback_id", None)]
    [row] = stored(votes_db)
    assert (row.entry_slug, row.helpful, row.reason) == ("cost-overview", True, None)
    assert row.question.startswith("what does it cost? write to [e-mail removed] or call [phone removed]")
    # A second click (or a replayed payload) is thanked but not counted; an entry never shown is not counted.
    again, _ = run(ActionAnswerFeedback(), events + [vote("cost-overview", False)])
    forged, _ = run(ActionAnswerFeedback(), events + [vote("risks-overview", False)])
    assert again[0]["response"] == "utter_feedback_thanks" and forged[0]["response"] == "utter_feedback_no_answer"
    assert len(stored(votes_db)) == 1


def test_no_asks_what_was_missing_and_keeps_the_reason_without_contact_details(votes_db: Engine) -> None:
    events = [user("how much is it", "ask_question"), answer("cost-overview"), vote("cost-overview", False)]
    messages, result = run(ActionAnswerFeedback(), events)
    [row] = stored(votes_db)
    assert messages == [] and result == [
        SlotSet("feedback_id", str(row.id)),
        FollowupAction("utter_ask_feedback_reason"),
    ]
    events += [bot("utter_ask_feedback_reason"), user(f"No prices for my city, {CONTACT}", "ask_question")]
    messages, result = run(ActionFeedbackReason(), events, {"feedback_id": str(row.id)})
    assert [message["response"] for message in messages] == ["utter_feedback_reason_thanks"]
    assert result == [SlotSet("feedback_id", None)]
    [row] = stored(votes_db)
    assert row.helpful is False and row.question == "how much is it"
    assert row.reason == "No prices for my city, write to [e-mail removed] or call [phone removed]"
    assert "ann.lee" not in row.reason and "0199" not in row.reason


@pytest.mark.parametrize(
    "message, intent, entities, reply",
    [
        ("is ketamine addictive?", "ask_question", [], "**Is ketamine addictive?**"),  # a question is answered
        (
            '/ask_question{"faq_entry": "risks-overview"}',
            "ask_question",  # a related-question button
            [{"entity": "faq_entry", "value": "risks-overview"}],
            "**What are the side effects of ketamine?**",
        ),
        ("no thanks", "deny", [], "utter_deny_ack"),  # declines: the reply its rule gives
        ("bye", "goodbye", [], "utter_goodbye"),
        ("nothing", "nlu_fallback", [], "utter_feedback_thanks"),
    ],
)
def test_after_the_prompt_a_question_or_a_refusal_is_not_a_reason(
    votes_db: Engine, message: str, intent: str, entities: list, reply: str
) -> None:
    events = [user("how much is it", "ask_question"), answer("cost-overview"), vote("cost-overview", False)]
    _, result = run(ActionAnswerFeedback(), events)
    feedback_id = result[0]["value"]
    events += [bot("utter_ask_feedback_reason"), user(message, intent, entities)]
    messages, result = run(ActionFeedbackReason(), events, {"feedback_id": feedback_id})
    [said] = messages
    assert (said.get("response") or said["text"]).startswith(reply)
    assert result[0] == SlotSet("feedback_id", None) and not any(event["event"] == "followup" for event in result)
    assert [row.reason for row in stored(votes_db)] == [None]


@pytest.mark.parametrize("offer", ["utter_did_you_mean", "utter_did_you_mean_one"])
def test_a_choice_from_did_you_mean_keeps_the_question_typed_before_it(votes_db: Engine, offer: str) -> None:
    events = [
        user("the nasal spray", "ask_question"),
        bot(offer),
        user('/ask_question{"faq_entry": "cost-overview"}', "ask_question"),
        answer("cost-overview"),
        user('/ask_question{"faq_entry": "risks-overview"}', "ask_question"),
        answer("risks-overview"),
        vote("cost-overview", True),
        vote("risks-overview", True),
    ]
    run(ActionAnswerFeedback(), events[:7])
    run(ActionAnswerFeedback(), events)
    assert [(row.entry_slug, row.question) for row in stored(votes_db)] == [
        ("cost-overview", "the nasal spray"),
        ("risks-overview", None),
    ]  # a related-question button: no words


def test_a_typed_verdict_counts_for_the_latest_answer_and_a_typed_question_is_answered(votes_db: Engine) -> None:
    events = [
        user("is it addictive", "ask_question"),
        answer("risks-addiction"),
        user("that answer didn't help", "answer_feedback"),
    ]
    _, result = run(ActionAnswerFeedback(), events)
    assert result[-1] == FollowupAction("utter_ask_feedback_reason")
    assert [(row.entry_slug, row.helpful) for row in stored(votes_db)] == [("risks-addiction", False)]
    messages, _ = run(ActionAnswerFeedback(), events[:2] + [user("is ketamine addictive?", "answer_feedback")])
    assert [message["text"].split("\n")[0] for message in messages] == ["**Is ketamine addictive?**"]  # answered
    assert len(stored(votes_db)) == 1
