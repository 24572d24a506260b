"""Encryption at rest for personal contact data (Fernet: AES-128-CBC with HMAC-SHA256).

``INQUIRY_ENCRYPTION_KEY`` holds one key or several separated by commas: the first
encrypts, all decrypt, so keys can be rotated without losing older inquiries.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy.types import Text, TypeDecorator

from bot.secrets import get_secret


@lru_cache(maxsize=8)
def _fernet(keys: str) -> MultiFernet:
    return MultiFernet([Fernet(key.strip().encode()) for key in keys.split(",") if key.strip()])


def cipher() -> MultiFernet:
    return _fernet(get_secret("INQUIRY_ENCRYPTION_KEY"))


class EncryptedText(TypeDecorator):
    """A text column stored encrypted; Python code sees plain text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Optional[str], dialect) -> Optional[str]:
        if value is None:
            return None
        return cipher().encrypt(value.encode("utf-8")).decode("ascii")

    def process_result_value(self, value: Optional[str], dialect) -> Optional[str]:
        if value is None:
            return None
        return cipher().decrypt(value.encode("ascii")).decode("utf-8")
