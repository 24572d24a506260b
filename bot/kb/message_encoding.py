"""The sentence vectors and word pieces of the message being selected for, each computed once.

Selection asks for the same message's vector several times (closeness to the entries, to the
questions not covered, what is left without unknown words) and for its word pieces once per
reading; a follow-up adds its completed question. One run of the model gives both for a batch
of sentences; what the Rasa server already sent is kept and not computed again.
"""

from __future__ import annotations

import numpy as np

from bot.kb.embedding import SentenceEncoder, TokenVectors


class MessageEncoding:
    """Vectors and word pieces of one message's sentences, emptied by :meth:`start` at the next message."""

    def __init__(self, encoder: SentenceEncoder, with_pieces: bool) -> None:
        """``with_pieces``: word pieces are read (selection has a word-by-word cover)."""
        self.encoder = encoder
        self.with_pieces = with_pieces
        self._vectors: dict[str, np.ndarray] = {}
        self._pieces: dict[str, TokenVectors] = {}

    def start(
        self, text: str | None = None, vector: np.ndarray | None = None, pieces: TokenVectors | None = None
    ) -> None:
        """A new message, with its vector and word pieces when already known."""
        self._vectors.clear()
        self._pieces.clear()
        if text is not None and vector is not None:
            self._vectors[text] = vector
        if text is not None and pieces is not None:
            self._pieces[text] = pieces

    def vector(self, text: str) -> np.ndarray:
        if text not in self._vectors:
            self.together([text])
        return self._vectors[text]

    def pieces(self, text: str) -> TokenVectors:
        if text not in self._pieces:
            self.together([text])
        return self._pieces[text]

    def together(self, texts: list[str]) -> None:
        """Encode in one batch (two short sentences cost little more than one), vectors and word
        pieces in one run."""
        missing = [
            text
            for text in dict.fromkeys(texts)
            if text not in self._vectors or (self.with_pieces and text not in self._pieces)
        ]
        if not missing:
            return
        vectors, pieces = self.encoder.encode_with_tokens(missing)  # what encode() runs too
        for text, vector, tokens in zip(missing, vectors, pieces, strict=True):
            self._vectors.setdefault(text, vector)
            self._pieces.setdefault(text, tokens)
