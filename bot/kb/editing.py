"""Changing knowledge entries outside YAML: create, edit, restore, each with a revision.

The rules are the YAML rules (:class:`bot.kb.source.EntrySource`): the same slug format,
a 40-150-word answer, at least one source, one of the nine topics. Edits carry the version
the editor started from; if the entry was saved since, the change is refused
(:class:`EntryConflict`) instead of overwriting someone else's work. Nothing here commits.

Nobody changes what visitors see by saving: an edit to a *published* entry is stored as its
``pending_change`` (the published version stays live) until a reviewer publishes it
(:mod:`bot.kb.review`, which owns every status change). Drafts and entries in review are
edited in place. The review date and reviewer are set by publishing, never typed in here.

Entries created here have no ``source_hash``; edits change content, so a later YAML load
reports the entry as a conflict rather than overwriting staff work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import audit
from bot.kb.revisions import (
    FIELD_LABELS,
    changed_fields,
    ensure_baseline,
    json_value,
    latest_revision,
    record_revision,
    revision,
    snapshot,
)
from bot.kb.source import EntrySource, entry_fields
from bot.kb.topics import TOPICS
from bot.models import KnowledgeEntry, User, utcnow

#: What an editor changes (and a restore brings back); slug, status and the review have their own rules.
CONTENT_FIELDS = ("topic", "question", "phrasings", "answer", "sources")
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
    reviewed_on: dt.date | None = None
    reviewed_by: str | None = None

    @classmethod
    def of(cls, entry: KnowledgeEntry) -> EntryDraft:
        """The entry as stored (for a published entry: the live version)."""
        return cls(
            slug=entry.slug,
            topic=entry.topic,
            question=entry.question,
            answer=entry.answer,
            phrasings=list(entry.phrasings or []),
            sources=[dict(s) for s in entry.sources or []],
            reviewed_on=entry.reviewed_on,
            reviewed_by=entry.reviewed_by,
        )

    @classmethod
    def from_snapshot(cls, data: dict) -> EntryDraft:
        reviewed = data.get("reviewed_on")
        return cls(
            slug=data["slug"],
            topic=data["topic"],
            question=data["question"],
            answer=data["answer"],
            phrasings=list(data.get("phrasings") or []),
            sources=list(data.get("sources") or []),
            reviewed_on=dt.date.fromisoformat(reviewed) if reviewed else None,
            reviewed_by=data.get("reviewed_by"),
        )

    @classmethod
    def working(cls, entry: KnowledgeEntry) -> EntryDraft:
        """What staff are working on: the entry with its proposed change, if any, applied."""
        draft = cls.of(entry)
        return replace(draft, **entry.pending_change) if entry.pending_change else draft


@dataclass(frozen=True)
class Saved:
    """What a save did: a new revision, a proposed change stored for review, or nothing."""

    revision: int | None = None
    proposed: bool = False
    withdrawn: bool = False  # the text matched the published version again: no change is proposed

    @property
    def changed(self) -> bool:
        return self.revision is not None or self.proposed or self.withdrawn


class EntryInvalid(ValueError):
    """The draft breaks the knowledge-base rules; ``problems`` maps a field to its messages."""

    def __init__(self, problems: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{name}: {' '.join(messages)}" for name, messages in problems.items()))
        self.problems = problems


class EntryConflict(Exception):
    """The entry was saved by someone else after the editor opened it."""

    def __init__(self, entry: KnowledgeEntry, saved_by: str | None, saved_at: dt.datetime | None) -> None:
        super().__init__(f"entry {entry.slug} is at version {entry.version}")
        self.current_version = entry.version
        self.saved_by = saved_by
        self.saved_at = saved_at


def _problem(error: Mapping[str, Any]) -> tuple[str, str]:
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
    if name == "reviewed_by":
        return name, "Name the reviewer in at most 200 characters."
    if name == "phrasings":
        return name, "Remove the empty phrasing."
    return name, message


def validate(draft: EntryDraft, status: str = "draft", position: int = 0) -> dict:
    """Column values for a valid draft (shaped exactly like a YAML entry's), else EntryInvalid.

    YAML must give a review date; an entry written here has none until it is published, so
    the rule is checked with today's date and the draft's own date (possibly none) is kept.
    """
    problems: dict[str, list[str]] = {}
    if draft.topic not in TOPICS:
        problems["topic"] = ["Choose one of the nine topics."]
    try:
        parsed = EntrySource.parse_obj(
            {
                "slug": draft.slug,
                "question": draft.question,
                "phrasings": draft.phrasings,
                "answer": draft.answer,
                "sources": draft.sources,
                "reviewed": draft.reviewed_on or utcnow().date(),
                "reviewed_by": draft.reviewed_by,
                "status": status,
            }
        )
    except ValidationError as error:
        for item in error.errors():
            name, message = _problem(item)
            problems.setdefault(name, []).append(message)
        raise EntryInvalid(problems) from error
    if problems:
        raise EntryInvalid(problems)
    return dict(entry_fields(draft.topic, position, parsed), reviewed_on=draft.reviewed_on)


def next_position(session: Session, topic: str) -> int:
    """After the last entry of the topic: a new entry never becomes the topic's overview by accident."""
    highest = session.execute(
        select(func.max(KnowledgeEntry.position)).where(KnowledgeEntry.topic == topic)
    ).scalar_one()
    return 0 if highest is None else highest + 1


def email_of(session: Session, user_id: int | None) -> str | None:
    """An account's e-mail address, for "submitted by" and the like (None: the system)."""
    user = session.get(User, user_id) if user_id is not None else None
    return user.email if user is not None else None


def create_entry(session: Session, draft: EntryDraft, author_id: int | None) -> KnowledgeEntry:
    """A new draft entry with its first revision and an audit entry."""
    fields = validate(replace(draft, reviewed_on=None, reviewed_by=None), "draft", next_position(session, draft.topic))
    if session.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.slug == fields["slug"])).first():
        raise EntryInvalid({"slug": ["Another entry already uses this short name. Choose a different one."]})
    entry = KnowledgeEntry(**fields, source_hash=None)
    session.add(entry)
    session.flush()
    added = record_revision(session, entry, author_id)
    audit.record(
        session,
        author_id,
        "entry.create",
        OBJECT_TYPE,
        entry.slug,
        {"id": entry.id, "topic": entry.topic, "revision": added.number},
    )
    return entry


