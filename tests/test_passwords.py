"""Staff passwords (``bot.auth``): Argon2id hashing, its production profile, account creation and
re-hashing at login, on real SQLite and PostgreSQL."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.auth import authenticate, create_user, hash_password, needs_rehash, verify_password
from bot.db import session_scope
from bot.models import User
from tests.web_helpers import (  # noqa: F401 - fixtures are used by name
    CSRF_FIELD,
    LOGIN_FAILED,
    PASSWORD,
    _secrets,
    _without_tokens,
    app,
    csrf_token,
    inquiry_request,
    link_shown,
    logged_in,
    login,
    path_of,
    text,
    use_link,
    world,
)

# ---------------------------------------------------------------- passwords and accounts (bot.auth)


def test_password_hashes_are_argon2id_salted_and_never_the_password() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("$argon2id$") and second.startswith("$argon2id$")
    assert first != second and PASSWORD not in first
    assert verify_password(first, PASSWORD) and not verify_password(first, PASSWORD + "!")
    assert not needs_rehash(first)


def test_production_hashes_with_rfc_9106_and_refuses_the_test_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import auth

    monkeypatch.delenv("PASSWORD_HASH_PROFILE")
    auth._hasher.cache_clear()
    try:
        assert hash_password(PASSWORD).startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        monkeypatch.setenv("PASSWORD_HASH_PROFILE", "CHEAPEST")
        monkeypatch.setenv("REQUIRE_ENV_SECRETS", "true")
        auth._hasher.cache_clear()
        with pytest.raises(ValueError, match="RFC_9106_LOW_MEMORY"):
            hash_password(PASSWORD)
        monkeypatch.setenv("PASSWORD_HASH_PROFILE", "NO_SUCH_PROFILE")
        monkeypatch.delenv("REQUIRE_ENV_SECRETS")
        auth._hasher.cache_clear()
        with pytest.raises(ValueError, match="NO_SUCH_PROFILE"):
            hash_password(PASSWORD)
    finally:
        auth._hasher.cache_clear()


@pytest.mark.parametrize("bad_hash", ["", "not a hash", "$argon2id$v=19$m=1,t=1,p=1$broken", "$2b$12$bcryptlike"])
def test_verifying_against_a_malformed_hash_is_false_not_an_error(bad_hash: str) -> None:
    assert verify_password(bad_hash, PASSWORD) is False
    assert needs_rehash(bad_hash) is True


def test_unknown_email_still_costs_a_hash_verification(sqlite_engine: Engine, verified_hashes: list[str]) -> None:
    calls = verified_hashes
    with session_scope(sqlite_engine) as session:
        assert authenticate(session, "nobody@example.org", PASSWORD) is None
    assert len(calls) == 1 and calls[0].startswith("$argon2id$")


def test_create_user_stores_an_argon2_hash_and_a_normalised_email(world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        user = create_user(session, "  New.Person@C1.Example ", PASSWORD, "clinic", "c1")
        assert user.email == "new.person@c1.example" and user.clinic.ref == "c1" and user.active
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
    with session_scope(world.engine) as session:
        assert authenticate(session, "NEW.person@c1.example", PASSWORD).email == "new.person@c1.example"


@pytest.mark.parametrize(
    "email, password, role, clinic_ref, message",
    [
        ("not-an-email", PASSWORD, "admin", None, "valid e-mail"),
        ("a b@example.org", PASSWORD, "admin", None, "valid e-mail"),
        ("new@example.org", "short pass1", "admin", None, "at least 12 characters"),
        ("new@example.org", PASSWORD, "superuser", None, "Unknown role"),
        ("new@example.org", PASSWORD, "clinic", None, "needs a clinic"),
        ("new@example.org", PASSWORD, "clinic", "nowhere", "no clinic with the reference"),
        ("new@example.org", PASSWORD, "editor", "c1", "Only clinic accounts"),
        ("ONE@c1.example", PASSWORD, "clinic", "c1", "already exists"),
    ],
)
def test_create_user_refuses_invalid_accounts_with_a_clear_message(
    world: SimpleNamespace, email: str, password: str, role: str, clinic_ref: str | None, message: str
) -> None:
    with session_scope(world.engine) as session:
        with pytest.raises(ValueError, match=message):
            create_user(session, email, password, role, clinic_ref)
        assert session.execute(select(User).where(User.email == "new@example.org")).first() is None


def test_outdated_hashes_are_upgraded_at_login(world: SimpleNamespace) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with session_scope(world.engine) as session:
        session.execute(select(User).where(User.email == "admin@example.org")).scalar_one().password_hash = weak
    assert needs_rehash(weak)
    with session_scope(world.engine) as session:
        user = authenticate(session, "admin@example.org", PASSWORD)
        assert user is not None and user.last_login_at is not None
    with session_scope(world.engine) as session:
        stored = session.execute(select(User).where(User.email == "admin@example.org")).scalar_one()
        assert stored.password_hash != weak and not needs_rehash(stored.password_hash)
        assert verify_password(stored.password_hash, PASSWORD)
