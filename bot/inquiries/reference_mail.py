"""E-mailing visitors their own inquiry reference, when they ask for it in the chat.

The address is never taken from the conversation: it is read from the saved inquiry, where it
is encrypted, so the e-mail can only go to the address the visitor gave (with their consent)
in that request, and only when they gave an e-mail address rather than a phone number. The
message names the reference, the clinic and its phone, nothing the visitor wrote.

It is sent at once through the outbox's SMTP transport, so the visitor is told in the chat
whether it went; there is nothing to retry later (the reference is also on their screen).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

from bot.config import Settings
from bot.db import session_scope
from bot.inquiries.contact import mask_contact
from bot.inquiries.outbox import Transport, describe
from bot.models import Inquiry

log = logging.getLogger(__name__)

BODY = """\
Hello,

You asked the ketamine therapy information assistant to e-mail you the reference of your
contact request.

Reference: {reference}
Clinic:    {clinic}
Phone:     {phone}

The clinic usually gets in touch within two business days. If you don't hear back, call them
and give this reference.

If you need to talk to someone now, call or text 988 (Suicide & Crisis Lifeline, free, 24/7).

This message was sent automatically because you asked for it; replies to it are not read.
"""


class Outcome(enum.Enum):
    SENT = "sent"
    NO_EMAIL = "no_email"  # the visitor gave a phone number
    UNKNOWN = "unknown"  # no such inquiry (any more)
    UNAVAILABLE = "unavailable"  # SMTP not configured or the server refused


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    masked: str | None = None  # the address as the chat may show it: ``s•••@example.com``


def can_send(settings: Settings) -> bool:
    """Whether this deployment can send e-mail at all (an SMTP server is configured)."""
    return bool(settings.smtp_host)


def reference_email(inquiry: Inquiry, settings: Settings) -> EmailMessage:
    """The visitor's copy: reference, clinic and clinic phone, to the inquiry's own address."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = inquiry.contact
    message["Subject"] = f"Your contact request reference {inquiry.reference}"
    message["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<reference.{inquiry.reference}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(
        BODY.format(reference=inquiry.reference, clinic=inquiry.clinic.name, phone=inquiry.clinic.phone)
    )
    return message


def email_reference(engine: Engine, reference: str, settings: Settings, transport: Transport | None = None) -> Result:
    """Send ``reference`` to the e-mail address saved with that inquiry, if it has one."""
    with session_scope(engine) as session:
        inquiry = session.execute(
            select(Inquiry).where(Inquiry.reference == reference).options(selectinload(Inquiry.clinic))
        ).scalar_one_or_none()
        if inquiry is None:
            return Result(Outcome.UNKNOWN)
        if inquiry.contact_kind != "email":
            return Result(Outcome.NO_EMAIL)
        masked = mask_contact(inquiry.contact)
        if not can_send(settings):
            return Result(Outcome.UNAVAILABLE, masked)
        message = reference_email(inquiry, settings)
    try:
        (transport or Transport()).send_email(message, settings)
    except Exception as error:  # any failure: the visitor is told, the reference stays on screen
        log.warning(
            "could not e-mail reference %s to its visitor: %s",
            reference,
            describe(error, [settings.smtp_password, message["To"]]),
        )
        return Result(Outcome.UNAVAILABLE, masked)
    log.info("reference %s e-mailed to its visitor", reference)
    return Result(Outcome.SENT, masked)
