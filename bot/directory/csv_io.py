"""Clinic directory CSV: validated row by row, imported all-or-nothing, exported the same way.

Format (UTF-8, header row required): the columns of :mod:`bot.directory.columns`; booleans
yes/no, lists separated by semicolons, dates YYYY-MM-DD; latitude and longitude may both be left
empty to take them from the ZIP code or city. ``ref`` is the stable key: a row whose ref
exists updates that clinic and replaces its credentials. A clinic with more than one
credential takes one row per credential, repeating the same clinic columns. Exported cells
that a spreadsheet would run as a formula get a leading apostrophe (:mod:`bot.csv_safety`),
which the import removes again. Problems are reported in plain words, one per value, with the
row number a spreadsheet shows (the header is row 1).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from pydantic import BaseModel, Field, HttpUrl, ValidationError, validator
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot.csv_safety import neutralise_cell, restore_cell
from bot.directory.columns import BY_NAME, COLUMNS, header_problems, problem
from bot.directory.coordinates import locate
from bot.directory.npi import is_valid_npi
from bot.models import LICENSE_STATUSES, TREATMENTS, Clinic, Credential
from bot.rules import (
    MAX_EMAIL_CHARS,
    PHONE_CHARACTERS,
    ZIP_FULL,
    format_us_phone,
    normalise_email,
    state_code,
    us_state_codes,
)

#: The state codes a clinic or licence may have (the gazetteer's; kept here for the forms' choices).
US_STATES = us_state_codes()
BOOLEANS = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False}
MAX_ROWS = 200_000


class ClinicRow(BaseModel):
    """One CSV row, validated before anything touches the database."""

    ref: str = Field(..., regex=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=64)
    name: str = Field(..., min_length=2, max_length=200)
    street: str = Field(..., min_length=2, max_length=200)
    city: str = Field(..., min_length=2, max_length=100)
    state: str
    zip: str = Field(..., regex=ZIP_FULL)
    latitude: float = Field(..., ge=-90, le=90)
    longitude: float = Field(..., ge=-180, le=180)
    phone: str = Field(..., regex=PHONE_CHARACTERS)
    website: HttpUrl | None = None
    email: str | None = Field(None, max_length=MAX_EMAIL_CHARS)
    treatments: list[str]
    accepts_insurance: bool
    insurance_notes: str | None = None
    telehealth: bool
    languages: list[str] = Field(default_factory=list)
    notes: str | None = None
    prescriber: str = Field(..., min_length=3, max_length=200)
    license_number: str = Field(..., min_length=3, max_length=64)
    license_state: str
    license_expires: dt.date
    npi: str
    rems_certified: bool
    license_status: str
    verified_on: dt.date | None = None
    verified_by: str | None = None
    verification_method: str | None = None

    @validator("*", pre=True)
    def _blank_is_missing(cls, value):
        if isinstance(value, str):
            return value.strip() or None
        return value

    @validator("state", "license_state")
    def _us_state(cls, value: str) -> str:
        code = state_code(value)
        if code is None:
            raise ValueError()
        return code

    @validator("phone")
    def _us_phone(cls, value: str) -> str:
        """The rule visitors' phone numbers follow (:func:`bot.rules.format_us_phone`); kept as typed."""
        if format_us_phone(value) is None:
            raise ValueError()
        return value

    @validator("email")
    def _email(cls, value: str | None) -> str | None:
        """The rule every address in the project follows (:func:`bot.rules.normalise_email`)."""
        if value is None:
            return None
        address = normalise_email(value)
        if address is None:
            raise ValueError()
        return address

    @validator("treatments", "languages", pre=True)
    def _list(cls, value):
        if isinstance(value, str):
            return [part.strip() for part in value.split(";") if part.strip()]
        return value or []

    @validator("treatments")
    def _known_treatments(cls, value: list[str]) -> list[str]:
        unknown = [code for code in value if code not in TREATMENTS]
        if unknown:
            raise ValueError(
                f"has {'an unknown code' if len(unknown) == 1 else 'unknown codes'} "
                f"{', '.join(unknown)}: it {BY_NAME['treatments'].expected}"
            )
        if not value:
            raise ValueError()
        return value

    @validator("accepts_insurance", "telehealth", "rems_certified", pre=True)
    def _yes_no(cls, value):
        if isinstance(value, str):
            if value.lower() not in BOOLEANS:
                raise ValueError()
            return BOOLEANS[value.lower()]
        return value

    @validator("npi")
    def _npi(cls, value: str) -> str:
        if not is_valid_npi(value):
            raise ValueError()
        return value

    @validator("license_status")
    def _status(cls, value: str) -> str:
        if value.lower() not in LICENSE_STATUSES:
            raise ValueError()
        return value.lower()

    @validator("verified_on")
    def _not_in_future(cls, value: dt.date | None) -> dt.date | None:
        if value and value > dt.date.today():
            raise ValueError("cannot be in the future")
        return value

    def clinic_fields(self) -> dict:
        return {
            "ref": self.ref,
            "name": self.name,
            "street": self.street,
            "city": self.city,
            "state": self.state,
            "zip": self.zip,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "phone": self.phone,
            "website": str(self.website) if self.website else None,
            "email": self.email,
            "treatments": self.treatments,
            "accepts_insurance": self.accepts_insurance,
            "insurance_notes": self.insurance_notes,
            "telehealth": self.telehealth,
            "languages": self.languages,
            "notes": self.notes,
        }

    def credential_fields(self) -> dict:
        return {
            "prescriber": self.prescriber,
            "license_number": self.license_number,
            "license_state": self.license_state,
            "license_expires": self.license_expires,
            "npi": self.npi,
            "rems_certified": self.rems_certified,
            "status": self.license_status,
            "verified_on": self.verified_on,
            "verified_by": self.verified_by,
            "verification_method": self.verification_method,
        }


