"""Questions the assistant could not answer well, grouped by similar wording.

Staff turn a group into a new entry (the form is prefilled with its wordings and a proposed
short name; saving marks the questions answered), add it as a phrasing of an entry that
already answers it (:mod:`bot.kb.phrasing`: through the normal editing and review path), mark
it as not covered (:mod:`bot.kb.gaps`: the assistant then says "not sure" to near misses of it
instead of showing an entry that shares its words), or dismiss it (spam, off-topic, already
covered), one group or several at once.
"""

from __future__ import annotations

import logging
import re

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.wrappers import Response
from wtforms import HiddenField, RadioField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, Regexp, ValidationError

from bot import audit
from bot.kb.editing import EntryConflict, EntryInvalid
from bot.kb.gaps import add_gap
from bot.kb.listing import titles_by_topic
from bot.kb.phrasing import PhrasingAdded, add_phrasing, open_group, suggest_entries
from bot.kb.topics import TOPICS
from bot.kb.unanswered import QuestionGroup, close_questions, group_questions, open_questions
from bot.models import KnowledgeEntry
from bot.redact import scrub_contact_details
from web import get_db
from web.admin import STAFF_ROLES
from web.admin.kb import STATUS_LABELS, saved_message
from web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("unanswered", __name__, url_prefix="/admin/unanswered")

IDS = r"^\d{1,12}(,\d{1,12}){0,4999}$"
MAX_SELECTED = 500
OTHER = "other"


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) if value else value


class DismissForm(FlaskForm):
    ids = HiddenField(validators=[InputRequired(), Regexp(IDS)])


def _question_ids(form: FlaskForm, field: SelectMultipleField) -> None:
    if len(field.data or []) > MAX_SELECTED or not all(re.fullmatch(IDS, value) for value in field.data or []):
        raise ValidationError("Select questions from the list.")


class BulkDismissForm(FlaskForm):
    """The ticked groups; each box's value is its group's question ids."""

    selected = SelectMultipleField(validate_choice=False, validators=[_question_ids])

    def question_ids(self) -> list[int]:
        return [int(part) for value in self.selected.data or [] for part in value.split(",")]


class PhrasingForm(FlaskForm):
    """Which entry answers the question, and the wording to add to it (editable: drop personal details)."""

    ids = HiddenField(validators=[InputRequired(), Regexp(IDS)])
    phrasing = StringField(
        "Wording to add",
        filters=[_one_line],
        validators=[
            DataRequired("Write the wording to add."),
            Length(min=5, max=500, message="Use 5 to 500 characters."),
        ],
        description="Added to the entry’s “Other ways people ask”. Remove any personal details first.",
    )
    entry = RadioField("Which entry answers this question?", choices=[], validate_choice=False)
    other_entry = StringField(
        "Another entry", validators=[Regexp(r"^\d{0,12}$", message="Choose an entry from the list.")]
    )

    def chosen_entry_id(self) -> int | None:
        """A suggestion's id, or the entry picked from the list of all entries."""
        choice = self.entry.data or OTHER
        picked = choice if choice != OTHER else (self.other_entry.data or "")
        return int(picked) if picked.isdigit() else None


class NotCoveredForm(FlaskForm):
    """The group's questions, and the wording to keep as "not covered" (editable: drop personal details)."""

    ids = HiddenField(validators=[InputRequired(), Regexp(IDS)])
    wording = StringField(
        "Question the knowledge base does not answer",
        filters=[_one_line],
        validators=[DataRequired("Write the question."), Length(min=5, max=500, message="Use 5 to 500 characters.")],
        description="Kept for good: remove any personal details first.",
    )


@blueprint.get("")
@role_required(*STAFF_ROLES)
def groups() -> str:
    """Open questions grouped by similar wording, biggest and most recent groups first."""
    found = group_questions(open_questions(get_db()))
    return render_template(
        "admin/unanswered.html",
        groups=found,
        topics=TOPICS,
        dismiss_form=DismissForm(formdata=None),
        bulk_form=BulkDismissForm(formdata=None),
    )


def _dismissed(changed: int) -> Response:
    flash(
        f"Dismissed {changed} question{'' if changed == 1 else 's'}."
        if changed
        else "Those questions were already handled.",
        "success" if changed else "info",
    )
    return redirect(url_for("unanswered.groups"), 303)


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
    return _dismissed(changed)


@blueprint.post("/dismiss-selected")
@role_required(*STAFF_ROLES)
def dismiss_selected() -> Response:
    """Dismiss every ticked group at once (one audit entry, as for a single group)."""
    form = BulkDismissForm()
    if not form.validate():
        abort(400, description="Dismiss questions from the list of unanswered questions.")
    ids = form.question_ids()
    if not ids:
        flash("Nothing was dismissed: tick the questions to dismiss first.", "error")
        return redirect(url_for("unanswered.groups"), 303)
    db = get_db()
    changed = close_questions(db, ids, "dismissed", current_user.id)
    db.commit()
    return _dismissed(changed)


