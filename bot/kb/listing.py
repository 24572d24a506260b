"""Knowledge entries as staff pages list them: searched, filtered and paged in SQL, or looked up
by id or short name for the pages that link to them.

The search finds other forms of a word (:func:`bot.kb.wordforms.entry_search`). Rows are plain
values, so a page can be rendered after its session has closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.kb.feedback import EntryFeedback, worst_entries
from bot.kb.topics import TOPICS
from bot.kb.wordforms import entry_search
from bot.models import KnowledgeEntry
from bot.paging import Page, paginate

LIST_ORDER = (KnowledgeEntry.topic, KnowledgeEntry.position, KnowledgeEntry.id)


@dataclass(frozen=True)
class EntryRow:
    """One line of the entry list: what it is, where it stands, and who reviewed it when."""

    id: int
    slug: str
    question: str
    topic: str
    status: str
    pending_change: bool  # a change to the published entry is saved and not yet published
    submitted_at: dt.datetime | None
    reviewed_on: dt.date | None
    reviewed_by: str | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class EntryTitle:
    """An entry as a link or a menu choice names it."""

    id: int
    slug: str
    topic: str
    question: str


@dataclass(frozen=True)
class RatedEntry:
    """One line of the "least helpful answers" list: the figures and, if the entry still exists, its id."""

    stats: EntryFeedback
    entry_id: int | None
    question: str  # the entry's question, or its short name once the entry is gone


def entry_page(
    session: Session, *, search: str = "", topic: str = "", status: str = "", page: int = 1, per_page: int = 50
) -> Page[EntryRow]:
    """Entries matching every set filter, by topic and position: ``search`` (other forms of its
    words too), ``topic`` and ``status``."""
    statement = select(KnowledgeEntry).order_by(*LIST_ORDER)
    if search.strip():
        statement = statement.where(entry_search(search))
    if topic:
        statement = statement.where(KnowledgeEntry.topic == topic)
    if status:
        statement = statement.where(KnowledgeEntry.status == status)
    return paginate(session, statement, page, per_page).map(
        lambda entry: EntryRow(
            id=entry.id,
            slug=entry.slug,
            question=entry.question,
            topic=entry.topic,
            status=entry.status,
            pending_change=bool(entry.pending_change),
            submitted_at=entry.submitted_at,
            reviewed_on=entry.reviewed_on,
            reviewed_by=entry.reviewed_by,
            updated_at=entry.updated_at,
        )
    )


def entry_slug(session: Session, entry_id: int) -> str | None:
    """The short name of entry ``entry_id``; None if there is no such entry."""
    return session.execute(select(KnowledgeEntry.slug).where(KnowledgeEntry.id == entry_id)).scalar_one_or_none()


def titles_by_slug(session: Session, slugs: Iterable[str]) -> dict[str, EntryTitle]:
    """The entries among ``slugs`` that exist, by short name (one query)."""
    wanted = sorted(set(slugs))
    if not wanted:
        return {}
    statement = select(KnowledgeEntry.id, KnowledgeEntry.slug, KnowledgeEntry.topic, KnowledgeEntry.question)
    return {row.slug: EntryTitle(*row) for row in session.execute(statement.where(KnowledgeEntry.slug.in_(wanted)))}


def titles_by_topic(session: Session) -> list[tuple[str, list[EntryTitle]]]:
    """Every entry, grouped under its topic's name, in list order (for a menu of all entries)."""
    statement = select(KnowledgeEntry.id, KnowledgeEntry.slug, KnowledgeEntry.topic, KnowledgeEntry.question)
    grouped: dict[str, list[EntryTitle]] = {}
    for row in session.execute(statement.order_by(*LIST_ORDER)):
        grouped.setdefault(TOPICS.get(row.topic, row.topic), []).append(EntryTitle(*row))
    return list(grouped.items())


def least_helpful(session: Session, days: int, limit: int) -> list[RatedEntry]:
    """Entries with visitors' votes in the last ``days`` days, least helpful first, with their questions."""
    worst = worst_entries(session, days, limit)
    titles = titles_by_slug(session, (item.slug for item in worst))
    rated = []
    for item in worst:
        title = titles.get(item.slug)
        rated.append(RatedEntry(item, title.id, title.question) if title else RatedEntry(item, None, item.slug))
    return rated
