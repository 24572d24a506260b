"""What a clinic account does with its own inquiries: list, page, filter, read, change status, annotate.

Every query starts from :func:`own_inquiries`, scoped to the acting account's clinic, so another
clinic's inquiry is found exactly as often as a reference that does not exist: never. Each status
change writes the inquiry's status history and an audit entry in the same transaction; each note
writes an audit entry that says a note was added, never what it says (it may hold contact details).
Plain Python (no Flask); functions take the caller's session and never commit.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.sql import Select

from bot import audit
from bot.models import INQUIRY_NOTE_MAX_CHARS, INQUIRY_STATUSES, Inquiry, InquiryNote, InquiryStatusChange
from bot.paging import Page, paginate

log = logging.getLogger(__name__)

PAGE_SIZE = 50
NEWEST_FIRST = (Inquiry.created_at.desc(), Inquiry.id.desc())


def own_inquiries(clinic_id: int, status: str | None = None) -> Select:
    """Inquiries of one clinic (optionally of one status), and nothing else: the base of every query here."""
    query = select(Inquiry).where(Inquiry.clinic_id == clinic_id)
    return query.where(Inquiry.status == status) if status else query


def inquiry_page(
    session: Session, clinic_id: int, status: str | None = None, page: int | None = 1, per_page: int = PAGE_SIZE
) -> Page[Inquiry]:
    """One page of the clinic's inquiries, newest first, optionally of one status."""
    return paginate(session, own_inquiries(clinic_id, status).order_by(*NEWEST_FIRST), page, per_page)


def new_count(session: Session, clinic_id: int) -> int:
    """How many of the clinic's inquiries still wait for a first contact."""
    query = select(func.count()).select_from(own_inquiries(clinic_id, "new").subquery())
    return session.execute(query).scalar_one()


def export_rows(session: Session, clinic_id: int, status: str | None = None) -> Sequence[Inquiry]:
    """All of the clinic's inquiries (or one status), newest first, with their notifications, for the CSV."""
    query = own_inquiries(clinic_id, status).options(selectinload(Inquiry.notifications)).order_by(*NEWEST_FIRST)
    return session.execute(query).scalars().all()


def own_inquiry(session: Session, clinic_id: int, reference: str) -> Inquiry | None:
    """The clinic's inquiry with this reference, with notifications, notes and status history; else None."""
    query = (
        own_inquiries(clinic_id)
        .where(Inquiry.reference == reference)
        .options(
            selectinload(Inquiry.notifications),
            selectinload(Inquiry.notes).joinedload(InquiryNote.author),
            selectinload(Inquiry.status_changes).joinedload(InquiryStatusChange.user),
        )
    )
    return session.execute(query).scalar_one_or_none()


def _for_change(session: Session, clinic_id: int, reference: str) -> Inquiry | None:
    query = own_inquiries(clinic_id).where(Inquiry.reference == reference).options(joinedload(Inquiry.clinic))
    return session.execute(query).scalar_one_or_none()


def change_status(session: Session, clinic_id: int, user_id: int, reference: str, status: str) -> Inquiry | None:
    """Set the status of the clinic's inquiry (None if the clinic has none with this reference).

    A real change adds a status-history row and an audit entry; setting the status it already
    has changes nothing. ValueError for a status that does not exist.
    """
    if status not in INQUIRY_STATUSES:
        raise ValueError(f"Unknown status {status!r}: choose one of {', '.join(INQUIRY_STATUSES)}.")
    found = _for_change(session, clinic_id, reference)
    if found is None or found.status == status:
        return found
    previous, found.status = found.status, status
    session.add(InquiryStatusChange(inquiry=found, user_id=user_id, from_status=previous, to_status=status))
    audit.record(
        session,
        user_id,
        "inquiry.status",
        "inquiry",
        reference,
        {"from": previous, "to": status, "clinic": found.clinic.ref},
    )
    log.info("inquiry %s: %s -> %s by account id %s", reference, previous, status, user_id)
    return found


def add_note(session: Session, clinic_id: int, user_id: int, reference: str, body: str) -> InquiryNote | None:
    """Add an internal note to the clinic's inquiry (None if the clinic has none with this reference).

    ValueError for a note that is empty or longer than :data:`bot.models.INQUIRY_NOTE_MAX_CHARS`.
    """
    text = body.strip()
    if not text:
        raise ValueError("Write the note first.")
    if len(text) > INQUIRY_NOTE_MAX_CHARS:
        raise ValueError(f"A note can be at most {INQUIRY_NOTE_MAX_CHARS} characters long.")
    found = _for_change(session, clinic_id, reference)
    if found is None:
        return None
    note = InquiryNote(inquiry=found, author_id=user_id, body=text)
    session.add(note)
    audit.record(session, user_id, "inquiry.note", "inquiry", reference, {"clinic": found.clinic.ref})
    return note