@blueprint.route("/not-covered", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def mark_not_covered():
    """Keep an open question (``?question=<id>``, with its group) as one the knowledge base does not
    answer: from the next message on, the assistant answers no near miss of it with an entry."""
    db = get_db()
    form = NotCoveredForm()
    if not form.is_submitted():
        group = _prefilled(form, form.wording)
        return render_template("admin/unanswered_not_covered.html", form=form, group=group)
    if not form.validate():
        if form.ids.errors:
            abort(400, description="Mark questions from the list of unanswered questions.")
        return render_template("admin/unanswered_not_covered.html", form=form, group=_group_of(form)), 400
    ids = [int(part) for part in form.ids.data.split(",")]
    added = add_gap(db, form.wording.data, current_user.email)
    if added:
        audit.record(db, current_user.id, "gap.add", "known_gap", None, {"questions": len(ids)})
    closed = close_questions(db, ids, "dismissed", current_user.id)
    db.commit()
    message = (
        "Marked as not covered: the assistant will say it is not sure instead of answering questions like this."
        if added
        else "That question was already marked as not covered."
    )
    if closed:
        message += f" {closed} unanswered question{'' if closed == 1 else 's'} closed."
    flash(message, "success" if added else "info")
    return redirect(url_for("unanswered.groups"), 303)


def _all_entries() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every entry for the "Another entry" list, grouped by topic: [(topic name, [(id, "question (slug)")])]."""
    return [
        (topic, [(str(entry.id), f"{entry.question} ({entry.slug})") for entry in entries])
        for topic, entries in titles_by_topic(get_db())
    ]


def _phrasing_page(form: PhrasingForm, group: QuestionGroup | None, status: int = 200):
    """The page; its radio buttons and the grouped list of all entries are drawn by the template."""
    suggestions = suggest_entries(get_db(), group.text) if group else []
    return render_template(
        "admin/unanswered_phrasing.html",
        form=form,
        group=group,
        suggestions=suggestions,
        entry_groups=_all_entries(),
        labels=STATUS_LABELS,
        other=OTHER,
    ), status


@blueprint.route("/phrasing", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def add_as_phrasing():
    """Add an open question (``?question=<id>``, with its group) as a phrasing of an existing entry."""
    db = get_db()
    form = PhrasingForm()
    if not form.is_submitted():
        return _phrasing_page(form, _prefilled(form, form.phrasing))
    if not form.validate():
        if form.ids.errors:
            abort(400, description="Add questions from the list of unanswered questions.")
        return _phrasing_page(form, _group_of(form), 400)
    ids = [int(part) for part in form.ids.data.split(",")]
    entry = db.get(KnowledgeEntry, form.chosen_entry_id()) if form.chosen_entry_id() else None
    if entry is None:
        form.entry.errors = ["Choose the entry that answers this question."]
        return _phrasing_page(form, _group_of(form), 400)
    try:
        result = add_phrasing(db, entry, form.phrasing.data, ids, current_user.id)
        db.commit()
    except EntryInvalid as error:
        db.rollback()
        form.form_errors.append(
            f"“{entry.question}” cannot be changed until its own problems are fixed "
            f"({error}). Open the entry to fix them."
        )
        return _phrasing_page(form, _group_of(form), 400)
    except (EntryConflict, StaleDataError):
        db.rollback()
        form.form_errors.append("Someone saved that entry at the same moment. Nothing was changed: try again.")
        return _phrasing_page(form, _group_of(form), 409)
    flash(_added_message(result, entry), "success" if result.added else "info")
    return redirect(url_for("unanswered.groups"), 303)


def _prefilled(form: PhrasingForm | NotCoveredForm, wording: StringField) -> QuestionGroup | None:
    """The open group of ``?question=<id>``: its ids go into the form and its leading wording, with
    e-mail addresses and phone numbers removed, into ``wording`` for staff to edit."""
    group = open_group(get_db(), request.args.get("question", type=int))
    if group is not None:
        form.ids.data = ",".join(str(number) for number in group.ids)
        wording.data = scrub_contact_details(group.text)
    return group


def _group_of(form: PhrasingForm | NotCoveredForm) -> QuestionGroup | None:
    """The group the form was opened for, if its questions are still open."""
    first = (form.ids.data or "").split(",")[0]
    return open_group(get_db(), int(first)) if first.isdigit() else None


def _added_message(result: PhrasingAdded, entry: KnowledgeEntry) -> str:
    handled = (
        f" {result.closed} unanswered question{'' if result.closed == 1 else 's'} marked as answered."
        if result.closed
        else " Those questions were already handled."
    )
    if result.saved is None:  # i.e. not result.added
        return f"“{entry.question}” already has this wording, so the entry was not changed.{handled}"
    text, _ = saved_message(result.saved, entry)
    return f"Wording added to “{entry.question}”. {text}{handled}"
