"""Knowledge-base pages: list, create, edit with preview, history, compare, restore.

Saving never changes what visitors see: drafts are edited in place, and an edit to a
published entry is kept as a proposed change until a reviewer publishes it (the review
steps are in :mod:`web.admin.review`). Once published, the chat's next message uses it:
the chat rebuilds its index whenever published content changes, so nothing is retrained or
restarted. Two people editing one entry: the second save is refused (HTTP 409) and nothing
is overwritten; the form carries the version it started from.
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from bot.kb.editing import (
    EntryConflict,
    EntryDraft,
    EntryInvalid,
    Saved,
    conflict_for,
    create_entry,
    restore_revision,
    update_entry,
)
from bot.kb.listing import entry_page
from bot.kb.markdown import to_html
from bot.kb.presentation import render_answer
from bot.kb.review import may_publish, publish_problems
from bot.kb.revisions import diff_snapshots, latest_revision, revision, revisions_of
from bot.kb.service import Answer, EntryView
from bot.kb.slugs import propose_slug, taken_slugs
from bot.kb.topics import TOPICS
from bot.kb.unanswered import close_questions, group_questions, open_questions
from bot.models import KnowledgeEntry, utcnow
from web import get_db
from web.admin import STAFF_ROLES
from web.admin.feedback import entry_feedback_context
from web.admin.kb_forms import ActionForm, CompareForm, EntryForm, FilterForm, RestoreForm
from web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("kb", __name__, url_prefix="/admin/kb")
blueprint.context_processor(entry_feedback_context)  # ``feedback`` for the entry page's panel

PAGE_SIZE = 50
STATUS_LABELS = {"draft": "Draft", "in_review": "In review", "published": "Published"}


def entry_or_404(entry_id: int) -> KnowledgeEntry:
    entry = get_db().get(KnowledgeEntry, entry_id)
    if entry is None:
        abort(404)
    return entry


def chat_preview(draft: EntryDraft) -> Markup:
    """The answer exactly as the chat will word it once published (render_answer), as safe HTML.

    Publishing dates the review today, so the preview shows today's month whatever the entry had.
    """
    view = EntryView(
        draft.slug or "preview", draft.topic, draft.question, draft.answer, tuple(draft.sources), utcnow().date()
    )
    return to_html(render_answer(Answer(view, ())))


def _preview_context(form: EntryForm) -> dict:
    draft = form.draft()
    return {
        "preview_html": chat_preview(draft),
        "preview_question": draft.question,
        "word_count": len(draft.answer.split()),
    }


def _show_problems(form: EntryForm, problems: dict[str, list[str]]) -> list[str]:
    """Put rule violations next to their fields; source problems are returned for the fieldset."""
    for name, messages in problems.items():
        if name in ("topic", "question", "phrasings", "answer", "slug"):
            field = getattr(form, name)
            field.errors = list(field.errors) + messages
        elif name != "sources":
            form.form_errors.append(" ".join(messages))
    return problems.get("sources", [])


def _conflict_text(error: EntryConflict) -> str:
    when = f" at {error.saved_at:%Y-%m-%d %H:%M} UTC" if error.saved_at else ""
    return (
        f"{error.saved_by or 'Someone else'} saved this entry{when}, after you opened it. Your changes were "
        "NOT saved and nothing was overwritten. Your text is still in the form: copy what you need, open the "
        "latest version and make your changes there."
    )


def conflict_after(entry_id: int, error: Exception) -> EntryConflict:
    """The conflict to report, after rolling back: the one found before saving, or, when the
    database refused the save (StaleDataError: someone saved in between), the one found now."""
    db = get_db()
    db.rollback()
    if isinstance(error, EntryConflict):
        return error
    entry = db.get(KnowledgeEntry, entry_id)
    if entry is None:
        abort(404)
    return conflict_for(db, entry)


# ---------------------------------------------------------------- list


@blueprint.get("")
@role_required(*STAFF_ROLES)
def entries() -> str:
    """Every entry, searchable (other forms of a word match too) and filtered by topic and status, 50 per page."""
    form = FilterForm(formdata=request.args)
    chosen = form.data if form.validate() else {}  # an invalid search lists every entry
    shown = entry_page(
        get_db(),
        search=chosen.get("q") or "",
        topic=chosen.get("topic") or "",
        status=chosen.get("status") or "",
        page=request.args.get("page", 1, type=int),
        per_page=PAGE_SIZE,
    )
    filters = {name: value for name, value in request.args.items() if name in ("q", "topic", "status") and value}
    return render_template(
        "admin/kb/list.html",
        entries=shown.items,
        form=form,
        total=shown.total,
        page=shown.page,
        pages=shown.pages,
        filters=filters,
        topics=TOPICS,
        labels=STATUS_LABELS,
    )


# ---------------------------------------------------------------- create and edit


def _unanswered_ids(form: EntryForm) -> list[int]:
    return [int(part) for part in (form.unanswered.data or "").split(",") if part.isdigit()]


def _prefill_from_unanswered(form: EntryForm) -> None:
    """Start a new entry from the group of unanswered questions that holds ``?unanswered=<id>``,
    with a short name proposed from its question.

    The link names one question, not the whole group, so it stays short however big the
    group; the ids of the group as shown now travel in the form and are marked answered on save.
    """
    wanted = request.args.get("unanswered", type=int)
    group = (
        next((found for found in group_questions(open_questions(get_db())) if wanted in found.ids), None)
        if wanted
        else None
    )
    if group is None:
        return
    form.unanswered.data = ",".join(str(number) for number in group.ids)
    form.question.data = group.variants[0]
    form.slug.data = propose_slug(group.variants[0], taken_slugs(get_db()))
    form.phrasings.data = "\n".join(group.variants[1:])
    form.topic.data = group.topic or form.topic.data


@blueprint.route("/new", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def new_entry():
    """Create a draft entry (optionally prefilled from unanswered questions)."""
    form = EntryForm()
    if not form.is_submitted():
        if request.args.get("topic") in TOPICS:
            form.topic.data = request.args["topic"]
        _prefill_from_unanswered(form)
        form.add_blank_sources()
        return render_template("admin/kb/edit.html", form=form, entry=None)
    if form.preview.data:
        return render_template("admin/kb/edit.html", form=form, entry=None, **_preview_context(form))
    if form.change_source_rows():
        return render_template("admin/kb/edit.html", form=form, entry=None)
    if not form.validate():
        return render_template("admin/kb/edit.html", form=form, entry=None), 400
    db = get_db()
    try:
        entry = create_entry(db, form.draft(), current_user.id)
        closed = close_questions(db, _unanswered_ids(form), "answered", current_user.id, entry.slug)
        db.commit()
    except EntryInvalid as error:
        db.rollback()
        source_errors = _show_problems(form, error.problems)
        return render_template("admin/kb/edit.html", form=form, entry=None, source_errors=source_errors), 400
    answered = f" {closed} unanswered question{'' if closed == 1 else 's'} marked as answered." if closed else ""
    flash(
        f"Draft “{entry.question}” created. Visitors see it once a reviewer publishes it: submit it for review "
        f"when it is ready.{answered}",
        "success",
    )
    return redirect(url_for("kb.edit_entry", entry_id=entry.id), 303)


def _edit_page(entry: KnowledgeEntry, form: EntryForm, status: int = 200, **context):
    """The entry page: its publication and review state, the steps this account may take, the form."""
    last = latest_revision(get_db(), entry.id)
    return render_template(
        "admin/kb/edit.html",
        form=form,
        entry=entry,
        last=last,
        labels=STATUS_LABELS,
        action_form=ActionForm(formdata=None, version=str(entry.version)),
        may_publish=may_publish(current_user.role),
        problems=publish_problems(EntryDraft.working(entry), entry.position),
        **context,
    ), status


def saved_message(saved: Saved, entry: KnowledgeEntry) -> tuple[str, str]:
    """What a save did, for the flash message: (text, category)."""
    if saved.proposed:
        return (
            "Your change is saved as a proposed change: submit it for review when it is ready. Visitors keep "
            "seeing the published version until a reviewer publishes the change.",
            "success",
        )
    if saved.withdrawn:
        return "Your text matches the published version again, so no change is waiting any more.", "info"
    if saved.revision is None:
        return "Nothing changed, so nothing was saved.", "info"
    waiting = " It is still waiting for review." if entry.status == "in_review" else ""
    return f"Saved as revision {saved.revision}.{waiting}", "success"


@blueprint.route("/<int:entry_id>", methods=["GET", "POST"])
@role_required(*STAFF_ROLES)
def edit_entry(entry_id: int):
    """Edit an entry; the save is refused (409) if someone saved it since the form was opened."""
    entry = entry_or_404(entry_id)
    form = EntryForm()
    if not form.is_submitted():
        form.fill(EntryDraft.working(entry))
        form.version.data = str(entry.version)
        return _edit_page(entry, form)
    if form.preview.data:
        return _edit_page(entry, form, **_preview_context(form))
    if form.change_source_rows():
        return _edit_page(entry, form)
    if not form.validate():
        return _edit_page(entry, form, 400)
    db = get_db()
    try:
        saved = update_entry(db, entry, form.draft(slug=entry.slug), current_user.id, form.expected_version())
        db.commit()
    except EntryInvalid as error:
        db.rollback()
        return _edit_page(entry, form, 400, source_errors=_show_problems(form, error.problems))
    except (EntryConflict, StaleDataError) as error:
        conflict = conflict_after(entry_id, error)
        return _edit_page(get_db().get(KnowledgeEntry, entry_id), form, 409, conflict=_conflict_text(conflict))
    flash(*saved_message(saved, entry))
    return redirect(url_for("kb.edit_entry", entry_id=entry.id), 303)


def status_conflict(error: EntryConflict) -> str:
    return (
        f"Not changed: {error.saved_by or 'someone else'} saved this entry after you opened the page. "
        "Check the current version below, then try again."
    )


@blueprint.post("/preview")
@role_required(*STAFF_ROLES)
def preview() -> str:
    """The live preview (called by kb-preview.js): how the chat will show the answer, as HTML."""
    return render_template("admin/kb/_preview.html", **_preview_context(EntryForm()))


# ---------------------------------------------------------------- history


@blueprint.get("/<int:entry_id>/history")
@role_required(*STAFF_ROLES)
def history(entry_id: int) -> str:
    """Every revision, newest first, with its author ("system" for the YAML loader) and summary."""
    entry = entry_or_404(entry_id)
    revisions = revisions_of(get_db(), entry.id)
    compare = CompareForm(formdata=None)
    compare.old.choices = compare.new.choices = [(item.number, f"Revision {item.number}") for item in revisions]
    if len(revisions) >= 2:
        compare.old.data, compare.new.data = revisions[1].number, revisions[0].number
    return render_template(
        "admin/kb/history.html",
        entry=entry,
        revisions=revisions,
        compare=compare,
        restore_form=RestoreForm(formdata=None, version=str(entry.version)),
    )


@blueprint.get("/<int:entry_id>/diff")
@role_required(*STAFF_ROLES)
def diff(entry_id: int) -> str:
    """What changed between two revisions (?old=1&new=3; by default the last change), field by field."""
    entry = entry_or_404(entry_id)
    db = get_db()
    numbers = [item.number for item in revisions_of(db, entry.id)]  # newest first
    if not numbers:
        abort(404)
    defaults = {"new": str(numbers[0]), "old": str(numbers[min(1, len(numbers) - 1)])}
    form = CompareForm(formdata=MultiDict({**defaults, **request.args.to_dict()}))
    form.old.choices = form.new.choices = [(number, f"Revision {number}") for number in numbers]
    if not form.validate():
        abort(404)
    older, newer = revision(db, entry.id, form.old.data), revision(db, entry.id, form.new.data)
    if older is None or newer is None:
        abort(404)
    return render_template(
        "admin/kb/diff.html",
        entry=entry,
        older=older,
        newer=newer,
        form=form,
        diffs=diff_snapshots(older.snapshot, newer.snapshot),
        restore_form=RestoreForm(formdata=None, version=str(entry.version)),
    )


@blueprint.post("/<int:entry_id>/revisions/<int:number>/restore")
@role_required(*STAFF_ROLES)
def restore(entry_id: int, number: int) -> Response:
    """Bring back an earlier revision's content as a new revision (publication status unchanged)."""
    entry = entry_or_404(entry_id)
    form = RestoreForm()
    if not form.validate():
        abort(400, description="Restore from the entry's history page.")
    db = get_db()
    try:
        saved = restore_revision(db, entry, number, current_user.id, int(form.version.data))
        db.commit()
    except LookupError:
        db.rollback()
        abort(404)
    except EntryInvalid as error:
        db.rollback()
        flash(f"Revision {number} cannot be restored: it breaks today's rules ({error}).", "error")
        return redirect(url_for("kb.history", entry_id=entry_id), 303)
    except (EntryConflict, StaleDataError) as error:
        flash(status_conflict(conflict_after(entry_id, error)), "error")
        return redirect(url_for("kb.history", entry_id=entry_id), 303)
    if saved.proposed:
        flash(
            f"Revision {number} is now the proposed change: submit it for review. Visitors keep seeing the "
            "published version until a reviewer publishes it.",
            "success",
        )
    elif saved.withdrawn:
        flash(*saved_message(saved, entry))
    elif saved.revision is None:
        flash(f"The entry already has the content of revision {number}; nothing changed.", "info")
    else:
        flash(f"Revision {number} restored as revision {saved.revision}.", "success")
    return redirect(url_for("kb.edit_entry", entry_id=entry_id), 303)


def revision_author(item: object | None) -> str:
    """Who saved a revision, for templates: an e-mail address or "system"."""
    author = getattr(item, "author", None)
    return author.email if author is not None else "system"


blueprint.add_app_template_global(revision_author, "revision_author")
