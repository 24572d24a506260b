"""Visitor feedback for staff pages: the panel on an entry's page and the overview's "least
helpful answers" list (figures from :mod:`bot.kb.feedback`).

The entry page (``kb.edit_entry``, whose module another change owns) gets ``feedback`` from
:func:`entry_feedback_context`, a context processor of the knowledge-base blueprint, so the
view itself needs no change; ``admin/kb/edit.html`` includes ``admin/kb/_feedback.html``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import request
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.kb.feedback import EntryFeedback, entry_feedback, worst_entries
from bot.models import KnowledgeEntry
from web import get_db

FEEDBACK_DAYS = 30
WORST_LIMIT = 10


def entry_feedback_context() -> dict[str, Any]:
    """``feedback`` for the entry page (times shown, helpful rate, recent "No"); nothing elsewhere."""
    entry_id = (request.view_args or {}).get("entry_id") if request.endpoint == "kb.edit_entry" else None
    if entry_id is None:
        return {}
    db = get_db()
    slug = db.execute(select(KnowledgeEntry.slug).where(KnowledgeEntry.id == entry_id)).scalar_one_or_none()
    if slug is None:
        return {}
    return {"feedback": entry_feedback(db, slug, FEEDBACK_DAYS), "feedback_days": FEEDBACK_DAYS}


@dataclass
class RatedEntry:
    """One line of the overview's list: the figures and, if the entry still exists, its page."""

    stats: EntryFeedback
    entry_id: int | None
    question: str


def least_helpful(db: Session, days: int = FEEDBACK_DAYS, limit: int = WORST_LIMIT) -> list[RatedEntry]:
    """Entries with votes in the last ``days`` days, least helpful first, with their questions."""
    worst = worst_entries(db, days, limit)
    rows = (
        db.execute(
            select(KnowledgeEntry.slug, KnowledgeEntry.id, KnowledgeEntry.question).where(
                KnowledgeEntry.slug.in_([item.slug for item in worst])
            )
        ).all()
        if worst
        else []
    )
    found = {slug: (entry_id, question) for slug, entry_id, question in rows}
    return [RatedEntry(item, *found.get(item.slug, (None, item.slug))) for item in worst]
