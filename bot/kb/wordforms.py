"""Staff search over knowledge entries that finds other forms of a word.

An editor looking for "costs" wants the entry that says "cost", and "infusions" should find
"infusion". Each searched word is cut to a stem by stripping one common English ending
("costs" -> "cost", "treated" -> "treat", "therapies" -> "therap"), and an entry matches when
every stem appears somewhere in its question, short name, answer or phrasings. Matching by
substring keeps it one SQL query on SQLite and PostgreSQL alike, and makes the stem find its
longer forms too ("treat" finds "treatment"). Words come from :func:`bot.kb.language.words`,
the normalisation answer selection uses; function words are dropped unless nothing else is left.
Not the language's Snowball stemmer (``Language.stem``, which answer selection uses to tell
known words from unknown ones): its stems are not always a prefix of the other forms
("therapies" -> "therapi", not found in "therapy"), and this search matches substrings.
"""

from __future__ import annotations

from sqlalchemy import String, and_, cast, or_
from sqlalchemy.sql.elements import ColumnElement

from bot.kb.language import load_language, words
from bot.models import KnowledgeEntry
from bot.paging import LIKE_ESCAPE, like_pattern

#: Endings stripped from a searched word, longest first; one is stripped, keeping at least MIN_STEM letters.
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s", "e", "y")
MIN_STEM = 3
SEARCHED_COLUMNS = (
    KnowledgeEntry.question,
    KnowledgeEntry.slug,
    KnowledgeEntry.answer,
    cast(KnowledgeEntry.phrasings, String),
)


def stem(word: str) -> str:
    """``word`` without one common ending: "costs" -> "cost", "infusions" -> "infusion"."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            if suffix == "s" and word.endswith(("ss", "us", "is")):  # "access", "status", "analysis"
                continue
            return word[: -len(suffix)]
    return word


def search_stems(query: str) -> list[str]:
    """The stems an entry must contain to match ``query`` (function words only count when alone)."""
    found = [word for word in words(query) if word != "$"]
    content = [word for word in found if word not in load_language().stop_words]
    stems: list[str] = []
    for word in content or found:
        if stem(word) not in stems:
            stems.append(stem(word))
    return stems


def entry_search(query: str) -> ColumnElement:
    """A WHERE clause for entries matching every stem of ``query``; the raw text when it has no words."""
    stems = search_stems(query) or [query.strip().lower()]
    return and_(
        *(or_(*(column.ilike(like_pattern(item), escape=LIKE_ESCAPE) for column in SEARCHED_COLUMNS)) for item in stems)
    )
