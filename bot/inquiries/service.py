"""Saving an inquiry and queueing its notifications in one transaction.

The saved inquiry is the record of the request (not the chat tracker): once this
commits, the outbox guarantees the clinic is told, however long SMTP or its webhook is down.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.models import Clinic, Inquiry, OutboxMessage, utcnow

log = logging.getLogger(__name__)
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: easy to read out on the phone
MAX_NOTE_CHARS = 1000


class UnknownClinic(LookupError):
    """The clinic the visitor chose is not (or no longer) in the directory."""


@dataclass(frozen=True)
class NewInquiry:
    clinic_ref: str
    first_name: str
    contact: str
    contact_kind: Literal["email", "phone"]
    preferred_time: str | None
    note: str | None
    source: Literal["chat", "embed"] = "chat"


def new_reference() -> str:
    """A short reference a visitor can read out, e.g. ``KT-7F3K-92QD``."""
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"KT-{body[:4]}-{body[4:]}"


def notification_channels(clinic: Clinic) -> list[str]:
    return [channel for channel, configured in (("email", clinic.email), ("webhook", clinic.webhook_url)) if configured]


def save_inquiry(session: Session, request: NewInquiry, *, consent_at: dt.datetime | None = None) -> Inquiry:
    """Store the inquiry and one outbox message per configured channel; returns it (flushed)."""
    clinic = session.execute(select(Clinic).where(Clinic.ref == request.clinic_ref)).scalar_one_or_none()
    if clinic is None:
        raise UnknownClinic(request.clinic_ref)
    inquiry = Inquiry(
        reference=new_reference(),
        clinic=clinic,
        first_name=request.first_name.strip()[:100],
        contact=request.contact,
        contact_kind=request.contact_kind,
        preferred_time=(request.preferred_time or "").strip()[:200] or None,
        note=(request.note or "").strip()[:MAX_NOTE_CHARS] or None,
        consent_at=consent_at or utcnow(),
        source=request.source,
        status="new",
    )
    inquiry.notifications = [OutboxMessage(channel=channel) for channel in notification_channels(clinic)]
    if not inquiry.notifications:
        log.warning(
            "clinic %s has no e-mail or webhook: inquiry %s waits in the portal only", clinic.ref, inquiry.reference
        )
    session.add(inquiry)
    session.flush()
    return inquiry


def purge_inquiries(session: Session, older_than_days: int, *, now: dt.datetime | None = None) -> int:
    """Delete inquiries (and their outbox rows) created more than ``older_than_days`` ago."""
    cutoff = (now or utcnow()) - dt.timedelta(days=older_than_days)
    old_ids = select(Inquiry.id).where(Inquiry.created_at < cutoff)
    session.execute(
        delete(OutboxMessage).where(OutboxMessage.inquiry_id.in_(old_ids)),
        execution_options={"synchronize_session": False},
    )
    result = session.execute(
        delete(Inquiry).where(Inquiry.created_at < cutoff), execution_options={"synchronize_session": False}
    )
    return result.rowcount or 0
