"""The clinic portal's core service (bot.inquiries.portal) on real SQLite and PostgreSQL, without Flask.

One clinic never sees or changes another clinic's inquiry through it, and each change writes its
status history and audit entry in the caller's transaction (nothing is committed for it).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db import session_factory, session_scope
from bot.inquiries import portal
from bot.inquiries.service import save_inquiry
from bot.models import AuditLog, Clinic, Inquiry, InquiryNote, InquiryStatusChange, User, utcnow
from tests.web_helpers import _secrets, inquiry_request, world  # noqa: F401 - fixtures are used by name


@pytest.fixture
def actors(world: SimpleNamespace) -> SimpleNamespace:
    """The ids of clinic c1 and its account, and of clinic c2."""
    with session_scope(world.engine) as session:
        clinic_ids = dict(session.execute(select(Clinic.ref, Clinic.id)).all())
        one = session.execute(select(User.id).where(User.email == "one@c1.example")).scalar_one()
    return SimpleNamespace(c1=clinic_ids["c1"], c2=clinic_ids["c2"], one=one)


def _audit(session: Session) -> list[tuple]:
    rows = session.execute(select(AuditLog).order_by(AuditLog.id)).scalars()
    return [(row.user_id, row.action, row.object_type, row.object_ref, row.details) for row in rows]


def _count(session: Session, model: type) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_the_list_shows_only_the_clinics_own_inquiries_paged_and_filtered(
    world: SimpleNamespace, actors: SimpleNamespace
) -> None:
    start = utcnow() - dt.timedelta(days=3)
    with session_scope(world.engine) as session:
        own = session.execute(select(Inquiry).where(Inquiry.reference == world.own)).scalar_one()
        own.created_at, own.status = start - dt.timedelta(days=1), "contacted"
        newer = [save_inquiry(session, inquiry_request("c1")) for _ in range(4)]
        for minute, row in enumerate(newer):
            row.created_at = start + dt.timedelta(minutes=minute)
        newest_first = [row.reference for row in reversed(newer)] + [world.own]
    with session_scope(world.engine) as session:
        first = portal.inquiry_page(session, actors.c1, page=1, per_page=2)
        assert [row.reference for row in first.items] == newest_first[:2]
        assert (first.total, first.page, first.pages) == (5, 1, 3)
        last = portal.inquiry_page(session, actors.c1, page=3, per_page=2)
        assert [row.reference for row in last.items] == [world.own]
        beyond = portal.inquiry_page(session, actors.c1, page=9, per_page=2)  # the nearest page that exists
        assert beyond.page == 3 and [row.reference for row in beyond.items] == [world.own]
        contacted = portal.inquiry_page(session, actors.c1, "contacted")
        assert [row.reference for row in contacted.items] == [world.own] and contacted.total == 1
        assert portal.new_count(session, actors.c1) == 4
        assert portal.new_count(session, actors.c2) == 1
        other = portal.inquiry_page(session, actors.c2)
        assert [row.reference for row in other.items] == [world.other]
        assert [row.reference for row in portal.export_rows(session, actors.c1)] == newest_first
        assert [row.reference for row in portal.export_rows(session, actors.c1, "new")] == newest_first[:4]
        assert [row.reference for row in portal.export_rows(session, actors.c2)] == [world.other]


def test_another_clinics_inquiry_is_neither_found_nor_changed(world: SimpleNamespace, actors: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        assert portal.own_inquiry(session, actors.c1, world.other) is None
        assert portal.own_inquiry(session, actors.c1, "NO-SUCH-REF") is None
        assert portal.change_status(session, actors.c1, actors.one, world.other, "closed") is None
        assert portal.add_note(session, actors.c1, actors.one, world.other, "Called back") is None
        assert portal.own_inquiry(session, actors.c2, world.other) is not None
    with session_scope(world.engine) as session:
        other = session.execute(select(Inquiry).where(Inquiry.reference == world.other)).scalar_one()
        assert other.status == "new"
        assert _count(session, InquiryStatusChange) == _count(session, InquiryNote) == 0
        assert _audit(session) == []


def test_a_status_change_writes_its_history_and_audit_entry(world: SimpleNamespace, actors: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        changed = portal.change_status(session, actors.c1, actors.one, world.own, "contacted")
        assert changed is not None and changed.status == "contacted"
        same = portal.change_status(session, actors.c1, actors.one, world.own, "contacted")  # nothing to record
        assert same is changed
        with pytest.raises(ValueError, match="Unknown status"):
            portal.change_status(session, actors.c1, actors.one, world.own, "archived")
    with session_scope(world.engine) as session:
        found = portal.own_inquiry(session, actors.c1, world.own)
        assert found is not None and found.status == "contacted"
        history = [(row.user_id, row.from_status, row.to_status) for row in found.status_changes]
        assert history == [(actors.one, "new", "contacted")]
        assert _audit(session) == [
            (actors.one, "inquiry.status", "inquiry", world.own, {"from": "new", "to": "contacted", "clinic": "c1"})
        ]


def test_a_note_is_added_with_an_audit_entry_that_does_not_repeat_it(
    world: SimpleNamespace, actors: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        note = portal.add_note(session, actors.c1, actors.one, world.own, "  Called back, left a voicemail.  ")
        assert note is not None
        for empty in ("", "   "):
            with pytest.raises(ValueError, match="Write the note first"):
                portal.add_note(session, actors.c1, actors.one, world.own, empty)
        with pytest.raises(ValueError, match="at most 1000 characters"):
            portal.add_note(session, actors.c1, actors.one, world.own, "x" * 1001)
    with session_scope(world.engine) as session:
        found = portal.own_inquiry(session, actors.c1, world.own)
        assert found is not None
        assert [(row.author.email, row.body) for row in found.notes] == [
            ("one@c1.example", "Called back, left a voicemail.")
        ]
        assert _audit(session) == [(actors.one, "inquiry.note", "inquiry", world.own, {"clinic": "c1"})]


def test_nothing_is_committed_by_the_service(world: SimpleNamespace, actors: SimpleNamespace) -> None:
    session = session_factory(world.engine)()
    try:
        portal.change_status(session, actors.c1, actors.one, world.own, "closed")
        portal.add_note(session, actors.c1, actors.one, world.own, "A note")
        session.rollback()
    finally:
        session.close()
    with session_scope(world.engine) as session:
        assert session.execute(select(Inquiry.status).where(Inquiry.reference == world.own)).scalar_one() == "new"
        assert _count(session, InquiryNote) == _count(session, InquiryStatusChange) == 0
        assert _audit(session) == []
