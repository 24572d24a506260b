"""Turn Rasa's cross-validation intent report into the Markdown table the README shows."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def markdown_table(report: dict) -> str:
    rows = ["| intent | precision | recall | F1 | examples |", "|---|---|---|---|---|"]
    for name, scores in sorted(report.items()):
        if isinstance(scores, dict) and "support" in scores and name not in ("macro avg", "weighted avg",
                                                                             "micro avg"):
            rows.append(f"| {name} | {scores['precision']:.3f} | {scores['recall']:.3f} | "
                        f"{scores['f1-score']:.3f} | {scores['support']} |")
    for name in ("macro avg", "weighted avg"):
        if name in report:
            scores = report[name]
            rows.append(f"| **{name}** | {scores['precision']:.3f} | {scores['recall']:.3f} | "
                        f"{scores['f1-score']:.3f} | {scores['support']} |")
    accuracy = report.get("accuracy")
    if accuracy is not None:
        rows.append(f"\nAccuracy: {accuracy:.3f}")
    return "\n".join(rows)


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "results/intent_report.json")
    table = markdown_table(json.loads(path.read_text()))
    path.with_suffix(".md").write_text(table + "\n")
    sys.stdout.write(table + "\n")
