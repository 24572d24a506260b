"""Delivering queued notifications (the outbox) with retries, so no inquiry is lost to an outage.

``save_inquiry`` queues one ``OutboxMessage`` per channel in the same transaction as the
inquiry; this module sends them. Each message is handled in its own short transaction:
pick the next due row (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so concurrent workers
never pick the same row; SQLite has no row locks and ignores it), send, record the result.
Delivery is at-least-once: if the process dies after sending but before the commit, the
message is sent again later (the e-mail's Message-ID and the webhook's ``reference`` let
the clinic recognise the duplicate).

Failures are retried with :func:`backoff`; after ``outbox_max_attempts`` attempts a
message becomes ``failed`` and stays in the table, visible in the portal. A message whose
clinic no longer has that channel fails at once. While SMTP is not configured, e-mail
messages stay pending (without using up attempts) and are re-checked every few minutes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import smtplib
import ssl
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import urlsplit

import requests
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.db import session_scope
from bot.inquiries.notify import email_for, sign, webhook_headers, webhook_payload
from bot.models import Inquiry, OutboxMessage, utcnow

log = logging.getLogger(__name__)

NETWORK_TIMEOUT = 10.0  # seconds, per SMTP socket operation / HTTP connect and read
FIRST_RETRY = dt.timedelta(seconds=30)
LONGEST_RETRY = dt.timedelta(hours=1)
NOT_CONFIGURED_RECHECK = dt.timedelta(minutes=5)
MAX_ERROR_CHARS = 500
BATCH = 50
LONGEST_OUTAGE_PAUSE = 60.0  # seconds the worker waits between tries while the database is down
SMTP_NOT_CONFIGURED = "SMTP is not configured"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class DeliveryError(Exception):
    """A delivery attempt failed; worth retrying. The message is safe to store (no secrets)."""


class NoDestination(Exception):
    """The clinic no longer has this channel set up: retrying cannot help."""


class NotConfigured(Exception):
    """This deployment cannot send on the channel yet: wait without using up attempts."""


@dataclass(frozen=True)
class DeliveryReport:
    """What one :func:`deliver_due` run did; ``deferred`` = e-mail waiting for SMTP settings."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    deferred: int = 0

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed + self.deferred


def backoff(attempts: int) -> dt.timedelta:
    """Wait after the ``attempts``-th failed attempt: 30 s, 1 min, 2 min, 4 min … at most 1 hour.

    Doubling keeps a short outage short while not hammering a server that stays down; with
    the default 12 attempts a message is retried for about 5 hours before it is ``failed``.
    """
    exponent = min(max(attempts, 1) - 1, 20)
    return min(FIRST_RETRY * 2**exponent, LONGEST_RETRY)


def _redact(text: str, sensitive: Iterable[str | None]) -> str:
    for value in sensitive:
        if value:
            text = text.replace(value, "***")
    return text


def describe(error: BaseException, sensitive: Iterable[str | None] = ()) -> str:
    """A one-line, secret-free, bounded description of ``error`` for ``last_error`` and logs."""
    detail = re.sub(r"\s+", " ", str(error)).strip()
    text = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return _redact(text, sensitive)[:MAX_ERROR_CHARS]


def _url_secrets(url: str) -> list[str | None]:
    """Parts of a webhook URL that may carry a credential (query string, password)."""
    parts = urlsplit(url)
    return [parts.query, parts.password]


def require_safe_webhook_url(url: str) -> None:
    """Visitor details go only over HTTPS (plain HTTP is allowed to loopback, for development)."""
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS):
        return
    raise DeliveryError("webhook URL must use https: visitor details are never sent unencrypted")


class Transport:
    """The network side of delivery. Every failure raises; nothing is swallowed here."""

    timeout: float = NETWORK_TIMEOUT

    def send_email(self, message: EmailMessage, settings: Settings) -> None:
        """Send ``message`` through the configured SMTP server (SSL, STARTTLS or plain)."""
        if not settings.smtp_host:
            raise NotConfigured(SMTP_NOT_CONFIGURED)
        with self._smtp(settings) as smtp:
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password or "")
            smtp.send_message(message)

    def _smtp(self, settings: Settings) -> smtplib.SMTP:
        security = settings.smtp_security
        if security == "ssl":
            return smtplib.SMTP_SSL(
                settings.smtp_host or "", settings.smtp_port, timeout=self.timeout, context=ssl.create_default_context()
            )
        if security not in ("none", "starttls"):
            raise DeliveryError(f"SMTP_SECURITY must be none, starttls or ssl, not {security!r}")
        smtp = smtplib.SMTP(settings.smtp_host or "", settings.smtp_port, timeout=self.timeout)
        if security == "starttls":
            try:
                smtp.starttls(context=ssl.create_default_context())
            except BaseException:
                smtp.close()
                raise
        return smtp

    def post_webhook(self, url: str, body: bytes, signature: str, reference: str) -> None:
        """POST the signed JSON ``body``; any answer but 2xx (redirects included) is a failure."""
        require_safe_webhook_url(url)
        with requests.post(
            url, data=body, headers=webhook_headers(signature, reference), timeout=self.timeout, allow_redirects=False
        ) as response:
            if not 200 <= response.status_code < 300:
                raise DeliveryError(f"webhook answered HTTP {response.status_code}")


def _send_email(inquiry: Inquiry, settings: Settings, transport: Transport) -> None:
    if not inquiry.clinic.email:
        raise NoDestination("the clinic has no e-mail address any more")
    if not settings.smtp_host:
        raise NotConfigured(SMTP_NOT_CONFIGURED)
    try:
        transport.send_email(email_for(inquiry, settings), settings)
    except (NoDestination, NotConfigured, DeliveryError):
        raise
    except Exception as error:
        raise DeliveryError(describe(error, [settings.smtp_password])) from error


