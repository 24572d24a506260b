"""An unanswered question added as a new phrasing of an existing entry.

Often the knowledge base already answers a question and only the visitor's wording was
new. Staff then add that wording to the entry's phrasings instead of writing a new entry.
The change takes the normal editing path (:func:`bot.kb.editing.update_entry`): a draft is
edited in place, while a published entry gets a proposed change that a reviewer publishes
(:mod:`bot.kb.review`); visitors see nothing new until then. The questions are marked
answered by the entry, and both steps are audited. Nothing here commits.

Which entries to suggest is decided by the chat's own answer-selection model
(:class:`bot.kb.selection.Selector`) fitted on every entry, whatever its status, with its
proposed change applied: the entries most likely to be what the visitor meant.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.kb.editing import EntryDraft, Saved, update_entry
from bot.kb.language import load_language, phrase_key
from bot.kb.retrieval import IndexedEntry
from bot.kb.selection import Selector
from bot.kb.unanswered import QuestionGroup, close_questions, group_questions, open_questions
from bot.models import KnowledgeEntry

SUGGESTIONS = 3


@dataclass(frozen=True)
class Suggestion:
    entry_id: int
    slug: str
    question: str
    status: str


@dataclass(frozen=True)
class PhrasingAdded:
    """What adding the phrasing did: the save (None when the entry already had the wording) and
    how many unanswered questions were marked answered."""

    saved: Saved | None
    closed: int

    @property
    def added(self) -> bool:
        return self.saved is not None


class _SelectorCache:
    """The model over every entry, refit only when some entry changed (a fit takes about a second)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._selector: Selector | None = None
        self._ids: list[int] = []

    def get(self, session: Session) -> tuple[Selector, list[int]]:
        fingerprint = tuple(
            session.execute(
                select(
                    func.count(KnowledgeEntry.id), func.max(KnowledgeEntry.updated_at), func.sum(KnowledgeEntry.version)
                )
            ).one()
        )
        key = (str(session.get_bind().url), fingerprint)
        with self._lock:
            if key != self._key or self._selector is None:
                rows = session.execute(select(KnowledgeEntry).order_by(KnowledgeEntry.id)).scalars().all()
                indexed = []
                for row in rows:
                    draft = EntryDraft.working(row)
                    indexed.append(IndexedEntry(row.slug, draft.topic, (draft.question, *draft.phrasings)))
                self._selector = Selector(indexed, load_language())
                self._ids = [row.id for row in rows]
                self._key = key
            return self._selector, self._ids


_CACHE = _SelectorCache()


def suggest_entries(session: Session, text: str, limit: int = SUGGESTIONS) -> list[Suggestion]:
    """The ``limit`` entries the answer-selection model scores highest for ``text``, best first."""
    selector, ids = _CACHE.get(session)
    if not ids:
        return []
    scores = selector.model.scores(text)
    best = [ids[position] for position in np.argsort(-scores, kind="stable")[:limit]]
    rows = {row.id: row for row in session.execute(select(KnowledgeEntry).where(KnowledgeEntry.id.in_(best))).scalars()}
    return [
        Suggestion(
            rows[entry_id].id, rows[entry_id].slug, EntryDraft.working(rows[entry_id]).question, rows[entry_id].status
        )
        for entry_id in best
        if entry_id in rows
    ]


def open_group(session: Session, question_id: int | None) -> QuestionGroup | None:
    """The group of open questions (as the list shows it now) that holds ``question_id``, if any."""
    if question_id is None:
        return None
    return next((group for group in group_questions(open_questions(session)) if question_id in group.ids), None)


def has_wording(draft: EntryDraft, phrasing: str) -> bool:
    """Whether the entry's question or a phrasing already reads like ``phrasing`` (case, spacing and
    punctuation aside): the chat then answers it exactly, so adding it again changes nothing."""
    wanted = phrase_key(phrasing)
    return any(phrase_key(text) == wanted for text in (draft.question, *draft.phrasings))


def add_phrasing(
    session: Session, entry: KnowledgeEntry, phrasing: str, question_ids: list[int], user_id: int | None
) -> PhrasingAdded:
    """Append ``phrasing`` to the entry (a proposed change if published) and mark the questions answered.

    Raises :class:`bot.kb.editing.EntryInvalid` when the entry as it would be saved breaks a rule.
    """
    phrasing = " ".join(phrasing.split())
    draft = EntryDraft.working(entry)
    saved = None
    if not has_wording(draft, phrasing):
        saved = update_entry(
            session, entry, replace(draft, phrasings=[*draft.phrasings, phrasing]), user_id, entry.version
        )
    closed = close_questions(session, question_ids, "answered", user_id, entry.slug)
    return PhrasingAdded(saved, closed)
