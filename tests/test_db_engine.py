"""The SQLite engine (``bot.db.make_engine``): a file database keeps its connections between
sessions, hands them safely from thread to thread, and keeps foreign keys on in each."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import text

from bot.db import make_engine, session_scope


def test_a_file_database_reuses_its_connection_between_sessions(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'pooled.db'}")
    try:
        with session_scope(engine) as session:
            first = session.connection().connection.dbapi_connection
        with session_scope(engine) as session:
            second = session.connection().connection.dbapi_connection
        assert first is second  # not a new SQLite connection (and a WAL checkpoint at its close) per message
    finally:
        engine.dispose()


def test_sessions_from_other_threads_share_the_pool(tmp_path: Path) -> None:
    """The action server answers in a thread pool: a connection opened by one thread is reused by others."""
    engine = make_engine(f"sqlite:///{tmp_path / 'threads.db'}")
    try:
        with session_scope(engine) as session:
            session.execute(text("CREATE TABLE seen (n INTEGER)"))

        def insert_and_read(n: int) -> tuple[int, int]:
            with session_scope(engine) as session:
                session.execute(text("INSERT INTO seen VALUES (:n)"), {"n": n})
                foreign_keys = session.execute(text("PRAGMA foreign_keys")).scalar_one()
            return n, foreign_keys

        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(insert_and_read, range(40)))
        assert all(foreign_keys == 1 for _, foreign_keys in results)
        with session_scope(engine) as session:
            assert session.execute(text("SELECT count(*) FROM seen")).scalar_one() == 40
    finally:
        engine.dispose()


def test_an_in_memory_database_still_works(tmp_path: Path) -> None:
    engine = make_engine("sqlite://")
    with session_scope(engine) as session:
        assert session.execute(text("SELECT 1")).scalar_one() == 1
    engine.dispose()
