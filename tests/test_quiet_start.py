"""A clean start-up: the launched processes print no third-party deprecation notices, and still print
this project's own warnings, logged errors and tracebacks (``tooling.quiet``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.config import PROJECT_ROOT
from tests.chat import Conversation
from tooling.stack import Stack, quiet

NOTICE = re.compile(r"\b\w*(DeprecationWarning|FutureWarning)\b")

# A program standing in for Rasa: a library's notices made visible the way sanic and Rasa do it, then
# a deprecation in this project's code, a logged error and a crash, none of which may be hidden.
NOISY = """
import logging
import warnings

warnings.simplefilter("default")
import pkg_resources  # declares the namespace packages mpl_toolkits and ruamel: deprecation notices

warnings.warn("this project's own deprecation", DeprecationWarning)
logging.basicConfig()
logging.getLogger("noisy").error("a real error")
raise RuntimeError("a real crash")
"""


def run(command: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), str(PROJECT_ROOT)])}
    return subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, timeout=120)


def test_library_notices_are_dropped_and_errors_and_own_warnings_kept(tmp_path: Path) -> None:
    (tmp_path / "noisy.py").write_text(NOISY)
    plain = run([sys.executable, "-m", "noisy"], tmp_path)
    assert "declare_namespace" in plain.stderr  # the library's notices do reach the output unfiltered

    quieted = run(quiet("noisy"), tmp_path)

    assert "declare_namespace" not in quieted.stderr
    assert "DeprecationWarning: this project's own deprecation" in quieted.stderr
    assert "ERROR:noisy:a real error" in quieted.stderr
    assert "RuntimeError: a real crash" in quieted.stderr and quieted.returncode == 1


def test_started_processes_print_no_deprecation_notices(servers, sqlite_engine: Engine, tmp_path: Path) -> None:
    """The suite's running stack (actions, Rasa, web app) after a conversation, and an outbox worker."""
    assert Conversation(servers.rasa_url).say("how much does a ketamine infusion cost")
    worker = Stack(
        model=servers.model,
        env={"DATABASE_URL": sqlite_engine.url.render_as_string(hide_password=False)},
        log_dir=tmp_path / "logs",
    )
    worker.start_worker()
    try:
        deadline = time.monotonic() + 60
        while "outbox worker started" not in _read(tmp_path / "logs" / "outbox.log") and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        worker.stop()

    output = {name: _read(servers.log_dir / f"{name}.log") for name in ("actions", "rasa", "web")}
    output["outbox"] = _read(tmp_path / "logs" / "outbox.log")
    assert "Action endpoint is up" in output["actions"] and "Starting Rasa server" in output["rasa"]
    assert "web app on" in output["web"] and "outbox worker started" in output["outbox"]
    for name, text in output.items():
        assert not NOTICE.findall(text), f"{name}.log:\n{text}"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""
