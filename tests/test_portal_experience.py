"""The clinic portal (issue #15): internal notes, status history with audit entries, the count of
new inquiries, clickable contacts, delivery errors for admins only, purge and migration 0008.

Real app, real SQLite and PostgreSQL (the ``engine`` fixture), forms posted with the page's CSRF token.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from flask import Flask
from sqlalchemy import inspect, select
from sqlalchemy import text as sql
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.inquiries.service import save_inquiry
from bot.migrate import alembic_config, upgrade
from bot.models import INQUIRY_NOTE_MAX_CHARS, AuditLog, Inquiry, InquiryNote, InquiryStatusChange, User, utcnow
from bot.retention import purge
from tests.web_helpers import (  # noqa: F401 - fixtures are used by name
    _password_hash,
    _secrets,
    app,
    csrf_token,
    inquiry_request,
    logged_in,
    path_of,
    text,
    world,
)

NOTE = "Called back, left a voicemail on +1 404 555 0199."


def _note(client, reference: str, body: str, token: str | None = None):
    if token is None:
        token = csrf_token(client.get(f"/portal/inquiries/{reference}"))
    return client.post(f"/portal/inquiries/{reference}/notes", data={"body": body, "csrf_token": token})


def _notes(engine: Engine, reference: str) -> list[str]:
    with session_scope(engine) as session:
        return list(
            session.execute(
                select(InquiryNote.body).join(Inquiry).where(Inquiry.reference == reference).order_by(InquiryNote.id)
            ).scalars()
        )


@pytest.fixture
def colleague(world: SimpleNamespace) -> str:
    """A second account of clinic c1."""
    with session_scope(world.engine) as session:
        first = session.execute(select(User).where(User.email == "one@c1.example")).scalar_one()
        session.add(
            User(email="colleague@c1.example", password_hash=_password_hash(), role="clinic", clinic_id=first.clinic_id)
        )
    return "colleague@c1.example"


# ---------------------------------------------------------------- notes


def test_clinic_staff_add_notes_that_their_colleagues_see(app: Flask, world: SimpleNamespace, colleague: str) -> None:
    client = logged_in(app, "one@c1.example")
    response = _note(client, world.own, NOTE)
    assert response.status_code == 303
    assert path_of(response.location) == f"/portal/inquiries/{world.own}" and response.location.endswith("#notes")
    page = text(client.get(response.location))
    assert f"Your note was added to inquiry {world.own}." in page and NOTE in page
    assert re.search(r'<p class="note-meta">one@c1\.example, <time', page)
    assert NOTE in text(logged_in(app, colleague).get(f"/portal/inquiries/{world.own}"))
    assert _notes(world.engine, world.own) == [NOTE]
    with world.engine.connect() as connection:  # encrypted at rest, like the inquiry's own fields
        stored = connection.execute(sql("SELECT body FROM inquiry_notes")).scalar_one()
    assert "voicemail" not in stored and "555" not in stored
    with session_scope(world.engine) as session:
        entry = session.execute(select(AuditLog).where(AuditLog.action == "inquiry.note")).scalar_one()
        assert (entry.object_type, entry.object_ref, entry.details) == ("inquiry", world.own, {"clinic": "c1"})


def test_notes_are_length_limited_required_and_need_a_csrf_token(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    too_long = _note(client, world.own, "x" * (INQUIRY_NOTE_MAX_CHARS + 1))
    assert too_long.status_code == 400
    assert f"A note can be at most {INQUIRY_NOTE_MAX_CHARS} characters long." in text(too_long)
    assert 'aria-invalid="true"' in text(too_long)
    empty = _note(client, world.own, "   ")
    assert empty.status_code == 400 and "Write the note first." in text(empty)
    assert _note(client, world.own, "forged", token="forged").status_code == 400
    assert client.post(f"/portal/inquiries/{world.own}/notes", data={"body": "no token"}).status_code == 400
    assert _notes(world.engine, world.own) == []
    assert _note(client, world.own, "y" * INQUIRY_NOTE_MAX_CHARS).status_code == 303  # exactly the limit


def test_another_clinic_can_neither_read_nor_add_notes(app: Flask, world: SimpleNamespace) -> None:
    assert _note(logged_in(app, "one@c1.example"), world.own, NOTE).status_code == 303
    other = logged_in(app, "two@c2.example")
    token = csrf_token(other.get("/portal"))
    assert other.get(f"/portal/inquiries/{world.own}").status_code == 404
    assert _note(other, world.own, "sneaky", token=token).status_code == 404
    assert NOTE not in text(other.get("/portal")) and NOTE not in text(other.get(f"/portal/inquiries/{world.other}"))
    assert NOTE not in other.get("/portal/export.csv").data.decode("utf-8-sig")
    assert _notes(world.engine, world.own) == [NOTE]


def test_notes_are_closed_to_anonymous_visitors_and_staff(app: Flask, world: SimpleNamespace) -> None:
    anonymous = app.test_client()
    token = csrf_token(anonymous.get("/login"))
    response = anonymous.post(f"/portal/inquiries/{world.own}/notes", data={"body": NOTE, "csrf_token": token})
    assert response.status_code == 302 and path_of(response.location) == "/login"
    admin = logged_in(app, "admin@example.org")
    assert _note(admin, world.own, NOTE, token=csrf_token(admin.get("/admin"))).status_code == 403
    assert _notes(world.engine, world.own) == []


# ---------------------------------------------------------------- status history


def test_status_changes_are_kept_as_history_and_audited(app: Flask, world: SimpleNamespace, colleague: str) -> None:
    client = logged_in(app, "one@c1.example")
    token = csrf_token(client.get(f"/portal/inquiries/{world.own}"))
    for status in ("contacted", "contacted", "closed"):  # the repeated status changes nothing
        client.post(f"/portal/inquiries/{world.own}/status", data={"status": status, "csrf_token": token})
    colleague_client = logged_in(app, colleague)
    colleague_client.post(
        f"/portal/inquiries/{world.own}/status",
        data={"status": "new", "csrf_token": csrf_token(colleague_client.get(f"/portal/inquiries/{world.own}"))},
    )
    with session_scope(world.engine) as session:
        changes = [
            (change.user.email, change.from_status, change.to_status)
            for change in session.execute(select(InquiryStatusChange).order_by(InquiryStatusChange.id)).scalars()
        ]
        audits = [
            (row.action, row.object_type, row.object_ref, row.details)
            for row in session.execute(
                select(AuditLog).where(AuditLog.action == "inquiry.status").order_by(AuditLog.id)
            ).scalars()
        ]
    assert changes == [
        ("one@c1.example", "new", "contacted"),
        ("one@c1.example", "contacted", "closed"),
        (colleague, "closed", "new"),
    ]
    assert audits == [
        ("inquiry.status", "inquiry", world.own, {"from": "new", "to": "contacted", "clinic": "c1"}),
        ("inquiry.status", "inquiry", world.own, {"from": "contacted", "to": "closed", "clinic": "c1"}),
        ("inquiry.status", "inquiry", world.own, {"from": "closed", "to": "new", "clinic": "c1"}),
    ]
    page = re.sub(r"\s+", " ", text(client.get(f"/portal/inquiries/{world.own}")))
    history = page[page.index('<ol class="status-history">') : page.index("</ol>")]
    assert history.count("<li>") == 4 and "received" in history
    assert "one@c1.example changed the status from Contacted to" in history
    assert f"{colleague} changed the status from Closed to" in history
    audit_page = text(logged_in(app, "admin@example.org").get("/admin/audit?action=inquiry.status"))
    assert audit_page.count('title="inquiry.status">changed an inquiry&#39;s status<') == 3
    assert "3 changes matching the filters" in audit_page


# ---------------------------------------------------------------- the list and the contact links


def test_the_portal_counts_new_inquiries_of_its_own_clinic(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        for _ in range(2):
            save_inquiry(session, inquiry_request("c1"))
        save_inquiry(session, inquiry_request("c1")).status = "contacted"
        for _ in range(4):
            save_inquiry(session, inquiry_request("c2"))
    page = text(logged_in(app, "one@c1.example").get("/portal?status=contacted"))
    assert '<a href="/portal?status=new"><strong>3 new inquiries</strong></a>' in page
    assert "<strong>5 new inquiries</strong>" in text(logged_in(app, "two@c2.example").get("/portal"))
    with session_scope(world.engine) as session:
        for inquiry in session.execute(select(Inquiry)).scalars():
            inquiry.status = "closed"
    assert "No new inquiries" in text(logged_in(app, "one@c1.example").get("/portal"))


def test_contacts_are_mailto_and_tel_links(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        phone = save_inquiry(session, inquiry_request("c1", contact="+1 (404) 555-0142", contact_kind="phone"))
        reference = phone.reference
        # As the chat's contact form stores a number (bot.rules.format_us_phone), and one no phone can dial.
        save_inquiry(session, inquiry_request("c1", contact="(404) 555-0143", contact_kind="phone"))
        save_inquiry(session, inquiry_request("c1", contact="555-0100", contact_kind="phone"))
    client = logged_in(app, "one@c1.example")
    listing = text(client.get("/portal"))
    assert '<a class="contact-link" href="mailto:olivia@example.com">olivia@example.com</a>' in listing
    assert '<a class="contact-link" href="tel:+14045550142">+1 (404) 555-0142</a>' in listing
    assert '<a class="contact-link" href="tel:+14045550143">(404) 555-0143</a>' in listing
    assert "555-0100 <span" in listing and "tel:5550100" not in listing
    assert 'href="tel:+14045550142"' in text(client.get(f"/portal/inquiries/{reference}"))


# ---------------------------------------------------------------- delivery errors: admins only


def test_delivery_errors_are_shown_to_admins_not_to_clinics(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        own = session.execute(select(Inquiry).where(Inquiry.reference == world.own)).scalar_one()
        message = own.notifications[0]
        message.status, message.attempts, message.last_error = "failed", 12, "SMTP 550 mailbox unavailable"
    clinic = logged_in(app, "one@c1.example")
    for path in ("/portal", f"/portal/inquiries/{world.own}", "/portal/export.csv"):
        body = clinic.get(path).data.decode("utf-8-sig")
        assert "SMTP 550" not in body and "failed" not in body, path
    overview = re.sub(r"\s+", " ", text(logged_in(app, "admin@example.org").get("/admin")))
    assert "Notification delivery problems</a> (1)" in overview
    section = overview[overview.index('id="deliveries-heading"') :]
    assert world.own in section and "SMTP 550 mailbox unavailable" in section and "Failed after 12 attempts" in section
    assert "Olivia" not in section and "olivia@example.com" not in section  # no visitor contact data
    with session_scope(world.engine) as session:
        session.add(User(email="editor@example.org", password_hash=_password_hash(), role="editor"))
    editor_overview = text(logged_in(app, "editor@example.org").get("/admin"))
    assert "SMTP 550" not in editor_overview and "deliveries-heading" not in editor_overview


# ---------------------------------------------------------------- retention and the migration


def test_the_retention_purge_deletes_notes_and_history_with_their_inquiry(app: Flask, world: SimpleNamespace) -> None:
    client = logged_in(app, "one@c1.example")
    assert _note(client, world.own, NOTE).status_code == 303
    client.post(
        f"/portal/inquiries/{world.own}/status",
        data={"status": "closed", "csrf_token": csrf_token(client.get(f"/portal/inquiries/{world.own}"))},
    )
    with session_scope(world.engine) as session:
        own = session.execute(select(Inquiry).where(Inquiry.reference == world.own)).scalar_one()
        own.created_at = utcnow().replace(year=utcnow().year - 2)
    report = purge(world.engine, None, conversation_days=30, unanswered_days=365, feedback_days=365, inquiry_days=180)
    assert report.inquiries == 1
    with session_scope(world.engine) as session:
        assert session.execute(select(InquiryNote)).first() is None
        assert session.execute(select(InquiryStatusChange)).first() is None
        assert session.execute(select(Inquiry.reference)).scalars().all() == [world.other]


def test_migration_0008_upgrades_and_downgrades(engine: Engine) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    tables = {"inquiry_notes", "inquiry_status_changes"}
    assert tables <= set(inspect(engine).get_table_names())
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    assert not tables & set(inspect(engine).get_table_names())
    assert "inquiries" in inspect(engine).get_table_names()
    upgrade(engine)
    assert tables <= set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        head = ScriptDirectory.from_config(config).get_current_head()
        assert connection.execute(sql("SELECT version_num FROM alembic_version")).scalar_one() == head
