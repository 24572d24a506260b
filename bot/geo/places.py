"""Find the place (and search radius) in a visitor's message for the clinic search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from bot.geo import gazetteer
from bot.geo.geocoder import MAX_QUERY_CHARS, OfflineGeocoder, PlaceGeocoder
from bot.rules import find_zip

#: Larger radii stop being "near" and flood the reply; the search caps here.
MAX_RADIUS_MILES = 200
_MAX_ANSWER_CHARS = 300
# Where a sentence ends, but not after "St.", "Ft." or "Mt." ("St. Louis").
_SENTENCE_BREAK = re.compile(r"(?<![SsFfMm]t\.)(?<=[.!?;])\s+|\n+")

_RADIUS = re.compile(
    r"(?<![\d.])(\d{1,4}(?:\.\d+)?)\s*-?\s*(?:miles?|mi)\b"
    r"|\bradius\s+(?:of\s+)?(\d{1,4}(?:\.\d+)?)\b",
    re.IGNORECASE,
)
_RADIUS_PHRASE = re.compile(
    r"\b(?:with)?in\s+(?:a\s+)?(?:\d{1,4})\s*-?\s*(?:miles?|mi)\b\.?(?:\s+radius)?"
    r"|\b(?:a\s+)?\d{1,4}\s*-?\s*(?:miles?|mi)\b\.?(?:\s+radius)?(?:\s+(?:of|from))?"
    r"|\bradius\s+(?:of\s+)?\d{1,4}\b",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|um|uh|well|so|yes|yeah|sure)\b[\s,!.]*"
    r"|(?:i\s*['’]?\s*m|i\s+am|we\s*['’]?\s*re|we\s+are)\s+(?:located\s+|based\s+|currently\s+)?"
    r"(?:in|near|around|at|from|by|outside(?:\s+of)?)\b"
    r"|i\s+(?:live|stay|reside)\s+(?:in|near|around|at|by|outside(?:\s+of)?)\b"
    r"|(?:my\s+)?(?:zip(?:\s*code)?|city|town|location)\s+is\b"
    r"|it\s*['’]?\s*s\b|it\s+is\b|that\s*['’]?\s*s\b"
    r"|(?:somewhere\s+)?(?:near|around|in|at|by|outside(?:\s+of)?|close\s+to)\b"
    r"|(?:the\s+)?(?:city|town)\s+of\b|from\b|zip\b)[\s,:]*",
    re.IGNORECASE,
)
_STATE_CODE_ENDING = re.compile(r"\s*,?\s*([A-Za-z]{2})")
_TRAILING_FILLER = re.compile(
    r"[\s,]*(?:\b(?:area|region|metro(?:\s+area)?|please|pls|thanks|thank\s+you|"
    r"and\s+surroundings?)\b|[.!?;:)(\s])+$",
    re.IGNORECASE,
)


@dataclass
class PlaceQuery:
    """What to geocode (``text``) and the parts it came from; ``state`` is a 2-letter code."""

    text: str
    zip: str | None = None
    city: str | None = None
    state: str | None = None


def place_from_entities(entities: Iterable[dict[str, Any]], text: str = "") -> PlaceQuery | None:
    """Choose the place from Rasa entities (``zip``/``city``/``state``): a known ZIP wins, then a
    city (with the state written next to it), then an unknown ZIP; a state alone is too broad.

    The entity ruler labels names that are both a city and a state ("Washington", "New York")
    as ``state``; a state directly followed by another ("Washington DC", "New York, NY") is
    read here as "City, ST". It marks a state code only in capitals ("in", "or" and "me" are
    words); a code in lowercase that ends the message (``text``) right after the city, where
    the gazetteer has that city in that state, is its state ("springfield il").
    """
    ents = sorted(
        (e for e in entities if isinstance(e, dict) and isinstance(e.get("value"), str)),
        key=lambda e: e.get("start") or 0,
    )
    zips = [z for e in ents if e.get("entity") == "zip" if (z := find_zip(e["value"]))]
    known = [z for z in zips if gazetteer.zip_place(z)]
    if known:
        return PlaceQuery(text=known[0], zip=known[0])
    states = [e for e in ents if e.get("entity") == "state"]
    for entity in ents:
        if entity.get("entity") == "city":
            return _city_query(entity["value"], _state_after(entity, states) or _code_ending(entity, text))
    for first, second in pairwise(states):
        code = _state_code(second["value"])
        if code and _adjacent(first, second) and gazetteer.cities_named(first["value"], code):
            return _city_query(first["value"], code)
    if zips:
        return PlaceQuery(text=zips[0], zip=zips[0])
    return None


def place_from_text(text: str, geocoder: PlaceGeocoder | None = None) -> PlaceQuery | None:
    """The place in a bare answer such as "30301", "I'm in Denver" or "near st louis, mo":
    a ZIP anywhere, else whatever the geocoder (offline by default) recognises once the
    filler words are removed, in the whole answer or else in its first sentence ("Denver, CO.
    I work downtown so anywhere central"); None when nothing is recognised."""
    if not isinstance(text, str) or not text.strip():
        return None
    found = find_zip(text)
    if found:
        return PlaceQuery(text=found, zip=found)
    if len(text) > _MAX_ANSWER_CHARS:  # not a bare answer; also keeps the regexes cheap
        return None
    place = _place_named(text, geocoder)
    first_sentence = _SENTENCE_BREAK.split(text.strip(), maxsplit=1)[0]
    if place is None and first_sentence != text.strip():
        place = _place_named(first_sentence, geocoder)
    return place


def _place_named(text: str, geocoder: PlaceGeocoder | None) -> PlaceQuery | None:
    cleaned = strip_filler(text)
    if not cleaned or len(cleaned) > MAX_QUERY_CHARS:
        return None
    location = (geocoder or _offline_geocoder()).geocode(cleaned)
    if location is None:
        return None
    raw = location.raw if isinstance(location.raw, dict) else {}
    # A guessed state ("Portland" → OR) is left out so the caller still sees the ambiguity.
    state = None if raw.get("ambiguous") else raw.get("state")
    return PlaceQuery(text=cleaned, zip=raw.get("zip"), city=raw.get("city"), state=state)


def strip_filler(text: str) -> str:
    """Remove the words around a place ("I'm in", "near", "my zip code is", "area", a radius,
    punctuation) so only the place name is left. Meant for short answers (a few hundred
    characters at most)."""
    text = _RADIUS_PHRASE.sub(" ", " ".join(text.split()))
    previous = None
    while previous != text:
        previous = text
        text = _LEADING_FILLER.sub("", text.strip(" ,.;:!?")).strip()
        text = _TRAILING_FILLER.sub("", text).strip()
    return text


def guessed_city_in_state(city: str | None, entities: Iterable[dict[str, Any]], text: str) -> PlaceQuery | None:
    """After "I took that to mean Springfield, MO; add the state if you meant another one", a reply
    that names a state and no place ("illinois", "IL", "no, the one in oregon") asks for ``city``,
    the city guessed, in that state; None without a guessed city or a state."""
    if not city:
        return None
    named = (e["value"] for e in entities if e.get("entity") == "state" and isinstance(e.get("value"), str))
    code = next(filter(None, map(_state_code, named)), None) or _state_code(strip_filler(text))
    return _city_query(city, code) if code else None


def radius_from_text(text: str) -> int | None:
    """ "within 50 miles" / "50 mi" / "25-mile radius" / "radius of 30" → miles, capped at
    :data:`MAX_RADIUS_MILES`; None when no positive radius is written."""
    if not isinstance(text, str):
        return None
    for match in _RADIUS.finditer(text[:2000]):
        miles = float(match.group(1) or match.group(2))
        if miles > 0:
            return min(max(round(miles), 1), MAX_RADIUS_MILES)
    return None


def _state_code(value: str) -> str | None:
    state = gazetteer.state_by_name_or_code(value)
    return state.code if state else None


def _adjacent(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """True when only a comma/space separates two entities (or positions are unknown)."""
    end, start = first.get("end"), second.get("start")
    if not isinstance(end, int) or not isinstance(start, int):
        return True
    return 0 <= start - end <= 3


def _state_after(city: dict[str, Any], states: list[dict[str, Any]]) -> str | None:
    """The state written right after the city ("Portland, Oregon"), else None."""
    for state in states:
        if _adjacent(city, state):
            code = _state_code(state["value"])
            if code:
                return code
    return None


def _code_ending(city: dict[str, Any], text: str) -> str | None:
    """The state whose code, in any case, is all that follows the city in ``text`` (a comma and
    closing filler aside), if the gazetteer has that city there; else None."""
    end = city.get("end")
    if not isinstance(end, int) or not 0 < end <= len(text):
        return None
    written = _STATE_CODE_ENDING.fullmatch(_TRAILING_FILLER.sub("", text[end:]))
    code = _state_code(written.group(1)) if written else None
    return code if code and gazetteer.cities_named(city["value"], code) else None


def _city_query(city: str, state: str | None) -> PlaceQuery:
    city = " ".join(city.split()).strip(" ,")
    return PlaceQuery(text=f"{city}, {state}" if state else city, city=city, state=state)


@lru_cache(maxsize=1)
def _offline_geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


_PLACE_PHRASE = re.compile(
    r"\b(?:in|near|around|close\s+to|by|outside(?:\s+of)?)\s+([^?!.]{2,80}?)\s*[?!.]*$", re.IGNORECASE
)
_NOT_A_PLACE = re.compile(
    r"^(?:me|here|my\s+(?:area|town|city|location)|the\s+area|this\s+area|town|my\s+zip)\b", re.IGNORECASE
)


def place_phrase(text: str) -> str | None:
    """The words naming a place in "clinics in <place>" even when the place is unknown,
    so the visitor can be told "I couldn't find <place>"; None for "near me" and the like."""
    if not isinstance(text, str):
        return None
    found = _PLACE_PHRASE.search(" ".join(text[:_MAX_ANSWER_CHARS].split()))
    if not found or _NOT_A_PLACE.match(found.group(1)):
        return None
    return strip_filler(found.group(1)) or None
