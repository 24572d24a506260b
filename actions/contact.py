"""The contact request: choose the clinic, fill the form, confirm, save, and say what happens next."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.faq import answer_picked_by_place, visitor_words
from actions.reference import REFERENCE_SLOT, email_reference_buttons
from bot.config import load_settings
from bot.db import get_engine, session_scope
from bot.directory.presentation import phone_link
from bot.inquiries.clinic_choice import chosen_ref, clinic_names, listed_clinic
from bot.inquiries.contact import InvalidContact, mask_contact, parse_contact
from bot.inquiries.form_text import (
    first_name,
    is_bare_yes,
    is_only_punctuation,
    is_skip,
    wants_to_stop,
    yes_or_no,
)
from bot.inquiries.service import NewInquiry, save_inquiry
from bot.safety import mentions_crisis

log = logging.getLogger(__name__)

FORM_SLOTS = [
    "contact_first_name",
    "contact_detail",
    "contact_time",
    "contact_note",
    "contact_consent",
    "contact_confirmed",
]
OTHER_SLOTS = [
    "contact_kind",
    "contact_cancelled",
    "contact_clinic_ref",
    "contact_clinic_name",
    "contact_clinic_phone",
    "contact_source",
]
NONE = "none"


def _entity(tracker: Tracker, name: str) -> str | None:
    return next(
        (entity.get("value") for entity in tracker.latest_message.get("entities", []) if entity.get("entity") == name),
        None,
    )


def embedded_clinic(tracker: Tracker) -> str | None:
    """The clinic whose own website the chat is embedded in (widget metadata ``clinic_id``)."""
    metadata = tracker.latest_message.get("metadata") or {}
    value = metadata.get("clinic_id") if isinstance(metadata, dict) else None
    return str(value) if value else None


class ActionSelectClinic(Action):
    """Work out which clinic the visitor wants to hear from, then start the form."""

    def name(self) -> str:
        return "action_select_clinic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        picked = await answer_picked_by_place(dispatcher, tracker)  # "the first one" after a "did you mean"
        if picked is not None:
            return picked
        settings = load_settings()
        engine = get_engine(settings.database_url)
        shown = tracker.get_slot("last_clinics") or []
        embed = embedded_clinic(tracker)
        ref = chosen_ref(tracker.latest_message.get("text") or "", _entity(tracker, "clinic_id"), embed, shown)
        try:
            if ref is None:
                return self._ask_which(dispatcher, await asyncio.to_thread(clinic_names, engine, shown))
            clinic = await asyncio.to_thread(listed_clinic, engine, ref, settings.license_verification_days)
        except SQLAlchemyError:
            log.exception("directory unavailable while choosing a clinic")
            dispatcher.utter_message(response="utter_directory_unavailable")
            return []
        if clinic is None:
            dispatcher.utter_message(response="utter_clinic_not_available")
            return []
        ref, name, phone = clinic
        return [SlotSet(slot, None) for slot in FORM_SLOTS + ["contact_cancelled", "contact_kind"]] + [
            SlotSet("contact_clinic_ref", ref),
            SlotSet("contact_clinic_name", name),
            SlotSet("contact_clinic_phone", phone),
            SlotSet("contact_source", "embed" if embed == ref else "chat"),
            FollowupAction("contact_form"),
        ]

    @staticmethod
    def _ask_which(dispatcher: CollectingDispatcher, clinics: list[tuple[str, str]]) -> list[dict[str, Any]]:
        if not clinics:
            dispatcher.utter_message(response="utter_contact_find_clinic_first")
            return [FollowupAction("location_form")]
        dispatcher.utter_message(
            response="utter_ask_which_clinic",
            buttons=[
                {"title": name, "payload": f"/contact_clinic{json.dumps({'clinic_id': ref})}"} for ref, name in clinics
            ],
        )
        return []


class ValidateContactForm(FormValidationAction):
    """Checks each answer; "never mind" at any step stops the form with nothing saved.

    A validator sees ``value`` None when the slot was merely reset (not answered): it then
    leaves the slot alone, so only the visitor's actual answer is ever judged.
    """

    def name(self) -> str:
        return "validate_contact_form"

    @staticmethod
    def _stopped() -> dict[str, Any]:
        return {
            "contact_first_name": NONE,
            "contact_detail": NONE,
            "contact_time": NONE,
            "contact_note": NONE,
            "contact_consent": False,
            "contact_confirmed": False,
            "contact_cancelled": True,
        }

    def validate_contact_first_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {"contact_first_name": None}
        text = str(value)[:200]
        if wants_to_stop(text) or tracker.latest_message.get("intent", {}).get("name") == "deny":
            return self._stopped()
        name = first_name(text)
        if name is None:
            dispatcher.utter_message(response="utter_first_name_only")
        return {"contact_first_name": name}

    def validate_contact_detail(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {"contact_detail": None}
        text = str(value)[:300]
        if wants_to_stop(text):
            return self._stopped()
        try:
            contact = parse_contact(text)
        except InvalidContact as problem:
            dispatcher.utter_message(text=str(problem))
            return {"contact_detail": None}
        return {"contact_detail": contact.value, "contact_kind": contact.kind}

    def validate_contact_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {"contact_time": None}
        text = str(value).strip()
        if wants_to_stop(text):
            return self._stopped()
        return {"contact_time": "any time" if is_skip(text) or not text else text[:200]}

    def validate_contact_note(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {"contact_note": None}
        text = str(value).strip()
        if wants_to_stop(text):
            return self._stopped()
        if is_bare_yes(text):  # there is something to say: asked again, "yes" is no note
            dispatcher.utter_message(response="utter_note_after_yes")
            return {"contact_note": None}
        return {"contact_note": NONE if is_skip(text) or not text else text[:1000]}

    def _yes_no(self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        if value is True and is_only_punctuation(tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(response="utter_answer_yes_or_no")  # "?" to "Do you agree?" is no consent
            return {slot: None}
        if value is None or isinstance(value, bool):
            return {slot: value}
        answer = yes_or_no(str(value))
        if answer is None:
            if wants_to_stop(str(value)):
                return self._stopped()
            dispatcher.utter_message(response="utter_answer_yes_or_no")
        return {slot: answer}

    def validate_contact_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = self._yes_no("contact_consent", value, dispatcher, tracker)
        if result.get("contact_consent") is False:
            result["contact_confirmed"] = False  # nothing to confirm without consent
        return result

    def validate_contact_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._yes_no("contact_confirmed", value, dispatcher, tracker)


class ActionAskContactConfirmed(Action):
    """Read the request back before anything is saved, the contact detail masked
    (``j•••@example.org``, ``•••-•••-1234``): the visitor recognises it without it being
    repeated on screen. (The whole message is sealed in the tracker store and redacted when
    the form closes; see ``channels/tracker_store.py``.)"""

    def name(self) -> str:
        return "action_ask_contact_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        slot = tracker.get_slot
        note = slot("contact_note")
        dispatcher.utter_message(
            text=(
                f"Here's what I'll send to **{slot('contact_clinic_name')}**:\n"
                f"- First name: {slot('contact_first_name')}\n"
                f"- Contact: {mask_contact(slot('contact_detail') or '')}\n"
                f"- Best time: {slot('contact_time')}\n"
                f"- Note: {note if note and note != NONE else 'none'}\n"
                "Shall I send it?"
            ),
            buttons=[{"title": "Yes, send it", "payload": "/affirm"}, {"title": "No, don't send", "payload": "/deny"}],
        )
        return []


class ActionContactAfterCrisis(Action):
    """After the crisis resources, which Rasa sends itself, for a message in the middle of the
    contact form. Crisis language (``bot.safety``) stops the form and forgets what was given.
    A message the classifier alone read as a crisis ("leave a note that I prefer texts") is
    taken as the answer to the question asked, checked as any answer is, and the form goes on:
    asking again would only meet the same reading."""

    def name(self) -> str:
        return "action_contact_after_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        text = visitor_words(tracker).strip()  # "" for a button payload
        asked = tracker.get_slot("requested_slot")
        if asked not in FORM_SLOTS or not text or mentions_crisis(text):
            return [ActiveLoop(None), SlotSet("requested_slot", None), *forget_request()]
        validate = getattr(ValidateContactForm(), f"validate_{asked}")
        answer = validate(text, dispatcher, tracker, domain)
        if answer.get(asked) is not None and not answer.get("contact_cancelled"):
            dispatcher.utter_message(response="utter_answer_kept_after_crisis")
        return [SlotSet(name, value) for name, value in answer.items()] + [FollowupAction("contact_form")]


class ActionSubmitInquiry(Action):
    """Save the confirmed request (the inquiry is the record) and tell the visitor what happens next."""

    def name(self) -> str:
        return "action_submit_inquiry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        slot = tracker.get_slot
        reset = forget_request()
        if slot("contact_cancelled"):
            dispatcher.utter_message(response="utter_contact_stopped")
            return reset
        if not slot("contact_consent"):
            dispatcher.utter_message(response="utter_contact_no_consent")
            return reset
        if not slot("contact_confirmed"):
            dispatcher.utter_message(response="utter_contact_not_sent")
            return reset
        request = NewInquiry(
            clinic_ref=slot("contact_clinic_ref"),
            first_name=slot("contact_first_name"),
            contact=slot("contact_detail"),
            contact_kind=slot("contact_kind") or "email",
            preferred_time=slot("contact_time"),
            note=None if slot("contact_note") == NONE else slot("contact_note"),
            source=slot("contact_source") or "chat",
        )
        try:
            reference = await asyncio.to_thread(_save, request)
        except Exception:  # noqa: BLE001 - whatever failed, the visitor must be told and given the phone
            log.exception("could not save inquiry for clinic %s", request.clinic_ref)
            dispatcher.utter_message(
                text=f"Sorry, I couldn't send your request just now, so nothing was saved. You can call "
                f"{slot('contact_clinic_name')} directly at {phone_link(slot('contact_clinic_phone'))}, "
                "or try again in a few minutes."
            )
            return reset
        dispatcher.utter_message(
            text=f"Thanks, {request.first_name}. Your request has been sent to {slot('contact_clinic_name')}. "
            f"Your reference is **{reference}**. The clinic will contact you by "
            f"{'e-mail' if request.contact_kind == 'email' else 'phone'}, usually within two business "
            f"days. If you don't hear back, call them at {phone_link(slot('contact_clinic_phone'))} and "
            "give the reference. If you need to talk to someone sooner, call or text 988 (free, 24/7).",
            buttons=email_reference_buttons(request.contact_kind),
        )
        return reset + [SlotSet(REFERENCE_SLOT, reference)]


def forget_request() -> list[dict[str, Any]]:
    """Every slot of a contact request emptied: after it is sent, declined or stopped, nothing of it stays."""
    return [SlotSet(name, None) for name in FORM_SLOTS + OTHER_SLOTS]


def _save(request: NewInquiry) -> str:
    with session_scope(get_engine(load_settings().database_url)) as session:
        return save_inquiry(session, request).reference
