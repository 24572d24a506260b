"""The sentence encoder (bot/kb/embedding.py) against sentence-transformers' own vectors.

``tests/data/minilm_reference_vectors.json`` was written by sentence-transformers 6.2.0 on
PyTorch (CPU) from the same wheel's model, for sentences of several kinds: short and long,
with digits and money, another language, a single letter. The encoder (the ONNX graph of
bot/kb/bert_graph.py in ONNX Runtime) must give the same unit vectors, one at a time and in a
padded batch.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.kb.bert_graph import write_graph
from bot.kb.embedding import GRAPH_FILE, SentenceEncoder, model_dir, shared_encoder
from bot.kb.language import load_language

REFERENCE = json.loads((Path(__file__).parent / "data" / "minilm_reference_vectors.json").read_text(encoding="utf-8"))
EXPECTED = np.array(REFERENCE["vectors"])
MODEL = load_language("en").sentence_model or "English names no sentence model"


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    encoder = shared_encoder(MODEL)
    assert encoder is not None, f"no sentence model in {model_dir(MODEL)}: make setup installs it"
    return encoder


def assert_same_vectors(actual: np.ndarray, expected: np.ndarray) -> None:
    np.testing.assert_allclose(actual, expected, atol=1e-5)
    assert (actual * expected).sum(axis=1).min() > 0.999999  # cosine to the reference


def test_batch_matches_sentence_transformers(encoder: SentenceEncoder) -> None:
    assert_same_vectors(encoder.encode(REFERENCE["sentences"]), EXPECTED)


def test_one_sentence_at_a_time_matches_too(encoder: SentenceEncoder) -> None:
    alone = np.vstack([encoder.encode([sentence]) for sentence in REFERENCE["sentences"]])
    assert_same_vectors(alone, EXPECTED)


def test_vectors_have_unit_length_and_paraphrases_are_closer(encoder: SentenceEncoder) -> None:
    given, taken, drug_test = encoder.encode(
        ["how is ketamine given", "What are the ways ketamine is taken?", "will it show up on a drug test for work"]
    )
    assert np.allclose(np.linalg.norm([given, taken, drug_test], axis=1), 1.0, atol=1e-5)
    assert given @ taken > given @ drug_test + 0.2


def test_empty_input_and_repeated_sentences(encoder: SentenceEncoder) -> None:
    assert encoder.encode([]).shape == (0, encoder.dimension)
    assert encoder.encode_published([]).shape == (0, encoder.dimension)
    twice = encoder.encode(["cost?", "cost?"])
    assert twice.shape == (2, encoder.dimension) and np.array_equal(twice[0], twice[1])


def test_published_wordings_are_kept_in_the_cache_file_for_the_next_start(tmp_path: Path) -> None:
    cache = tmp_path / "vectors" / "cache.npz"
    first = SentenceEncoder(model_dir(MODEL), cache)
    vectors = first.encode_published(REFERENCE["sentences"][:3])
    assert cache.is_file()
    restarted = SentenceEncoder(model_dir(MODEL), cache)
    restarted.encode = None  # type: ignore[method-assign]  # a restart must not encode known wordings again
    assert np.array_equal(restarted.encode_published(REFERENCE["sentences"][:3]), vectors)


def test_a_set_of_wordings_kept_apart_goes_to_its_own_file(tmp_path: Path) -> None:
    own, apart = tmp_path / "knowledge-base.npz", tmp_path / "training-examples.npz"
    encoder = SentenceEncoder(model_dir(MODEL), own)
    encoder.encode_published(REFERENCE["sentences"][:1])
    encoder.encode_published(REFERENCE["sentences"][1:3], apart)
    with np.load(own) as stored:
        assert stored["texts"].tolist() == REFERENCE["sentences"][:1]
    with np.load(apart) as stored:
        assert stored["texts"].tolist() == REFERENCE["sentences"][1:3]


def test_wordings_cached_for_another_use_are_copied_not_encoded_again(tmp_path: Path) -> None:
    knowledge_base, training = tmp_path / "knowledge-base.npz", tmp_path / "training-examples.npz"
    sentences = REFERENCE["sentences"][:3]
    cached = SentenceEncoder(model_dir(MODEL), knowledge_base).encode_published(sentences[:2])
    encoder = SentenceEncoder(model_dir(MODEL), knowledge_base)
    encoded: list[str] = []
    encode = encoder.encode
    encoder.encode = lambda texts: (encoded.extend(texts), encode(texts))[1]  # type: ignore[method-assign]
    vectors = encoder.encode_published(sentences, training)
    assert encoded == sentences[2:]
    assert np.array_equal(vectors[:2], cached)
    assert_same_vectors(vectors, EXPECTED[:3])
    with np.load(training) as stored:
        assert stored["texts"].tolist() == sentences


def test_vectors_cached_from_other_weights_are_not_reused(tmp_path: Path) -> None:
    cache = tmp_path / "cache.npz"
    sentences = REFERENCE["sentences"][:2]
    SentenceEncoder(model_dir(MODEL), cache).encode_published(sentences)
    with np.load(cache) as stored:
        np.savez(cache, model=np.array("another model:1"), texts=stored["texts"], vectors=-stored["vectors"])
    assert_same_vectors(SentenceEncoder(model_dir(MODEL), cache).encode_published(sentences), EXPECTED[:2])


def test_a_damaged_cache_file_only_means_encoding_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache.npz"
    cache.write_bytes(b"not a numpy archive")
    vectors = SentenceEncoder(model_dir(MODEL), cache).encode_published(REFERENCE["sentences"][:2])
    assert_same_vectors(vectors, EXPECTED[:2])
    assert np.array_equal(
        SentenceEncoder(model_dir(MODEL), cache).encode_published(REFERENCE["sentences"][:2]), vectors
    )


def linked_weights(folder: Path) -> Path:
    """A model folder with the installed model's weights, tokenizer and config, and no graph."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "model.safetensors"):
        (folder / name).symlink_to(model_dir(MODEL) / name)
    return folder


