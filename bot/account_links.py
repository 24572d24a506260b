"""Set-password links: invitations for new accounts and password resets, with no table behind them.

A link carries a token signed with the web app's secret (itsdangerous), salted per purpose so
an invitation cannot pass for a reset, nor for anything else the secret signs. The token holds
the account id and a keyed fingerprint of the account's stored password hash: setting a
password changes the hash, so a link works once and every older link of that account stops
working too (the design of Django's password-reset tokens). Its age is checked against the
purpose's lifetime (``INVITATION_LINK_HOURS``, ``RESET_LINK_HOURS``).

Links are e-mailed through the outbox's SMTP transport when SMTP is configured; the
administrator also sees the link once, to pass it on. Plain Python (no Flask); nothing here commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from typing import Any

from itsdangerous import BadSignature, TimestampSigner, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.inquiries.outbox import SMTP_NOT_CONFIGURED, Transport, describe
from bot.local_time import format_local, org_zone
from bot.models import User, utcnow

log = logging.getLogger(__name__)

PURPOSES = ("invitation", "reset")
MAX_TOKEN_CHARS = 400  # real tokens are about 100 characters; longer ones are not even parsed
EXPIRED = "This link has expired. Ask an administrator for a new one."
USED = (
    "This link has already been used, or the password was changed after the link was made. "
    "Log in with your password, or ask an administrator for a new link."
)
INVALID = "This link is not valid. Check that you copied the whole link, or ask an administrator for a new one."
DISABLED = "This account is disabled. Ask an administrator to enable it."

EMAIL_SUBJECTS = {
    "invitation": "Your account for the ketamine therapy assistant",
    "reset": "Set a new password for the ketamine therapy assistant",
}
EMAIL_INTRO = {
    "invitation": "An administrator created an account for {email} on the ketamine therapy assistant.\n"
    "Choose your password with this link:",
    "reset": "An administrator made a link to set a new password for {email} on the ketamine therapy "
    "assistant.\nChoose your new password with this link:",
}
EMAIL_BODY = """\
Hello,

{intro}

{url}

The link works once, until {expires}. If you did not expect this e-mail,
ignore it and tell the administrator who runs the assistant.

This message was sent automatically; replies to it are not read.
"""


class LinkRefused(Exception):
    """The link cannot be used; ``str(error)`` says why, in words its holder can act on."""


@dataclass(frozen=True)
class Link:
    """A freshly made link: its token (for the URL), what it is for and when it stops working."""

    token: str
    purpose: str
    expires_at: dt.datetime  # naive UTC, like every stored time


class _SignerAt(TimestampSigner):
    """A timestamp signer whose clock can be set, so tests make a link 'issued' in the past."""

    def __init__(self, *args: Any, issued_at: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.issued_at = issued_at

    def get_timestamp(self) -> int:
        return self.issued_at if self.issued_at is not None else super().get_timestamp()


def lifetime(settings: Settings, purpose: str) -> dt.timedelta:
    """How long a link of this purpose works."""
    hours = settings.invitation_link_hours if purpose == "invitation" else settings.reset_link_hours
    return dt.timedelta(hours=hours)


def _fingerprint(secret: str, password_hash: str) -> str:
    """Keyed, so the (readable) token tells nothing about the hash; labelled, so it differs from
    the session fingerprint of web.guards."""
    return hmac.new(
        secret.encode("utf-8"), b"account-link\0" + password_hash.encode("utf-8"), hashlib.sha256
    ).hexdigest()[:24]


def _serializer(secret: str, purpose: str, issued_at: dt.datetime | None = None) -> URLSafeTimedSerializer:
    stamp = None if issued_at is None else int(issued_at.replace(tzinfo=dt.timezone.utc).timestamp())
    return URLSafeTimedSerializer(
        secret, salt=f"account-link.{purpose}", signer=_SignerAt, signer_kwargs={"issued_at": stamp}
    )


def make_link(secret: str, user: User, purpose: str, settings: Settings, now: dt.datetime | None = None) -> Link:
    """A link for ``user`` to set a password; ``now`` (naive UTC) is for tests that move the clock."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown link purpose {purpose!r}")
    issued = (now or utcnow()).replace(microsecond=0)
    token = _serializer(secret, purpose, issued).dumps({"id": user.id, "fp": _fingerprint(secret, user.password_hash)})
    return Link(token=token, purpose=purpose, expires_at=issued + lifetime(settings, purpose))


def _read(secret: str, token: str) -> tuple[dict, dt.datetime, str]:
    """The payload, issue time (naive UTC) and purpose of a token this secret signed, else LinkRefused."""
    if not token or len(token) > MAX_TOKEN_CHARS:
        raise LinkRefused(INVALID)
    for purpose in PURPOSES:
        try:
            payload, issued = _serializer(secret, purpose).loads(token, return_timestamp=True)
        except BadSignature:
            continue
        if isinstance(payload, dict) and isinstance(payload.get("id"), int) and isinstance(payload.get("fp"), str):
            return payload, issued.astimezone(dt.timezone.utc).replace(tzinfo=None), purpose
        break
    raise LinkRefused(INVALID)


def open_link(
    session: Session, secret: str, token: str, settings: Settings, now: dt.datetime | None = None
) -> tuple[User, str]:
    """The account and purpose of a link that may still be used, else LinkRefused saying why."""
    payload, issued, purpose = _read(secret, token)
    if (now or utcnow()) - issued > lifetime(settings, purpose):
        raise LinkRefused(EXPIRED)
    user = session.get(User, payload["id"])
    if user is None:
        raise LinkRefused(INVALID)
    if not hmac.compare_digest(payload["fp"], _fingerprint(secret, user.password_hash)):
        raise LinkRefused(USED)
    if not user.active:
        raise LinkRefused(DISABLED)
    return user, purpose


def link_email(user: User, url: str, link: Link, settings: Settings) -> EmailMessage:
    """The e-mail that gives ``user`` their link."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = user.email
    message["Subject"] = EMAIL_SUBJECTS[link.purpose]
    message["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    message["Message-ID"] = make_msgid(domain=parseaddr(settings.mail_from)[1].rpartition("@")[2] or "localhost")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(
        EMAIL_BODY.format(
            intro=EMAIL_INTRO[link.purpose].format(email=user.email),
            url=url,
            expires=format_local(link.expires_at, org_zone(settings.org_timezone)),
        )
    )
    return message


def send_link(user: User, url: str, link: Link, settings: Settings, transport: Transport | None = None) -> str | None:
    """E-mail the link now; None when sent, else why not (SMTP not configured, or the server's error)."""
    if not settings.smtp_host:
        return SMTP_NOT_CONFIGURED
    try:
        (transport or Transport()).send_email(link_email(user, url, link, settings), settings)
    except Exception as error:  # any SMTP or network failure: the administrator still has the link
        problem = describe(error, [settings.smtp_password])
        log.warning("could not e-mail the %s link of account id %s: %s", link.purpose, user.id, problem)
        return problem
    log.info("e-mailed the %s link of account id %s", link.purpose, user.id)
    return None
