"""The generated ask_question examples (scripts/kb_to_nlu.py): rewritten only when they change, so a
knowledge-base or safety-pattern edit that changes no example does not make `make train` retrain Rasa."""

from __future__ import annotations

import os
from pathlib import Path

from scripts.kb_to_nlu import main as write_examples

AN_HOUR = 3600


def test_examples_are_rewritten_only_when_they_change(tmp_path: Path) -> None:
    out = tmp_path / "kb_questions.yml"
    write_examples(out)
    generated = out.read_text(encoding="utf-8")
    assert "- intent: ask_question" in generated and "How much does ketamine therapy cost?" in generated
    earlier = out.stat().st_mtime - AN_HOUR
    os.utime(out, (earlier, earlier))

    write_examples(out)  # nothing changed: the file and its time stay
    assert out.stat().st_mtime == earlier
    assert out.read_text(encoding="utf-8") == generated

    out.write_text(generated.replace("How much does ketamine therapy cost?", "stale"), encoding="utf-8")
    write_examples(out)  # stale: written again
    assert out.read_text(encoding="utf-8") == generated
