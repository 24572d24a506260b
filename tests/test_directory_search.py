"""Nearest-clinic search equals a brute-force geodesic ranking, and widens when it must."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.db import session_scope
from bot.directory.listing import ListingPolicy
from bot.directory.search import SearchFilters, bounding_box, nearest_clinics, search_with_widening
from bot.models import TREATMENTS, Clinic
from tests.clinic_factory import TODAY, make_clinic
from tests.reference_search import brute_force_nearest

POLICY = ListingPolicy(today=TODAY)
REGIONS = {  # (south, north, west, east, state)
    "contiguous": (25.0, 49.0, -124.5, -67.0, "KS"),
    "alaska": (51.5, 71.0, -179.9, -130.0, "AK"),
    "hawaii": (18.9, 22.3, -160.3, -154.8, "HI"),
}
BAD_CREDENTIALS = [
    dict(status="expired"),
    dict(license_state="ZZ"),
    dict(verified_on=None),
    dict(license_expires=TODAY - dt.timedelta(days=3)),
]


def random_directory(count: int, seed: int = 11) -> list[Clinic]:
    rng = random.Random(seed)
    clinics = []
    for number in range(count):
        south, north, west, east, state = REGIONS[rng.choice(["contiguous"] * 6 + ["alaska", "hawaii"])]
        treatments = rng.sample(list(TREATMENTS), rng.randint(1, 3))
        bad = rng.choice(BAD_CREDENTIALS) if rng.random() < 0.15 else {}
        if "license_state" in bad:
            bad = {"license_state": "TX" if state != "TX" else "OK"}
        clinics.append(
            make_clinic(
                f"c{number}",
                rng.uniform(south, north),
                rng.uniform(west, east),
                state,
                treatments=treatments,
                telehealth=rng.random() < 0.3,
                rems_certified=rng.random() < 0.8,
                **bad,
            )
        )
    return clinics


@pytest.fixture
def directory(engine):
    with session_scope(engine) as session:
        session.add_all(random_directory(1500))
    with session_scope(engine) as session:
        clinics = session.execute(select(Clinic).options(selectinload(Clinic.credentials))).scalars().all()
        session.expunge_all()
    return engine, clinics


points = st.sampled_from(list(REGIONS)).flatmap(
    lambda region: st.tuples(
        st.floats(REGIONS[region][0], REGIONS[region][1]), st.floats(REGIONS[region][2], REGIONS[region][3])
    )
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    point=points,
    miles=st.sampled_from([10, 25, 50, 100, 400]),
    limit=st.integers(1, 8),
    treatment=st.sampled_from([None, *TREATMENTS]),
    telehealth=st.booleans(),
)
def test_search_equals_brute_force(directory, point, miles, limit, treatment, telehealth) -> None:
    engine, clinics = directory
    filters = SearchFilters(treatment=treatment, telehealth=telehealth)
    expected = brute_force_nearest(clinics, *point, miles, limit=limit, policy=POLICY, filters=filters)
    with session_scope(engine) as session:
        found = nearest_clinics(session, *point, miles, limit=limit, policy=POLICY, filters=filters)
        got = [(hit.miles, hit.clinic.id) for hit in found]
    assert [clinic_id for _, clinic_id in got] == [clinic_id for _, clinic_id in expected]
    assert [round(distance, 6) for distance, _ in got] == [round(distance, 6) for distance, _ in expected]


def test_bounding_box_splits_at_the_antimeridian() -> None:
    south, north, ranges = bounding_box(52.0, 179.8, 50)
    assert south < 52.0 < north
    assert len(ranges) == 2 and ranges[0][1] == 180.0 and ranges[1][0] == -180.0


def test_search_near_the_antimeridian_finds_clinics_on_both_sides(engine) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("east-of-line", 52.0, -179.9, "AK"))
        session.add(make_clinic("west-of-line", 52.0, 179.9, "AK"))
    with session_scope(engine) as session:
        refs = {hit.clinic.ref for hit in nearest_clinics(session, 52.0, 179.99, 25, limit=5, policy=POLICY)}
    assert refs == {"east-of-line", "west-of-line"}


def test_widening_goes_25_then_50_then_100_miles(engine) -> None:
    denver = (39.7392, -104.9903)
    with session_scope(engine) as session:
        session.add(make_clinic("colorado-springs", 38.8339, -104.8214, "CO"))  # about 63 miles south
    with session_scope(engine) as session:
        result = search_with_widening(session, *denver, limit=3, policy=POLICY)
        assert (result.radius, result.widened) == (100, True)
        assert [hit.clinic.ref for hit in result.hits] == ["colorado-springs"]
        assert 60 < result.hits[0].miles < 67
        nothing = search_with_widening(session, 21.3, -157.8, limit=3, policy=POLICY)
        assert nothing.hits == () and nothing.radius == 100
        near = search_with_widening(session, 38.85, -104.8, limit=3, policy=POLICY)
        assert (near.radius, near.widened) == (25, False)
