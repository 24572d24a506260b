"""The review steps of knowledge entries, and the "Review due" queue.

Editors submit a draft, or a change to a published entry, for review. Reviewers and admins
publish it from a confirmation page that shows the entry as the chat will show it, what
changed since visitors last saw it, and any rule that blocks publishing; they name who
reviewed it, or send it back with a note, or unpublish. The rules are in :mod:`bot.kb.review`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.wrappers import Response

from bot.kb.editing import EntryConflict, EntryDraft, EntryInvalid, discard_change
from bot.kb.review import (
    PUBLISHER_ROLES,
    PublishBlocked,
    ReviewError,
    publish,
    publish_problems,
    review_due,
    review_due_count,
    send_back,
    submit_for_review,
    unpublish,
)
from bot.kb.revisions import diff_snapshots, json_value, last_published, snapshot
from bot.kb.topics import TOPICS
from bot.models import KnowledgeEntry, utcnow
from web import get_db
from web.admin import STAFF_ROLES
from web.admin.kb import STATUS_LABELS, chat_preview, conflict_after, entry_or_404, status_conflict
from web.admin.kb_forms import ActionForm, PublishForm, SendBackForm
from web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("review", __name__, url_prefix="/admin")

PAGE_SIZE = 50
#: What a reviewer compares: the fields visitors see.
COMPARED_FIELDS = ("topic", "question", "phrasings", "answer", "sources")


def _interval() -> int:
    return current_app.extensions["bot_settings"].review_interval_months


def _back(entry_id: int) -> Response:
    return redirect(url_for("kb.edit_entry", entry_id=entry_id), 303)


def _step(entry_id: int, done: str, step: Callable[..., object], *args: object) -> Response:
    """Run one review step, commit, flash ``done`` and go back to the entry; on a refusal, flash why instead."""
    db = get_db()
    try:
        step(db, *args)
        db.commit()
    except (EntryConflict, StaleDataError) as error:
        flash(status_conflict(conflict_after(entry_id, error)), "error")
    except (ReviewError, EntryInvalid) as error:
        db.rollback()
        flash(f"Not done: {error}", "error")
    else:
        flash(done, "success")
    return _back(entry_id)


def _versioned_step(entry_id: int, done: str, step: Callable[..., object]) -> Response:
    """A step on the version the entry's page showed (the form's only field): submit, discard, unpublish."""
    entry = entry_or_404(entry_id)
    form = ActionForm()
    if not form.validate():
        abort(400, description="Use the buttons on the entry's page.")
    return _step(entry_id, done, step, entry, current_user.id, int(form.version.data))


# ---------------------------------------------------------------- editor steps


@blueprint.post("/kb/<int:entry_id>/submit")
@role_required(*STAFF_ROLES)
def submit(entry_id: int) -> Response:
    """Send a draft, or a published entry's proposed change, to the reviewers."""
    done = "Submitted for review. A reviewer will publish it or send it back with a note."
    return _versioned_step(entry_id, done, submit_for_review)


@blueprint.post("/kb/<int:entry_id>/discard")
@role_required(*STAFF_ROLES)
def discard(entry_id: int) -> Response:
    """Drop the change proposed to a published entry; the published version never changed."""
    done = "The proposed change was discarded. The published version is unchanged."
    return _versioned_step(entry_id, done, discard_change)


# ---------------------------------------------------------------- reviewer steps


def _changes(entry: KnowledgeEntry, target: EntryDraft) -> tuple[list, str | None]:
    """What changed since visitors last saw the entry: (field differences, what it is compared with)."""
    proposed = {name: json_value(getattr(target, name)) for name in COMPARED_FIELDS}
    if entry.status == "published":
        base, label = snapshot(entry), "the published version"
    else:
        old = last_published(get_db(), entry.id)
        if old is None:
            return [], None
        base, label = old.snapshot, f"revision {old.number}, the version visitors last saw"
    base = {name: base.get(name) for name in COMPARED_FIELDS}
    return diff_snapshots(base, proposed), label


