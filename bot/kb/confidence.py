"""How sure answer selection is that its best entry answers the message, from the scores alone.

A fixed set of thresholds (a clear lead, close in meaning, scored well by the word model)
answers only inside a box; a logistic regression over the same evidence trades one signal
against another (a strong lead makes up for a middling closeness). Cross-validated across
the dev evaluation sets it answered as many questions right with fewer confident mistakes
(docs/answer-selection-history.md, "Answer confidence"). The weights are data:
``scripts/fit_confidence.py`` fits them on a language's dev sets and writes them beside its language file
(``bot/kb/languages/<code>.confidence.yml``), one model for selection with the sentence
encoder and one for the word model alone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from bot.kb.language import LANGUAGES_DIR

#: The evidence each model reads (``Selector.evidence`` computes it for the best entry):
#: the best entry's score; its lead over the runner-up; its score without closeness of whole
#: sentences (the word model's decision value, plus the word-by-word cover of
#: ``bot.kb.token_match``); how close in meaning its nearest wording is; how much of the message's
#: meaning is left without the words the knowledge base never uses (1.0 with none); how much closer
#: the nearest question staff marked as not covered is than the entry (negative: farther); the log
#: of the number of content words; whether that score without closeness ranks the same entry first
#: (0 or 1); the share of the message, weighted by rarity, that the entry's own wordings never use
#: (``bot.kb.coverage``); the number of words the knowledge base never uses.
WITH_MEANING = (
    "score",
    "lead",
    "word_score",
    "closeness",
    "filler",
    "gap_lead",
    "log_content_words",
    "word_model_agrees",
    "uncovered",
)
WORDS_ALONE = ("score", "lead", "log_content_words", "unknown_words", "uncovered")


@dataclass(frozen=True)
class Confidence:
    """A logistic regression over named evidence, and the probability from which to answer."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, evidence: Mapping[str, float]) -> float:
        logit = self.bias + sum(weight * evidence[name] for name, weight in self.weights.items())
        # Clipped: extreme evidence gives 1.0 or 0.0, never an overflow.
        return 1.0 / (1.0 + math.exp(-min(max(logit, -700.0), 700.0)))

    def answers(self, evidence: Mapping[str, float]) -> bool:
        return self.probability(evidence) >= self.threshold

    @classmethod
    def fit(
        cls, evidence: Sequence[Mapping[str, float]], right: Sequence[bool], names: Sequence[str], threshold: float
    ) -> Confidence:
        """Fitted to whether the best entry was a right one; standardised for the fit, the scaling
        folded back into plain weights."""
        features = np.array([[item[name] for name in names] for item in evidence], dtype=float)
        scaler = StandardScaler().fit(features)
        model = LogisticRegression(max_iter=1000).fit(scaler.transform(features), np.asarray(right, dtype=bool))
        weights = model.coef_[0] / scaler.scale_
        bias = float(model.intercept_[0] - weights @ scaler.mean_)
        return cls(dict(zip(names, (float(weight) for weight in weights), strict=True)), bias, threshold)

    def as_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "bias": self.bias, "weights": dict(self.weights)}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Confidence:
        weights = {str(name): float(value) for name, value in raw["weights"].items()}
        return cls(weights, float(raw["bias"]), float(raw["threshold"]))


@dataclass(frozen=True)
class Models:
    """A language's two confidence models: with the sentence encoder, and the word model alone
    (what selection falls back to when the sentence model is not installed)."""

    with_meaning: Confidence
    words_alone: Confidence

    def write(self, path: Path, header: str) -> None:
        body = yaml.safe_dump(
            {"with_meaning": self.with_meaning.as_dict(), "words_alone": self.words_alone.as_dict()}, sort_keys=False
        )
        path.write_text(header + body, encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Models:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(Confidence.from_dict(raw["with_meaning"]), Confidence.from_dict(raw["words_alone"]))


@cache
def load_models(code: str) -> Models:
    """The confidence models fitted for language ``code`` (read once per process)."""
    path = LANGUAGES_DIR / f"{code}.confidence.yml"
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: fit it on the language's dev answer sets with "
            f"`python scripts/fit_confidence.py --language {code} --dev '<its dev sets>'`"
        )
    return Models.read(path)
