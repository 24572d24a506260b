"""The outbox worker thread against a real loopback SMTP server: it delivers a due message and stops,
survives a database outage, and the README's signature verification snippet accepts a real signature
and nothing else.
"""

from __future__ import annotations

import logging
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.config import Settings
from bot.db import make_engine
from bot.inquiries.notify import sign
from bot.inquiries.outbox import run_worker
from bot.migrate import upgrade
from tests.outbox_helpers import (
    add_clinic,
    add_inquiry,
    outbox,
    settings_for,
    smtp,  # noqa: F401 - fixtures are used by name
    wait_until,
)

# --- the worker ---------------------------------------------------------------------------------


@contextmanager
def worker(engine, settings: Settings) -> Iterator[threading.Thread]:
    stop = threading.Event()
    thread = threading.Thread(target=run_worker, args=(engine, settings), kwargs=dict(interval=0.05, stop=stop))
    thread.start()
    try:
        yield thread
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()


def test_worker_delivers_a_due_message_then_stops(engine, smtp) -> None:
    sink, port = smtp
    add_clinic(engine)
    reference = add_inquiry(engine)
    started = time.monotonic()
    with worker(engine, settings_for(port)):
        assert wait_until(lambda: len(sink.envelopes) == 1, timeout=3)
    assert time.monotonic() - started < 5
    assert outbox(engine, reference)["email"].status == "sent"


def test_worker_survives_a_database_outage(tmp_path: Path, smtp, caplog: pytest.LogCaptureFixture) -> None:
    sink, port = smtp
    engine = make_engine(f"sqlite:///{tmp_path / 'late.db'}")  # no schema yet: every run fails
    caplog.set_level(logging.ERROR, logger="bot.inquiries.outbox")
    try:
        with worker(engine, settings_for(port)):
            assert wait_until(lambda: any("run failed" in record.message for record in caplog.records))
            upgrade(engine)  # the database is back
            add_clinic(engine)
            add_inquiry(engine)
            assert wait_until(lambda: len(sink.envelopes) == 1)
    finally:
        engine.dispose()


def test_the_readme_verification_snippet_accepts_a_real_signature_and_nothing_else() -> None:
    """Clinics copy the README's snippet; it must agree with what the outbox sends."""
    import re

    from bot.config import PROJECT_ROOT

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    [snippet] = [block for block in re.findall(r"```python\n(.*?)```", readme, re.S) if "def verify" in block]
    namespace: dict = {}
    exec(textwrap.dedent(snippet), namespace)  # our own README
    body = b'{"event":"inquiry.created"}'
    assert namespace["verify"](body, "s3cret", sign(body, "s3cret"))
    assert not namespace["verify"](body, "other", sign(body, "s3cret"))
    assert not namespace["verify"](body, "s3cret", sign(body, "s3cret", timestamp=1_000_000_000))
