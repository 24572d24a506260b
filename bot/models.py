"""Database tables (SQLAlchemy 1.4 declarative, used with 2.0-style queries)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base

from bot.kb.topics import TOPICS

Base = declarative_base()

ENTRY_STATUSES = ("draft", "published")


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (stored the same way on SQLite and PostgreSQL)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _sql_in(values: Any) -> str:
    return ", ".join(f"'{value}'" for value in values)


class KnowledgeEntry(Base):
    """One curated question and answer; only ``published`` entries reach visitors."""

    __tablename__ = "knowledge_entries"
    __table_args__ = (
        CheckConstraint(f"topic IN ({_sql_in(TOPICS)})", name="ck_knowledge_entries_topic"),
        CheckConstraint(f"status IN ({_sql_in(ENTRY_STATUSES)})", name="ck_knowledge_entries_status"),
    )

    id = Column(Integer, primary_key=True)
    slug = Column(String(80), nullable=False, unique=True)
    topic = Column(String(40), nullable=False, index=True)
    position = Column(Integer, nullable=False, default=0)
    question = Column(Text, nullable=False)
    phrasings = Column(JSON, nullable=False, default=list)
    answer = Column(Text, nullable=False)
    sources = Column(JSON, nullable=False, default=list)
    status = Column(String(16), nullable=False, default="draft", index=True)
    reviewed_on = Column(Date, nullable=True)
    # Hash of the YAML content this row was last loaded from; a row whose content no
    # longer matches it was edited in the database and is not overwritten silently.
    source_hash = Column(String(64), nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    version = Column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"<KnowledgeEntry {self.slug} ({self.topic}, {self.status})>"


class UnansweredQuestion(Base):
    """A visitor question the assistant could not answer well, kept for staff review."""

    __tablename__ = "unanswered_questions"

    id = Column(Integer, primary_key=True)
    text = Column(Text, nullable=False)
    confidence = Column(Float, nullable=False)
    intent = Column(String(64), nullable=True)
    status = Column(String(16), nullable=False, default="new")
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
