"""Clinic CSV import (validated, all-or-nothing) and export (same format, round trip)."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bot.config import PROJECT_ROOT
from bot.db import session_scope
from bot.directory.csv_io import COLUMNS, CsvImportError, export_csv, import_csv, read_rows
from bot.directory.listing import ListingPolicy
from bot.models import Clinic
from tests.clinic_factory import TODAY

SAMPLE = PROJECT_ROOT / "data" / "clinics" / "sample_clinics.csv"


def sample_rows() -> list[dict]:
    with SAMPLE.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def as_csv(rows: list[dict]) -> io.StringIO:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    buffer.seek(0)
    return buffer


def clinic_count(engine) -> int:
    with session_scope(engine) as session:
        return session.execute(select(func.count(Clinic.id))).scalar_one()


def test_sample_directory_meets_its_promises() -> None:
    rows = sample_rows()
    assert len(rows) >= 150
    assert len({(row["city"], row["state"]) for row in rows}) >= 50
    assert len({row["state"] for row in rows}) >= 30
    assert all(row["name"].endswith("(sample)") for row in rows)
    assert all(row["phone"][6:12] == "555-01" for row in rows)


def test_sample_imports_and_hides_the_deliberately_bad_rows(engine) -> None:
    with session_scope(engine) as session, SAMPLE.open(newline="", encoding="utf-8") as stream:
        report = import_csv(session, stream)
    rows = sample_rows()
    assert len(report.created) == len(rows) and report.rejected == []
    marked_hidden = {row["ref"] for row in rows if "Not shown" in row["notes"]}
    assert len(marked_hidden) >= 10
    policy = ListingPolicy(today=TODAY)
    with session_scope(engine) as session:
        clinics = session.execute(select(Clinic).options(selectinload(Clinic.credentials))).scalars().all()
        hidden = {clinic.ref for clinic in clinics if not policy.is_listed(clinic)}
    assert hidden == marked_hidden


def test_export_round_trips(engine) -> None:
    with session_scope(engine) as session, SAMPLE.open(newline="", encoding="utf-8") as stream:
        import_csv(session, stream)
    first = io.StringIO()
    with session_scope(engine) as session:
        assert export_csv(session, first) == len(sample_rows())
    with session_scope(engine) as session:
        report = import_csv(session, io.StringIO(first.getvalue()))
    assert report.created == [] and len(report.updated) == len(sample_rows())
    second = io.StringIO()
    with session_scope(engine) as session:
        export_csv(session, second)
    assert second.getvalue() == first.getvalue()
    exported = {row["ref"]: row for row in csv.DictReader(io.StringIO(first.getvalue()))}
    for row in sample_rows()[:20]:
        assert exported[row["ref"]]["npi"] == row["npi"]
        assert exported[row["ref"]]["treatments"] == row["treatments"]


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(engine) -> None:
    rows = sample_rows()[:6]
    rows[1] = {**rows[1], "npi": "1234567890"}
    rows[2] = {**rows[2], "state": "XX", "zip": "3030"}
    rows[3] = {**rows[3], "treatments": "iv;magic"}
    rows[4] = {**rows[4], "license_expires": "next year", "accepts_insurance": "maybe"}
    with session_scope(engine) as session, pytest.raises(CsvImportError) as refused:
        import_csv(session, as_csv(rows))
    rejected = refused.value.report.rejected
    assert [row.line for row in rejected] == [3, 4, 5, 6]
    assert "NPI" in rejected[0].reason
    assert "state" in rejected[1].reason and "ZIP" in rejected[1].reason
    assert "magic" in rejected[2].reason
    assert "license_expires" in rejected[3].reason and "yes or no" in rejected[3].reason
    assert clinic_count(engine) == 0


def test_only_accepted_rows_count_as_located_from_their_zip_code() -> None:
    """A refused row with empty coordinates must not be reported as "taken from the ZIP code"."""
    good, bad = ({**row, "latitude": "", "longitude": ""} for row in sample_rows()[:2])
    bad = {**bad, "phone": "not a phone"}
    rows, report = read_rows(as_csv([good, bad]))
    assert [row.ref for row in rows] == [good["ref"]]
    assert [rejected.ref for rejected in report.rejected] == [bad["ref"]]
    assert report.located == [good["ref"]]


def test_malformed_files_are_refused_with_a_reason(engine) -> None:
    broken = "ref,name\nsample-x,Only two columns\n"
    with session_scope(engine) as session, pytest.raises(CsvImportError) as refused:
        import_csv(session, io.StringIO(broken))
    assert "missing columns" in refused.value.report.rejected[0].reason
    good = as_csv(sample_rows()[:2]).getvalue().rstrip("\n") + "\nsample-extra,too,few\n"
    with session_scope(engine) as session, pytest.raises(CsvImportError) as refused:
        import_csv(session, io.StringIO(good))
    assert refused.value.report.rejected[0].line == 4
    assert "number of fields" in refused.value.report.rejected[0].reason
    assert clinic_count(engine) == 0


def test_a_repeated_ref_adds_a_credential_but_must_not_change_the_clinic(engine) -> None:
    first = sample_rows()[0]
    second_credential = {**first, "license_number": first["license_number"] + "-B"}
    with session_scope(engine) as session:
        import_csv(session, as_csv([first, second_credential]))
    with session_scope(engine) as session:
        clinic = session.execute(select(Clinic).filter_by(ref=first["ref"])).scalar_one()
        assert len(clinic.credentials) == 2
    conflicting = {**first, "name": "Another name (sample)"}
    with session_scope(engine) as session, pytest.raises(CsvImportError) as refused:
        import_csv(session, as_csv([first, conflicting]))
    assert "differ from row 2" in refused.value.report.rejected[0].reason
