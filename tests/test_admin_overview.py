"""The staff overview page: its counts of conversations, answered and unanswered questions, inquiries and
topics match the stored data, and recording a chat event never breaks a reply when the table is missing.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.inquiries.service import NewInquiry, save_inquiry
from bot.kb.gaps import load_gaps
from bot.models import ChatEvent, UnansweredQuestion, utcnow
from bot.stats import record_conversation, record_gap_asked, record_question
from tests.admin_world import _secrets, app, logged_in, squeeze, text, world  # noqa: F401 - fixtures are used by name

# ---------------------------------------------------------------- overview


def test_the_overview_counts_match_the_data(app: Flask, world: SimpleNamespace) -> None:
    now = utcnow()
    for _ in range(3):
        assert record_conversation(world.engine)
    for topic in ("cost", "cost", "risks", "not-a-topic"):
        assert record_question(world.engine, topic)
    with session_scope(world.engine) as session:
        session.add_all(
            [
                ChatEvent(kind="conversation", created_at=now - dt.timedelta(days=10)),
                ChatEvent(kind="conversation", created_at=now - dt.timedelta(days=40)),
                ChatEvent(kind="question", topic="cost", created_at=now - dt.timedelta(days=20)),
                UnansweredQuestion(text="a", confidence=0.2),
                UnansweredQuestion(text="b", confidence=0.2),
                UnansweredQuestion(
                    text="c", confidence=0.2, created_at=now - dt.timedelta(days=15), status="dismissed"
                ),
            ]
        )
        request = dict(
            first_name="Sam", contact="sam@example.com", contact_kind="email", preferred_time=None, note=None
        )
        save_inquiry(session, NewInquiry(clinic_ref="c1", **request))
        save_inquiry(session, NewInquiry(clinic_ref="c1", **request)).status = "contacted"
        save_inquiry(session, NewInquiry(clinic_ref="c2", **request)).created_at = now - dt.timedelta(days=12)
    with session_scope(world.engine) as session:
        stored = session.execute(select(ChatEvent.topic).where(ChatEvent.kind == "question")).scalars().all()
        assert sorted(stored, key=str) == [None, "cost", "cost", "cost", "risks"]

    page = squeeze(text(logged_in(app, "editor@example.org").get("/admin")))
    # The counts link to their lists (tests/test_overview_audit.py); here only the numbers matter.
    page = re.sub(r'<a href="[^"]*">|</a>|<span class="visually-hidden">[^<]*</span>', "", page)
    assert '<th scope="row">Conversations</th><td>3</td><td>4</td>' in page
    assert '<th scope="row">Questions answered</th><td>4</td><td>5</td>' in page
    assert '<th scope="row">Unanswered questions</th><td>2</td><td>3</td>' in page
    assert '<th scope="row">Inquiries to clinics</th><td>2</td><td>3</td>' in page
    assert '<th scope="row">Cost and insurance</th><td>2</td><td>3</td>' in page
    assert '<th scope="row">Risks and side effects</th><td>1</td><td>1</td>' in page
    assert '<th scope="row">Topic not recorded</th><td>1</td><td>1</td>' in page
    assert '<th scope="row">Clinic c1 (sample)</th><td>1</td><td>1</td><td>0</td><td>1</td><td>1</td><td>0</td>' in page
    assert '<th scope="row">Clinic c2 (sample)</th><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td>' in page
    assert "(2 waiting)" in page
    assert "Questions not covered (asked 0 times by visitors)" in page


def test_the_overview_says_how_often_questions_not_covered_were_asked(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        load_gaps(session, ["what is the billing code for an infusion", "can I bring my dog to the clinic"])
    for text_asked in ["can I bring my dog to the clinic"] * 2 + ["what is the billing code for an infusion"]:
        assert record_gap_asked(world.engine, text_asked)
    page = text(logged_in(app, "editor@example.org").get("/admin"))
    assert re.search(
        r'<a href="/admin/not-covered\?order=asked">Questions not covered</a> \(asked 3 times by visitors\)', page
    )


def test_recording_chat_events_never_breaks_a_reply(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from bot.db import make_engine

    unmigrated = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")  # no chat_events table
    try:
        assert record_conversation(unmigrated) is False
        assert record_question(unmigrated, "cost") is False
    finally:
        unmigrated.dispose()
    assert "could not record a question chat event" in caplog.text
