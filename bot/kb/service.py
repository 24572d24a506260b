"""Answering a visitor's question from the published knowledge base."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.confidence import Models
from bot.kb.embedding import shared_encoder
from bot.kb.follow_ups import Context
from bot.kb.gaps import gap_texts, gaps_version
from bot.kb.language import load_language
from bot.kb.retrieval import IndexedEntry, RetrievalIndex
from bot.kb.selection import ANSWER, CHOOSE, Policy, Selector
from bot.models import KnowledgeEntry, UnansweredQuestion
from bot.redact import scrub_contact_details
from bot.safety import mentions_crisis
from bot.safety_scripts import unread_script

log = logging.getLogger(__name__)

RELATED_COUNT = 3
PUBLISHED = KnowledgeEntry.status == "published"
#: What changes whenever published content or the questions marked as not covered change; asked
#: on every message, so the statement is built once (building it cost a third of the query's time).
CONTENT_FINGERPRINT = select(
    func.count(KnowledgeEntry.id),
    func.max(KnowledgeEntry.updated_at),
    func.sum(KnowledgeEntry.version),
    *gaps_version(),
).where(PUBLISHED)


@dataclass(frozen=True)
class EntryView:
    """A published entry as shown to a visitor (detached from any session)."""

    slug: str
    topic: str
    question: str
    answer: str
    sources: tuple[dict, ...]
    reviewed_on: dt.date | None

    @classmethod
    def of(cls, entry: KnowledgeEntry) -> EntryView:
        return cls(entry.slug, entry.topic, entry.question, entry.answer, tuple(entry.sources or ()), entry.reviewed_on)


@dataclass(frozen=True)
class Answer:
    entry: EntryView
    related: tuple[EntryView, ...]


@dataclass(frozen=True)
class Reply:
    """What to tell the visitor: an answer, a few entries to choose from, or neither ("not sure")."""

    answer: Answer | None = None
    choices: tuple[EntryView, ...] = ()
    context: Context = Context()
    #: "Not sure" because the visitor asked this question, which staff marked as one no entry
    #: answers: nothing to log for them, only a count (``bot.stats.record_gap_asked``).
    gap: str | None = None

    @property
    def not_covered(self) -> bool:
        return self.gap is not None


class KnowledgeService:
    """Finds what to show for a question from the published entries; cheap to call on every message."""

    def __init__(
        self, engine: Engine, policy: Policy = Policy(), language: str = "en", confidence: Models | None = None
    ) -> None:
        self.engine = engine
        self.policy = policy
        self.language = load_language(language)
        #: When to answer outright; None: the language's fitted models (``scripts/fit_confidence.py`` fits them).
        self.confidence = confidence
        self._lock = threading.Lock()
        self._fingerprint: tuple | None = None
        self._selector = Selector([], self.language, policy, confidence=self.confidence)
        # Lexical retrieval over the same wordings, for each answer's related entries ("see also").
        self._lexical = RetrievalIndex([])
        self._entries: dict[str, EntryView] = {}
        self._related: dict[str, tuple[EntryView, ...]] = {}  # per slug, until the index is rebuilt

    def refit(self) -> int:
        """Bring selection up to date with the published entries now (instead of on the next
        message); returns how many there are. ``python -m cli setup`` calls it so that a first
        start's sentence vectors are in the cache file before the first visitor asks."""
        with self._lock:
            self._refresh()
            return len(self._entries)

    @property
    def selector(self) -> Selector:
        """The selector over the published entries as of the last refit."""
        return self._selector

    def _refresh(self) -> None:
        """Refit selection when published content (or the questions not covered) changed since the last message."""
        with self.engine.connect() as connection:  # one cheap query per message, no ORM session
            fingerprint = tuple(connection.execute(CONTENT_FINGERPRINT).one())
        if fingerprint == self._fingerprint:
            return
        with session_scope(self.engine) as session:
            rows = (
                session.execute(
                    select(KnowledgeEntry)
                    .where(PUBLISHED)
                    .order_by(KnowledgeEntry.topic, KnowledgeEntry.position, KnowledgeEntry.id)
                )
                .scalars()
                .all()
            )
            self._entries = {row.slug: EntryView.of(row) for row in rows}
            indexed = [IndexedEntry(row.slug, row.topic, (row.question, *(row.phrasings or ()))) for row in rows]
            self._selector = Selector(
                indexed,
                self.language,
                self.policy,
                shared_encoder(self.language.sentence_model),
                gap_texts(session),
                self.confidence,
            )
            self._lexical = RetrievalIndex(indexed, preprocess=self._selector.preprocess)
            self._related = {}
            self._fingerprint = fingerprint
            log.info("answer selection refit on %d published entries", len(rows))

    def respond(
        self,
        text: str,
        context: Context = Context(),
        slug: str | None = None,
        topic: str | None = None,
        message_vector: object = None,
    ) -> Reply:
        """What to show for ``text`` in ``context``.

        ``slug`` picks an entry directly (a suggested-question or "did you mean" button);
        ``topic`` without words picks the topic's overview (a topic button); ``message_vector``
        is ``text``'s sentence vector and word pieces as the Rasa server's parse carries them
        (``MESSAGE_VECTOR``), used when the same model made them.
        """
        with self._lock:
            self._refresh()
            chosen = self._entries.get(slug or "") or (self.overview(topic) if topic and not text.strip() else None)
            if chosen is not None:
                return Reply(
                    self._with_related(chosen),
                    context=Context(
                        chosen.slug,
                        self.language.condition_in(chosen.question) or context.condition,
                        self.language.route_in(chosen.question) or context.route,
                    ),
                )
            encoder = self._selector.encoder
            vector = encoder.unpack(message_vector) if encoder is not None else None
            tokens = encoder.unpack_tokens(message_vector) if encoder is not None and vector is not None else None
            selection = self._selector.select(text, context, vector, tokens)
            if selection.kind == ANSWER and selection.best is not None:
                return Reply(
                    self._with_related(self._entries[selection.best.slug]),
                    context=selection.context,
                )
            choices = tuple(self._entries[candidate.slug] for candidate in selection.candidates)
            return Reply(
                choices=choices if selection.kind == CHOOSE else (),
                context=selection.context,
                gap=selection.gap,
            )

    def picked_by_place(self, text: str, context: Context) -> Reply | None:
        """The entry a reply to a "did you mean" picks by its place in the list ("the second one"),
        as the answer; None for any other message. For the actions of intents that are not a
        question's: such words read like choosing a clinic or giving a place."""
        slug = self._selector.follow_ups.by_place(text, context.offered)  # the words and the list alone
        return None if slug is None else self.respond("", context, slug=slug)

    def answer_after_crisis(
        self, text: str, context: Context = Context(), message_vector: object = None
    ) -> Reply | None:
        """What may follow the crisis resources; None for nothing. A message with crisis language:
        only an entry that is itself about suicide (its own question holds crisis language: "Can
        ketamine help with suicidal thoughts?", written to follow the resources), answering it
        outright; never a price or a dose after "i want to die". A message the classifier alone read
        as a crisis: the reply when an entry answers it outright (shown after the resources) or when
        entries come close (``answer`` None): those are never listed under the resources, the visitor
        is only offered an answer if they are safe (actions/faq.py). A message in a script nothing here
        reads: nothing, since its reply says it was not understood and asks for English."""
        if unread_script(text):
            return None
        reply = self.respond(text, context, message_vector=message_vector)
        if mentions_crisis(text):
            return reply if reply.answer is not None and mentions_crisis(reply.answer.entry.question) else None
        return reply if reply.answer is not None or reply.choices else None

    def overview(self, topic: str | None) -> EntryView | None:
        """The first published entry of a topic (the general answer shown for a topic button)."""
        return next((entry for entry in self._entries.values() if entry.topic == topic), None)

    def _with_related(self, entry: EntryView) -> Answer:
        if entry.slug not in self._related:
            ranked = self._lexical.rank(entry.question, topic=entry.topic, limit=RELATED_COUNT + 1)
            related = [match.slug for match in ranked if match.slug != entry.slug][:RELATED_COUNT]
            self._related[entry.slug] = tuple(self._entries[slug] for slug in related)
        return Answer(entry, self._related[entry.slug])

    def log_unanswered(self, text: str, confidence: float, intent: str | None) -> None:
        """Keep a question we could not answer, for staff to turn into content (without any
        e-mail address or phone number the visitor typed into it)."""
        text = scrub_contact_details(text)[:2000]
        with session_scope(self.engine) as session:
            session.add(UnansweredQuestion(text=text, confidence=round(confidence, 4), intent=intent))
