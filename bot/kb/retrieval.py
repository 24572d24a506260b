"""Lexical retrieval: which entry's question or phrasings are closest to a visitor's words.

TF-IDF over word n-grams (meaning) and character n-grams (robust to typos), both from
scikit-learn. The index is rebuilt from the database whenever published content changes,
so an entry added by staff is found on the next message without retraining anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

WORD_WEIGHT = 0.55
CHAR_WEIGHT = 0.45
_WORD = re.compile(r"[a-z0-9$]+(?:['-][a-z0-9]+)*")
# Words nearly every question here contains: they say nothing about which entry is meant.
DOMAIN_STOP_WORDS = frozenset(
    {
        "ketamine",
        "ketamin",
        "esketamine",
        "spravato",
        "therapy",
        "treatment",
        "tell",
        "know",
        "want",
        "like",
        "just",
        "really",
        "im",
        "i'm",
        "does",
        "did",
        "doing",
    }
)
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

    def __init__(self, entries: Sequence[IndexedEntry], preprocess: Callable[[str], str] = content_words) -> None:
        self.entries = list(entries)
        self._owner: list[int] = []
        documents: list[str] = []
        for position, entry in enumerate(self.entries):
            for text in entry.texts:
                documents.append(text)
                self._owner.append(position)
        self._entry_starts = entry_starts(self.entries)
        self._word = TfidfVectorizer(
            analyzer="word", ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", preprocessor=preprocess
        )
        self._char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, strip_accents="unicode", preprocessor=preprocess
        )
        if documents:
            # Posting lists (term -> texts): a query touches only the rows of its own terms.
            self._word_postings = self._word.fit_transform(documents).T.tocsr()
            self._char_postings = self._char.fit_transform(documents).T.tocsr()

    def entry_scores(self, query: str) -> np.ndarray:
        """Each entry's score for ``query`` (its best text's), in the order of ``entries``."""
        if not self._owner or not query.strip():
            return np.zeros(len(self.entries))
        document_scores = WORD_WEIGHT * _cosines(
            self._word.transform([query]), self._word_postings
        ) + CHAR_WEIGHT * _cosines(self._char.transform([query]), self._char_postings)
        return np.maximum.reduceat(document_scores, self._entry_starts)

    def rank(self, query: str, topic: str | None = None, limit: int = 5) -> list[Match]:
        """Best entries for ``query``, optionally within one topic, best first."""
        if not self._owner or not query.strip():
            return []
        entry_scores = self.entry_scores(query)
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


def entry_starts(entries: Sequence[IndexedEntry]) -> np.ndarray:
    """Where each entry's texts start when all texts are listed entry by entry (question first):
    ``np.maximum.reduceat(per_text, entry_starts(entries))`` is each entry's best text's value."""
    return np.cumsum([0, *(len(entry.texts) for entry in entries[:-1])]) if entries else np.zeros(0, dtype=int)


def _cosines(query: csr_matrix, postings: csr_matrix) -> np.ndarray:
    """Cosine similarity of a (normalised) query vector with every (normalised) text."""
    if not query.nnz:
        return np.zeros(postings.shape[1])
    return np.asarray(postings[query.indices].T @ query.data).ravel()
