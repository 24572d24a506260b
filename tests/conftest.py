"""Shared fixtures: real databases (SQLite always, PostgreSQL where it runs) and the KB."""

from __future__ import annotations

import inspect
import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from bot.config import PROJECT_ROOT
from bot.db import make_engine
from bot.kb.source import read_kb_dir
from bot.migrate import upgrade
from tests.clock import NOON_OF_TODAY
from tests.databases import PostgresSchemas, SqliteTemplate

# argon2-cffi's profile for tests: every login in the suite (and in the servers it starts) would
# otherwise cost 0.1 s of CPU. tests/test_web_portal.py checks production's default and refusal.
os.environ.setdefault("PASSWORD_HASH_PROFILE", "CHEAPEST")

KB_DIR = PROJECT_ROOT / "data" / "kb"
SAMPLE_CLINICS = PROJECT_ROOT / "data" / "clinics" / "sample_clinics.csv"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"


@cache
def shipped_entries() -> tuple[dict, ...]:
    """Every entry of the shipped knowledge base (data/kb, any status), read once per test run."""
    return tuple(read_kb_dir(KB_DIR))


def published_entries() -> list[dict]:
    """The shipped entries a visitor can be shown."""
    return [entry for entry in shipped_entries() if entry["status"] == "published"]


@pytest.fixture
def on_todays_date() -> Iterator[None]:
    """The clock held on the suite's ``TODAY`` (tests/clock.py), ticking from its noon: for modules
    that build dates from it."""
    with time_machine.travel(NOON_OF_TODAY, tick=True):
        yield


