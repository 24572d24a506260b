"""Changing knowledge entries outside YAML: create, edit, publish, restore, each with a revision.

The rules are the YAML rules (:class:`bot.kb.source.EntrySource`): the same slug format,
a 40-150-word answer, at least one source, one of the nine topics. Edits carry the version
the editor started from; if the entry was saved since, the change is refused
(:class:`EntryConflict`) instead of overwriting someone else's work. Nothing here commits.

Entries created here have no ``source_hash``; edits change content, so a later YAML load
reports the entry as a conflict rather than overwriting staff work.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Optional

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import audit
from bot.kb.revisions import (FIELD_LABELS, changed_fields, ensure_baseline, latest_revision, record_revision,
                               revision, snapshot)
from bot.kb.source import EntrySource, entry_fields
from bot.kb.topics import TOPICS
from bot.models import KnowledgeEntry

#: What an editor changes (and a restore brings back); slug and status have their own rules.
CONTENT_FIELDS = ("topic", "question", "phrasings", "answer", "sources", "reviewed_on")
OBJECT_TYPE = "knowledge_entry"


@dataclass(frozen=True)
class EntryDraft:
    """What an editor submitted, before validation."""

    slug: str
    topic: str
    question: str
    answer: str
    phrasings: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    reviewed_on: Optional[dt.date] = None

    @classmethod
    def of(cls, entry: KnowledgeEntry) -> "EntryDraft":
        return cls(slug=entry.slug, topic=entry.topic, question=entry.question, answer=entry.answer,
                   phrasings=list(entry.phrasings or []), sources=[dict(s) for s in entry.sources or []],
                   reviewed_on=entry.reviewed_on)

    @classmethod
    def from_snapshot(cls, data: dict) -> "EntryDraft":
        reviewed = data.get("reviewed_on")
        return cls(slug=data["slug"], topic=data["topic"], question=data["question"], answer=data["answer"],
                   phrasings=list(data.get("phrasings") or []), sources=list(data.get("sources") or []),
                   reviewed_on=dt.date.fromisoformat(reviewed) if reviewed else None)


class EntryInvalid(ValueError):
    """The draft breaks the knowledge-base rules; ``problems`` maps a field to its messages."""

    def __init__(self, problems: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{name}: {' '.join(messages)}" for name, messages in problems.items()))
        self.problems = problems


class EntryConflict(Exception):
    """The entry was saved by someone else after the editor opened it."""

    def __init__(self, entry: KnowledgeEntry, saved_by: Optional[str], saved_at: Optional[dt.datetime]) -> None:
        super().__init__(f"entry {entry.slug} is at version {entry.version}")
        self.current_version = entry.version
        self.saved_by = saved_by
        self.saved_at = saved_at


def _problem(error: dict) -> tuple[str, str]:
    """A pydantic error as (form field, message a non-developer can act on)."""
    loc, kind, message = error["loc"], error["type"], error["msg"]
    name = {"reviewed": "reviewed_on"}.get(str(loc[0]), str(loc[0]))
    if name == "slug":
        if kind == "value_error.any_str.max_length":
            return name, "Use at most 80 characters."
        return name, "Use lowercase letters, digits and single hyphens, for example cost-insurance."
    if name == "question":
        return name, "Write the question (at least 5 characters)."
    if name == "answer":
        return name, f"The {message}."  # "The answer has 12 words; it must have 40 to 150."
    if name == "sources" and len(loc) == 1:
        return name, "Add at least one source."
    if name == "sources":
        number = int(loc[1]) + 1
        if loc[-1] == "url":
            return name, f"Source {number}: the link must be a full web address starting with https:// or http://."
        return name, f"Source {number}: the title needs at least 3 characters."
    if name == "reviewed_on":
        return name, "Enter the date the answer was last reviewed."
    if name == "phrasings":
        return name, "Remove the empty phrasing."
    return name, message


def validate(draft: EntryDraft, status: str = "draft", position: int = 0) -> dict:
    """Column values for a valid draft (shaped exactly like a YAML entry's), else EntryInvalid."""
    problems: dict[str, list[str]] = {}
    if draft.topic not in TOPICS:
        problems["topic"] = ["Choose one of the nine topics."]
    try:
        parsed = EntrySource.parse_obj({
            "slug": draft.slug, "question": draft.question, "phrasings": draft.phrasings, "answer": draft.answer,
            "sources": draft.sources, "reviewed": draft.reviewed_on, "status": status})
    except ValidationError as error:
        for item in error.errors():
            name, message = _problem(item)
            problems.setdefault(name, []).append(message)
        raise EntryInvalid(problems) from error
    if problems:
        raise EntryInvalid(problems)
    return entry_fields(draft.topic, position, parsed)


def next_position(session: Session, topic: str) -> int:
    """After the last entry of the topic: a new entry never becomes the topic's overview by accident."""
    highest = session.execute(select(func.max(KnowledgeEntry.position))
                              .where(KnowledgeEntry.topic == topic)).scalar_one()
    return 0 if highest is None else highest + 1


def create_entry(session: Session, draft: EntryDraft, author_id: Optional[int]) -> KnowledgeEntry:
    """A new draft entry with its first revision and an audit entry."""
    fields = validate(draft, "draft", next_position(session, draft.topic))
    if session.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.slug == fields["slug"])).first():
        raise EntryInvalid({"slug": ["Another entry already uses this short name. Choose a different one."]})
    entry = KnowledgeEntry(**fields, source_hash=None)
    session.add(entry)
    session.flush()
    added = record_revision(session, entry, author_id)
    audit.record(session, author_id, "entry.create", OBJECT_TYPE, entry.slug,
                 {"id": entry.id, "topic": entry.topic, "revision": added.number})
    return entry