def _publish_page(
    entry: KnowledgeEntry,
    form: PublishForm,
    send_back_form: SendBackForm,
    status: int = 200,
    problems: list[str] | None = None,
):
    target = EntryDraft.working(entry)
    diffs, compared_with = _changes(entry, target)
    if problems is None:
        problems = publish_problems(target, entry.position)
    mode = "change" if entry.pending_change else ("confirm" if entry.status == "published" else "publish")
    return render_template(
        "admin/kb/publish.html",
        entry=entry,
        form=form,
        send_back_form=send_back_form,
        target=target,
        topics=TOPICS,
        labels=STATUS_LABELS,
        diffs=diffs,
        compared_with=compared_with,
        problems=problems,
        mode=mode,
        preview_html=chat_preview(target),
        preview_question=target.question,
        word_count=len(target.answer.split()),
        today=utcnow().date(),
    ), status


@blueprint.route("/kb/<int:entry_id>/publish", methods=["GET", "POST"])
@role_required(*PUBLISHER_ROLES)
def confirm_publish(entry_id: int):
    """The confirmation page (GET) and the sign-off (POST): publish exactly what the page showed."""
    entry = entry_or_404(entry_id)
    form = PublishForm()
    send_back_form = SendBackForm(formdata=None, version=str(entry.version))
    if not form.is_submitted():
        form.reviewed_by.data, form.version.data = current_user.email, str(entry.version)
        return _publish_page(entry, form, send_back_form)
    if not form.validate():
        return _publish_page(entry, form, send_back_form, 400)
    db = get_db()
    was_published = entry.status == "published" and entry.pending_change is None
    try:
        number = publish(db, entry, current_user.id, form.reviewed_by.data, int(form.version.data))
        db.commit()
    except PublishBlocked as error:
        db.rollback()
        return _publish_page(entry, form, send_back_form, 400, problems=error.problems)
    except ReviewError as error:
        db.rollback()
        form.reviewed_by.errors = list(form.reviewed_by.errors) + [str(error)]
        return _publish_page(entry, form, send_back_form, 400)
    except (EntryConflict, StaleDataError) as error:
        flash(status_conflict(conflict_after(entry_id, error)) + " Nothing was published.", "error")
        return _back(entry_id)
    log.info("account id %s published entry %s (revision %s)", current_user.id, entry.slug, number)
    if number is None:
        flash(f"Nothing to record: {entry.reviewed_by} already confirmed this entry today.", "info")
    elif was_published:
        flash(f"Review recorded: reviewed by {entry.reviewed_by} on {entry.reviewed_on:%Y-%m-%d}.", "success")
    else:
        flash(f"Published, reviewed by {entry.reviewed_by}: the chat answers with it from the next message.", "success")
    return _back(entry_id)


@blueprint.post("/kb/<int:entry_id>/send-back")
@role_required(*PUBLISHER_ROLES)
def send_back_entry(entry_id: int):
    """Return an entry (or a proposed change) to its editor with a note; the note is required."""
    entry = entry_or_404(entry_id)
    form = SendBackForm()
    if not form.validate():
        publish_form = PublishForm(formdata=None, reviewed_by=current_user.email, version=str(entry.version))
        return _publish_page(entry, publish_form, form, 400)
    done = "Sent back with your note. Visitors see no change."
    return _step(entry_id, done, send_back, entry, current_user.id, form.note.data, int(form.version.data))


@blueprint.post("/kb/<int:entry_id>/unpublish")
@role_required(*PUBLISHER_ROLES)
def unpublish_entry(entry_id: int) -> Response:
    """Take a published entry offline (it becomes a draft); the chat stops using it at once."""
    return _versioned_step(entry_id, "Unpublished: the chat no longer uses it. It is a draft again.", unpublish)


# ---------------------------------------------------------------- the queue


@blueprint.get("/review")
@role_required(*STAFF_ROLES)
def queue() -> str:
    """What waits for a reviewer, then published entries due for a fresh review, each with its reasons."""
    page = review_due(get_db(), _interval(), page=request.args.get("page", 1, type=int) or 1, page_size=PAGE_SIZE)
    return render_template(
        "admin/kb/review_due.html",
        due=page,
        topics=TOPICS,
        labels=STATUS_LABELS,
        interval=_interval(),
        may_publish=current_user.role in PUBLISHER_ROLES,
    )


def due_count() -> int | None:
    """For the navigation: the queue's length, once per request; None if it cannot be counted now."""
    if "review_due_count" not in g:
        try:
            g.review_due_count = review_due_count(get_db(), _interval())
        except SQLAlchemyError:  # an error page must still render
            log.exception("could not count the entries due for review")
            get_db().rollback()
            g.review_due_count = None
    return g.review_due_count


blueprint.add_app_template_global(due_count, "review_due_count")
