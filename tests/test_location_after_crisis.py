"""What the clinic search does after the crisis resources (actions/clinics.py), run directly on
the action: crisis language, or an answer that names no place, stops the search and the resources
stand alone; an answer without crisis language that names a place is searched (the conversation
over HTTP is in tests/test_clinic_conversations.py)."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.clinics import ActionLocationAfterCrisis


def after_crisis(text: str, asked: str | None = "search_place") -> tuple[CollectingDispatcher, list]:
    message = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": []}
    tracker = Tracker(
        "visitor", {"requested_slot": asked}, message, [], False, None, {"name": "location_form"}, "action_listen"
    )
    dispatcher = CollectingDispatcher()
    return dispatcher, asyncio.run(ActionLocationAfterCrisis().run(dispatcher, tracker, {}))


STOPPED = [ActiveLoop(None), SlotSet("requested_slot", None)]


def test_crisis_language_stops_the_search_even_with_a_place() -> None:
    dispatcher, events = after_crisis("Denver. i don't want to be alive anymore")
    assert events == STOPPED
    assert dispatcher.messages == []  # the crisis resources, sent by Rasa, stand alone


def test_an_answer_naming_no_place_stops_the_search() -> None:
    dispatcher, events = after_crisis("i just feel so heavy and tired of everything")
    assert events == STOPPED and dispatcher.messages == []


def test_a_button_payload_stops_the_search() -> None:
    dispatcher, events = after_crisis("/find_clinic")
    assert events == STOPPED and dispatcher.messages == []


def test_a_place_without_crisis_language_is_searched() -> None:
    dispatcher, events = after_crisis("Denver, CO. I'd like one close to work")
    assert events == [
        *STOPPED,
        SlotSet("search_place", "Denver, CO. I'd like one close to work"),
        FollowupAction("action_find_clinics"),
    ]
    assert [message["response"] for message in dispatcher.messages] == ["utter_place_kept_after_crisis"]


def test_a_zip_with_a_story_is_searched() -> None:
    _, events = after_crisis("zip is 98101, my car died last year so I take the bus")
    assert SlotSet("search_place", "zip is 98101, my car died last year so I take the bus") in events


def test_nothing_is_kept_when_the_place_was_not_what_was_asked() -> None:
    _, events = after_crisis("Denver, CO", asked=None)
    assert events == STOPPED
