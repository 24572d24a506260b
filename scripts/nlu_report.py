"""``make eval``: Rasa's cross-validated intent report as a Markdown table, beside a peer.

The peer is a TF-IDF (word 1-2 grams) + logistic-regression classifier, 5-fold
cross-validated on the same training data in the same run: the pipeline must beat it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

FOLDS = 5


def markdown_table(report: dict) -> str:
    rows = ["| intent | precision | recall | F1 | examples |", "|---|---|---|---|---|"]
    for name, scores in sorted(report.items()):
        if isinstance(scores, dict) and "support" in scores and name not in ("macro avg", "weighted avg", "micro avg"):
            rows.append(
                f"| {name} | {scores['precision']:.3f} | {scores['recall']:.3f} | "
                f"{scores['f1-score']:.3f} | {scores['support']} |"
            )
    for name in ("macro avg", "weighted avg"):
        if name in report:
            scores = report[name]
            rows.append(
                f"| **{name}** | {scores['precision']:.3f} | {scores['recall']:.3f} | "
                f"{scores['f1-score']:.3f} | {scores['support']} |"
            )
    accuracy = report.get("accuracy")
    if accuracy is not None:
        rows.append(f"\nAccuracy: {accuracy:.3f}")
    return "\n".join(rows)


def baseline(nlu_dir: Path) -> tuple[float, float, float]:
    """Accuracy (mean, std over folds) and macro F1 of TF-IDF + logistic regression."""
    from rasa.shared.nlu.training_data.loading import load_data
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline

    examples = [(example.get("text"), example.get("intent")) for example in load_data(str(nlu_dir)).intent_examples]
    texts, intents = np.array([text for text, _ in examples]), np.array([intent for _, intent in examples])
    accuracies, predicted = [], np.empty_like(intents)
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=7).split(texts, intents):
        model = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(C=10, max_iter=2000)
        )
        model.fit(texts[train], intents[train])
        predicted[test] = model.predict(texts[test])
        accuracies.append(accuracy_score(intents[test], predicted[test]))
    return float(np.mean(accuracies)), float(np.std(accuracies)), float(f1_score(intents, predicted, average="macro"))


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "results/intent_report.json")
    report = json.loads(path.read_text())
    table = markdown_table(report)
    mean, std, macro_f1 = baseline(Path(sys.argv[2] if len(sys.argv) > 2 else "data/nlu"))
    table += (
        f"\n\nPeer, same data, same run: TF-IDF + logistic regression, {FOLDS}-fold: "
        f"accuracy {mean:.3f} ± {std:.3f}, macro F1 {macro_f1:.3f}"
    )
    path.with_suffix(".md").write_text(table + "\n")
    sys.stdout.write(table + "\n")
