"""The clinic and credential fields, defined once: CSV column, model attribute, value kind,
rules, an example value, in plain words what a good value looks like, and how the staff forms
show it (label, hint, choices; plain data, the web adapter builds the inputs).

Everything that lists these fields takes them from :data:`SPECS`: the importer's row model and
header check (:mod:`bot.directory.rows`), the export and the template, the staff editing
rules, the admin forms' inputs, pages, fill and values, and the sample directory generator. So the wording
and the example can never disagree with the rule they describe, and adding a field is one
entry here (plus its database column and migration).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import HttpUrl

from bot.directory.field_kinds import (
    CHOICE,
    CODES,
    COORDINATE,
    DATE,
    EMAIL,
    FLAG,
    LIST,
    LONG_TEXT,
    PHONE,
    URL,
    US_STATES,
    Column,
    Input,
)
from bot.directory.npi import is_valid_npi
from bot.models import LICENSE_STATUSES, TREATMENTS
from bot.rules import (
    MAX_EMAIL_CHARS,
    PHONE_CHARACTERS,
    ZIP_FULL,
    format_us_phone,
    normalise_email,
    state_code,
)


def _us_state(value: str) -> str:
    code = state_code(value)
    if code is None:
        raise ValueError()
    return code


def _us_phone(value: str) -> str:
    """The rule visitors' phone numbers follow (:func:`bot.rules.format_us_phone`); kept as typed."""
    if format_us_phone(value) is None:
        raise ValueError()
    return value


def _email(value: str) -> str:
    """The rule every address in the project follows (:func:`bot.rules.normalise_email`)."""
    address = normalise_email(value)
    if address is None:
        raise ValueError()
    return address


def _known_treatments(value: list[str]) -> list[str]:
    unknown = [code for code in value if code not in TREATMENTS]
    if unknown:
        raise ValueError(
            f"has {'an unknown code' if len(unknown) == 1 else 'unknown codes'} "
            f"{', '.join(unknown)}: it {BY_NAME['treatments'].expected}"
        )
    if not value:
        raise ValueError()
    return value


def _npi(value: str) -> str:
    if not is_valid_npi(value):
        raise ValueError()
    return value


def _status(value: str) -> str:
    if value.lower() not in LICENSE_STATUSES:
        raise ValueError()
    return value.lower()


def _not_in_future(value: dt.date) -> dt.date:
    if value > dt.date.today():
        raise ValueError("cannot be in the future")
    return value


