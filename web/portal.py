"""The clinic portal: a clinic account sees, updates, annotates and exports its own inquiries only.

Every query is scoped to the logged-in account's clinic. Another clinic's inquiry answers
404 exactly like a reference that does not exist, so references cannot be probed. Internal
notes and the status history belong to the inquiry and are deleted with it by the retention
purge. Notification delivery errors are not shown here: administrators see them on the overview.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
from collections.abc import Iterable

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import SelectField, TextAreaField
from wtforms.validators import DataRequired, Length

from bot.csv_safety import neutralise_cell
from bot.inquiries import portal as service
from bot.models import INQUIRY_NOTE_MAX_CHARS, INQUIRY_STATUSES, Inquiry, utcnow
from bot.rules import phone_e164
from web import get_db
from web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("portal", __name__, url_prefix="/portal")

STATUS_LABELS = {status: status.capitalize() for status in INQUIRY_STATUSES}  # New, Contacted, Closed
CSV_COLUMNS = (
    "reference",
    "received_at_utc",
    "status",
    "first_name",
    "contact",
    "contact_kind",
    "preferred_time",
    "note",
    "source",
    "consent_at_utc",
    "updated_at_utc",
    "notifications",
)


class StatusForm(FlaskForm):
    status = SelectField("Status", choices=list(STATUS_LABELS.items()))


class NoteForm(FlaskForm):
    body = TextAreaField(
        "Add an internal note",
        description=f"Only your clinic’s accounts see notes. Up to {INQUIRY_NOTE_MAX_CHARS} characters.",
        validators=[
            DataRequired("Write the note first."),
            Length(
                max=INQUIRY_NOTE_MAX_CHARS, message=f"A note can be at most {INQUIRY_NOTE_MAX_CHARS} characters long."
            ),
        ],
        render_kw={"rows": 3, "maxlength": INQUIRY_NOTE_MAX_CHARS},
    )


class FilterForm(FlaskForm):
    """The list filter: a GET form, so it carries no CSRF token."""

    class Meta:
        csrf = False

    status = SelectField("Show", choices=[("", "All inquiries")] + list(STATUS_LABELS.items()), default="")


def _own_inquiry_or_404(reference: str) -> Inquiry:
    """The logged-in clinic's inquiry; another clinic's answers 404 like one that does not exist."""
    inquiry = service.own_inquiry(get_db(), current_user.clinic_id, reference)
    if inquiry is None:
        abort(404)
    return inquiry


def _status_filter() -> tuple[FilterForm, str | None]:
    form = FilterForm(formdata=request.args)
    status = form.status.data if form.validate() and form.status.data else None
    return form, status


@blueprint.get("")
@role_required("clinic")
def inquiries() -> str:
    """The clinic's inquiries, newest first, 50 per page, optionally of one status."""
    form, status = _status_filter()
    db = get_db()
    shown = service.inquiry_page(db, current_user.clinic_id, status, request.args.get("page", 1, type=int))
    return render_template(
        "portal/inquiries.html",
        inquiries=shown.items,
        form=form,
        status=status,
        page=shown.page,
        pages=shown.pages,
        total=shown.total,
        labels=STATUS_LABELS,
        new_count=service.new_count(db, current_user.clinic_id),
    )


@blueprint.get("/inquiries/<reference>")
@role_required("clinic")
def inquiry(reference: str) -> str:
    """One inquiry in full, with its status history, internal notes and the forms to change them."""
    found = _own_inquiry_or_404(reference)
    return _inquiry_page(found, NoteForm(formdata=None))


def _inquiry_page(found: Inquiry, note_form: NoteForm) -> str:
    return render_template(
        "portal/inquiry.html",
        inquiry=found,
        form=StatusForm(status=found.status),
        note_form=note_form,
        labels=STATUS_LABELS,
    )


@blueprint.post("/inquiries/<reference>/status")
@role_required("clinic")
def change_status(reference: str) -> Response:
    """Mark an inquiry new, contacted or closed."""
    _own_inquiry_or_404(reference)
    form = StatusForm()
    if not form.validate_on_submit():
        abort(400, description="Choose a status: New, Contacted or Closed.")
    db = get_db()
    if service.change_status(db, current_user.clinic_id, current_user.id, reference, form.status.data) is None:
        abort(404)
    db.commit()
    flash(f"Inquiry {reference} is now marked “{STATUS_LABELS[form.status.data]}”.", "success")
    return redirect(url_for("portal.inquiry", reference=reference), 303)


@blueprint.post("/inquiries/<reference>/notes")
@role_required("clinic")
def add_note(reference: str) -> Response | tuple[str, int]:
    """Add an internal note; a missing or too long note shows the page again with the problem."""
    found = _own_inquiry_or_404(reference)
    form = NoteForm()
    if not form.validate_on_submit():
        return _inquiry_page(found, form), 400
    db = get_db()
    if service.add_note(db, current_user.clinic_id, current_user.id, reference, form.body.data) is None:
        abort(404)
    db.commit()
    flash(f"Your note was added to inquiry {reference}.", "success")
    return redirect(url_for("portal.inquiry", reference=reference, _anchor="notes"), 303)


@blueprint.app_template_filter("tel_uri")
def tel_uri(phone: str) -> str | None:
    """A phone number as a ``tel:`` link target (``tel:+14045550142``); None when it is not a US number to dial."""
    dial = phone_e164(phone)
    return f"tel:{dial}" if dial else None


@blueprint.get("/export.csv")
@role_required("clinic")
def export_csv() -> Response:
    """All of the clinic's inquiries (or one status) as CSV, safe to open in a spreadsheet."""
    _, status = _status_filter()
    rows = service.export_rows(get_db(), current_user.clinic_id, status)
    # A byte-order mark makes Excel read UTF-8 names correctly; other tools ignore it.
    body = "\ufeff" + inquiries_csv(rows)
    filename = f"inquiries-{_filename_part(current_user.clinic_ref)}-{utcnow():%Y-%m-%d}.csv"
    log.info("account id %s exported %d inquiries of clinic %s", current_user.id, len(rows), current_user.clinic_ref)
    return Response(
        body,
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


def inquiries_csv(rows: Iterable[Inquiry]) -> str:
    """The CSV text (header and one line per inquiry), every cell neutralised against formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                neutralise_cell(value)
                for value in (
                    row.reference,
                    _iso(row.created_at),
                    row.status,
                    row.first_name,
                    row.contact,
                    row.contact_kind,
                    row.preferred_time,
                    row.note,
                    row.source,
                    _iso(row.consent_at),
                    _iso(row.updated_at),
                    # Clinics learn which notifications reached them, never why one did not (that is for admins).
                    "; ".join(f"{message.channel} sent" for message in row.notifications if message.status == "sent"),
                )
            ]
        )
    return buffer.getvalue()


def _iso(value: dt.datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="seconds") if value else ""


def _filename_part(value: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", value or "clinic")
