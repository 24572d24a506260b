"""Nearest licensed clinics: an indexed bounding box and ordering in SQL, exact distance in Python.

SQL narrows 100,000 clinics to a latitude/longitude box (a composite index) and streams
the clinics in it nearest-first by a flat-earth approximation of distance, computed from
the index alone. Python checks the license of each small batch, measures the exact
geodesic distance (WGS-84, the ellipsoid geopy's ``geodesic`` uses) only of clinics that
could still make the list, and stops as soon as no clinic further down the stream can
beat the ones found: the approximation is never more than a known factor above the true
distance. The result equals ranking every listed clinic by geopy's geodesic distance (tested).
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from geographiclib.geodesic import Geodesic
from geopy.units import miles as kilometres_to_miles
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.sql import Select

from bot.directory.listing import ListingPolicy, passing_credential, rems_certified
from bot.models import Clinic

MILES_PER_DEGREE_LATITUDE = 68.70  # the smallest value (at the equator): a box never too small
MILES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 69.17
MILES_PER_DEGREE = 69.09  # on the mean-radius sphere, for the flat approximation
# How far below the true geodesic distance the flat approximation can fall, besides the
# latitude effect computed per query: sphere vs ellipsoid (0.56%) and flatness (< 1%).
APPROXIMATION_SLACK = 0.985
BATCH = 16
FIRST_BOX_MILES = 3.0
BOX_GROWTH = 2.5
WIDENING_RADII = (25, 50, 100)


@dataclass(frozen=True)
class SearchFilters:
    treatment: str | None = None  # one of bot.models.TREATMENTS
    telehealth: bool = False


@dataclass(frozen=True)
class ClinicHit:
    clinic: Clinic
    miles: float


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[ClinicHit, ...]
    radius: int  # the radius of the search that produced the hits (the last one tried if none)
    first_radius: int

    @property
    def widened(self) -> bool:
        """The first radius found nothing and a larger one was searched."""
        return self.radius != self.first_radius


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


def lower_bound_factor(latitude: float, miles: float) -> float:
    """The flat approximation times this is at most the true distance, anywhere in the box.

    Longitude degrees shrink towards the pole: the approximation scales them by the
    cosine of the visitor's latitude, which overstates distances on the poleward side by at
    most cos(lat)/cos(lat + half the box height).
    """
    half_height = miles / MILES_PER_DEGREE_LATITUDE / 2
    poleward = min(89.9, abs(latitude) + half_height)
    return min(1.0, math.cos(math.radians(poleward)) / math.cos(math.radians(latitude))) * APPROXIMATION_SLACK


@cache
def _box_statement() -> Select:
    """Clinic ids in a box, nearest first by the flat approximation (squared degrees)."""
    dlat = Clinic.latitude - bindparam("lat0")
    dlon = Clinic.longitude - bindparam("lon0")
    flat = dlat * dlat + dlon * dlon * bindparam("scale2")
    return (
        select(Clinic.id, flat.label("flat"))
        .where(
            Clinic.latitude.between(bindparam("south"), bindparam("north")),
            Clinic.longitude.between(bindparam("west"), bindparam("east")),
        )
        .order_by(flat, Clinic.id)
        .limit(bindparam("size"))
        .offset(bindparam("skip"))
    )


@cache
def _listed_statement() -> Select:
    """Position, treatments and REMS status of the listed clinics among some ids."""
    return select(
        Clinic.id,
        Clinic.latitude,
        Clinic.longitude,
        Clinic.treatments,
        Clinic.telehealth,
        rems_certified().label("has_rems"),
    ).where(Clinic.id.in_(bindparam("ids", expanding=True)), passing_credential())


def _stream(
    session: Session,
    latitude: float,
    longitude: float,
    south: float,
    north: float,
    west: float,
    east: float,
    shift: float,
) -> Iterator[tuple[float, int]]:
    """(approximate miles, clinic id) for clinics in one box, nearest first, fetched in batches."""
    parameters = {
        "lat0": latitude,
        "lon0": longitude + shift,
        "scale2": math.cos(math.radians(latitude)) ** 2,
        "south": south,
        "north": north,
        "west": west,
        "east": east,
    }
    size, skip = BATCH, 0
    while True:
        rows = session.execute(_box_statement(), {**parameters, "size": size, "skip": skip}).all()
        for clinic_id, squared in rows:
            yield math.sqrt(max(squared, 0.0)) * MILES_PER_DEGREE, clinic_id
        if len(rows) < size:
            return
        skip += size
        size *= 2


def nearest_clinics(
    session: Session,
    latitude: float,
    longitude: float,
    miles: float,
    *,
    limit: int,
    policy: ListingPolicy,
    filters: SearchFilters = SearchFilters(),
) -> list[ClinicHit]:
    """Listed clinics within ``miles`` of the point, nearest first, at most ``limit``.

    Searches a small box first and grows it, so a dense city costs the same as a village:
    a box that already holds ``limit`` clinics no farther than its own half-width cannot
    be beaten by anything outside it.
    """
    origin = (latitude, longitude)
    candidates: dict[int, Candidate | None] = {}  # clinic id -> candidate (None: not listed or filtered)
    box_miles = min(miles, FIRST_BOX_MILES)
    while True:
        found = _nearest_in_box(session, origin, box_miles, limit, policy, filters, candidates)
        found = [(distance, clinic_id) for distance, clinic_id in found if distance <= miles]
        if box_miles >= miles or (len(found) == limit and found[-1][0] <= box_miles):
            break
        box_miles = min(miles, box_miles * BOX_GROWTH)
    if not found:
        return []
    clinics = {
        clinic.id: clinic
        for clinic in session.execute(
            select(Clinic)
            .where(Clinic.id.in_([clinic_id for _, clinic_id in found]))
            .options(joinedload(Clinic.credentials))
        )
        .unique()
        .scalars()
    }
    return [ClinicHit(clinics[clinic_id], distance) for distance, clinic_id in found]


def _nearest_in_box(
    session: Session,
    origin: tuple[float, float],
    box_miles: float,
    limit: int,
    policy: ListingPolicy,
    filters: SearchFilters,
    candidates: dict[int, Candidate | None],
) -> list[tuple[float, int]]:
    """The ``limit`` nearest listed clinics among those in the box around ``origin``."""
    latitude, longitude = origin
    south, north, longitude_ranges = bounding_box(latitude, longitude, box_miles)
    shifts = [
        0.0 if west <= longitude <= east else (360.0 if longitude < west else -360.0) for west, east in longitude_ranges
    ]
    stream = heapq.merge(
        *(
            _stream(session, latitude, longitude, south, north, west, east, shift)
            for (west, east), shift in zip(longitude_ranges, shifts, strict=True)
        )
    )
    factor = lower_bound_factor(latitude, box_miles)
    found: list[tuple[float, int]] = []
    while True:
        batch = list(itertools.islice(stream, BATCH))
        if not batch:
            return found
        _check_listed(
            session, [clinic_id for _, clinic_id in batch if clinic_id not in candidates], policy, filters, candidates
        )
        for approximate, clinic_id in batch:
            if len(found) == limit and approximate * factor > found[-1][0]:
                return found  # nothing further down the stream can be nearer
            candidate = candidates[clinic_id]
            if candidate is not None:
                found = sorted(found + [(candidate.miles_from(origin), clinic_id)])[:limit]


@dataclass
class Candidate:
    """A listed clinic that matches the filters; its distance is measured once, when first needed."""

    latitude: float
    longitude: float
    miles: float | None = None

    def miles_from(self, origin: tuple[float, float]) -> float:
        if self.miles is None:
            self.miles = geodesic_miles(origin, (self.latitude, self.longitude))
        return self.miles


def geodesic_miles(origin: tuple[float, float], point: tuple[float, float]) -> float:
    """geopy's ``geodesic(origin, point).miles`` (WGS-84, Karney's algorithm), without its per-call set-up."""
    metres = Geodesic.WGS84.Inverse(origin[0], origin[1], point[0], point[1], Geodesic.DISTANCE)["s12"]
    return kilometres_to_miles(kilometers=metres / 1000)


def _check_listed(
    session: Session,
    clinic_ids: list[int],
    policy: ListingPolicy,
    filters: SearchFilters,
    candidates: dict[int, Candidate | None],
) -> None:
    """Record each listed, matching clinic as a candidate (None for the others)."""
    if not clinic_ids:
        return
    candidates.update(dict.fromkeys(clinic_ids))
    for row in session.execute(_listed_statement(), {"ids": clinic_ids, **policy.parameters()}):
        if _matches(row.treatments or [], row.telehealth, row.has_rems, filters):
            candidates[row.id] = Candidate(row.latitude, row.longitude)


def search_with_widening(
    session: Session,
    latitude: float,
    longitude: float,
    *,
    limit: int,
    policy: ListingPolicy,
    filters: SearchFilters = SearchFilters(),
    radii: Iterable[int] = WIDENING_RADII,
) -> SearchResult:
    """Try each radius in turn until one finds clinics; says whether it had to widen."""
    radii = list(radii)
    for radius in radii:
        hits = nearest_clinics(session, latitude, longitude, radius, limit=limit, policy=policy, filters=filters)
        if hits:
            return SearchResult(tuple(hits), radius, radii[0])
    return SearchResult((), radii[-1], radii[0])
