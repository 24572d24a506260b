"""Whether a visitor's word is one the knowledge base uses: a message mostly made of words it never
uses is a question nobody answered ("OCD"), not a near miss of the entry its other words match."""

from __future__ import annotations

from collections.abc import Callable, Iterable


class Vocabulary:
    """The content words of every entry's wordings, with their stems and their one-letter deletions."""

    def __init__(self, words: Iterable[str], stems: frozenset[str], stem: Callable[[str], str]) -> None:
        """``stems``: the stems of the same words; ``stem``: the language's stemmer (a word -> its stem)."""
        self.words = frozenset(words)
        self._stems = stems
        self._stem = stem
        self._deletions = frozenset(shorter for word in self.words if len(word) >= 4 for shorter in _deletions(word))

    def knows(self, word: str) -> bool:
        """In the vocabulary, another form of a word in it (the same stem: "pushing" when it says
        "push"), or one typo away from a word in it (symmetric deletes: a letter added, dropped,
        changed or two swapped). A single letter names no subject ("w/o" reads as "w" and "o")."""
        if word in self.words or word.isdigit() or len(word) == 1:
            return True
        if len(word) < 4:
            return False
        if word in self._deletions or self._stem(word) in self._stems:
            return True
        return any(shorter in self.words or shorter in self._deletions for shorter in _deletions(word))


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}
