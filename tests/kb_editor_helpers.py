"""Helpers the knowledge-base editing test modules share: entries and unanswered questions stored as the
loader and the chat leave them, rows read back, and the source rows of an entry form.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.revisions import record_revision
from bot.kb.source import EntrySource
from bot.models import AuditLog, KnowledgeEntry, UnansweredQuestion, utcnow
from tests.admin_world import ANSWER_V2, SOURCE_URL

SOURCE_ROW = re.compile(r'name="sources-(\d+)-title"[^>]*?(?:value="([^"]*)")?>')
SLUG_RULE = EntrySource.__fields__["slug"].field_info.regex


def add_entry(
    engine: Engine,
    slug: str,
    question: str,
    phrasings: list[str],
    status: str = "published",
    topic: str = "cost",
    answer: str = ANSWER_V2,
) -> int:
    """An entry as the YAML loader or an earlier save would leave it, with its first revision."""
    with session_scope(engine) as session:
        row = KnowledgeEntry(
            slug=slug,
            topic=topic,
            question=question,
            phrasings=phrasings,
            answer=answer,
            sources=[{"title": "SPRAVATO prescribing information", "url": SOURCE_URL}],
            status=status,
            reviewed_on=dt.date.today() if status == "published" else None,
        )
        session.add(row)
        session.flush()
        record_revision(session, row, None)
        return row.id


def ask(engine: Engine, *questions: str) -> list[int]:
    """Unanswered questions as the chat logs them, newest last; their ids."""
    now = utcnow()
    with session_scope(engine) as session:
        rows = [
            UnansweredQuestion(
                text=question, confidence=0.2, created_at=now - dt.timedelta(minutes=len(questions) - number)
            )
            for number, question in enumerate(questions)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def statuses(engine: Engine) -> dict[str, str]:
    with session_scope(engine) as session:
        return {row.text: row.status for row in session.execute(select(UnansweredQuestion)).scalars()}


def entry_by_slug(engine: Engine, slug: str) -> KnowledgeEntry:
    with session_scope(engine) as session:
        return session.execute(select(KnowledgeEntry).where(KnowledgeEntry.slug == slug)).scalar_one()


def last_audit(engine: Engine) -> AuditLog:
    with session_scope(engine) as session:
        return session.execute(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).scalar_one()


def source_rows(page_text: str) -> list[str]:
    """The source titles on an entry form, in page order ("" for an empty row)."""
    return [html.unescape(value or "") for _, value in SOURCE_ROW.findall(page_text)]
