"""Questions the assistant could not answer well, grouped by similar wording.

Staff turn a group into a new entry (the form is prefilled with its wordings; saving
marks the questions answered) or dismiss it (spam, off-topic, already covered).
"""
from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import HiddenField
from wtforms.validators import InputRequired, Regexp

from bot.kb.topics import TOPICS
from bot.kb.unanswered import close_questions, group_questions, open_questions
from bot.web import get_db
from bot.web.admin import STAFF_ROLES
from bot.web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("unanswered", __name__, url_prefix="/admin/unanswered")


class DismissForm(FlaskForm):
    ids = HiddenField(validators=[InputRequired(), Regexp(r"^\d{1,12}(,\d{1,12}){0,4999}$")])


@blueprint.get("")
@role_required(*STAFF_ROLES)
def groups() -> str:
    """Open questions grouped by similar wording, biggest and most recent groups first."""
    found = group_questions(open_questions(get_db()))
    return render_template("admin/unanswered.html", groups=found, topics=TOPICS,
                           dismiss_form=DismissForm(formdata=None))


@blueprint.post("/dismiss")
@role_required(*STAFF_ROLES)
def dismiss() -> Response:
    """Hide a group of questions from the list (kept in the database as "dismissed")."""
    form = DismissForm()
    if not form.validate():
        abort(400, description="Dismiss questions from the list of unanswered questions.")
    db = get_db()
    changed = close_questions(db, [int(part) for part in form.ids.data.split(",")], "dismissed", current_user.id)
    db.commit()
    flash(f"Dismissed {changed} question{'' if changed == 1 else 's'}." if changed
          else "Those questions were already handled.", "success" if changed else "info")
    return redirect(url_for("unanswered.groups"), 303)
