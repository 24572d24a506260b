"""Finding clinics in conversation, over HTTP against the real servers and the sample directory."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.db import session_scope
from bot.directory.listing import ListingPolicy
from bot.models import Clinic
from bot.safety import mentions_crisis
from tests.chat import CLASSIFIER_ONLY_CRISIS_PLACE, CRISIS_LINES, Conversation, cards, texts
from tests.conftest import SAMPLE_CLINICS

pytestmark = pytest.mark.servers


def listed_refs(engine) -> set[str]:
    policy = ListingPolicy(today=dt.date.today())
    with session_scope(engine) as session:
        clinics = session.execute(select(Clinic).options(selectinload(Clinic.credentials))).scalars()
        return {clinic.ref for clinic in clinics if policy.is_listed(clinic)}


def marked_hidden() -> set[str]:
    with SAMPLE_CLINICS.open(newline="", encoding="utf-8") as stream:
        return {row["ref"] for row in csv.DictReader(stream) if "Not shown" in row["notes"]}


def assert_good_results(replies: list[dict], engine, place: str) -> list[dict]:
    found = cards(replies)
    assert found, replies
    assert place in replies[0]["text"], replies[0]["text"]
    assert [card["miles"] for card in found] == sorted(card["miles"] for card in found)
    assert {card["ref"] for card in found} <= listed_refs(engine)
    assert not {card["ref"] for card in found} & marked_hidden()
    for card in found:
        assert "Phone: [(" in card["text"] and "Offers: " in card["text"] and "License last verified" in card["text"]
        assert card["button"] == f"Contact {card['name']}"
    return found


def test_a_zip_code_gets_the_nearest_licensed_clinics(servers) -> None:
    replies = Conversation(servers.rasa_url).say("Any ketamine clinics near 30301?")
    found = assert_good_results(replies, servers.engine, "Atlanta, GA 30301")
    assert len(found) == 3 and found[0]["miles"] < 25


def test_city_with_state_and_hyphen(servers) -> None:
    replies = Conversation(servers.rasa_url).say("I'm in Winston-Salem NC")
    assert_good_results(replies, servers.engine, "Winston-Salem, NC")


def test_a_state_code_in_lowercase_after_a_guessed_city_is_its_state(servers) -> None:
    """Told "add the state if you meant another one", the visitor types "springfield il": the search is
    in Illinois (until the session from 15:19 UTC on 2026-12-06 it was Springfield, MO again)."""
    chat = Conversation(servers.rasa_url)
    assert "Springfield, MO; add the state" in chat.say("find a ketamine clinic near Springfield")[0]["text"]
    replies = chat.say("springfield il")
    assert "Springfield, IL" in replies[0]["text"] and "MO" not in replies[0]["text"], replies[0]["text"]
    assert cards(replies)


def test_a_state_alone_right_after_a_guessed_city_searches_that_city_there(servers) -> None:
    """ "illinois" after "I took that to mean Springfield, MO" (until the session from 15:19 UTC on
    2026-12-06: 'I couldn't find "illinois" as a US place'); a state alone otherwise asks for a city."""
    chat = Conversation(servers.rasa_url)
    assert "Springfield, MO; add the state" in chat.say("find a ketamine clinic near Springfield")[0]["text"]
    replies = chat.say("no, the one in illinois")
    assert "Springfield, IL" in replies[0]["text"], replies[0]["text"]
    assert cards(replies)
    replies = Conversation(servers.rasa_url).say("clinics in texas")
    assert replies[0]["text"] == "Texas is a whole state, so I need a city or a ZIP code in it."
    assert "Where should I look?" in texts(replies)


def test_multi_word_city_with_a_treatment_filter(servers) -> None:
    replies = Conversation(servers.rasa_url).say("who does Spravato in San Luis Obispo")
    assert "San Luis Obispo" in replies[0]["text"]
    for card in cards(replies):
        assert "esketamine nasal spray (SPRAVATO)" in card["text"]
    assert cards(replies) or "SPRAVATO" in replies[0]["text"]


def test_iv_filter_in_salt_lake_city(servers) -> None:
    replies = Conversation(servers.rasa_url).say("where can i get iv ketamine infusions in salt lake city")
    found = assert_good_results(replies, servers.engine, "Salt Lake City, UT")
    assert all("IV infusion" in card["text"] for card in found)


def test_near_me_then_a_zip_code(servers) -> None:
    chat = Conversation(servers.rasa_url)
    asked = chat.say("are there ketamine clinics near me?")
    assert len(asked) == 1 and "ZIP" in asked[0]["text"]
    hint = {"placeholder": "ZIP code, or city and state"}  # for the chat widget's message box
    assert asked[0]["custom"] == {"data": hint}
    assert_good_results(chat.say("80202"), servers.engine, "Denver, CO 80202")
    assert "ZIP" in texts(chat.say("any spravato clinics near me?"))
    found = assert_good_results(chat.say("seattle"), servers.engine, "Seattle, WA")
    assert all("SPRAVATO" in card["text"] for card in found)


def test_browser_coordinates_are_used_directly(servers) -> None:
    replies = Conversation(servers.rasa_url).say(
        "clinics near me", metadata={"location": {"latitude": 47.6062, "longitude": -122.3321}}
    )
    found = assert_good_results(replies, servers.engine, "your location")
    assert found[0]["miles"] < 25


def test_an_unknown_place_is_named_and_asked_again(servers) -> None:
    chat = Conversation(servers.rasa_url)
    replies = chat.say("find a ketamine clinic in Hogsmeade")
    assert replies[0]["text"] == 'I couldn\'t find "Hogsmeade" as a US place.'
    assert "ZIP" in replies[1]["text"]
    replies = chat.say("Narnia, XY")  # any answer to "where should I look?" is taken as a place
    assert replies[0]["text"] == 'I couldn\'t find "Narnia, XY" as a US place.' and "ZIP" in replies[1]["text"]
    assert_good_results(chat.say("Boise, Idaho"), servers.engine, "Boise, ID")


def test_crisis_language_in_answer_to_where_to_look_stops_the_search(servers) -> None:
    chat = Conversation(servers.rasa_url)
    assert "Where should I look?" in texts(chat.say("find me a ketamine clinic"))
    replies = chat.say("Boise. honestly i don't see the point in living anymore")
    assert all(line in replies[0]["text"] for line in CRISIS_LINES)
    assert len(replies) == 1, "crisis language gets the resources alone, no search"
    # The question stopped: a place now is a new search, not an answer kept from before.
    assert_good_results(chat.say("Boise, Idaho"), servers.engine, "Boise, ID")


def test_a_place_the_classifier_alone_takes_for_a_crisis_is_searched_after_the_resources(servers) -> None:
    """No crisis language (the safety patterns leave it alone), but the classifier reads the
    answer as a crisis: the resources first, then the search for the place it names."""
    assert not mentions_crisis(CLASSIFIER_ONLY_CRISIS_PLACE)
    chat = Conversation(servers.rasa_url)
    assert "Where should I look?" in texts(chat.say("find me a ketamine clinic"))
    replies = chat.say(CLASSIFIER_ONLY_CRISIS_PLACE)
    assert all(line in replies[0]["text"] for line in CRISIS_LINES), (
        "the classifier no longer takes this answer for a crisis: choose another such answer for this test"
    )
    assert replies[1]["text"] == "In case that was where I should look, here is my search for it."
    assert_good_results(replies[2:], servers.engine, "Denver")


def test_the_search_widens_when_nothing_is_near(servers) -> None:
    replies = Conversation(servers.rasa_url).say("ketamine clinics near 31201")  # Macon, GA
    found = cards(replies)
    assert found, replies
    if found[0]["miles"] > 25:
        assert "widened the search" in replies[0]["text"]
    assert found[0]["miles"] <= 100
