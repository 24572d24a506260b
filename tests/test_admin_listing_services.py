"""The core services behind the staff lists: the audit log's filters and links, the entry list,
entry look-ups and the overview's counts, on real SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.audit_log import SYSTEM, AuditFilter, actions_in_log, audit_page, people_in_log
from bot.db import session_scope
from bot.inquiries.service import save_inquiry
from bot.kb.listing import entry_page, entry_slug, least_helpful, titles_by_slug, titles_by_topic
from bot.models import AnswerFeedback, AuditLog, Clinic, KnowledgeEntry, UnansweredQuestion, User, utcnow
from bot.stats import period_counts, waiting_work
from tests.clinic_factory import make_clinic
from tests.web_helpers import inquiry_request

LOS_ANGELES = ZoneInfo("America/Los_Angeles")  # UTC-8 in January


def _user(email: str) -> User:
    return User(email=email, password_hash="not-a-real-hash", role="editor")


def _entry(slug: str, topic: str = "cost", status: str = "published", **fields: object) -> KnowledgeEntry:
    values: dict[str, object] = dict(question=f"Question {slug}?", answer=f"Answer for {slug}.", phrasings=[])
    values.update(fields)
    return KnowledgeEntry(slug=slug, topic=topic, status=status, **values)


@pytest.fixture
def log_world(engine: Engine) -> SimpleNamespace:
    """Two accounts (one never in the log) and changes by them and by the system, on known local days."""
    with session_scope(engine) as session:
        ann, bea, _quiet = _user("ann@example.org"), _user("bea@example.org"), _user("quiet@example.org")
        session.add_all([ann, bea, _quiet])
        session.flush()
        rows = {
            "ann-edit-jan9": AuditLog(
                user_id=ann.id,
                action="entry.update",
                object_type="knowledge_entry",
                object_ref="cost",
                created_at=dt.datetime(2026, 1, 10, 7, 59),  # 23:59 on 9 January in Los Angeles
            ),
            "ann-publish-jan10": AuditLog(
                user_id=ann.id,
                action="entry.publish",
                object_type="knowledge_entry",
                object_ref="risks",
                created_at=dt.datetime(2026, 1, 10, 8, 0),  # midnight starting 10 January there
            ),
            "bea-edit-jan10": AuditLog(
                user_id=bea.id,
                action="entry.update",
                object_type="knowledge_entry",
                object_ref="risks",
                created_at=dt.datetime(2026, 1, 11, 7, 59),  # the last minute of 10 January there
            ),
            "system-load-jan11": AuditLog(
                user_id=None,
                action="entry.load",
                object_type="knowledge_entry",
                object_ref=None,
                created_at=dt.datetime(2026, 1, 11, 8, 0),
            ),
            "bea-clinic-jan12": AuditLog(
                user_id=bea.id,
                action="clinic.update",
                object_type="clinic",
                object_ref="c1",
                created_at=dt.datetime(2026, 1, 12, 12, 0),
            ),
        }
        session.add_all(rows.values())
        session.flush()
        return SimpleNamespace(rows={name: row.id for name, row in rows.items()}, ann=ann.id, bea=bea.id)


def _shown(engine: Engine, world: SimpleNamespace, filters: AuditFilter) -> list[str]:
    names = {row_id: name for name, row_id in world.rows.items()}
    with session_scope(engine) as session:
        page = audit_page(session, filters, LOS_ANGELES, per_page=50)
    return [names[row.id] for row in page.items]


def test_audit_filters_combine_and_dates_are_whole_local_days(engine: Engine, log_world: SimpleNamespace) -> None:
    everything = ["bea-clinic-jan12", "system-load-jan11", "bea-edit-jan10", "ann-publish-jan10", "ann-edit-jan9"]
    assert _shown(engine, log_world, AuditFilter()) == everything  # newest first
    assert _shown(engine, log_world, AuditFilter(person=log_world.ann)) == ["ann-publish-jan10", "ann-edit-jan9"]
    assert _shown(engine, log_world, AuditFilter(person=SYSTEM)) == ["system-load-jan11"]
    assert _shown(engine, log_world, AuditFilter(action="entry.update")) == ["bea-edit-jan10", "ann-edit-jan9"]
    assert _shown(engine, log_world, AuditFilter(person=log_world.bea, action="entry.update")) == ["bea-edit-jan10"]
    jan10 = dt.date(2026, 1, 10)
    assert _shown(engine, log_world, AuditFilter(start=jan10, end=jan10)) == ["bea-edit-jan10", "ann-publish-jan10"]
    assert _shown(engine, log_world, AuditFilter(start=dt.date(2026, 1, 11))) == [
        "bea-clinic-jan12",
        "system-load-jan11",
    ]
    assert _shown(engine, log_world, AuditFilter(end=dt.date(2026, 1, 9))) == ["ann-edit-jan9"]
    assert _shown(engine, log_world, AuditFilter(object_type="clinic")) == ["bea-clinic-jan12"]
    assert _shown(engine, log_world, AuditFilter(ref=" risks ")) == ["bea-edit-jan10", "ann-publish-jan10"]
    assert _shown(engine, log_world, AuditFilter(ref="risks", start=dt.date(2026, 1, 10), person=log_world.ann)) == [
        "ann-publish-jan10"
    ]
    assert _shown(engine, log_world, AuditFilter(person=log_world.ann, object_type="clinic")) == []


def test_audit_filter_menus_offer_only_what_the_log_holds(engine: Engine, log_world: SimpleNamespace) -> None:
    with session_scope(engine) as session:
        people = people_in_log(session)
        actions = actions_in_log(session)
    assert [(person.id, person.email) for person in people] == [
        (log_world.ann, "ann@example.org"),
        (log_world.bea, "bea@example.org"),
    ]  # quiet@example.org changed nothing
    assert actions == [  # each once, by their phrase
        ("clinic.update", "edited a clinic"),
        ("entry.update", "edited an entry"),
        ("entry.load", "loaded entries from the knowledge-base files"),
        ("entry.publish", "published an entry"),
    ]


def test_audit_pages_stay_in_bounds(engine: Engine, log_world: SimpleNamespace) -> None:
    with session_scope(engine) as session:
        second = audit_page(session, AuditFilter(), LOS_ANGELES, page=2, per_page=2)
        past_end = audit_page(session, AuditFilter(), LOS_ANGELES, page=99, per_page=2)
        before_start = audit_page(session, AuditFilter(), LOS_ANGELES, page=0, per_page=2)
        nothing = audit_page(session, AuditFilter(action="user.create"), LOS_ANGELES, page=3, per_page=2)
    assert (second.total, second.page, second.pages) == (5, 2, 3)
    assert [row.id for row in second.items] == [log_world.rows["bea-edit-jan10"], log_world.rows["ann-publish-jan10"]]
    assert (past_end.page, [row.id for row in past_end.items]) == (3, [log_world.rows["ann-edit-jan9"]])
    assert (before_start.page, len(before_start.items)) == (1, 2)
    assert (nothing.total, nothing.page, nothing.pages, list(nothing.items)) == (0, 1, 1, [])


def test_audit_rows_say_which_objects_still_exist_and_outlive_their_session(engine: Engine) -> None:
    with session_scope(engine) as session:
        kept = _entry("kept")
        session.add_all([kept, make_clinic("c1", 33.7, -84.4), _user("ann@example.org")])
        session.flush()
        ann = session.execute(select(User)).scalar_one()
        clinic_id = session.execute(select(Clinic.id)).scalar_one()
        session.add_all(
            [
                AuditLog(
                    action="entry.update", object_type="knowledge_entry", object_ref="kept", details={"id": kept.id}
                ),
                AuditLog(
                    action="entry.update", object_type="knowledge_entry", object_ref="gone", details={"id": 99999}
                ),
                AuditLog(action="clinic.update", object_type="clinic", object_ref="c1", user_id=ann.id),
                AuditLog(action="credential.verify", object_type="credential", object_ref="c1/7", details={"id": 1}),
                AuditLog(action="clinic.update", object_type="clinic", object_ref="closed", details={"id": kept.id}),
            ]
        )
        entry_id = kept.id
    with session_scope(engine) as session:
        rows = list(audit_page(session, AuditFilter(), LOS_ANGELES).items)
    # Read after the session closed: plain values, nothing left to load.
    links = [(row.object_ref, row.entry_id, row.clinic_id, row.user.email if row.user else None) for row in rows]
    assert links == [
        ("closed", None, None, None),  # an "id" in a clinic's details is not an entry
        ("c1/7", None, clinic_id, None),  # a license links to its clinic
        ("c1", None, clinic_id, "ann@example.org"),
        ("gone", None, None, None),
        ("kept", entry_id, None, None),
    ]


def test_the_entry_list_searches_word_forms_filters_and_pages(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add_all(
            [
                _entry("price", "cost", "published", question="What does a session cost?", position=1),
                _entry("insurance", "cost", "draft", question="Does insurance pay?", position=2),
                _entry("nausea", "risks", "draft", question="Will I feel sick?", answer="Nausea costs comfort."),
                _entry("pending", "risks", "published", pending_change={"answer": "New text."}),
            ]
        )
    with session_scope(engine) as session:
        searched = entry_page(session, search="costs")
        drafts = entry_page(session, status="draft")
        draft_risks = entry_page(session, topic="risks", status="draft")
        cost_search_in_risks = entry_page(session, search="costs", topic="risks")
        second = entry_page(session, page=2, per_page=3)
        everything = entry_page(session, search="   ")
    assert [row.slug for row in searched.items] == ["price", "nausea"]  # "costs" finds "cost"; list order
    assert [row.slug for row in drafts.items] == ["insurance", "nausea"]
    assert [row.slug for row in draft_risks.items] == ["nausea"]
    assert [row.slug for row in cost_search_in_risks.items] == ["nausea"]
    assert (second.total, second.page, second.pages, [row.slug for row in second.items]) == (4, 2, 2, ["pending"])
    assert second.items[0].pending_change is True and everything.items[0].pending_change is False
    assert everything.total == 4


def test_entry_lookups_by_id_short_name_and_topic(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add_all(
            [
                _entry("second-cost", "cost", position=2),
                _entry("first-cost", "cost", position=1),
                _entry("a-risk", "risks"),
            ]
        )
    with session_scope(engine) as session:
        ids = dict(session.execute(select(KnowledgeEntry.slug, KnowledgeEntry.id)).all())
        assert entry_slug(session, ids["a-risk"]) == "a-risk"
        assert entry_slug(session, max(ids.values()) + 1) is None
        found = titles_by_slug(session, ["first-cost", "deleted", "first-cost"])
        assert titles_by_slug(session, []) == {}
        grouped = titles_by_topic(session)
    assert list(found) == ["first-cost"]
    assert (found["first-cost"].id, found["first-cost"].question) == (ids["first-cost"], "Question first-cost?")
    # Topics in list order (by key: "cost" before "risks"), entries by position within a topic.
    assert [(topic, [title.slug for title in titles]) for topic, titles in grouped] == [
        ("Cost and insurance", ["first-cost", "second-cost"]),
        ("Risks and side effects", ["a-risk"]),
    ]


def test_least_helpful_names_deleted_entries_by_their_short_name(engine: Engine) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        session.add(_entry("liked", question="Is it liked?"))
        session.add(_entry("disliked", question="Is it disliked?"))
        votes = [("liked", True), ("liked", True), ("disliked", False), ("disliked", True), ("removed", False)]
        session.add_all(AnswerFeedback(entry_slug=slug, helpful=helpful, created_at=now) for slug, helpful in votes)
        session.add(AnswerFeedback(entry_slug="liked", helpful=False, created_at=now - dt.timedelta(days=40)))
    with session_scope(engine) as session:
        ids = dict(session.execute(select(KnowledgeEntry.slug, KnowledgeEntry.id)).all())
        rated = least_helpful(session, days=30, limit=2)
    assert [(item.entry_id, item.question, item.stats.helpful, item.stats.not_helpful) for item in rated] == [
        (None, "removed", 0, 1),
        (ids["disliked"], "Is it disliked?", 1, 1),
    ]


def test_the_overview_counts_waiting_work_and_knows_each_inquired_clinic(engine: Engine) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        session.add_all(
            [make_clinic("c1", 33.7, -84.4), make_clinic("c2", 33.8, -84.3), make_clinic("c3", 33.9, -84.2)]
        )
        session.add_all(
            [
                UnansweredQuestion(text="new one", confidence=0.2),
                UnansweredQuestion(text="new two", confidence=0.2, created_at=now - dt.timedelta(days=90)),
                UnansweredQuestion(text="dismissed", confidence=0.2, status="dismissed"),
                UnansweredQuestion(text="answered", confidence=0.2, status="answered"),
                _entry("draft-one", status="draft"),
                _entry("in-review", status="in_review"),
                _entry("published"),
            ]
        )
    with session_scope(engine) as session:
        save_inquiry(session, inquiry_request("c1"))
        save_inquiry(session, inquiry_request("c1")).status = "contacted"
        save_inquiry(session, inquiry_request("c2")).created_at = now - dt.timedelta(days=12)
    with session_scope(engine) as session:
        clinics = dict(session.execute(select(Clinic.ref, Clinic.id)).all())
        waiting = waiting_work(session)
        week, month = period_counts(session, 7, now), period_counts(session, 30, now)
    assert (waiting.unanswered, waiting.drafts) == (2, 1)
    assert week.clinic_ids == {"c1": clinics["c1"]}
    assert month.clinic_ids == {"c1": clinics["c1"], "c2": clinics["c2"]}  # c3 had no inquiry
    assert month.inquiries_by_clinic["c1"][1] == {"new": 1, "contacted": 1}
