"""Inquiry housekeeping: notification delivery and the retention purge."""
from __future__ import annotations

import argparse

from bot.cli.output import say
from bot.config import load_settings


def purge(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.inquiries.service import purge_inquiries

    days = args.older_than_days or load_settings().inquiry_retention_days
    with session_scope() as session:
        removed = purge_inquiries(session, days)
    say(f"inquiries: {removed} older than {days} days purged")
    return 0


def deliver(args: argparse.Namespace) -> int:
    from bot.db import get_engine
    from bot.inquiries.outbox import deliver_due

    settings = load_settings()
    report = deliver_due(get_engine(settings.database_url), settings)
    say(f"outbox: {report.sent} sent, {report.retried} to retry, {report.failed} failed, "
        f"{report.deferred} deferred")
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
    parser = commands.add_parser("purge-inquiries", help="delete inquiries older than the retention period")
    parser.add_argument("--older-than-days", type=int, help="default: $INQUIRY_RETENTION_DAYS (180)")
    parser.set_defaults(func=purge)
    commands.add_parser("deliver-outbox", help="send the notifications that are due, once").set_defaults(
        func=deliver)
    parser = commands.add_parser("outbox-worker", help="keep sending due notifications (retries with backoff)")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between rounds")
    parser.set_defaults(func=worker)
