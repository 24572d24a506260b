"""Turn a visitor's place text into coordinates: offline from the gazetteer, or via Nominatim.

The offline geocoder is the default because it needs no network, no API key and no rate limit;
Nominatim is an opt-in for addresses the gazetteer cannot know (streets, landmarks).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any, Literal, Protocol, overload

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderQueryError, GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from bot.geo import gazetteer
from bot.geo.gazetteer import City, State
from bot.rules import find_zip

log = logging.getLogger(__name__)

#: Longer text is not a place name; refusing it keeps junk input cheap.
MAX_QUERY_CHARS = 120
_COUNTRY_SUFFIX = re.compile(r"[\s,]+(?:usa|u\.s\.a\.?|u\.s\.?|us|united states(?: of america)?)\.?$", re.IGNORECASE)
_MAX_STATE_WORDS = 4  # "District of Columbia"


class GeocodingUnavailable(Exception):
    """An online geocoder failed (down, timed out, refused us): "search unavailable", not
    "place not found"."""


class PlaceGeocoder(Protocol):
    """What callers need: text in, a geopy ``Location`` (or None when not found) out."""

    def geocode(self, query: str) -> Location | None: ...


class _NoNetworkAdapter(BaseSyncAdapter):
    """geopy's base class insists on an HTTP adapter; this one guarantees none is ever used."""

    def get_json(self, url: str, *, timeout: float, headers: dict) -> Any:
        raise RuntimeError("OfflineGeocoder never makes HTTP requests")

    def get_text(self, url: str, *, timeout: float, headers: dict) -> str:
        raise RuntimeError("OfflineGeocoder never makes HTTP requests")


class OfflineGeocoder(Geocoder):
    """A geopy geocoder over the bundled US gazetteer: ZIPs, "City, ST", "City State", "City".

    A bare state ("Ohio") is too broad for a clinic search and returns None; a bare city name
    picks the most populous match and says so in ``raw`` (``ambiguous``, ``alternatives``).
    """

    def __init__(self) -> None:
        super().__init__(user_agent="ketamine-assistant-offline", adapter_factory=_NoNetworkAdapter)

    @overload
    def geocode(
        self, query: str, *, exactly_one: Literal[True] = True, timeout: float | None = None
    ) -> Location | None: ...

    @overload
    def geocode(
        self, query: str, *, exactly_one: Literal[False], timeout: float | None = None
    ) -> list[Location] | None: ...

    def geocode(
        self, query: str, *, exactly_one: bool = True, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """Resolve ``query``; ``timeout`` is accepted for geopy compatibility and unused."""
        if not isinstance(query, str):
            raise TypeError(f"query must be a str, not {type(query).__name__}")
        locations = _resolve(query)
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: float | None = None) -> None:
        """Not supported offline."""
        raise NotImplementedError("OfflineGeocoder does not reverse-geocode")


def _resolve(query: str) -> list[Location]:
    """All matches for ``query``, best first; empty when not a (known) US place."""
    text = " ".join(query.split())
    if not text or len(text) > MAX_QUERY_CHARS:
        return []
    text = _COUNTRY_SUFFIX.sub("", text).strip(" ,.;:!?")
    zip_code = find_zip(text)  # "30301", "zip code: 30301", "Atlanta 30301-1234"
    if zip_code:
        place = gazetteer.zip_place(zip_code)
        return [_zip_location(place)] if place else []
    if not any(ch.isalpha() for ch in text) or gazetteer.state_by_name_or_code(text):
        return []
    city, state = _split_city_state(text)
    if city is None:
        return []
    cities = gazetteer.cities_named(city, state.code if state else None)
    if not cities:
        return []
    ambiguous = state is None and len(cities) > 1
    return [_city_location(found, ambiguous, len(cities) - 1) for found in cities]


