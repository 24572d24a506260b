"""A throwaway database holding the shipped knowledge base, for evaluations and fits."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.db import make_engine, session_scope
from bot.kb.loader import load_knowledge_base
from bot.migrate import upgrade

KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"


@contextmanager
def shipped_knowledge_base() -> Iterator[Engine]:
    """A fresh SQLite database, migrated and loaded from ``data/kb``; removed afterwards."""
    with tempfile.TemporaryDirectory() as workdir:
        engine = make_engine(f"sqlite:///{workdir}/kb.db")
        try:
            upgrade(engine)
            with session_scope(engine) as session:
                load_knowledge_base(session, KB_DIR)
            yield engine
        finally:
            engine.dispose()
