"""What a clinic receives about a new inquiry: a detail-free e-mail and a signed webhook.

Privacy: e-mail is not a protected channel, so the e-mail names no visitor detail (no
name, contact, preferred time or note). It gives the reference and a link to the clinic
portal, where signed-in clinic staff read the details. The webhook carries the details,
so it goes only to the clinic's own HTTPS endpoint (see ``bot.inquiries.outbox``) and is
signed with the clinic's own secret.

Verifying a webhook (for clinics): the ``X-Signature`` header reads ``t=<unix
seconds>,v1=<hex>``. Compute HMAC-SHA256 with your webhook secret over the bytes
``<t>.<exact request body>``, compare it with ``v1`` in constant time, and reject the
request when ``t`` is more than five minutes from your clock, as :func:`verify` does: the
timestamp is signed with the body, so a captured delivery cannot be replayed later. A
notification can still be delivered more than once (at-least-once delivery, each attempt
signed afresh), so treat the ``reference`` as the idempotency key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import time
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Any

from bot.config import Settings, load_settings
from bot.models import Inquiry

EVENT_CREATED = "inquiry.created"
SIGNATURE_HEADER = "X-Signature"
REFERENCE_HEADER = "X-Inquiry-Reference"
SIGNATURE_TOLERANCE_SECONDS = 300  # receivers reject a signature timestamped further from their clock

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
    message.set_content(
        EMAIL_BODY.format(
            clinic=inquiry.clinic.name,
            reference=inquiry.reference,
            received=inquiry.created_at.strftime("%Y-%m-%d %H:%M UTC"),
            portal_url=portal_url(inquiry, settings),
        )
    )
    return message


def webhook_fields(inquiry: Inquiry, settings: Settings | None = None) -> dict[str, Any]:
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


def webhook_payload(inquiry: Inquiry, settings: Settings | None = None) -> bytes:
    """Compact, key-sorted UTF-8 JSON: the exact bytes that are signed and sent.

    ``settings`` supplies ``public_url`` for ``portal_url`` (default: from the environment).
    """
    document = webhook_fields(inquiry, settings)
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def sign(body: bytes, secret: str, *, timestamp: int | None = None) -> str:
    """The ``X-Signature`` value ``t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">``."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={_digest(secret, timestamp, body)}"


def verify(
    body: bytes,
    secret: str,
    header: str | None,
    *,
    now: float | None = None,
    tolerance: int = SIGNATURE_TOLERANCE_SECONDS,
) -> bool:
    """Whether ``header`` signs ``body`` with ``secret`` at a time within ``tolerance`` of ``now``."""
    if not header or not secret:
        return False
    parts = dict(part.strip().split("=", 1) for part in header.split(",") if "=" in part)
    timestamp, signature = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs((time.time() if now is None else now) - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(_digest(secret, int(timestamp), body).encode("ascii"), signature.encode("utf-8"))


def webhook_headers(signature: str, reference: str) -> dict[str, str]:
    """The request headers sent with a webhook body signed as ``signature``."""
    return {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature,
        REFERENCE_HEADER: reference,
        "User-Agent": "ketamine-assistant-outbox/1",
    }