def require_service(name: str, reason: str) -> None:
    """Skip a test that needs an absent service locally; in CI a missing service fails."""
    message = f"{name} is not available: {reason}"
    if IN_CI:
        pytest.fail(message + " (CI=true: required)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    return SqliteTemplate(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(scope="session")
def _postgres_schemas() -> Iterator[PostgresSchemas]:
    schemas = PostgresSchemas(POSTGRES_URL)
    yield schemas
    schemas.close()


def _postgres_engine(schemas: PostgresSchemas) -> Iterator[Engine]:
    """A migrated, empty schema in the test database for one test."""
    try:
        schema, engine = schemas.check_out()
    except OperationalError as error:
        require_service("PostgreSQL", str(error).splitlines()[0])
    yield engine
    schemas.check_in(schema, engine)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database of each supported kind."""
    if request.param == "sqlite":
        engine = request.getfixturevalue("_sqlite_template").copy(tmp_path)
        yield engine
        engine.dispose()
    else:
        yield from _postgres_engine(request.getfixturevalue("_postgres_schemas"))


@pytest.fixture
def postgres_engine(_postgres_schemas: PostgresSchemas) -> Iterator[Engine]:
    """A migrated, empty PostgreSQL schema (for behaviour only PostgreSQL has, such as row locks)."""
    yield from _postgres_engine(_postgres_schemas)


@pytest.fixture
def sqlite_engine(_sqlite_template: SqliteTemplate, tmp_path: Path) -> Iterator[Engine]:
    engine = _sqlite_template.copy(tmp_path)
    yield engine
    engine.dispose()


def require_made(target: str, command: str) -> None:
    """Fail unless a Makefile target is up to date: fixtures never train or install (``make test`` does
    that before the suite), so a stale model or missing widget client is reported, not rebuilt."""
    status = subprocess.run(["make", "--no-print-directory", "-q", target], cwd=PROJECT_ROOT).returncode
    if status != 0:
        pytest.fail(
            f"{target} is missing or older than its inputs: run `make {command}` first "
            f"(`make test` does it before the suite)",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The model trained from the current data by ``make train`` (or ``make test``) beforehand."""
    require_made("train", "train")
    return PROJECT_ROOT / "models" / "assistant.tar.gz"


@pytest.fixture(scope="session")
def servers(trained_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """The real action server, Rasa server and web app on free ports, over a freshly set-up SQLite database.

    The web app's demo page embeds the chat widget; its origin alone may use the Rasa server's channels.
    """
    from bot.db import session_scope
    from bot.directory.csv_io import import_csv
    from bot.kb.loader import load_knowledge_base
    from tooling.stack import Stack, free_port

    workdir = tmp_path_factory.mktemp("servers")
    url = f"sqlite:///{workdir / 'assistant.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        load_knowledge_base(session, KB_DIR)
    with session_scope(engine) as session, SAMPLE_CLINICS.open(newline="", encoding="utf-8") as stream:
        import_csv(session, stream)
    rasa_port, web_port = free_port(), free_port()
    stack = Stack(
        model=trained_model,
        rasa_port=rasa_port,
        action_port=free_port(),
        web_port=web_port,
        env={
            "DATABASE_URL": url,
            "CHAT_SERVER_URL": f"http://127.0.0.1:{rasa_port}",
            "CORS_ORIGINS": f"http://127.0.0.1:{web_port}",
        },
        log_dir=workdir / "logs",
    )
    stack.start(web=True)
    try:
        stack.engine = engine
        yield stack
    finally:
        stack.stop()
    engine.dispose()


SERVER_FIXTURES = {"servers", "open_browser"}
BROWSER_FIXTURES = {"browser", "chromium", "open_browser"}
SLOW_FIXTURES = {"trained_model", "nlp"}  # nlp: the spaCy pipeline built for tests/test_places.py
POSTGRES_FIXTURES = {"postgres_engine", "tracker_database"}


@cache
def _starts_stack(function: Callable) -> bool:
    """Whether a test or fixture function starts processes with ``tooling.stack.Stack``."""
    try:
        return "Stack(" in inspect.getsource(function)
    except (OSError, TypeError):
        return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by what they use, so ``make test-fast`` (``-m "not servers and not browser and not slow"``)
    selects them without every test module repeating the markers."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        definitions = getattr(item, "_fixtureinfo", None)
        functions = [getattr(item, "function", None)] + [
            definition.func
            for name in used
            for definition in (definitions.name2fixturedefs.get(name, ()) if definitions else ())
        ]
        if used & SERVER_FIXTURES or any(function and _starts_stack(function) for function in functions):
            item.add_marker(pytest.mark.servers)
        if used & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if used & SLOW_FIXTURES:
            item.add_marker(pytest.mark.slow)
        callspec = getattr(item, "callspec", None)
        if used & POSTGRES_FIXTURES or (callspec and callspec.params.get("engine") == "postgresql"):
            item.add_marker(pytest.mark.postgres)


def pytest_terminal_summary(terminalreporter) -> None:
    """Report how many hostile inputs the fuzz tests sent through the real REST channel."""
    from tests import test_hostile_input

    if test_hostile_input.TRIED["count"]:
        terminalreporter.write_line(
            f"hostile inputs tried through the REST channel: {test_hostile_input.TRIED['count']}"
        )


@pytest.fixture
def verified_hashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The password hashes ``bot.auth`` checks a password against, in order (the real check still runs):
    a login must cost one Argon2 verification whatever the account's state, or timing tells."""
    import bot.auth

    hashes: list[str] = []
    real_verify = bot.auth.verify_password

    def recording_verify(password_hash: str, password: str) -> bool:
        hashes.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(bot.auth, "verify_password", recording_verify)
    return hashes


@pytest.fixture(scope="module")
def tracker_database() -> Iterator[str]:
    """A throwaway PostgreSQL database for Rasa's conversations (SQL tracker store), dropped afterwards."""
    from sqlalchemy import create_engine

    name = f"rasa_tracker_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
    except Exception as error:  # noqa: BLE001 - any connection problem means PostgreSQL is absent
        admin.dispose()
        require_service("PostgreSQL", str(error).splitlines()[0])
    yield name
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()
