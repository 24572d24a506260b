"""``action_answer_faq``: answer a question from the published knowledge base, offer a short
"did you mean" list, or say honestly that there is no reviewed answer yet; and
``action_answer_after_crisis``: the answer that may follow the crisis resources, or the offer
to answer a question the classifier alone took for a crisis once the visitor says they are safe.

The choice itself is made by the core (:class:`bot.kb.service.KnowledgeService`); this
action only reads the message and the conversation's context slots and writes the reply.
Every answer carries the related-question buttons and "Helpful? Yes / No" (actions/feedback.py),
and counts one showing of its entry.
"""

from __future__ import annotations

import asyncio
import json
import logging
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.background import in_background
from actions.feedback import DID_YOU_MEAN_ONE, DID_YOU_MEAN_SEVERAL, WHICH_ONE, feedback_buttons
from actions.slots import slot_changes
from bot.config import load_settings
from bot.db import get_engine
from bot.kb.embedding import MESSAGE_VECTOR
from bot.kb.follow_ups import Context
from bot.kb.presentation import render_answer
from bot.kb.service import Answer, EntryView, KnowledgeService, Reply
from bot.safety import CHECK_IN, mentions_crisis
from bot.stats import record_gap_asked, record_question

log = logging.getLogger(__name__)

QUESTION_INTENT = "ask_question"
SOMETHING_ELSE_INTENT = "something_else"
OUT_OF_SCOPE_INTENT = "out_of_scope"
#: The button under the crisis resources: "I'm safe, answer my question".
ANSWER_MY_QUESTION_INTENT = "answer_my_question"
#: Slots that carry the conversation's context from one question to the next.
LAST_ENTRY, CONDITION, ROUTE, PENDING = "faq_last_entry", "faq_condition", "faq_route", "faq_pending_question"
OFFERED = "faq_offered"


@lru_cache(maxsize=1)
def knowledge_service() -> KnowledgeService:
    return KnowledgeService(get_engine(load_settings().database_url))


def entry_button(entry: EntryView) -> dict[str, str]:
    """A button that asks for one entry directly."""
    return {"title": entry.question, "payload": f"/{QUESTION_INTENT}{json.dumps({'faq_entry': entry.slug})}"}


def entity(tracker: Tracker, name: str) -> str | None:
    return next(
        (found.get("value") for found in tracker.latest_message.get("entities", []) if found.get("entity") == name),
        None,
    )


def before_latest_message(tracker: Tracker) -> list[dict[str, Any]]:
    """The conversation's events before the visitor's latest message."""
    events = tracker.events or []
    latest = max((index for index, event in enumerate(events) if event.get("event") == "user"), default=0)
    return events[:latest]


def last_bot_response(tracker: Tracker) -> str | None:
    """The response name of the bot's last message before the visitor's latest one (None for a
    message without one)."""
    for event in reversed(before_latest_message(tracker)):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None


def context_of(tracker: Tracker) -> Context:
    """The conversation's context; the entries a "did you mean" offered only while its choices are
    open (the bot's last message offered them or asked which one), never after another flow."""
    open_choices = last_bot_response(tracker) in (DID_YOU_MEAN_SEVERAL, DID_YOU_MEAN_ONE, WHICH_ONE)
    offered = tuple(tracker.get_slot(OFFERED) or ()) if open_choices else ()
    return Context(tracker.get_slot(LAST_ENTRY), tracker.get_slot(CONDITION), tracker.get_slot(ROUTE), offered)


def context_events(tracker: Tracker, context: Context, pending: str | None = None) -> list[dict[str, Any]]:
    return slot_changes(
        tracker,
        {
            LAST_ENTRY: context.last_entry,
            CONDITION: context.condition,
            ROUTE: context.route,
            OFFERED: list(context.offered) or None,
            PENDING: pending,
        },
    )


def words_of(text: str) -> str:
    """A message's words, cut to the length limit; "" for a button payload, which carries no words
    of the visitor's."""
    return "" if text.startswith("/") else text[: load_settings().max_message_chars]


