"""Housekeeping: notification delivery and the retention purge (``purge``; ``purge-inquiries`` alone)."""

from __future__ import annotations

import argparse

from bot.config import load_settings
from cli.output import say


def purge(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.inquiries.service import purge_inquiries

    days = args.older_than_days or load_settings().inquiry_retention_days
    with session_scope() as session:
        removed = purge_inquiries(session, days)
    say(f"inquiries: {removed} older than {days} days purged")
    return 0


def purge_everything(args: argparse.Namespace) -> int:
    """``python -m cli purge``: conversations, unanswered questions, feedback and inquiries past
    their retention periods (see :mod:`bot.retention`); run daily by deploy/assistant-purge.timer."""
    from sqlalchemy import create_engine

    from bot.db import get_engine
    from bot.retention import purge as purge_records

    settings = load_settings()
    tracker_url = args.tracker_database_url or settings.tracker_database_url
    tracker_engine = create_engine(tracker_url, future=True) if tracker_url else None  # Rasa's, as it is
    try:
        report = purge_records(
            get_engine(settings.database_url),
            tracker_engine,
            conversation_days=settings.conversation_retention_days,
            unanswered_days=settings.unanswered_retention_days,
            feedback_days=settings.feedback_retention_days,
            inquiry_days=settings.inquiry_retention_days,
        )
    finally:
        if tracker_engine is not None:
            tracker_engine.dispose()
    if report.tracker is None:
        say(
            "conversations: no SQL tracker store to purge (set TRACKER_DATABASE_URL or TRACKER_DB_*; "
            "without one, Rasa keeps conversations in memory only)"
            if tracker_url is None
            else "conversations: the tracker database has no events yet"
        )
    else:
        say(
            f"conversations: {report.tracker.events} events older than {settings.conversation_retention_days} "
            f"days deleted ({report.tracker.conversations} whole conversations); "
            f"{report.tracker.forms_redacted} events of abandoned contact forms redacted"
        )
    say(f"unanswered questions: {report.unanswered} older than {settings.unanswered_retention_days} days deleted")
    say(f"answer feedback: {report.feedback} older than {settings.feedback_retention_days} days deleted")
    say(f"inquiries: {report.inquiries} older than {settings.inquiry_retention_days} days purged")
    return 0


def deliver(args: argparse.Namespace) -> int:
    from bot.db import get_engine
    from bot.inquiries.outbox import deliver_due

    settings = load_settings()
    report = deliver_due(get_engine(settings.database_url), settings)
    say(f"outbox: {report.sent} sent, {report.retried} to retry, {report.failed} failed, {report.deferred} deferred")
    return 0


def worker(args: argparse.Namespace) -> int:
    from bot.db import get_engine
    from bot.inquiries.outbox import run_worker

    settings = load_settings()
    try:
        run_worker(get_engine(settings.database_url), settings, interval=args.interval)
    except KeyboardInterrupt:
        pass
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "purge",
        help="delete conversations, unanswered questions, feedback and "
        "inquiries older than their retention periods (run daily)",
    )
    parser.add_argument(
        "--tracker-database-url",
        help="Rasa's SQL tracker store (default: $TRACKER_DATABASE_URL, else the database named by $TRACKER_DB_*)",
    )
    parser.set_defaults(func=purge_everything)
    parser = commands.add_parser(
        "purge-inquiries",
        help="delete inquiries only, older than the retention period (python -m cli purge does this and more)",
    )
    parser.add_argument("--older-than-days", type=int, help="default: $INQUIRY_RETENTION_DAYS (180)")
    parser.set_defaults(func=purge)
    commands.add_parser("deliver-outbox", help="send the notifications that are due, once").set_defaults(func=deliver)
    parser = commands.add_parser("outbox-worker", help="keep sending due notifications (retries with backoff)")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between rounds")
    parser.set_defaults(func=worker)
