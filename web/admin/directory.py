"""Clinic-directory pages: list and search, create and edit clinics and credentials, record a
verification, import (all or nothing, with a row-by-row report, or only checked) and export CSV,
a template CSV to start from, and coordinates looked up from a ZIP code or city.

Flags show what hides a clinic from visitors now (the listing rule) and what will soon:
a license expiring, or a verification falling due, within 30 days.
"""

from __future__ import annotations

import datetime as dt
import io
import logging

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.wrappers import Response

from bot.directory.coordinates import locate, not_found_message
from bot.directory.csv_io import CsvImportError, ImportReport, RejectedRow, check_csv, export_csv, write_template
from bot.directory.editing import (
    ClinicConflict,
    RecordInvalid,
    add_credential,
    create_clinic,
    import_clinics,
    record_verification,
    update_clinic,
    update_credential,
)
from bot.directory.flags import clinic_flags, credential_flags
from bot.directory.listing import ListingPolicy
from bot.directory.listing_staff import clinic_page, clinic_with_credentials
from bot.models import TREATMENTS, Clinic, Credential, utcnow
from web import get_db
from web.admin import STAFF_ROLES
from web.admin.directory_forms import ClinicFilterForm, ClinicForm, CredentialForm, ImportForm, VerifyForm
from web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("directory", __name__, url_prefix="/admin/clinics")

PAGE_SIZE = 50
#: Uploads are the one place larger bodies are accepted (the app's default is 64 KB).
IMPORT_MAX_BYTES = 5 * 1024 * 1024
CONFLICT = (
    "Someone else saved this clinic after you opened it. Your changes were NOT saved and nothing was "
    "overwritten. Your text is still in the form: copy what you need, open the latest version and make "
    "your changes there."
)


@blueprint.url_value_preprocessor
def _allow_csv_upload(endpoint: str | None, _values: dict | None) -> None:
    """Raise the body limit for the import only; this runs before CSRFProtect reads the body."""
    if endpoint == "directory.import_csv":
        request.max_content_length = IMPORT_MAX_BYTES


def _policy() -> ListingPolicy:
    settings = current_app.extensions["bot_settings"]
    return ListingPolicy(today=dt.date.today(), max_verification_age_days=settings.license_verification_days)


def _clinic_or_404(clinic_id: int) -> Clinic:
    clinic = clinic_with_credentials(get_db(), clinic_id)
    if clinic is None:
        abort(404)
    return clinic


def _credential_or_404(clinic: Clinic, credential_id: int) -> Credential:
    credential = next((item for item in clinic.credentials if item.id == credential_id), None)
    if credential is None:
        abort(404)
    return credential


def _show_problems(form, problems: dict[str, list[str]]) -> None:
    for name, messages in problems.items():
        field = getattr(form, name, None)
        if field is None:
            form.form_errors.extend(messages)
        else:
            field.errors = list(field.errors) + messages


# ---------------------------------------------------------------- list and detail


@blueprint.get("")
@role_required(*STAFF_ROLES)
def clinics() -> str:
    """Clinics by name, searchable, optionally only those hidden or needing attention soon."""
    form = ClinicFilterForm(formdata=request.args)
    valid = form.validate()
    shown = clinic_page(
        get_db(),
        _policy(),
        search=(form.q.data or "") if valid else "",
        show=(form.show.data or "") if valid else "",
        page=request.args.get("page", 1, type=int),
        per_page=PAGE_SIZE,
    )
    filters = {name: value for name, value in request.args.items() if name in ("q", "show") and value}
    return render_template(
        "admin/directory/list.html",
        rows=[(row, row.flags, row.listed) for row in shown.items],
        form=form,
        total=shown.total,
        page=shown.page,
        pages=shown.pages,
        filters=filters,
    )


@blueprint.get("/<int:clinic_id>")
@role_required(*STAFF_ROLES)
def clinic(clinic_id: int) -> str:
    """One clinic: whether visitors see it, its credentials with their flags, verification forms."""
    found = _clinic_or_404(clinic_id)
    return _clinic_page(found)


