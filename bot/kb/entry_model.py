"""The word model of answer selection: which entry's wordings a message's words resemble.

A linear classifier over word and character n-grams (typos and exact terms), refit in about a
second whenever published content changes; ``bot.kb.selection`` adds closeness in meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.svm import LinearSVC

from bot.kb.retrieval import IndexedEntry


class EntryModel:
    """A linear classifier from words to entries (one-vs-rest SVM), trained on each entry's
    question and phrasings; refit in about a second, a sparse product per message."""

    def __init__(self, entries: Sequence[IndexedEntry], preprocess: Callable[[str], str]) -> None:
        self.size = len(entries)
        documents = [text for entry in entries for text in entry.texts]
        labels = [position for position, entry in enumerate(entries) for _ in entry.texts]
        self._word = Terms(
            CountVectorizer(analyzer="word", ngram_range=(1, 2), strip_accents="unicode", preprocessor=preprocess)
        )
        self._char = Terms(
            CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), strip_accents="unicode", preprocessor=preprocess)
        )
        self._word_weights: np.ndarray | None = None
        self._char_weights: np.ndarray | None = None
        if len(set(labels)) >= 2:
            word_features = self._word.fit_transform(documents)
            features = sparse.hstack([word_features, self._char.fit_transform(documents)])
            model = LinearSVC(C=0.2).fit(features, labels)
            coefficients = model.coef_ if len(model.classes_) > 2 else np.vstack([-model.coef_, model.coef_])
            intercepts = model.intercept_ if len(model.classes_) > 2 else np.array([-1.0, 1.0]) * model.intercept_
            # Kept as float32, one row per term, word terms then character n-grams: a message
            # reads only the rows of its own terms.
            weights = np.ascontiguousarray(coefficients.T, dtype=np.float32)
            self._word_weights, self._char_weights = np.split(weights, [word_features.shape[1]])
            self._intercepts = intercepts.astype(np.float32)

    def scores(self, text: str) -> np.ndarray:
        """Each entry's decision value for ``text`` (higher is closer), in the order given."""
        if self._word_weights is None or self._char_weights is None:
            return np.full(self.size, 1.0 if self.size == 1 else 0.0)
        (word_terms, word_values), (char_terms, char_values) = self._word.weighted(text), self._char.weighted(text)
        if not word_terms.size and not char_terms.size:
            return np.full(self.size, -1.0)
        # Each block's terms against its own rows (no stacked sparse matrix to build per message).
        return (
            word_values @ self._word_weights[word_terms]
            + char_values @ self._char_weights[char_terms]
            + self._intercepts
        )


class Terms:
    """One block of TF-IDF features (sublinear term frequency, unit length), as scikit-learn's
    ``TfidfVectorizer`` computes them. Fitted with scikit-learn; a message's weights are computed
    here from the counts, because ``TfidfTransformer.transform`` re-checks its fit on every call,
    which took three times as long as counting the message's terms (tests/test_selection.py
    compares the two)."""

    def __init__(self, counter: CountVectorizer) -> None:
        self.counter = counter
        self._idf = np.zeros(0)

    def fit_transform(self, documents: Sequence[str]) -> sparse.csr_matrix:
        transformer = TfidfTransformer(sublinear_tf=True)
        features = transformer.fit_transform(self.counter.fit_transform(documents))
        self._idf = transformer.idf_
        return features

    def weighted(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The message's terms (column numbers) and their weights."""
        counts = self.counter.transform([text])
        values = (1.0 + np.log(counts.data)) * self._idf[counts.indices]
        length = float(np.sqrt(values @ values))
        return counts.indices, values / length if length else values
