"""Migrated, empty test databases made cheaply: the migrations run once per test process.

SQLite: the first test migrates a template file; every test gets a copy of it.
PostgreSQL: a migrated schema is emptied (TRUNCATE … RESTART IDENTITY) after a test and handed to
the next; one the test left at another revision or with other tables (Rasa's tracker store adds its
own), or that cannot be emptied, is dropped instead.
Each test's engine has its own URL (``application_name``), so no per-URL cache outlives a test.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.db import make_engine
from bot.migrate import alembic_config, upgrade
from bot.models import Base

#: The tables the migrations make; a schema holding any other is dropped, not reused.
MIGRATED_TABLES = {*Base.metadata.tables, "alembic_version"}


class SqliteTemplate:
    """One migrated SQLite file, copied for each test."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "migrated.db"
        engine = make_engine(f"sqlite:///{self.path}")
        upgrade(engine)
        engine.dispose()  # the last connection's close checkpoints the WAL into the file

    def copy(self, folder: Path) -> Engine:
        target = folder / "test.db"
        shutil.copyfile(self.path, target)
        return make_engine(f"sqlite:///{target}")


class PostgresSchemas:
    """Migrated schemas in the test database, emptied and reused between tests."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.admin = make_engine(url)
        self.head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
        self.clean: list[str] = []
        self.all: set[str] = set()

    def check_out(self) -> tuple[str, Engine]:
        """A migrated, empty schema and an engine on it (raises OperationalError if PostgreSQL is absent)."""
        if self.clean:
            schema = self.clean.pop()
            return schema, self._engine(schema)
        schema = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        self.all.add(schema)
        engine = self._engine(schema)
        upgrade(engine)
        return schema, engine

    def check_in(self, schema: str, engine: Engine) -> None:
        engine.dispose()
        if self._empty(schema):
            self.clean.append(schema)
        else:
            self._drop(schema)

    def close(self) -> None:
        for schema in list(self.all):
            self._drop(schema)
        self.admin.dispose()

    def _engine(self, schema: str) -> Engine:
        separator = "&" if "?" in self.url else "?"
        name = f"test_{uuid.uuid4().hex[:12]}"
        return make_engine(f"{self.url}{separator}options=-csearch_path%3D{schema}&application_name={name}")

    def _empty(self, schema: str) -> bool:
        """Truncate every table if the schema still has exactly the migrated tables at the head revision;
        False if it has not or cannot be emptied."""
        try:
            with self.admin.begin() as connection:
                connection.execute(text("SET LOCAL lock_timeout = '5s'"))
                version = connection.execute(text(f"SELECT version_num FROM {schema}.alembic_version")).scalar()
                if version != self.head:
                    return False
                query = text("SELECT tablename FROM pg_tables WHERE schemaname = :schema")
                tables = set(connection.execute(query, {"schema": schema}).scalars())
                if tables != MIGRATED_TABLES:  # e.g. Rasa's tracker store added its events table
                    return False
                names = ", ".join(f'{schema}."{table}"' for table in sorted(tables - {"alembic_version"}))
                if names:
                    connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            return True
        except SQLAlchemyError:  # locked by a leftover transaction, or a test dropped a table: start afresh
            return False

    def _drop(self, schema: str) -> None:
        with self.admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        self.all.discard(schema)
