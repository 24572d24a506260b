"""``action_answer_faq``: answer a knowledge question from the published knowledge base."""
from __future__ import annotations

import asyncio
import json
import logging
from functools import lru_cache
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.background import in_background
from bot.config import load_settings
from bot.db import get_engine
from bot.kb.presentation import render_answer
from bot.kb.service import KnowledgeService
from bot.kb.topics import intent_for_topic, topic_for_intent
from bot.stats import record_question

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def knowledge_service() -> KnowledgeService:
    settings = load_settings()
    return KnowledgeService(get_engine(settings.database_url), settings.answer_threshold,
                            settings.fallback_answer_threshold)


def entry_button(slug: str, topic: str, question: str) -> dict[str, str]:
    """A button that asks for one entry directly."""
    payload = f"/{intent_for_topic(topic)}{json.dumps({'faq_entry': slug})}"
    return {"title": question, "payload": payload}


def requested_entry(tracker: Tracker) -> Optional[str]:
    return next((entity.get("value") for entity in tracker.latest_message.get("entities", [])
                 if entity.get("entity") == "faq_entry"), None)


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        message = tracker.latest_message
        intent = message.get("intent") or {}
        text = message.get("text") or ""
        if text.startswith("/"):  # a button payload carries no words of the visitor's
            text = ""
        text = text[:load_settings().max_message_chars]
        topic = topic_for_intent(intent.get("name"))
        confidence = float(intent.get("confidence") or 0.0)
        service = knowledge_service()
        try:
            answer = await asyncio.to_thread(service.answer, text, topic, confidence,
                                             requested_entry(tracker))
            if answer is None:
                await asyncio.to_thread(service.log_unanswered, text, confidence, intent.get("name"))
        except SQLAlchemyError:
            log.exception("knowledge base unavailable")
            dispatcher.utter_message(response="utter_knowledge_unavailable")
            return []
        if answer is None:
            dispatcher.utter_message(response="utter_rephrase")
            return []
        in_background(record_question, service.engine, answer.entry.topic)
        dispatcher.utter_message(
            text=render_answer(answer),
            buttons=[entry_button(related.slug, related.topic, related.question) for related in answer.related],
        )
        return []
