"""The offline geocoder over the real gazetteer data, and the Nominatim wrapper's failure modes
(against loopback servers only: these tests never reach the internet)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from bot.geo import gazetteer
from bot.geo.geocoder import GeocodingUnavailable, OfflineGeocoder, make_geocoder

TOLERANCE = 0.5  # degrees; a city's centre vs one of its ZIPs can differ by a few miles

# Reference coordinates from general knowledge, not from the data under test.
ATLANTA = (33.75, -84.39)
ANCHORAGE = (61.22, -149.90)
HONOLULU = (21.31, -157.86)
WINSTON_SALEM = (36.10, -80.24)
SAN_LUIS_OBISPO = (35.28, -120.66)
ST_LOUIS = (38.63, -90.20)
PORTLAND_OR = (45.52, -122.68)
DENVER = (39.74, -104.99)
NEW_YORK = (40.71, -74.01)
WASHINGTON_DC = (38.90, -77.04)


@pytest.fixture(scope="module")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


def assert_near(location: Location | None, expected: tuple[float, float]) -> None:
    assert location is not None
    assert abs(location.latitude - expected[0]) < TOLERANCE, location
    assert abs(location.longitude - expected[1]) < TOLERANCE, location


def test_is_a_geopy_geocoder_returning_geopy_locations(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)
    location = geocoder.geocode("Atlanta, GA")
    assert isinstance(location, Location)
    assert set(location.raw) >= {"kind", "city", "state", "zip", "ambiguous", "alternatives"}


@pytest.mark.parametrize(
    "query, expected, city, state",
    [
        ("30301", ATLANTA, "Atlanta", "GA"),
        ("99501", ANCHORAGE, "Anchorage", "AK"),
        ("96813", HONOLULU, "Honolulu", "HI"),
        ("30301-1234", ATLANTA, "Atlanta", "GA"),
        ("zip 30301", ATLANTA, "Atlanta", "GA"),
        ("Atlanta, GA 30303", ATLANTA, "Atlanta", "GA"),
    ],
)
def test_zip_codes(geocoder: OfflineGeocoder, query: str, expected: tuple[float, float], city: str, state: str) -> None:
    location = geocoder.geocode(query)
    assert_near(location, expected)
    assert location.raw["kind"] == "zip"
    assert (location.raw["city"], location.raw["state"]) == (city, state)
    assert location.raw["zip"] == query.split()[-1][:5]
    assert location.address == f"{city}, {state} {location.raw['zip']}"


@pytest.mark.parametrize("query", ["00000", "99999", "30301-"])
def test_unknown_zip_codes_are_not_found(geocoder: OfflineGeocoder, query: str) -> None:
    assert geocoder.geocode(query) is None


@pytest.mark.parametrize(
    "query, expected, address",
    [
        ("Winston-Salem, NC", WINSTON_SALEM, "Winston-Salem, NC"),
        ("winston-salem nc", WINSTON_SALEM, "Winston-Salem, NC"),
        ("Winston Salem North Carolina", WINSTON_SALEM, "Winston-Salem, NC"),
        ("San Luis Obispo, CA", SAN_LUIS_OBISPO, "San Luis Obispo, CA"),
        ("San Luis Obispo California", SAN_LUIS_OBISPO, "San Luis Obispo, CA"),
        ("portland oregon", PORTLAND_OR, "Portland, OR"),
        ("Portland, OR, USA", PORTLAND_OR, "Portland, OR"),
        ("saint louis, mo", ST_LOUIS, "St. Louis, MO"),
        ("Denver CO", DENVER, "Denver, CO"),
        ("New York, NY", NEW_YORK, "New York City, NY"),
        ("Washington, D.C.", WASHINGTON_DC, "Washington, DC"),
        ("washington dc", WASHINGTON_DC, "Washington, DC"),
    ],
)
def test_city_and_state(geocoder: OfflineGeocoder, query: str, expected: tuple[float, float], address: str) -> None:
    location = geocoder.geocode(query)
    assert_near(location, expected)
    assert location.address == address
    assert location.raw["kind"] == "city"
    assert location.raw["ambiguous"] is False
    assert location.raw["zip"] is None


def test_city_in_the_wrong_state_is_not_guessed(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("San Luis Obispo, TX") is None
    assert geocoder.geocode("Honolulu, Alaska") is None


@pytest.mark.parametrize(
    "query, expected, state",
    [
        ("Portland", PORTLAND_OR, "OR"),
        ("St. Louis", ST_LOUIS, "MO"),
        ("Denver", DENVER, "CO"),
    ],
)
def test_a_city_alone_picks_the_most_populous_and_says_it_guessed(
    geocoder: OfflineGeocoder, query: str, expected: tuple[float, float], state: str
) -> None:
    location = geocoder.geocode(query)
    assert_near(location, expected)
    assert location.raw["state"] == state
    assert location.raw["ambiguous"] is True
    assert location.raw["alternatives"] >= 1


def test_springfield_lists_its_alternatives(geocoder: OfflineGeocoder) -> None:
    every = geocoder.geocode("Springfield", exactly_one=False)
    assert len(every) >= 5
    states = {location.raw["state"] for location in every}
    assert {"IL", "MA", "MO", "OR", "OH"} <= states
    populations = [location.raw["population"] or 0 for location in every]
    assert populations == sorted(populations, reverse=True)
    first = geocoder.geocode("Springfield")
    assert first.address == every[0].address
    assert first.raw["alternatives"] == len(every) - 1


def test_unique_city_is_not_ambiguous(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("San Luis Obispo")
    assert_near(location, SAN_LUIS_OBISPO)
    assert location.raw["ambiguous"] is False
    assert location.raw["alternatives"] == 0


@pytest.mark.parametrize(
    "query", ["Ohio", "north carolina", "CA", "ga", "New York", "Washington", "West Virginia", "District of Columbia"]
)
def test_a_state_alone_is_too_broad(geocoder: OfflineGeocoder, query: str) -> None:
    assert geocoder.geocode(query) is None


@pytest.mark.parametrize(
    "query",
    [
        "Gotham City",
        "Atlantis, GA",
        "Paris, France",
        "Berlin, Germany",
        "Tokyo",
        "the moon",
        "Narnia",
        "!!!",
        "",
        "   ",
        "a",
        "12345678",
        "🙂",
        "\x00\x01",
        "Portland, Narnia",
        "what does ketamine cost?",
    ],
)
def test_unknown_or_junk_input_is_not_found(geocoder: OfflineGeocoder, query: str) -> None:
    assert geocoder.geocode(query) is None


def test_a_real_small_town_named_like_a_myth_is_found(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Atlantis")  # Atlantis, Florida, population ~2,000
    assert location is not None and location.raw["state"] == "FL"


def test_huge_input_returns_none(geocoder: OfflineGeocoder) -> None:
    """Refused outright (how fast: ``make bench-directory``)."""
    assert geocoder.geocode("a" * 100_000) is None
    assert geocoder.geocode("Denver " * 20_000) is None


def test_non_string_input_is_a_type_error(geocoder: OfflineGeocoder) -> None:
    with pytest.raises(TypeError):
        geocoder.geocode(30301)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        geocoder.geocode(None)  # type: ignore[arg-type]


def test_gazetteer_sizes_and_lookups() -> None:
    assert len(gazetteer.all_states()) == 52  # 50 states, DC, Puerto Rico
    assert gazetteer.state_by_name_or_code("n.c.").code == "NC"
    assert gazetteer.state_by_name_or_code("Georgia").code == "GA"
    assert gazetteer.state_by_name_or_code("xx") is None
    assert len(gazetteer.all_cities()) > 30_000
    assert gazetteer.zip_place("99501").state == "AK"
    assert gazetteer.zip_place("30301-9999").city == "Atlanta"
    assert [c.state for c in gazetteer.cities_named("ft. worth")] == ["TX"]


def test_make_geocoder_offline_is_the_default() -> None:
    assert isinstance(make_geocoder(), OfflineGeocoder)
    with pytest.raises(ValueError):
        make_geocoder("google")


@pytest.mark.parametrize("user_agent", [None, "", "   ", "geopy/2.4.1", "my-application"])
def test_nominatim_needs_a_real_user_agent(user_agent: str | None) -> None:
    with pytest.raises(ValueError):
        make_geocoder("nominatim", user_agent=user_agent)


def _nominatim(domain: str):
    return make_geocoder(
        "nominatim",
        user_agent="ketamine-assistant-tests/1.0",
        domain=domain,
        scheme="http",
        timeout=2,
        min_delay_seconds=0,
        max_retries=0,
    )


def test_nominatim_refused_connection_is_unavailable_not_not_found() -> None:
    with pytest.raises(GeocodingUnavailable):
        _nominatim("127.0.0.1:9").geocode("Denver, CO")


class _FakeNominatim(BaseHTTPRequestHandler):
    """Answers like Nominatim: 503 for "down", [] for unknown places, one hit otherwise."""

    requests: list[str] = []

    def do_GET(self) -> None:  # http.server's naming
        type(self).requests.append(self.path)
        if "down" in self.path:
            self.send_response(503)
            self.end_headers()
            return
        hits = (
            []
            if "nowhere" in self.path
            else [{"lat": "39.74", "lon": "-104.99", "display_name": "Denver, Colorado, USA"}]
        )
        body = json.dumps(hits).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_nominatim() -> Iterator[str]:
    _FakeNominatim.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_nominatim_server_error_is_unavailable(fake_nominatim: str) -> None:
    with pytest.raises(GeocodingUnavailable):
        _nominatim(fake_nominatim).geocode("down town")


def test_nominatim_not_found_is_none_and_results_are_cached_us_only(fake_nominatim: str) -> None:
    geocoder = _nominatim(fake_nominatim)
    assert geocoder.geocode("nowhere at all") is None
    first = geocoder.geocode("Denver, CO")
    again = geocoder.geocode("  denver,   co ")
    assert_near(first, DENVER)
    assert again is first
    assert len(_FakeNominatim.requests) == 2
    assert all("countrycodes=us" in path for path in _FakeNominatim.requests)
