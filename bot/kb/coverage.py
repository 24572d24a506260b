"""How much of a message the best entry's own wordings leave out.

A question no entry answers often sits close to one that shares its subject: "can I fly the
day after an infusion" is near the entry about the day after, but nothing that entry's staff
wrote says "fly". The scores say the entry is the nearest; this says how much of what the
visitor asked it never mentions. Words count by how rare they are across the entries (a word
every cost entry uses says less than one only a single entry uses), and a word no entry uses
counts as the rarest; forms of a word count as one ("infusions", "infusion").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from bot.kb.language import Language
from bot.kb.retrieval import IndexedEntry


class Coverage:
    """Each entry's word stems (question and phrasings) and each stem's rarity across entries."""

    def __init__(self, entries: Sequence[IndexedEntry], language: Language) -> None:
        self.language = language
        self._stems = [
            frozenset(language.stem(word) for text in entry.texts for word in language.content_words(text))
            for entry in entries
        ]
        #: Every stem the knowledge base uses ("pushing" is known when an entry says "push").
        self.stems = frozenset().union(*self._stems)
        count = len(entries) + 1
        entries_using = Counter(stem for stems in self._stems for stem in stems)
        # Smoothed inverse document frequency; a stem no entry uses as if half an entry did.
        self._rarity = {stem: math.log(count / (used + 0.5)) for stem, used in entries_using.items()}
        self._unused = math.log(count / 0.5)

    def uncovered(self, text: str, position: int) -> float:
        """The share (0 to 1) of ``text``'s content words, weighted by rarity, that the entry at
        ``position`` never uses; 0 for a message without content words."""
        stems = [self.language.stem(word) for word in self.language.content_words(text)]
        weights = [self._rarity.get(stem, self._unused) for stem in stems]
        total = sum(weights)
        if not total:
            return 0.0
        own = self._stems[position]
        return sum(weight for stem, weight in zip(stems, weights, strict=True) if stem not in own) / total