def visitor_words(tracker: Tracker) -> str:
    """The visitor's latest message (:func:`words_of`)."""
    return words_of(tracker.latest_message.get("text") or "")


def question_before_crisis(tracker: Tracker) -> str:
    """The visitor's message just before the latest one, when the crisis resources answered it and it
    holds no crisis language (the classifier alone read it as a crisis); "" otherwise, for a button
    tapped later in the conversation or typed after words of crisis."""
    said = [event for event in reversed(tracker.events) if event.get("event") == "user"]
    if len(said) < 2 or ((said[1].get("parse_data") or {}).get("intent") or {}).get("name") != "crisis":
        return ""
    text = said[1].get("text") or ""
    return "" if mentions_crisis(text) else words_of(text)


def message_vector(tracker: Tracker, text: str) -> object:
    """The sentence vector the Rasa server's parse carries for the latest message, when ``text``
    is the very message it encoded (not cut to the length limit); None otherwise."""
    message = tracker.latest_message
    return message.get(MESSAGE_VECTOR) if text and message.get("text") == text else None


def say_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker, service: KnowledgeService, answer: Answer, context: Context
) -> list[dict[str, Any]]:
    """An entry as the answer, with its related questions and "Helpful?"; one showing counted."""
    entry = answer.entry
    in_background(record_question, service.engine, entry.topic, entry.slug)
    dispatcher.utter_message(
        text=render_answer(answer),
        buttons=[entry_button(related) for related in answer.related] + feedback_buttons(entry.slug),
    )
    return context_events(tracker, context)


