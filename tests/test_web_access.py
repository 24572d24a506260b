"""Who may open what in the web app: anonymous visitors, clinic accounts and staff, route by route,
and one clinic never reaching another's inquiries (real SQLite and PostgreSQL, CSRF on)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from flask import Flask, url_for

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
    inquiry_row,
    link_shown,
    logged_in,
    login,
    path_of,
    text,
    use_link,
    world,
)

OTHER_REFERENCE_ARGS = {"reference": "KT-2222-2222", "user_id": 1}


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
