"""The audit log for administrators: who did what to which entry, clinic, license or account, when.

Each row reads as a sentence ("admin@example.org verified a license"), with the object as a
link to where it can be looked at. Filters are GET parameters, so a filtered page can be
bookmarked and paged: person, kind of action, date range (days of the organisation's time
zone), kind of object and one object's reference.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, StringField
from wtforms.validators import Length
from wtforms.validators import Optional as OptionalValue

from bot.audit import describe_action
from bot.audit_log import SYSTEM, AuditFilter, AuditRow, actions_in_log, audit_page, people_in_log
from web import get_db, org_timezone
from web.guards import role_required

blueprint = Blueprint("audit", __name__, url_prefix="/admin/audit")

PAGE_SIZE = 50
FILTER_NAMES = ("person", "action", "start", "end", "object_type", "ref")
OBJECT_TYPES = [
    ("", "Everything"),
    ("knowledge_entry", "Knowledge entries"),
    ("clinic", "Clinics"),
    ("credential", "Licenses"),
    ("user", "Accounts"),
    ("unanswered_question", "Unanswered questions"),
    ("known_gap", "Questions not covered"),
    ("inquiry", "Inquiries"),
]
OBJECT_LABELS = {
    "knowledge_entry": "Entry",
    "clinic": "Clinic",
    "credential": "License",
    "user": "Account",
    "unanswered_question": "Unanswered questions",
    "known_gap": "Questions not covered",
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
        (str(person.id), person.email) for person in people_in_log(db)
    ]
    form.action.choices = [("", "Any action")] + actions_in_log(db)
    shown = audit_page(
        db,
        _chosen(form) if form.validate() else AuditFilter(),
        org_timezone(),
        page=request.args.get("page", 1, type=int),
        per_page=PAGE_SIZE,
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
        objects={row.id: _object_link(row) for row in shown.items},
        describe=describe_action,
    )


def _chosen(form: AuditFilterForm) -> AuditFilter:
    """The filters of a valid form (its person is "", SYSTEM or an account id from the menu)."""
    person = form.person.data
    return AuditFilter(
        person=SYSTEM if person == SYSTEM else int(person) if person else None,
        action=form.action.data or "",
        start=form.start.data,
        end=form.end.data,
        object_type=form.object_type.data or "",
        ref=form.ref.data or "",
    )


def _object_link(row: AuditRow) -> ObjectLink:
    """The row's object, linked to its page when it still exists."""
    href = None
    if row.entry_id is not None:
        href = url_for("kb.edit_entry", entry_id=row.entry_id)
    elif row.clinic_id is not None:
        href = url_for("directory.clinic", clinic_id=row.clinic_id)
    elif row.object_type == "user":
        href = url_for("accounts.accounts")
    elif row.object_type == "unanswered_question":
        href = url_for("unanswered.groups")
    elif row.object_type == "known_gap":
        href = url_for("gaps.questions")
    label = OBJECT_LABELS.get(row.object_type, row.object_type.replace("_", " ").capitalize())
    return ObjectLink(label, row.object_ref, href)
