"""Secrets from the environment; for the zero-set-up default, generated once into var/.

Production sets every secret in the environment. On a developer's machine, a missing
secret is generated on first use and kept in ``var/local-secrets.json`` (mode 0600,
ignored by git), so every process of ``make run`` (action server, web app, outbox worker)
shares it without anyone configuring anything.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import Callable

from cryptography.fernet import Fernet

from bot.config import VAR_DIR

log = logging.getLogger(__name__)
LOCAL_SECRETS = VAR_DIR / "local-secrets.json"
_lock = threading.Lock()

GENERATORS: dict[str, Callable[[], str]] = {
    "INQUIRY_ENCRYPTION_KEY": lambda: Fernet.generate_key().decode(),
    "WEB_SECRET_KEY": lambda: secrets.token_urlsafe(48),
}


def get_secret(name: str, path: Path = LOCAL_SECRETS) -> str:
    """``$name`` if set, else the local generated value (created on first use)."""
    value = os.environ.get(name)
    if value:
        return value
    if os.environ.get("REQUIRE_ENV_SECRETS", "").lower() in ("1", "true", "yes"):
        raise RuntimeError(f"{name} must be set in the environment (REQUIRE_ENV_SECRETS is on)")
    with _lock:
        stored = json.loads(path.read_text()) if path.exists() else {}
        if name not in stored:
            stored[name] = GENERATORS[name]()
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                json.dump(stored, handle, indent=2)
            log.warning("generated a local %s in %s (set it in the environment in production)", name, path)
        return stored[name]
