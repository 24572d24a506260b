"""Fixtures and helpers the web-app tests share: secrets from the environment, one Argon2 hash,
the app over each database, and helpers that drive it like a browser (CSRF tokens read from the pages).

Test modules import the fixtures by name (``_secrets`` is autouse only where imported).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from cryptography.fernet import Fernet
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.engine import Engine
from werkzeug.test import TestResponse

from bot.auth import hash_password
from bot.config import load_settings
from bot.db import session_scope
from bot.inquiries.service import NewInquiry, save_inquiry
from bot.models import Clinic, Inquiry, User
from tests.clinic_factory import make_clinic
from web import create_app

PASSWORD = "correct horse battery staple"
LOGIN_FAILED = "E-mail or password is incorrect."
CSRF_FIELD = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
SET_PASSWORD_LINK = re.compile(r'id="link-url"[^>]*value="https?://[^/"]+(/account/set-password/[^"]+)"')
TEST_ENCRYPTION_KEY = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def _secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets from the environment, so the tests never touch the developer's var/ file."""
    monkeypatch.setenv("WEB_SECRET_KEY", "test-only-web-secret-key-0123456789abcdef")
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", TEST_ENCRYPTION_KEY)


@lru_cache(maxsize=1)
def _password_hash() -> str:
    """One real Argon2 hash of PASSWORD shared by fixture accounts (hashing costs ~0.2 s)."""
    return hash_password(PASSWORD)


@pytest.fixture
def world(engine: Engine) -> SimpleNamespace:
    """Two clinics with one inquiry each, a clinic account for each, and an administrator."""
    with session_scope(engine) as session:
        session.add_all([make_clinic("c1", 33.7, -84.4), make_clinic("c2", 33.8, -84.3)])
    with session_scope(engine) as session:
        clinics = {clinic.ref: clinic for clinic in session.execute(select(Clinic)).scalars()}
        session.add_all(
            [
                User(email="admin@example.org", password_hash=_password_hash(), role="admin"),
                User(email="one@c1.example", password_hash=_password_hash(), role="clinic", clinic=clinics["c1"]),
                User(email="two@c2.example", password_hash=_password_hash(), role="clinic", clinic=clinics["c2"]),
            ]
        )
        own = save_inquiry(session, inquiry_request("c1", first_name="Olivia", contact="olivia@example.com"))
        other = save_inquiry(session, inquiry_request("c2", first_name="Theo", contact="theo@example.com"))
    return SimpleNamespace(engine=engine, own=own.reference, other=other.reference)


@pytest.fixture
def app(engine: Engine) -> Flask:
    settings = dataclasses.replace(load_settings(), ratelimit_storage_uri="memory://", web_cookie_secure=False)
    return create_app(engine, settings, testing=True)


def inquiry_request(clinic_ref: str, **changes: object) -> NewInquiry:
    fields = dict(
        clinic_ref=clinic_ref,
        first_name="Sam",
        contact="sam@example.com",
        contact_kind="email",
        preferred_time="weekday mornings",
        note="Interested in IV",
    )
    fields.update(changes)
    return NewInquiry(**fields)


def csrf_token(response: TestResponse) -> str:
    match = CSRF_FIELD.search(response.get_data(as_text=True))
    assert match, "the page has no CSRF token field"
    return match.group(1)


def login(
    client: FlaskClient, email: str, password: str = PASSWORD, *, next_url: str | None = None, **request_options: object
) -> TestResponse:
    path = "/login" if next_url is None else f"/login?next={next_url}"
    token = csrf_token(client.get(path))
    return client.post(path, data={"email": email, "password": password, "csrf_token": token}, **request_options)


def logged_in(app: Flask, email: str) -> FlaskClient:
    client = app.test_client()
    response = login(client, email)
    assert response.status_code == 303, response.get_data(as_text=True)
    return client


def link_shown(response: TestResponse) -> str:
    """The path of the set-password link an admin's page shows (after creating an account, or on request)."""
    match = SET_PASSWORD_LINK.search(response.get_data(as_text=True))
    assert match, "the page shows no set-password link"
    return match.group(1)


def use_link(app: Flask, path: str, password: str = PASSWORD) -> TestResponse:
    """Post a password to a set-password link from a fresh browser (whose CSRF token comes from the
    login page, as a refused link's page has no form)."""
    client = app.test_client()
    token = csrf_token(client.get("/login"))
    return client.post(path, data={"new_password": password, "confirm": password, "csrf_token": token})


def path_of(location: str) -> str:
    return urlsplit(location).path


def text(response: TestResponse) -> str:
    return response.get_data(as_text=True)


def _without_tokens(page: str, typed_email: str) -> str:
    return CSRF_FIELD.sub("csrf", page).replace(typed_email, "EMAIL")


def inquiry_row(engine: Engine, reference: str) -> Inquiry:
    """The saved inquiry with this reference, as stored (detached)."""
    with session_scope(engine) as session:
        return session.execute(select(Inquiry).where(Inquiry.reference == reference)).scalar_one()
