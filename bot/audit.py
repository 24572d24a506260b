"""The audit log: one row for every change staff or the command line make to entries,
clinics, credentials and accounts.

The row joins the caller's transaction (no commit here), so a change and its audit entry
are saved together or not at all. ``details`` must never carry a password or a visitor's
contact data: keys that look like secrets are refused, not silently stored.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from bot.models import AuditLog

log = logging.getLogger(__name__)

FORBIDDEN_KEYS = frozenset(
    {"password", "password_hash", "webhook_secret", "secret", "contact", "first_name", "note", "preferred_time"}
)
MAX_LIST_ITEMS = 50


def _clean(value: Any) -> Any:
    """JSON-safe details; long lists are cut so one import cannot bloat the log."""
    if isinstance(value, Mapping):
        return {str(key): _clean(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
        cleaned = [_clean(item) for item in items[:MAX_LIST_ITEMS]]
        if len(items) > MAX_LIST_ITEMS:
            cleaned.append(f"… and {len(items) - MAX_LIST_ITEMS} more")
        return cleaned
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)  # dates and the like


def record(
    session: Session,
    user_id: int | None,
    action: str,
    object_type: str,
    object_ref: object | None,
    details: Mapping[str, Any] | None = None,
) -> AuditLog:
    """Add an audit entry to ``session`` (the caller commits); ``user_id`` None means the system."""
    details = dict(details or {})
    forbidden = FORBIDDEN_KEYS.intersection(details)
    if forbidden:
        raise ValueError(f"audit details must not contain {', '.join(sorted(forbidden))}")
    entry = AuditLog(
        user_id=user_id,
        action=action,
        object_type=object_type,
        object_ref=None if object_ref is None else str(object_ref)[:128],
        details=_clean(details),
    )
    session.add(entry)
    log.info(
        "audit: %s %s %s by %s",
        action,
        object_type,
        object_ref,
        f"account id {user_id}" if user_id is not None else "system",
    )
    return entry


# ---------------------------------------------------------------- reading the log

# What each action code means, in the words the audit log page shows after the person's name.
ACTION_PHRASES: dict[str, str] = {
    "entry.create": "created an entry",
    "entry.update": "edited an entry",
    "entry.propose": "proposed a change to a published entry",
    "entry.discard_change": "discarded a proposed change",
    "entry.restore": "restored an earlier version of an entry",
    "entry.submit": "submitted an entry for review",
    "entry.publish": "published an entry",
    "entry.review": "confirmed an entry's review",
    "entry.send_back": "sent an entry back for changes",
    "entry.unpublish": "unpublished an entry",
    "entry.load": "loaded entries from the knowledge-base files",
    "clinic.create": "added a clinic",
    "clinic.update": "edited a clinic",
    "clinic.import": "imported clinics from a CSV file",
    "credential.create": "added a license",
    "credential.update": "edited a license",
    "credential.verify": "verified a license",
    "user.create": "created an account",
    "user.enable": "enabled an account",
    "user.disable": "disabled an account",
    "user.unlock": "unlocked an account",
    "user.role": "changed an account's role",
    "unanswered.dismiss": "dismissed an unanswered question",
    "unanswered.answer": "answered unanswered questions with an entry",
    "gap.add": "marked a question as not covered by the knowledge base",
    "gap.remove": "removed a question from the ones not covered",
    "inquiry.status": "changed an inquiry's status",
    "inquiry.note": "added a note to an inquiry",
}
# Object types, and the first part of action codes, as nouns.
OBJECT_NOUNS = {
    "knowledge_entry": "entry",
    "entry": "entry",
    "clinic": "clinic",
    "credential": "license",
    "user": "account",
    "unanswered_question": "unanswered question",
    "unanswered": "unanswered question",
    "known_gap": "question not covered",
    "gap": "question not covered",
    "inquiry": "inquiry",
}


def describe_action(action: str) -> str:
    """The plain-language phrase for an action code; an unknown code still reads as words
    ("user.reset_password" -> "reset password (account)") rather than as a code."""
    if action in ACTION_PHRASES:
        return ACTION_PHRASES[action]
    kind, _, verb = action.partition(".")
    noun = OBJECT_NOUNS.get(kind, kind.replace("_", " "))
    return f"{verb.replace('_', ' ')} ({noun})" if verb else noun