_YES_NO = "must be yes or no"
_DATE = "must be a date written YYYY-MM-DD, like {}"
_STATE = "must be a two-letter US state code, like CA"
_AT_MOST_200 = "must be at most 200 characters"
_MAX_200 = {"max_length": 200}
_STATE_CHOICES = (("", "— Choose —"), *((code, code) for code in sorted(US_STATES)))
_DECIMAL = {"inputmode": "decimal"}
_ROWS_3 = {"rows": 3}
SPECS: tuple[Column, ...] = (
    Column(
        "ref",
        "example-clinic",
        "must be lowercase letters, digits and single hyphens, like atlanta-mind-care",
        rules={"regex": r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "max_length": 64},
        input=Input(
            "Reference",
            "Lowercase letters, digits and hyphens, for example atlanta-mind-care. "
            "It is the key in CSV files and cannot be changed later.",
            attributes={"spellcheck": "false", "autocomplete": "off"},
            once=True,
        ),
    ),
    Column(
        "name",
        "Example Clinic (sample)",
        "must be the clinic's name, 2 to 200 characters",
        rules={"min_length": 2, "max_length": 200},
        input=Input("Name"),
    ),
    Column(
        "street",
        "1 Example St",
        "must be the street address, 2 to 200 characters",
        rules={"min_length": 2, "max_length": 200},
        input=Input("Street address"),
    ),
    Column(
        "city",
        "San Francisco",
        "must be the city name, 2 to 100 characters",
        rules={"min_length": 2, "max_length": 100},
        input=Input("City"),
    ),
    Column("state", "CA", _STATE, kind=CHOICE, check=_us_state, input=Input("State", choices=_STATE_CHOICES)),
    Column(
        "zip",
        "94110",
        "must be 5 digits, like 94110",
        "ZIP",
        rules={"regex": ZIP_FULL},
        input=Input("ZIP code", max_length=10, attributes={"inputmode": "numeric"}),
    ),
    Column(
        "latitude",
        "37.75090",
        "must be a number from -90 to 90, like 37.7509, or empty to take it from the ZIP code or city",
        kind=COORDINATE,
        type=float,
        rules={"ge": -90, "le": 90},
        input=Input(
            "Latitude",
            "Decimal degrees, for example 33.7490. Leave latitude and "
            "longitude empty to take them from the ZIP code or city.",
            max_length=20,
            attributes=_DECIMAL,
        ),
    ),
    Column(
        "longitude",
        "-122.41530",
        "must be a number from -180 to 180, like -122.4153, or empty to take it from the ZIP code or city",
        kind=COORDINATE,
        type=float,
        rules={"ge": -180, "le": 180},
        input=Input("Longitude", "Decimal degrees, for example -84.3880.", max_length=20, attributes=_DECIMAL),
    ),
    Column(
        "phone",
        "(415) 555-0134",
        "must be a US number, like (415) 555-0134",
        kind=PHONE,
        rules={"regex": PHONE_CHARACTERS},
        check=_us_phone,
        input=Input("Phone", max_length=40),
    ),
    Column(
        "website",
        "https://example-clinic.example",
        "must be a web address starting with https:// or http://, like https://clinic.example",
        kind=URL,
        type=HttpUrl,
        required=False,
        input=Input("Website (optional)", max_length=300),
    ),
    Column(
        "email",
        "intake@example-clinic.example",
        "must be an e-mail address, like intake@clinic.example",
        kind=EMAIL,
        rules={"max_length": MAX_EMAIL_CHARS},
        required=False,
        check=_email,
        input=Input("E-mail for inquiries (optional)"),
    ),
    Column(
        "treatments",
        "iv;kap",
        f"must be one or more of {', '.join(TREATMENTS)}, separated by semicolons, like iv;kap",
        kind=CODES,
        type=list[str],
        check=_known_treatments,
        input=Input("Treatments offered", choices=tuple(TREATMENTS.items())),
    ),
    Column("accepts_insurance", "no", _YES_NO, kind=FLAG, type=bool, input=Input("Accepts insurance")),
    Column(
        "insurance_notes",
        "Self-pay only.",
        "must be at most 2000 characters",
        kind=LONG_TEXT,
        rules={"max_length": 2000},
        required=False,
        input=Input("Insurance notes (optional)", attributes=_ROWS_3),
    ),
    Column("telehealth", "yes", _YES_NO, kind=FLAG, type=bool, input=Input("Offers telehealth")),
    Column(
        "languages",
        "English;Spanish",
        "must be languages separated by semicolons, like English;Spanish",
        kind=LIST,
        type=list[str],
        required=False,
        input=Input("Languages (optional)", "Separated by semicolons: English; Spanish.", max_length=500),
    ),
    Column(
        "notes",
        "SAMPLE DATA: replace this row with your clinic.",
        "must be at most 4000 characters",
        kind=LONG_TEXT,
        rules={"max_length": 4000},
        required=False,
        input=Input("Notes (optional)", attributes=_ROWS_3),
    ),
    Column(
        "prescriber",
        "Dr. Ana Ruiz, MD",
        "must be the prescriber's name and degree, like Dr. Ana Ruiz, MD",
        rules={"min_length": 3, "max_length": 200},
        record="credential",
        input=Input("Responsible prescriber", "Name and degree, for example Dr. Ana Ruiz, MD."),
    ),
    Column(
        "license_number",
        "CA-A-123456",
        "must be the license number, 3 to 64 characters",
        rules={"min_length": 3, "max_length": 64},
        record="credential",
        input=Input("License number"),
    ),
    Column(
        "license_state",
        "CA",
        _STATE,
        kind=CHOICE,
        check=_us_state,
        record="credential",
        input=Input("State that issued the license", choices=_STATE_CHOICES),
    ),
    Column(
        "license_expires",
        "2030-12-31",
        _DATE.format("2030-12-31"),
        kind=DATE,
        type=dt.date,
        record="credential",
        input=Input("License expires on", missing="Enter the expiry date."),
    ),
    Column(
        "npi",
        "1234567893",
        "must be a 10-digit NPI with a correct check digit, like 1234567893",
        "NPI",
        check=_npi,
        record="credential",
        input=Input(
            "NPI",
            "The 10-digit National Provider Identifier.",
            max_length=10,
            attributes={"inputmode": "numeric", "autocomplete": "off"},
        ),
    ),
    Column(
        "rems_certified",
        "no",
        _YES_NO,
        kind=FLAG,
        type=bool,
        record="credential",
        input=Input("SPRAVATO REMS-certified"),
    ),
    Column(
        "license_status",
        "active",
        f"must be one of {', '.join(LICENSE_STATUSES)}",
        kind=CHOICE,
        check=_status,
        attribute="status",
        record="credential",
        input=Input("License status", choices=tuple((status, status.capitalize()) for status in LICENSE_STATUSES)),
    ),
    Column(
        "verified_on",
        "2025-01-15",
        _DATE.format("2025-01-15") + ", not in the future",
        kind=DATE,
        type=dt.date,
        required=False,
        check=_not_in_future,
        record="credential",
        input=Input("Last verified on (optional)"),
    ),
    Column(
        "verified_by",
        "Your name",
        _AT_MOST_200,
        rules=_MAX_200,
        required=False,
        record="credential",
        input=Input("Verified by (optional)"),
    ),
    Column(
        "verification_method",
        "State medical board website",
        _AT_MOST_200,
        rules=_MAX_200,
        required=False,
        record="credential",
        input=Input("How it was verified (optional)", "For example: state medical board website."),
    ),
)
BY_NAME = {spec.name: spec for spec in SPECS}
COLUMNS = [spec.name for spec in SPECS]
CLINIC = tuple(spec for spec in SPECS if spec.record == "clinic")
CREDENTIAL = tuple(spec for spec in SPECS if spec.record == "credential")