def conflict_for(session: Session, entry: KnowledgeEntry) -> EntryConflict:
    """The conflict to report for ``entry``: who saved its current version, and when."""
    last = latest_revision(session, entry.id)
    if entry.pending_saved_at and (last is None or entry.pending_saved_at > last.created_at):
        return EntryConflict(entry, entry.pending_by or "someone else", entry.pending_saved_at)
    saved_by = (last.author.email if last.author else "the system") if last else None
    return EntryConflict(entry, saved_by, last.created_at if last else entry.updated_at)


def check_version(session: Session, entry: KnowledgeEntry, expected_version: int | None) -> None:
    """EntryConflict unless the editor started from the entry's current version."""
    if expected_version != entry.version:
        raise conflict_for(session, entry)


def content_of(fields: dict) -> dict:
    """The content fields of validated column values, JSON-safe (as a proposed change keeps them)."""
    return {name: json_value(fields[name]) for name in CONTENT_FIELDS}


def apply_content(session: Session, entry: KnowledgeEntry, fields: dict) -> None:
    """Write content fields to the row: a new topic puts it last there; new sources are dated."""
    for name in CONTENT_FIELDS:
        if name == "topic" and fields["topic"] != entry.topic:
            entry.position = next_position(session, fields["topic"])
        if name == "sources" and json_value(fields["sources"]) != json_value(entry.sources or []):
            entry.sources_changed_on = utcnow().date()
        setattr(entry, name, fields[name])


