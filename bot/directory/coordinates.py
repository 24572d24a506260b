"""A clinic's latitude and longitude from its ZIP code or city, so staff need not look them up.

Uses the project's offline gazetteer (:mod:`bot.geo`): no network, no key, the same place data
the chat's clinic search measures distances with. The ZIP code wins (it is more precise); the
city is used when the ZIP code is unknown or empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.geo.geocoder import OfflineGeocoder
from bot.rules import zip5


@dataclass(frozen=True)
class Located:
    latitude: float
    longitude: float
    #: Where the coordinates came from, for the person who sees them: "ZIP code 94110 (San Francisco, CA)".
    source: str


@lru_cache(maxsize=1)
def _geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


def locate(zip_code: str | None, city: str | None, state: str | None) -> Located | None:
    """The ZIP code's centre, else the city's (in ``state`` when given); None when neither is known."""
    code = zip5(zip_code)
    if code:
        found = _geocoder().geocode(code)
        if found is not None:
            return Located(
                round(found.latitude, 5),
                round(found.longitude, 5),
                f"ZIP code {code} ({found.raw['city']}, {found.raw['state']})",
            )
    city = " ".join((city or "").split())
    if len(city) >= 2:
        state = (state or "").strip()
        found = _geocoder().geocode(f"{city}, {state}" if state else city)
        if found is not None:
            return Located(
                round(found.latitude, 5), round(found.longitude, 5), f"city {found.raw['city']}, {found.raw['state']}"
            )
    return None


def not_found_message(zip_code: str | None, city: str | None, state: str | None) -> str:
    """What to tell someone whose ZIP code and city gave no coordinates."""
    given = [
        f"ZIP code {(zip_code or '').strip()}" if (zip_code or "").strip() else "",
        f"city {' '.join((city or '').split())}{', ' + state if state else ''}" if (city or "").strip() else "",
    ]
    given = [part for part in given if part]
    if not given:
        return "Enter a ZIP code or a city first, or type the latitude and longitude."
    return (
        f"No coordinates are known for {' or '.join(given)}. Check them, or type the latitude and "
        "longitude (for example from a map)."
    )