def cells(record: object, specs: Iterable[Column]) -> dict[str, str]:
    """A clinic's or credential's attributes as CSV cells, by column name."""
    return {spec.name: spec.kind.write(getattr(record, spec.attr)) for spec in specs}


def row_cells(values: Mapping[str, Any]) -> dict[str, str]:
    """One CSV row from typed values by column name (a missing or None value is an empty cell)."""
    return {spec.name: "" if values.get(spec.name) is None else spec.kind.write(values[spec.name]) for spec in SPECS}


def predicate(column: str, kind: str, detail: str = "") -> str:
    """What is wrong with one value, after the column's name: "must be 5 digits, like 94110".

    ``kind`` is "missing" (empty), "custom" (``detail`` already says what is wrong, in words)
    or anything else (the value does not fit: say what would).
    """
    spec = BY_NAME[column]
    if kind == "missing":
        return f"is empty: it {spec.expected}"
    if kind == "custom" and detail:
        return detail
    return spec.expected


def problem(column: str, kind: str, detail: str = "") -> str:
    """One value's problem in plain words, naming the column: "ZIP must be 5 digits, like 94110"."""
    return f"{BY_NAME[column].called} {predicate(column, kind, detail)}"


def header_problems(found: list[str]) -> list[str]:
    """Missing and unknown header columns, each named, with the header the importer expects."""
    missing = [name for name in COLUMNS if name not in found]
    unknown = [name for name in found if name not in BY_NAME]
    problems = []
    if missing:
        problems.append(
            f"the header row is missing {'a column' if len(missing) == 1 else 'columns'}: {', '.join(missing)}"
        )
    if unknown:
        problems.append(
            f"the header row has {'a column' if len(unknown) == 1 else 'columns'} the importer does "
            f"not know: {', '.join(unknown) or '(an empty name)'}"
        )
    if problems:
        problems.append(f"the header row must be: {','.join(COLUMNS)} (download the template to start from it)")
    return problems
