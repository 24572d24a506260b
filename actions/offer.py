"""``action_reply_to_offer``: "yes" or "no" typed after a "did you mean".

"Did you mean this?" is a yes-or-no question, and many visitors type the answer instead of
tapping a button. "Yes" after one entry offered answers it, as the button would; "no" after
any offer is "Something else" (the question is kept for staff, the visitor asked to rephrase).
"Yes" after several entries asks which one, and "yes, the second one" answers that one
(``actions.faq.answer_picked_by_place``). Anywhere else "yes" and "no" get the usual short
acknowledgement (the replies data/rules.yml gave them before this action).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.faq import (
    LAST_ENTRY,
    PENDING,
    ActionAnswerFaq,
    answer_picked_by_place,
    context_of,
    knowledge_service,
    last_bot_response,
    say_answer,
)
from actions.feedback import (
    AFFIRM_INTENT,
    DENY_INTENT,
    DID_YOU_MEAN_ONE,
    DID_YOU_MEAN_SEVERAL,
    USUAL_RESPONSE,
    WHICH_ONE,
)

log = logging.getLogger(__name__)


def offer_just_made(tracker: Tracker) -> str | None:
    """The "did you mean" reply the visitor is answering (its response name), or None when the
    bot's last message before the visitor's latest was anything else."""
    response = last_bot_response(tracker)
    return response if response in (DID_YOU_MEAN_ONE, DID_YOU_MEAN_SEVERAL) else None


class ActionReplyToOffer(Action):
    def name(self) -> str:
        return "action_reply_to_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        picked = await answer_picked_by_place(dispatcher, tracker)  # "yes, the second one"
        if picked is not None:
            return picked
        offer = offer_just_made(tracker) if tracker.get_slot(PENDING) else None
        if offer is None or intent not in (AFFIRM_INTENT, DENY_INTENT):
            if intent in USUAL_RESPONSE:
                dispatcher.utter_message(response=USUAL_RESPONSE[intent])
            return []
        service = knowledge_service()
        try:
            if intent == DENY_INTENT:
                return await ActionAnswerFaq.something_else(dispatcher, tracker, service)
            if offer == DID_YOU_MEAN_SEVERAL:
                dispatcher.utter_message(response=WHICH_ONE)
                return []
            # One entry offered: the first entry offered is the slot a follow-up leans on.
            reply = await asyncio.to_thread(service.respond, "", context_of(tracker), tracker.get_slot(LAST_ENTRY))
        except SQLAlchemyError:
            log.exception("knowledge base unavailable")
            dispatcher.utter_message(response="utter_knowledge_unavailable")
            return []
        if reply.answer is None:  # the entry was unpublished since it was offered
            dispatcher.utter_message(response="utter_ask_another_way")
            return []
        return say_answer(dispatcher, tracker, service, reply.answer, reply.context)
