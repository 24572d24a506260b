"""Idempotent loading of the YAML knowledge base into the database: the entries, and the
questions no entry answers (``not-covered/``, :mod:`bot.kb.gaps`).

The YAML files are the source of truth for our curated content, but staff can edit
entries in the database too. An entry whose database content no longer matches what
was last loaded from YAML has been edited there: it is reported as a conflict and left
alone unless the caller asks to overwrite. So is an entry with a change waiting for review
(``pending_change``): overwriting it discards that proposed change.

A load that changes an entry's sources sets ``sources_changed_on``, which puts a published
entry reviewed before that day in the review queue (:mod:`bot.kb.review`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.kb.gaps import load_gaps, read_gap_files
from bot.kb.revisions import EDITABLE_FIELDS, ensure_baseline, record_revision, snapshot
from bot.kb.source import content_hash, read_kb_dir
from bot.models import KnowledgeEntry, utcnow

log = logging.getLogger(__name__)

#: Fields added to EDITABLE_FIELDS later: a row loaded before they existed has a hash without them.
_ADDED_LATER = ("reviewed_by",)


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    gaps_added: int = 0
    gaps_removed: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.conflicts)} conflicts; "
            f"questions not covered: {self.gaps_added} added, {self.gaps_removed} removed"
        )


def row_hash(entry: KnowledgeEntry) -> str:
    """Fingerprint of a row's editable content, comparable with a YAML entry's."""
    return content_hash({name: getattr(entry, name) for name in EDITABLE_FIELDS})


def _untouched(entry: KnowledgeEntry, current_hash: str) -> bool:
    """Whether the row still holds what was last loaded from YAML (no staff edit, nothing pending).

    Rows loaded before ``reviewed_by`` existed carry a hash of the older field list; it still
    counts while those fields are empty, so the upgrade alone turns no entry into a conflict.
    """
    if entry.pending_change is not None:
        return False
    if current_hash == entry.source_hash:
        return True
    if any(getattr(entry, name) is not None for name in _ADDED_LATER):
        return False
    older = content_hash({name: getattr(entry, name) for name in EDITABLE_FIELDS if name not in _ADDED_LATER})
    return older == entry.source_hash


def _discard_pending(entry: KnowledgeEntry) -> None:
    if entry.pending_change is not None:
        log.warning("knowledge entry %r: the change waiting for review was discarded by the YAML load", entry.slug)
    entry.pending_change = entry.pending_by = entry.pending_saved_at = entry.review_note = None
    if entry.status != "in_review":
        entry.submitted_at = entry.submitted_by = None


def load_knowledge_base(session: Session, kb_dir: Path, *, overwrite_conflicts: bool = False) -> LoadReport:
    """Bring the database in line with ``kb_dir``; returns what happened to each slug."""
    report = LoadReport()
    gaps = read_gap_files(kb_dir)  # read (and validated) before anything changes
    existing = {entry.slug: entry for entry in session.execute(select(KnowledgeEntry)).scalars()}
    changed: list[tuple[KnowledgeEntry, dict | None]] = []  # (entry, state before) for the revision history
    for fields in read_kb_dir(kb_dir):
        yaml_hash = content_hash(fields)
        entry = existing.get(fields["slug"])
        if entry is None:
            entry = KnowledgeEntry(**fields, source_hash=yaml_hash)
            session.add(entry)
            changed.append((entry, None))
            report.created.append(fields["slug"])
            continue
        current_hash = row_hash(entry)
        if current_hash == yaml_hash:  # a change waiting for review stays: there is nothing to apply
            entry.source_hash = yaml_hash
            report.unchanged.append(entry.slug)
        elif _untouched(entry, current_hash) or overwrite_conflicts:
            ensure_baseline(session, entry)
            changed.append((entry, snapshot(entry)))
            if fields["sources"] != entry.sources:
                entry.sources_changed_on = utcnow().date()
            for name, value in fields.items():
                setattr(entry, name, value)
            _discard_pending(entry)
            entry.source_hash = yaml_hash
            report.updated.append(entry.slug)
        else:
            report.conflicts.append(entry.slug)
            log.warning(
                "knowledge entry %r was edited in the database or has a change waiting for review; "
                "YAML change not applied",
                entry.slug,
            )
    report.gaps_added, report.gaps_removed = load_gaps(session, gaps)
    session.flush()
    for entry, before in changed:  # author None: shown as "system" in the history
        record_revision(session, entry, None, previous=before)
    log.info("knowledge base loaded: %s", report.summary())
    return report
