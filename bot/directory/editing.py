"""Changing clinics and credentials one at a time (the staff web pages), with the CSV rules.

The fields edited are the schema's (:mod:`bot.directory.columns`), and each value is checked
by the CSV importer's own rules (:func:`bot.directory.rows.check_value`), so a clinic saved
here could be exported and imported again unchanged. Clinic edits carry the version the
editor started from and are refused if someone saved in between. Every change writes an
audit entry; nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.directory.columns import CLINIC, CREDENTIAL, predicate
from bot.directory.coordinates import Located, locate, not_found_message
from bot.directory.csv_io import ImportReport, import_csv
from bot.directory.rows import check_value, error_kind
from bot.models import Clinic, Credential

#: Model attribute -> the CSV column (and row-model field) holding it.
CLINIC_COLUMNS = {spec.attr: spec.name for spec in CLINIC}
CREDENTIAL_COLUMNS = {spec.attr: spec.name for spec in CREDENTIAL}


class RecordInvalid(ValueError):
    """Values that break the directory rules; ``problems`` maps a field to its messages."""

    def __init__(self, problems: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{name}: {' '.join(messages)}" for name, messages in problems.items()))
        self.problems = problems


class ClinicConflict(Exception):
    """The clinic was saved by someone else after the editor opened it."""


def _message(column: str, error: Mapping[str, Any]) -> str:
    """A pydantic error in the importer's plain words, as a sentence next to the form field."""
    kind = error_kind(error)
    if kind == "missing":
        return "This is required."
    text = predicate(column, kind, error["msg"])
    return text[:1].upper() + text[1:] + "."


def _check(values: Mapping[str, Any], columns: Mapping[str, str]) -> dict:
    """Validate each value with the row model's rules for its column; clean values or RecordInvalid."""
    cleaned: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for attribute, column in columns.items():
        value, errors = check_value(column, values.get(attribute))
        if errors:
            problems[attribute] = [_message(column, error) for error in errors]
        else:
            cleaned[attribute] = value
    if problems:
        raise RecordInvalid(problems)
    return cleaned


def check_clinic(values: Mapping[str, Any]) -> dict:
    """Clinic column values, validated like an imported row (ref, ZIP, phone, treatments…)."""
    return _check(values, CLINIC_COLUMNS)


def check_credential(values: Mapping[str, Any]) -> dict:
    """Credential column values, validated like an imported row (NPI check digit, dates…)."""
    return _check(values, CREDENTIAL_COLUMNS)


def _changes(row: object, fields: Mapping[str, Any]) -> list[str]:
    changed = [name for name, value in fields.items() if getattr(row, name) != value]
    for name in changed:
        setattr(row, name, fields[name])
    return changed


def _blank(value: Any) -> bool:
    return not str(value if value is not None else "").strip()


def _located_clinic(values: Mapping[str, Any]) -> tuple[dict, Located | None]:
    """Checked clinic values; empty latitude and longitude are taken from the ZIP code or city."""
    values, located = dict(values), None
    blank = _blank(values.get("latitude")) and _blank(values.get("longitude"))
    if blank:
        located = locate(values.get("zip"), values.get("city"), values.get("state"))
        if located:
            values.update(latitude=located.latitude, longitude=located.longitude)
    try:
        return check_clinic(values), located
    except RecordInvalid as error:
        if blank and located is None and "latitude" in error.problems:
            error.problems["latitude"] = [not_found_message(values.get("zip"), values.get("city"), values.get("state"))]
            error.problems.pop("longitude", None)
        raise


def _source(located: Located | None) -> dict:
    return {"coordinates_from": located.source} if located else {}


def create_clinic(session: Session, values: Mapping[str, Any], user_id: int | None) -> Clinic:
    """Add a clinic (coordinates from its ZIP code or city when left empty)."""
    fields, located = _located_clinic(values)
    if session.execute(select(Clinic.id).where(Clinic.ref == fields["ref"])).first():
        raise RecordInvalid({"ref": ["Another clinic already uses this reference."]})
    clinic = Clinic(**fields)
    session.add(clinic)
    session.flush()
    audit.record(
        session,
        user_id,
        "clinic.create",
        "clinic",
        clinic.ref,
        {"id": clinic.id, "name": clinic.name, **_source(located)},
    )
    return clinic


def update_clinic(
    session: Session, clinic: Clinic, values: Mapping[str, Any], user_id: int | None, expected_version: int | None
) -> list[str]:
    """Save an edit (the ref stays); the changed field names. ClinicConflict if the clinic moved on."""
    if expected_version != clinic.version:
        raise ClinicConflict(clinic.ref)
    fields, located = _located_clinic(dict(values, ref=clinic.ref))
    changed = _changes(clinic, fields)
    if changed:
        session.flush()  # StaleDataError if another save won the race since the check above
        audit.record(
            session,
            user_id,
            "clinic.update",
            "clinic",
            clinic.ref,
            {"id": clinic.id, "changed": changed, **_source(located)},
        )
    return changed


def credential_ref(clinic: Clinic, credential: Credential) -> str:
    return f"{clinic.ref}/{credential.id}"


def add_credential(session: Session, clinic: Clinic, values: Mapping[str, Any], user_id: int | None) -> Credential:
    credential = Credential(**check_credential(values))
    clinic.credentials.append(credential)
    session.flush()
    audit.record(
        session,
        user_id,
        "credential.create",
        "credential",
        credential_ref(clinic, credential),
        {"clinic": clinic.ref, "license_number": credential.license_number, "license_state": credential.license_state},
    )
    return credential


def update_credential(
    session: Session, credential: Credential, values: Mapping[str, Any], user_id: int | None
) -> list[str]:
    changed = _changes(credential, check_credential(values))
    if changed:
        session.flush()
        audit.record(
            session,
            user_id,
            "credential.update",
            "credential",
            credential_ref(credential.clinic, credential),
            {"clinic": credential.clinic.ref, "changed": changed},
        )
    return changed


def record_verification(
    session: Session,
    credential: Credential,
    verified_on: dt.date | None,
    verified_by: str,
    method: str,
    user_id: int | None,
) -> None:
    """Note that someone checked the license with the state board (or similar) on a given day."""
    problems: dict[str, list[str]] = {}
    if not (verified_by or "").strip():
        problems["verified_by"] = ["Say who verified the license."]
    if not (method or "").strip():
        problems["verification_method"] = ["Say how the license was verified."]
    if problems:
        raise RecordInvalid(problems)
    fields = _check(
        {"verified_on": verified_on, "verified_by": verified_by, "verification_method": method},
        {name: name for name in ("verified_on", "verified_by", "verification_method")},
    )
    if fields["verified_on"] is None:
        raise RecordInvalid({"verified_on": ["Enter the date of the verification."]})
    _changes(credential, fields)
    session.flush()
    audit.record(
        session,
        user_id,
        "credential.verify",
        "credential",
        credential_ref(credential.clinic, credential),
        {"clinic": credential.clinic.ref, **fields},
    )


def import_clinics(session: Session, stream: IO[str], user_id: int | None, source: str) -> ImportReport:
    """All-or-nothing CSV import (:func:`import_csv`) with one audit entry for the whole file."""
    report = import_csv(session, stream)
    audit.record(
        session,
        user_id,
        "clinic.import",
        "clinic",
        None,
        {"source": source, "created": report.created, "updated": report.updated},
    )
    return report
