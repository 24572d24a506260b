"""Engine and session factory, created on first use rather than at import."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bot.config import load_settings


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite, make the folder and turn on foreign keys and WAL.

    A SQLite file keeps its connections in a pool, as SQLAlchemy 2.0 does by default (1.4
    opened and closed one per session): the assistant reads the database on every message,
    and closing the last connection to a WAL database checkpoints it to disk each time. A
    pooled connection may be handed to another thread, never to two at once."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = not parsed.database or parsed.database == ":memory:"
        if not in_memory:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        pooled = {} if in_memory else {"poolclass": QueuePool}
        engine = create_engine(url, future=True, connect_args={"timeout": 15, "check_same_thread": in_memory}, **pooled)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


@cache
def _engine_for(url: str) -> Engine:
    return make_engine(url)


def get_engine(url: str | None = None) -> Engine:
    """The process-wide engine for ``url`` (default: ``DATABASE_URL``)."""
    return _engine_for(url or load_settings().database_url)


def session_factory(engine: Engine | None = None) -> sessionmaker:
    """A ``sessionmaker`` bound to ``engine`` (default: the configured one)."""
    return sessionmaker(bind=engine or get_engine(), future=True, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """A transaction: commit on success, roll back on error."""
    session = session_factory(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
