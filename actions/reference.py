"""``action_email_reference``: e-mail visitors the reference of the request they just sent.

Only the reference of a request sent in this conversation (the ``inquiry_reference`` slot,
set by ``action_submit_inquiry`` alone), only to the e-mail address saved, encrypted, with
that request (given with the visitor's consent), and only once per request. The chat shows
the address masked; no address is held in the conversation.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.config import load_settings
from bot.db import get_engine
from bot.inquiries.reference_mail import Outcome, can_send, email_reference

log = logging.getLogger(__name__)

REFERENCE_SLOT = "inquiry_reference"
EMAILED_SLOT = "inquiry_reference_emailed"
EMAIL_REFERENCE_PAYLOAD = "/email_reference"


def email_reference_buttons(contact_kind: str) -> list[dict[str, str]]:
    """The "E-mail me this reference" button, offered when the visitor gave an e-mail address and
    this deployment can send e-mail."""
    if contact_kind != "email" or not can_send(load_settings()):
        return []
    return [{"title": "E-mail me this reference", "payload": EMAIL_REFERENCE_PAYLOAD}]


class ActionEmailReference(Action):
    def name(self) -> str:
        return "action_email_reference"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        reference = tracker.get_slot(REFERENCE_SLOT)
        if not reference:
            dispatcher.utter_message(response="utter_no_reference_to_email")
            return []
        if tracker.get_slot(EMAILED_SLOT) == reference:
            dispatcher.utter_message(response="utter_reference_already_emailed")  # fills in the reference slot
            return []
        settings = load_settings()
        try:
            result = await asyncio.to_thread(email_reference, get_engine(settings.database_url), reference, settings)
        except Exception:  # noqa: BLE001 - the database is unreachable: the visitor still has the reference
            log.exception("could not look up inquiry %s to e-mail its reference", reference)
            result = None
        if result is not None and result.outcome is Outcome.SENT:
            dispatcher.utter_message(
                text=f"Done: I've e-mailed your reference **{reference}** to "
                f"{result.masked}. It can take a few minutes to arrive."
            )
            return [SlotSet(EMAILED_SLOT, reference)]
        if result is not None and result.outcome is Outcome.NO_EMAIL:
            dispatcher.utter_message(response="utter_reference_no_email")
            return []
        dispatcher.utter_message(response="utter_reference_email_unavailable")
        return []
