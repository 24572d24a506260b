"""What a clinic receives about a new inquiry: a detail-free e-mail and a signed webhook.

Privacy: e-mail is not a protected channel, so the e-mail names no visitor detail (no
name, contact, preferred time or note). It gives the reference and a link to the clinic
portal, where signed-in clinic staff read the details. The webhook carries the details,
so it goes only to the clinic's own HTTPS endpoint (see ``bot.inquiries.outbox``) and is
signed with the clinic's own secret.

Verifying a webhook (for clinics): compute HMAC-SHA256 over the exact request body bytes
with your webhook secret and compare, in constant time, ``"sha256=" + hexdigest`` with
the ``X-Signature-256`` header, as :func:`verify` does. Only the body is signed; a
notification can be delivered more than once (at-least-once delivery), so treat the
``reference`` as the idempotency key.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Any, Optional

from bot.config import Settings, load_settings
from bot.models import Inquiry

EVENT_CREATED = "inquiry.created"
SIGNATURE_HEADER = "X-Signature-256"
REFERENCE_HEADER = "X-Inquiry-Reference"
SIGNATURE_PREFIX = "sha256="

EMAIL_BODY = """\
Hello {clinic},

A visitor of the ketamine therapy information assistant asked to be contacted by your clinic.

Reference: {reference}
Received:  {received}

For the visitor's privacy this e-mail does not contain their name or contact details.
Sign in to the clinic portal to see the request:

{portal_url}

This message was sent automatically; replies to it are not read.
"""


def portal_url(inquiry: Inquiry, settings: Settings) -> str:
    """The portal page where signed-in clinic staff see this inquiry's details."""
    return f"{settings.public_url.rstrip('/')}/portal/inquiries/{inquiry.reference}"


def _iso_utc(moment: dt.datetime) -> str:
    """ISO 8601 with ``Z``: stored timestamps are naive UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def _mail_domain(settings: Settings) -> str:
    """The domain of ``mail_from``, for the Message-ID (avoids a slow FQDN lookup)."""
    domain = parseaddr(settings.mail_from)[1].rpartition("@")[2]
    return domain or "localhost"


def email_for(inquiry: Inquiry, settings: Settings) -> EmailMessage:
    """The notification e-mail: reference, time and portal link only, never visitor details."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = inquiry.clinic.email
    message["Subject"] = f"New contact request {inquiry.reference}"
    message["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    # Stable per inquiry, so a re-sent copy (at-least-once delivery) is recognisable as the same mail.
    message["Message-ID"] = f"<inquiry.{inquiry.reference}@{_mail_domain(settings)}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(EMAIL_BODY.format(
        clinic=inquiry.clinic.name, reference=inquiry.reference,
        received=inquiry.created_at.strftime("%Y-%m-%d %H:%M UTC"), portal_url=portal_url(inquiry, settings)))
    return message


def webhook_fields(inquiry: Inquiry, settings: Optional[Settings] = None) -> dict[str, Any]:
    """The webhook document as a dict (see :func:`webhook_payload`)."""
    settings = settings or load_settings()
    return {
        "event": EVENT_CREATED,
        "reference": inquiry.reference,
        "clinic_ref": inquiry.clinic.ref,
        "created_at": _iso_utc(inquiry.created_at),
        "first_name": inquiry.first_name,
        "contact": inquiry.contact,
        "contact_kind": inquiry.contact_kind,
        "preferred_time": inquiry.preferred_time,
        "note": inquiry.note,
        "portal_url": portal_url(inquiry, settings),
    }


def webhook_payload(inquiry: Inquiry, settings: Optional[Settings] = None) -> bytes:
    """Compact, key-sorted UTF-8 JSON: the exact bytes that are signed and sent.

    ``settings`` supplies ``public_url`` for ``portal_url`` (default: from the environment).
    """
    document = webhook_fields(inquiry, settings)
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(body: bytes, secret: str) -> str:
    """``"sha256=" + hex HMAC-SHA256`` of exactly ``body`` with the clinic's ``secret``."""
    return SIGNATURE_PREFIX + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: Optional[str]) -> bool:
    """Whether ``header`` (the ``X-Signature-256`` value) signs ``body``; constant-time compare."""
    if not header or not secret:
        return False
    return hmac.compare_digest(sign(body, secret).encode("ascii"), header.strip().encode("utf-8"))


def webhook_headers(signature: str, reference: str) -> dict[str, str]:
    """The request headers sent with a webhook body signed as ``signature``."""
    return {"Content-Type": "application/json", SIGNATURE_HEADER: signature, REFERENCE_HEADER: reference,
            "User-Agent": "ketamine-assistant-outbox/1"}
