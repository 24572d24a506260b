"""Reading the audit log: one page of it narrowed by filters, and the choices for the filter menus.

Writing stays in :func:`bot.audit.record`. The filters combine (all that are set must hold);
dates are days of the organisation's time zone, the "to" day included. Each row says whether
the entry or clinic it is about still exists, found with one query per kind for the whole page,
so an adapter can link to it. Rows are plain values: a page can be rendered after its session closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.sql.elements import ColumnElement

from bot.audit import describe_action
from bot.local_time import local_day_start_utc
from bot.models import AuditLog, Clinic, KnowledgeEntry, User
from bot.paging import Page, paginate

SYSTEM: Final = "system"  # the person behind the command line and the knowledge-base files
CLINIC_OBJECTS = ("clinic", "credential")


@dataclass(frozen=True)
class Person:
    """An account that appears in the log."""

    id: int
    email: str


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; a field left unset does not narrow the log."""

    person: int | Literal["system"] | None = None  # an account's id, or SYSTEM
    action: str = ""
    start: dt.date | None = None  # the first local day shown
    end: dt.date | None = None  # the last local day shown (included)
    object_type: str = ""
    ref: str = ""  # one object's reference, exactly

    def conditions(self, zone: ZoneInfo) -> list[ColumnElement]:
        """The WHERE conditions of the filters that are set."""
        conditions: list[ColumnElement] = []
        if self.person == SYSTEM:
            conditions.append(AuditLog.user_id.is_(None))
        elif self.person is not None:
            conditions.append(AuditLog.user_id == self.person)
        if self.action:
            conditions.append(AuditLog.action == self.action)
        if self.start:
            conditions.append(AuditLog.created_at >= local_day_start_utc(self.start, zone))
        if self.end:
            conditions.append(AuditLog.created_at < local_day_start_utc(self.end + dt.timedelta(days=1), zone))
        if self.object_type:
            conditions.append(AuditLog.object_type == self.object_type)
        if self.ref.strip():
            conditions.append(AuditLog.object_ref == self.ref.strip())
        return conditions


@dataclass(frozen=True)
class AuditRow:
    """One change: who (None for the system), what, to which object, and where that object is now."""

    id: int
    created_at: dt.datetime
    user: Person | None
    action: str
    object_type: str
    object_ref: str | None
    details: dict[str, Any]
    entry_id: int | None  # the knowledge entry it is about, if that entry still exists
    clinic_id: int | None  # the clinic it (or its license) is about, if that clinic still exists


def audit_page(
    session: Session, filters: AuditFilter, zone: ZoneInfo, *, page: int = 1, per_page: int = 50
) -> Page[AuditRow]:
    """Log entries matching ``filters``, newest first, one page of them."""
    statement = (
        select(AuditLog)
        .where(*filters.conditions(zone))
        .options(joinedload(AuditLog.user))
        .order_by(AuditLog.id.desc())
    )
    shown = paginate(session, statement, page, per_page)
    entries = _existing_entries(session, {_entry_id(row) for row in shown.items} - {None})
    clinics = _clinic_ids(session, {_clinic_ref(row) for row in shown.items} - {None})
    return shown.map(lambda row: _audit_row(row, entries, clinics))


def people_in_log(session: Session) -> list[Person]:
    """Accounts that made a logged change, by e-mail address (for the person filter)."""
    rows = session.execute(
        select(User.id, User.email).where(User.id.in_(select(AuditLog.user_id))).order_by(User.email)
    )
    return [Person(user_id, email) for user_id, email in rows]


def actions_in_log(session: Session) -> list[tuple[str, str]]:
    """(code, phrase) of each kind of action in the log, by phrase (for the action filter)."""
    codes = session.execute(select(AuditLog.action).distinct()).scalars()
    return sorted(((code, describe_action(code)) for code in codes), key=lambda choice: choice[1])


def _audit_row(row: AuditLog, entries: set[int], clinics: dict[str, int]) -> AuditRow:
    entry_id = _entry_id(row)
    clinic_ref = _clinic_ref(row)
    return AuditRow(
        id=row.id,
        created_at=row.created_at,
        user=Person(row.user.id, row.user.email) if row.user is not None else None,
        action=row.action,
        object_type=row.object_type,
        object_ref=row.object_ref,
        details=dict(row.details or {}),
        entry_id=entry_id if entry_id in entries else None,
        clinic_id=clinics.get(clinic_ref) if clinic_ref else None,
    )


def _existing_entries(session: Session, ids: set[Any]) -> set[int]:
    if not ids:
        return set()
    return set(session.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.id.in_(ids))).scalars())


def _clinic_ids(session: Session, refs: set[Any]) -> dict[str, int]:
    if not refs:
        return {}
    return {
        ref: clinic_id for ref, clinic_id in session.execute(select(Clinic.ref, Clinic.id).where(Clinic.ref.in_(refs)))
    }


def _entry_id(row: AuditLog) -> int | None:
    return _detail_id(row.details) if row.object_type == "knowledge_entry" else None


def _detail_id(details: Any) -> int | None:
    value = details.get("id") if isinstance(details, dict) else None
    return value if isinstance(value, int) else None


def _clinic_ref(row: AuditLog) -> str | None:
    """A clinic's reference; a license's is "clinic-ref/license-id"."""
    if row.object_type not in CLINIC_OBJECTS or not row.object_ref:
        return None
    return row.object_ref.rsplit("/", 1)[0] if row.object_type == "credential" else row.object_ref
