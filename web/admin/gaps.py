"""Questions marked as not covered (:mod:`bot.kb.gaps`): the list staff search, and removing one
that was marked by mistake.

Staff mark questions from the unanswered list (:mod:`web.admin.unanswered`); the shipped ones
come from ``data/kb/not-covered/`` and leave only with that file, so only staff-added ones have
a Remove button. A change counts from the assistant's next message.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import HiddenField, SelectField, StringField
from wtforms.validators import InputRequired, Length, Regexp

from bot import audit
from bot.kb.gaps import GAP_ORDERS, GAPS_FOLDER, gap_page, remove_gap
from web import get_db
from web.admin import STAFF_ROLES
from web.guards import role_required

blueprint = Blueprint("gaps", __name__, url_prefix="/admin/not-covered")
PAGE_SIZE = 50


class SearchForm(FlaskForm):
    """A GET form without CSRF token."""

    class Meta:
        csrf = False

    q = StringField("Search", validators=[Length(max=200)], render_kw={"type": "search"})
    order = SelectField(
        "Order",
        choices=list(zip(GAP_ORDERS, ("Newest marked first", "Most asked first"), strict=True)),
        default="",
        validate_choice=False,  # an unknown order shows the default one
    )


class RemoveForm(FlaskForm):
    """Names the question to remove again, so that a bare POST to the URL removes nothing."""

    gap = HiddenField(validators=[InputRequired(), Regexp(r"^\d{1,12}$")])


@blueprint.get("")
@role_required(*STAFF_ROLES)
def questions() -> str:
    """Every question marked as not covered with how often visitors asked it since, searchable,
    50 per page."""
    form = SearchForm(formdata=request.args)
    search = (form.q.data or "") if form.validate() else ""
    order = form.order.data if form.order.data in GAP_ORDERS else ""
    shown = gap_page(
        get_db(), search=search, order=order, page=request.args.get("page", 1, type=int), per_page=PAGE_SIZE
    )
    return render_template(
        "admin/not_covered.html",
        gaps=shown.items,
        total=shown.total,
        page=shown.page,
        pages=shown.pages,
        form=form,
        search=search,
        filters={key: value for key, value in (("q", search), ("order", order)) if value},
        folder=f"data/kb/{GAPS_FOLDER}/",
        remove_form=RemoveForm(formdata=None),
    )


@blueprint.post("/<int:gap_id>/remove")
@role_required(*STAFF_ROLES)
def remove(gap_id: int) -> Response:
    """Remove a question staff marked as not covered."""
    form = RemoveForm()
    if not form.validate() or int(form.gap.data) != gap_id:
        abort(400, description="Remove questions from the list of questions marked as not covered.")
    db = get_db()
    removed = remove_gap(db, gap_id)
    if removed is None:
        abort(404, description="No question marked by staff has that number.")
    audit.record(db, current_user.id, "gap.remove", "known_gap", gap_id)
    db.commit()
    flash(f"“{removed.text}” is no longer marked as not covered.", "success")
    return redirect(url_for("gaps.questions"), 303)
