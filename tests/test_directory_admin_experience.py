"""Staff pages of the clinic directory, issue #15: error summaries that link to the fields,
CSV messages in plain words, the template CSV, "check only" imports, coordinates from the ZIP
code or city, the verification form near the top and warnings shown once.

Everything runs through the real app and database (``tests/admin_world.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from types import SimpleNamespace

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.test import TestResponse

from bot.db import session_scope
from bot.directory.columns import COLUMNS
from bot.models import AuditLog, Clinic, Credential
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    _secrets,
    app,
    audit_actions,
    csrf_token,
    logged_in,
    path_of,
    squeeze,
    text,
    version_of,
    world,
)
from tests.clinic_factory import valid_npi

SUMMARY = re.compile(r'<div class="error-summary" role="alert"[^>]*tabindex="-1" autofocus>(.*?)</div>', re.S)
SUMMARY_LINK = re.compile(r'<a href="#([^"]+)">([^<]*)</a>')
CLINIC_FORM = {
    "ref": "savannah-calm",
    "name": "Savannah Calm Clinic (sample)",
    "street": "2 Bay St",
    "city": "Savannah",
    "state": "GA",
    "zip": "31401",
    "latitude": "",
    "longitude": "",
    "phone": "(912) 555-0142",
    "website": "https://savannah-calm.example",
    "email": "intake@savannah-calm.example",
    "treatments": ["iv"],
    "insurance_notes": "",
    "languages": "English",
    "notes": "",
}
NOT_FOUND = (
    "No coordinates are known for ZIP code 00000 or city Nowhere Town, GA. Check them, or type the "
    "latitude and longitude (for example from a map)."
)


def summary_links(response: TestResponse) -> list[tuple[str, str]]:
    """(field id, link text) of each link in the page's error summary; asserts the ids exist."""
    page = text(response)
    summary = SUMMARY.search(page)
    assert summary, "no focusable error summary on the page"
    links = [(target, text_) for target, text_ in SUMMARY_LINK.findall(summary.group(1))]
    for target, _ in links:
        assert re.search(rf'\bid="{re.escape(target)}"', page), f"the summary links to #{target}, not on the page"
    return links


def export(client: FlaskClient) -> str:
    return text(client.get("/admin/clinics/export.csv"))


def as_csv(rows: list[dict], columns: list[str] = COLUMNS) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def upload(client: FlaskClient, body: bytes, **extra: str) -> TestResponse:
    form = client.get("/admin/clinics/import")
    return client.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(body), "clinics.csv"), **extra},
    )


def exported_rows(client: FlaskClient) -> list[dict]:
    return list(csv.DictReader(io.StringIO(export(client))))


def database_state(engine) -> tuple:
    with session_scope(engine) as session:
        return tuple(
            session.execute(select(func.count(model.id))).scalar_one() for model in (Clinic, Credential, AuditLog)
        )


# ---------------------------------------------------------------- error summary