def _clinic_page(found: Clinic, status: int = 200, failed: tuple[int, VerifyForm] | None = None):
    policy = _policy()
    credentials = []
    for credential in found.credentials:
        if failed and failed[0] == credential.id:
            form = failed[1]
        else:
            form = VerifyForm(
                formdata=None,
                prefix=f"verify-{credential.id}",
                verified_on=dt.date.today(),
                verified_by=current_user.email,
            )
        credentials.append(
            (credential, policy.credential_problems(found, credential), credential_flags(policy, credential), form)
        )
    return render_template(
        "admin/directory/clinic.html",
        clinic=found,
        problems=policy.problems(found),
        flags=clinic_flags(policy, found, hidden=False),
        credentials=credentials,
        treatments=TREATMENTS,
        verification_days=policy.max_verification_age_days,
    ), status


def _flash_located(form: ClinicForm, clinic: Clinic) -> None:
    """Say so when the coordinates were filled in on save, so they get a glance."""
    if not (form.latitude.data or "").strip() and not (form.longitude.data or "").strip():
        flash(
            f"Latitude and longitude were taken from the ZIP code or city: {clinic.latitude:.5f}, "
            f"{clinic.longitude:.5f}. Check them below.",
            "info",
        )


# ---------------------------------------------------------------- clinics


