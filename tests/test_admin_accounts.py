"""Staff accounts in the web app: admins create, change the role of and disable accounts (invitation
links set the password), editors cannot, and every change is in the audit log.
"""

from __future__ import annotations

from types import SimpleNamespace

from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.models import User
from tests.admin_world import _secrets, app, audit_actions, csrf_token, logged_in, login, text, world  # noqa: F401 - fixtures are used by name
from tests.web_helpers import link_shown, use_link

# ---------------------------------------------------------------- accounts


def test_admins_create_change_and_disable_accounts_and_editors_cannot(app: Flask, world: SimpleNamespace) -> None:
    admin = logged_in(app, "admin@example.org")
    form = admin.get("/admin/accounts/new")
    for email, role, clinic in (("new.editor@example.org", "editor", ""), ("desk@c2.example", "clinic", "c2")):
        response = admin.post(
            "/admin/accounts/new", data={"email": email, "role": role, "clinic": clinic, "csrf_token": csrf_token(form)}
        )
        assert response.status_code == 200
        assert use_link(app, link_shown(response)).status_code == 303  # the invitation sets PASSWORD
    new_editor = logged_in(app, "new.editor@example.org")
    assert new_editor.get("/admin/kb").status_code == 200
    assert new_editor.get("/admin/accounts").status_code == 403
    assert new_editor.get("/admin/audit").status_code == 403
    assert logged_in(app, "desk@c2.example").get("/admin").status_code == 403

    with session_scope(world.engine) as session:
        ids = {user.email: user.id for user in session.execute(select(User)).scalars()}
    listing = admin.get("/admin/accounts")
    disabled = admin.post(
        f"/admin/accounts/{ids['new.editor@example.org']}/active",
        data={"active": "0", "csrf_token": csrf_token(listing)},
    )
    assert disabled.status_code == 303
    assert login(app.test_client(), "new.editor@example.org").status_code == 401
    assert new_editor.get("/admin/kb").status_code == 302  # the open session ended too

    page = admin.get(f"/admin/accounts/{ids['editor@example.org']}/role")
    assert page.status_code == 200 and "Change the role of editor@example.org" in text(page)
    missing_clinic = admin.post(
        f"/admin/accounts/{ids['editor@example.org']}/role",
        data={"role": "clinic", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert missing_clinic.status_code == 400 and "A clinic account needs a clinic." in text(missing_clinic)
    promoted = admin.post(
        f"/admin/accounts/{ids['editor@example.org']}/role",
        data={"role": "admin", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert promoted.status_code == 303
    assert logged_in(app, "editor@example.org").get("/admin/audit").status_code == 200
    own = admin.post(
        f"/admin/accounts/{ids['admin@example.org']}/role",
        data={"role": "editor", "clinic": "", "csrf_token": csrf_token(page)},
    )
    assert own.status_code == 400 and "cannot change your own role" in text(own)

    editor = logged_in(app, "second.editor@example.org")
    token = csrf_token(editor.get("/admin"))
    assert (
        editor.post(
            "/admin/accounts/new", data={"email": "x@example.org", "role": "admin", "clinic": "", "csrf_token": token}
        ).status_code
        == 403
    )
    assert (
        editor.post(
            f"/admin/accounts/{ids['admin@example.org']}/active", data={"active": "0", "csrf_token": token}
        ).status_code
        == 403
    )
    assert (
        editor.post(
            f"/admin/accounts/{ids['second.editor@example.org']}/role",
            data={"role": "admin", "clinic": "", "csrf_token": token},
        ).status_code
        == 403
    )
    with session_scope(world.engine) as session:
        assert session.get(User, ids["admin@example.org"]).active
        assert session.get(User, ids["second.editor@example.org"]).role == "editor"
    admin_id = ids["admin@example.org"]
    assert audit_actions(world.engine) == [
        (admin_id, "user.create", "user", "new.editor@example.org"),
        (ids["new.editor@example.org"], "user.password_set", "user", "new.editor@example.org"),
        (admin_id, "user.create", "user", "desk@c2.example"),
        (ids["desk@c2.example"], "user.password_set", "user", "desk@c2.example"),
        (admin_id, "user.disable", "user", "new.editor@example.org"),
        (admin_id, "user.role", "user", "editor@example.org"),
    ]
