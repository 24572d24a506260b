"""Closeness word by word: how much of a message an entry's wordings cover in meaning.

A sentence vector is one average over the whole message, so a long message, or one that
puts a known question in new words, lands between entries. Here each word piece of the message
(in context: the sentence encoder's token vectors) finds the nearest word piece anywhere in an
entry's question and phrasings, and the message's share that is covered is the sum of those
closenesses, weighted by how rare the piece is among the entries: BERTScore's recall with
inverse document frequency (Zhang et al., ICLR 2020). "how soon would I feel something" finds
"fast" and "notice" in the entry on onset; "OCD", near nothing, pulls every entry down.

Each entry keeps one vector per distinct word piece (the mean of its occurrences in context,
unit length): a third of the rows of keeping every occurrence, and no worse at ranking.
Nothing here is English: the word pieces and their weights come from the entries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from bot.kb.embedding import TokenVectors


class TokenMatch:
    """Each entry's word pieces, to measure how much of a message they cover."""

    def __init__(self, entries: Sequence[Sequence[TokenVectors]]) -> None:
        self._pieces: list[np.ndarray] = []
        document_frequency: Counter[int] = Counter()
        for wordings in entries:
            ids = np.concatenate([wording.ids for wording in wordings]) if wordings else np.zeros(0, np.int32)
            vectors = (
                np.concatenate([wording.vectors for wording in wordings]).astype(np.float32)
                if wordings
                else np.zeros((0, 1), np.float32)
            )
            distinct, position = np.unique(ids, return_inverse=True)
            summed = np.zeros((len(distinct), vectors.shape[1]), dtype=np.float32)
            np.add.at(summed, position, vectors)
            unit = summed / np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
            # Rounded to half precision, as the pieces are stored, but kept in single precision and
            # transposed, ready to multiply: converting at each message was most of a message's cost
            # (the shipped entries' 14,000 distinct pieces take 22 MB instead of 11).
            self._pieces.append(np.ascontiguousarray(unit.astype(np.float16).astype(np.float32).T))
            document_frequency.update(distinct.tolist())
        self._document_frequency = document_frequency
        self._entries = len(entries)

    def recall(self, message: TokenVectors, positions: Iterable[int]) -> np.ndarray:
        """For each entry at ``positions``: the rarity-weighted share of ``message`` its wordings
        cover in meaning (0 to 1; 0 for a message without word pieces or an entry without wordings)."""
        positions = list(positions)
        found = np.zeros(len(positions))
        if len(message.ids) == 0:
            return found
        weights = np.log(
            (self._entries + 1) / (np.array([self._document_frequency[int(piece)] for piece in message.ids]) + 1)
        )
        weights = weights / max(float(weights.sum()), 1e-12)
        for index, position in enumerate(positions):
            pieces = self._pieces[position]
            if pieces.shape[1]:
                found[index] = float(weights @ (message.vectors @ pieces).max(axis=1))
        return found
