"""Login behind a proxy and the per-account lock, on real SQLite and PostgreSQL.

The per-address limit must see the client's address as the trusted proxy reports it (and
ignore the header when no proxy is trusted); many addresses against one account must lock
it, with exactly the reply a wrong password gets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator
from itertools import count
from types import SimpleNamespace

import pytest
from alembic import command
from flask import Flask, request
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy import text as sql
from sqlalchemy.engine import Engine
from werkzeug.test import TestResponse

from bot.config import load_settings
from bot.db import session_scope
from bot.migrate import alembic_config, upgrade
from bot.models import User, utcnow
from tests.web_helpers import LOGIN_FAILED, PASSWORD, _secrets, _without_tokens, csrf_token, logged_in, text, world  # noqa: F401 - fixtures are used by name
from web import create_app

WRONG = "wrong password, long enough"
ACCOUNT = "one@c1.example"


def make_app(engine: Engine, hops: int, max_failures: int = 5, lock_minutes: int = 15) -> Flask:
    settings = dataclasses.replace(
        load_settings(),
        ratelimit_storage_uri="memory://",
        web_cookie_secure=False,
        trusted_proxy_hops=hops,
        login_max_failures=max_failures,
        login_lock_minutes=lock_minutes,
    )
    return create_app(engine, settings, testing=True)


@pytest.fixture
def proxied(world: SimpleNamespace) -> Flask:
    """The app behind one trusted proxy, as deploy/nginx.conf runs it."""
    return make_app(world.engine, hops=1)


def addresses() -> Iterator[str]:
    """A new client address for every attempt, as a botnet would use."""
    return (f"198.51.100.{number}" for number in count(1))


def attempt(client: FlaskClient, token: str, address: str, email: str = ACCOUNT, password: str = WRONG) -> TestResponse:
    return client.post(
        "/login", data={"email": email, "password": password, "csrf_token": token}, headers={"X-Forwarded-For": address}
    )


def account(engine: Engine, email: str = ACCOUNT) -> User:
    with session_scope(engine) as session:
        return session.execute(select(User).where(User.email == email)).scalar_one()


def set_lock_columns(engine: Engine, **values: object) -> None:
    with session_scope(engine) as session:
        user = session.execute(select(User).where(User.email == ACCOUNT)).scalar_one()
        for name, value in values.items():
            setattr(user, name, value)


# ---------------------------------------------------------------- behind a proxy


def _with_probe(app: Flask) -> Flask:
    app.add_url_rule("/_probe", "probe", lambda: f"{request.scheme} {request.remote_addr}")
    return app


def test_a_trusted_proxy_sets_the_client_address_and_scheme(sqlite_engine: Engine) -> None:
    headers = {"X-Forwarded-For": "192.0.2.1, 203.0.113.7", "X-Forwarded-Proto": "https"}
    behind = _with_probe(make_app(sqlite_engine, hops=1)).test_client()
    assert behind.get("/_probe", headers=headers).get_data(as_text=True) == "https 203.0.113.7"
    direct = _with_probe(make_app(sqlite_engine, hops=0)).test_client()
    assert direct.get("/_probe", headers=headers).get_data(as_text=True) == "http 127.0.0.1"


def test_with_one_trusted_proxy_each_forwarded_address_has_its_own_login_limit(
    proxied: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    client = proxied.test_client()
    token = csrf_token(client.get("/login"))
    caplog.set_level(logging.INFO, logger="web.auth_views")
    for _ in range(5):  # unknown accounts, so no account lock gets in the way
        assert attempt(client, token, "203.0.113.7", "nobody@example.org").status_code == 401
    assert attempt(client, token, "203.0.113.7", "nobody@example.org").status_code == 429
    # Only the address nginx adds (the last one) counts: a forged one in front changes nothing.
    assert attempt(client, token, "192.0.2.99, 203.0.113.7", "nobody@example.org").status_code == 429
    assert attempt(client, token, "203.0.113.8", "nobody@example.org").status_code == 401
    assert "failed login from 203.0.113.7" in caplog.text
    right = attempt(client, token, "203.0.113.8", ACCOUNT, PASSWORD)
    assert right.status_code == 303


def test_without_a_trusted_proxy_forwarded_for_is_ignored(world: SimpleNamespace) -> None:
    client = make_app(world.engine, hops=0).test_client()
    token = csrf_token(client.get("/login"))
    forged = addresses()
    for _ in range(5):
        assert attempt(client, token, next(forged), "nobody@example.org").status_code == 401
    assert attempt(client, token, next(forged), "nobody@example.org").status_code == 429
    assert attempt(client, token, next(forged), ACCOUNT, PASSWORD).status_code == 429


# ---------------------------------------------------------------- the per-account lock


def test_many_addresses_against_one_account_lock_it_with_the_usual_reply(
    proxied: Flask, world: SimpleNamespace, caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> None:
    client = proxied.test_client()
    token = csrf_token(client.get("/login"))
    botnet = addresses()
    caplog.set_level(logging.INFO)
    for failures in range(1, 5):
        assert attempt(client, token, next(botnet)).status_code == 401
        assert account(world.engine).failed_logins == failures and account(world.engine).locked_until is None
    wrong = attempt(client, token, next(botnet))  # the fifth failure locks the account
    assert wrong.status_code == 401
    locked = account(world.engine)
    assert locked.failed_logins == 0
    assert dt.timedelta(minutes=14) < locked.locked_until - utcnow() <= dt.timedelta(minutes=15)
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and f"account id {locked.id} locked" in warnings[0].getMessage()
    assert all(WRONG not in record.getMessage() and PASSWORD not in record.getMessage() for record in caplog.records)

    hashes = request.getfixturevalue("verified_hashes")  # only from here on
    right = attempt(client, token, next(botnet), password=PASSWORD)
    assert right.status_code == 401 and LOGIN_FAILED in text(right)
    assert hashes == [locked.password_hash]  # the Argon2 check still ran, so timing does not tell
    assert _without_tokens(text(right), ACCOUNT) == _without_tokens(text(wrong), ACCOUNT)
    assert "lock" not in text(right).lower()
    unknown = attempt(client, token, next(botnet), "nobody@c1.example")
    assert _without_tokens(text(unknown), "nobody@c1.example") == _without_tokens(text(right), ACCOUNT)
    assert account(world.engine).last_login_at is None
    assert account(world.engine).locked_until == locked.locked_until  # attempts while locked do not extend it

    set_lock_columns(world.engine, locked_until=utcnow() - dt.timedelta(seconds=1))  # as if 15 minutes passed
    assert attempt(client, token, next(botnet), password=PASSWORD).status_code == 303
    after = account(world.engine)
    assert after.last_login_at is not None and after.locked_until is None and after.failed_logins == 0


def test_one_address_against_many_accounts_is_stopped_by_the_address_limit(
    proxied: Flask, world: SimpleNamespace
) -> None:
    client = proxied.test_client()
    token = csrf_token(client.get("/login"))
    targets = ["admin@example.org", "one@c1.example", "two@c2.example", "nobody@example.org", "no.one@c1.example"]
    for email in targets:
        assert attempt(client, token, "203.0.113.7", email).status_code == 401
    assert attempt(client, token, "203.0.113.7", "two@c2.example", PASSWORD).status_code == 429
    for email in targets[:3]:
        assert account(world.engine, email).failed_logins == 1 and account(world.engine, email).locked_until is None


def test_a_successful_login_resets_the_count(proxied: Flask, world: SimpleNamespace) -> None:
    client = proxied.test_client()
    botnet = addresses()
    token = csrf_token(client.get("/login"))
    for _ in range(4):
        assert attempt(client, token, next(botnet)).status_code == 401
    assert attempt(client, token, next(botnet), password=PASSWORD).status_code == 303
    assert account(world.engine).failed_logins == 0 and account(world.engine).failed_logins_since is None
    client = proxied.test_client()
    token = csrf_token(client.get("/login"))
    for _ in range(4):  # a fresh allowance: four more failures do not lock
        assert attempt(client, token, next(botnet)).status_code == 401
    assert account(world.engine).locked_until is None
    assert attempt(client, token, next(botnet), password=PASSWORD).status_code == 303


def test_failures_older_than_the_window_are_not_counted(proxied: Flask, world: SimpleNamespace) -> None:
    client = proxied.test_client()
    botnet = addresses()
    token = csrf_token(client.get("/login"))
    set_lock_columns(world.engine, failed_logins=4, failed_logins_since=utcnow() - dt.timedelta(minutes=16))
    assert attempt(client, token, next(botnet)).status_code == 401
    user = account(world.engine)
    assert user.failed_logins == 1 and user.locked_until is None
    assert attempt(client, token, next(botnet), password=PASSWORD).status_code == 303


def test_a_lock_can_be_turned_off(world: SimpleNamespace) -> None:
    client = make_app(world.engine, hops=1, max_failures=0).test_client()
    botnet = addresses()
    token = csrf_token(client.get("/login"))
    for _ in range(8):
        assert attempt(client, token, next(botnet)).status_code == 401
    assert account(world.engine).locked_until is None
    assert attempt(client, token, next(botnet), password=PASSWORD).status_code == 303


def test_an_admin_sees_a_locked_account_and_unlocks_it(proxied: Flask, world: SimpleNamespace) -> None:
    set_lock_columns(world.engine, failed_logins=0, locked_until=utcnow() + dt.timedelta(minutes=10))
    visitor = proxied.test_client()
    token = csrf_token(visitor.get("/login"))
    assert attempt(visitor, token, "198.51.100.1", password=PASSWORD).status_code == 401
    admin = logged_in(proxied, "admin@example.org")
    page = admin.get("/admin/accounts")
    listing = text(page)
    assert "locked after failed logins until" in listing and "Unlock" in listing
    user_id = account(world.engine).id
    done = admin.post(f"/admin/accounts/{user_id}/active", data={"active": "1", "csrf_token": csrf_token(page)})
    assert done.status_code == 303
    assert account(world.engine).locked_until is None
    assert "locked after failed logins" not in text(admin.get("/admin/accounts"))
    assert attempt(visitor, token, "198.51.100.2", password=PASSWORD).status_code == 303
    with session_scope(world.engine) as session:
        actions = session.execute(sql("SELECT action FROM audit_log WHERE action = 'user.unlock'")).scalars().all()
    assert actions == ["user.unlock"]


# ---------------------------------------------------------------- the migration


def test_the_migration_gives_existing_accounts_a_zero_count_and_downgrades(engine: Engine) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with engine.begin() as connection:
        connection.execute(
            sql(
                "INSERT INTO users (email, password_hash, role, active, created_at) "
                "VALUES ('old@example.org', 'x', 'admin', :yes, :now)"
            ),
            {"yes": True, "now": utcnow()},
        )
    upgrade(engine)
    with engine.connect() as connection:
        row = connection.execute(
            sql("SELECT failed_logins, failed_logins_since, locked_until FROM users WHERE email = 'old@example.org'")
        ).one()
    assert tuple(row) == (0, None, None)
