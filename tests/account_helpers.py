"""Helpers the account test modules (web app and browser) share: a new password, the e-mail of each role,
stored users and audit rows read back, and the steps that make invitation and reset links: the admin's
page, the request for a link, or a link made with the app's secret at a chosen moment.
"""

from __future__ import annotations

import datetime as dt
import re

from flask import Flask
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.account_links import make_link
from bot.db import session_scope
from bot.models import AuditLog, User
from tests.admin_world import PASSWORD, csrf_token, logged_in, text
from tests.web_helpers import link_shown

NEW_PASSWORD = "a fresh passphrase for 2026"
ROLE_EMAILS = {
    "admin": "admin@example.org",
    "editor": "editor@example.org",
    "reviewer": "reviewer@example.org",
    "clinic": "one@c1.example",
}
NAV = re.compile(r'<nav class="wrap site-nav".*?</nav>', re.S)


def user_row(engine: Engine, email: str) -> User:
    with session_scope(engine) as session:
        return session.execute(select(User).where(User.email == email)).scalar_one()


def audit_rows(engine: Engine, action: str) -> list[tuple]:
    with session_scope(engine) as session:
        return [
            (row.user_id, row.object_ref, row.details)
            for row in session.execute(
                select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)
            ).scalars()
        ]


def change_form(current: str = PASSWORD, new: str = NEW_PASSWORD, confirm: str = NEW_PASSWORD) -> dict:
    return {"current_password": current, "new_password": new, "confirm": confirm}


def make_invitation(app: Flask, email: str = "new.editor@example.org", role: str = "editor") -> str:
    """An admin creates an account; the path of the invitation link the page shows."""
    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    response = admin.post(
        "/admin/accounts/new", data={"email": email, "role": role, "clinic": "", "csrf_token": csrf_token(form)}
    )
    assert response.status_code == 200, text(response)
    return link_shown(response)


def ask_for_link(app: Flask, user_id: int, purpose: str = "reset", email: str = "admin@example.org"):
    client = logged_in(app, email)
    token = csrf_token(client.get("/admin" if email != "one@c1.example" else "/portal"))
    return client.post(f"/admin/accounts/{user_id}/link", data={"purpose": purpose, "csrf_token": token})


def link_for(app: Flask, engine: Engine, email: str, purpose: str, issued: dt.datetime) -> str:
    """A link made with the app's own secret at a chosen moment (the clock, moved back)."""
    link = make_link(str(app.secret_key), user_row(engine, email), purpose, app.extensions["bot_settings"], issued)
    return f"/account/set-password/{link.token}"