def test_the_error_summary_links_each_problem_to_its_field(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    form = editor.get("/admin/clinics/new")
    bad = editor.post(
        "/admin/clinics/new",
        data={
            **CLINIC_FORM,
            "zip": "314",
            "phone": "12",
            "treatments": [],
            "latitude": "north",
            "csrf_token": csrf_token(form),
        },
    )
    assert bad.status_code == 400
    links = dict(summary_links(bad))
    assert links["zip"] == "ZIP code: Must be 5 digits, like 94110."
    assert links["phone"] == "Phone: Must be a US number, like (415) 555-0134."
    assert links["treatments-0"].startswith("Treatments offered: Must be one or more of iv")
    assert links["latitude"].startswith("Latitude: Must be a number from -90 to 90")
    assert "Nothing was saved. Check the fields marked below." in text(bad)

    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    refused = admin.post(
        "/admin/accounts/new", data={"email": "", "role": "editor", "clinic": "", "csrf_token": csrf_token(form)}
    )
    assert refused.status_code == 400
    assert ("email", "E-mail: Enter the e-mail address.") in summary_links(refused)


def test_a_failed_verification_is_summarised_with_links_to_its_prefixed_fields(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    path = f"/admin/clinics/{world.clinics['c3']}"
    prefix = f"verify-{world.credentials['c3']}"
    page = editor.get(path)
    refused = editor.post(
        f"{path}/credentials/{world.credentials['c3']}/verify",
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": "",
            f"{prefix}-verified_by": "",
            f"{prefix}-verification_method": "",
        },
    )
    assert refused.status_code == 400
    assert summary_links(refused) == [
        (f"{prefix}-verified_on", "Verified on: Enter the date of the verification."),
        (f"{prefix}-verified_by", "Verified by: Say who verified it."),
        (f"{prefix}-verification_method", "How: Say how it was verified."),
    ]


# ---------------------------------------------------------------- CSV messages, template, check only


def test_csv_problems_are_reported_in_plain_words_with_the_expected_format(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    before = database_state(world.engine)
    rows = exported_rows(editor)
    good = [dict(rows[0], ref=f"new-{number}", name=f"New {number} (sample)") for number in range(6)]
    good[2] = dict(good[2], zip="941")  # row 4: the header is row 1
    good[5] = dict(good[5], phone="555-01")  # row 7
    refused = upload(editor, as_csv(good))
    assert refused.status_code == 400
    page = squeeze(text(refused))
    assert "<li>Row 4: ZIP must be 5 digits, like 94110 <span" in page
    assert "<li>Row 7: phone must be a US number, like (415) 555-0134 <span" in page
    assert "Row numbers are those a spreadsheet shows: the header is row 1." in page

    without_phone = [name for name in COLUMNS if name != "phone"] + ["fax"]
    refused = upload(editor, as_csv([dict(rows[0], fax="1")], without_phone))
    assert refused.status_code == 400
    page = text(refused)
    assert "Row 1: the header row is missing a column: phone" in page
    assert "Row 1: the header row has a column the importer does not know: fax" in page
    assert f"Row 1: the header row must be: {','.join(COLUMNS)} (download the template to start from it)" in page
    assert database_state(world.engine) == before


def test_the_template_csv_has_the_importers_columns_and_imports_as_it_is(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    assert 'href="/admin/clinics/template.csv"' in text(editor.get("/admin/clinics/import"))
    template = editor.get("/admin/clinics/template.csv")
    assert template.status_code == 200 and template.mimetype == "text/csv"
    assert template.headers["Content-Disposition"] == 'attachment; filename="clinics-template.csv"'
    rows = list(csv.reader(io.StringIO(text(template))))
    assert rows[0] == COLUMNS and len(rows) == 2
    imported = upload(editor, template.get_data())
    assert imported.status_code == 303, text(imported)
    assert "Import complete: 1 created, 0 updated, 0 rejected." in text(editor.get(imported.location))
    with session_scope(world.engine) as session:
        clinic = session.execute(select(Clinic).where(Clinic.ref == rows[1][0])).scalar_one()
        assert (clinic.zip, clinic.phone, len(clinic.credentials)) == ("94110", "(415) 555-0134", 1)

    assert app.test_client().get("/admin/clinics/template.csv").status_code == 302
    assert logged_in(app, "one@c1.example").get("/admin/clinics/template.csv").status_code == 403


def test_check_only_reports_what_would_happen_and_changes_nothing(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    rows = exported_rows(editor)
    before, exported = database_state(world.engine), export(editor)
    body = as_csv(
        [
            dict(rows[0], name="Renamed (sample)"),
            dict(rows[1], ref="brand-new"),
            dict(rows[1], ref="second-new"),
            dict(rows[2], npi="1111111111"),
        ]
    )
    checked = upload(editor, body, check_only="Check only, import nothing")
    assert checked.status_code == 200
    page = squeeze(text(checked))
    assert "Checked only: nothing was imported" in page
    assert (
        "This file would add 2 clinics and update 1, but 1 row has problems, so importing it now would import nothing."
    ) in page
    assert "<li>Row 5: NPI must be a 10-digit NPI with a correct check digit, like 1234567893 <span" in page
    assert database_state(world.engine) == before and export(editor) == exported

    clean = upload(
        editor,
        as_csv([dict(rows[0], name="Renamed (sample)"), dict(rows[1], ref="brand-new")]),
        check_only="Check only, import nothing",
    )
    assert clean.status_code == 200
    assert "This file would add 1 clinic and update 1." in squeeze(text(clean))
    assert 'role="status"' in text(clean) and "What to fix" not in text(clean)
    assert database_state(world.engine) == before and export(editor) == exported
    assert "clinic.import" not in [action for _, action, _, _ in audit_actions(world.engine)]


# ---------------------------------------------------------------- coordinates


def test_empty_coordinates_are_taken_from_the_zip_code_or_else_the_city(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    form = editor.get("/admin/clinics/new")
    created = editor.post("/admin/clinics/new", data={**CLINIC_FORM, "csrf_token": csrf_token(form)})
    assert created.status_code == 303, text(created)
    assert "Latitude and longitude were taken from the ZIP code or city: 32.07490, -81.08830." in text(
        editor.get(created.location)
    )
    by_city = editor.post(
        "/admin/clinics/new", data={**CLINIC_FORM, "ref": "by-city", "zip": "00000", "csrf_token": csrf_token(form)}
    )
    assert by_city.status_code == 303, text(by_city)
    nowhere = editor.post(
        "/admin/clinics/new",
        data={**CLINIC_FORM, "ref": "nowhere", "zip": "00000", "city": "Nowhere Town", "csrf_token": csrf_token(form)},
    )
    assert nowhere.status_code == 400
    assert ("latitude", f"Latitude: {NOT_FOUND}") in summary_links(nowhere)
    with session_scope(world.engine) as session:
        located = {
            clinic.ref: (clinic.latitude, clinic.longitude)
            for clinic in session.execute(
                select(Clinic).where(Clinic.ref.in_(["savannah-calm", "by-city", "nowhere"]))
            ).scalars()
        }
        details = [
            row.details
            for row in session.execute(
                select(AuditLog).where(AuditLog.action == "clinic.create").order_by(AuditLog.id)
            ).scalars()
        ]
    assert located == {"savannah-calm": (32.0749, -81.0883), "by-city": (32.08354, -81.09983)}
    assert [item["coordinates_from"] for item in details] == ["ZIP code 31401 (Savannah, GA)", "city Savannah, GA"]

    clinic_path = path_of(created.location).rsplit("/credentials/new", 1)[0]
    edit = editor.get(f"{clinic_path}/edit")
    typed = editor.post(
        f"{clinic_path}/edit",
        data={
            **CLINIC_FORM,
            "latitude": "32.1",
            "longitude": "-81.2",
            "csrf_token": csrf_token(edit),
            "version": version_of(edit),
        },
    )
    assert typed.status_code == 303
    with session_scope(world.engine) as session:
        clinic = session.execute(select(Clinic).where(Clinic.ref == "savannah-calm")).scalar_one()
        assert (clinic.latitude, clinic.longitude) == (32.1, -81.2)  # typed coordinates are kept


def test_an_imported_row_without_coordinates_takes_them_from_its_zip_code(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    row = dict(exported_rows(editor)[0], ref="no-coordinates", zip="94110", latitude="", longitude="")
    imported = upload(editor, as_csv([row]))
    assert imported.status_code == 303, text(imported)
    assert "Latitude and longitude of 1 clinic were taken from the ZIP code or city." in text(
        editor.get(imported.location)
    )
    with session_scope(world.engine) as session:
        clinic = session.execute(select(Clinic).where(Clinic.ref == "no-coordinates")).scalar_one()
        assert (clinic.latitude, clinic.longitude) == (37.7509, -122.4153)


def test_the_geocode_endpoint_answers_staff_only(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    found = editor.get("/admin/clinics/geocode?zip=94110&city=&state=CA")
    assert found.status_code == 200 and found.is_json
    assert found.get_json() == {
        "found": True,
        "latitude": "37.75090",
        "longitude": "-122.41530",
        "message": "Filled from ZIP code 94110 (San Francisco, CA). Check them, and change them if the clinic "
        "is elsewhere.",
    }
    by_city = editor.get("/admin/clinics/geocode?zip=&city=Savannah&state=GA").get_json()
    assert (by_city["latitude"], by_city["longitude"]) == ("32.08354", "-81.09983")
    unknown = editor.get("/admin/clinics/geocode?zip=00000&city=Nowhere+Town&state=GA")
    assert unknown.status_code == 200 and unknown.get_json() == {"found": False, "message": NOT_FOUND}
    empty = editor.get("/admin/clinics/geocode")
    assert empty.get_json() == {
        "found": False,
        "message": "Enter a ZIP code or a city first, or type the latitude and longitude.",
    }
    assert 'data-geocode-url="/admin/clinics/geocode"' in text(editor.get("/admin/clinics/new"))

    anonymous = app.test_client().get("/admin/clinics/geocode?zip=94110")
    assert anonymous.status_code == 302 and path_of(anonymous.location) == "/login"
    assert logged_in(app, "one@c1.example").get("/admin/clinics/geocode?zip=94110").status_code == 403


# ---------------------------------------------------------------- clinic page


def test_the_verification_form_comes_before_the_clinic_details(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    page = text(editor.get(f"/admin/clinics/{world.clinics['c3']}"))
    form = page.index(f'id="verify-{world.credentials["c3"]}-verified_on"')
    assert form < page.index('<dl class="details">') < page.index("<h2>Licenses</h2>")
    assert "<summary>Record a verification</summary>" not in page  # not folded away
    assert "Hidden from visitors: " not in page  # the box at the top says why; "Needs attention" does not repeat it
    assert "Dr. Test Person, MD: Verification overdue since" in page


def test_a_warning_shared_by_several_licenses_is_shown_once_with_a_count(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        clinic = session.get(Clinic, world.clinics["c2"])
        for number in (1, 2):
            clinic.credentials.append(
                Credential(
                    prescriber="Dr. Test Person, MD",
                    license_number=f"GA-MD-extra-{number}",
                    license_state="GA",
                    license_expires=dt.date.today() + dt.timedelta(days=400),
                    npi=valid_npi(900 + number),
                    rems_certified=True,
                    status="active",
                )
            )
    editor = logged_in(app, "editor@example.org")
    warning = "Dr. Test Person, MD: License never verified"
    for page in (text(editor.get("/admin/clinics")), text(editor.get(f"/admin/clinics/{world.clinics['c2']}"))):
        assert page.count(f"{warning} (2 licenses)") == 1
        assert f"{warning}<" not in page.replace("</li>", "<")  # never listed without its count
