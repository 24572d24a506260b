"""Invitation and reset links and the current page in the menu (issue #15), driven through the real app on
SQLite and PostgreSQL like a browser: CSRF tokens are read from the pages, links from the page the
administrator sees (or the e-mail a loopback SMTP server receives). Expiry is tested by making links
"issued" in the past, not by waiting. Changing one's own password is in ``tests/test_password_change.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from email import message_from_bytes
from types import SimpleNamespace

import pytest
from flask import Flask
from itsdangerous.encoding import base64_decode, base64_encode
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.account_links import EXPIRED, INVALID, USED, make_link
from bot.config import load_settings
from bot.db import session_scope
from bot.models import User, utcnow
from tests.account_helpers import (
    NAV,
    NEW_PASSWORD,
    ROLE_EMAILS,
    ask_for_link,
    audit_rows,
    change_form,
    link_for,
    make_invitation,
    user_row,
)
from tests.admin_world import _secrets, app, csrf_token, logged_in, login, path_of, text, world  # noqa: F401 - fixtures are used by name
from tests.smtp_sink import smtp_server
from tests.web_helpers import link_shown, use_link
from tooling.stack import free_port
from web import create_app

# ---------------------------------------------------------------- invitations


def test_an_invited_user_sets_a_password_once_and_logs_in(app: Flask, world: SimpleNamespace) -> None:
    path = make_invitation(app)
    invited = user_row(world.engine, "new.editor@example.org")
    assert not invited.password_hash.startswith("$argon2")  # no usable password until the link is used
    assert login(app.test_client(), "new.editor@example.org", invited.password_hash).status_code == 401

    client = app.test_client()
    page = client.get(path)
    assert page.status_code == 200 and "Choose your password" in text(page) and "new.editor@example.org" in text(page)
    token = csrf_token(page)
    mismatch = client.post(
        path, data={"new_password": NEW_PASSWORD, "confirm": "something else entirely", "csrf_token": token}
    )
    assert mismatch.status_code == 400 and "not the same" in text(mismatch)
    short = client.post(path, data={"new_password": "short", "confirm": "short", "csrf_token": token})
    assert short.status_code == 400 and "at least 12 characters" in text(short)
    done = client.post(path, data={"new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD, "csrf_token": token})
    assert done.status_code == 303 and path_of(done.location) == "/admin"
    assert client.get("/admin/kb").status_code == 200  # logged in as the new editor
    assert client.get("/admin/accounts").status_code == 403

    assert login(app.test_client(), "new.editor@example.org", NEW_PASSWORD).status_code == 303
    again = app.test_client().get(path)
    assert again.status_code == 400 and USED in text(again) and "<form" not in text(again).split("<main")[1]
    assert use_link(app, path, "yet another password!!").status_code == 400
    assert login(app.test_client(), "new.editor@example.org", NEW_PASSWORD).status_code == 303
    admin_id = user_row(world.engine, "admin@example.org").id
    assert [row[:2] for row in audit_rows(world.engine, "user.create")] == [(admin_id, "new.editor@example.org")]
    # "unlocked": the failed login tried above was counted, and setting the password cleared the count.
    assert audit_rows(world.engine, "user.password_set") == [
        (invited.id, "new.editor@example.org", {"id": invited.id, "via": "invitation", "unlocked": True})
    ]


def test_a_new_invitation_replaces_a_lost_one(app: Flask, world: SimpleNamespace) -> None:
    first = make_invitation(app)
    user_id = user_row(world.engine, "new.editor@example.org").id
    listing = text(logged_in(app, "admin@example.org").get("/admin/accounts"))
    assert "invitation not used yet" in listing and "New invitation link" in listing
    wrong_kind = ask_for_link(app, user_id, "reset")
    assert wrong_kind.status_code == 400 and "make a new invitation link instead" in text(wrong_kind)
    response = ask_for_link(app, user_id, "invitation")
    assert response.status_code == 200 and "New invitation link for new.editor@example.org" in text(response)
    second = link_shown(response)
    assert use_link(app, second).status_code == 303
    assert use_link(app, first, NEW_PASSWORD).status_code == 400  # the older link died with it
    assert login(app.test_client(), "new.editor@example.org").status_code == 303
    assert [row[0] for row in audit_rows(world.engine, "user.invite")] == [
        user_row(world.engine, "admin@example.org").id
    ]


def test_expired_links_are_refused(app: Flask, world: SimpleNamespace) -> None:
    make_invitation(app)
    now = utcnow()
    old_invitation = link_for(
        app, world.engine, "new.editor@example.org", "invitation", now - dt.timedelta(hours=72, minutes=1)
    )
    fresh_invitation = link_for(
        app, world.engine, "new.editor@example.org", "invitation", now - dt.timedelta(hours=71, minutes=59)
    )
    old_reset = link_for(app, world.engine, "editor@example.org", "reset", now - dt.timedelta(hours=2, minutes=1))
    fresh_reset = link_for(app, world.engine, "editor@example.org", "reset", now - dt.timedelta(hours=1, minutes=59))
    for path in (old_invitation, old_reset):
        response = app.test_client().get(path)
        assert response.status_code == 400 and EXPIRED in text(response), path
        assert use_link(app, path, NEW_PASSWORD).status_code == 400
    for path in (fresh_invitation, fresh_reset):
        assert app.test_client().get(path).status_code == 200, path
    assert login(app.test_client(), "editor@example.org").status_code == 303  # unchanged


def test_link_lifetimes_come_from_the_settings(world: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVITATION_LINK_HOURS", "24")
    monkeypatch.setenv("RESET_LINK_HOURS", "0.5")
    settings = load_settings()
    assert (settings.invitation_link_hours, settings.reset_link_hours) == (24.0, 0.5)
    short_lived = create_app(
        world.engine, dataclasses.replace(settings, ratelimit_storage_uri="memory://"), testing=True
    )
    forty_minutes_ago = link_for(
        short_lived, world.engine, "editor@example.org", "reset", utcnow() - dt.timedelta(minutes=40)
    )
    assert EXPIRED in text(short_lived.test_client().get(forty_minutes_ago))
    monkeypatch.delenv("INVITATION_LINK_HOURS")
    monkeypatch.delenv("RESET_LINK_HOURS")
    assert (load_settings().invitation_link_hours, load_settings().reset_link_hours) == (72.0, 2.0)


def test_tampered_and_foreign_links_are_refused(app: Flask, world: SimpleNamespace) -> None:
    path = make_invitation(app)
    token = path.rsplit("/", 1)[1]
    payload, stamp, signature = token.split(".")
    other_id = user_row(world.engine, "admin@example.org").id
    claims = json.loads(base64_decode(payload))
    forged = base64_encode(json.dumps(dict(claims, id=other_id), separators=(",", ":"))).decode()
    flipped = signature[:-2] + ("AA" if not signature.endswith("AA") else "BB")
    foreign_secret = make_link(
        "another-deployment's-secret-0123456789",
        user_row(world.engine, "editor@example.org"),
        "reset",
        app.extensions["bot_settings"],
    ).token
    for bad in (
        f"{forged}.{stamp}.{signature}",
        f"{payload}.{stamp}.{flipped}",
        foreign_secret,
        "not-a-token",
        "x" * 600,
        f"{payload}.{stamp}",
    ):
        response = app.test_client().get(f"/account/set-password/{bad}")
        assert response.status_code == 400 and INVALID in text(response), bad
        assert use_link(app, f"/account/set-password/{bad}", NEW_PASSWORD).status_code == 400
    # The genuine link sets the invited account's password, and nobody else's.
    before = {user.email: user.password_hash for user in _users(world.engine)}
    assert use_link(app, path, NEW_PASSWORD).status_code == 303
    after = {user.email: user.password_hash for user in _users(world.engine)}
    assert {email for email in before if before[email] != after[email]} == {"new.editor@example.org"}
    assert login(app.test_client(), "admin@example.org", NEW_PASSWORD).status_code == 401


def _users(engine: Engine) -> list[User]:
    with session_scope(engine) as session:
        return session.execute(select(User)).scalars().all()


# ---------------------------------------------------------------- password resets


def test_a_reset_link_sets_a_new_password_and_lifts_a_login_lock(app: Flask, world: SimpleNamespace) -> None:
    editor = user_row(world.engine, "editor@example.org")
    old_session = logged_in(app, "editor@example.org")
    with session_scope(world.engine) as session:
        session.get(User, editor.id).locked_until = utcnow() + dt.timedelta(minutes=15)
    assert login(app.test_client(), "editor@example.org").status_code == 401  # locked
    assert "Password-reset link" in text(logged_in(app, "admin@example.org").get("/admin/accounts"))
    wrong_kind = ask_for_link(app, editor.id, "invitation")
    assert wrong_kind.status_code == 400 and "make a password-reset link instead" in text(wrong_kind)

    response = ask_for_link(app, editor.id)
    assert response.status_code == 200 and "New password-reset link for editor@example.org" in text(response)
    assert "E-mail is not set up on this server" in text(response)
    path = link_shown(response)
    page = app.test_client().get(path)
    assert page.status_code == 200 and "Choose a new password" in text(page)
    assert use_link(app, path, NEW_PASSWORD).status_code == 303
    assert user_row(world.engine, "editor@example.org").locked_until is None
    assert login(app.test_client(), "editor@example.org").status_code == 401  # the old password is gone
    assert login(app.test_client(), "editor@example.org", NEW_PASSWORD).status_code == 303
    assert old_session.get("/admin").status_code == 302
    assert use_link(app, path, "and once more, please").status_code == 400
    admin_id = user_row(world.engine, "admin@example.org").id
    assert audit_rows(world.engine, "user.reset_link") == [
        (admin_id, "editor@example.org", {"id": editor.id, "emailed": False})
    ]
    assert audit_rows(world.engine, "user.password_set") == [
        (editor.id, "editor@example.org", {"id": editor.id, "via": "reset", "unlocked": True})
    ]


def test_a_reset_link_dies_when_the_user_changes_their_password_first(app: Flask, world: SimpleNamespace) -> None:
    editor = user_row(world.engine, "editor@example.org")
    path = link_shown(ask_for_link(app, editor.id))
    client = logged_in(app, "editor@example.org")
    token = csrf_token(client.get("/account/password"))
    assert client.post("/account/password", data=dict(change_form(), csrf_token=token)).status_code == 303
    refused = app.test_client().get(path)
    assert refused.status_code == 400 and USED in text(refused)


def test_links_are_not_made_for_disabled_accounts_and_do_not_work_for_them(app: Flask, world: SimpleNamespace) -> None:
    editor = user_row(world.engine, "editor@example.org")
    path = link_shown(ask_for_link(app, editor.id))
    with session_scope(world.engine) as session:
        session.get(User, editor.id).active = False
    refused = ask_for_link(app, editor.id)
    assert refused.status_code == 400 and "Enable it first" in text(refused)
    page = app.test_client().get(path)
    assert page.status_code == 400 and "This account is disabled" in text(page)
    assert ask_for_link(app, 9999).status_code == 404


@pytest.mark.parametrize("role", ["editor", "reviewer", "clinic"])
def test_only_admins_make_invitations_and_reset_links(app: Flask, world: SimpleNamespace, role: str) -> None:
    target = world.users["second.editor@example.org"]
    assert ask_for_link(app, target, email=ROLE_EMAILS[role]).status_code == 403
    client = logged_in(app, ROLE_EMAILS[role])
    token = csrf_token(client.get("/account/password"))
    assert client.get("/admin/accounts/new").status_code == 403
    assert (
        client.post(
            "/admin/accounts/new",
            data={"email": "sneaky@example.org", "role": "admin", "clinic": "", "csrf_token": token},
        ).status_code
        == 403
    )
    assert audit_rows(world.engine, "user.reset_link") == audit_rows(world.engine, "user.create") == []


def test_anonymous_visitors_cannot_make_links(app: Flask, world: SimpleNamespace) -> None:
    client = app.test_client()
    token = csrf_token(client.get("/login"))
    response = client.post(
        f"/admin/accounts/{world.users['editor@example.org']}/link", data={"purpose": "reset", "csrf_token": token}
    )
    assert response.status_code == 302 and path_of(response.location) == "/login"
    assert audit_rows(world.engine, "user.reset_link") == []


def test_links_are_emailed_when_smtp_is_configured(engine: Engine, world: SimpleNamespace) -> None:
    port = free_port()
    settings = dataclasses.replace(
        load_settings(),
        ratelimit_storage_uri="memory://",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_username=None,
        smtp_password=None,
        smtp_security="none",
        mail_from="Assistant <no-reply@assistant.example>",
        public_url="https://assistant.example",
    )
    mailing = create_app(engine, settings, testing=True)
    with smtp_server(port) as sink:
        path = make_invitation(mailing, "desk@example.org")
    assert len(sink.envelopes) == 1 and sink.envelopes[0].rcpt_tos == ["desk@example.org"]
    mail = message_from_bytes(sink.envelopes[0].content)
    assert mail["Subject"] == "Your account for the ketamine therapy assistant"
    assert f"https://assistant.example{path}" in mail.get_payload(decode=True).decode()
    assert use_link(mailing, path).status_code == 303

    # The SMTP server is gone now: the admin is told, and still gets the link to pass on.
    response = ask_for_link(mailing, user_row(engine, "desk@example.org").id)
    assert response.status_code == 200 and "The e-mail could not be sent" in text(response)
    assert use_link(mailing, link_shown(response), NEW_PASSWORD).status_code == 303


# ---------------------------------------------------------------- the current page in the menu


def _current(html: str) -> list[tuple[str, str]]:
    """(aria-current value, link text) of the marked links in the header."""
    header = html.split("<main", 1)[0]
    return re.findall(r'<a [^>]*aria-current="(page|true)"[^>]*>([^<]+)', header)


def test_the_menu_marks_the_current_page(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    assert _current(text(admin.get("/admin"))) == [("page", "Overview")]
    accounts = text(admin.get("/admin/accounts"))
    assert _current(accounts) == [("page", "Accounts")]
    assert '<a href="/admin/accounts" aria-current="page">Accounts</a>' in NAV.search(accounts).group(0)
    assert _current(text(admin.get("/admin/accounts/new"))) == [("true", "Accounts")]  # a page of the section
    assert _current(text(admin.get("/admin/kb"))) == [("page", "Knowledge base")]
    assert _current(text(admin.get("/admin/audit"))) == [("page", "Audit log")]
    assert _current(text(admin.get("/account/password"))) == [("page", "Change password")]
    clinic = logged_in(app, "one@c1.example")
    assert _current(text(clinic.get("/portal"))) == [("page", "Inquiries")]
