"""What the contact form does after the crisis resources (actions/contact.py), run directly on the
action: crisis language stops it and forgets what was given; an answer without crisis language is
judged like any answer (the conversations over HTTP are in tests/test_answer_conversations.py)."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.contact import FORM_SLOTS, ActionContactAfterCrisis


def after_crisis(text: str, asked: str, slots: dict | None = None) -> tuple[CollectingDispatcher, list]:
    message = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": []}
    tracker = Tracker(
        "visitor",
        {"requested_slot": asked, "contact_first_name": "Imogen", **(slots or {})},
        message,
        [],
        False,
        None,
        {"name": "contact_form"},
        "action_listen",
    )
    dispatcher = CollectingDispatcher()
    return dispatcher, asyncio.run(ActionContactAfterCrisis().run(dispatcher, tracker, {}))


def test_crisis_language_stops_the_form_and_forgets_what_was_given() -> None:
    dispatcher, events = after_crisis("i'm going to end my life tonight", "contact_detail")
    assert ActiveLoop(None) in events and SlotSet("requested_slot", None) in events
    assert SlotSet("contact_first_name", None) in events
    assert all(SlotSet(slot, None) in events for slot in FORM_SLOTS)
    assert not any(event.get("event") == "followup" for event in events)
    assert dispatcher.messages == []  # the crisis resources, sent by Rasa, stand alone


def test_an_answer_without_crisis_language_is_kept_and_the_form_goes_on() -> None:
    dispatcher, events = after_crisis("leave a note that i prefer texts", "contact_note")
    assert SlotSet("contact_note", "leave a note that i prefer texts") in events
    assert events[-1] == FollowupAction("contact_form")
    assert [message["response"] for message in dispatcher.messages] == ["utter_answer_kept_after_crisis"]


def test_a_name_in_a_script_nothing_here_reads_is_kept_as_the_first_name() -> None:
    """The crisis guard gives such a name the reply for an unread script (it could be a cry for help):
    the form then keeps it, vowel signs and all, and goes on."""
    dispatcher, events = after_crisis("राजेश कुमार", "contact_first_name", {"contact_first_name": None})
    assert SlotSet("contact_first_name", "राजेश") in events and events[-1] == FollowupAction("contact_form")
    assert [message["response"] for message in dispatcher.messages] == ["utter_answer_kept_after_crisis"]


def test_a_kept_answer_is_still_checked_and_asked_again_when_it_does_not_fit() -> None:
    dispatcher, events = after_crisis("text me instead, i never pick up calls", "contact_detail")
    assert SlotSet("contact_detail", None) in events and events[-1] == FollowupAction("contact_form")
    assert len(dispatcher.messages) == 1 and "utter_answer_kept_after_crisis" not in str(dispatcher.messages)


def test_never_mind_after_the_resources_stops_the_form_as_anywhere_else() -> None:
    dispatcher, events = after_crisis("never mind", "contact_time")
    assert SlotSet("contact_cancelled", True) in events and events[-1] == FollowupAction("contact_form")
    assert dispatcher.messages == []