@blueprint.route("/new", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def new_clinic():
    """Add a clinic; it stays hidden from visitors until it has a verified credential."""
    form = ClinicForm()
    if not form.validate_on_submit():
        return render_template(
            "admin/directory/clinic_form.html", form=form, clinic=None
        ), 400 if form.is_submitted() else 200
    db = get_db()
    try:
        created = create_clinic(db, form.values(), current_user.id)
        db.commit()
    except RecordInvalid as error:
        db.rollback()
        _show_problems(form, error.problems)
        return render_template("admin/directory/clinic_form.html", form=form, clinic=None), 400
    flash(f"{created.name} added. Add its license so visitors can find it.", "success")
    _flash_located(form, created)
    return redirect(url_for("directory.new_credential", clinic_id=created.id), 303)


@blueprint.route("/<int:clinic_id>/edit", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def edit_clinic(clinic_id: int):
    """Edit a clinic; refused (409) if someone saved it since the form was opened."""
    found = _clinic_or_404(clinic_id)
    form = ClinicForm()
    if not form.is_submitted():
        form.fill(found)
        return render_template("admin/directory/clinic_form.html", form=form, clinic=found)
    if not form.validate():
        return render_template("admin/directory/clinic_form.html", form=form, clinic=found), 400
    db = get_db()
    try:
        changed = update_clinic(db, found, form.values(), current_user.id, form.expected_version())
        db.commit()
    except RecordInvalid as error:
        db.rollback()
        _show_problems(form, error.problems)
        return render_template("admin/directory/clinic_form.html", form=form, clinic=found), 400
    except (ClinicConflict, StaleDataError):
        db.rollback()
        return render_template(
            "admin/directory/clinic_form.html", form=form, clinic=_clinic_or_404(clinic_id), conflict=CONFLICT
        ), 409
    flash("Saved." if changed else "Nothing changed, so nothing was saved.", "success" if changed else "info")
    _flash_located(form, found)
    return redirect(url_for("directory.clinic", clinic_id=clinic_id), 303)


@blueprint.get("/geocode")
@role_required(*STAFF_ROLES)
def geocode():
    """Coordinates for the clinic form's "Fill from ZIP/city" button (JSON, same origin).

    A place that is not known is an answer too (``found: false`` with what to do), not an error.
    """
    zip_code, city, state = (request.args.get(name, "")[:100] for name in ("zip", "city", "state"))
    found = locate(zip_code, city, state)
    if found is None:
        return jsonify(found=False, message=not_found_message(zip_code, city, state))
    return jsonify(
        found=True,
        latitude=f"{found.latitude:.5f}",
        longitude=f"{found.longitude:.5f}",
        message=f"Filled from {found.source}. Check them, and change them if the clinic is elsewhere.",
    )


# ---------------------------------------------------------------- credentials


@blueprint.route("/<int:clinic_id>/credentials/new", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def new_credential(clinic_id: int):
    found = _clinic_or_404(clinic_id)
    form = CredentialForm()
    if not form.is_submitted():
        form.license_state.data = found.state
    if not form.validate_on_submit():
        return render_template(
            "admin/directory/credential_form.html", form=form, clinic=found, credential=None
        ), 400 if form.is_submitted() else 200
    db = get_db()
    try:
        add_credential(db, found, form.values(), current_user.id)
        db.commit()
    except RecordInvalid as error:
        db.rollback()
        _show_problems(form, error.problems)
        return render_template(
            "admin/directory/credential_form.html", form=form, clinic=_clinic_or_404(clinic_id), credential=None
        ), 400
    flash("License added.", "success")
    return redirect(url_for("directory.clinic", clinic_id=clinic_id), 303)


@blueprint.route("/<int:clinic_id>/credentials/<int:credential_id>/edit", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def edit_credential(clinic_id: int, credential_id: int):
    found = _clinic_or_404(clinic_id)
    credential = _credential_or_404(found, credential_id)
    form = CredentialForm()
    if not form.is_submitted():
        form.fill(credential)
    if not form.validate_on_submit():
        return render_template(
            "admin/directory/credential_form.html", form=form, clinic=found, credential=credential
        ), 400 if form.is_submitted() else 200
    db = get_db()
    try:
        changed = update_credential(db, credential, form.values(), current_user.id)
        db.commit()
    except RecordInvalid as error:
        db.rollback()
        _show_problems(form, error.problems)
        return render_template(
            "admin/directory/credential_form.html", form=form, clinic=found, credential=credential
        ), 400
    flash("License saved." if changed else "Nothing changed, so nothing was saved.", "success" if changed else "info")
    return redirect(url_for("directory.clinic", clinic_id=clinic_id), 303)


@blueprint.post("/<int:clinic_id>/credentials/<int:credential_id>/verify")
@role_required(*STAFF_ROLES)
def verify_credential(clinic_id: int, credential_id: int):
    """Record a verification: when, by whom and how the license was checked."""
    found = _clinic_or_404(clinic_id)
    credential = _credential_or_404(found, credential_id)
    form = VerifyForm(prefix=f"verify-{credential_id}")
    if not form.validate():
        return _clinic_page(found, 400, (credential_id, form))
    db = get_db()
    try:
        record_verification(
            db, credential, form.verified_on.data, form.verified_by.data, form.verification_method.data, current_user.id
        )
        db.commit()
    except RecordInvalid as error:
        db.rollback()
        _show_problems(form, error.problems)
        return _clinic_page(_clinic_or_404(clinic_id), 400, (credential_id, form))
    flash(f"Verification of license {credential.license_number} recorded.", "success")
    return redirect(url_for("directory.clinic", clinic_id=clinic_id), 303)


# ---------------------------------------------------------------- CSV


@blueprint.route("/import", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def import_csv():
    """Import clinics from CSV: every row is checked first, and one bad row imports nothing.

    "Check only" reports what the import would add, update and reject, and changes nothing.
    """
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("admin/directory/import.html", form=form), 400 if form.is_submitted() else 200
    upload = form.file.data
    db = get_db()
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        report = ImportReport(
            rejected=[RejectedRow(1, "", ['the file is not UTF-8 text: in your spreadsheet, save it as "CSV UTF-8"'])]
        )
        return render_template("admin/directory/import.html", form=form, report=report), 400
    if form.check_only.data:
        report = check_csv(db, io.StringIO(text, newline=""))
        db.rollback()
        log.info("account id %s checked a clinic file: %s", current_user.id, report.summary())
        return render_template("admin/directory/import.html", form=form, report=report, checked=True)
    try:
        report = import_clinics(db, io.StringIO(text, newline=""), current_user.id, upload.filename or "upload")
        db.commit()
    except CsvImportError as error:
        db.rollback()
        log.info("account id %s: clinic import refused, %d rows rejected", current_user.id, len(error.report.rejected))
        return render_template("admin/directory/import.html", form=form, report=error.report), 400
    log.info("account id %s imported clinics: %s", current_user.id, report.summary())
    flash(f"Import complete: {report.summary()}.", "success")
    if report.located:
        flash(
            f"Latitude and longitude of {len(report.located)} clinic{'' if len(report.located) == 1 else 's'} "
            "were taken from the ZIP code or city.",
            "info",
        )
    return redirect(url_for("directory.clinics"), 303)


@blueprint.get("/template.csv")
@role_required(*STAFF_ROLES)
def template() -> Response:
    """The import's header row and one example row, to fill in a spreadsheet."""
    buffer = io.StringIO()
    write_template(buffer)
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="clinics-template.csv"'},
    )


@blueprint.get("/export.csv")
@role_required(*STAFF_ROLES)
def export() -> Response:
    """Every clinic in the import format, one row per credential."""
    buffer = io.StringIO()
    count = export_csv(get_db(), buffer)
    log.info("account id %s exported %d clinic rows", current_user.id, count)
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="clinics-{utcnow():%Y-%m-%d}.csv"',
            "Cache-Control": "no-store",
        },
    )
