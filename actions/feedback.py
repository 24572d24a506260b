"""``action_answer_feedback``: the "Helpful? Yes / No" under every answer, and the optional
"What was missing?" after a "No".

Every answer carries two buttons whose payloads name the entry and the verdict
(``/answer_feedback{"faq_entry": "<slug>", "helpful": true}``); a visitor on a channel
without buttons may type "not helpful" instead, which counts for the latest answer. A vote
counts only for an answer this conversation was shown, once per showing (a double click or
a replayed payload is thanked but not counted again). What is stored is the verdict, the
entry and the visitor's question that led to the answer, scrubbed of e-mail addresses and
phone numbers (:mod:`bot.kb.feedback`); never the sender id.

After a "No", ``utter_ask_feedback_reason`` asks what was missing (run as a follow-up
action, so a rule can start from it) and the vote's id waits in the slot ``feedback_id``.
Rules (data/rules.yml) send the very next message to ``action_feedback_reason`` when it is
free text; a crisis message, a clinic search or a vote follow their own rules. That action
keeps the text as the reason unless it is a question of its own or declines ("no thanks",
"bye"): then it replies exactly as the usual rule would (the same domain response, or the
answer from ``action_answer_faq`` run in place), so nothing after that one message is ever
taken for a reason. Only the prompt is a follow-up action: a rule predicts what comes after
it, whereas after a follow-up ``action_answer_faq`` no rule would, and Rasa would fall back.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.config import load_settings
from bot.db import get_engine
from bot.kb.feedback import looks_like_question, save_reason, save_vote, says_nothing, sounds_negative

log = logging.getLogger(__name__)

FEEDBACK_INTENT = "answer_feedback"
AFFIRM_INTENT, DENY_INTENT = "affirm", "deny"
FEEDBACK_ID = "feedback_id"  # slot: the "No" vote waiting for its reason
REASON_PROMPT = "utter_ask_feedback_reason"
#: The "did you mean" replies: several entries offered, or one; and "Which one?" after "yes" to several.
DID_YOU_MEAN_SEVERAL, DID_YOU_MEAN_ONE = "utter_did_you_mean", "utter_did_you_mean_one"
WHICH_ONE = "utter_which_one"
# Button titles: clear on their own in any client; the widget shows them as "Helpful? Yes / No".
YES_TITLE, NO_TITLE = "Yes, helpful", "No, not helpful"
#: The reply data/rules.yml gives these intents, for a message right after the prompt that is no reason.
USUAL_RESPONSE = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thank": "utter_you_are_welcome",
    AFFIRM_INTENT: "utter_affirm_ack",
    DENY_INTENT: "utter_deny_ack",
    "bot_challenge": "utter_iamabot",
}

Event = dict[str, Any]


def feedback_buttons(slug: str) -> list[dict[str, str]]:
    """The Yes / No buttons under the answer from entry ``slug``."""
    return [
        {"title": title, "payload": f"/{FEEDBACK_INTENT}{json.dumps({'faq_entry': slug, 'helpful': helpful})}"}
        for title, helpful in ((YES_TITLE, True), (NO_TITLE, False))
    ]


def _payload_slug(payload: Any) -> str | None:
    prefix = f"/{FEEDBACK_INTENT}"
    if not isinstance(payload, str) or not payload.startswith(prefix + "{"):
        return None
    try:
        slug = json.loads(payload[len(prefix) :]).get("faq_entry")
    except (ValueError, AttributeError):
        return None
    return slug if isinstance(slug, str) else None


def answered_slug(event: Event) -> str | None:
    """The entry a bot event answered with (it carries that entry's feedback buttons), or None."""
    if event.get("event") != "bot":
        return None
    buttons = (event.get("data") or {}).get("buttons") or []
    return next(
        (
            slug
            for slug in (_payload_slug(button.get("payload")) for button in buttons if isinstance(button, dict))
            if slug
        ),
        None,
    )


def _entity(event: Event, name: str) -> Any:
    entities = (event.get("parse_data") or {}).get("entities") or []
    return next((found.get("value") for found in entities if found.get("entity") == name), None)


def _intent(event: Event) -> str | None:
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name")


def _last_user(events: list[Event]) -> int:
    return next((index for index in range(len(events) - 1, -1, -1) if events[index].get("event") == "user"), -1)


def _helpful(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "yes", "false", "no"):
        return value.lower() in ("true", "yes")
    return None


def latest_answer(events: list[Event], before: int, slug: str | None = None) -> tuple[int | None, str | None]:
    """(index, slug) of the latest answer before ``before`` (of entry ``slug`` if given)."""
    for index in range(before - 1, -1, -1):
        shown = answered_slug(events[index])
        if shown and (slug is None or shown == slug):
            return index, shown
    return None, None


def already_voted(events: list[Event], answer_index: int, slug: str, current: int) -> bool:
    """Whether a vote on this showing of ``slug`` came between it and the current message."""
    latest: str | None = slug
    for event in events[answer_index + 1 : current]:
        latest = answered_slug(event) or latest
        if event.get("event") == "user" and _intent(event) == FEEDBACK_INTENT:
            if (_entity(event, "faq_entry") or latest) == slug:
                return True
    return False


def question_for(events: list[Event], answer_index: int) -> str | None:
    """What the visitor wrote that led to the answer: the message before it, or, for a choice
    from a "did you mean" list (a button, or "yes" typed: actions/offer.py), the message that
    list was offered for. None for a button."""
    chose = False  # the answer followed a button; was it a choice from a "did you mean" list?
    for event in reversed(events[:answer_index]):
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            return None
        if kind == "bot" and chose:
            if (event.get("metadata") or {}).get("utter_action") not in (DID_YOU_MEAN_SEVERAL, DID_YOU_MEAN_ONE):
                return None
            chose = False
        elif kind == "user":
            text = (event.get("text") or "").strip()
            if chose or not text:
                return None
            if not text.startswith("/") and _intent(event) != AFFIRM_INTENT:
                return text
            chose = True
    return None


def engine() -> Engine:
    return get_engine(load_settings().database_url)


def _message_entity(tracker: Tracker, name: str) -> Any:
    return next(
        (found.get("value") for found in tracker.latest_message.get("entities", []) if found.get("entity") == name),
        None,
    )


async def reply_as_usual(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any], intent: str | None
) -> list[dict[str, Any]]:
    """What the message would have got without the feedback: its intent's response, or an answer."""
    if intent in USUAL_RESPONSE:
        dispatcher.utter_message(response=USUAL_RESPONSE[intent])
        return []
    from actions.faq import ActionAnswerFaq  # here: actions.faq imports this module

    return await ActionAnswerFaq().run(dispatcher, tracker, domain)


