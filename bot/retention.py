"""Deleting what we keep about visitors once it is older than its retention period.

``python -m cli purge`` (daily: ``deploy/assistant-purge.timer``) runs :func:`purge`:

| records | setting (default) | where |
|---|---|---|
| conversations (Rasa tracker events) | ``CONVERSATION_RETENTION_DAYS`` (30) | the tracker database |
| unanswered questions | ``UNANSWERED_RETENTION_DAYS`` (365) | application database |
| answer feedback | ``FEEDBACK_RETENTION_DAYS`` (365) | application database |
| inquiries and their notifications | ``INQUIRY_RETENTION_DAYS`` (180) | application database |

The tracker database is Rasa's SQL tracker store (``events`` table), which may be another
database than ``DATABASE_URL``: ``TRACKER_DATABASE_URL``, else the one
``deploy/endpoints.production.yml`` names with ``TRACKER_DB_*`` (see
:func:`bot.config.tracker_database_url`). Without either, Rasa keeps conversations in
memory only and there is nothing to delete.

Conversations are deleted whole sessions at a time, never single events from the session a
visitor is in: Rasa's ``SQLTrackerStore.save`` appends the tracker's events after *the
number of rows stored since the latest session start*, so deleting some of those rows would
make it store events twice. A conversation idle for longer than the retention period goes
entirely; in a conversation still going on, events older than the period that belong to
earlier sessions (Rasa starts a new session after an hour of silence) go. The purge also
drops the seals of contact forms abandoned for more than a day (:mod:`bot.tracker_privacy`),
so an unfinished form's encrypted answers do not wait 30 days.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, delete, func, inspect, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.models import AnswerFeedback, UnansweredQuestion, utcnow
from bot.tracker_privacy import SEAL, SEAL_LIKE, without_seal

DAY = 86400.0
ABANDONED_FORM_SECONDS = DAY  # well past Rasa's session expiry (60 minutes): the form cannot resume

# Rasa's SQLTrackerStore.SQLEvent, the columns the purge needs (no Rasa import here).
events = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("data", Text),
)


@dataclass(frozen=True)
class TrackerPurge:
    events: int  # rows deleted
    conversations: int  # conversations deleted entirely
    forms_redacted: int  # sealed events of abandoned contact forms redacted


@dataclass(frozen=True)
class PurgeReport:
    tracker: TrackerPurge | None  # None: no SQL tracker store (or no events table yet)
    unanswered: int
    feedback: int
    inquiries: int


def purge_conversations(engine: Engine, older_than_days: int, *, now: float | None = None) -> TrackerPurge:
    """Delete tracker events older than ``older_than_days`` (whole sessions; see the module)."""
    now = time.time() if now is None else now
    cutoff = now - older_than_days * DAY
    latest = func.max(events.c.timestamp)
    idle = select(events.c.sender_id).group_by(events.c.sender_id).having(latest < cutoff)
    session_start = events.alias("session_start")
    latest_start = (
        select(func.max(session_start.c.timestamp))
        .where(session_start.c.sender_id == events.c.sender_id, session_start.c.type_name == "session_started")
        .scalar_subquery()
    )
    with engine.begin() as connection:
        conversations = len(connection.execute(idle).all())
        whole = connection.execute(delete(events).where(events.c.sender_id.in_(idle))).rowcount or 0
        earlier = (
            connection.execute(
                delete(events).where(events.c.timestamp < cutoff, events.c.timestamp < latest_start)
            ).rowcount
            or 0
        )
        forms = _redact_abandoned_forms(connection, now - ABANDONED_FORM_SECONDS)
    return TrackerPurge(events=whole + earlier, conversations=conversations, forms_redacted=forms)


def _redact_abandoned_forms(connection, idle_since: float) -> int:
    """Drop the seals of conversations silent since ``idle_since`` (their forms are over)."""
    quiet = select(events.c.sender_id).group_by(events.c.sender_id).having(func.max(events.c.timestamp) < idle_since)
    rows = connection.execute(
        select(events.c.id, events.c.data).where(events.c.data.like(SEAL_LIKE), events.c.sender_id.in_(quiet))
    ).all()
    redacted = 0
    for row_id, raw in rows:
        data = json.loads(raw)
        if SEAL in data:
            connection.execute(update(events).where(events.c.id == row_id).values(data=json.dumps(without_seal(data))))
            redacted += 1
    return redacted


def purge_unanswered(session: Session, older_than_days: int, *, now: dt.datetime | None = None) -> int:
    cutoff = (now or utcnow()) - dt.timedelta(days=older_than_days)
    return (
        session.execute(
            delete(UnansweredQuestion).where(UnansweredQuestion.created_at < cutoff),
            execution_options={"synchronize_session": False},
        ).rowcount
        or 0
    )


def purge_feedback(session: Session, older_than_days: int, *, now: dt.datetime | None = None) -> int:
    cutoff = (now or utcnow()) - dt.timedelta(days=older_than_days)
    return (
        session.execute(
            delete(AnswerFeedback).where(AnswerFeedback.created_at < cutoff),
            execution_options={"synchronize_session": False},
        ).rowcount
        or 0
    )


def has_tracker_events(engine: Engine) -> bool:
    return inspect(engine).has_table("events")


def purge(
    app_engine: Engine,
    tracker_engine: Engine | None,
    *,
    conversation_days: int,
    unanswered_days: int,
    feedback_days: int,
    inquiry_days: int,
) -> PurgeReport:
    """Everything past its retention period; the application database in one transaction."""
    from bot.db import session_scope
    from bot.inquiries.service import purge_inquiries

    tracker = None
    if tracker_engine is not None and has_tracker_events(tracker_engine):
        tracker = purge_conversations(tracker_engine, conversation_days)
    with session_scope(app_engine) as session:
        unanswered = purge_unanswered(session, unanswered_days)
        feedback = purge_feedback(session, feedback_days)
        inquiries = purge_inquiries(session, inquiry_days)
    return PurgeReport(tracker=tracker, unanswered=unanswered, feedback=feedback, inquiries=inquiries)