def save_revision(
    session: Session,
    entry: KnowledgeEntry,
    author_id: int | None,
    action: str,
    before: dict,
    details: dict,
    summary: str | None = None,
) -> int | None:
    """Flush (the version check happens here), then keep a revision and an audit entry."""
    changed = changed_fields(before, snapshot(entry))
    if not changed:
        return None
    session.flush()  # StaleDataError if another save won the race since check_version
    added = record_revision(session, entry, author_id, previous=before, summary=summary)
    audit.record(
        session,
        author_id,
        action,
        OBJECT_TYPE,
        entry.slug,
        dict(details, id=entry.id, revision=added.number, changed=changed),
    )
    return added.number


def _propose(
    session: Session, entry: KnowledgeEntry, fields: dict, author_id: int | None, action: str, details: dict
) -> Saved:
    """Keep a change to a published entry for review; visitors go on seeing the published version."""
    proposed, live = content_of(fields), content_of(snapshot(entry))
    if proposed == (entry.pending_change or live):
        return Saved()
    if proposed == live:  # edited back to the published text: nothing is proposed any more
        discard_change(session, entry, author_id, entry.version)
        return Saved(withdrawn=True)
    entry.pending_change = proposed
    entry.pending_by = email_of(session, author_id)
    entry.pending_saved_at = utcnow()
    session.flush()  # StaleDataError if another save won the race since check_version
    audit.record(
        session,
        author_id,
        action,
        OBJECT_TYPE,
        entry.slug,
        dict(
            details,
            id=entry.id,
            pending=True,
            changed=[name for name in CONTENT_FIELDS if proposed[name] != live[name]],
        ),
    )
    return Saved(proposed=True)


def update_entry(
    session: Session, entry: KnowledgeEntry, draft: EntryDraft, author_id: int | None, expected_version: int | None
) -> Saved:
    """Save an edit (slug, status and review stay): a revision, or for a published entry a proposed change."""
    check_version(session, entry, expected_version)
    fields = validate(
        replace(draft, slug=entry.slug, reviewed_on=entry.reviewed_on, reviewed_by=entry.reviewed_by),
        entry.status,
        entry.position,
    )
    if entry.status == "published":
        return _propose(session, entry, fields, author_id, "entry.propose", {})
    ensure_baseline(session, entry)
    before = snapshot(entry)
    apply_content(session, entry, fields)
    return Saved(revision=save_revision(session, entry, author_id, "entry.update", before, {}))


def discard_change(
    session: Session, entry: KnowledgeEntry, author_id: int | None, expected_version: int | None
) -> bool:
    """Drop a published entry's proposed change (the published version was never touched)."""
    check_version(session, entry, expected_version)
    if entry.pending_change is None:
        return False
    entry.pending_change = entry.pending_by = entry.pending_saved_at = None
    entry.submitted_at = entry.submitted_by = entry.review_note = None
    session.flush()
    audit.record(session, author_id, "entry.discard_change", OBJECT_TYPE, entry.slug, {"id": entry.id})
    return True


def restore_revision(
    session: Session, entry: KnowledgeEntry, number: int, author_id: int | None, expected_version: int | None
) -> Saved:
    """Bring back an earlier revision's content as a new revision (a proposed change if published)."""
    check_version(session, entry, expected_version)
    old = revision(session, entry.id, number)
    if old is None:
        raise LookupError(f"entry {entry.slug} has no revision {number}")
    fields = validate(
        replace(
            EntryDraft.from_snapshot(old.snapshot),
            slug=entry.slug,
            reviewed_on=entry.reviewed_on,
            reviewed_by=entry.reviewed_by,
        ),
        entry.status,
        entry.position,
    )
    if entry.status == "published":
        return _propose(session, entry, fields, author_id, "entry.restore", {"restored_revision": number})
    ensure_baseline(session, entry)
    before = snapshot(entry)
    apply_content(session, entry, fields)
    changed = [name for name in changed_fields(before, snapshot(entry)) if name != "position"]
    return Saved(
        revision=save_revision(
            session,
            entry,
            author_id,
            "entry.restore",
            before,
            {"restored_revision": number},
            summary=f"Restored revision {number}"
            + (f" ({', '.join(FIELD_LABELS[name] for name in changed)})" if changed else ""),
        )
    )
