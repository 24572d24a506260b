"""Revisions of knowledge entries: a snapshot per save, and readable differences between two.

Every save (web, YAML loader) stores the entry's editable fields as JSON with who saved
them, so staff can see what changed, compare any two revisions and restore an old one.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import EntryRevision, KnowledgeEntry

#: The fields staff edit: what a revision keeps, and what the loader's content hash covers.
EDITABLE_FIELDS = (
    "slug",
    "topic",
    "position",
    "question",
    "phrasings",
    "answer",
    "sources",
    "status",
    "reviewed_on",
    "reviewed_by",
)
FIELD_LABELS = {
    "slug": "short name",
    "topic": "topic",
    "position": "position",
    "question": "question",
    "phrasings": "other phrasings",
    "answer": "answer",
    "sources": "sources",
    "status": "status",
    "reviewed_on": "review date",
    "reviewed_by": "reviewer",
}
BASELINE_SUMMARY = "State before the first recorded change"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: json_value(item) for key, item in value.items()}
    return value


def snapshot(entry: KnowledgeEntry) -> dict:
    """The entry's editable fields as JSON-safe values (dates as YYYY-MM-DD)."""
    return {name: json_value(getattr(entry, name)) for name in EDITABLE_FIELDS}


def changed_fields(before: dict | None, after: dict) -> list[str]:
    """Fields whose value differs, in EDITABLE_FIELDS order (all of them when there is no before)."""
    if before is None:
        return list(EDITABLE_FIELDS)
    return [name for name in EDITABLE_FIELDS if before.get(name) != after.get(name)]


def status_change(old: str | None, new: str | None) -> str:
    """A status change in words: "Published", "Submitted for review", "Sent back to draft", "Unpublished"."""
    if new == "published":
        return "Published"
    if new == "in_review":
        return "Submitted for review"
    return "Sent back to draft" if old == "in_review" else "Unpublished"


def summarise(before: dict | None, after: dict) -> str:
    """A short line for the history: "Created", "Published", "Changed answer, sources"."""
    if before is None:
        return "Created"
    changed = [name for name in changed_fields(before, after) if name != "position"]
    parts = []
    if "status" in changed:
        parts.append(status_change(before.get("status"), after.get("status")))
        changed.remove("status")
    if changed:
        parts.insert(0, "Changed " + ", ".join(FIELD_LABELS[name] for name in changed))
    return "; ".join(parts) or "No change"


def latest_revision(session: Session, entry_id: int) -> EntryRevision | None:
    return session.execute(
        select(EntryRevision).where(EntryRevision.entry_id == entry_id).order_by(EntryRevision.number.desc()).limit(1)
    ).scalar_one_or_none()


def revisions_of(session: Session, entry_id: int) -> list[EntryRevision]:
    """Every revision of an entry, newest first."""
    return list(
        session.execute(
            select(EntryRevision).where(EntryRevision.entry_id == entry_id).order_by(EntryRevision.number.desc())
        ).scalars()
    )


def last_published(session: Session, entry_id: int) -> EntryRevision | None:
    """The newest revision in which the entry was published: what visitors last saw."""
    for item in revisions_of(session, entry_id):
        if item.snapshot.get("status") == "published":
            return item
    return None


def revision(session: Session, entry_id: int, number: int) -> EntryRevision | None:
    return session.execute(
        select(EntryRevision).where(EntryRevision.entry_id == entry_id, EntryRevision.number == number)
    ).scalar_one_or_none()


def record_revision(
    session: Session,
    entry: KnowledgeEntry,
    author_id: int | None,
    *,
    previous: dict | None = None,
    summary: str | None = None,
) -> EntryRevision:
    """Store the entry's current state as its next revision (the entry must have an id).

    ``previous`` is the state before this save; without it the last revision is compared.
    """
    last = latest_revision(session, entry.id)
    state = snapshot(entry)
    if previous is None and last is not None:
        previous = last.snapshot
    added = EntryRevision(
        entry_id=entry.id,
        number=(last.number if last else 0) + 1,
        snapshot=state,
        author_id=author_id,
        summary=(summary or summarise(previous, state))[:500],
    )
    session.add(added)
    session.flush()
    return added


def ensure_baseline(session: Session, entry: KnowledgeEntry) -> None:
    """Give an entry that predates revisions a first one (its current state, by the system)."""
    has_any = session.execute(
        select(func.count(EntryRevision.id)).where(EntryRevision.entry_id == entry.id)
    ).scalar_one()
    if not has_any:
        record_revision(session, entry, None, summary=BASELINE_SUMMARY)


# ---------------------------------------------------------------- differences


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "added", "removed", "context" or "hunk"
    text: str


@dataclass(frozen=True)
class FieldDiff:
    name: str
    label: str
    lines: tuple[DiffLine, ...]


def _field_lines(name: str, value: Any) -> list[str]:
    """A field as lines worth comparing: the answer one sentence per line, lists one item per line."""
    if value is None:
        return []
    if name == "answer":
        return [
            sentence for line in str(value).splitlines() for sentence in _SENTENCE_END.split(line) if sentence.strip()
        ]
    if name == "sources":
        return [f"{source.get('title', '')} — {source.get('url') or 'no link'}" for source in value]
    if name == "phrasings":
        return [str(item) for item in value]
    return [str(value)]


def diff_snapshots(old: dict, new: dict) -> list[FieldDiff]:
    """Unified differences (Python's difflib) of every field that changed between two snapshots."""
    diffs = []
    for name in changed_fields(old, new):
        lines = []
        for line in difflib.unified_diff(
            _field_lines(name, old.get(name)), _field_lines(name, new.get(name)), lineterm="", n=2
        ):
            if line.startswith(("---", "+++")):
                continue
            if line.startswith("@@"):
                lines.append(DiffLine("hunk", line))
            elif line.startswith("+"):
                lines.append(DiffLine("added", line[1:]))
            elif line.startswith("-"):
                lines.append(DiffLine("removed", line[1:]))
            else:
                lines.append(DiffLine("context", line[1:]))
        diffs.append(FieldDiff(name, FIELD_LABELS[name], tuple(lines)))
    return diffs
