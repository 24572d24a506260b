"""Secrets from the environment; for the zero-set-up default, generated once into var/.

Production sets every secret in the environment and ``REQUIRE_ENV_SECRETS=true``: then a
missing or malformed secret stops every process at start-up with a message naming it
(``check_secrets``), so no process can quietly invent a key nobody else has. On a
developer's machine, a missing secret is generated on first use and kept in
``var/local-secrets.json`` (mode 0600, ignored by git), so every process of ``make run``
(action server, web app, outbox worker) shares it without anyone configuring anything.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import threading
from collections.abc import Callable
from pathlib import Path

from cryptography.fernet import Fernet

from bot.config import VAR_DIR

log = logging.getLogger(__name__)
LOCAL_SECRETS = VAR_DIR / "local-secrets.json"
_lock = threading.Lock()

GENERATORS: dict[str, Callable[[], str]] = {
    "INQUIRY_ENCRYPTION_KEY": lambda: Fernet.generate_key().decode(),
    "WEB_SECRET_KEY": lambda: secrets.token_urlsafe(48),
    "CHAT_SESSION_SECRET": lambda: secrets.token_urlsafe(48),
}


HOW_TO_GENERATE = {
    "INQUIRY_ENCRYPTION_KEY": 'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"',
    "WEB_SECRET_KEY": 'python -c "import secrets; print(secrets.token_urlsafe(48))"',
    "CHAT_SESSION_SECRET": 'python -c "import secrets; print(secrets.token_urlsafe(48))"',
}


class MissingSecretError(RuntimeError):
    """A secret production must be given is missing or malformed; the message says how to fix it."""


def exit_code_explaining_secrets(run: Callable[[], int]) -> int:
    """Run a process's main work; production without its secrets gets one line naming each missing
    secret and exit code 2 instead of a traceback (the CLI and ``python -m web`` both start this way)."""
    try:
        return run()
    except MissingSecretError as error:
        log.error("%s", error)
        return 2


def secrets_required() -> bool:
    """True in production (``REQUIRE_ENV_SECRETS=true``): never generate, fail instead."""
    return os.environ.get("REQUIRE_ENV_SECRETS", "").lower() in ("1", "true", "yes")


def _problem(name: str, value: str | None) -> str | None:
    if not value:
        return f"{name} is not set (generate one with: {HOW_TO_GENERATE[name]})"
    if name == "INQUIRY_ENCRYPTION_KEY":
        for key in filter(None, (part.strip() for part in value.split(","))):
            try:
                Fernet(key.encode())
            except ValueError:
                return f"{name} holds a value that is not a Fernet key (32 url-safe base64-encoded bytes)"
    return None


def check_secrets() -> None:
    """At start-up in production: fail with every missing or malformed secret named."""
    if not secrets_required():
        return
    problems = [problem for name in GENERATORS if (problem := _problem(name, os.environ.get(name)))]
    if problems:
        raise MissingSecretError("REQUIRE_ENV_SECRETS is on, so nothing is generated: " + "; ".join(problems))


def _write_local(stored: dict[str, str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        json.dump(stored, handle, indent=2)


def get_secret(name: str, path: Path | None = None) -> str:
    """``$name`` if set, else the local generated value (created on first use)."""
    path = path or LOCAL_SECRETS
    value = os.environ.get(name)
    if value:
        return value
    if secrets_required():
        raise MissingSecretError(f"{_problem(name, None)} and REQUIRE_ENV_SECRETS is on")
    with _lock:
        stored = json.loads(path.read_text()) if path.exists() else {}
        if name not in stored:
            stored[name] = GENERATORS[name]()
            _write_local(stored, path)
            log.warning("generated a local %s in %s (set it in the environment in production)", name, path)
        return stored[name]


def set_local_secret(name: str, value: str, path: Path | None = None) -> None:
    """Replace a generated local secret (key rotation on a machine without environment secrets)."""
    path = path or LOCAL_SECRETS
    if os.environ.get(name):
        raise MissingSecretError(f"{name} comes from the environment; change it there")
    with _lock:
        stored = json.loads(path.read_text()) if path.exists() else {}
        stored[name] = value
        _write_local(stored, path)