@dataclass
class RejectedRow:
    line: int
    ref: str
    #: Each problem in plain words, naming its column: "ZIP must be 5 digits, like 94110".
    problems: list[str]

    @property
    def reason(self) -> str:
        return "; ".join(self.problems)

    @property
    def messages(self) -> list[str]:
        """The problems as a person reads them next to the file: "Row 4: ZIP must be 5 digits, like 94110"."""
        return [f"Row {self.line}: {text}" for text in self.problems]


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    #: Refs whose empty latitude and longitude were taken from the ZIP code or city.
    located: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.created)} created, {len(self.updated)} updated, {len(self.rejected)} rejected"


class CsvImportError(ValueError):
    """An import refused as a whole; ``report.rejected`` lists every bad row and why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.rejected)} rows rejected; nothing was imported")
        self.report = report


MISSING = frozenset({"type_error.none.not_allowed", "value_error.missing"})


def error_kind(error: Mapping[str, Any]) -> str:
    """How :func:`bot.directory.columns.problem` should word a pydantic error."""
    if error["type"] in MISSING:
        return "missing"
    return "custom" if error["type"] == "value_error" and error["msg"] else "expected"


def _problems(error: ValidationError) -> list[str]:
    found = [problem(str(item["loc"][0]), error_kind(item), item["msg"]) for item in error.errors()]
    return list(dict.fromkeys(found))


def _fill_coordinates(record: dict, ref: str, report: ImportReport) -> dict:
    """Empty latitude and longitude taken from the ZIP code or city (left empty if neither is known)."""
    if (record.get("latitude") or "").strip() or (record.get("longitude") or "").strip():
        return record
    found = locate(record.get("zip"), record.get("city"), record.get("state"))
    if found is None:
        return record
    if ref not in report.located:
        report.located.append(ref)
    return {**record, "latitude": f"{found.latitude:.5f}", "longitude": f"{found.longitude:.5f}"}


def _field_count(record: dict) -> int:
    return sum(value is not None for name, value in record.items() if name is not None) + len(record.get(None, []))


def read_rows(stream: IO[str]) -> tuple[list[ClinicRow], ImportReport]:
    """Parse and validate every row; the report lists each rejected one with its line number."""
    report = ImportReport()
    reader = csv.DictReader(stream)
    header = header_problems([name.strip() for name in reader.fieldnames or []])
    if header:
        report.rejected.append(RejectedRow(1, "", header))
        return [], report
    rows: list[ClinicRow] = []
    first_seen: dict[str, tuple[int, dict]] = {}
    try:
        for record in reader:
            line, ref = reader.line_num, (record.get("ref") or "").strip()
            if len(rows) + len(report.rejected) >= MAX_ROWS:
                report.rejected.append(RejectedRow(line, ref, [f"the file has more than {MAX_ROWS} rows: split it"]))
                break
            if None in record or None in record.values():
                report.rejected.append(
                    RejectedRow(
                        line,
                        ref,
                        [
                            f"the row has the wrong number of fields ({_field_count(record)}, the header has "
                            f"{len(COLUMNS)}): check for a missing or extra comma, and put text containing commas "
                            "in double quotes"
                        ],
                    )
                )
                continue
            record = _fill_coordinates(
                {name.strip(): restore_cell(value) for name, value in record.items()}, ref, report
            )
            try:
                row = ClinicRow.parse_obj(record)
            except ValidationError as error:
                report.rejected.append(RejectedRow(line, ref, _problems(error)))
                continue
            earlier = first_seen.setdefault(row.ref, (line, row.clinic_fields()))
            if earlier[1] != row.clinic_fields():
                report.rejected.append(
                    RejectedRow(
                        line,
                        ref,
                        [
                            f"the clinic columns differ from row {earlier[0]}, which has the same ref: repeat a ref "
                            "only to add another license, with the clinic columns unchanged"
                        ],
                    )
                )
                continue
            rows.append(row)
    except (csv.Error, UnicodeDecodeError) as error:
        report.rejected.append(RejectedRow(reader.line_num, "", [f"the file could not be read as CSV ({error})"]))
    return rows, report


def _existing_clinics(session: Session, refs: list[str]) -> dict[str, Clinic]:
    found: dict[str, Clinic] = {}
    for start in range(0, len(refs), 500):
        query = (
            select(Clinic).where(Clinic.ref.in_(refs[start : start + 500])).options(selectinload(Clinic.credentials))
        )
        found.update((clinic.ref, clinic) for clinic in session.execute(query).scalars())
    return found


def _sort_refs(rows: list[ClinicRow], existing: dict[str, Clinic], report: ImportReport) -> None:
    """Each ref once, in file order, as created (new) or updated (already in the directory)."""
    for ref in dict.fromkeys(row.ref for row in rows):
        (report.updated if ref in existing else report.created).append(ref)


def check_csv(session: Session, stream: IO[str]) -> ImportReport:
    """What :func:`import_csv` would do with this file, changing nothing (the import page's "Check only")."""
    rows, report = read_rows(stream)
    _sort_refs(rows, _existing_clinics(session, sorted({row.ref for row in rows})), report)
    return report


def import_csv(session: Session, stream: IO[str]) -> ImportReport:
    """Validate the whole file, then create or update clinics by ref; any bad row refuses all."""
    rows, report = read_rows(stream)
    if report.rejected:
        raise CsvImportError(report)
    clinics = _existing_clinics(session, sorted({row.ref for row in rows}))
    _sort_refs(rows, clinics, report)
    credentials: dict[str, list[Credential]] = {}
    for row in rows:
        first = row.ref not in credentials
        credentials.setdefault(row.ref, []).append(Credential(**row.credential_fields()))
        if not first:
            continue
        clinic = clinics.get(row.ref)
        if clinic is None:
            clinics[row.ref] = Clinic(**row.clinic_fields())
            session.add(clinics[row.ref])
        else:
            for name, value in row.clinic_fields().items():
                setattr(clinic, name, value)
    for ref, clinic_credentials in credentials.items():
        clinics[ref].credentials = clinic_credentials
    session.flush()
    return report


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def clinic_records(clinics: Iterable[Clinic]) -> Iterator[dict]:
    """CSV records: one per credential, repeating the clinic columns."""
    for clinic in clinics:
        base = {
            "ref": clinic.ref,
            "name": clinic.name,
            "street": clinic.street,
            "city": clinic.city,
            "state": clinic.state,
            "zip": clinic.zip,
            "latitude": f"{clinic.latitude:.5f}",
            "longitude": f"{clinic.longitude:.5f}",
            "phone": clinic.phone,
            "website": clinic.website or "",
            "email": clinic.email or "",
            "treatments": ";".join(clinic.treatments or []),
            "accepts_insurance": _yes_no(clinic.accepts_insurance),
            "insurance_notes": clinic.insurance_notes or "",
            "telehealth": _yes_no(clinic.telehealth),
            "languages": ";".join(clinic.languages or []),
            "notes": clinic.notes or "",
        }
        for credential in clinic.credentials:
            yield {
                **base,
                "prescriber": credential.prescriber,
                "license_number": credential.license_number,
                "license_state": credential.license_state,
                "license_expires": credential.license_expires.isoformat(),
                "npi": credential.npi,
                "rems_certified": _yes_no(credential.rems_certified),
                "license_status": credential.status,
                "verified_on": credential.verified_on.isoformat() if credential.verified_on else "",
                "verified_by": credential.verified_by or "",
                "verification_method": credential.verification_method or "",
            }


def write_template(stream: IO[str]) -> None:
    """The header row and one example row that imports as it is: a file to start from."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow({name: spec.example for name, spec in BY_NAME.items()})


def export_csv(session: Session, stream: IO[str]) -> int:
    """Write every clinic in the import format, formula-safe; returns the number of rows written."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    query = select(Clinic).order_by(Clinic.ref).options(selectinload(Clinic.credentials))
    count = 0
    for record in clinic_records(session.execute(query).scalars()):
        writer.writerow({name: neutralise_cell(value) for name, value in record.items()})
        count += 1
    return count
