"""``action_find_clinics`` with trackers built in the test, a real SQLite directory and the offline geocoder."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.clinics import ActionFindClinics, browser_coordinates, clinic_finder
from bot.db import make_engine, session_scope
from bot.directory.filters import filters_from_text
from bot.migrate import upgrade
from tests.clinic_factory import make_clinic
from tests.clock import TODAY

pytestmark = pytest.mark.usefixtures("on_todays_date")


def tracker_for(
    text: str,
    intent: str = "find_clinic",
    entities: list | None = None,
    metadata: dict | None = None,
    slots: dict | None = None,
) -> Tracker:
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entities or [],
        "metadata": metadata or {},
    }
    return Tracker("visitor", slots or {}, message, [], False, None, {}, "action_listen")


def run(tracker: Tracker) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionFindClinics().run(dispatcher, tracker, {}))
    return dispatcher.messages, events


@pytest.fixture
def directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'clinics.db'}"
    engine = make_engine(url)
    upgrade(engine)
    fresh = dict(verified_on=TODAY - dt.timedelta(days=10), license_expires=TODAY + dt.timedelta(days=300))
    with session_scope(engine) as session:
        session.add(make_clinic("midtown", 33.781, -84.386, "GA", treatments=["iv", "esketamine"], **fresh))
        session.add(make_clinic("decatur", 33.774, -84.296, "GA", treatments=["iv"], telehealth=True, **fresh))
        session.add(
            make_clinic(
                "expired",
                33.750,
                -84.390,
                "GA",
                license_expires=TODAY - dt.timedelta(days=1),
                verified_on=TODAY - dt.timedelta(days=10),
            )
        )
        session.add(make_clinic("macon", 32.84, -83.63, "GA", **fresh))
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    clinic_finder.cache_clear()
    yield
    clinic_finder.cache_clear()


def refs(messages: list[dict]) -> list[str]:
    return [message["buttons"][0]["payload"].split('"clinic_id": "')[1].rstrip('"}') for message in messages[1:]]


def test_a_zip_entity_finds_nearest_licensed_clinics(directory) -> None:
    messages, events = run(tracker_for("clinics near 30308", entities=[{"entity": "zip", "value": "30308"}]))
    assert "Atlanta, GA 30308" in messages[0]["text"]
    assert refs(messages) == ["midtown", "decatur"]
    assert {"event": "slot", "name": "last_clinics", "value": ["midtown", "decatur"], "timestamp": None} in events


def test_filters_from_words_and_remembered_in_slots(directory) -> None:
    messages, events = run(tracker_for("who does spravato near me"))
    assert messages == []
    assert {"event": "followup", "name": "location_form", "timestamp": None} in events
    treatment = next(event["value"] for event in events if event.get("name") == "search_treatment")
    assert treatment == "esketamine"
    answered = {"search_treatment": "esketamine", "search_place": "30308"}  # the location form's answer
    messages, events = run(tracker_for("30308", intent="deny", slots=answered))
    assert refs(messages) == ["midtown"]
    assert {"event": "slot", "name": "search_place", "value": None, "timestamp": None} in events


def test_browser_location_and_widening(directory) -> None:
    messages, _ = run(tracker_for("near me", metadata={"location": {"latitude": 32.2, "longitude": -83.2}}))
    assert "your location" in messages[0]["text"] and "widened the search to 100 miles" in messages[0]["text"]
    assert refs(messages)[0] == "macon"


def test_unknown_places_and_nothing_nearby(directory) -> None:
    messages, events = run(tracker_for("Atlantis, GA", intent="inform"))
    assert messages[0]["text"] == 'I couldn\'t find "Atlantis, GA" as a US place.'
    assert events[-1] == {"event": "followup", "name": "location_form", "timestamp": None}
    messages, _ = run(
        tracker_for(
            "ketamine in Anchorage, AK",
            entities=[
                {"entity": "city", "value": "Anchorage", "start": 12, "end": 21},
                {"entity": "state", "value": "AK", "start": 23, "end": 25},
            ],
        )
    )
    assert "couldn't find a licensed clinic within 100 miles of Anchorage, AK" in messages[0]["text"]
    assert len(messages) == 1


def test_a_state_alone_gets_asked_for_a_city_in_it(directory) -> None:
    messages, events = run(tracker_for("texas", intent="inform", entities=[{"entity": "state", "value": "texas"}]))
    assert messages[0]["text"] == "Texas is a whole state, so I need a city or a ZIP code in it."
    assert events[-1] == {"event": "followup", "name": "location_form", "timestamp": None}


def searched_then(text: str, guessed_city: str, entities: list) -> Tracker:
    """A visitor's ``text`` right after a search that guessed the state of ``guessed_city``."""
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.9}, "entities": entities, "metadata": {}}
    events = [
        {"event": "user", "text": "find a clinic near " + guessed_city},
        {"event": "action", "name": "action_find_clinics"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text},
    ]
    return Tracker("visitor", {"search_guessed_city": guessed_city}, message, events, False, None, {}, "action_listen")


