"""The clinic directory in the staff web app, on real databases with CSRF on: clinics and prescriber
credentials created and edited through the forms, expiring and overdue licenses flagged and verified,
and CSV import (all or nothing, with line numbers) and export that round-trip.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import func, select

from bot.db import session_scope
from bot.directory.csv_io import COLUMNS
from bot.models import Clinic, Credential, utcnow
from tests.admin_helpers import CLINIC_FORM
from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    _secrets,
    app,
    audit_actions,
    csrf_token,
    entry_form,
    logged_in,
    path_of,
    squeeze,
    text,
    version_of,
    world,
)
from tests.clock import TODAY
from tests.conftest import SAMPLE_CLINICS

pytestmark = pytest.mark.usefixtures("on_todays_date")

# ---------------------------------------------------------------- clinic directory

CREDENTIAL_FORM = {
    "prescriber": "Dr. Ada Sample, MD",
    "license_number": "GA-MD-777",
    "license_state": "GA",
    "license_expires": (TODAY + dt.timedelta(days=20)).isoformat(),
    "npi": "1234567893",
    "rems_certified": "y",
    "status": "active",
    "verified_on": (TODAY - dt.timedelta(days=5)).isoformat(),
    "verified_by": "A. Editor",
    "verification_method": "Georgia Composite Medical Board website",
}


def test_staff_create_and_edit_clinics_and_credentials(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    form = editor.get("/admin/clinics/new")
    bad = editor.post(
        "/admin/clinics/new",
        data={
            **CLINIC_FORM,
            "zip": "314",
            "treatments": [],
            "website": "ftp://x.example",
            "csrf_token": csrf_token(form),
        },
    )
    assert bad.status_code == 400
    for message in ("Must be 5 digits, like 94110.", "Must be one or more of iv", "starting with https://"):
        assert message in html.unescape(text(bad))
    created = editor.post("/admin/clinics/new", data={**CLINIC_FORM, "csrf_token": csrf_token(form)})
    assert created.status_code == 303 and path_of(created.location).endswith("/credentials/new")
    clinic_path = path_of(created.location).rsplit("/credentials/new", 1)[0]
    page = editor.get(clinic_path)
    assert "Hidden from visitors" in text(page) and "no credential on file" in text(page)

    form = editor.get(created.location)
    bad = editor.post(created.location, data={**CREDENTIAL_FORM, "npi": "1234567890", "csrf_token": csrf_token(form)})
    assert bad.status_code == 400 and "Must be a 10-digit NPI with a correct check digit" in text(bad)
    added = editor.post(created.location, data={**CREDENTIAL_FORM, "csrf_token": csrf_token(form)})
    assert added.status_code == 303
    page = text(editor.get(clinic_path))
    assert "Listed: visitors can find this clinic." in page
    assert f"License expires on {TODAY + dt.timedelta(days=20):%Y-%m-%d} (in 20 days)" in page

    edit = editor.get(f"{clinic_path}/edit")
    assert 'value="English; Spanish"' in text(edit) and 'value="32.08090"' in text(edit)
    saved = editor.post(
        f"{clinic_path}/edit",
        data={
            **CLINIC_FORM,
            "name": "Savannah Calm (sample)",
            "telehealth": "y",
            "csrf_token": csrf_token(edit),
            "version": version_of(edit),
        },
    )
    assert saved.status_code == 303
    stale = editor.post(
        f"{clinic_path}/edit",
        data={**CLINIC_FORM, "name": "Overwritten?", "csrf_token": csrf_token(edit), "version": version_of(edit)},
    )
    assert stale.status_code == 409 and "someone else changed this clinic" in text(stale)
    with session_scope(world.engine) as session:
        clinic = session.execute(select(Clinic).where(Clinic.ref == "savannah-calm")).scalar_one()
        assert (clinic.name, clinic.telehealth, clinic.languages) == (
            "Savannah Calm (sample)",
            True,
            ["English", "Spanish"],
        )
        credential_id = clinic.credentials[0].id

    edit = editor.get(f"{clinic_path}/credentials/{credential_id}/edit")
    renewed = (TODAY + dt.timedelta(days=700)).isoformat()
    assert (
        editor.post(
            f"{clinic_path}/credentials/{credential_id}/edit",
            data={**CREDENTIAL_FORM, "license_expires": renewed, "csrf_token": csrf_token(edit)},
        ).status_code
        == 303
    )
    assert "License expires on" not in text(editor.get(clinic_path))
    assert [action for _, action, _, _ in audit_actions(world.engine)] == [
        "clinic.create",
        "credential.create",
        "clinic.update",
        "credential.update",
    ]


def test_expiring_and_overdue_licenses_are_flagged_and_a_verification_can_be_recorded(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    listing = squeeze(text(editor.get("/admin/clinics")))
    assert "3 clinics" in listing
    assert f"License expires on {TODAY + dt.timedelta(days=10):%Y-%m-%d} (in 10 days)" in listing
    assert f"Verification due by {TODAY + dt.timedelta(days=15):%Y-%m-%d} (in 15 days)" in listing
    assert "Verification overdue since" in listing and "Hidden from visitors: last verified" in listing
    attention = text(editor.get("/admin/clinics?show=attention"))
    assert "2 clinics" in attention and "Clinic c1 " not in attention
    hidden = text(editor.get("/admin/clinics?show=hidden"))
    assert "1 clinic" in hidden and "Clinic c3 (sample)" in hidden
    assert "Clinic c2 (sample)" in text(editor.get("/admin/clinics?q=c2"))

    path = f"/admin/clinics/{world.clinics['c3']}"
    page = editor.get(path)
    prefix = f"verify-{world.credentials['c3']}"
    assert f'id="{prefix}-verified_on"' in text(page) and 'value="editor@example.org"' in text(page)
    url = f"{path}/credentials/{world.credentials['c3']}/verify"
    incomplete = editor.post(
        url,
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": "",
            f"{prefix}-verified_by": "",
            f"{prefix}-verification_method": "",
        },
    )
    assert incomplete.status_code == 400 and "Enter the date of the verification." in text(incomplete)
    future = editor.post(
        url,
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": (TODAY + dt.timedelta(days=3)).isoformat(),
            f"{prefix}-verified_by": "editor@example.org",
            f"{prefix}-verification_method": "board website",
        },
    )
    assert future.status_code == 400 and "Cannot be in the future." in text(future)
    done = editor.post(
        url,
        data={
            f"{prefix}-csrf_token": csrf_token(page),
            f"{prefix}-verified_on": TODAY.isoformat(),
            f"{prefix}-verified_by": "editor@example.org",
            f"{prefix}-verification_method": "Georgia board website",
        },
    )
    assert done.status_code == 303
    assert "Listed: visitors can find this clinic." in text(editor.get(path))
    with session_scope(world.engine) as session:
        credential = session.get(Credential, world.credentials["c3"])
        assert (credential.verified_on, credential.verified_by, credential.verification_method) == (
            TODAY,
            "editor@example.org",
            "Georgia board website",
        )
    assert audit_actions(world.engine) == [
        (world.users["editor@example.org"], "credential.verify", "credential", f"c3/{world.credentials['c3']}")
    ]
    assert "1 clinic" in text(editor.get("/admin/clinics?show=attention"))


def _csv_rows(body: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body)))


def test_csv_import_is_all_or_nothing_with_line_numbers_and_export_round_trips(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    exported = editor.get("/admin/clinics/export.csv")
    assert exported.status_code == 200 and exported.mimetype == "text/csv"
    assert exported.headers["Content-Disposition"] == f'attachment; filename="clinics-{utcnow():%Y-%m-%d}.csv"'
    rows = _csv_rows(exported.get_data(as_text=True))
    assert [row["ref"] for row in rows] == ["c1", "c2", "c3"] and list(rows[0]) == COLUMNS

    changed = [
        dict(rows[0], name="Renamed by import"),
        dict(rows[1], zip="999"),
        dict(rows[2], npi="1111111111"),
        dict(rows[0], ref="brand-new", name="Brand new (sample)"),
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(changed)
    form = editor.get("/admin/clinics/import")
    refused = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(buffer.getvalue().encode()), "clinics.csv")},
    )
    assert refused.status_code == 400
    page = squeeze(text(refused))
    assert "Nothing was imported" in page and "2 rows could not be accepted" in page
    assert "<li>Row 3: ZIP must be 5 digits, like 94110 <span" in page
    assert "<li>Row 4: NPI must be a 10-digit NPI with a correct check digit, like 1234567893 <span" in page
    with session_scope(world.engine) as session:
        assert session.execute(select(func.count(Clinic.id))).scalar_one() == 3
        assert session.execute(select(Clinic.name).where(Clinic.ref == "c1")).scalar_one() == "Clinic c1 (sample)"

    wrong_type = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(b"x"), "clinics.xlsx")},
    )
    assert wrong_type.status_code == 400 and "ending in .csv" in text(wrong_type)
    not_utf8 = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO("ref,name\n\xff".encode("latin-1")), "clinics.csv")},
    )
    assert not_utf8.status_code == 400 and "not UTF-8" in text(not_utf8)

    sample = SAMPLE_CLINICS.read_bytes()
    assert len(sample) > 64 * 1024  # larger than the app accepts anywhere else
    imported = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(sample), "sample_clinics.csv")},
    )
    assert imported.status_code == 303, text(imported)
    assert "Import complete: 181 created, 0 updated, 0 rejected." in text(editor.get(imported.location))
    again = _csv_rows(editor.get("/admin/clinics/export.csv").get_data(as_text=True))
    assert len({row["ref"] for row in again}) == 184
    too_big = editor.post(
        "/admin/clinics/import",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_token(form), "file": (io.BytesIO(b"x" * (5 * 1024 * 1024 + 1)), "big.csv")},
    )
    assert too_big.status_code == 413
    elsewhere = editor.post("/admin/kb/preview", data=entry_form(csrf_token(form), answer="word " * 20000))
    assert elsewhere.status_code == 413  # other pages keep the 64 KB limit
    imports = [row for row in audit_actions(world.engine) if row[1] == "clinic.import"]
    assert imports == [(world.users["editor@example.org"], "clinic.import", "clinic", None)]
