"""Saving inquiries: encrypted contact fields, outbox rows, unknown clinics, retention purge."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import func, select, text

from bot.db import session_scope
from bot.inquiries.contact import mask_contact, parse_contact
from bot.inquiries.service import UnknownClinic, purge_inquiries, save_inquiry
from bot.models import Inquiry, OutboxMessage, utcnow
from tests.clinic_factory import make_clinic, request


def test_contact_fields_are_encrypted_at_rest_and_notifications_queued(engine) -> None:
    with session_scope(engine) as session:
        clinic = make_clinic("c1", 33.7, -84.4)
        clinic.webhook_url, clinic.webhook_secret = "https://c1.example/hook", "s3cret"
        session.add(clinic)
    with session_scope(engine) as session:
        reference = save_inquiry(session, request()).reference
    with session_scope(engine) as session:
        raw = session.execute(text("SELECT first_name, contact, preferred_time, note FROM inquiries")).one()
        # Fernet tokens (base64 of "\x80" + time + IV + ciphertext + HMAC), not the words; checking for
        # short words like "IV" inside a random token would fail by chance.
        assert all(value.startswith("gAAAAA") for value in raw)
        plain = ["Sam", "sam@example.com", "mornings", "Interested in IV"]
        assert not any(secret in value for value, secret in zip(raw, plain, strict=True) if len(secret) > 3)
        raw_secret = session.execute(text("SELECT webhook_secret FROM clinics")).scalar_one()
        assert raw_secret != "s3cret"
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert (inquiry.first_name, inquiry.contact, inquiry.note) == ("Sam", "sam@example.com", "Interested in IV")
        assert sorted(message.channel for message in inquiry.notifications) == ["email", "webhook"]
        assert all(message.status == "pending" for message in inquiry.notifications)


def test_references_are_unique_and_readable(engine) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("c1", 33.7, -84.4))
    with session_scope(engine) as session:
        references = {save_inquiry(session, request()).reference for _ in range(50)}
    assert len(references) == 50
    assert all(len(reference) == 12 and not set(reference[3:]) & set("01OIL") for reference in references)


def test_unknown_clinic_is_refused(engine) -> None:
    with session_scope(engine) as session, pytest.raises(UnknownClinic):
        save_inquiry(session, request("nowhere"))


def test_keys_can_be_rotated(sqlite_engine, monkeypatch: pytest.MonkeyPatch) -> None:
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", old_key)
    with session_scope(sqlite_engine) as session:
        session.add(make_clinic("c1", 33.7, -84.4))
    with session_scope(sqlite_engine) as session:
        reference = save_inquiry(session, request()).reference
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", f"{new_key},{old_key}")
    with session_scope(sqlite_engine) as session:
        assert session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one().contact == "sam@example.com"
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", new_key)  # the old key dropped: old rows are unreadable
    with session_scope(sqlite_engine) as session, pytest.raises(InvalidToken):
        session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()


def test_retention_purge_removes_only_old_inquiries(engine) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("c1", 33.7, -84.4))
    with session_scope(engine) as session:
        old = save_inquiry(session, request(first_name="Old"))
        old.created_at = utcnow() - dt.timedelta(days=200)
        save_inquiry(session, request(first_name="New"))
    with session_scope(engine) as session:
        assert purge_inquiries(session, older_than_days=180) == 1
    with session_scope(engine) as session:
        assert [inquiry.first_name for inquiry in session.execute(select(Inquiry)).scalars()] == ["New"]
        assert session.execute(select(func.count(OutboxMessage.id))).scalar_one() == 1


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("jane.doe@example.org", "j•••@example.org"),
        ("404-555-1234", "•••-•••-1234"),
        ("+1 (312) 867 5309", "•••-•••-5309"),
    ],
)
def test_the_read_back_masks_the_contact_detail(typed: str, shown: str) -> None:
    value = parse_contact(typed).value
    assert mask_contact(value) == shown
    assert value not in mask_contact(value)
