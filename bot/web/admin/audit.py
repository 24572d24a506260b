"""The audit log for administrators: who changed which entry, clinic, credential or account, when."""
from __future__ import annotations

import math

from flask import Blueprint, render_template, request
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload
from wtforms import SelectField, StringField
from wtforms.validators import Length

from bot.models import AuditLog
from bot.web import get_db
from bot.web.guards import role_required

blueprint = Blueprint("audit", __name__, url_prefix="/admin/audit")

PAGE_SIZE = 50
OBJECT_TYPES = [("", "Everything"), ("knowledge_entry", "Knowledge entries"), ("clinic", "Clinics"),
                ("credential", "Licenses"), ("user", "Accounts"), ("unanswered_question", "Unanswered questions")]
OBJECT_LABELS = {"knowledge_entry": "Knowledge entry", "clinic": "Clinic", "credential": "License",
                 "user": "Account", "unanswered_question": "Unanswered questions"}


class AuditFilterForm(FlaskForm):
    """GET filter without CSRF token."""

    class Meta:
        csrf = False

    object_type = SelectField("Show", choices=OBJECT_TYPES, default="")
    ref = StringField("Object", validators=[Length(max=128)], render_kw={"type": "search"})


@blueprint.get("")
@role_required("admin")
def log() -> str:
    """Audit entries, newest first, 50 per page, optionally of one kind of object or one object."""
    form = AuditFilterForm(formdata=request.args)
    query = select(AuditLog)
    if form.validate():
        if form.object_type.data:
            query = query.where(AuditLog.object_type == form.object_type.data)
        if form.ref.data and form.ref.data.strip():
            query = query.where(AuditLog.object_ref == form.ref.data.strip())
    db = get_db()
    total = db.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), pages)
    rows = db.execute(query.options(joinedload(AuditLog.user)).order_by(AuditLog.id.desc())
                      .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).scalars().all()
    filters = {name: value for name, value in request.args.items() if name in ("object_type", "ref") and value}
    return render_template("admin/audit.html", rows=rows, form=form, total=total, page=page, pages=pages,
                           filters=filters, labels=OBJECT_LABELS)
