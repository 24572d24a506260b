"""The answer confidence model: the fitted weights as scikit-learn computes them, and the shipped file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from bot.kb.confidence import WITH_MEANING, WORDS_ALONE, Confidence, Models, load_models

ROOT = Path(__file__).resolve().parent.parent


def test_folded_weights_give_scikit_learn_s_probabilities() -> None:
    rng = np.random.default_rng(7)
    features = rng.normal(loc=[2.0, -1.0, 0.5], scale=[0.5, 3.0, 0.1], size=(200, 3))
    right = features @ [1.0, 0.3, -4.0] + rng.normal(size=200) > 0.5
    names = ("a", "b", "c")
    model = Confidence.fit([dict(zip(names, row, strict=True)) for row in features], right.tolist(), names, 0.85)
    reference = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(features, right)
    expected = reference.predict_proba(features)[:, 1]
    got = [model.probability(dict(zip(names, row, strict=True))) for row in features]
    np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-9)
    assert model.answers(dict(zip(names, features[int(np.argmax(expected))], strict=True)))
    assert not model.answers(dict(zip(names, features[int(np.argmin(expected))], strict=True)))


def test_extreme_evidence_is_certain_not_an_overflow() -> None:
    model = Confidence({"lead": 2.0}, -1.0, 0.85)
    assert model.probability({"lead": float("inf")}) == 1.0
    assert model.probability({"lead": -1e6}) < 1e-300


def test_models_survive_writing_and_reading(tmp_path: Path) -> None:
    models = Models(Confidence({"lead": 1.5, "score": -0.25}, 0.5, 0.85), Confidence({"score": 2.0}, -1.0, 0.9))
    path = tmp_path / "xx.confidence.yml"
    models.write(path, "# header\n")
    assert path.read_text(encoding="utf-8").startswith("# header\n")
    assert Models.read(path) == models


def test_the_shipped_english_models_read_the_evidence_selection_gives() -> None:
    models = load_models("en")
    assert tuple(models.with_meaning.weights) == WITH_MEANING
    assert tuple(models.words_alone.weights) == WORDS_ALONE
    # Selector._confident computes the filler last, on the premise that it only lowers confidence.
    assert models.with_meaning.weights["filler"] > 0
    assert 0.5 < models.with_meaning.threshold < 1 and 0.5 < models.words_alone.threshold < 1


@pytest.mark.slow
def test_the_shipped_models_are_what_the_fit_gives_today(tmp_path: Path) -> None:
    """``make fit-confidence`` on the dev sets and the shipped knowledge base writes what is shipped:
    nobody edited the weights by hand, and no change to the evidence or the dev sets went unfitted."""
    out = tmp_path / "en.confidence.yml"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fit_confidence.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| 0.85 |" in done.stdout  # the cross-validation table was printed
    fitted, shipped = Models.read(out), load_models("en")
    for new, old in ((fitted.with_meaning, shipped.with_meaning), (fitted.words_alone, shipped.words_alone)):
        assert new.threshold == old.threshold and new.weights.keys() == old.weights.keys()
        np.testing.assert_allclose(
            [new.bias, *new.weights.values()],
            [old.bias, *old.weights.values()],
            rtol=1e-3,
            atol=1e-3,
            err_msg="the entries, the questions not covered or the dev sets changed: run make fit-confidence",
        )


def test_a_language_without_fitted_models_says_how_to_fit_them() -> None:
    with pytest.raises(FileNotFoundError, match="fit_confidence.py --language xx"):
        load_models("xx")
