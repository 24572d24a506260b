"""The audit log: one row for every change staff or the command line make to entries,
clinics, credentials and accounts.

The row joins the caller's transaction (no commit here), so a change and its audit entry
are saved together or not at all. ``details`` must never carry a password or a visitor's
contact data: keys that look like secrets are refused, not silently stored.
"""
from __future__ import annotations

import logging
from typing import Any, Mapping, Optional

from sqlalchemy.orm import Session

from bot.models import AuditLog

log = logging.getLogger(__name__)

FORBIDDEN_KEYS = frozenset({"password", "password_hash", "webhook_secret", "secret", "contact", "first_name",
                            "note", "preferred_time"})
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


def record(session: Session, user_id: Optional[int], action: str, object_type: str,
           object_ref: Optional[object], details: Optional[Mapping[str, Any]] = None) -> AuditLog:
    """Add an audit entry to ``session`` (the caller commits); ``user_id`` None means the system."""
    details = dict(details or {})
    forbidden = FORBIDDEN_KEYS.intersection(details)
    if forbidden:
        raise ValueError(f"audit details must not contain {', '.join(sorted(forbidden))}")
    entry = AuditLog(user_id=user_id, action=action, object_type=object_type,
                     object_ref=None if object_ref is None else str(object_ref)[:128], details=_clean(details))
    session.add(entry)
    log.info("audit: %s %s %s by %s", action, object_type, object_ref,
             f"account id {user_id}" if user_id is not None else "system")
    return entry
