"""Changing one's own password (issue #15) through the real app on SQLite and PostgreSQL, with CSRF on:
other sessions end, guessing the current password is rate limited, every role reaches its own page,
anonymous visitors are sent to log in, and a password changed meanwhile is not overwritten.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.auth import hash_password, set_password
from bot.db import session_scope
from bot.models import User
from tests.account_helpers import NEW_PASSWORD, ROLE_EMAILS, audit_rows, change_form, user_row
from tests.admin_world import PASSWORD, _secrets, app, csrf_token, logged_in, login, path_of, text, world  # noqa: F401 - fixtures are used by name

# ---------------------------------------------------------------- changing one's own password


def test_a_user_changes_their_own_password_and_other_sessions_end(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    elsewhere = logged_in(app, "one@c1.example")  # the same account on another computer
    page = client.get("/account/password")
    assert page.status_code == 200 and 'autocomplete="current-password"' in text(page)
    token = csrf_token(page)

    cases = [
        (change_form(current="not my password at all"), 401, "Your current password is not correct."),
        (change_form(confirm=NEW_PASSWORD + "!"), 400, "The two new passwords are not the same."),
        (change_form(new="too short", confirm="too short"), 400, "at least 12 characters"),
        (change_form(new=PASSWORD, confirm=PASSWORD), 400, "differs from the current one"),
        (change_form(current=""), 400, "Type your current password."),
    ]
    for data, status, message in cases:
        response = client.post("/account/password", data=dict(data, csrf_token=token))
        assert response.status_code == status and message in text(response), (data, message)
        assert 'aria-invalid="true"' in text(response)
    assert login(app.test_client(), "one@c1.example").status_code == 303  # nothing changed yet

    response = client.post("/account/password", data=dict(change_form(), csrf_token=token))
    assert response.status_code == 303 and path_of(response.location) == "/portal"
    assert "Your password has been changed" in text(client.get("/portal"))  # this session goes on
    assert elsewhere.get("/portal").status_code == 302  # the other one ended
    assert login(app.test_client(), "one@c1.example").status_code == 401
    assert login(app.test_client(), "one@c1.example", NEW_PASSWORD).status_code == 303
    stored = user_row(world.engine, "one@c1.example")
    assert stored.password_hash.startswith("$argon2id$") and NEW_PASSWORD not in stored.password_hash
    assert audit_rows(world.engine, "user.password_change") == [(stored.id, "one@c1.example", {"id": stored.id})]


def test_guessing_the_current_password_is_rate_limited(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "reviewer@example.org")
    token = csrf_token(client.get("/account/password"))
    guess = dict(change_form(current="is it this one, maybe?"), csrf_token=token)
    for _ in range(5):
        assert client.post("/account/password", data=guess).status_code == 401
    assert client.post("/account/password", data=guess).status_code == 429
    assert client.post("/account/password", data=dict(change_form(), csrf_token=token)).status_code == 429
    assert login(app.test_client(), "reviewer@example.org").status_code == 303  # unchanged


def test_a_changed_password_posted_without_a_csrf_token_is_refused(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "editor@example.org")
    assert client.post("/account/password", data=change_form()).status_code == 400
    assert login(app.test_client(), "editor@example.org").status_code == 303


@pytest.mark.parametrize("role", sorted(ROLE_EMAILS))
def test_every_role_reaches_its_own_password_page(app: Flask, world: SimpleNamespace, role: str) -> None:
    page = logged_in(app, ROLE_EMAILS[role]).get("/account/password")
    assert page.status_code == 200 and "Change your password" in text(page)


def test_anonymous_visitors_are_sent_to_login_from_the_password_page(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    response = client.get("/account/password")
    assert response.status_code == 302 and response.location.endswith("/login?next=%2Faccount%2Fpassword")
    token = csrf_token(client.get("/login"))
    response = client.post("/account/password", data=dict(change_form(), csrf_token=token))
    assert response.status_code == 302 and path_of(response.location) == "/login"


def test_a_password_changed_meanwhile_is_not_overwritten(app: Flask, world: SimpleNamespace) -> None:
    """Two uses of one link at the same moment: the second finds the hash changed and sets nothing."""
    with session_scope(world.engine) as first:
        user = first.execute(select(User).where(User.email == "editor@example.org")).scalar_one()
        read_hash = user.password_hash
        with session_scope(world.engine) as second:
            second.execute(
                select(User).where(User.email == "editor@example.org")
            ).scalar_one().password_hash = hash_password(NEW_PASSWORD)
        assert set_password(first, user, "someone else's password") is False
    assert user_row(world.engine, "editor@example.org").password_hash != read_hash
    assert login(app.test_client(), "editor@example.org", NEW_PASSWORD).status_code == 303
