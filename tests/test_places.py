"""Place entities from the real spaCy pipeline (built into a temp dir), and picking the place and
radius from entities or from a bare answer."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from bot.geo.places import PlaceQuery, guessed_city_in_state, place_from_entities, place_from_text, radius_from_text
from tooling.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp(tmp_path_factory: pytest.TempPathFactory) -> Language:
    path = build_pipeline(tmp_path_factory.mktemp("spacy") / "nlp")
    return spacy.load(path)


def entities(nlp: Language, text: str) -> list[dict]:
    """The entities as Rasa's ``SpacyEntityExtractor`` reports them."""
    return [
        {"entity": ent.label_, "value": ent.text, "start": ent.start_char, "end": ent.end_char}
        for ent in nlp(text).ents
    ]


def labelled(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent["entity"], ent["value"]) for ent in entities(nlp, text)]


def test_pipeline_has_the_entity_ruler(nlp: Language) -> None:
    assert "entity_ruler" in nlp.pipe_names
    assert nlp.get_pipe("entity_ruler").phrase_matcher_attr == "LOWER"
    assert set(nlp.get_pipe("entity_ruler").labels) == {"zip", "city", "state", "radius"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Any ketamine clinics near 30301?", [("zip", "30301")]),
        ("my zip is 30301-1234", [("zip", "30301-1234")]),
        ("who does Spravato in San Luis Obispo", [("city", "San Luis Obispo")]),
        ("I'm in Winston-Salem NC", [("city", "Winston-Salem"), ("state", "NC")]),
        (
            "clinics in Portland, Oregon within 50 miles",
            [("city", "Portland"), ("state", "Oregon"), ("radius", "within 50 miles")],
        ),
        ("anything near st. louis?", [("city", "st. louis")]),
        ("Coeur d'Alene, Idaho", [("city", "Coeur d'Alene"), ("state", "Idaho")]),
        ("clinics in kansas city", [("city", "kansas city")]),
        ("a 25-mile radius of denver", [("radius", "25-mile radius"), ("city", "denver")]),
        ("within a 30 mile radius of Boise", [("radius", "within a 30 mile radius"), ("city", "Boise")]),
        ("in Mobile, AL", [("city", "Mobile"), ("state", "AL")]),
        ("anyone in nyc", [("city", "nyc")]),
        ("new york city or north carolina", [("city", "new york city"), ("state", "north carolina")]),
    ],
)
def test_place_entities(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "is ketamine safe",
        "I feel normal today and my mobile is broken",
        "Hope you can help me",
        "I have new hope after treatment",
        "how much does it cost in total or per session",
        "what are the side effects",
        "me and my wife are ok with that",
        "I'm from Mexico",
    ],
)
def test_ordinary_sentences_have_no_city(nlp: Language, text: str) -> None:
    assert [label for label, _ in labelled(nlp, text) if label != "state"] == []
    assert place_from_entities(entities(nlp, text)) is None


def test_lowercase_two_letter_words_are_not_states(nlp: Language) -> None:
    assert labelled(nlp, "in or me hi ok la de pa") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Any ketamine clinics near 30301?", PlaceQuery("30301", zip="30301")),
        ("I'm in Winston-Salem NC", PlaceQuery("Winston-Salem, NC", city="Winston-Salem", state="NC")),
        ("clinics in Portland, Oregon within 50 miles", PlaceQuery("Portland, OR", city="Portland", state="OR")),
        ("who does Spravato in San Luis Obispo", PlaceQuery("San Luis Obispo", city="San Luis Obispo")),
        ("Washington DC please", PlaceQuery("Washington, DC", city="Washington", state="DC")),
        ("New York, NY", PlaceQuery("New York, NY", city="New York", state="NY")),
        ("Denver or 80202?", PlaceQuery("80202", zip="80202")),
        ("I live in Portland but my mom is in Ohio", PlaceQuery("Portland", city="Portland")),
        ("my MD in Baltimore, MD", PlaceQuery("Baltimore, MD", city="Baltimore", state="MD")),
    ],
)
def test_place_from_pipeline_entities(nlp: Language, text: str, expected: PlaceQuery) -> None:
    assert place_from_entities(entities(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("clinics near springfield il", PlaceQuery("springfield, IL", city="springfield", state="IL")),
        ("springfield, il please", PlaceQuery("springfield, IL", city="springfield", state="IL")),
        ("portland or", PlaceQuery("portland, OR", city="portland", state="OR")),
        # Not the end of the message: "or" is a word.
        ("austin or dallas", PlaceQuery("austin", city="austin")),
        # No Denver in Oklahoma: "ok" is a word.
        ("denver ok", PlaceQuery("denver", city="denver")),
    ],
)
def test_a_lowercase_state_code_ending_the_message_after_its_city(
    nlp: Language, text: str, expected: PlaceQuery
) -> None:
    """The entity ruler marks no lowercase code ("in", "or", "me" are words); after the city, at the end
    of the message, and where the gazetteer has that city in that state, it is the state."""
    assert place_from_entities(entities(nlp, text), text) == expected


