"""``python -m cli purge``: everything past its retention period goes, nothing younger does.

The tracker part runs against Rasa's real SQL tracker store (the events it writes, on SQLite
and PostgreSQL), the rest against the application database of each kind. The purge on a live
Rasa server, after a real contact form, is in ``tests/test_tracker_privacy.py``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import select, text

from bot.config import PROJECT_ROOT
from bot.db import session_scope
from bot.inquiries.service import save_inquiry
from bot.models import AnswerFeedback, Inquiry, UnansweredQuestion, utcnow
from bot.retention import DAY, purge, purge_conversations
from bot.tracker_privacy import SEAL
from channels.tracker_store import PrivateSQLTrackerStore
from tests.clinic_factory import make_clinic, request
from tests.tracker_domain import DOMAIN

NOW = time.time()


def session(at: float, *, words: str, form: bool = False) -> list:
    """One conversation session, ``at`` seconds since the epoch (events a few ms apart)."""
    events = [
        SessionStarted(timestamp=at),
        ActionExecuted("action_listen", timestamp=at + 0.001),
        UserUttered(words, intent={"name": "ask_question"}, timestamp=at + 0.002),
        BotUttered("an answer", timestamp=at + 0.003),
        ActionExecuted("action_listen", timestamp=at + 0.004),
    ]
    if form:
        events += [
            ActionExecuted("contact_form", timestamp=at + 0.005),
            ActiveLoop("contact_form", timestamp=at + 0.006),
            BotUttered("What first name should they use?", timestamp=at + 0.007),
            ActionExecuted("action_listen", timestamp=at + 0.008),
            UserUttered("Quinlan", intent={"name": "inform"}, timestamp=at + 0.009),
        ]
    return events


@pytest.fixture
def store(engine):
    store = PrivateSQLTrackerStore(domain=DOMAIN, host=engine.url.render_as_string(hide_password=False))
    yield store
    store.engine.dispose()


def save(store, sender: str, *sessions: list) -> None:
    for events in sessions:  # one save per session, as Rasa saves a tracker of the latest session
        tracker = asyncio.run(store.retrieve(sender)) or DialogueStateTracker(sender, DOMAIN.slots)
        for event in events:
            tracker.update(event)
        asyncio.run(store.save(tracker))


def rows(store, sender: str) -> list[tuple[float, str]]:
    with store.engine.connect() as connection:
        return connection.execute(
            text("SELECT timestamp, data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}
        ).all()


def test_old_conversations_and_old_sessions_go_whole(store) -> None:
    save(store, "idle", session(NOW - 40 * DAY, words="old question"))
    save(store, "returning", session(NOW - 40 * DAY, words="first visit"), session(NOW - 2 * DAY, words="second visit"))
    save(store, "recent", session(NOW - 29 * DAY, words="recent question"))
    save(store, "abandoned", session(NOW - 3 * DAY, words="a question", form=True))
    save(store, "form-open", session(NOW - 600, words="a question", form=True))
    sealed = lambda sender: sum(f'"{SEAL}": ' in data for _, data in rows(store, sender))  # noqa: E731
    assert sealed("abandoned") == 2 and sealed("form-open") == 2

    report = purge_conversations(store.engine, 30, now=NOW)

    assert rows(store, "idle") == []
    assert all(stamp >= NOW - 2 * DAY for stamp, _ in rows(store, "returning"))  # the first visit is gone
    assert len(rows(store, "returning")) == 5 and len(rows(store, "recent")) == 5
    assert sealed("abandoned") == 0 and sealed("form-open") == 2  # a form open 10 minutes ago may still finish
    assert (report.conversations, report.events, report.forms_redacted) == (1, 10, 2)
    # The returning visitor's session is intact: Rasa appends after the right count, nothing twice.
    tracker = asyncio.run(store.retrieve("returning"))
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["second visit"]
    tracker.update(UserUttered("third question", intent={"name": "ask_question"}))
    asyncio.run(store.save(tracker))
    assert len(rows(store, "returning")) == 6
    assert purge_conversations(store.engine, 30, now=NOW).events == 0  # nothing more to do


def test_app_records_past_their_retention_go(engine) -> None:
    old = utcnow() - dt.timedelta(days=400)
    with session_scope(engine) as db:
        db.add(make_clinic("c1", 33.7, -84.4))
        db.add_all(
            [
                UnansweredQuestion(text="old", confidence=0.1, created_at=old),
                UnansweredQuestion(text="new", confidence=0.1),
                AnswerFeedback(entry_slug="cost", helpful=False, created_at=old),
                AnswerFeedback(entry_slug="cost", helpful=True),
            ]
        )
    with session_scope(engine) as db:
        save_inquiry(db, request(first_name="Old")).created_at = utcnow() - dt.timedelta(days=181)
        save_inquiry(db, request(first_name="New"))
    report = purge(engine, None, conversation_days=30, unanswered_days=365, feedback_days=365, inquiry_days=180)
    assert (report.tracker, report.unanswered, report.feedback, report.inquiries) == (None, 1, 1, 1)
    with session_scope(engine) as db:
        assert db.execute(select(UnansweredQuestion.text)).scalars().all() == ["new"]
        assert db.execute(select(AnswerFeedback.helpful)).scalars().all() == [True]
        assert [i.first_name for i in db.execute(select(Inquiry)).scalars()] == ["New"]


def test_the_command_reads_the_retention_settings(tmp_path: Path) -> None:
    from bot.db import make_engine
    from bot.migrate import upgrade

    app, tracker = f"sqlite:///{tmp_path / 'app.db'}", f"sqlite:///{tmp_path / 'tracker.db'}"
    upgrade(make_engine(app))
    store = PrivateSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    save(store, "ten-days", session(NOW - 10 * DAY, words="a question"))
    save(store, "fifty-days", session(NOW - 50 * DAY, words="a question"))
    environment = {
        **os.environ,
        "DATABASE_URL": app,
        "TRACKER_DATABASE_URL": tracker,
        "CONVERSATION_RETENTION_DAYS": "7",
        "INQUIRY_ENCRYPTION_KEY": "x8mQdkE1vB3ZyqJzq4bqQ5w5q7Q0b2m8GJ4bqk3y0Xo=",
    }
    result = subprocess.run(
        [sys.executable, "-m", "cli", "purge"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "conversations: 10 events older than 7 days deleted (2 whole conversations)" in result.stdout
    assert "unanswered questions: 0 older than 365 days deleted" in result.stdout
    assert "answer feedback: 0 older than 365 days deleted" in result.stdout
    assert "inquiries: 0 older than 180 days purged" in result.stdout
    assert rows(store, "ten-days") == [] and rows(store, "fifty-days") == []
    store.engine.dispose()


def test_tracker_database_from_the_production_variables(monkeypatch) -> None:
    from bot.config import tracker_database_url

    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    for name, value in {
        "TRACKER_DB_HOST": "db.internal",
        "TRACKER_DB_PORT": "5432",
        "TRACKER_DB_NAME": "rasa_tracker",
        "TRACKER_DB_USER": "rasa",
        "TRACKER_DB_PASSWORD": "p@ss:word/",
    }.items():
        monkeypatch.setenv(name, value)
    assert tracker_database_url() == "postgresql://rasa:p%40ss%3Aword%2F@db.internal:5432/rasa_tracker"
    monkeypatch.setenv("TRACKER_DATABASE_URL", "sqlite:///x.db")
    assert tracker_database_url() == "sqlite:///x.db"
    monkeypatch.delenv("TRACKER_DATABASE_URL")
    monkeypatch.delenv("TRACKER_DB_HOST")
    assert tracker_database_url() is None
