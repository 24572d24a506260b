"""Lexical retrieval: which entry's question or phrasings are closest to a visitor's words.

TF-IDF over word n-grams (meaning) and character n-grams (robust to typos), both from
scikit-learn. The index is rebuilt from the database whenever published content changes,
so an entry added by staff is found on the next message without retraining anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import re

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

WORD_WEIGHT = 0.55
CHAR_WEIGHT = 0.45
_WORD = re.compile(r"[a-z0-9$]+(?:['-][a-z0-9]+)*")
# Words nearly every question here contains: they say nothing about which entry is meant.
DOMAIN_STOP_WORDS = frozenset({"ketamine", "ketamin", "esketamine", "spravato", "therapy", "treatment", "tell",
                               "know", "want", "like", "just", "really", "im", "i'm", "does", "did", "doing"})
STOP_WORDS = ENGLISH_STOP_WORDS | DOMAIN_STOP_WORDS


def content_words(text: str) -> str:
    """Lower-cased words without stop words: "what is the ..." must not match by itself."""
    return " ".join(word for word in _WORD.findall(text.lower()) if word not in STOP_WORDS)


@dataclass(frozen=True)
class IndexedEntry:
    """What retrieval needs to know about one published entry."""

    slug: str
    topic: str
    texts: tuple[str, ...]  # question first, then phrasings


@dataclass(frozen=True)
class Match:
    slug: str
    topic: str
    score: float


class RetrievalIndex:
    """Scores a query against every indexed entry; an entry's score is its best text's."""

    def __init__(self, entries: Sequence[IndexedEntry]) -> None:
        self.entries = list(entries)
        self._owner: list[int] = []
        documents: list[str] = []
        for position, entry in enumerate(self.entries):
            for text in entry.texts:
                documents.append(text)
                self._owner.append(position)
        self._owner_array = np.array(self._owner, dtype=int)
        self._word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                     strip_accents="unicode", preprocessor=content_words)
        self._char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                     strip_accents="unicode", preprocessor=content_words)
        if documents:
            self._word_matrix = self._word.fit_transform(documents)
            self._char_matrix = self._char.fit_transform(documents)

    def rank(self, query: str, topic: Optional[str] = None, limit: int = 5) -> list[Match]:
        """Best entries for ``query``, optionally within one topic, best first."""
        if not self._owner or not query.strip():
            return []
        document_scores = (
            WORD_WEIGHT * linear_kernel(self._word.transform([query]), self._word_matrix)[0]
            + CHAR_WEIGHT * linear_kernel(self._char.transform([query]), self._char_matrix)[0]
        )
        entry_scores = np.zeros(len(self.entries))
        np.maximum.at(entry_scores, self._owner_array, document_scores)
        order = np.argsort(-entry_scores, kind="stable")
        matches = []
        for position in order:
            entry = self.entries[position]
            if topic is not None and entry.topic != topic:
                continue
            matches.append(Match(entry.slug, entry.topic, float(entry_scores[position])))
            if len(matches) == limit:
                break
        return matches
