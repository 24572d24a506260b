"""A clinic's latitude and longitude from its ZIP code or city, so staff need not look them up.

Uses the project's offline gazetteer (:mod:`bot.geo`): no network, no key, the same place data
the chat's clinic search measures distances with. The ZIP code wins (it is more precise); the
city is used when the ZIP code is unknown or empty.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from bot.geo.geocoder import OfflineGeocoder

_ZIP5 = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")


@dataclass(frozen=True)
class Located:
    latitude: float
    longitude: float
    #: Where the coordinates came from, for the person who sees them: "ZIP code 94110 (San Francisco, CA)".
    source: str


@lru_cache(maxsize=1)
def _geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


def locate(zip_code: Optional[str], city: Optional[str], state: Optional[str]) -> Optional[Located]:
    """The ZIP code's centre, else the city's (in ``state`` when given); None when neither is known."""
    match = _ZIP5.match(zip_code or "")
    if match:
        found = _geocoder().geocode(match.group(1))
        if found is not None:
            return Located(round(found.latitude, 5), round(found.longitude, 5),
                           f"ZIP code {match.group(1)} ({found.raw['city']}, {found.raw['state']})")
    city = " ".join((city or "").split())
    if len(city) >= 2:
        state = (state or "").strip()
        found = _geocoder().geocode(f"{city}, {state}" if state else city)
        if found is not None:
            return Located(round(found.latitude, 5), round(found.longitude, 5),
                           f"city {found.raw['city']}, {found.raw['state']}")
    return None


def not_found_message(zip_code: Optional[str], city: Optional[str], state: Optional[str]) -> str:
    """What to tell someone whose ZIP code and city gave no coordinates."""
    given = [f"ZIP code {zip_code.strip()}" if (zip_code or "").strip() else "",
             f"city {' '.join(city.split())}{', ' + state if state else ''}" if (city or "").strip() else ""]
    given = [part for part in given if part]
    if not given:
        return "Enter a ZIP code or a city first, or type the latitude and longitude."
    return (f"No coordinates are known for {' or '.join(given)}. Check them, or type the latitude and "
            "longitude (for example from a map).")
