"""The audit log for administrators: who did what to which entry, clinic, license or account, when.

Each row reads as a sentence ("admin@example.org verified a license"), with the object as a
link to where it can be looked at. Filters are GET parameters, so a filtered page can be
bookmarked and paged: person, kind of action, date range (days of the organisation's time
zone), kind of object and one object's reference.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, render_template, request, url_for
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from sqlalchemy.sql import Select
from wtforms import DateField, SelectField, StringField
from wtforms.validators import Length
from wtforms.validators import Optional as OptionalValue

from bot.audit import describe_action
from bot.local_time import local_day_start_utc
from bot.models import AuditLog, Clinic, KnowledgeEntry, User
from bot.paging import paginate
from web import get_db, org_timezone
from web.guards import role_required

blueprint = Blueprint("audit", __name__, url_prefix="/admin/audit")

PAGE_SIZE = 50
SYSTEM = "system"  # the person filter's value for the command line and the knowledge-base files
FILTER_NAMES = ("person", "action", "start", "end", "object_type", "ref")
OBJECT_TYPES = [
    ("", "Everything"),
    ("knowledge_entry", "Knowledge entries"),
    ("clinic", "Clinics"),
    ("credential", "Licenses"),
    ("user", "Accounts"),
    ("unanswered_question", "Unanswered questions"),
    ("inquiry", "Inquiries"),
]
OBJECT_LABELS = {
    "knowledge_entry": "Entry",
    "clinic": "Clinic",
    "credential": "License",
    "user": "Account",
    "unanswered_question": "Unanswered questions",
    "inquiry": "Inquiry",
}


class AuditFilterForm(FlaskForm):
    """GET filter without CSRF token; the person and action choices are those present in the log."""

    class Meta:
        csrf = False

    person = SelectField("Person", choices=[], default="")
    action = SelectField("Action", choices=[], default="")
    start = DateField("From", validators=[OptionalValue()])
    end = DateField("To", validators=[OptionalValue()])
    object_type = SelectField("Object", choices=OBJECT_TYPES, default="")
    ref = StringField("Reference", validators=[Length(max=128)], render_kw={"type": "search"})


@dataclass(frozen=True)
class ObjectLink:
    label: str  # "Entry", "Clinic", …
    ref: str | None
    href: str | None  # where to look at it; None when it no longer exists or has no page


@blueprint.get("")
@role_required("admin")
def log() -> str:
    """Audit entries, newest first, 50 per page, narrowed by the filters that are set."""
    db = get_db()
    form = AuditFilterForm(formdata=request.args)
    form.person.choices = [("", "Anyone"), (SYSTEM, "The system")] + [
        (str(user_id), email)
        for user_id, email in db.execute(
            select(User.id, User.email).where(User.id.in_(select(AuditLog.user_id))).order_by(User.email)
        )
    ]
    form.action.choices = [("", "Any action")] + sorted(
        ((code, describe_action(code)) for code in db.execute(select(AuditLog.action).distinct()).scalars()),
        key=lambda choice: choice[1],
    )
    query = _filtered(select(AuditLog), form) if form.validate() else select(AuditLog)
    shown = paginate(
        db,
        query.options(joinedload(AuditLog.user)).order_by(AuditLog.id.desc()),
        request.args.get("page", 1, type=int),
        PAGE_SIZE,
    )
    filters = {name: value for name, value in request.args.items() if name in FILTER_NAMES and value}
    return render_template(
        "admin/audit.html",
        rows=shown.items,
        form=form,
        total=shown.total,
        page=shown.page,
        pages=shown.pages,
        filters=filters,
        objects=_object_links(shown.items),
        describe=describe_action,
    )


def _filtered(query: Select, form: AuditFilterForm) -> Select:
    if form.person.data == SYSTEM:
        query = query.where(AuditLog.user_id.is_(None))
    elif form.person.data:
        query = query.where(AuditLog.user_id == int(form.person.data))
    if form.action.data:
        query = query.where(AuditLog.action == form.action.data)
    zone = org_timezone()
    if form.start.data:
        query = query.where(AuditLog.created_at >= local_day_start_utc(form.start.data, zone))
    if form.end.data:  # the whole "to" day counts
        query = query.where(AuditLog.created_at < local_day_start_utc(form.end.data + dt.timedelta(days=1), zone))
    if form.object_type.data:
        query = query.where(AuditLog.object_type == form.object_type.data)
    if form.ref.data and form.ref.data.strip():
        query = query.where(AuditLog.object_ref == form.ref.data.strip())
    return query


def _object_links(rows: Iterable[AuditLog]) -> dict[int, ObjectLink]:
    """Each row's object, linked to its page when it still exists (looked up in two queries per page)."""
    rows = list(rows)
    db = get_db()
    entry_ids = {_detail_id(row.details) for row in rows if row.object_type == "knowledge_entry"}
    entries = (
        set(db.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.id.in_(entry_ids - {None}))).scalars())
        if entry_ids - {None}
        else set()
    )
    clinic_refs = {_clinic_ref(row) for row in rows if row.object_type in ("clinic", "credential")} - {None}
    clinics = (
        dict(db.execute(select(Clinic.ref, Clinic.id).where(Clinic.ref.in_(clinic_refs))).all()) if clinic_refs else {}
    )
    links = {}
    for row in rows:
        href = None
        if row.object_type == "knowledge_entry" and _detail_id(row.details) in entries:
            href = url_for("kb.edit_entry", entry_id=_detail_id(row.details))
        elif row.object_type in ("clinic", "credential") and _clinic_ref(row) in clinics:
            href = url_for("directory.clinic", clinic_id=clinics[_clinic_ref(row)])
        elif row.object_type == "user":
            href = url_for("accounts.accounts")
        elif row.object_type == "unanswered_question":
            href = url_for("unanswered.groups")
        links[row.id] = ObjectLink(
            OBJECT_LABELS.get(row.object_type, row.object_type.replace("_", " ").capitalize()), row.object_ref, href
        )
    return links


def _detail_id(details: Any) -> int | None:
    value = details.get("id") if isinstance(details, dict) else None
    return value if isinstance(value, int) else None


def _clinic_ref(row: AuditLog) -> str | None:
    """A clinic's reference; a license's is "clinic-ref/license-id"."""
    if not row.object_ref:
        return None
    return row.object_ref.rsplit("/", 1)[0] if row.object_type == "credential" else row.object_ref