def _split_city_state(text: str) -> tuple[str | None, State | None]:
    """("Winston-Salem, NC") / ("portland oregon") / ("Denver") → city text and state.

    With a comma the part after it must be a state (else it is not a US place: "Paris, France").
    Without one, the longest trailing run of words that names a state is taken as the state,
    provided a known city of that name is in it; otherwise the whole text is the city.
    """
    if "," in text:
        city, _, rest = text.rpartition(",")
        state = gazetteer.state_by_name_or_code(rest.strip())
        city = city.strip(" ,")
        return (city, state) if state and city else (None, None)
    words = text.split()
    for count in range(min(_MAX_STATE_WORDS, len(words) - 1), 0, -1):
        state = gazetteer.state_by_name_or_code(" ".join(words[-count:]))
        city = " ".join(words[:-count])
        if state and gazetteer.cities_named(city, state.code):
            return city, state
    return text, None


def _zip_location(place: gazetteer.ZipPlace) -> Location:
    raw = {
        "kind": "zip",
        "city": place.city,
        "state": place.state,
        "zip": place.zip,
        "ambiguous": False,
        "alternatives": 0,
        "population": None,
    }
    return Location(f"{place.city}, {place.state} {place.zip}", (place.lat, place.lon), raw)


def _city_location(city: City, ambiguous: bool, alternatives: int) -> Location:
    raw = {
        "kind": "city",
        "city": city.name,
        "state": city.state,
        "zip": None,
        "ambiguous": ambiguous,
        "alternatives": alternatives,
        "population": city.population or None,
    }
    return Location(f"{city.name}, {city.state}", (city.lat, city.lon), raw)


class _CachedOnlineGeocoder:
    """Rate-limited, cached, US-only geocoding through a geopy network geocoder."""

    def __init__(self, geocode: Any, cache_size: int) -> None:
        self._geocode = geocode
        self._cached = lru_cache(maxsize=cache_size)(self._lookup)

    def geocode(self, query: str) -> Location | None:
        if not isinstance(query, str):
            raise TypeError(f"query must be a str, not {type(query).__name__}")
        key = " ".join(query.lower().split())
        if not key or len(key) > MAX_QUERY_CHARS:
            return None
        return self._cached(key)

    def _lookup(self, query: str) -> Location | None:
        try:
            return self._geocode(query, exactly_one=True, country_codes="us")
        except GeocoderQueryError as error:  # the service rejected this text: not found
            log.info("geocoder rejected %r: %s", query, error)
            return None
        except GeopyError as error:
            log.warning("online geocoder unavailable: %s", error)
            raise GeocodingUnavailable(str(error)) from error


def _checked_user_agent(user_agent: str | None) -> str:
    """Nominatim's usage policy requires an identifying User-Agent; refuse defaults."""
    from geopy.geocoders import nominatim

    rejected = getattr(nominatim, "_REJECTED_USER_AGENTS", ())  # geopy's list of sample agents
    agent = (user_agent or "").strip()
    if not agent or agent in rejected or agent.startswith("geopy/"):
        raise ValueError(
            "the nominatim geocoder needs a real user agent "
            "(e.g. GEOCODER_USER_AGENT='ketamine-assistant/1.0 (ops@example.org)')"
        )
    return agent


def make_geocoder(
    kind: str = "offline",
    *,
    user_agent: str | None = None,
    min_delay_seconds: float = 1.0,
    timeout: float = 5.0,
    max_retries: int = 2,
    error_wait_seconds: float = 5.0,
    cache_size: int = 1024,
    **geocoder_options: Any,
) -> PlaceGeocoder:
    """The geocoder named by ``kind`` ("offline" or "nominatim"), configured from arguments only.

    ``geocoder_options`` go to geopy's ``Nominatim`` (e.g. ``domain``/``scheme`` for a
    self-hosted server). Online failures raise :class:`GeocodingUnavailable`.
    """
    kind = (kind or "offline").strip().lower()
    if kind == "offline":
        return OfflineGeocoder()
    if kind == "nominatim":
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        service = Nominatim(user_agent=_checked_user_agent(user_agent), timeout=timeout, **geocoder_options)
        limited = RateLimiter(
            service.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=error_wait_seconds,
            swallow_exceptions=False,
        )
        return _CachedOnlineGeocoder(limited, cache_size)
    raise ValueError(f"unknown geocoder {kind!r}: use 'offline' or 'nominatim'")
