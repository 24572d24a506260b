"""``action_find_clinics``: nearest licensed clinics for a place, ZIP or browser coordinates."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.faq import answer_picked_by_place, before_latest_message, visitor_words
from actions.slots import slot_changes
from bot.config import load_settings
from bot.db import get_engine
from bot.directory.filters import filters_from_text
from bot.directory.finder import ClinicFinder, ClinicSearch
from bot.directory.presentation import clinic_card, search_summary
from bot.directory.search import SearchFilters
from bot.geo import gazetteer
from bot.geo.geocoder import make_geocoder
from bot.geo.places import (
    guessed_city_in_state,
    place_from_entities,
    place_from_text,
    place_phrase,
    radius_from_text,
    strip_filler,
)
from bot.inquiries.form_text import wants_to_stop
from bot.safety import mentions_crisis

log = logging.getLogger(__name__)

#: The longest answer to "where should I look?" kept as the place.
SEARCH_PLACE_MAX_CHARS = 300


@lru_cache(maxsize=1)
def start_gazetteer_preload() -> None:
    """Load the gazetteer in the background, once: the action server calls this as it starts
    (it builds each action then), so a visitor's first search does not wait, and merely
    importing this module (tests, tools) starts nothing."""
    threading.Thread(target=gazetteer.preload, name="gazetteer-preload", daemon=True).start()


@lru_cache(maxsize=1)
def clinic_finder() -> ClinicFinder:
    settings = load_settings()
    online: dict[str, Any] = (
        {"domain": settings.geocoder_domain, "scheme": settings.geocoder_scheme} if settings.geocoder_domain else {}
    )
    # A visitor is waiting: one attempt within the time limit, no retries (the cache absorbs repeats).
    geocoder = make_geocoder(
        settings.geocoder,
        user_agent=settings.geocoder_user_agent,
        timeout=settings.geocoder_timeout,
        max_retries=0,
        **online,
    )
    return ClinicFinder(
        get_engine(settings.database_url),
        geocoder,
        verification_days=settings.license_verification_days,
        limit=settings.clinic_results,
    )


def browser_coordinates(metadata: Any) -> tuple[float, float] | None:
    """Coordinates from "use my location" (message metadata ``location``), if plausible."""
    location = metadata.get("location") if isinstance(metadata, dict) else None
    if not isinstance(location, dict):
        return None
    try:
        latitude = float(location.get("latitude", location.get("lat")))  # type: ignore[arg-type]  # None: TypeError below
        longitude = float(location.get("longitude", location.get("lon", location.get("lng"))))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None


def just_searched(tracker: Tracker) -> bool:
    """The bot's last action before the visitor's latest message was a clinic search."""
    actions = (
        event.get("name") for event in reversed(before_latest_message(tracker)) if event.get("event") == "action"
    )
    return next((name for name in actions if name != "action_listen"), None) == "action_find_clinics"


def contact_button(ref: str, name: str) -> dict[str, str]:
    """Named after the clinic, so that a list of such buttons says which one each contacts."""
    return {"title": f"Contact {name}", "payload": f"/contact_clinic{json.dumps({'clinic_id': ref})}"}


class ActionFindClinics(Action):
    def __init__(self) -> None:
        super().__init__()
        start_gazetteer_preload()

    def name(self) -> str:
        return "action_find_clinics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        picked = await answer_picked_by_place(dispatcher, tracker)  # "number 2" after a "did you mean"
        if picked is not None:
            return picked
        message = tracker.latest_message
        answered = tracker.get_slot("search_place")  # a bare answer to "where should I look?"
        text = answered or message.get("text") or ""
        if text.startswith("/"):
            text = ""
        text = text[: load_settings().max_message_chars]
        stated = filters_from_text(text)
        filters = SearchFilters(
            treatment=stated.treatment or tracker.get_slot("search_treatment"),
            telehealth=stated.telehealth or bool(tracker.get_slot("search_telehealth")),
        )
        events = slot_changes(
            tracker,
            {"search_treatment": filters.treatment, "search_telehealth": filters.telehealth, "search_place": None},
        )
        if answered and wants_to_stop(answered):
            dispatcher.utter_message(response="utter_clinic_search_stopped")
            return events
        radius = radius_from_text(text)
        coordinates = browser_coordinates(message.get("metadata"))
        entities = [] if answered else message.get("entities") or []
        place = None if coordinates else place_from_entities(entities, text) or place_from_text(text)
        if coordinates is None and place is None and just_searched(tracker):
            # "illinois" right after "I took that to mean Springfield, MO; add the state …"
            place = guessed_city_in_state(tracker.get_slot("search_guessed_city"), entities, text)
        finder = clinic_finder()
        if coordinates is None and place is None:
            unknown = (
                strip_filler(text)
                if answered or message.get("intent", {}).get("name") == "inform"
                else place_phrase(text)
            )
            if unknown:
                dispatcher.utter_message(text=search_summary(ClinicSearch("unknown_place", unknown, filters)))
            return events + [FollowupAction("location_form")]
        try:
            if coordinates:
                search = await asyncio.to_thread(finder.near_point, *coordinates, "your location", filters, radius)
            else:
                assert place is not None  # no coordinates and no place returned above
                search = await asyncio.to_thread(finder.near_place, place, filters, radius)
        except SQLAlchemyError:
            log.exception("clinic directory unavailable")
            dispatcher.utter_message(response="utter_directory_unavailable")
            return events
        guessed_city = place.city if place is not None and search.guessed else None
        return events + slot_changes(tracker, {"search_guessed_city": guessed_city}) + self._reply(dispatcher, search)

    @staticmethod
    def _reply(dispatcher: CollectingDispatcher, search: ClinicSearch) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=search_summary(search))
        if search.status != "found":
            return []
        refs = []
        assert search.result is not None  # a "found" search always has its result
        for hit in search.result.hits:
            dispatcher.utter_message(text=clinic_card(hit), buttons=[contact_button(hit.clinic.ref, hit.clinic.name)])
            refs.append(hit.clinic.ref)
        return [SlotSet("last_clinics", refs)]


class ActionLocationAfterCrisis(Action):
    """After the crisis resources, which Rasa sends itself, for a message that answers "where
    should I look?". Crisis language (``bot.safety``) stops the search: the resources stand alone.
    An answer the classifier alone read as a crisis that names a place ("Phoenix. I want my life
    back") is taken as the place and the search runs, as the contact form keeps such an answer
    (actions/contact.py): asking again would only meet the same reading. Without a place the
    resources stand alone too, never followed by "I couldn't find that place"."""

    def name(self) -> str:
        return "action_location_after_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = visitor_words(tracker).strip()  # "" for a button payload
        stop = [ActiveLoop(None), SlotSet("requested_slot", None)]
        asked_place = tracker.get_slot("requested_slot") == "search_place"
        if not asked_place or not text or mentions_crisis(text) or place_from_text(text) is None:
            return stop
        dispatcher.utter_message(response="utter_place_kept_after_crisis")
        return stop + [SlotSet("search_place", text[:SEARCH_PLACE_MAX_CHARS]), FollowupAction("action_find_clinics")]


class ValidateLocationForm(FormValidationAction):
    """Any answer to "where should I look?" is taken as the place; the search judges it."""

    def name(self) -> str:
        return "validate_location_form"

    def validate_search_place(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        return {"search_place": str(value)[:SEARCH_PLACE_MAX_CHARS] if value else None}
