"""Encryption at rest for personal contact data (Fernet: AES-128-CBC with HMAC-SHA256).

``INQUIRY_ENCRYPTION_KEY`` holds one key or several separated by commas: the first
encrypts, all decrypt, so keys can be rotated without losing older inquiries.
``rotate`` re-encrypts every stored value under the first key, after which the older
keys can be removed (``python -m cli rotate-key``).
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy import Column, MetaData, literal, select, type_coerce, update
from sqlalchemy.engine import Connection
from sqlalchemy.types import Text, TypeDecorator

from bot.secrets import get_secret


@lru_cache(maxsize=8)
def _fernet(keys: str) -> MultiFernet:
    return MultiFernet([Fernet(key.strip().encode()) for key in keys.split(",") if key.strip()])


def cipher() -> MultiFernet:
    return _fernet(get_secret("INQUIRY_ENCRYPTION_KEY"))


def split_keys(keys: str) -> list[str]:
    """The keys of an ``INQUIRY_ENCRYPTION_KEY`` value, newest first."""
    return [key.strip() for key in keys.split(",") if key.strip()]


class EncryptedText(TypeDecorator):
    """A text column stored encrypted; Python code sees plain text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        if value is None:
            return None
        return cipher().encrypt(value.encode("utf-8")).decode("ascii")

    def process_result_value(self, value: str | None, dialect) -> str | None:
        if value is None:
            return None
        return cipher().decrypt(value.encode("ascii")).decode("utf-8")


def encrypted_columns(metadata: MetaData) -> list[Column]:
    """Every column stored encrypted (contact fields, webhook secrets)."""
    return [
        column for table in metadata.sorted_tables for column in table.columns if isinstance(column.type, EncryptedText)
    ]


def rotate(connection: Connection, metadata: MetaData, keys: str) -> int:
    """Re-encrypt every stored value under the first of ``keys`` (all of them decrypt); the
    count of values rewritten. A value no key opens raises ``InvalidToken`` and nothing is
    committed by the caller's transaction."""
    fernet = _fernet(keys)
    rewritten = 0
    for column in encrypted_columns(metadata):
        table = column.table
        [key_column] = table.primary_key.columns
        raw = type_coerce(column, Text)  # the stored ciphertext, not the decrypted text
        rows = connection.execute(select(key_column, raw).where(column.is_not(None))).all()
        for row_id, token in rows:
            fresh = fernet.rotate(token.encode("ascii")).decode("ascii")
            connection.execute(update(table).where(key_column == row_id).values({column.name: literal(fresh, Text)}))
            rewritten += 1
    return rewritten
