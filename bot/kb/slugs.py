"""A short name (slug) proposed from a question, for a new entry started from unanswered questions.

"How much does ketamine cost with insurance?" -> "ketamine-cost-insurance": the question's
words without function words and question words, ASCII lower case, at most ``MAX_WORDS`` of
them joined by hyphens, and a number added when another entry already has that name. The
result always passes the slug rule of :class:`bot.kb.source.EntrySource`; staff may change it
before the entry is created (it is fixed afterwards).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.kb.language import load_language, words
from bot.models import KnowledgeEntry

MAX_WORDS = 5
MAX_CHARS = 80
FALLBACK = "entry"
#: Asking words: they start questions but never say what an entry is about.
QUESTION_WORDS = frozenset(
    {
        "how",
        "much",
        "many",
        "can",
        "should",
        "will",
        "when",
        "where",
        "why",
        "who",
        "whom",
        "whose",
        "may",
        "must",
        "shall",
        "cannot",
        "cant",
        "can't",
    }
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _ascii_parts(word: str) -> list[str]:
    """A word as slug parts: accents dropped, apostrophes removed, other marks splitting it."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return [part for part in _NOT_SLUG.split(plain.replace("'", "")) if part]


def slug_words(question: str) -> list[str]:
    """The words of ``question`` worth keeping in its short name, in order, without repeats."""
    dropped = load_language().stop_words | QUESTION_WORDS
    kept: list[str] = []
    for word in words(question):
        if word in dropped:
            continue
        for part in _ascii_parts(word):
            if part not in kept:
                kept.append(part)
    return kept


def propose_slug(question: str, taken: Iterable[str]) -> str:
    """A valid short name for ``question`` that no slug in ``taken`` already uses."""
    base = "-".join(slug_words(question)[:MAX_WORDS])[:MAX_CHARS].strip("-") or FALLBACK
    used = set(taken)
    candidate, number = base, 1
    while candidate in used:
        number += 1
        suffix = f"-{number}"
        candidate = base[: MAX_CHARS - len(suffix)].strip("-") + suffix
    return candidate


def taken_slugs(session: Session) -> set[str]:
    """Every short name in use, whatever the entry's status."""
    return set(session.execute(select(KnowledgeEntry.slug)).scalars())
