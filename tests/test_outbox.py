"""Outbox delivery against real loopback servers (an aiosmtpd SMTP server and an HTTP server): backoff and
signatures, e-mail and signed webhook delivery that names no visitor detail, retries until a server comes
back, giving up after the maximum attempts, clear failure reasons, and two workers never sending the
same message.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import threading

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select

from bot.db import session_scope
from bot.inquiries.notify import REFERENCE_HEADER, SIGNATURE_HEADER, sign, verify
from bot.inquiries.outbox import SMTP_NOT_CONFIGURED, DeliveryReport, backoff, deliver_due
from bot.models import Inquiry, OutboxMessage, utcnow
from tests.outbox_helpers import (  # noqa: F401 - fixtures are used by name
    CLINIC_SECRET,
    VISITOR_DETAILS,
    add_clinic,
    add_inquiry,
    outbox,
    settings_for,
    smtp,
    webhook,
)
from tests.smtp_sink import smtp_server
from tooling.stack import free_port

# --- pure functions -----------------------------------------------------------------------------


def test_backoff_doubles_from_30_seconds_and_is_capped_at_one_hour() -> None:
    waits = [backoff(attempts).total_seconds() for attempts in range(1, 10)]
    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert backoff(0) == dt.timedelta(seconds=30)
    assert backoff(10_000) == dt.timedelta(hours=1)


def test_signature_verifies_only_the_exact_body_with_the_right_secret() -> None:
    body = b'{"event":"inquiry.created","reference":"KT-7F3K-92QD"}'
    header = sign(body, "s3cret")
    timestamp, digest = header.split(",")
    assert timestamp.startswith("t=") and digest.startswith("v1=") and len(digest) == len("v1=") + 64
    assert verify(body, "s3cret", header)
    assert not verify(body, "another", header)
    assert not verify(body + b" ", "s3cret", header)
    assert not verify(body, "s3cret", digest) and not verify(body, "s3cret", timestamp)
    assert not verify(body, "s3cret", None) and not verify(body, "s3cret", "")


def test_a_captured_delivery_cannot_be_replayed_later() -> None:
    body = b'{"event":"inquiry.created","reference":"KT-7F3K-92QD"}'
    signed_at = 1_800_000_000
    header = sign(body, "s3cret", timestamp=signed_at)
    assert verify(body, "s3cret", header, now=signed_at + 299)
    assert not verify(body, "s3cret", header, now=signed_at + 301)  # replayed six minutes later
    assert not verify(body, "s3cret", header, now=signed_at - 301)
    # Moving the timestamp forward breaks the signature: the time is signed with the body.
    digest = header.split(",")[1]
    assert not verify(body, "s3cret", f"t={signed_at + 600},{digest}", now=signed_at + 600)


# --- delivery -----------------------------------------------------------------------------------


def test_email_is_delivered_once_and_names_no_visitor_detail(engine, smtp) -> None:
    sink, port = smtp
    add_clinic(engine)
    reference = add_inquiry(engine)
    settings = settings_for(port)

    assert deliver_due(engine, settings) == DeliveryReport(sent=1)
    assert deliver_due(engine, settings) == DeliveryReport()

    assert len(sink.envelopes) == 1
    envelope = sink.envelopes[0]
    assert envelope.mail_from == "no-reply@assistant.test" and envelope.rcpt_tos == ["intake@c1.example"]
    raw = envelope.content.decode("utf-8", "replace")
    assert not [detail for detail in VISITOR_DETAILS if detail.lower() in raw.lower()]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["Subject"] == f"New contact request {reference}"
    assert message["Auto-Submitted"] == "auto-generated" and message["Message-ID"] and message["Date"]
    text = message.get_content()
    assert f"https://assistant.test/portal/inquiries/{reference}" in text and reference in text
    sent = outbox(engine, reference)["email"]
    assert (sent.status, sent.attempts, sent.last_error) == ("sent", 1, None) and sent.sent_at


def test_smtp_login_is_used_when_a_username_is_set(engine) -> None:
    port = free_port()
    add_clinic(engine)
    reference = add_inquiry(engine)
    with smtp_server(port, with_auth=True) as sink:
        report = deliver_due(engine, settings_for(port, smtp_username="outbox", smtp_password="pw-123"))
    assert report == DeliveryReport(sent=1)
    assert sink.logins == [(b"outbox", b"pw-123")] and len(sink.envelopes) == 1
    assert outbox(engine, reference)["email"].status == "sent"


def test_webhook_is_signed_json_with_the_details(engine, webhook) -> None:
    add_clinic(engine, email=False, webhook_url=webhook.url)
    reference = add_inquiry(engine)

    assert deliver_due(engine, settings_for()) == DeliveryReport(sent=1)

    assert len(webhook.requests) == 1
    received = webhook.requests[0]
    assert received.headers["Content-Type"] == "application/json"
    assert received.headers[REFERENCE_HEADER] == reference
    assert verify(received.body, CLINIC_SECRET, received.headers[SIGNATURE_HEADER])
    assert not verify(received.body, "not-the-clinic-secret", received.headers[SIGNATURE_HEADER])
    document = json.loads(received.body.decode("utf-8"))
    assert received.body == json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
    created_at = document.pop("created_at")
    assert created_at.endswith("Z") and dt.datetime.fromisoformat(created_at[:-1])
    assert document == {
        "event": "inquiry.created",
        "reference": reference,
        "clinic_ref": "c1",
        "first_name": "Zebulon",
        "contact": "zeb.visitor@example.org",
        "contact_kind": "email",
        "preferred_time": "weekday mornings",
        "note": "Curious about IV sessions",
        "portal_url": f"https://assistant.test/portal/inquiries/{reference}",
    }


def test_smtp_down_then_up_delivers_later_and_loses_nothing(engine) -> None:
    port = free_port()  # nothing listens here yet
    settings = settings_for(port)
    add_clinic(engine)
    reference = add_inquiry(engine)
    start = utcnow()

    assert deliver_due(engine, settings, now=start) == DeliveryReport(retried=1)
    waiting = outbox(engine, reference)["email"]
    assert (waiting.status, waiting.attempts) == ("pending", 1)
    assert waiting.next_attempt_at == start + dt.timedelta(seconds=30)
    assert waiting.last_error and "refused" in waiting.last_error.lower()
    assert deliver_due(engine, settings, now=start) == DeliveryReport()  # not due yet

    with smtp_server(port) as sink:
        report = deliver_due(engine, settings, now=waiting.next_attempt_at + dt.timedelta(seconds=1))
    assert report == DeliveryReport(sent=1) and len(sink.envelopes) == 1
    sent = outbox(engine, reference)["email"]
    assert (sent.status, sent.attempts, sent.last_error) == ("sent", 2, None)


def test_webhook_500_is_retried_then_sent(engine, webhook) -> None:
    webhook.statuses.extend([500])
    add_clinic(engine, email=False, webhook_url=webhook.url)
    reference = add_inquiry(engine)
    settings, start = settings_for(), utcnow()

    assert deliver_due(engine, settings, now=start) == DeliveryReport(retried=1)
    waiting = outbox(engine, reference)["webhook"]
    assert (waiting.status, waiting.attempts, waiting.last_error) == ("pending", 1, "webhook answered HTTP 500")

    assert deliver_due(engine, settings, now=start + dt.timedelta(seconds=31)) == DeliveryReport(sent=1)
    assert outbox(engine, reference)["webhook"].status == "sent"
    assert [received.body for received in webhook.requests] == [webhook.requests[0].body] * 2


def test_gives_up_after_max_attempts_and_keeps_the_row(engine, webhook) -> None:
    webhook.statuses.extend([500] * 10)
    add_clinic(engine, email=False, webhook_url=webhook.url)
    reference = add_inquiry(engine)
    settings, start = settings_for(outbox_max_attempts=3), utcnow()

    reports = [deliver_due(engine, settings, now=start + dt.timedelta(hours=2 * run)) for run in range(3)]
    assert reports == [DeliveryReport(retried=1), DeliveryReport(retried=1), DeliveryReport(failed=1)]
    failed = outbox(engine, reference)["webhook"]
    assert (failed.status, failed.attempts, failed.last_error) == ("failed", 3, "webhook answered HTTP 500")
    assert deliver_due(engine, settings, now=start + dt.timedelta(days=2)) == DeliveryReport()
    assert len(webhook.requests) == 3
    with session_scope(engine) as session:
        assert session.execute(select(func.count()).select_from(OutboxMessage)).scalar_one() == 1


def test_email_waits_while_smtp_is_not_configured(engine) -> None:
    add_clinic(engine)
    reference = add_inquiry(engine)
    settings, start = settings_for(smtp_port=None), utcnow()

    for run in range(20):  # however long it takes, it neither uses up attempts nor is dropped
        deliver_due(engine, settings, now=start + dt.timedelta(hours=run))
    waiting = outbox(engine, reference)["email"]
    assert (waiting.status, waiting.attempts, waiting.last_error) == ("pending", 0, SMTP_NOT_CONFIGURED)
    assert waiting.next_attempt_at == start + dt.timedelta(hours=19, minutes=5)


def test_a_channel_the_clinic_no_longer_has_fails_with_a_clear_reason(engine, smtp) -> None:
    sink, port = smtp
    add_clinic(engine)
    reference = add_inquiry(engine)
    with session_scope(engine) as session:
        session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one().clinic.email = None

    assert deliver_due(engine, settings_for(port)) == DeliveryReport(failed=1)
    failed = outbox(engine, reference)["email"]
    assert (failed.status, failed.last_error) == ("failed", "the clinic has no e-mail address any more")
    assert sink.envelopes == []


def test_plain_http_webhook_is_refused_and_errors_name_no_secret(engine) -> None:
    add_clinic(engine, email=False, webhook_url="http://clinic.example/hook")
    insecure = add_inquiry(engine)
    add_clinic(engine, email=False, webhook_url=f"http://127.0.0.1:{free_port()}/hook?token=tok-98765", ref="c2")
    unreachable = add_inquiry(engine, "c2")

    assert deliver_due(engine, settings_for()) == DeliveryReport(retried=2)
    assert "https" in outbox(engine, insecure)["webhook"].last_error
    error = outbox(engine, unreachable)["webhook"].last_error
    assert error.startswith("ConnectionError") and "tok-98765" not in error and len(error) <= 500


def test_an_undecryptable_inquiry_is_a_failed_attempt_not_a_crash(
    engine, smtp, monkeypatch: pytest.MonkeyPatch
) -> None:
    sink, port = smtp
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", Fernet.generate_key().decode())
    add_clinic(engine)
    add_clinic(engine, ref="c2")
    lost = add_inquiry(engine)
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", Fernet.generate_key().decode())  # the old key is gone
    readable = add_inquiry(engine, "c2")

    assert deliver_due(engine, settings_for(port)) == DeliveryReport(sent=1, retried=1)
    assert outbox(engine, lost)["email"].last_error == "InvalidToken"
    assert outbox(engine, readable)["email"].status == "sent" and len(sink.envelopes) == 1


def test_each_channel_records_its_delivery_state(engine, smtp, webhook) -> None:
    sink, port = smtp
    webhook.statuses.append(503)
    add_clinic(engine, webhook_url=webhook.url)
    reference = add_inquiry(engine)
    start = utcnow()
    deliver_due(engine, settings_for(port), now=start)

    rows = outbox(engine, reference)
    email, hook = rows["email"], rows["webhook"]
    assert (email.status, email.attempts, email.last_error, email.sent_at) == ("sent", 1, None, start)
    assert (hook.status, hook.attempts, hook.last_error, hook.sent_at, hook.next_attempt_at) == (
        "pending",
        1,
        "webhook answered HTTP 503",
        None,
        start + dt.timedelta(seconds=30),
    )


def test_two_workers_never_send_the_same_message(postgres_engine, webhook) -> None:
    """PostgreSQL only: SQLite has no row locks, so run one outbox worker per SQLite database."""
    engine = postgres_engine
    webhook.delay = 0.05
    add_clinic(engine, email=False, webhook_url=webhook.url)
    references = sorted(add_inquiry(engine) for _ in range(8))
    reports: list[DeliveryReport] = []
    workers = [threading.Thread(target=lambda: reports.append(deliver_due(engine, settings_for()))) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)

    assert sorted(received.headers[REFERENCE_HEADER] for received in webhook.requests) == references
    assert sum(report.sent for report in reports) == 8 and all(report.sent for report in reports)
