"""A clean start-up: the launched processes print no third-party deprecation notices, and still print
this project's own warnings, logged errors and tracebacks (``tooling.quiet``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.config import PROJECT_ROOT
from bot.db import session_scope
from bot.kb.loader import load_knowledge_base
from tests.chat import Conversation
from tests.conftest import KB_DIR
from tooling.stack import Stack, free_port, quiet

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


def test_started_processes_print_no_deprecation_notices(
    trained_model: Path, sqlite_engine: Engine, tmp_path: Path
) -> None:
    with session_scope(sqlite_engine) as session:
        load_knowledge_base(session, KB_DIR)
    logs = tmp_path / "logs"
    stack = Stack(
        model=trained_model,
        rasa_port=free_port(),
        action_port=free_port(),
        web_port=free_port(),
        env={"DATABASE_URL": sqlite_engine.url.render_as_string(hide_password=False)},
        log_dir=logs,
    )
    stack.start(web=True, worker=True)
    try:
        assert Conversation(stack.rasa_url).say("how much does a ketamine infusion cost")
    finally:
        stack.stop()

    output = {name: (logs / f"{name}.log").read_text() for name in ("actions", "rasa", "web", "outbox")}
    assert "Action endpoint is up" in output["actions"] and "Starting Rasa server" in output["rasa"]
    assert "web app on" in output["web"] and "outbox worker started" in output["outbox"]
    for name, text in output.items():
        assert not NOTICE.findall(text), f"{name}.log:\n{text}"
