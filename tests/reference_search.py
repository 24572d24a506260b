"""The reference the nearest-clinic search is checked against (by tests and scripts/bench_directory.py):
geopy's geodesic distance to every clinic the Python listing rule lists, sorted. Slow on purpose;
it shares no code with the indexed search it checks."""

from __future__ import annotations

from collections.abc import Iterable

from geopy.distance import geodesic

from bot.directory.listing import ListingPolicy
from bot.directory.search import SearchFilters
from bot.models import Clinic


def brute_force_nearest(
    clinics: Iterable[Clinic],
    latitude: float,
    longitude: float,
    miles: float,
    *,
    limit: int,
    policy: ListingPolicy,
    filters: SearchFilters = SearchFilters(),
) -> list[tuple[float, int]]:
    """(miles, clinic id) of the ``limit`` nearest listed clinics matching ``filters`` within ``miles``."""
    ranked = []
    for clinic in clinics:
        if not policy.is_listed(clinic):  # includes REMS certification for esketamine
            continue
        if filters.treatment and filters.treatment not in (clinic.treatments or []):
            continue
        if filters.telehealth and not clinic.telehealth:
            continue
        distance = geodesic((latitude, longitude), (clinic.latitude, clinic.longitude)).miles
        if distance <= miles:
            ranked.append((distance, clinic.id))
    return sorted(ranked)[:limit]