@pytest.mark.parametrize("installed", ["nothing", "weights without their graph"])
def test_a_missing_model_means_no_encoder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed: str) -> None:
    if installed != "nothing":
        linked_weights(tmp_path / MODEL)
    monkeypatch.setenv("SENTENCE_MODELS_DIR", str(tmp_path))
    shared_encoder.cache_clear()
    try:
        assert shared_encoder(MODEL) is None
    finally:
        monkeypatch.delenv("SENTENCE_MODELS_DIR")
        shared_encoder.cache_clear()


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache's directory would go")
    vectors = SentenceEncoder(model_dir(MODEL), blocker / "cache.npz").encode_published(REFERENCE["sentences"][:2])
    assert_same_vectors(vectors, EXPECTED[:2])
    assert "not written" in caplog.text
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_the_graph_written_from_the_weights_gives_the_reference_vectors(tmp_path: Path) -> None:
    """What ``make setup`` does (scripts/install-sentence-model.sh): weights in, graph written beside."""
    assert write_graph(linked_weights(tmp_path)) == tmp_path / GRAPH_FILE
    assert not list(tmp_path.glob(".*partial"))
    assert_same_vectors(SentenceEncoder(tmp_path).encode(REFERENCE["sentences"]), EXPECTED)


def test_a_packed_vector_survives_json_exactly(encoder: SentenceEncoder) -> None:
    vector = encoder.encode(["does the nasal spray work faster than pills"])[0]
    packed = json.loads(json.dumps(encoder.pack(vector)))
    assert np.array_equal(encoder.unpack(packed), vector)
    assert encoder.unpack({**packed, "model": "all-MiniLM-L6-v2:1"}) is None  # another graph of the weights
    assert encoder.unpack({**packed, "float32": packed["float32"][:-8]}) is None  # cut short
    nan = encoder.pack(np.full(encoder.dimension, np.nan, dtype=np.float32))
    assert encoder.unpack(nan) is None