def conflict_for(session: Session, entry: KnowledgeEntry) -> EntryConflict:
    """The conflict to report for ``entry``: who saved its current version, and when."""
    last = latest_revision(session, entry.id)
    saved_by = (last.author.email if last.author else "the system") if last else None
    return EntryConflict(entry, saved_by, last.created_at if last else entry.updated_at)


def check_version(session: Session, entry: KnowledgeEntry, expected_version: Optional[int]) -> None:
    """EntryConflict unless the editor started from the entry's current version."""
    if expected_version != entry.version:
        raise conflict_for(session, entry)


def _apply(session: Session, entry: KnowledgeEntry, fields: dict) -> None:
    for name in CONTENT_FIELDS:
        if name == "topic" and fields["topic"] != entry.topic:
            entry.position = next_position(session, fields["topic"])
        setattr(entry, name, fields[name])


def _save(session: Session, entry: KnowledgeEntry, author_id: Optional[int], action: str, before: dict,
          details: dict, summary: Optional[str] = None) -> Optional[int]:
    """Flush (the version check happens here), then keep a revision and an audit entry."""
    changed = changed_fields(before, snapshot(entry))
    if not changed:
        return None
    session.flush()  # StaleDataError if another save won the race since check_version
    added = record_revision(session, entry, author_id, previous=before, summary=summary)
    audit.record(session, author_id, action, OBJECT_TYPE, entry.slug,
                 dict(details, id=entry.id, revision=added.number, changed=changed))
    return added.number


def update_entry(session: Session, entry: KnowledgeEntry, draft: EntryDraft, author_id: Optional[int],
                 expected_version: Optional[int]) -> Optional[int]:
    """Save an edit (the slug and status stay); the new revision number, or None if nothing changed."""
    check_version(session, entry, expected_version)
    fields = validate(replace(draft, slug=entry.slug), entry.status, entry.position)
    ensure_baseline(session, entry)
    before = snapshot(entry)
    _apply(session, entry, fields)
    return _save(session, entry, author_id, "entry.update", before, {})


def set_status(session: Session, entry: KnowledgeEntry, status: str, author_id: Optional[int],
               expected_version: Optional[int]) -> Optional[int]:
    """Publish or unpublish; the chat uses the change on its next message."""
    check_version(session, entry, expected_version)
    if status == entry.status:
        return None
    validate(EntryDraft.of(entry), status, entry.position)  # only valid content reaches visitors
    ensure_baseline(session, entry)
    before = snapshot(entry)
    entry.status = status
    return _save(session, entry, author_id, "entry.publish" if status == "published" else "entry.unpublish",
                 before, {})


def restore_revision(session: Session, entry: KnowledgeEntry, number: int, author_id: Optional[int],
                     expected_version: Optional[int]) -> Optional[int]:
    """Bring back an earlier revision's content as a new revision (status and slug stay)."""
    check_version(session, entry, expected_version)
    old = revision(session, entry.id, number)
    if old is None:
        raise LookupError(f"entry {entry.slug} has no revision {number}")
    fields = validate(replace(EntryDraft.from_snapshot(old.snapshot), slug=entry.slug), entry.status,
                      entry.position)
    ensure_baseline(session, entry)
    before = snapshot(entry)
    _apply(session, entry, fields)
    changed = [name for name in changed_fields(before, snapshot(entry)) if name != "position"]
    return _save(session, entry, author_id, "entry.restore", before, {"restored_revision": number},
                 summary=f"Restored revision {number}"
                 + (f" ({', '.join(FIELD_LABELS[name] for name in changed)})" if changed else ""))