def test_a_state_after_a_guessed_city() -> None:
    state = {"entity": "state", "value": "illinois"}
    assert guessed_city_in_state("Springfield", [state], "no, the one in illinois") == PlaceQuery(
        "Springfield, IL", city="Springfield", state="IL"
    )
    assert guessed_city_in_state("Springfield", [], "il") == PlaceQuery(
        "Springfield, IL", city="Springfield", state="IL"
    )
    assert guessed_city_in_state(None, [state], "illinois") is None
    assert guessed_city_in_state("Springfield", [], "the big one") is None


def test_place_from_entities_rules() -> None:
    zip_code = {"entity": "zip", "value": "30301", "start": 20, "end": 25}
    city = {"entity": "city", "value": "Denver", "start": 0, "end": 6}
    state = {"entity": "state", "value": "Colorado", "start": 8, "end": 16}
    assert place_from_entities([city, state, zip_code]) == PlaceQuery("30301", zip="30301")
    assert place_from_entities([state, city]) == PlaceQuery("Denver, CO", city="Denver", state="CO")
    assert place_from_entities([state]) is None
    assert place_from_entities([]) is None
    unknown_zip = {"entity": "zip", "value": "99999", "start": 30, "end": 35}
    assert place_from_entities([unknown_zip, city]).city == "Denver"
    assert place_from_entities([unknown_zip]) == PlaceQuery("99999", zip="99999")
    no_positions = [{"entity": "city", "value": "Austin"}, {"entity": "state", "value": "TX"}]
    assert place_from_entities(no_positions) == PlaceQuery("Austin, TX", city="Austin", state="TX")
    malformed = [{"entity": "city"}, {"value": None}, "junk"]
    assert place_from_entities(malformed) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("30301", PlaceQuery("30301", zip="30301")),
        ("my zip code is 30301-1234", PlaceQuery("30301", zip="30301")),
        ("zip is 96813.", PlaceQuery("96813", zip="96813")),
        ("I'm in Winston-Salem NC", PlaceQuery("Winston-Salem NC", city="Winston-Salem", state="NC")),
        ("near st louis, mo", PlaceQuery("st louis, mo", city="St. Louis", state="MO")),
        ("It's Portland, Oregon.", PlaceQuery("Portland, Oregon", city="Portland", state="OR")),
        ("around San Luis Obispo please", PlaceQuery("San Luis Obispo", city="San Luis Obispo", state="CA")),
        ("I am located in Denver within 25 miles", PlaceQuery("Denver", city="Denver")),
        ("somewhere near Portland", PlaceQuery("Portland", city="Portland")),
        # A place and then a sentence of context: the first sentence is the place.
        ("Denver, CO. I work downtown so anywhere central", PlaceQuery("Denver, CO", city="Denver", state="CO")),
        ("Phoenix! been waiting months for this", PlaceQuery("Phoenix", city="Phoenix")),
        ("St. Louis. near the arch if possible", PlaceQuery("St. Louis", city="St. Louis")),
    ],
)
def test_place_from_text(text: str, expected: PlaceQuery) -> None:
    assert place_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ohio",
        "I'm in Ohio",
        "hello",
        "what's the cost?",
        "",
        "   ",
        "Gotham City",
        "a" * 100_000,
        "!!!",
        "Help. I need a clinic",
        "not sure. somewhere warm",
    ],
)
def test_place_from_text_finds_nothing(text: str) -> None:
    assert place_from_text(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("within 50 miles", 50),
        ("50 mi", 50),
        ("a 25-mile radius", 25),
        ("within 10mi of Denver", 10),
        ("radius of 30", 30),
        ("1.5 miles", 2),
        ("500 miles is fine", 200),
        ("clinics near Denver", None),
        ("0 miles", None),
        ("5 min drive", None),
        ("", None),
    ],
)
def test_radius_from_text(text: str, expected: int | None) -> None:
    assert radius_from_text(text) == expected