async def answer_picked_by_place(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]] | None:
    """The offered entry a reply to a "did you mean" picks by its place ("the second one", "#2"),
    answered, whatever the classifier made of those words (they read like choosing a clinic, giving a
    place or refusing the choices); None for any other message, or with the database down."""
    context = context_of(tracker)
    if not context.offered:
        return None
    service = knowledge_service()
    try:
        reply = await asyncio.to_thread(service.picked_by_place, visitor_words(tracker), context)
    except SQLAlchemyError:
        log.exception("knowledge base unavailable")
        return None
    if reply is None or reply.answer is None:
        return None
    return say_answer(dispatcher, tracker, service, reply.answer, reply.context)


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message
        intent = (message.get("intent") or {}).get("name")
        confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
        if intent == ANSWER_MY_QUESTION_INTENT:
            text = question_before_crisis(tracker)
            if not text:
                dispatcher.utter_message(response="utter_ask_another_way")
                return []
        else:
            text = visitor_words(tracker)
        service = knowledge_service()
        if message.get(CHECK_IN):
            # Some crisis weight, short of the crisis response: 988 first, whatever the answer.
            dispatcher.utter_message(response="utter_crisis_check_in")
        try:
            # "None of these" refuses the entries just offered; with none offered, words the
            # classifier read as "something else" ("is it a one and done thing or not") are a question.
            if intent == SOMETHING_ELSE_INTENT and tracker.get_slot(PENDING):
                # "The top one" reads like "none of these" to the classifier.
                picked = await answer_picked_by_place(dispatcher, tracker)
                return picked if picked is not None else await self.something_else(dispatcher, tracker, service)
            context = context_of(tracker)
            reply = await asyncio.to_thread(
                service.respond,
                text,
                context,
                entity(tracker, "faq_entry"),
                entity(tracker, "faq_topic"),
                message_vector(tracker, text),
            )
            for_staff = reply.answer is None and not reply.choices and not reply.not_covered
            if for_staff and intent not in (OUT_OF_SCOPE_INTENT, SOMETHING_ELSE_INTENT) and text.strip():
                await asyncio.to_thread(service.log_unanswered, text, confidence, intent)
        except SQLAlchemyError:
            log.exception("knowledge base unavailable")
            dispatcher.utter_message(response="utter_knowledge_unavailable")
            return []
        return self._say(dispatcher, tracker, service, reply, text, intent, context.offered)

    @staticmethod
    def _say(
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        service: KnowledgeService,
        reply: Reply,
        text: str,
        intent: str | None,
        open_choices: tuple[str, ...],
    ) -> list[dict[str, Any]]:
        """``open_choices``: the entries a "did you mean" had offered when the visitor wrote ``text``."""
        if reply.answer is not None:
            return say_answer(dispatcher, tracker, service, reply.answer, reply.context)
        if intent == OUT_OF_SCOPE_INTENT:
            dispatcher.utter_message(response="utter_out_of_scope")
            return context_events(tracker, reply.context)
        if intent == SOMETHING_ELSE_INTENT:
            # "None of these" with nothing offered: only an entry that answers outright overrides the
            # classifier; no choices, and no question to pass on.
            dispatcher.utter_message(response="utter_ask_another_way")
            return context_events(tracker, reply.context)
        if len(reply.choices) > 1 and tuple(choice.slug for choice in reply.choices) == open_choices:
            # The same choices again ("that one" after several): ask which, keeping the question asked.
            dispatcher.utter_message(response=WHICH_ONE)
            return []
        if reply.choices:
            dispatcher.utter_message(
                response=DID_YOU_MEAN_ONE if len(reply.choices) == 1 else DID_YOU_MEAN_SEVERAL,
                buttons=[entry_button(choice) for choice in reply.choices]
                + [{"title": "Something else", "payload": f"/{SOMETHING_ELSE_INTENT}"}],
            )
            return context_events(tracker, reply.context, pending=text or None)
        # Logged for staff unless they marked the question as not covered (then nothing is passed
        # on: the question they marked only counts one more visitor who asked it).
        if reply.gap is not None:
            in_background(record_gap_asked, service.engine, reply.gap)
        dispatcher.utter_message(response="utter_not_covered" if reply.not_covered else "utter_no_reviewed_answer")
        return context_events(tracker, reply.context)

    @staticmethod
    async def something_else(
        dispatcher: CollectingDispatcher, tracker: Tracker, service: KnowledgeService
    ) -> list[dict[str, Any]]:
        """None of the offered entries: keep the question for staff and ask to rephrase. The first
        entry offered is no longer what a follow-up leans on: the visitor said it is not theirs."""
        await asyncio.to_thread(service.log_unanswered, tracker.get_slot(PENDING), 0.0, SOMETHING_ELSE_INTENT)
        dispatcher.utter_message(response="utter_something_else")
        return slot_changes(tracker, {PENDING: None, LAST_ENTRY: None, OFFERED: None})


class ActionAnswerAfterCrisis(Action):
    """After the crisis resources, which Rasa sends itself (with this server down too): the answer
    to a question the classifier read as a crisis although it holds no crisis language ("how soon
    would I notice anything"), when one entry answers it outright; when entries only come close,
    the offer to answer it for a visitor who is safe. A message the safety patterns flag gets the
    crisis resources alone unless that entry is itself about suicide (a question about research on
    suicidal thoughts), and so does one no entry comes close to: never choices or "not sure" after them."""

    def name(self) -> str:
        return "action_answer_after_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = visitor_words(tracker)
        if not text.strip():
            return []
        service = knowledge_service()
        try:
            reply = await asyncio.to_thread(
                service.answer_after_crisis, text, context_of(tracker), message_vector(tracker, text)
            )
        except SQLAlchemyError:
            log.exception("knowledge base unavailable after a crisis reply")
            return []
        if reply is None:
            return []
        if reply.answer is None:
            # Entries come close, but choices under the resources would read as if the crisis were not
            # heard: a visitor who is safe can ask for the answer (ActionAnswerFaq, answer_my_question).
            dispatcher.utter_message(response="utter_offer_answer_after_crisis")
            return []
        return say_answer(dispatcher, tracker, service, reply.answer, reply.context)
