"""Answering a visitor's question from the published knowledge base."""
from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.retrieval import IndexedEntry, RetrievalIndex
from bot.models import KnowledgeEntry, UnansweredQuestion

log = logging.getLogger(__name__)

#: Below this NLU confidence a topic is not trusted on its own to pick the overview.
TOPIC_TRUST = 0.8
RELATED_COUNT = 3


@dataclass(frozen=True)
class EntryView:
    """A published entry as shown to a visitor (detached from any session)."""

    slug: str
    topic: str
    question: str
    answer: str
    sources: tuple[dict, ...]
    reviewed_on: Optional[dt.date]

    @classmethod
    def of(cls, entry: KnowledgeEntry) -> "EntryView":
        return cls(entry.slug, entry.topic, entry.question, entry.answer, tuple(entry.sources or ()),
                   entry.reviewed_on)


@dataclass(frozen=True)
class Answer:
    entry: EntryView
    score: float
    related: tuple[EntryView, ...]


class KnowledgeService:
    """Finds the best published entry for a question; cheap to call on every message."""

    def __init__(self, engine: Engine, threshold: float, fallback_threshold: float) -> None:
        self.engine = engine
        self.threshold = threshold
        # Without a topic from the classifier, only a close match across all topics counts.
        self.fallback_threshold = max(threshold, fallback_threshold)
        self._lock = threading.Lock()
        self._fingerprint: Optional[tuple] = None
        self._index = RetrievalIndex([])
        self._entries: dict[str, EntryView] = {}
        self._related: dict[str, tuple[EntryView, ...]] = {}  # per slug, until the index is rebuilt

    def _refresh(self) -> None:
        """Rebuild the index when published content changed since the last message."""
        published = KnowledgeEntry.status == "published"
        with self.engine.connect() as connection:  # one cheap query per message, no ORM session
            fingerprint = tuple(connection.execute(
                select(func.count(KnowledgeEntry.id), func.max(KnowledgeEntry.updated_at),
                       func.sum(KnowledgeEntry.version)).where(published)).one())
        if fingerprint == self._fingerprint:
            return
        with session_scope(self.engine) as session:
            rows = session.execute(select(KnowledgeEntry).where(published)
                                   .order_by(KnowledgeEntry.topic, KnowledgeEntry.position,
                                             KnowledgeEntry.id)).scalars().all()
            self._entries = {row.slug: EntryView.of(row) for row in rows}
            self._index = RetrievalIndex([IndexedEntry(row.slug, row.topic,
                                                       (row.question, *(row.phrasings or ())))
                                          for row in rows])
            self._related = {}
            self._fingerprint = fingerprint
            log.info("knowledge index rebuilt with %d published entries", len(rows))

    def answer(self, text: str, topic: Optional[str] = None, topic_confidence: float = 0.0,
               slug: Optional[str] = None) -> Optional[Answer]:
        """The answer to show, or None when nothing fits well enough (ask to rephrase).

        ``slug`` picks an entry directly (a suggested-question button). Otherwise the best
        entry of ``topic`` for the visitor's words wins when it scores above the threshold;
        a confidently classified topic without a close entry gets the topic's overview.
        """
        with self._lock:
            self._refresh()
            if slug and slug in self._entries:
                return self._with_related(self._entries[slug], 1.0)
            if topic is None:
                return self._best(text, None, self.fallback_threshold)
            best = self._best(text, topic, self.threshold)
            if best is not None:
                return best
            if topic_confidence >= TOPIC_TRUST or not text.strip():
                overview = self.overview(topic)
                if overview is not None:
                    return self._with_related(overview, 0.0)
            return self._best(text, None, self.fallback_threshold)

    def _best(self, text: str, topic: Optional[str], threshold: float) -> Optional[Answer]:
        matches = self._index.rank(text, topic=topic, limit=1)
        if matches and matches[0].score >= threshold:
            return self._with_related(self._entries[matches[0].slug], matches[0].score)
        return None

    def overview(self, topic: str) -> Optional[EntryView]:
        """The first published entry of a topic (the general answer shown for a topic button)."""
        return next((entry for entry in self._entries.values() if entry.topic == topic), None)

    def _with_related(self, entry: EntryView, score: float) -> Answer:
        if entry.slug not in self._related:
            related = [match.slug for match in self._index.rank(entry.question, topic=entry.topic,
                                                                 limit=RELATED_COUNT + 1)
                       if match.slug != entry.slug][:RELATED_COUNT]
            self._related[entry.slug] = tuple(self._entries[slug] for slug in related)
        return Answer(entry, score, self._related[entry.slug])

    def log_unanswered(self, text: str, confidence: float, intent: Optional[str]) -> None:
        """Keep a question we could not answer, for staff to turn into content."""
        with session_scope(self.engine) as session:
            session.add(UnansweredQuestion(text=text[:2000], confidence=round(confidence, 4), intent=intent))
