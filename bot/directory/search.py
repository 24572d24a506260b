"""Nearest licensed clinics: an indexed bounding box in SQL, then exact geodesic distance.

The bounding box (latitude/longitude ranges, served by a composite index) narrows 100,000
clinics to the few near the visitor. Great-circle distance, cheap and never more than
0.6% off the geodesic, shortlists them; geopy's geodesic distance then ranks the
shortlist exactly. The result equals ranking every listed clinic by geodesic distance.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from geopy.distance import geodesic, great_circle
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from bot.directory.listing import ListingPolicy
from bot.models import Clinic

MILES_PER_DEGREE_LATITUDE = 68.70  # the smallest value (at the equator): a box never too small
MILES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 69.17
GREAT_CIRCLE_ERROR = 0.006  # great-circle vs geodesic on the WGS-84 ellipsoid, relative, with margin
WIDENING_RADII = (25, 50, 100)


@dataclass(frozen=True)
class SearchFilters:
    treatment: Optional[str] = None  # one of bot.models.TREATMENTS
    telehealth: bool = False


@dataclass(frozen=True)
class ClinicHit:
    clinic: Clinic
    miles: float


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[ClinicHit, ...]
    radius: int
    widened: bool  # the first radius found nothing and a larger one was used


def bounding_box(latitude: float, longitude: float, miles: float) -> tuple[float, float, list[tuple[float, float]]]:
    """Latitude range and longitude ranges (two when the box crosses the antimeridian)."""
    delta_latitude = miles / MILES_PER_DEGREE_LATITUDE
    south, north = max(-90.0, latitude - delta_latitude), min(90.0, latitude + delta_latitude)
    widest = max(abs(south), abs(north))
    if widest >= 89.0:
        return south, north, [(-180.0, 180.0)]
    delta_longitude = miles / (MILES_PER_DEGREE_LONGITUDE_AT_EQUATOR * math.cos(math.radians(widest)))
    if delta_longitude >= 180:
        return south, north, [(-180.0, 180.0)]
    west, east = longitude - delta_longitude, longitude + delta_longitude
    if west < -180:
        return south, north, [(west + 360, 180.0), (-180.0, east)]
    if east > 180:
        return south, north, [(west, 180.0), (-180.0, east - 360)]
    return south, north, [(west, east)]


def _matches(treatments: Sequence[str], telehealth: bool, has_rems: bool, filters: SearchFilters) -> bool:
    if "esketamine" in treatments and not has_rems:
        return False  # offering esketamine without REMS certification: not listed at all
    if filters.treatment and filters.treatment not in treatments:
        return False
    return telehealth or not filters.telehealth


def nearest_clinics(session: Session, latitude: float, longitude: float, miles: float, *, limit: int,
                    policy: ListingPolicy, filters: SearchFilters = SearchFilters()) -> list[ClinicHit]:
    """Listed clinics within ``miles`` of the point, nearest first, at most ``limit``."""
    south, north, longitude_ranges = bounding_box(latitude, longitude, miles)
    query = (select(Clinic.id, Clinic.latitude, Clinic.longitude, Clinic.treatments, Clinic.telehealth,
                    policy.rems_certified().label("has_rems"))
             .where(Clinic.latitude.between(south, north))
             .where(or_(*(and_(Clinic.longitude >= west, Clinic.longitude <= east)
                          for west, east in longitude_ranges)))
             .where(policy.passing_credential()))
    origin = (latitude, longitude)
    rough = []
    for row in session.execute(query):
        if _matches(row.treatments or [], row.telehealth, row.has_rems, filters):
            approximate = great_circle(origin, (row.latitude, row.longitude)).miles
            if approximate * (1 - GREAT_CIRCLE_ERROR) <= miles:
                rough.append((approximate, row.id, row.latitude, row.longitude))
    rough.sort()
    if len(rough) > limit:  # anything beyond the k-th by more than the error bound cannot make the cut
        cutoff = rough[limit - 1][0] * (1 + GREAT_CIRCLE_ERROR) / (1 - GREAT_CIRCLE_ERROR)
        rough = [candidate for candidate in rough if candidate[0] <= cutoff]
    exact = sorted((geodesic(origin, (lat, lon)).miles, clinic_id) for _, clinic_id, lat, lon in rough)
    exact = [(distance, clinic_id) for distance, clinic_id in exact if distance <= miles][:limit]
    if not exact:
        return []
    clinics = {clinic.id: clinic for clinic in session.execute(
        select(Clinic).where(Clinic.id.in_([clinic_id for _, clinic_id in exact]))
        .options(selectinload(Clinic.credentials))).scalars()}
    return [ClinicHit(clinics[clinic_id], distance) for distance, clinic_id in exact]


def search_with_widening(session: Session, latitude: float, longitude: float, *, limit: int,
                         policy: ListingPolicy, filters: SearchFilters = SearchFilters(),
                         radii: Iterable[int] = WIDENING_RADII) -> SearchResult:
    """Try each radius in turn until one finds clinics; says whether it had to widen."""
    radii = list(radii)
    for radius in radii:
        hits = nearest_clinics(session, latitude, longitude, radius, limit=limit, policy=policy, filters=filters)
        if hits:
            return SearchResult(tuple(hits), radius, widened=radius != radii[0])
    return SearchResult((), radii[-1], widened=len(radii) > 1)


def brute_force_nearest(clinics: Iterable[Clinic], latitude: float, longitude: float, miles: float, *,
                        limit: int, policy: ListingPolicy, filters: SearchFilters = SearchFilters()
                        ) -> list[tuple[float, int]]:
    """Reference ranking: geodesic distance to every clinic the Python rule lists."""
    ranked = []
    for clinic in clinics:
        if not policy.is_listed(clinic):
            continue
        if not _matches(clinic.treatments or [], clinic.telehealth, True, filters):
            continue
        distance = geodesic((latitude, longitude), (clinic.latitude, clinic.longitude)).miles
        if distance <= miles:
            ranked.append((distance, clinic.id))
    return sorted(ranked)[:limit]