class ActionAnswerFeedback(Action):
    def name(self) -> str:
        return "action_answer_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        events = tracker.events
        current = _last_user(events)
        text = (tracker.latest_message.get("text") or "").strip()
        slug, helpful = _message_entity(tracker, "faq_entry"), _helpful(_message_entity(tracker, "helpful"))
        if slug is None or helpful is None:  # typed, not a button
            if text and not text.startswith("/") and looks_like_question(text):  # "is it helpful for PTSD?"
                return await reply_as_usual(dispatcher, tracker, domain, None)
            slug, helpful = None, not sounds_negative(text)
        index, slug = latest_answer(events, current, slug)
        if index is None or slug is None:
            dispatcher.utter_message(response="utter_feedback_no_answer")
            return []
        if already_voted(events, index, slug, current):
            dispatcher.utter_message(response="utter_feedback_thanks")
            return []
        try:
            feedback_id = await asyncio.to_thread(save_vote, engine(), slug, helpful, question_for(events, index))
        except SQLAlchemyError:
            log.exception("could not store answer feedback")
            dispatcher.utter_message(response="utter_feedback_thanks")
            return [SlotSet(FEEDBACK_ID, None)]
        if helpful:
            dispatcher.utter_message(response="utter_feedback_thanks")
            return [SlotSet(FEEDBACK_ID, None)]
        return [SlotSet(FEEDBACK_ID, str(feedback_id)), FollowupAction(REASON_PROMPT)]


class ActionFeedbackReason(Action):
    """The message right after "What was missing?": the reason for that "No", or a new turn."""

    def name(self) -> str:
        return "action_feedback_reason"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        text = (tracker.latest_message.get("text") or "").strip()
        done = [SlotSet(FEEDBACK_ID, None)]
        if not text or text.startswith("/") or looks_like_question(text):
            return done + await reply_as_usual(dispatcher, tracker, domain, intent)
        if says_nothing(text):
            dispatcher.utter_message(response=USUAL_RESPONSE.get(intent or "", "utter_feedback_thanks"))
            return done
        feedback_id = tracker.get_slot(FEEDBACK_ID)
        if feedback_id and str(feedback_id).isdigit():
            try:
                await asyncio.to_thread(save_reason, engine(), int(feedback_id), text)
            except SQLAlchemyError:
                log.exception("could not store a feedback reason")
        dispatcher.utter_message(response="utter_feedback_reason_thanks")
        return done
