"""Visitor feedback for staff pages: the panel on an entry's page and the overview's "least
helpful answers" list (figures from :mod:`bot.kb.feedback`, the list from :mod:`bot.kb.listing`).

The entry page (``kb.edit_entry``, whose module another change owns) gets ``feedback`` from
:func:`entry_feedback_context`, a context processor of the knowledge-base blueprint, so the
view itself needs no change; ``admin/kb/edit.html`` includes ``admin/kb/_feedback.html``.
"""

from __future__ import annotations

from typing import Any

from flask import request

from bot.kb.feedback import entry_feedback
from bot.kb.listing import entry_slug
from web import get_db

FEEDBACK_DAYS = 30
WORST_LIMIT = 10


def entry_feedback_context() -> dict[str, Any]:
    """``feedback`` for the entry page (times shown, helpful rate, recent "No"); nothing elsewhere."""
    entry_id = (request.view_args or {}).get("entry_id") if request.endpoint == "kb.edit_entry" else None
    if entry_id is None:
        return {}
    db = get_db()
    slug = entry_slug(db, entry_id)
    if slug is None:
        return {}
    return {"feedback": entry_feedback(db, slug, FEEDBACK_DAYS), "feedback_days": FEEDBACK_DAYS}
