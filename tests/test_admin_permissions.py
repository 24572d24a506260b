"""Who may open what under /admin: every route of the app's URL map, for every role.

Anonymous visitors are sent to the login page; clinic accounts get 403 everywhere; editors
get 403 on accounts, the audit log and the reviewers' steps (publish, send back, unpublish);
reviewers get 403 on accounts and the audit log; admins are let in everywhere. POSTs carry a
valid CSRF token but no form, so they are accepted as requests and refused as forms (400),
never carried out.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask, url_for
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.revisions import record_revision
from bot.models import AuditLog, KnowledgeEntry, KnownGap, User
from tests.admin_world import ANSWER_V1, SOURCE_URL, _secrets, app, csrf_token, logged_in, path_of, text, world  # noqa: F401 - fixtures are used by name
from tests.clock import TODAY

pytestmark = pytest.mark.usefixtures("on_todays_date")

ADMIN_ONLY = (
    "accounts.accounts",
    "accounts.new_account",
    "accounts.set_active",
    "accounts.change_role",
    "accounts.password_link",
    "audit.log",
)
PUBLISHERS_ONLY = ("review.confirm_publish", "review.send_back_entry", "review.unpublish_entry")
FORBIDDEN = {"editor": ADMIN_ONLY + PUBLISHERS_ONLY, "reviewer": ADMIN_ONLY, "admin": ()}
LET_IN = {200, 303, 400, 409}


@pytest.fixture
def sample(world: SimpleNamespace) -> dict[str, int]:
    """Real ids for every URL argument, so a GET that is allowed finds something to show."""
    with session_scope(world.engine) as session:
        entry = KnowledgeEntry(
            slug="sample",
            topic="cost",
            question="What does it cost?",
            phrasings=[],
            answer=ANSWER_V1,
            sources=[{"title": "Label", "url": SOURCE_URL}],
            status="draft",
            reviewed_on=TODAY,
        )
        session.add(entry)
        session.flush()
        record_revision(session, entry, None)
        entry_id = entry.id
        gap = KnownGap(text="Can my dog have ketamine?", key="can my dog have ketamine", added_by="editor@example.org")
        session.add(gap)
        session.flush()
        gap_id = gap.id
    return {
        "gap_id": gap_id,
        "entry_id": entry_id,
        "number": 1,
        "clinic_id": world.clinics["c1"],
        "credential_id": world.credentials["c1"],
        "user_id": world.users["second.editor@example.org"],
    }


def admin_routes(app: Flask, sample: dict[str, int]) -> Iterator[tuple[str, str, str]]:
    """(endpoint, method, path) of every route under /admin."""
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/admin"):
            continue
        with app.test_request_context():
            path = url_for(rule.endpoint, **{name: sample[name] for name in rule.arguments})
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, path


def test_every_admin_route_is_checked(app: Flask, sample: dict[str, int]) -> None:
    endpoints = {endpoint for endpoint, _, _ in admin_routes(app, sample)}
    assert set(ADMIN_ONLY) < endpoints
    assert set(PUBLISHERS_ONLY) < endpoints
    assert {
        "accounts.admin_home",
        "kb.entries",
        "kb.new_entry",
        "kb.edit_entry",
        "kb.preview",
        "kb.history",
        "kb.diff",
        "kb.restore",
        "review.queue",
        "review.submit",
        "review.discard",
        "unanswered.groups",
        "unanswered.dismiss",
        "directory.clinics",
        "directory.clinic",
        "directory.new_clinic",
        "directory.edit_clinic",
        "directory.new_credential",
        "directory.edit_credential",
        "directory.verify_credential",
        "directory.import_csv",
        "directory.export",
    } < endpoints
    assert len(list(admin_routes(app, sample))) >= 40


def test_anonymous_visitors_are_sent_to_login_from_every_admin_route(
    app: Flask, world: SimpleNamespace, sample: dict[str, int]
) -> None:
    client = app.test_client()
    token = csrf_token(client.get("/login"))
    for _endpoint, method, path in admin_routes(app, sample):
        response = client.open(path, method=method, data={"csrf_token": token} if method == "POST" else None)
        assert response.status_code == 302, (method, path, response.status_code)
        assert path_of(response.location) == "/login", (method, path)
        if method == "GET":
            assert parse_qs(urlsplit(response.location).query)["next"] == [path]


def test_clinic_accounts_get_403_on_every_admin_route(
    app: Flask, world: SimpleNamespace, sample: dict[str, int]
) -> None:
    client = logged_in(app, "one@c1.example")
    token = csrf_token(client.get("/portal"))
    for _endpoint, method, path in admin_routes(app, sample):
        response = client.open(path, method=method, data={"csrf_token": token} if method == "POST" else None)
        assert response.status_code == 403, (method, path, response.status_code)
        assert "Access denied" in text(response)


@pytest.mark.parametrize("role", ["editor", "reviewer", "admin"])
def test_staff_roles_reach_exactly_their_routes(
    app: Flask, world: SimpleNamespace, sample: dict[str, int], role: str
) -> None:
    email = f"{role}@example.org"
    client = logged_in(app, email)
    token = csrf_token(client.get("/admin"))
    routes = list(admin_routes(app, sample))
    for endpoint, path in sorted({(endpoint, path) for endpoint, _, path in routes}):
        methods = {method for other, method, _ in routes if other == endpoint}
        forbidden = endpoint in FORBIDDEN[role]
        response = client.get(path)  # a page, or 405 for an address that only takes forms
        if forbidden:
            assert response.status_code in (403 if "GET" in methods else 405,), (email, path, response.status_code)
        else:
            assert response.status_code == (200 if "GET" in methods else 405), (email, path, response.status_code)
        if "POST" in methods:
            response = client.post(path, data={"csrf_token": token})
            if forbidden:
                assert response.status_code == 403, (email, path, response.status_code)
            else:
                assert response.status_code in LET_IN, (email, path, response.status_code)
    # Nothing was changed by any of those requests.
    with session_scope(world.engine) as session:
        assert session.execute(select(AuditLog)).first() is None
        assert all(user.active for user in session.execute(select(User)).scalars())


def test_posts_without_a_csrf_token_are_refused(app: Flask, world: SimpleNamespace, sample: dict[str, int]) -> None:
    client = logged_in(app, "admin@example.org")
    for _endpoint, method, path in admin_routes(app, sample):
        if method == "POST":
            response = client.post(path, data={"active": "0", "status": "published", "version": "1"})
            assert response.status_code == 400 and "security token" in text(response), (path, response.status_code)