def _send_webhook(inquiry: Inquiry, settings: Settings, transport: Transport) -> None:
    clinic = inquiry.clinic
    if not clinic.webhook_url:
        raise NoDestination("the clinic has no webhook URL any more")
    if not clinic.webhook_secret:
        raise NoDestination("the clinic's webhook has no signing secret")
    body = webhook_payload(inquiry, settings)
    try:
        transport.post_webhook(clinic.webhook_url, body, sign(body, clinic.webhook_secret), inquiry.reference)
    except (NoDestination, NotConfigured, DeliveryError):
        raise
    except Exception as error:
        raise DeliveryError(describe(error, [*_url_secrets(clinic.webhook_url), clinic.webhook_secret])) from error


def _send(message: OutboxMessage, settings: Settings, transport: Transport) -> None:
    if message.channel == "email":
        _send_email(message.inquiry, settings, transport)
    elif message.channel == "webhook":
        _send_webhook(message.inquiry, settings, transport)
    else:
        raise NoDestination(f"unknown channel {message.channel!r}")


def _label(message: OutboxMessage) -> str:
    """Names a message in logs by ids only: loads nothing (the row may not decrypt) and shows no personal data."""
    return f"{message.channel} notification {message.id} of inquiry {message.inquiry_id}"


def _record_sent(message: OutboxMessage, now: dt.datetime) -> str:
    message.status, message.sent_at, message.last_error = "sent", now, None
    message.attempts += 1
    log.info("outbox: %s sent", _label(message))
    return "sent"


def _record_failure(message: OutboxMessage, error: str, settings: Settings, now: dt.datetime) -> str:
    message.attempts += 1
    message.last_error = error[:MAX_ERROR_CHARS]
    if message.attempts >= settings.outbox_max_attempts:
        message.status = "failed"
        log.error(
            "outbox: giving up on %s after %d attempts: %s", _label(message), message.attempts, message.last_error
        )
        return "failed"
    message.next_attempt_at = now + backoff(message.attempts)
    log.warning(
        "outbox: %s failed (attempt %d, next at %s): %s",
        _label(message),
        message.attempts,
        message.next_attempt_at,
        message.last_error,
    )
    return "retried"


def _record_no_destination(message: OutboxMessage, reason: str) -> str:
    message.status, message.last_error = "failed", reason
    log.error("outbox: %s cannot be sent: %s", _label(message), reason)
    return "failed"


def _record_deferred(message: OutboxMessage, reason: str, now: dt.datetime) -> str:
    message.last_error, message.next_attempt_at = reason, now + NOT_CONFIGURED_RECHECK
    log.warning("outbox: %s waits: %s", _label(message), reason)
    return "deferred"


def _deliver(message: OutboxMessage, settings: Settings, transport: Transport, now: dt.datetime) -> str:
    """Send one message and record the outcome on it; database errors propagate."""
    try:
        _send(message, settings, transport)
    except SQLAlchemyError:
        raise
    except NoDestination as error:
        return _record_no_destination(message, str(error))
    except NotConfigured as error:
        return _record_deferred(message, str(error), now)
    except DeliveryError as error:
        return _record_failure(message, str(error), settings, now)
    except Exception as error:  # e.g. an undecryptable row: counts as a failed attempt, never crashes the run
        return _record_failure(message, describe(error), settings, now)
    return _record_sent(message, now)


def _next_due(session: Session, now: dt.datetime) -> OutboxMessage | None:
    query = (
        select(OutboxMessage)
        .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(1)
        .with_for_update(skip_locked=True, of=OutboxMessage)
    )
    return session.execute(query).scalar_one_or_none()


def deliver_due(
    engine: Engine,
    settings: Settings,
    *,
    now: dt.datetime | None = None,
    limit: int = BATCH,
    transport: Transport | None = None,
) -> DeliveryReport:
    """Send up to ``limit`` due messages, one transaction each; returns what happened.

    Delivery errors are recorded on the message, never raised; a database error is raised
    (the worker waits it out). ``now`` (naive UTC) is for tests that move the clock.
    """
    now = now or utcnow()
    transport = transport or Transport()
    outcomes: Counter[str] = Counter()
    for _ in range(limit):
        with session_scope(engine) as session:
            message = _next_due(session, now)
            if message is None:
                break
            outcomes[_deliver(message, settings, transport, now)] += 1
    report = DeliveryReport(**outcomes)
    if report.handled:
        log.info("outbox: %s", report)
    return report


def run_worker(
    engine: Engine, settings: Settings, *, interval: float = 5.0, stop: threading.Event | None = None
) -> None:
    """Deliver due messages every ``interval`` seconds until ``stop`` is set.

    A database outage is logged and waited out (pauses double up to a minute), so the worker
    needs no supervisor to recover; a full batch is followed at once by the next one.
    """
    stop = stop or threading.Event()
    outages = 0
    log.info("outbox worker started (every %.1f s)", interval)
    while not stop.is_set():
        try:
            report = deliver_due(engine, settings)
        except Exception as error:
            outages += 1
            pause = min(interval * 2 ** min(outages - 1, 10), LONGEST_OUTAGE_PAUSE)
            log.error(
                "outbox worker: run failed, database unavailable? (%s); retrying in %.1f s",
                describe(error),
                pause,
                exc_info=outages == 1,
            )
            stop.wait(pause)
            continue
        if outages:
            log.info("outbox worker: running again after %d failed runs", outages)
            outages = 0
        if report.handled < BATCH:
            stop.wait(interval)
    log.info("outbox worker stopped")