def test_a_state_right_after_a_guessed_city_searches_that_city_there(directory) -> None:
    """ "Macon" is read as Macon, GA (the largest); had it been another, "georgia" would say which."""
    messages, events = run(searched_then("georgia", "Macon", [{"entity": "state", "value": "georgia"}]))
    assert "Macon, GA" in messages[0]["text"] and refs(messages)[0] == "macon"
    assert {"event": "slot", "name": "search_guessed_city", "value": None, "timestamp": None} in events
    # Unchanged, a slot is not set again (actions/slots.py): a search with no guess leaves no event.
    _, events = run(tracker_for("near 30301", entities=[{"entity": "zip", "value": "30301"}]))
    assert not [event for event in events if event.get("name") == "search_guessed_city"]
    # Only right after the search: after any other action a state alone is asked about as before.
    tracker = searched_then("georgia", "Macon", [{"entity": "state", "value": "georgia"}])
    tracker.events.insert(2, {"event": "action", "name": "action_answer_faq"})
    messages, _ = run(tracker)
    assert messages[0]["text"] == "Georgia is a whole state, so I need a city or a ZIP code in it."


def test_a_guessed_city_is_remembered_for_the_next_message(directory) -> None:
    messages, events = run(
        tracker_for(
            "clinics near Springfield", entities=[{"entity": "city", "value": "Springfield", "start": 13, "end": 24}]
        )
    )
    assert messages[0]["text"].startswith("I took that to mean Springfield, MO; add the state")
    assert {"event": "slot", "name": "search_guessed_city", "value": "Springfield", "timestamp": None} in events


def test_database_down_gets_an_apology(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/nothing")
    clinic_finder.cache_clear()
    try:
        messages, _ = run(tracker_for("30308", intent="inform"))
    finally:
        clinic_finder.cache_clear()
    assert messages[0]["response"] == "utter_directory_unavailable"


@pytest.mark.parametrize(
    "text, treatment, telehealth",
    [
        ("who does Spravato in San Luis Obispo", "esketamine", False),
        ("IV ketamine infusions near Denver", "iv", False),
        ("ketamine assisted therapy with telehealth", "kap", True),
        ("any ketamine clinic", None, False),
    ],
)
def test_filters_from_text(text: str, treatment: str | None, telehealth: bool) -> None:
    filters = filters_from_text(text)
    assert (filters.treatment, filters.telehealth) == (treatment, telehealth)


@pytest.mark.parametrize(
    "metadata, expected",
    [
        ({"location": {"latitude": 39.7, "longitude": -104.9}}, (39.7, -104.9)),
        ({"location": {"lat": "39.7", "lng": "-104.9"}}, (39.7, -104.9)),
        ({"location": {"latitude": 200, "longitude": 0}}, None),
        ({"location": "Denver"}, None),
        (None, None),
    ],
)
def test_browser_coordinates(metadata, expected) -> None:
    assert browser_coordinates(metadata) == expected
