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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot.csv_safety import neutralise_cell, restore_cell
from bot.directory.columns import BY_NAME, CLINIC, COLUMNS, CREDENTIAL, cells, header_problems
from bot.directory.coordinates import locate
from bot.directory.rows import ClinicRow, Row
from bot.directory.rows import problems as row_problems
from bot.models import Clinic, Credential

MAX_ROWS = 200_000


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


def _fill_coordinates(record: dict) -> tuple[dict, bool]:
    """Empty latitude and longitude taken from the ZIP code or city (left empty if neither is known);
    whether they were, so that only rows that are then accepted count as located."""
    if (record.get("latitude") or "").strip() or (record.get("longitude") or "").strip():
        return record, False
    found = locate(record.get("zip"), record.get("city"), record.get("state"))
    if found is None:
        return record, False
    return {**record, "latitude": f"{found.latitude:.5f}", "longitude": f"{found.longitude:.5f}"}, True


def _field_count(record: dict) -> int:
    return sum(value is not None for name, value in record.items() if name is not None) + len(record.get(None, []))


def read_rows(stream: IO[str]) -> tuple[list[Row], ImportReport]:
    """Parse and validate every row; the report lists each rejected one with its line number."""
    report = ImportReport()
    reader = csv.DictReader(stream)
    header = header_problems([name.strip() for name in reader.fieldnames or []])
    if header:
        report.rejected.append(RejectedRow(1, "", header))
        return [], report
    rows: list[Row] = []
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
            record, located = _fill_coordinates({name.strip(): restore_cell(value) for name, value in record.items()})
            try:
                row = ClinicRow.parse_obj(record)
            except ValidationError as error:
                report.rejected.append(RejectedRow(line, ref, row_problems(error)))
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
            if located and ref not in report.located:
                report.located.append(ref)
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


def _sort_refs(rows: list[Row], existing: dict[str, Clinic], report: ImportReport) -> None:
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


def clinic_records(clinics: Iterable[Clinic]) -> Iterator[dict]:
    """CSV records: one per credential, repeating the clinic columns."""
    for clinic in clinics:
        base = cells(clinic, CLINIC)
        for credential in clinic.credentials:
            yield {**base, **cells(credential, CREDENTIAL)}


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
