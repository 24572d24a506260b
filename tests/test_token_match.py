"""How much of a message an entry's wordings cover word by word (bot/kb/token_match.py), with the
real sentence model: paraphrases are covered, a word no entry comes near is not, and word pieces
every entry uses weigh nothing."""

from __future__ import annotations

import numpy as np
import pytest

from bot.kb.embedding import SentenceEncoder, TokenVectors, model_dir, shared_encoder
from bot.kb.language import load_language
from bot.kb.token_match import TokenMatch

MODEL = load_language("en").sentence_model or "English names no sentence model"
ENTRIES = [
    ["How fast does ketamine start working?", "when will I feel better on ketamine"],
    ["How much does a ketamine infusion cost?", "price of one ketamine drip"],
    ["Does ketamine help depression?", "is ketamine good for depression"],
]


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    encoder = shared_encoder(MODEL)
    assert encoder is not None, f"no sentence model in {model_dir(MODEL)}: make setup installs it"
    return encoder


@pytest.fixture(scope="module")
def match(encoder: SentenceEncoder) -> TokenMatch:
    return TokenMatch([encoder.encode_tokens(wordings) for wordings in ENTRIES])


def recall(encoder: SentenceEncoder, match: TokenMatch, message: str) -> np.ndarray:
    (tokens,) = encoder.encode_tokens([message])
    return match.recall(tokens, range(len(ENTRIES)))


def test_a_paraphrase_is_covered_by_its_entry_more_than_by_the_others(
    encoder: SentenceEncoder, match: TokenMatch
) -> None:
    onset, cost, depression = recall(encoder, match, "how soon would i notice a difference")
    assert onset > max(cost, depression) + 0.05
    onset, cost, depression = recall(encoder, match, "what's the price tag for a single drip")
    assert cost > max(onset, depression) + 0.05
    assert all(0.0 <= value <= 1.0 for value in (onset, cost, depression))


def test_a_word_no_entry_comes_near_pulls_the_cover_down(encoder: SentenceEncoder, match: TokenMatch) -> None:
    known = recall(encoder, match, "does ketamine help depression")[2]
    unknown = recall(encoder, match, "does ketamine help trichotillomania")[2]
    assert known > 0.95 and unknown < known - 0.1


def test_word_pieces_every_entry_uses_weigh_nothing(encoder: SentenceEncoder, match: TokenMatch) -> None:
    # "ketamine" and "?" are in every entry: a message of nothing else is covered by none of them.
    assert np.array_equal(recall(encoder, match, "ketamine?"), np.zeros(len(ENTRIES)))


def test_no_word_pieces_and_no_wordings_cover_nothing(encoder: SentenceEncoder) -> None:
    empty = TokenVectors(np.zeros(0, np.int32), np.zeros((0, encoder.dimension), np.float32))
    match = TokenMatch([encoder.encode_tokens(ENTRIES[0]), []])
    assert np.array_equal(match.recall(empty, [0, 1]), np.zeros(2))
    (tokens,) = encoder.encode_tokens(["how fast does it work"])
    assert match.recall(tokens, [1])[0] == 0.0