def test_packed_word_pieces_survive_json_at_half_precision(encoder: SentenceEncoder) -> None:
    vectors, (tokens,) = encoder.encode_with_tokens(["is the nose spray covered by medicare"])
    assert np.array_equal(vectors[0], encoder.encode(["is the nose spray covered by medicare"])[0])
    packed = json.loads(json.dumps(encoder.pack(vectors[0], tokens)))
    assert np.array_equal(encoder.unpack(packed), vectors[0])
    unpacked = encoder.unpack_tokens(packed)
    assert unpacked is not None and np.array_equal(unpacked.ids, tokens.ids)
    np.testing.assert_allclose(unpacked.vectors, tokens.vectors, atol=2e-3)
    assert encoder.unpack_tokens(encoder.pack(vectors[0])) is None  # a vector sent without pieces
    assert encoder.unpack_tokens({**packed, "model": "all-MiniLM-L6-v2:1"}) is None
    assert encoder.unpack_tokens({**packed, "piece_vectors": packed["piece_vectors"][:-8]}) is None  # cut short
    assert encoder.unpack_tokens({**packed, "pieces": "not base64!"}) is None


def test_word_pieces_leave_out_the_markers_and_do_not_depend_on_the_batch(encoder: SentenceEncoder) -> None:
    sentences = ["how soon does ketamine work", "cost?", "Is esketamine (SPRAVATO) covered by Medicare Part D?"]
    batch = encoder.encode_tokens(sentences)
    tokenizer = encoder._tokenizer
    for sentence, tokens in zip(sentences, batch, strict=True):
        plain = tokenizer.encode(sentence)
        expected = [piece for piece, special in zip(plain.ids, plain.special_tokens_mask, strict=True) if not special]
        assert tokens.ids.tolist() == expected and len(expected) == tokens.vectors.shape[0]
        assert np.allclose(np.linalg.norm(tokens.vectors, axis=1), 1.0, atol=1e-5)
        (alone,) = encoder.encode_tokens([sentence])  # no padding around it this time
        np.testing.assert_allclose(alone.vectors, tokens.vectors, atol=1e-5)
    assert encoder.encode_tokens([]) == []


def test_published_word_pieces_are_kept_in_a_file_beside_the_vectors(tmp_path: Path) -> None:
    cache = tmp_path / "vectors" / "cache.npz"
    sentences = REFERENCE["sentences"][:3]
    first = SentenceEncoder(model_dir(MODEL), cache)
    kept = first.encode_published_tokens(sentences)
    assert (tmp_path / "vectors" / "cache.tokens.npz").is_file()
    assert all(tokens.vectors.dtype == np.float16 for tokens in kept)
    fresh = first.encode_tokens(sentences)
    for stored, computed in zip(kept, fresh, strict=True):
        assert np.array_equal(stored.ids, computed.ids)
        np.testing.assert_allclose(stored.vectors, computed.vectors, atol=2e-3)  # float16
    restarted = SentenceEncoder(model_dir(MODEL), cache)
    restarted.encode_with_tokens = None  # type: ignore[method-assign]  # a restart must not encode known wordings again
    for again, stored in zip(restarted.encode_published_tokens(sentences), kept, strict=True):
        assert np.array_equal(again.ids, stored.ids) and np.array_equal(again.vectors, stored.vectors)
    other = SentenceEncoder(model_dir(MODEL), cache)
    other.fingerprint = "other weights"  # word pieces from another model are encoded again
    encoded: list[str] = []
    encode_with_tokens = other.encode_with_tokens
    other.encode_with_tokens = lambda texts: (encoded.extend(texts), encode_with_tokens(texts))[1]  # type: ignore[method-assign]
    other.encode_published_tokens(sentences[:1])
    assert encoded == sentences[:1]


def test_the_run_for_word_pieces_also_keeps_the_sentence_vectors(tmp_path: Path) -> None:
    cache = tmp_path / "cache.npz"
    sentences = REFERENCE["sentences"][:3]
    SentenceEncoder(model_dir(MODEL), cache).encode_published_tokens(sentences)
    restarted = SentenceEncoder(model_dir(MODEL), cache)
    restarted.encode = None  # type: ignore[method-assign]  # the vectors came with the word pieces
    assert_same_vectors(restarted.encode_published(sentences), EXPECTED[:3])
