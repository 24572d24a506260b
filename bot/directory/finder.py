"""The clinic search a visitor runs: place or coordinates in, nearest licensed clinics out.

Joins the geocoder, the listing rule and the search, and says plainly what happened:
found (perhaps after widening), none found, place unknown, or place search unavailable.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.directory.listing import ListingPolicy
from bot.directory.search import WIDENING_RADII, SearchFilters, SearchResult, search_with_widening
from bot.geo.geocoder import GeocodingUnavailable, PlaceGeocoder
from bot.geo.places import PlaceQuery

log = logging.getLogger(__name__)

Status = Literal["found", "none", "unknown_place", "unavailable"]


@dataclass(frozen=True)
class ClinicSearch:
    status: Status
    place: str  # how the visitor's place was understood, e.g. "Atlanta, GA 30301"
    filters: SearchFilters
    result: SearchResult | None = None
    guessed: str | None = None  # "Portland, OR" when a bare city name had several matches


def radii_for(requested: int | None) -> tuple[int, ...]:
    """25, 50, 100 miles; a radius the visitor named comes first, then the larger defaults."""
    if requested is None:
        return WIDENING_RADII
    return (requested, *(radius for radius in WIDENING_RADII if radius > requested))


class ClinicFinder:
    def __init__(self, engine: Engine, geocoder: PlaceGeocoder, *, verification_days: int, limit: int) -> None:
        self.engine = engine
        self.geocoder = geocoder
        self.verification_days = verification_days
        self.limit = limit

    def policy(self) -> ListingPolicy:
        return ListingPolicy(today=dt.date.today(), max_verification_age_days=self.verification_days)

    def near_place(self, place: PlaceQuery, filters: SearchFilters, radius: int | None = None) -> ClinicSearch:
        """Geocode ``place`` and search around it."""
        try:
            location = self.geocoder.geocode(place.text)
        except GeocodingUnavailable:
            log.warning("geocoder unavailable for %r", place.text)
            return ClinicSearch("unavailable", place.text, filters)
        if location is None:
            return ClinicSearch("unknown_place", place.text, filters)
        raw = location.raw if isinstance(location.raw, dict) else {}
        guessed = location.address if raw.get("ambiguous") else None
        return self.near_point(location.latitude, location.longitude, location.address, filters, radius, guessed)

    def near_point(
        self,
        latitude: float,
        longitude: float,
        label: str,
        filters: SearchFilters,
        radius: int | None = None,
        guessed: str | None = None,
    ) -> ClinicSearch:
        """Search around coordinates (e.g. sent by the browser's "use my location")."""
        with session_scope(self.engine) as session:
            result = search_with_widening(
                session,
                latitude,
                longitude,
                limit=self.limit,
                policy=self.policy(),
                filters=filters,
                radii=radii_for(radius),
            )
        return ClinicSearch("found" if result.hits else "none", label, filters, result, guessed)
