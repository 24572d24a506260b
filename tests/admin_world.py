"""What the staff-admin tests share: accounts of every role, clinics in every licensing state,
and helpers that drive the real app like a browser (CSRF tokens read from the pages).

The login helpers and the app fixture are those of ``tests/web_helpers.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from werkzeug.test import TestResponse

from bot.db import session_scope
from bot.models import AuditLog, Clinic, KnowledgeEntry, User
from tests.clinic_factory import make_clinic
from tests.clock import TODAY
from tests.web_helpers import PASSWORD, _password_hash, _secrets, app, csrf_token, logged_in, login, path_of, text  # noqa: F401 - fixtures are used by name

VERSION_FIELD = re.compile(r'name="version" type="hidden" value="(\d+)"')
SOURCE_URL = "https://www.accessdata.fda.gov/drugsatfda_docs/label/2019/211243lbl.pdf"
ANSWER_V1 = (
    "Plan not to drive on the day of a ketamine or esketamine session. The SPRAVATO label says patients "
    "should not drive or operate machinery until the next day after a restful sleep, and clinics giving "
    "IV ketamine ask for someone to take you home. Dizziness, sleepiness and slowed reactions can last "
    "for hours after the session, even when you feel fine."
)
ANSWER_V2 = (
    "Do not drive on the day of a ketamine or esketamine session. The SPRAVATO label says patients should "
    "not drive or operate machinery until the next day after a restful sleep, and clinics giving IV "
    "ketamine ask for someone to take you home. Dizziness, sleepiness and slowed reactions can last for "
    "hours after the session. Ask your clinic about a ride before your first appointment."
)
QUESTION = "Can I drive home after a ketamine treatment?"


@pytest.fixture
def world(engine: Engine) -> SimpleNamespace:
    """Accounts of each role and three clinics: listed, listed but due soon, and hidden."""
    with session_scope(engine) as session:
        session.add_all(
            [
                make_clinic(
                    "c1",
                    33.70,
                    -84.40,
                    license_expires=TODAY + dt.timedelta(days=300),
                    verified_on=TODAY - dt.timedelta(days=30),
                ),
                make_clinic(
                    "c2",
                    33.80,
                    -84.30,
                    license_expires=TODAY + dt.timedelta(days=10),
                    verified_on=TODAY - dt.timedelta(days=350),
                ),
                make_clinic(
                    "c3",
                    33.90,
                    -84.20,
                    license_expires=TODAY + dt.timedelta(days=200),
                    verified_on=TODAY - dt.timedelta(days=400),
                ),
            ]
        )
    with session_scope(engine) as session:
        c1 = session.execute(select(Clinic).where(Clinic.ref == "c1")).scalar_one()
        session.add_all(
            [
                User(email="admin@example.org", password_hash=_password_hash(), role="admin"),
                User(email="editor@example.org", password_hash=_password_hash(), role="editor"),
                User(email="second.editor@example.org", password_hash=_password_hash(), role="editor"),
                User(email="reviewer@example.org", password_hash=_password_hash(), role="reviewer"),
                User(email="one@c1.example", password_hash=_password_hash(), role="clinic", clinic=c1),
            ]
        )
    with session_scope(engine) as session:
        ids = {user.email: user.id for user in session.execute(select(User)).scalars()}
        clinics = {clinic.ref: clinic.id for clinic in session.execute(select(Clinic)).scalars()}
        credentials = {clinic.ref: clinic.credentials[0].id for clinic in session.execute(select(Clinic)).scalars()}
    return SimpleNamespace(engine=engine, users=ids, clinics=clinics, credentials=credentials)


def version_of(response: TestResponse) -> str:
    match = VERSION_FIELD.search(text(response))
    assert match, "the page has no version field"
    return match.group(1)


def entry_form(token: str, version: str | None = None, **changes: str) -> dict:
    """A complete, valid knowledge-entry form as a browser would post it."""
    data = {
        "csrf_token": token,
        "slug": "driving-after-treatment",
        "topic": "treatment_process",
        "question": QUESTION,
        "phrasings": "Is it safe to drive after an infusion?\nWho takes me home after ketamine?",
        "answer": ANSWER_V1,
        "sources-0-title": "SPRAVATO prescribing information",
        "sources-0-url": SOURCE_URL,
        "sources-1-title": "",
        "sources-1-url": "",
        "reviewed_on": "2026-11-01",
        "save": "Save",
    }
    if version is not None:
        data["version"] = version
    data.update(changes)
    return data


def audit_actions(engine: Engine) -> list[tuple[int | None, str, str, str | None]]:
    """(user id, action, object type, object ref) of every audit entry, oldest first."""
    with session_scope(engine) as session:
        return [
            (row.user_id, row.action, row.object_type, row.object_ref)
            for row in session.execute(select(AuditLog).order_by(AuditLog.id)).scalars()
        ]


def squeeze(html: str) -> str:
    """Markup without the whitespace between tags, for matching table rows."""
    return re.sub(r">\s+<", "><", html)


def publish_entry(client, entry_id: int, reviewed_by: str | None = None) -> TestResponse:
    """A reviewer's (or admin's) publish through the confirmation page, as a browser posts it."""
    page = client.get(f"/admin/kb/{entry_id}/publish")
    assert page.status_code == 200, page.status_code
    field = re.search(r'name="reviewed_by"[^>]*value="([^"]*)"', text(page))
    return client.post(
        f"/admin/kb/{entry_id}/publish",
        data={
            "csrf_token": csrf_token(page),
            "version": version_of(page),
            "confirm": "y",
            "reviewed_by": reviewed_by if reviewed_by is not None else (field.group(1) if field else ""),
        },
    )


def submit_entry(client, entry_id: int) -> TestResponse:
    """An editor's "Submit for review" from the entry's page."""
    page = client.get(f"/admin/kb/{entry_id}")
    return client.post(
        f"/admin/kb/{entry_id}/submit", data={"csrf_token": csrf_token(page), "version": version_of(page)}
    )


def entry_row(engine: Engine, slug: str = "driving-after-treatment") -> KnowledgeEntry:
    with session_scope(engine) as session:
        return session.execute(select(KnowledgeEntry).where(KnowledgeEntry.slug == slug)).scalar_one()


def create_draft(client, **changes: str) -> int:
    form = client.get("/admin/kb/new")
    response = client.post("/admin/kb/new", data=entry_form(csrf_token(form), **changes))
    assert response.status_code == 303, text(response)
    match = re.fullmatch(r"/admin/kb/(\d+)", path_of(response.location))
    assert match, response.location
    return int(match.group(1))
