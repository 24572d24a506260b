"""Reading and validating the knowledge-base source files (``data/kb/*.yml``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, HttpUrl, ValidationError, validator

from bot.kb.topics import TOPICS
from bot.models import ENTRY_STATUSES

MIN_ANSWER_WORDS = 40
MAX_ANSWER_WORDS = 150


class KbSourceError(ValueError):
    """A knowledge-base file that cannot be loaded; the message names the file and entry."""


class Source(BaseModel):
    title: str = Field(..., min_length=3)
    url: HttpUrl | None = None

    def as_dict(self) -> dict:
        return {"title": self.title, "url": str(self.url) if self.url else None}


class EntrySource(BaseModel):
    """One entry as written in YAML, validated before anything touches the database."""

    slug: str = Field(..., regex=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)
    question: str = Field(..., min_length=5)
    phrasings: list[str] = Field(default_factory=list)
    answer: str
    sources: list[Source] = Field(..., min_items=1)
    reviewed: dt.date
    # Who signed the answer off: a person or a role such as "Medical reviewer, MD" (optional).
    reviewed_by: str | None = Field(None, max_length=200)
    status: str = "published"

    @validator("answer")
    def _answer_length(cls, answer: str) -> str:
        words = len(answer.split())
        if not MIN_ANSWER_WORDS <= words <= MAX_ANSWER_WORDS:
            raise ValueError(f"answer has {words} words; it must have {MIN_ANSWER_WORDS} to {MAX_ANSWER_WORDS}")
        return answer.strip()

    @validator("reviewed_by")
    def _reviewer_text(cls, reviewed_by: str | None) -> str | None:
        """Spacing tidied; a blank value names nobody."""
        return (" ".join(reviewed_by.split()) or None) if reviewed_by else None

    @validator("status")
    def _known_status(cls, status: str) -> str:
        if status not in ENTRY_STATUSES:
            raise ValueError(f"status must be one of {', '.join(ENTRY_STATUSES)}")
        return status

    @validator("phrasings", each_item=True)
    def _phrasing_text(cls, phrasing: str) -> str:
        if not phrasing.strip():
            raise ValueError("empty phrasing")
        return phrasing.strip()


class TopicFile(BaseModel):
    topic: str
    entries: list[EntrySource] = Field(..., min_items=1)

    @validator("topic")
    def _known_topic(cls, topic: str) -> str:
        if topic not in TOPICS:
            raise ValueError(f"unknown topic {topic!r}")
        return topic


def content_hash(fields: dict) -> str:
    """A stable fingerprint of an entry's editable content (YAML and database alike)."""
    canonical = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_fields(topic: str, position: int, entry: EntrySource) -> dict:
    """The database column values an entry source stands for."""
    return {
        "slug": entry.slug,
        "topic": topic,
        "position": position,
        "question": entry.question.strip(),
        "phrasings": list(entry.phrasings),
        "answer": entry.answer,
        "sources": [source.as_dict() for source in entry.sources],
        "status": entry.status,
        "reviewed_on": entry.reviewed,
        "reviewed_by": entry.reviewed_by,
    }


def read_topic_file(path: Path) -> TopicFile:
    """Parse and validate one file; its topic must match its name."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        parsed = TopicFile.parse_obj(raw)
    except (yaml.YAMLError, ValidationError, TypeError) as error:
        raise KbSourceError(f"{path.name}: {error}") from error
    if parsed.topic != path.stem:
        raise KbSourceError(f"{path.name}: topic {parsed.topic!r} does not match the file name")
    return parsed


def read_kb_dir(kb_dir: Path) -> list[dict]:
    """All entries of all topic files, as column values; slugs must be unique."""
    fields: list[dict] = []
    seen: dict[str, str] = {}
    for path in sorted(kb_dir.glob("*.yml")):
        topic_file = read_topic_file(path)
        for position, entry in enumerate(topic_file.entries):
            if entry.slug in seen:
                raise KbSourceError(f"{path.name}: slug {entry.slug!r} already used in {seen[entry.slug]}")
            seen[entry.slug] = path.name
            fields.append(entry_fields(topic_file.topic, position, entry))
    if not fields:
        raise KbSourceError(f"no knowledge-base files in {kb_dir}")
    return fields
