"""Anonymous usage counts for the staff overview, and the overview's figures.

Rasa keeps conversations in its own tracker store (in memory by default), so the chat
records a tiny event instead: "a conversation started" or "a question on topic X was
answered" (with the entry shown, for its "times shown" beside visitors' feedback). Only the
time, the kind, the topic and the entry are kept: never the message or who sent it.
Recording must never break a reply, so a database failure is logged and swallowed.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, joinedload

from bot.db import session_scope
from bot.kb.gaps import count_asked
from bot.kb.topics import TOPICS
from bot.local_time import local_day_start_utc, local_today
from bot.models import ChatEvent, Clinic, Inquiry, KnowledgeEntry, OutboxMessage, UnansweredQuestion, utcnow

log = logging.getLogger(__name__)

PERIODS_DAYS = (7, 30)


def _record(engine: Engine, kind: str, topic: str | None, entry_slug: str | None = None) -> bool:
    # One Core insert, not an ORM session: it runs beside every answer on the action server, where
    # a session's unit of work cost three times the CPU and competed with the reply for the GIL.
    try:
        with engine.begin() as connection:
            connection.execute(insert(ChatEvent).values(kind=kind, topic=topic, entry_slug=entry_slug))
    except SQLAlchemyError as error:
        log.warning("could not record a %s chat event: %s", kind, error.__class__.__name__)
        return False
    return True


def record_conversation(engine: Engine) -> bool:
    """Count one conversation (call on a conversation's first message); False if it was not saved."""
    return _record(engine, "conversation", None)


def record_question(engine: Engine, topic: str | None, entry_slug: str | None = None) -> bool:
    """Count one knowledge question of ``topic`` (an unknown topic is counted without one), and
    one showing of the entry ``entry_slug`` that answered it."""
    return _record(engine, "question", topic if topic in TOPICS else None, entry_slug or None)


def record_gap_asked(engine: Engine, gap_text: str) -> bool:
    """Count one visitor asking the question marked as not covered worded ``gap_text`` (such a
    question is not logged as unanswered, so this count is how staff see its demand)."""
    try:
        with session_scope(engine) as session:
            return count_asked(session, gap_text, utcnow())
    except SQLAlchemyError as error:
        log.warning("could not count a question not covered: %s", error.__class__.__name__)
        return False


@dataclass
class PeriodCounts:
    """What happened in the last ``days`` days."""

    days: int
    conversations: int = 0
    questions: int = 0
    questions_by_topic: dict[str, int] = field(default_factory=dict)
    unanswered: int = 0
    inquiries: int = 0
    # clinic ref -> (clinic name, {status: count})
    inquiries_by_clinic: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)
    clinic_ids: dict[str, int] = field(default_factory=dict)  # clinic ref -> id, for those clinics


def period_counts(session: Session, days: int, now: dt.datetime | None = None) -> PeriodCounts:
    """Counts of chat events, unanswered questions and inquiries created in the last ``days`` days."""
    since = (now or utcnow()) - dt.timedelta(days=days)
    counts = PeriodCounts(days=days)
    events = session.execute(
        select(ChatEvent.kind, ChatEvent.topic, func.count(ChatEvent.id))
        .where(ChatEvent.created_at >= since)
        .group_by(ChatEvent.kind, ChatEvent.topic)
    ).all()
    for kind, topic, count in events:
        if kind == "conversation":
            counts.conversations += count
        else:
            counts.questions += count
            key = topic or "unknown"
            counts.questions_by_topic[key] = counts.questions_by_topic.get(key, 0) + count
    counts.unanswered = session.execute(
        select(func.count(UnansweredQuestion.id)).where(UnansweredQuestion.created_at >= since)
    ).scalar_one()
    rows = session.execute(
        select(Clinic.id, Clinic.ref, Clinic.name, Inquiry.status, func.count(Inquiry.id))
        .join(Clinic, Clinic.id == Inquiry.clinic_id)
        .where(Inquiry.created_at >= since)
        .group_by(Clinic.id, Clinic.ref, Clinic.name, Inquiry.status)
        .order_by(Clinic.name, Clinic.ref)
    ).all()
    for clinic_id, ref, name, status, count in rows:
        counts.inquiries += count
        counts.clinic_ids[ref] = clinic_id
        counts.inquiries_by_clinic.setdefault(ref, (name, {}))[1][status] = count
    return counts


@dataclass(frozen=True)
class WaitingWork:
    """What is waiting for staff now, whatever its age."""

    unanswered: int  # unanswered questions nobody has answered or dismissed yet
    drafts: int  # knowledge entries still in draft


def waiting_work(session: Session) -> WaitingWork:
    """How many unanswered questions and draft entries are waiting for staff."""
    return WaitingWork(
        unanswered=session.execute(
            select(func.count(UnansweredQuestion.id)).where(UnansweredQuestion.status == "new")
        ).scalar_one(),
        drafts=session.execute(
            select(func.count(KnowledgeEntry.id)).where(KnowledgeEntry.status == "draft")
        ).scalar_one(),
    )


@dataclass
class DailyCounts:
    """Counts per day of the organisation's time zone, oldest day first, today last."""

    days: list[dt.date]
    conversations: list[int]
    questions: list[int]
    unanswered: list[int]
    inquiries: list[int]


def daily_counts(session: Session, days: int, zone: ZoneInfo, now: dt.datetime | None = None) -> DailyCounts:
    """What happened on each of the last ``days`` local days (today included), for the overview's charts."""
    today = local_today(zone, now)
    dates = [today - dt.timedelta(days=offset) for offset in range(days - 1, -1, -1)]
    starts = [local_day_start_utc(day, zone) for day in dates + [today + dt.timedelta(days=1)]]
    return DailyCounts(
        days=dates,
        conversations=_per_day(session, ChatEvent.created_at, starts, ChatEvent.kind == "conversation"),
        questions=_per_day(session, ChatEvent.created_at, starts, ChatEvent.kind == "question"),
        unanswered=_per_day(session, UnansweredQuestion.created_at, starts),
        inquiries=_per_day(session, Inquiry.created_at, starts),
    )


def _per_day(session: Session, column: Any, starts: list[dt.datetime], *conditions: Any) -> list[int]:
    """Rows per interval between consecutive ``starts``, counted by the database in one query
    (local days are not whole UTC days, so the buckets are the boundaries, not a date function)."""
    bucket = case(*[(column < end, index) for index, end in enumerate(starts[1:])]).label("bucket")
    rows = session.execute(
        select(bucket, func.count()).where(column >= starts[0], column < starts[-1], *conditions).group_by(bucket)
    ).all()
    counts = [0] * (len(starts) - 1)
    for index, count in rows:
        counts[index] = count
    return counts


def delivery_problems(session: Session, limit: int) -> tuple[int, list[OutboxMessage]]:
    """Notifications that failed, or are still being retried after an error: how many, and the
    newest ``limit`` of them with their inquiry and clinic. For administrators only: clinics
    never see delivery errors (they could not fix a mail server or a webhook anyway)."""
    problem = (OutboxMessage.status == "failed") | (
        (OutboxMessage.status == "pending") & OutboxMessage.last_error.is_not(None)
    )
    total = session.execute(select(func.count(OutboxMessage.id)).where(problem)).scalar_one()
    rows = (
        session.execute(
            select(OutboxMessage)
            .where(problem)
            .options(joinedload(OutboxMessage.inquiry).joinedload(Inquiry.clinic))
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
            .limit(limit)
        )
        .scalars()
        .all()
    )
    return total, list(rows)
