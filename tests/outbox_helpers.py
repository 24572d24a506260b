"""Fixtures and helpers the outbox test modules share: a loopback SMTP server and webhook receiver, a
visitor's details, settings pointing at the loopback server, clinics and inquiries stored, and an
inquiry's outbox rows read back. Test modules import the fixtures by name.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.config import Settings, load_settings
from bot.db import session_scope
from bot.inquiries.service import NewInquiry, save_inquiry
from bot.models import Inquiry, OutboxMessage
from tests.clinic_factory import make_clinic
from tests.smtp_sink import SmtpSink, smtp_server
from tests.webhook_receiver import WebhookReceiver, webhook_server
from tooling.stack import free_port

VISITOR = dict(
    first_name="Zebulon",
    contact="zeb.visitor@example.org",
    contact_kind="email",
    preferred_time="weekday mornings",
    note="Curious about IV sessions",
)
VISITOR_DETAILS = ["Zebulon", "zeb.visitor", "example.org", "weekday mornings", "IV sessions"]
CLINIC_SECRET = "clinic-webhook-secret"


@pytest.fixture
def smtp() -> Iterator[tuple[SmtpSink, int]]:
    port = free_port()
    with smtp_server(port) as sink:
        yield sink, port


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    with webhook_server() as receiver:
        yield receiver


def settings_for(smtp_port: int | None = None, **changes: object) -> Settings:
    """Settings pointing at the loopback SMTP server (or with SMTP unset when no port)."""
    base = replace(
        load_settings(),
        smtp_host="127.0.0.1" if smtp_port else None,
        smtp_port=smtp_port or 25,
        smtp_username=None,
        smtp_password=None,
        smtp_security="none",
        mail_from="Ketamine assistant <no-reply@assistant.test>",
        public_url="https://assistant.test",
        outbox_max_attempts=12,
    )
    return replace(base, **changes)


def add_clinic(engine, *, email: bool = True, webhook_url: str | None = None, ref: str = "c1") -> None:
    with session_scope(engine) as session:
        clinic = make_clinic(ref, 33.7, -84.4)
        clinic.email = f"intake@{ref}.example" if email else None
        clinic.webhook_url = webhook_url
        clinic.webhook_secret = CLINIC_SECRET if webhook_url else None
        session.add(clinic)


def add_inquiry(engine, ref: str = "c1") -> str:
    with session_scope(engine) as session:
        return save_inquiry(session, NewInquiry(clinic_ref=ref, **VISITOR)).reference


def outbox(engine, reference: str) -> dict[str, OutboxMessage]:
    """The inquiry's outbox rows by channel (loaded, usable after the session closes)."""
    with session_scope(engine) as session:
        rows = session.execute(select(OutboxMessage).join(Inquiry).where(Inquiry.reference == reference)).scalars()
        return {row.channel: row for row in rows}


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
